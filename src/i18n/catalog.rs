//! The messages: every `.ftl` file under `templates/locales/{en,fr,es}/`, embedded in the binary
//! and parsed once into one Fluent bundle per language. A message missing from French or Spanish
//! falls back to English (the completeness test in `tests/it/i18n.rs` keeps that from
//! happening); an id missing from English is a programming error, reported by
//! [`try_format`] and shown by [`text`] as the id itself.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_embed::RustEmbed;

use super::Lang;

#[derive(RustEmbed)]
#[folder = "templates/locales/"]
#[include = "*.ftl"]
struct Files;

/// One language's messages, and the ids each file defines (for the completeness checks).
pub struct Bundle {
    bundle: FluentBundle<FluentResource>,
    pub ids: Vec<(String, String)>,
}

static BUNDLES: LazyLock<[Bundle; 3]> =
    LazyLock::new(|| [load(Lang::En), load(Lang::Fr), load(Lang::Es)]);

fn load(lang: Lang) -> Bundle {
    let tag = lang
        .as_str()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Pages are HTML and tests read them as text: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    let prefix = format!("{}/", lang.as_str());
    let mut files: Vec<_> = Files::iter().filter(|f| f.starts_with(&prefix)).collect();
    files.sort();
    let mut ids = Vec::new();
    for file in files {
        let Some(source) = Files::get(&file) else {
            continue;
        };
        let source = String::from_utf8(source.data.into_owned())
            .unwrap_or_else(|_| panic!("{file} is not UTF-8"));
        let resource = FluentResource::try_new(source)
            .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                ids.push((message.id.name.to_owned(), file.to_string()));
            }
        }
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{file} defines a message twice: {errors:?}"));
    }
    Bundle { bundle, ids }
}

/// Every language's bundle, for the completeness checks.
pub fn bundles() -> &'static [Bundle; 3] {
    &BUNDLES
}

/// Message `id` in `lang` with `args`; `None` when English does not have it either.
pub fn try_format(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (bundle, message) = [lang, Lang::En].iter().find_map(|l| {
        let bundle = &BUNDLES[l.index()].bundle;
        bundle.get_message(id).map(|m| (bundle, m))
    })?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    let value = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(id, ?errors, "a message's arguments do not match");
    }
    Some(value.into_owned())
}

/// Message `id` in `lang` only (no fallback to English): `None` when `lang` does not have it.
pub fn try_format_strict(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = &BUNDLES[lang.index()].bundle;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Message `id` in `lang`, without arguments.
pub fn text(lang: Lang, id: &str) -> String {
    try_format(lang, id, None).unwrap_or_else(|| missing(id))
}

/// Message `id` in `lang` with named arguments (`&[("name", value.into())]`).
pub fn format<'a>(lang: Lang, id: &str, args: &[(&'a str, FluentValue<'a>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(Cow::Borrowed(*name), value.clone());
    }
    try_format(lang, id, Some(&fluent_args)).unwrap_or_else(|| missing(id))
}

fn missing(id: &str) -> String {
    tracing::error!(id, "no such message");
    format!("[{id}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_in_the_asked_language_with_their_arguments() {
        assert_eq!(text(Lang::En, "nav-states"), "States");
        assert_eq!(text(Lang::Fr, "nav-states"), "États");
        assert_eq!(text(Lang::Es, "nav-states"), "Estados");
        assert_eq!(
            format(Lang::Fr, "page-title-error", &[("title", "Demande".into())]),
            "Erreur\u{a0}: Demande"
        );
    }

    #[test]
    fn an_unknown_id_shows_itself() {
        assert_eq!(text(Lang::Fr, "no-such-message"), "[no-such-message]");
    }
}
