//! No NUL, other control character or direction override reaches a handler: forms, JSON bodies,
//! query strings and paths are refused with 422 naming the field, on both databases, signed in
//! or not, and nothing is stored.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::coordination_request;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::coordination::request_body;
use crate::helpers::TestApp;

#[tokio::test]
async fn a_nul_byte_is_refused_with_422_naming_the_field_everywhere() {
    let app = TestApp::spawn().await;

    // The public API: a body field, and a field nested in the JSON.
    let mut body = request_body("MMR", "nul");
    body["ministry"] = serde_json::json!("Ministry\u{0} of Foreign Affairs");
    let answer = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            body.to_string(),
        )
        .await;
    answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.json()["fields"]["ministry"][0]
            .as_str()
            .unwrap()
            .contains("control characters")
    );
    let mut body = request_body("MMR", "bidi");
    body["contact_name"] = serde_json::json!("Ingrid \u{202E}nesnaH");
    let answer = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            body.to_string(),
        )
        .await;
    answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.json()["fields"]["contact_name"].is_array());
    assert_eq!(
        coordination_request::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "nothing stored"
    );

    // Anonymous forms: sign-in, password reset, the public coordination form.
    let mut browser = app.browser();
    for (path, field, fields) in [
        (
            "/login",
            "email",
            vec![("email", "a\u{0}@example.org"), ("password", "whatever")],
        ),
        (
            "/password-reset",
            "email",
            vec![("email", "a\u{0}@example.org")],
        ),
        (
            "/coordinate",
            "message",
            vec![("target_state", "MMR"), ("message", "hello\u{0}")],
        ),
    ] {
        let answer = browser.post_form(path, &fields).await;
        answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(answer.text().contains(field), "{path}: {}", answer.text());
    }

    // Query strings and paths, on the API and on pages (a CSV export included).
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    for uri in [
        "/api/v1/states?on=%00",
        "/api/v1/applications?q=%00",
        "/api/v1/states/%00",
        "/applications.csv?target_state=%00",
        "/applications?q=a%E2%80%AEb",
    ] {
        let answer = app.with_token(&token, Method::GET, uri, None).await;
        answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    }
    let answer = app
        .with_token(&token, Method::GET, "/api/v1/states?on=%00", None)
        .await;
    assert!(
        answer.json()["fields"]["on"].is_array(),
        "{}",
        answer.text()
    );

    // Tabs and line breaks in a multi-line field are fine.
    let mut body = request_body("MMR", "lines");
    body["message"] = serde_json::json!("First line.\r\nSecond\tline.");
    app.send(
        Method::POST,
        "/api/v1/coordination-requests",
        body.to_string(),
    )
    .await
    .assert_status(StatusCode::CREATED);
}

/// Names are one line, every text has a length limit, e-mail addresses need a real domain and
/// the dates of records stay between 1990 and 2100: each refused with 422 naming the field.
#[tokio::test]
async fn names_lengths_addresses_and_dates_have_bounds() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let organization = app.organization("Nepal Campaign", "NPL").await;
    let field_error = |answer: &crate::helpers::TestResponse, field: &str| {
        answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        answer.json()["fields"][field][0]
            .as_str()
            .unwrap_or_else(|| panic!("no error for {field}: {}", answer.text()))
            .to_owned()
    };

    let answer = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{organization}"),
            Some(serde_json::json!({"name": "Nepal\nCampaign"})),
        )
        .await;
    assert_eq!(field_error(&answer, "name"), "must be on one line");

    let mut body = request_body("MMR", "long");
    body["message"] = serde_json::json!("x".repeat(100_000));
    let answer = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            body.to_string(),
        )
        .await;
    assert!(field_error(&answer, "message").contains("at most"));

    for address in ["a@localhost", "a@[127.0.0.1]"] {
        let mut body = request_body("MMR", address);
        body["contact_email"] = serde_json::json!(address);
        let answer = app
            .send(
                Method::POST,
                "/api/v1/coordination-requests",
                body.to_string(),
            )
            .await;
        assert!(field_error(&answer, "contact_email").contains("email address"));
    }

    let campaign = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                serde_json::json!({"state": "NPL", "name": "Nepal joins", "status": "active",
                "objectives": "Accession.", "asks": ["accession"],
                "lead_organization_ids": [organization]}),
            ),
        )
        .await;
    campaign.assert_status(StatusCode::CREATED);
    let campaign = campaign.json()["id"].as_i64().unwrap();
    for day in ["1900-01-01", "2999-01-01"] {
        let answer = app
            .with_token(
                &token,
                Method::POST,
                &format!("/api/v1/campaigns/{campaign}/activities"),
                Some(serde_json::json!({"occurred_on": day, "kind": "meeting",
                    "summary": "Met the ministry."})),
            )
            .await;
        assert_eq!(
            field_error(&answer, "occurred_on"),
            "must be between 1990-01-01 and 2100-12-31"
        );
    }
    assert_eq!(
        coordination_request::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}
