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
const NOT_YET_TRANSLATED: &[&str] = &[];

/// The default award letter, a document written in each language (staff edit it per round; an
/// award's letter is in its organization's language): its text is its own.
const LETTERS: &[&str] = &[
    "awards/letter_default.en",
    "awards/letter_default.fr",
    "awards/letter_default.es",
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
    for (name, source) in templates()
        .into_iter()
        .filter(|(n, _)| !LETTERS.contains(&n.as_str()))
    {
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

/// The default letter says the same in the three languages: the same variables and the same
/// blocks (headings, table rows, list items, signatures), each language's text its own.
#[test]
fn the_default_letter_has_the_same_parts_in_the_three_languages() {
    let shape = |source: &str| -> (BTreeSet<String>, Vec<&'static str>) {
        let mut variables: BTreeSet<String> = source
            .match_indices("{{")
            .filter_map(|(at, _)| {
                let rest = &source[at + 2..];
                rest.find("}}").map(|end| rest[..end].trim().to_owned())
            })
            .collect();
        variables.retain(|v| !v.is_empty());
        let blocks = source
            .lines()
            .filter_map(|line| {
                [
                    ("## ", "heading"),
                    ("# ", "title"),
                    ("| ", "row"),
                    ("- ", "item"),
                    ("[signature]", "signature"),
                ]
                .iter()
                .find(|(start, _)| line.starts_with(start))
                .map(|(_, block)| *block)
            })
            .collect();
        (variables, blocks)
    };
    let letters: BTreeMap<String, String> = templates()
        .into_iter()
        .filter(|(name, _)| LETTERS.contains(&name.as_str()))
        .collect();
    assert_eq!(letters.len(), 3, "{:?}", letters.keys());
    let english = shape(&letters["awards/letter_default.en"]);
    assert!(english.0.contains("award.amount") && english.1.contains(&"signature"));
    for lang in ["fr", "es"] {
        let letter = &letters[&format!("awards/letter_default.{lang}")];
        assert_eq!(shape(letter), english, "the {lang} letter");
        // Its sentences are its own: none is the English letter's.
        let prose = |source: &str| -> BTreeSet<String> {
            source
                .lines()
                .filter(|l| {
                    own_text(l)
                        .iter()
                        .any(|t| t.split_whitespace().count() >= 3)
                })
                .map(ToOwned::to_owned)
                .collect()
        };
        let english_prose = prose(&letters["awards/letter_default.en"]);
        assert!(english_prose.len() >= 5);
        let shared: Vec<_> = prose(letter)
            .intersection(&english_prose)
            .cloned()
            .collect();
        assert!(
            shared.is_empty(),
            "the {lang} letter has English: {shared:?}"
        );
    }
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

/// `html` without the text of an award letter (`<article class="letter">`, shown or previewed)
/// and the template being edited (`<textarea>`): a letter is written in its round's language,
/// not the page's.
pub fn without_letters(html: &str) -> String {
    let mut shown = html.to_owned();
    for (open, close) in [
        ("<article class=\"letter\"", "</article>"),
        ("<textarea", "</textarea>"),
    ] {
        while let Some(start) = shown.find(open) {
            let Some(end) = shown[start..].find(close) else {
                break;
            };
            shown.replace_range(start..start + end + close.len(), "");
        }
    }
    shown
}

/// The text of a page as a person reads it (tags out, entities decoded by the parser), without
/// the parts marked as written in another language (`<dd lang="en">` around the treaty record's
/// English notes: data, not the page's own words).
pub fn page_text(html: &str) -> String {
    fn walk(element: scraper::ElementRef<'_>, page_lang: &str, out: &mut String) {
        for child in element.children() {
            if let Some(text) = child.value().as_text() {
                out.push_str(text);
                out.push(' ');
            } else if let Some(child) = scraper::ElementRef::wrap(child) {
                if child.value().attr("lang").is_some_and(|l| l != page_lang) {
                    continue;
                }
                walk(child, page_lang, out);
            }
        }
    }
    let document = scraper::Html::parse_document(html);
    let root = document.root_element();
    let page_lang = root.value().attr("lang").unwrap_or("en").to_owned();
    let mut out = String::new();
    walk(root, &page_lang, &mut out);
    out
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
        for path in PUBLIC_PAGES {
            let html = app
                .get_with(path, &[(header::COOKIE, &cookie(lang))])
                .await
                .text();
            assert_speaks(&html, lang);
        }
    }
}

/// Pages that still show an English message of the catalogue in French or Spanish (a label or
/// a title made in Rust code): each is taken off as its area is translated. The list only
/// shrinks.
///
/// `/applications` and `/applications/1` show no message of the catalogue any more, only demo
/// data typed in English that happens to hold a message's words ("Survivors' voices at the
/// Meeting of States Parties", "a contact point ... for the campaign"): they leave the list once
/// people's text is marked with the language it was written in.
const ROUTES_NOT_YET_TRANSLATED: &[&str] = &["/applications", "/applications/1"];

/// Every page of the route table (GET, not the API, not files), with the demo programme, as
/// ICBL staff and as nobody, in French and in Spanish: none shows an English message.
#[tokio::test]
async fn every_page_of_the_route_table_speaks_french_and_spanish() {
    let app = TestApp::spawn().await;
    clearway::seed::demo(
        &app.db,
        clearway::notify::Mail::from(&app.state),
        app.state.cookie_key.signing(),
    )
    .await
    .unwrap();
    let staff = app.user(clearway::auth::Role::Staff, None).await;
    let skipped = [
        "/static/",
        "/healthz",
        "/readyz",
        "/metrics",
        "/calendar/",
        "/language/",
        "/attachments/",
        "/password-reset/",
        "/invitations/",
        "/setup/",
        "/admin/",
    ];
    let paths: Vec<String> = clearway::route_table()
        .into_iter()
        .filter(|r| r.method == axum::http::Method::GET)
        .map(|r| r.path)
        .filter(|p| !p.starts_with("/api/") && !skipped.iter().any(|s| p.starts_with(s)))
        .filter(|p| !p.ends_with(".csv") && !p.ends_with(".pdf"))
        .map(|p| p.replace("{id}", "1").replace("{iso3}", "NPL"))
        .collect();
    let mut english = BTreeMap::new();
    let mut visited = 0;
    for lang in [Lang::Fr, Lang::Es] {
        let mut anonymous = app.browser();
        anonymous
            .cookies
            .insert("lang".into(), lang.as_str().into());
        let mut signed_in = app.signed_in(&staff).await;
        signed_in
            .cookies
            .insert("lang".into(), lang.as_str().into());
        for path in &paths {
            for browser in [&mut anonymous, &mut signed_in] {
                let page = browser.get(path).await;
                if page.status != StatusCode::OK
                    || !page.header("content-type").starts_with("text/html")
                {
                    continue;
                }
                visited += 1;
                let html = page.text();
                assert!(html.contains(&format!(r#"<html lang="{}">"#, lang.as_str())));
                let text = page_text(&without_letters(&html));
                let shown: Vec<_> = english_only(lang)
                    .into_iter()
                    .filter(|e| text.contains(e.as_str()))
                    .collect();
                if !shown.is_empty() {
                    english.insert(path.clone(), shown);
                }
            }
        }
    }
    assert!(visited >= 40, "only {visited} pages answered");
    eprintln!("{visited} pages walked in French and Spanish");
    let unexpected: BTreeMap<_, _> = english
        .iter()
        .filter(|(path, _)| !ROUTES_NOT_YET_TRANSLATED.contains(&path.as_str()))
        .collect();
    assert!(
        unexpected.is_empty(),
        "pages that show English in French or Spanish: {unexpected:#?}"
    );
    let done: Vec<_> = ROUTES_NOT_YET_TRANSLATED
        .iter()
        .filter(|p| !english.contains_key(**p))
        .collect();
    assert!(
        done.is_empty(),
        "take these off ROUTES_NOT_YET_TRANSLATED: {done:?}"
    );
}

/// The rules' messages follow the request's language: a refused page form speaks French (the
/// field's name and its rule from the catalogue), and the API's `message` speaks the language of
/// `Accept-Language` while its codes and `fields` stay English.
#[tokio::test]
async fn a_refused_form_and_the_apis_message_speak_the_requests_language() {
    use crate::helpers::select;
    use axum::body::Body;
    use axum::http::{Method, Request};

    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    browser.cookies.insert("lang".into(), "fr".into());
    let refused = browser
        .post_form(
            "/coordinate",
            &[
                ("requesting_state", "NOR"),
                ("ministry", ""),
                ("contact_name", "Ingrid Hansen"),
                ("contact_email", "ingrid.hansen@mfa.example.org"),
                ("target_state", "XXX"),
                ("approach", "capital_meeting"),
                ("window_start", "2030-05-01"),
                ("window_end", "2030-05-10"),
                ("mode", "joint"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert_eq!(
        select(&html, "p.error[id='ministry-error']"),
        ["Renseignez le champ « ministère »"],
        "{html}"
    );
    assert_eq!(
        select(&html, "p.error[id='target_state-error']"),
        [
            "« État cible » : n'est pas le code ISO 3166 d'un État (AZE, NPL, etc.) ; \
             choisissez-en un dans la liste"
        ]
    );
    // The summary at the top lists the same sentences (the form's own text is another area's).
    assert!(html.contains(r#"<html lang="fr">"#));
    let summary = select(&html, ".error-summary li");
    assert!(
        summary.contains(&"Renseignez le champ « ministère »".to_owned()),
        "{summary:?}"
    );

    let body = "{}";
    let response = app
        .request(
            Request::builder()
                .method(Method::POST)
                .uri("/api/v1/coordination-requests")
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::ACCEPT_LANGUAGE, "es-ES, es;q=0.9")
                .header(header::CONTENT_LENGTH, body.len())
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    response.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let report = response.json();
    assert_eq!(report["message"], "algunos campos requieren su atención");
    assert_eq!(report["error"], "validation_failed");
    assert_eq!(report["fields"]["ministry"][0], "is required", "{report}");
    assert_eq!(report["fields"]["target_state"][0], "choose a state");
    // Without Accept-Language the API answers in English.
    let english = app
        .send(Method::POST, "/api/v1/coordination-requests", body)
        .await
        .json();
    assert_eq!(english["message"], "some fields need attention");
}
