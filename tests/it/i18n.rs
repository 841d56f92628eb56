//! English, French and Spanish: the catalogue is complete in the three languages, templates and
//! code use only messages that exist, templates hold no text of their own (every word a person
//! reads comes from the catalogue), and pages asked for in French or Spanish show no English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use axum::http::{StatusCode, header};
use clearway::i18n::{Lang, catalog};

use crate::helpers::TestApp;

/// Templates whose text is not in the catalogue yet: each is taken off this list when its
/// strings move to `templates/locales/`. The list only shrinks.
const NOT_YET_TRANSLATED: &[&str] = &[
    "applications/bulk",
    "applications/revisions",
    "auth/account",
    "auth/login",
    "auth/recovery_codes",
    "auth/reset_request",
    "auth/second_factor",
    "auth/second_factor_code",
    "auth/second_factor_enrol",
    "auth/set_password",
    "auth/users",
    "awards/budgets",
    "awards/finance",
    "awards/letter",
    "awards/letter_default",
    "awards/list",
    "awards/rollup_bars",
    "awards/rollup_key",
    "awards/show",
    "campaigns/form",
    "campaigns/list",
    "campaigns/show",
    "coordination/form",
    "coordination/limited",
    "coordination/list",
    "coordination/received",
    "coordination/show",
    "coordination/status",
    "email/application_notice.html",
    "email/application_notice.text",
    "email/invitation.html",
    "email/invitation.subject",
    "email/invitation.text",
    "email/notice.html",
    "email/notice.text",
    "email/password_reset.html",
    "email/password_reset.subject",
    "email/password_reset.text",
    "email/report_reminder.html",
    "email/report_reminder.subject",
    "email/report_reminder.text",
    "exchange/rates",
    "home",
    "inbox/show",
    "notify/outbox",
    "open_data",
    "partials/attachments",
    "partials/letter",
    "partials/thread",
    "rounds/form",
    "rounds/letter",
    "rounds/list",
    "rounds/show",
    "threads/limited",
    "treaty/state",
    "treaty/states",
];

fn files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, extension, out);
        } else if path.to_string_lossy().ends_with(extension) {
            out.push(path);
        }
    }
}

