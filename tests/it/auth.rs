//! Signing in and out, sessions, API tokens, the failed sign-in throttle, and CSRF protection.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use clearway::auth::Role;
use clearway::entities::{audit_event, session};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{PASSWORD, TestApp};

#[tokio::test]
async fn a_person_signs_in_sees_their_account_and_signs_out() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    let response = browser.sign_in(&staff.email.to_uppercase(), PASSWORD).await;
    response.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(response.header("location"), "/start");
    let set_cookie: Vec<&str> = response
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    let session_cookie = set_cookie
        .iter()
        .find(|c| c.starts_with("clearway_session="))
        .unwrap();
    assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("SameSite=Lax"));

    let account = browser
        .get("/account")
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(account.contains(&staff.email));
    assert!(account.contains("Programme staff"));

    let token = browser.csrf_token().await;
    let out = browser
        .post_form_raw("/logout", &[("csrf_token", &token)])
        .await;
    out.assert_status(StatusCode::SEE_OTHER);
    let after = browser.get("/account").await;
    after.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(after.header("location"), "/login?next=%2Faccount");
    assert_eq!(session::Entity::find().count(&app.db).await.unwrap(), 0);
    let signed_in = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("signed_in"))
        .filter(audit_event::Column::EntityId.eq(staff.id.to_string()))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(signed_in, 1);
}

#[tokio::test]
async fn an_unknown_email_and_a_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    let wrong = browser
        .sign_in(&staff.email, "not the password at all")
        .await;
    let unknown = browser.sign_in("nobody@example.org", PASSWORD).await;
    for response in [&wrong, &unknown] {
        response.assert_status(StatusCode::UNAUTHORIZED);
        assert!(
            response
                .text()
                .contains("The email or the password is not right.")
        );
    }
    assert!(!browser.cookies.contains_key("clearway_session"));
    let failures = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("sign_in_failed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(failures, 2, "failed sign-ins are audited");
}

