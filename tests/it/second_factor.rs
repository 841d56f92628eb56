//! Two-factor sign-in: setting a second factor up, signing in with its codes and recovery codes,
//! what a browser half way through signing in can reach (nothing), the throttle, turning it off
//! and an administrator's reset. `config/test.toml` requires it of no role; these tests turn
//! the requirement on.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::{audit_event, organization, recovery_code, second_factor, session};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::helpers::{Browser, PASSWORD, TestApp, TestUser, has, select};

/// The service as configured by default: staff, finance and admins must have a second factor.
async fn requiring() -> TestApp {
    TestApp::spawn_with(|s| {
        s.auth.second_factor_required = vec![Role::Staff, Role::Finance, Role::Admin];
    })
    .await
}

/// The code an authenticator app with `secret` shows `offset` seconds from now.
fn code(secret: &str, offset: i64) -> String {
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    let at = u64::try_from(chrono::Utc::now().timestamp() + offset).unwrap();
    totp.generate(at).to_string()
}

/// A code that is not the one of the app in the accepted steps.
fn wrong_code(secret: &str) -> String {
    let right: Vec<String> = (-1..=1).map(|s| code(secret, s * 30)).collect();
    (0..1_000_000)
        .map(|n| format!("{n:06}"))
        .find(|c| !right.contains(c))
        .unwrap()
}

async fn stored(app: &TestApp, user: &TestUser) -> Option<second_factor::Model> {
    second_factor::Entity::find_by_id(user.id)
        .one(&app.db)
        .await
        .unwrap()
}

/// Opens the set-up page and reads the secret it shows (as a person types it into their app).
async fn secret_on_page(browser: &mut Browser<'_>) -> String {
    let page = browser.get("/account/second-factor").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(
        has(&html, "figure.qr-code svg[role=img][aria-label]"),
        "{html}"
    );
    select(&html, "#secret")[0].replace(' ', "")
}

/// Sets up a second factor in `browser` with the code the app shows now; answers the secret and
/// the recovery codes shown.
async fn enrol(app: &TestApp, browser: &mut Browser<'_>, user: &TestUser) -> (String, Vec<String>) {
    let secret = secret_on_page(browser).await;
    assert_eq!(stored(app, user).await.unwrap().secret, secret);
    let confirmed = browser
        .post_form_of(
            "/account/second-factor",
            "/account/second-factor",
            &[("code", &code(&secret, 0))],
        )
        .await;
    confirmed.assert_status(StatusCode::OK);
    let codes = select(&confirmed.text(), "ol.recovery-codes code");
    assert_eq!(codes.len(), 10, "{}", confirmed.text());
    (secret, codes)
}

/// Signs in with the password; answers where the browser is sent.
async fn password(browser: &mut Browser<'_>, user: &TestUser) -> String {
    let response = browser.sign_in(&user.email, PASSWORD).await;
    response.assert_status(StatusCode::SEE_OTHER);
    response.header("location").to_owned()
}

async fn submit_code(browser: &mut Browser<'_>, typed: &str) -> crate::helpers::TestResponse {
    browser
        .post_form_of(
            "/sign-in/second-factor",
            "/sign-in/second-factor",
            &[("code", typed)],
        )
        .await
}

