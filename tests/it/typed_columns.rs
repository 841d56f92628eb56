//! Stored values the code does not know are refused loudly, on both databases: an organization's
//! kind or membership status, a person's role or time zone, a round's currency, an outbox
//! message's status, each spelled another way (as a hand or another version may write it),
//! makes what reads it answer 500, never a default (an unknown role is not "signed out", an
//! unknown membership status is not "active"); spelled right again, the same request succeeds.
//! Awards, applications and coordination requests have their own tests of this.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, TestResponse, set_stored};

fn assert_internal(response: &TestResponse, what: &str) {
    assert_eq!(
        response.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {}",
        response.text()
    );
}

#[tokio::test]
async fn an_organization_with_an_unknown_kind_or_status_answers_500() {
    let app = TestApp::spawn().await;
    let org = app.organization("Campaña Colombiana", "COL").await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let mut browser = app.signed_in(&staff).await;
    let api = format!("/api/v1/organizations/{org}");
    let page = format!("/organizations/{org}");

    for (column, unknown, known) in [
        ("kind", "National campaign", "national_campaign"),
        ("membership_status", "Active", "active"),
    ] {
        set_stored(&app, "organizations", column, org, unknown).await;
        let what = format!("organizations.{column} = {unknown}");
        let answer = app.with_token(&token, Method::GET, &api, None).await;
        assert_internal(&answer, &what);
        assert_eq!(answer.json()["error"], "internal", "{what}");
        assert_internal(&browser.get(&page).await, &what);
        // The list reads it too, rather than leaving it out.
        assert_internal(
            &app.with_token(&token, Method::GET, "/api/v1/organizations", None)
                .await,
            &what,
        );

        set_stored(&app, "organizations", column, org, known).await;
        let answer = app.with_token(&token, Method::GET, &api, None).await;
        answer.assert_status(StatusCode::OK);
        assert_eq!(answer.json()[column], known);
        browser.get(&page).await.assert_status(StatusCode::OK);
    }
}

/// A person whose stored role is unknown is neither signed out nor given some role: every
/// request they make answers 500, with their token and with their session alike.
#[tokio::test]
async fn a_person_with_an_unknown_role_or_time_zone_gets_500_not_a_lesser_role() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let mut browser = app.signed_in(&staff).await;

    for (column, unknown, known) in [
        ("role", "Staff", "staff"),
        ("time_zone", "Mars/Olympus_Mons", "Europe/Zurich"),
    ] {
        set_stored(&app, "users", column, staff.id, unknown).await;
        let what = format!("users.{column} = {unknown}");
        assert_internal(
            &app.with_token(&token, Method::GET, "/api/v1/organizations", None)
                .await,
            &what,
        );
        let page = browser.get("/organizations").await;
        assert_internal(&page, &what);
        assert!(page.header("location").is_empty(), "not sent to sign in");

        set_stored(&app, "users", column, staff.id, known).await;
        let again = app
            .with_token(&token, Method::GET, "/api/v1/organizations", None)
            .await;
        assert_eq!(
            again.status,
            StatusCode::OK,
            "{what} restored: {}",
            again.text()
        );
        browser
            .get("/organizations")
            .await
            .assert_status(StatusCode::OK);
    }
}

#[tokio::test]
async fn a_round_with_an_unknown_currency_answers_500() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let admin = app.user(Role::Admin, None).await;
    let token = app.token(&admin).await;
    let api = format!("/api/v1/rounds/{round}");

    set_stored(&app, "rounds", "budget_currency", round, "ZZZ").await;
    let answer = app.with_token(&token, Method::GET, &api, None).await;
    assert_internal(&answer, "rounds.budget_currency = ZZZ");
    assert_eq!(answer.json()["error"], "internal");

    set_stored(&app, "rounds", "budget_currency", round, "USD").await;
    let answer = app.with_token(&token, Method::GET, &api, None).await;
    answer.assert_status(StatusCode::OK);
    assert_eq!(answer.json()["currency"], "USD", "{}", answer.text());
    let schedule = answer.json()["report_schedule"].to_string();

    // A report kind inside its schedule (a JSON document) is read as strictly.
    let unknown = r#"[{"kind":"final","due_after_days":30}]"#;
    set_stored(&app, "rounds", "report_schedule", round, unknown).await;
    assert_internal(
        &app.with_token(&token, Method::GET, &api, None).await,
        "an unknown report kind",
    );
    set_stored(&app, "rounds", "report_schedule", round, &schedule).await;
    app.with_token(&token, Method::GET, &api, None)
        .await
        .assert_status(StatusCode::OK);

    // So is its code: one the form could not have written is not read as another.
    let code = app.round_code(round).await;
    set_stored(&app, "rounds", "code", round, &code.to_lowercase()).await;
    assert_internal(
        &app.with_token(&token, Method::GET, &api, None).await,
        "a code in lower case",
    );
    set_stored(&app, "rounds", "code", round, &code).await;
    app.with_token(&token, Method::GET, &api, None)
        .await
        .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn an_outbox_message_with_an_unknown_status_makes_the_outbox_page_answer_500() {
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    let token = app.token(&admin).await;
    app.with_token(
        &token,
        Method::POST,
        "/api/v1/users",
        Some(json!({"email": "ana@example.org", "name": "Ana", "role": "staff"})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let message = {
        use clearway::entities::outbox;
        use sea_orm::EntityTrait;
        outbox::Entity::find().one(&app.db).await.unwrap().unwrap()
    };
    assert_eq!(message.to_address, "ana@example.org");
    let mut browser = app.signed_in(&admin).await;

    set_stored(&app, "outbox", "status", message.id, "Failed").await;
    assert_internal(
        &browser.get("/admin/outbox").await,
        "outbox.status = Failed",
    );

    set_stored(&app, "outbox", "status", message.id, "failed").await;
    let page = browser.get("/admin/outbox").await;
    page.assert_status(StatusCode::OK);
    assert!(page.text().contains("ana@example.org"), "{}", page.text());
}

/// The treaty record is read whole (and kept): one event of an unknown kind makes the states
/// answer 500 rather than leave the event out, which would change a state's status silently.
#[tokio::test]
async fn a_treaty_event_of_an_unknown_kind_answers_500() {
    use clearway::entities::treaty_event;
    use sea_orm::{ActiveModelTrait, Set};
    let app = TestApp::spawn().await;
    let event = treaty_event::ActiveModel {
        state_iso3: Set("LBN".into()),
        kind: Set(clearway::treaty::EventKind::Accession),
        occurred_on: Set("2026-11-30".parse().unwrap()),
        note: Set("deposit recorded in a test".into()),
        source: Set("staff".into()),
        recorded_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    app.get("/api/v1/states/LBN")
        .await
        .assert_status(StatusCode::OK);

    set_stored(&app, "treaty_events", "kind", event.id, "Accession").await;
    assert_internal(
        &app.get("/api/v1/states/LBN").await,
        "treaty_events.kind = Accession",
    );
    assert_internal(
        &app.get("/api/v1/states?status=state_party").await,
        "treaty_events.kind = Accession",
    );

    set_stored(&app, "treaty_events", "kind", event.id, "accession").await;
    let state = app.get("/api/v1/states/LBN?on=2026-12-01").await;
    state.assert_status(StatusCode::OK);
    assert_eq!(state.json()["status"], "state_party", "{}", state.text());
}
