//! The money pages in French and Spanish: an award, the awards, payments, budgets, rounds,
//! campaigns, the inbox and the exchange rates speak the reader's language, with amounts and
//! dates written as that language writes them.

use axum::http::StatusCode;
use clearway::auth::Role;
use clearway::i18n::Lang;

use crate::awards::{approved_signed, award};
use crate::helpers::{Browser, TestApp};
use crate::i18n::assert_speaks;

/// `browser` asks for its pages in `lang`.
fn speaking<'a>(mut browser: Browser<'a>, lang: Lang) -> Browser<'a> {
    browser
        .cookies
        .insert("lang".into(), lang.as_str().to_owned());
    browser
}

/// The page at `path` in `lang`, checked to speak it, as text.
async fn page_in(browser: &mut Browser<'_>, path: &str, lang: Lang) -> String {
    let page = browser.get(path).await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert_speaks(&html, lang);
    html
}

#[tokio::test]
async fn an_award_speaks_french_and_spanish_to_staff() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved_signed(&app, "1950.50").await;
    let _ = award(&app, &staff_token, id).await;
    let staff = app.user(Role::Staff, None).await;
    let path = format!("/awards/{id}");

    let mut french = speaking(app.signed_in(&staff).await, Lang::Fr);
    let html = page_in(&mut french, &path, Lang::Fr).await;
    assert!(html.contains("Échéancier des paiements"), "{html}");
    assert!(html.contains("1\u{202f}950,50\u{a0}USD"), "{html}");
    assert!(html.contains("En cours"));

    let mut spanish = speaking(app.signed_in(&staff).await, Lang::Es);
    let html = page_in(&mut spanish, &path, Lang::Es).await;
    assert!(html.contains("Calendario de pagos"), "{html}");
    assert!(html.contains("1950,50\u{a0}USD") || html.contains("1.950,50\u{a0}USD"), "{html}");
}
