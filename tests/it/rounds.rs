//! Rounds change through the API (a PATCH of some fields) and through their form, under the
//! same rules. Their codes, and the references made of them, are in `codes`.

mod codes;

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_patch_changes_the_fields_given_and_keeps_the_others() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let uri = format!("/api/v1/rounds/{round}");
    let before = app.with_token(&token, Method::GET, &uri, None).await.json();

    let patched = app
        .with_token(
            &token,
            Method::PATCH,
            &uri,
            Some(json!({"budget": "12000.00"})),
        )
        .await;
    patched.assert_status(StatusCode::OK);
    let after = patched.json();
    assert_eq!(after["budget"], "12000.00");
    for field in ["name", "opens_at", "closes_at", "tiers", "report_schedule"] {
        assert_eq!(after[field], before[field], "{field}");
    }

    let refused = app
        .with_token(
            &token,
            Method::PATCH,
            &uri,
            Some(json!({"closes_at": "2001-01-01T00:00:00Z"})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.json()["fields"]["closes_at"].is_array());
    app.with_token(
        &token,
        Method::PATCH,
        "/api/v1/rounds/9999",
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);

    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member = app.member_token(org).await;
    app.with_token(
        &member,
        Method::PATCH,
        &uri,
        Some(json!({"budget": "1.00"})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let kept = app.with_token(&token, Method::GET, &uri, None).await.json();
    assert_eq!(kept["budget"], "12000.00");
}

#[tokio::test]
async fn staff_edit_a_round_through_its_form() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let edit = browser.get(&format!("/rounds/{round}/edit")).await;
    edit.assert_status(StatusCode::OK);
    let token = app.token(&staff).await;
    let saved = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/rounds/{round}"),
            None,
        )
        .await
        .json();
    let name = saved["name"].as_str().unwrap().to_owned();
    let code = saved["code"].as_str().unwrap().to_owned();
    let local = |field: &str| {
        chrono::DateTime::parse_from_rfc3339(saved[field].as_str().unwrap())
            .unwrap()
            .format("%Y-%m-%dT%H:%M")
            .to_string()
    };
    let (opens, closes) = (local("opens_at"), local("closes_at"));
    let mut form = vec![
        ("name", ""),
        ("code", code.as_str()),
        ("programme", "Investing in Action"),
        ("opens_at", opens.as_str()),
        ("closes_at", closes.as_str()),
        ("currency", "USD"),
        ("budget", "15000.00"),
        ("tier_name", "low"),
        ("tier_max", "2000.00"),
    ];
    let refused = browser.post_form(&format!("/rounds/{round}"), &form).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(page.contains(&format!("Edit {name}")), "{page}");
    assert!(page.contains("value=\"15000.00\""), "{page}");

    form[0] = ("name", "Investing in Action, renamed");
    let saved = browser.post_form(&format!("/rounds/{round}"), &form).await;
    saved.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(saved.header("location"), format!("/rounds/{round}"));
    let after = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/rounds/{round}"),
            None,
        )
        .await
        .json();
    assert_eq!(after["name"], "Investing in Action, renamed");
    assert_eq!(after["budget"], "15000.00");
    assert_eq!(after["tiers"].as_array().unwrap().len(), 1);
}