#[tokio::test]
async fn repeated_failures_lock_out_the_guesser_not_the_person() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    for _ in 0..5 {
        browser
            .sign_in(&staff.email, "guess guess guess")
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    // From the guessing address, even the right password is refused until the window ends.
    let locked = browser.sign_in(&staff.email, PASSWORD).await;
    locked.assert_status(StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.text().contains("Too many failed attempts"));
    // The person, from an address with no failures, signs in: a stranger cannot lock them out.
    let mut elsewhere = app.browser();
    elsewhere.address = "198.51.100.20".parse().unwrap();
    elsewhere
        .sign_in(&staff.email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Another account from the first address is still allowed.
    let other = app.user(Role::Finance, None).await;
    browser
        .sign_in(&other.email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn one_address_guessing_many_accounts_is_slowed_down() {
    let app = TestApp::spawn_with(|s| s.auth.failures_per_address = 3).await;
    let victim = app.user(Role::Admin, None).await;
    let mut browser = app.browser();
    for n in 0..3 {
        browser
            .sign_in(&format!("guess{n}@example.org"), "whatever whatever")
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    browser
        .sign_in(&victim.email, PASSWORD)
        .await
        .assert_status(StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn the_session_id_changes_at_sign_in_and_the_old_one_ends() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let first = browser.cookies["clearway_session"].clone();
    // Signing in again on the same browser (or after someone planted their own session id).
    browser
        .sign_in(&staff.email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let second = browser.cookies["clearway_session"].clone();
    assert_ne!(second, first);
    assert_eq!(second.len(), 64);
    let stored: Vec<String> = session::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id_hash)
        .collect();
    assert_eq!(
        stored,
        [clearway::auth::tokens::digest(&second)],
        "only the new session, as a digest"
    );
    let mut planted = app.browser();
    planted.cookies.insert("clearway_session".into(), first);
    planted
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_burst_of_parallel_guesses_is_counted_before_any_password_is_checked() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    // Ten browsers on one address guess at once.
    let guesses = (0..10).map(|_| {
        let app = &app;
        let email = staff.email.clone();
        async move {
            let mut browser = app.browser();
            browser.address = "198.51.100.9".parse().unwrap();
            browser.sign_in(&email, "a wrong guess each").await.status
        }
    });
    let statuses = futures_util::future::join_all(guesses).await;
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((checked, refused), (5, 5), "{statuses:?}");
    let mut guesser = app.browser();
    guesser.address = "198.51.100.9".parse().unwrap();
    guesser
        .sign_in(&staff.email, PASSWORD)
        .await
        .assert_status(StatusCode::TOO_MANY_REQUESTS);
    // The browser of the person (another address) is not locked out.
    app.browser()
        .sign_in(&staff.email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn after_sign_in_only_a_path_of_this_site_is_followed() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    for (next, expected) in [
        ("/organizations?page=2", "/organizations?page=2"),
        ("//evil.example/", "/start"),
        ("/\\evil.example", "/start"),
        ("/\t/evil.example", "/start"),
        ("https://evil.example/", "/start"),
    ] {
        let mut browser = app.browser();
        let response = browser
            .post_form(
                "/login",
                &[
                    ("email", &staff.email),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        response.assert_status(StatusCode::SEE_OTHER);
        assert_eq!(response.header("location"), expected, "next={next:?}");
    }
}

#[tokio::test]
async fn a_bearer_token_cannot_make_more_tokens() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let request = Request::post("/account/tokens")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("name=another"))
        .unwrap();
    app.request(request)
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_form_posted_without_a_session_needs_its_token_too() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    let forged = browser
        .post_form_raw("/login", &[("email", &staff.email), ("password", PASSWORD)])
        .await;
    forged.assert_status(StatusCode::FORBIDDEN);
    assert!(!browser.cookies.contains_key("clearway_session"));
}

#[tokio::test]
async fn the_audit_log_cannot_be_changed_or_erased() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    app.signed_in(&staff).await;
    assert!(audit_event::Entity::find().count(&app.db).await.unwrap() > 0);
    for statement in [
        "UPDATE audit_events SET actor = 'someone else'",
        "DELETE FROM audit_events",
    ] {
        let refused = app.db.execute_unprepared(statement).await;
        assert!(refused.is_err(), "{statement} must be refused");
    }
}

#[tokio::test]
async fn sessions_end_when_idle_too_long_or_too_old() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    browser.get("/account").await.assert_status(StatusCode::OK);
    let three_hours_ago = chrono::Utc::now() - chrono::Duration::hours(3);
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::val(three_hours_ago))
        .exec(&app.db)
        .await
        .unwrap();
    browser
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let mut browser = app.signed_in(&staff).await;
    session::Entity::update_many()
        .col_expr(session::Column::ExpiresAt, Expr::val(chrono::Utc::now()))
        .exec(&app.db)
        .await
        .unwrap();
    browser
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session_of_the_user() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let other = app.user(Role::Staff, None).await;
    let mut laptop = app.signed_in(&staff).await;
    let mut phone = app.signed_in(&staff).await;
    let mut colleague = app.signed_in(&other).await;
    let token = laptop.csrf_token().await;
    laptop
        .post_form_raw("/account/sign-out-everywhere", &[("csrf_token", &token)])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    phone
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    laptop
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    colleague
        .get("/account")
        .await
        .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn api_tokens_are_shown_once_work_as_bearer_and_stop_when_revoked() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let created = browser
        .post_form("/account/tokens", &[("name", "reporting script")])
        .await;
    created.assert_status(StatusCode::CREATED);
    let page = created.text();
    let start = page.find("<code class=\"secret\">").unwrap() + "<code class=\"secret\">".len();
    let token = page[start..start + 67].to_owned();
    assert!(token.starts_with("cw_"));
    assert!(
        !browser.get("/account").await.text().contains(&token),
        "shown once only"
    );

    let listed = app
        .with_token(&token, Method::GET, "/api/v1/organizations", None)
        .await;
    listed.assert_status(StatusCode::OK);

    let id = clearway::entities::api_token::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    browser
        .post_form(&format!("/account/tokens/{id}/revoke"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let refused = app
        .with_token(&token, Method::GET, "/api/v1/organizations", None)
        .await;
    refused.assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(refused.json()["error"], "unauthorized");
    app.with_token("cw_made_up", Method::GET, "/api/v1/organizations", None)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    app.get("/api/v1/organizations")
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_token_cannot_be_revoked_by_someone_else() {
    let app = TestApp::spawn().await;
    let owner = app.user(Role::Staff, None).await;
    let thief = app.user(Role::Staff, None).await;
    app.token(&owner).await;
    let id = clearway::entities::api_token::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let mut browser = app.signed_in(&thief).await;
    let refused = browser
        .post_form(&format!("/account/tokens/{id}/revoke"), &[])
        .await;
    refused.assert_status(StatusCode::NOT_FOUND);
    // The thief's account page, saying only that they have no such token.
    crate::helpers::assert_refused_form(
        &refused.text(),
        "revoke-message",
        "You have no token with this number: nothing was revoked.",
    );
    let token = clearway::entities::api_token::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(token.revoked_at.is_none(), "the owner's token still works");
}

/// Every route that changes something refuses a browser request (with a valid session cookie)
/// that lacks the CSRF token, as a form and as JSON.
#[tokio::test]
async fn every_post_patch_and_delete_route_refuses_a_cookie_request_without_the_token() {
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    let mut browser = app.signed_in(&admin).await;
    let routes: Vec<_> = clearway::route_table()
        .into_iter()
        .filter(|r| [Method::POST, Method::PATCH, Method::DELETE, Method::PUT].contains(&r.method))
        .collect();
    assert!(routes.len() >= 8, "the table lists the routes: {routes:?}");
    for route in routes {
        let uri = route.path.replace("{id}", "1").replace("{iso3}", "AZE");
        for (content_type, body) in [
            ("application/x-www-form-urlencoded", "name=x"),
            ("application/json", "{\"name\":\"x\"}"),
        ] {
            let response = browser
                .send(
                    Request::builder()
                        .method(route.method.clone())
                        .uri(&uri)
                        .header(header::CONTENT_TYPE, content_type),
                    Body::from(body),
                )
                .await;
            assert_eq!(
                response.status,
                StatusCode::FORBIDDEN,
                "{} {} ({content_type}) without a token: {}",
                route.method,
                route.path,
                response.text()
            );
            assert!(
                response
                    .text()
                    .contains("this form has expired or came from another site"),
                "{} {}: refused for its missing token, not for something else",
                route.method,
                route.path
            );
        }
        let wrong = browser
            .send(
                Request::builder()
                    .method(route.method.clone())
                    .uri(&uri)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
                Body::from(format!("csrf_token={}", "0".repeat(64))),
            )
            .await;
        assert_eq!(
            wrong.status,
            StatusCode::FORBIDDEN,
            "{} {} with a wrong token",
            route.method,
            route.path
        );
    }
    // Still signed in: the refusals changed nothing.
    browser.get("/account").await.assert_status(StatusCode::OK);
}

#[tokio::test]
async fn bearer_requests_need_no_csrf_token() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(serde_json::json!({"name": "Nepal Campaign to Ban Landmines", "country": "NPL", "kind": "national_campaign"})),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
}

/// A CSRF token is a MAC of the session it was shown to: a token and cookie obtained from the
/// site by someone else and planted in a signed-in browser are refused, and so is a token shown
/// before signing in; the browser's own token works.
#[tokio::test]
async fn a_csrf_token_is_bound_to_the_session_it_was_shown_to() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    // Someone else's valid pair, from the site's own sign-in page.
    let mut attacker = app.browser();
    let attacker_token = attacker.csrf_token().await;
    let attacker_cookie = attacker.cookies["clearway_csrf"].clone();

    let mut victim = app.browser();
    let before_sign_in = victim.csrf_token().await;
    victim
        .sign_in(&staff.email, PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    victim
        .post_form_raw(
            "/account/sign-out-everywhere",
            &[("csrf_token", before_sign_in.as_str())],
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    victim
        .cookies
        .insert("clearway_csrf".into(), attacker_cookie);
    victim
        .post_form_raw(
            "/account/sign-out-everywhere",
            &[("csrf_token", attacker_token.as_str())],
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    // Nothing happened: still signed in; the browser's own token works.
    victim.get("/account").await.assert_status(StatusCode::OK);
    victim
        .post_form("/account/sign-out-everywhere", &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    victim
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
}