fn templates() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut paths = Vec::new();
    files(&root, ".hbs", &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .trim_end_matches(".hbs")
                .to_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn every_message_exists_in_the_three_languages_in_the_same_file() {
    let [en, fr, es] = catalog::bundles();
    let ids = |bundle: &catalog::Bundle| -> BTreeSet<(String, String)> {
        bundle
            .ids
            .iter()
            .map(|(id, file)| (id.clone(), file[3..].to_owned()))
            .collect()
    };
    let english = ids(en);
    assert!(english.len() > 30, "the English catalogue is nearly empty");
    for (name, other) in [("French", ids(fr)), ("Spanish", ids(es))] {
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(
            missing.is_empty(),
            "messages missing in {name} (id, file): {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "{name} messages English does not have: {extra:?}"
        );
    }
}

/// The message ids a template asks for: `{{t "id"`, `(t "id"` and `{{{t "id"`.
fn template_ids(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for opener in ["{t \"", "(t \""] {
        for (at, _) in source.match_indices(opener) {
            let rest = &source[at + opener.len()..];
            if let Some(end) = rest.find('"') {
                ids.push(rest[..end].to_owned());
            }
        }
    }
    ids
}

#[test]
fn templates_and_code_ask_only_for_messages_that_exist() {
    let mut unknown = BTreeMap::new();
    for (name, source) in templates() {
        for id in template_ids(&source) {
            if catalog::try_format(Lang::En, &id, None).is_none() {
                unknown.insert(id, name.clone());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = Vec::new();
    files(&root, ".rs", &mut sources);
    for path in sources {
        let source = std::fs::read_to_string(&path).unwrap();
        for opener in ["i18n::text(", "i18n::format(", "catalog::text("] {
            for (at, _) in source.match_indices(opener) {
                // The first string literal of the call is the id.
                let call = &source[at..(at + 200).min(source.len())];
                let Some(open) = call.find('"') else { continue };
                let rest = &call[open + 1..];
                let Some(end) = rest.find('"') else { continue };
                let id = &rest[..end];
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && catalog::try_format(Lang::En, id, None).is_none()
                {
                    unknown.insert(id.to_owned(), path.display().to_string());
                }
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "unknown message ids (id: where): {unknown:#?}"
    );
}

/// Words a template may hold as they are in every language: names and codes.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Clearway",
    "API",
    "ICBL",
    "360Giving",
    "CSV",
    "PDF",
    "JSON",
    "iCal",
    "ISO",
    "UTC",
    "OK",
];

/// The text a person reads in a template that does not come from the catalogue: what is left
/// once comments, Handlebars expressions and tags are taken out, plus the attributes a person
/// reads or hears (`aria-label`, `title`, `placeholder`, `alt`).
fn own_text(source: &str) -> Vec<String> {
    let mut text = String::with_capacity(source.len());
    let mut rest = source;
    // Comments, then expressions (`{{{...}}}` and `{{...}}`).
    while let Some(start) = rest.find("{{") {
        text.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("{{!--") {
            after.find("--}}").map(|e| e + 4)
        } else if after.starts_with("{{{") {
            after.find("}}}").map(|e| e + 3)
        } else {
            after.find("}}").map(|e| e + 2)
        };
        let Some(end) = end else { break };
        text.push(' ');
        rest = &after[end..];
    }
    text.push_str(rest);
    // Tags, keeping the attributes people read.
    let mut visible = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find('<') {
        visible.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = &after[..end];
        for attribute in ["aria-label=\"", "title=\"", "placeholder=\"", "alt=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                if let Some(close) = value.find('"') {
                    visible.push('\n');
                    visible.push_str(&value[..close]);
                    visible.push('\n');
                }
            }
        }
        visible.push('\n');
        rest = &after[end..];
    }
    visible.push_str(rest);
    visible
        .split([
            '\n', '·', '|', '(', ')', '/', ':', ',', '.', ';', '—', '–', '→',
        ])
        .map(str::trim)
        .filter(|fragment| {
            fragment
                .split_whitespace()
                .filter(|w| !SAME_IN_EVERY_LANGUAGE.contains(w))
                .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        })
        .map(ToOwned::to_owned)
        .collect()
}

#[test]
fn own_text_finds_words_outside_expressions_and_tags() {
    let source = r#"{{!-- A comment --}}<h1>{{t "title"}}</h1><p class="x" title="Hello there">Due {{date due}}</p>
<a href="/api">API</a> · {{{content}}}"#;
    assert_eq!(own_text(source), vec!["Hello there", "Due"]);
    assert!(own_text(r#"<p>{{t "a"}} · {{name}} (ICBL)</p>"#).is_empty());
}

#[test]
fn templates_hold_no_text_of_their_own() {
    let mut found = BTreeMap::new();
    let mut translated_but_listed = Vec::new();
    for (name, source) in templates() {
        // The award letter's default text is a document staff edit, in the round's language.
        let text = own_text(&source);
        let listed = NOT_YET_TRANSLATED.contains(&name.as_str());
        if listed && text.is_empty() {
            translated_but_listed.push(name);
        } else if !listed && !text.is_empty() {
            found.insert(name, text);
        }
    }
    assert!(
        found.is_empty(),
        "text in templates that is not in the catalogue (template: fragments): {found:#?}"
    );
    assert!(
        translated_but_listed.is_empty(),
        "take these off NOT_YET_TRANSLATED: {translated_but_listed:?}"
    );
}

/// English messages that a French or Spanish page must not show: the catalogue's plain
/// messages (no arguments) of two words or more that the language translates differently.
pub fn english_only(lang: Lang) -> Vec<String> {
    let [en, ..] = catalog::bundles();
    en.ids
        .iter()
        .filter_map(|(id, _)| {
            let english = catalog::try_format(Lang::En, id, None)?;
            let other = catalog::try_format(lang, id, None)?;
            (english != other && !english.contains('{') && english.split_whitespace().count() >= 2)
                .then_some(english)
        })
        .collect()
}

/// The text of a page as a person reads it (tags out, entities decoded by the parser).
pub fn page_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    document.root_element().text().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn public_pages_follow_the_browser_and_the_switch() {
    let app = TestApp::spawn().await;
    // The browser asks for French: the page says so and speaks it.
    let page = app
        .get_with(
            "/states",
            &[(header::ACCEPT_LANGUAGE, "fr-CH, fr;q=0.9, en;q=0.5")],
        )
        .await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains(r#"<html lang="fr">"#), "{}", &html[..200]);
    assert!(html.contains("Aller au contenu"));
    // The switch offers the two others, each named in itself, and comes back to the page.
    assert!(html.contains(r#"href="/language/es?next=%2Fstates""#));
    assert!(html.contains(">English</a>"));
    let switched = app.get("/language/es?next=%2Fstates").await;
    switched.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(switched.header("location"), "/states");
    let cookie = switched
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("lang="))
        .expect("the language cookie")
        .to_owned();
    assert!(cookie.contains("Max-Age=31536000") && cookie.contains("HttpOnly"));
    // The cookie wins over the browser's header.
    let html = app
        .get_with(
            "/states",
            &[(header::ACCEPT_LANGUAGE, "fr"), (header::COOKIE, "lang=es")],
        )
        .await
        .text();
    assert!(html.contains(r#"<html lang="es">"#));
    assert!(html.contains("Ir al contenido"));
    // No open redirect, and no language that is not one of the three.
    let away = app.get("/language/fr?next=%2F%2Fevil.example").await;
    assert_eq!(away.header("location"), "/");
    app.get("/language/de")
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

/// Asserts that `html`, a page asked for in `lang`, declares it and shows none of the English
/// catalogue's messages (for each area's tests of its pages in French and Spanish).
pub fn assert_speaks(html: &str, lang: Lang) {
    assert!(
        html.contains(&format!(r#"<html lang="{}">"#, lang.as_str())),
        "the page is not in {lang:?}"
    );
    let text = page_text(html);
    let shown: Vec<_> = english_only(lang)
        .into_iter()
        .filter(|e| text.contains(e.as_str()))
        .collect();
    assert!(
        shown.is_empty(),
        "the page in {lang:?} shows English: {shown:?}"
    );
}

/// The `Cookie` header that asks for `lang`'s pages.
pub fn cookie(lang: Lang) -> String {
    format!("lang={}", lang.as_str())
}

/// The pages whose every string is in the catalogue, walked in French and Spanish.
const PUBLIC_PAGES: &[&str] = &["/no-such-page"];

#[tokio::test]
async fn pages_in_french_and_spanish_show_no_english_message() {
    let app = TestApp::spawn().await;
    for lang in [Lang::Fr, Lang::Es] {
        let english = english_only(lang);
        let cookie = format!("lang={}", lang.as_str());
        for path in PUBLIC_PAGES {
            let html = app
                .get_with(path, &[(header::COOKIE, &cookie)])
                .await
                .text();
            let text = page_text(&html);
            let shown: Vec<_> = english
                .iter()
                .filter(|e| text.contains(e.as_str()))
                .collect();
            assert!(
                shown.is_empty(),
                "{path} in {lang:?} shows English: {shown:?}"
            );
        }
    }
}