async fn audited(app: &TestApp, action: &str, user: &TestUser) -> Vec<audit_event::Model> {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .filter(audit_event::Column::EntityId.eq(user.id.to_string()))
        .order_by_asc(audit_event::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// The "done when": a staff account without a second factor reaches no staff page, no
/// form and no API route after the password alone, only the set-up page and sign-out.
#[tokio::test]
async fn staff_without_a_second_factor_reach_nothing_after_the_password_alone() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    assert_eq!(
        password(&mut browser, &staff).await,
        "/account/second-factor"
    );

    for page in [
        "/applications",
        "/account",
        "/users",
        "/inbox",
        "/organizations/new",
        "/login",
        "/sign-in/second-factor",
        "/",
    ] {
        let answer = browser.get(page).await;
        answer.assert_status(StatusCode::SEE_OTHER);
        assert_eq!(
            answer.header("location"),
            "/account/second-factor",
            "{page}"
        );
    }
    let api = browser.get("/api/v1/applications").await;
    api.assert_status(StatusCode::UNAUTHORIZED);

    // A form with a good CSRF token changes nothing either.
    let token = browser.csrf_token_of("/account/second-factor").await;
    let created = browser
        .post_form_raw(
            "/organizations",
            &[
                ("csrf_token", &token),
                ("name", "Nepal Campaign to Ban Landmines"),
                ("country", "NPL"),
                ("kind", "national_campaign"),
            ],
        )
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(created.header("location"), "/account/second-factor");
    assert_eq!(
        organization::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    let tokens = browser
        .post_form_raw("/account/tokens", &[("csrf_token", &token), ("name", "x")])
        .await;
    tokens.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        clearway::entities::api_token::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    // Not signed in, as far as the audit log says: the password was right, nothing more.
    assert!(audited(&app, "signed_in", &staff).await.is_empty());
    assert_eq!(audited(&app, "password_accepted", &staff).await.len(), 1);

    // The set-up page and sign-out are reachable.
    browser
        .get("/account/second-factor")
        .await
        .assert_status(StatusCode::OK);
    browser
        .post_form_of("/account/second-factor", "/logout", &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(session::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn setting_up_with_a_valid_code_signs_staff_in_and_a_wrong_code_is_refused_by_the_field() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    password(&mut browser, &staff).await;
    let secret = secret_on_page(&mut browser).await;
    // The same secret on a second visit, until it is confirmed.
    assert_eq!(secret_on_page(&mut browser).await, secret);

    let refused = browser
        .post_form_of(
            "/account/second-factor",
            "/account/second-factor",
            &[("code", &wrong_code(&secret))],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    crate::helpers::assert_refused_form(
        &html,
        "code-error",
        "This code is not right. Type the six digits your app shows now.",
    );
    assert!(has(&html, ".field.has-error #code-error"));
    assert!(has(&html, ".error-summary a[href='#code']"));
    assert!(has(&html, "#code:not([value])"), "a code is not put back");
    assert!(has(&html, "#code[aria-invalid=true]"));
    assert!(stored(&app, &staff).await.unwrap().confirmed_at.is_none());
    browser
        .get("/applications")
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let half_session = browser.cookies["clearway_session"].clone();
    let confirmed = browser
        .post_form_of(
            "/account/second-factor",
            "/account/second-factor",
            &[("code", &code(&secret, 0))],
        )
        .await;
    confirmed.assert_status(StatusCode::OK);
    let codes = select(&confirmed.text(), "ol.recovery-codes code");
    assert_eq!(codes.len(), 10);
    assert!(confirmed.text().contains("they will not be shown again"));
    assert_ne!(browser.cookies["clearway_session"], half_session);

    let factor = stored(&app, &staff).await.unwrap();
    assert!(factor.confirmed_at.is_some());
    let hashes: Vec<String> = recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(staff.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.code_hash)
        .collect();
    assert_eq!(hashes.len(), 10);
    for shown in &codes {
        assert!(!hashes.contains(shown), "stored as digests only");
    }
    browser
        .get("/applications")
        .await
        .assert_status(StatusCode::OK);
    assert_eq!(
        audited(&app, "second_factor_enrolled", &staff).await.len(),
        1
    );
    let signed_in = audited(&app, "signed_in", &staff).await;
    assert_eq!(signed_in.len(), 1);
    assert_eq!(
        signed_in[0].after.as_ref().unwrap()["second_factor"],
        "enrolled"
    );
    // The recovery codes are not shown again.
    let again = browser.get("/account/second-factor").await.text();
    assert!(!again.contains(&codes[0]));
    assert!(again.contains("10 of 10"));
}

#[tokio::test]
async fn with_a_second_factor_the_password_alone_reaches_nothing_and_a_code_signs_in() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut first = app.browser();
    password(&mut first, &staff).await;
    let (secret, _) = enrol(&app, &mut first, &staff).await;

    let mut browser = app.browser();
    let response = browser
        .post_form(
            "/login",
            &[
                ("email", &staff.email),
                ("password", PASSWORD),
                ("next", "/inbox"),
            ],
        )
        .await;
    response.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        response.header("location"),
        "/sign-in/second-factor?next=%2Finbox"
    );
    for page in ["/applications", "/account", "/account/second-factor"] {
        let answer = browser.get(page).await;
        assert_eq!(
            answer.header("location"),
            "/sign-in/second-factor",
            "{page}"
        );
    }
    let form = browser.get("/sign-in/second-factor?next=%2Finbox").await;
    form.assert_status(StatusCode::OK);
    assert!(has(&form.text(), "input#code[autocomplete=one-time-code]"));
    assert!(has(&form.text(), "label[for=code]"));

    // The next step's code (the one set-up used is spent).
    let token = browser.csrf_token_of("/sign-in/second-factor").await;
    let signed_in = browser
        .post_form_raw(
            "/sign-in/second-factor",
            &[
                ("csrf_token", &token),
                ("code", &code(&secret, 30)),
                ("next", "/inbox"),
            ],
        )
        .await;
    signed_in.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(signed_in.header("location"), "/inbox");
    browser.get("/inbox").await.assert_status(StatusCode::OK);
    let stages: Vec<session::Model> = session::Entity::find().all(&app.db).await.unwrap();
    assert!(
        stages
            .iter()
            .all(|s| s.stage == clearway::auth::sessions::Stage::SecondFactor)
    );
    let audit = audited(&app, "signed_in", &staff).await;
    assert_eq!(
        audit.last().unwrap().after.as_ref().unwrap()["second_factor"],
        "app"
    );
}

#[tokio::test]
async fn a_code_used_once_is_refused_the_second_time() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut first = app.browser();
    password(&mut first, &staff).await;
    let (secret, _) = enrol(&app, &mut first, &staff).await;
    let next_code = code(&secret, 30);

    let mut browser = app.browser();
    password(&mut browser, &staff).await;
    submit_code(&mut browser, &next_code)
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Someone who saw the code types it in another browser within the same 30 seconds.
    let mut thief = app.browser();
    thief.address = "198.51.100.66".parse().unwrap();
    password(&mut thief, &staff).await;
    let replayed = submit_code(&mut thief, &next_code).await;
    replayed.assert_status(StatusCode::UNAUTHORIZED);
    assert_eq!(
        select(&replayed.text(), "#code-error"),
        ["This code has been used already. Wait for your app to show the next one."]
    );
    thief
        .get("/applications")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // So is the code set-up used, of an earlier step.
    submit_code(&mut thief, &code(&secret, 0))
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    let failed = audited(&app, "second_factor_failed", &staff).await;
    assert_eq!(failed[0].after.as_ref().unwrap()["reason"], "replayed");
}

#[tokio::test]
async fn a_recovery_code_signs_in_once_and_not_twice() {
    let app = requiring().await;
    let finance = app.user(Role::Finance, None).await;
    let mut first = app.browser();
    password(&mut first, &finance).await;
    let (_, codes) = enrol(&app, &mut first, &finance).await;

    let mut browser = app.browser();
    password(&mut browser, &finance).await;
    // Typed loosely: upper case, spaces for dashes.
    let typed = codes[3].to_uppercase().replace('-', " ");
    let used = submit_code(&mut browser, &typed).await;
    used.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(used.header("location"), "/start");
    let account = browser.get("/account").await;
    account.assert_status(StatusCode::OK);
    assert!(
        account
            .text()
            .contains("You signed in with a recovery code; it cannot be used again. 9 of your recovery codes are left.")
    );
    let spent = recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(finance.id))
        .filter(recovery_code::Column::UsedAt.is_not_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(spent, 1);

    let mut again = app.browser();
    password(&mut again, &finance).await;
    let refused = submit_code(&mut again, &codes[3]).await;
    refused.assert_status(StatusCode::UNAUTHORIZED);
    crate::helpers::assert_refused_form(
        &refused.text(),
        "code-error",
        "This code is not right. Type the six digits your app shows now, or one of your recovery codes.",
    );
    again
        .get("/finance")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Another of the codes still works.
    submit_code(&mut again, &codes[4])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let audit = audited(&app, "signed_in", &finance).await;
    assert_eq!(
        audit.last().unwrap().after.as_ref().unwrap()["recovery_codes_left"],
        8
    );
}

#[tokio::test]
async fn too_many_wrong_codes_are_answered_429_even_for_the_right_one() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut first = app.browser();
    password(&mut first, &staff).await;
    let (secret, _) = enrol(&app, &mut first, &staff).await;

    let mut browser = app.browser();
    password(&mut browser, &staff).await;
    let wrong = wrong_code(&secret);
    for _ in 0..5 {
        submit_code(&mut browser, &wrong)
            .await
            .assert_status(StatusCode::UNAUTHORIZED);
    }
    let throttled = submit_code(&mut browser, &code(&secret, 30)).await;
    throttled.assert_status(StatusCode::TOO_MANY_REQUESTS);
    let retry_after: i64 = throttled.header("retry-after").parse().unwrap();
    assert!((1..=15 * 60).contains(&retry_after), "{retry_after}");
    assert!(select(&throttled.text(), "#code-error")[0].starts_with("Too many wrong codes."));
    // The person's codes are what is counted: a new sign-in from elsewhere does not reset it.
    let mut elsewhere = app.browser();
    elsewhere.address = "198.51.100.20".parse().unwrap();
    password(&mut elsewhere, &staff).await;
    submit_code(&mut elsewhere, &code(&secret, 30))
        .await
        .assert_status(StatusCode::TOO_MANY_REQUESTS);
    elsewhere
        .get("/applications")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(audited(&app, "second_factor_failed", &staff).await.len(), 5);
}

#[tokio::test]
async fn an_administrators_reset_is_audited_and_the_person_sets_up_again() {
    let app = TestApp::spawn_with(|s| s.auth.second_factor_required = vec![Role::Staff]).await;
    let staff = app.user(Role::Staff, None).await;
    let admin = app.user(Role::Admin, None).await;
    let mut staff_browser = app.browser();
    password(&mut staff_browser, &staff).await;
    enrol(&app, &mut staff_browser, &staff).await;
    staff_browser
        .get("/applications")
        .await
        .assert_status(StatusCode::OK);

    let mut admin_browser = app.signed_in(&admin).await;
    let people = admin_browser.get("/users").await.text();
    let reset_form = format!("form[action='/users/{}/second-factor/reset']", staff.id);
    assert!(has(&people, &reset_form), "{people}");
    assert!(!has(
        &people,
        &format!("form[action='/users/{}/second-factor/reset']", admin.id)
    ));
    let reset = admin_browser
        .post_form(&format!("/users/{}/second-factor/reset", staff.id), &[])
        .await;
    reset.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(reset.header("location"), "/users");
    assert!(stored(&app, &staff).await.is_none());
    assert_eq!(
        recovery_code::Entity::find()
            .filter(recovery_code::Column::UserId.eq(staff.id))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    let audit = audited(&app, "second_factor_reset", &staff).await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].actor_id, Some(admin.id));
    assert_eq!(audit[0].before.as_ref().unwrap()["second_factor"], "on");
    assert_eq!(audit[0].after.as_ref().unwrap()["sessions_ended"], 1);

    // The staff member's session has ended; at the next sign-in they set up a new one.
    let ended = staff_browser.get("/applications").await;
    assert!(ended.header("location").starts_with("/login"));
    assert_eq!(
        password(&mut staff_browser, &staff).await,
        "/account/second-factor"
    );
    staff_browser
        .get("/applications")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let (_, codes) = enrol(&app, &mut staff_browser, &staff).await;
    assert_eq!(codes.len(), 10);
    staff_browser
        .get("/applications")
        .await
        .assert_status(StatusCode::OK);

    // Staff cannot reset anyone's; nor can an admin reset what is not there.
    let other = app.user(Role::Staff, None).await;
    let mut colleague = app.browser();
    password(&mut colleague, &other).await;
    enrol(&app, &mut colleague, &other).await;
    colleague
        .post_form(&format!("/users/{}/second-factor/reset", staff.id), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    // Nothing to reset: the People page says so at the person's row, and nothing is recorded.
    let none = admin_browser
        .post_form(&format!("/users/{}/second-factor/reset", admin.id), &[])
        .await;
    none.assert_status(StatusCode::CONFLICT);
    let html = none.text();
    crate::helpers::assert_refused_form(
        &html,
        &format!("second_factor-{}-error", admin.id),
        "This person has no second factor to reset.",
    );
    assert!(has(
        &html,
        &format!(".error-summary a[href='#second_factor-{}']", admin.id)
    ));
    assert!(
        audited(&app, "second_factor_reset", &admin)
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn a_member_signs_in_without_one_and_may_turn_it_on() {
    let app = requiring().await;
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.browser();
    assert_eq!(password(&mut browser, &member).await, "/start");
    browser
        .get("/applications")
        .await
        .assert_status(StatusCode::OK);
    let account = browser.get("/account").await.text();
    assert_eq!(
        select(&account, "a[href='/account/second-factor']"),
        ["Set up two-factor sign-in"]
    );

    let (secret, _) = enrol(&app, &mut browser, &member).await;
    // Enrolling signed this browser in fully: it goes on.
    browser
        .get("/applications")
        .await
        .assert_status(StatusCode::OK);
    let mut later = app.browser();
    assert_eq!(
        password(&mut later, &member).await,
        "/sign-in/second-factor"
    );
    submit_code(&mut later, &code(&secret, 30))
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // Turning it off takes a code; a wrong one is refused next to the field.
    let refused = later
        .post_form(
            "/account/second-factor/turn-off",
            &[("code", &wrong_code(&secret))],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    crate::helpers::assert_refused_form(
        &refused.text(),
        "code-error",
        "This code is not right. Type the six digits your app shows now, or one of your recovery codes.",
    );
    assert!(stored(&app, &member).await.is_some());
}

#[tokio::test]
async fn a_member_turns_it_off_with_a_code_and_signs_in_with_the_password_again() {
    let app = requiring().await;
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;
    let (_, codes) = enrol(&app, &mut browser, &member).await;
    let off = browser
        .post_form("/account/second-factor/turn-off", &[("code", &codes[0])])
        .await;
    off.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(off.header("location"), "/account");
    assert!(stored(&app, &member).await.is_none());
    assert_eq!(
        audited(&app, "second_factor_turned_off", &member)
            .await
            .len(),
        1
    );
    let mut later = app.browser();
    assert_eq!(password(&mut later, &member).await, "/start");
}

#[tokio::test]
async fn staff_cannot_turn_off_the_second_factor_their_role_requires() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    password(&mut browser, &staff).await;
    let (secret, _) = enrol(&app, &mut browser, &staff).await;
    let page = browser.get("/account/second-factor").await.text();
    assert!(!has(
        &page,
        "form[action='/account/second-factor/turn-off']"
    ));
    assert!(page.contains("cannot be turned off"));
    let refused = browser
        .post_form(
            "/account/second-factor/turn-off",
            &[("code", &code(&secret, 30))],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    // The page again: it says why, and it is not turned off.
    crate::helpers::assert_refused_form(
        &refused.text(),
        "turn-off-message",
        "Two-factor sign-in is not turned off: your role requires it.",
    );
    assert!(stored(&app, &staff).await.unwrap().confirmed_at.is_some());
    assert!(
        audited(&app, "second_factor_turned_off", &staff)
            .await
            .is_empty()
    );
}

/// A browser waiting for its code cannot set up a second factor of its own instead.
#[tokio::test]
async fn a_browser_waiting_for_a_code_cannot_set_up_another_second_factor() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut first = app.browser();
    password(&mut first, &staff).await;
    let (secret, _) = enrol(&app, &mut first, &staff).await;

    let mut thief = app.browser();
    password(&mut thief, &staff).await;
    let token = thief.csrf_token_of("/sign-in/second-factor").await;
    let attempt = thief
        .post_form_raw(
            "/account/second-factor",
            &[("csrf_token", &token), ("code", "123456")],
        )
        .await;
    attempt.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(attempt.header("location"), "/sign-in/second-factor");
    assert_eq!(stored(&app, &staff).await.unwrap().secret, secret);
    // A form of the code page needs its CSRF token too.
    thief
        .post_form_raw("/sign-in/second-factor", &[("code", &code(&secret, 30))])
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

/// A key being set up is shown to one browser only: another that signs in with the password
/// (someone who learnt it) gets a key of its own, which replaces the first; neither ever holds
/// the key the other sets up.
#[tokio::test]
async fn a_key_being_set_up_is_shown_to_one_browser_only() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let mut first = app.browser();
    password(&mut first, &staff).await;
    let first_key = secret_on_page(&mut first).await;
    // Opening the page again in this browser shows the same key.
    let token = first.csrf_token_of("/account/second-factor").await;
    assert_eq!(stored(&app, &staff).await.unwrap().secret, first_key);
    let mut second = app.browser();
    second.address = "198.51.100.66".parse().unwrap();
    password(&mut second, &staff).await;
    let second_key = secret_on_page(&mut second).await;
    assert_ne!(first_key, second_key);
    assert_eq!(stored(&app, &staff).await.unwrap().secret, second_key);

    let replaced = first
        .post_form_raw(
            "/account/second-factor",
            &[("csrf_token", &token), ("code", &code(&first_key, 0))],
        )
        .await;
    replaced.assert_status(StatusCode::CONFLICT);
    assert!(replaced.text().contains("set up in another browser"));
    assert!(stored(&app, &staff).await.unwrap().confirmed_at.is_none());
    // Opening the page again shows the first browser a new key, which it can set up.
    let third_key = secret_on_page(&mut first).await;
    assert_ne!(third_key, second_key);
    first
        .post_form_of(
            "/account/second-factor",
            "/account/second-factor",
            &[("code", &code(&third_key, 0))],
        )
        .await
        .assert_status(StatusCode::OK);
    assert_eq!(
        audited(&app, "second_factor_enrolment_started", &staff)
            .await
            .len(),
        3
    );
}

/// API tokens are a credential of their own, made in a browser signed in fully: they go on
/// working for people whose role requires a second factor.
#[tokio::test]
async fn api_tokens_are_not_asked_for_a_second_factor() {
    let app = requiring().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    app.with_token(&token, Method::GET, "/api/v1/applications", None)
        .await
        .assert_status(StatusCode::OK);
}

/// A session whose stage the code does not know is an error, never a guess.
#[tokio::test]
async fn a_session_with_an_unknown_stage_answers_500() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    app.db
        .execute_unprepared("UPDATE sessions SET stage = 'complete'")
        .await
        .unwrap();
    browser
        .get("/applications")
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    app.db
        .execute_unprepared("UPDATE sessions SET stage = 'password'")
        .await
        .unwrap();
    browser
        .get("/applications")
        .await
        .assert_status(StatusCode::OK);
}
