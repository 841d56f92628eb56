//! The audit log over the API: staff read it, a page at a time; others are refused; bad filters
//! are reported by field. Every answer here is also checked against the API document.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;

use crate::helpers::TestApp;

#[tokio::test]
async fn staff_read_the_log_and_others_are_refused() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    // Signing in writes a line.
    app.signed_in(&staff).await;

    let log = app
        .with_token(&token, Method::GET, "/api/v1/audit?per_page=1", None)
        .await;
    let log = log.assert_status(StatusCode::OK).json();
    assert_eq!(log["per_page"], 1);
    assert_eq!(log["items"][0]["action"], "signed_in");
    assert_eq!(log["items"][0]["actor"], staff.email);

    let bad = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/audit?actor=someone&per_page=500",
            None,
        )
        .await;
    let bad = bad.assert_status(StatusCode::BAD_REQUEST).json();
    assert_eq!(bad["error"], "bad_request");
    assert_eq!(bad["fields"]["actor"][0], "'someone' is not a user number");
    assert_eq!(bad["fields"]["per_page"][0], "must be between 1 and 200");

    let organization = app.organization("Mine Action Kenya", "KEN").await;
    let member = app.member_token(organization).await;
    app.with_token(&member, Method::GET, "/api/v1/audit", None)
        .await
        .assert_status(StatusCode::FORBIDDEN);
    app.get("/api/v1/audit")
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
}
