//! The error pages in the layout of the person who reached them: signed in, they see their
//! name and "Sign out" (issue 16), not "Sign in".

use axum::http::StatusCode;
use clearway::auth::Role;

use crate::helpers::{TestApp, has, select};

/// What the header offers: its links and buttons, by their text.
fn header_offers(html: &str) -> Vec<String> {
    select(html, "header.site a, header.site button")
}

#[tokio::test]
async fn a_signed_in_person_sees_their_name_and_sign_out_on_404_and_403_pages() {
    let app = TestApp::spawn().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;

    let missing = browser.get("/applications/999999").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    let page = missing.text();
    assert!(page.contains("Page not found"), "{page}");
    let offers = header_offers(&page);
    assert!(offers.contains(&"Test member".to_owned()), "{offers:?}");
    assert!(offers.contains(&"Sign out".to_owned()), "{offers:?}");
    assert!(!offers.contains(&"Sign in".to_owned()), "{offers:?}");
    // The member's menu, as on any page of theirs.
    assert!(offers.contains(&"Applications".to_owned()), "{offers:?}");

    let forbidden = browser.get("/users").await;
    forbidden.assert_status(StatusCode::FORBIDDEN);
    let offers = header_offers(&forbidden.text());
    assert!(offers.contains(&"Sign out".to_owned()), "{offers:?}");
    assert!(!offers.contains(&"Sign in".to_owned()), "{offers:?}");

    // The "Sign out" of an error page works: it carries the session's CSRF token.
    assert!(has(&page, "header.site form[action='/logout']"), "{page}");
    let csrf = scraper::Html::parse_document(&page)
        .select(&scraper::Selector::parse("header.site input[name=csrf_token]").unwrap())
        .next()
        .and_then(|input| input.value().attr("value").map(ToOwned::to_owned))
        .unwrap_or_default();
    assert!(
        !csrf.is_empty(),
        "the error page's sign-out form has no token"
    );
    let out = browser
        .post_form_raw("/logout", &[("csrf_token", csrf.as_str())])
        .await;
    out.assert_status(StatusCode::SEE_OTHER);
    let after = browser.get("/applications").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "signed out");
}

#[tokio::test]
async fn a_form_refused_for_its_csrf_token_keeps_the_signed_in_header() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let refused = browser
        .post_form_raw("/campaigns", &[("csrf_token", "forged"), ("name", "x")])
        .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    let page = refused.text();
    let offers = header_offers(&page);
    assert!(offers.contains(&"Sign out".to_owned()), "{offers:?}");
    assert!(!offers.contains(&"Sign in".to_owned()), "{offers:?}");
    // Its "Sign out" carries the session's real token, not the forged one.
    assert!(has(&page, "header.site input[name=csrf_token]"), "{page}");
    assert!(!has(&page, "header.site input[value=forged]"), "{page}");
}

#[tokio::test]
async fn a_visitor_sees_sign_in_on_a_404_page() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let missing = browser.get("/nothing-here").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    let offers = header_offers(&missing.text());
    assert!(offers.contains(&"Sign in".to_owned()), "{offers:?}");
    assert!(!offers.contains(&"Sign out".to_owned()), "{offers:?}");
}
