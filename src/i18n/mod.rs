//! English, French and Spanish: ICBL's three working languages.
//!
//! - [`Lang`]: the language of a page, an e-mail or a person, and how a request chooses it
//!   ([`negotiate`]: the account's setting, then the `lang` cookie the header's switch sets, then
//!   `Accept-Language`).
//! - [`catalog`]: the messages, in Project Fluent files under `templates/locales/{lang}/`, one
//!   file per area, embedded in the binary; [`text`] and [`format`] for Rust code, the `{{t}}`
//!   helper for templates (each language has its own compiled registry, see `views.rs`).
//! - [`formats`]: dates, numbers and money as each language writes them (CLDR's patterns).
//! - [`states`]: the states' names in the three languages (CLDR's territory names).

pub mod catalog;
pub mod formats;
pub mod helpers;
pub mod negotiate;
pub mod phrases;
pub mod states;
pub mod switch;

pub use catalog::{format, text};
pub use negotiate::{LANG_COOKIE, RequestLang, current_request, negotiate};

crate::choice::choice!(Lang, "language", {
    En => "en", "English",
    Fr => "fr", "Français",
    Es => "es", "Español",
});

impl Lang {
    /// The index of the language's bundle and registry.
    pub const fn index(self) -> usize {
        match self {
            Self::En => 0,
            Self::Fr => 1,
            Self::Es => 2,
        }
    }

    /// A language code as a person or a browser writes it (`fr`, `fr-CA`, `ES`): its primary
    /// subtag, if it is one of the three.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|l| l.as_str().eq_ignore_ascii_case(primary))
    }
}

// The enum is declared by `choice!`, which cannot take `#[default]`.
#[allow(clippy::derivable_impls)]
impl Default for Lang {
    fn default() -> Self {
        Self::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The choices whose labels are in the catalogue (each area adds its own as it is
    /// translated): every value has its label in the three languages.
    fn translated_choices() -> Vec<(&'static str, Vec<String>)> {
        vec![
            ("outbox status", crate::notify::OutboxStatus::label_ids()),
            (
                "role",
                crate::auth::Role::ALL
                    .iter()
                    .map(|r| r.label_id().to_owned())
                    .collect(),
            ),
            (
                "kind of approach",
                crate::coordination::input::Approach::label_ids(),
            ),
            (
                "mode of approach",
                crate::coordination::input::Mode::label_ids(),
            ),
            (
                "coordination status",
                crate::coordination::workflow::Status::label_ids(),
            ),
            (
                "coordination step",
                crate::coordination::workflow::Step::label_ids(),
            ),
            ("flag reason", crate::flags::Reason::label_ids()),
            ("sensitivity level", crate::sensitivity::Level::label_ids()),
            (
                "AwardStatus",
                crate::awards::workflow::AwardStatus::label_ids(),
            ),
            (
                "InstallmentStatus",
                crate::awards::workflow::InstallmentStatus::label_ids(),
            ),
            (
                "ReportStatus",
                crate::awards::workflow::ReportStatus::label_ids(),
            ),
            (
                "ConditionKind",
                crate::awards::conditions::ConditionKind::label_ids(),
            ),
            (
                "AmendmentKind",
                crate::awards::amendments::AmendmentKind::label_ids(),
            ),
            ("ReportKind", crate::rounds::model::ReportKind::label_ids()),
            (
                "CampaignStatus",
                crate::campaigns::model::CampaignStatus::label_ids(),
            ),
            ("Ask", crate::campaigns::model::Ask::label_ids()),
            ("Kind", crate::attachments::Kind::label_ids()),
            (
                "application status",
                crate::applications::workflow::Status::label_ids(),
            ),
            (
                "application action",
                crate::applications::workflow::Step::label_ids(),
            ),
            (
                "activity kind",
                crate::applications::content::ActivityKind::label_ids(),
            ),
            (
                "budget category",
                crate::budget_category::Category::label_ids(),
            ),
            (
                "recommendation",
                crate::applications::reviews::Recommendation::label_ids(),
            ),
            (
                "bulk action",
                crate::applications::bulk::BulkAction::label_ids(),
            ),
            (
                "organization kind",
                crate::members::model::Kind::label_ids(),
            ),
            (
                "membership status",
                crate::members::model::MembershipStatus::label_ids(),
            ),
            ("deadline kind", crate::deadlines::Kind::label_ids()),
        ]
    }

    #[test]
    fn translated_choices_have_every_label_in_every_language() {
        for (name, ids) in translated_choices() {
            for id in ids {
                for lang in Lang::ALL {
                    let [en, fr, es] = catalog::bundles();
                    let bundle = [en, fr, es][lang.index()];
                    assert!(
                        bundle.ids.iter().any(|(i, _)| *i == id),
                        "{name}: no '{id}' in {lang:?}"
                    );
                }
            }
        }
    }
}
