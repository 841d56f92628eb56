//! Closed sets of values (a kind, a status) spelled one way in the database and the API, with a
//! label for people: [`choice!`] declares one as an enum with its parsing and its labels, and
//! as a sea-orm `ActiveEnum`, so that an entity's column can be typed with it.

use serde::Serialize;

/// One option of a `<select>` or a group of radio buttons.
#[derive(Clone, Debug, Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

/// An option whose value and label are made at run time (a round, a state, a tier).
#[derive(Clone, Debug, Serialize)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

macro_rules! choice {
    ($name:ident, $what:literal, { $($variant:ident => $value:literal, $label:literal),+ $(,)? }) => {
        /// Stored as its string value: as a field of an entity, a stored value that is not one
        /// of these is an error when the row is read (`DbErr::Type`), never a default.
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, ::serde::Serialize,
            ::sea_orm::EnumIter, ::sea_orm::DeriveActiveEnum,
        )]
        #[serde(rename_all = "snake_case")]
        #[sea_orm(rs_type = "String", db_type = "Text")]
        pub enum $name { $(#[sea_orm(string_value = $value)] $variant),+ }

        impl $name {
            pub const ALL: &[$name] = &[$(Self::$variant),+];

            /// Every value as spelled in the database, the API and paths (a step's route).
            #[allow(dead_code)]
            pub const VALUES: &[&str] = &[$($value),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $value),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }

            /// The catalogue's id of each value's label (`application-status-submitted`),
            /// for the completeness checks.
            #[allow(dead_code)]
            pub fn label_ids() -> Vec<String> {
                Self::ALL.iter().map(|v| $crate::choice::label_id($what, v.as_str())).collect()
            }

            /// The label in `lang`: the catalogue's message for the value, or the English
            /// label while the catalogue has none.
            #[allow(dead_code)]
            pub fn label_in(self, lang: $crate::i18n::Lang) -> ::std::borrow::Cow<'static, str> {
                if lang == $crate::i18n::Lang::En {
                    return ::std::borrow::Cow::Borrowed(self.label());
                }
                $crate::i18n::catalog::try_format(
                    lang,
                    &$crate::choice::label_id($what, self.as_str()),
                    None,
                )
                .map_or(::std::borrow::Cow::Borrowed(self.label()), ::std::borrow::Cow::Owned)
            }

            /// Every value, for a `<select>` in `lang`, with `selected` marked.
            #[allow(dead_code)]
            pub fn options_in(
                lang: $crate::i18n::Lang,
                selected: &str,
            ) -> Vec<$crate::choice::OptionView> {
                Self::ALL
                    .iter()
                    .map(|v| $crate::choice::OptionView {
                        value: v.as_str().to_owned(),
                        label: v.label_in(lang).into_owned(),
                        selected: v.as_str() == selected,
                    })
                    .collect()
            }

            /// Every value, for a `<select>`, with `selected` marked.
            #[allow(dead_code)]
            pub fn options(selected: &str) -> Vec<$crate::choice::Choice> {
                Self::ALL
                    .iter()
                    .map(|v| $crate::choice::Choice {
                        value: v.as_str(),
                        label: v.label(),
                        selected: v.as_str() == selected,
                    })
                    .collect()
            }
        }

        /// In the API document: a string, one of the values as a body carries them (serde's
        /// spelling, which is [`Self::VALUES`] except for the hyphenated steps of paths).
        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                $crate::choice::schema(
                    $what,
                    Self::ALL.iter().map(|v| ::serde_json::to_value(v).unwrap_or_default()),
                )
            }
        }

        impl ::utoipa::ToSchema for $name {
            fn name() -> ::std::borrow::Cow<'static, str> {
                $crate::choice::schema_name(module_path!(), stringify!($name))
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    format!(
                        "'{s}' is not {}; use one of {}",
                        $what,
                        Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                    )
                })
            }
        }
    };
}

pub(crate) use choice;

/// The catalogue id of a choice's label: what it is, without its article, then its value, in
/// lower case with hyphens (`an application status`, `under_review`:
/// `application-status-under-review`).
pub fn label_id(what: &str, value: &str) -> String {
    let what = what
        .strip_prefix("a ")
        .or_else(|| what.strip_prefix("an "))
        .unwrap_or(what);
    let mut id = String::with_capacity(what.len() + value.len() + 1);
    for c in what
        .chars()
        .chain(std::iter::once('-'))
        .chain(value.chars())
    {
        id.push(match c {
            ' ' | '_' => '-',
            c => c.to_ascii_lowercase(),
        });
    }
    id
}

/// The schema of a choice: a string, one of `values`.
pub fn schema(
    what: &str,
    values: impl Iterator<Item = serde_json::Value>,
) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .description(Some(what))
        .enum_values(Some(values))
        .into()
}

/// A choice's name in the API document is its module path, so that `applications::Status` and
/// `coordination::Status` stay apart: `applications.workflow.Status`.
pub fn schema_name(module_path: &str, name: &str) -> std::borrow::Cow<'static, str> {
    let module = module_path
        .strip_prefix("clearway::")
        .unwrap_or(module_path)
        .replace("::", ".");
    format!("{module}.{name}").into()
}
