//! Administrators deactivate and reactivate accounts; a person signs out everywhere, with their
//! API tokens if they choose.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::audit_event;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{PASSWORD, TestApp, has, select};

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

/// The stored row of `user`.
async fn stored_user(
    app: &TestApp,
    user: &crate::helpers::TestUser,
) -> clearway::entities::user::Model {
    clearway::entities::user::Entity::find_by_id(user.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn deactivating_their_own_account_comes_back_on_the_people_page_next_to_the_button() {
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    let mut browser = app.signed_in(&admin).await;
    let refused = browser
        .post_form(&format!("/users/{}/active", admin.id), &[("active", "no")])
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let page = refused.text();
    let field = format!("active-{}", admin.id);
    crate::helpers::assert_refused_form(
        &page,
        &format!("{field}-error"),
        "The account is not deactivated: you cannot deactivate your own account.",
    );
    assert!(has(
        &page,
        &format!("button#{field}[aria-describedby='{field}-error']")
    ));
    assert!(has(&page, &format!(".error-summary a[href='#{field}']")));
    // Every form of the page still carries its token.
    assert_eq!(
        select(&page, "form[method=post]").len(),
        select(&page, "form[method=post] input[name=csrf_token]").len()
    );
    assert!(stored_user(&app, &admin).await.active, "nothing changed");
    assert_eq!(audited(&app, "user_deactivated").await, 0);
    browser.get("/users").await.assert_status(StatusCode::OK);
}

#[tokio::test]
async fn reactivating_an_active_account_comes_back_saying_it_is_active_already() {
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&admin).await;
    let refused = browser
        .post_form(&format!("/users/{}/active", staff.id), &[("active", "yes")])
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    crate::helpers::assert_refused_form(
        &refused.text(),
        &format!("active-{}-error", staff.id),
        "The account is not reactivated: this account is already active.",
    );
    assert!(stored_user(&app, &staff).await.active);
    assert_eq!(audited(&app, "user_reactivated").await, 0);
}

#[tokio::test]
async fn a_time_zone_the_account_does_not_know_comes_back_at_its_field() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let before = stored_user(&app, &staff).await.time_zone;
    let refused = browser
        .post_form("/account/time-zone", &[("time_zone", "Mars/Olympus")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    crate::helpers::assert_refused_form(
        &page,
        "time_zone-error",
        "Choose your time zone from the list.",
    );
    assert!(has(
        &page,
        "#time_zone[aria-invalid=true][aria-describedby='time_zone-help time_zone-error']"
    ));
    assert!(has(&page, ".error-summary a[href='#time_zone']"));
    assert_eq!(select(&page, "#time_zone option[selected]"), ["UTC"]);
    assert!(has(
        &page,
        "form[action='/account/time-zone'] input[name=csrf_token]"
    ));
    assert_eq!(stored_user(&app, &staff).await.time_zone, before);
}

#[tokio::test]
async fn a_token_name_refused_comes_back_as_typed_at_its_field() {
    use clearway::entities::api_token;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let long = "n".repeat(101);
    let refused = browser
        .post_form("/account/tokens", &[("name", &long)])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    crate::helpers::assert_refused_form(
        &page,
        "token-name-error",
        "Give the token a name of 1 to 100 characters, like “reporting script”.",
    );
    assert!(has(
        &page,
        "#token-name[aria-invalid=true][aria-describedby='token-name-error']"
    ));
    assert!(has(&page, &format!("#token-name[value='{long}']")), "kept");
    assert!(!has(&page, "code.secret"));
    assert_eq!(api_token::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_token_revoked_twice_comes_back_saying_so_at_its_row() {
    use clearway::entities::api_token;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    app.token(&staff).await;
    let token = api_token::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut browser = app.signed_in(&staff).await;
    let revoke = format!("/account/tokens/{}/revoke", token.id);
    browser
        .post_form(&revoke, &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let revoked = api_token::Entity::find_by_id(token.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // The same button pressed again, from a page shown before (another tab).
    let again = browser.post_form(&revoke, &[]).await;
    again.assert_status(StatusCode::CONFLICT);
    let page = again.text();
    let row = format!("token-{}", token.id);
    crate::helpers::assert_refused_form(
        &page,
        &format!("{row}-error"),
        "This token was revoked already.",
    );
    assert!(has(&page, &format!("td#{row} p.error")));
    assert!(has(&page, &format!(".error-summary a[href='#{row}']")));
    assert_eq!(
        api_token::Entity::find_by_id(token.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
        revoked,
        "nothing changed"
    );
    assert_eq!(audited(&app, "api_token_revoked").await, 1);
}
