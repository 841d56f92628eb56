//! Administrators deactivate and reactivate accounts; a person signs out everywhere, with their
//! API tokens if they choose.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::audit_event;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{PASSWORD, TestApp};

async fn audited(app: &TestApp, action: &str) -> u64 {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_deactivated_account_is_signed_out_its_tokens_revoked_and_told_plainly() {
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    let organization = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(organization)).await;
    let member_token = app.token(&member).await;
    let mut member_browser = app.signed_in(&member).await;
    member_browser
        .get("/account")
        .await
        .assert_status(StatusCode::OK);

    // From the People page.
    let mut admin_browser = app.signed_in(&admin).await;
    let done = admin_browser
        .post_form(&format!("/users/{}/active", member.id), &[("active", "no")])
        .await;
    done.assert_status(StatusCode::SEE_OTHER);
    let people = admin_browser.get("/users").await.text();
    assert!(people.contains("is deactivated: signed out everywhere, API tokens revoked."));
    assert!(people.contains(&format!("Reactivate the account of {}", member.email)));
    assert_eq!(audited(&app, "user_deactivated").await, 1);

    // Signed out at once, on every device, and the token no longer works.
    member_browser
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.with_token(&member_token, Method::GET, "/api/v1/applications", None)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    // The right password gets a plain answer; a wrong one the usual one.
    let refused = app.browser().sign_in(&member.email, PASSWORD).await;
    refused.assert_status(StatusCode::FORBIDDEN);
    assert!(refused.text().contains("This account has been deactivated"));
    let wrong = app
        .browser()
        .sign_in(&member.email, "not the password")
        .await;
    wrong.assert_status(StatusCode::UNAUTHORIZED);
    assert!(!wrong.text().contains("deactivated"));

    // Reactivated through the API: the person signs in again; the old token stays revoked.
    let admin_token = app.token(&admin).await;
    let back = app
        .with_token(
            &admin_token,
            Method::POST,
            &format!("/api/v1/users/{}/reactivate", member.id),
            None,
        )
        .await;
    back.assert_status(StatusCode::OK);
    assert_eq!(back.json()["active"], true);
    app.browser()
        .sign_in(&member.email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.with_token(&member_token, Method::GET, "/api/v1/applications", None)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(audited(&app, "user_reactivated").await, 1);
    // Twice is a conflict, not a change.
    app.with_token(
        &admin_token,
        Method::POST,
        &format!("/api/v1/users/{}/reactivate", member.id),
        None,
    )
    .await
    .assert_status(StatusCode::CONFLICT);
}

#[tokio::test]
async fn only_administrators_deactivate_and_never_their_own_account() {
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let admin_token = app.token(&admin).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/users/{}/deactivate", admin.id),
        None,
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let own = app
        .with_token(
            &admin_token,
            Method::POST,
            &format!("/api/v1/users/{}/deactivate", admin.id),
            None,
        )
        .await;
    own.assert_status(StatusCode::CONFLICT);
    assert!(own.text().contains("your own account"));
    // Another administrator may; the one deactivated loses their token with their sessions
    // (so two administrators cannot deactivate each other and leave none).
    let other = app.user(Role::Admin, None).await;
    let other_token = app.token(&other).await;
    app.with_token(
        &other_token,
        Method::POST,
        &format!("/api/v1/users/{}/deactivate", admin.id),
        None,
    )
    .await
    .assert_status(StatusCode::OK);
    let last = app
        .with_token(
            &admin_token,
            Method::POST,
            &format!("/api/v1/users/{}/deactivate", other.id),
            None,
        )
        .await;
    last.assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(audited(&app, "user_deactivated").await, 1);
}

#[tokio::test]
async fn signing_out_everywhere_revokes_the_api_tokens_only_when_asked() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let mut browser = app.signed_in(&staff).await;
    browser
        .post_form("/account/sign-out-everywhere", &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.with_token(&token, Method::GET, "/api/v1/applications", None)
        .await
        .assert_status(StatusCode::OK);

    let mut browser = app.signed_in(&staff).await;
    browser
        .post_form("/account/sign-out-everywhere", &[("revoke_tokens", "yes")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.with_token(&token, Method::GET, "/api/v1/applications", None)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    browser
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
}
