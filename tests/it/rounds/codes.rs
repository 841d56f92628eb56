//! A round's code, chosen by staff (`IIA-2027A`): required, well-formed and unique, through the
//! API and the form alike; and its applications' references, `<code>-0001`, `<code>-0002`...,
//! counted in each round on its own, so that several rounds can open in one year.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, TestResponse, application_body, select};

/// A round's body for the API: open from an hour ago for thirty days, with two tiers.
fn round_body(name: &str, code: &str) -> serde_json::Value {
    let now = chrono::Utc::now();
    json!({
        "name": name,
        "code": code,
        "opens_at": (now - chrono::Duration::hours(1)).to_rfc3339(),
        "closes_at": (now + chrono::Duration::days(30)).to_rfc3339(),
        "currency": "USD",
        "budget": "50000.00",
        "tiers": [
            {"name": "low", "max_amount": "2000.00"},
            {"name": "high", "max_amount": "5000.00"}
        ]
    })
}

async fn create_round(app: &TestApp, token: &str, name: &str, code: &str) -> TestResponse {
    app.with_token(
        token,
        Method::POST,
        "/api/v1/rounds",
        Some(round_body(name, code)),
    )
    .await
}

/// A member's application to `round`, drafted through the API; returns its id.
async fn draft(app: &TestApp, member: &str, round: i64) -> i64 {
    let response = app
        .with_token(
            member,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "low", "100.00")),
        )
        .await;
    response.assert_status(StatusCode::CREATED);
    response.json()["id"].as_i64().unwrap()
}

async fn submit(app: &TestApp, member: &str, application: i64) -> String {
    let response = app
        .with_token(
            member,
            Method::POST,
            &format!("/api/v1/applications/{application}/submit"),
            Some(json!({})),
        )
        .await;
    response.assert_status(StatusCode::OK);
    response.json()["reference"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn two_rounds_open_in_one_year_and_number_their_applications_each_under_its_code() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let first = create_round(&app, &token, "Investing in Action, spring", "IIA-2027A").await;
    first.assert_status(StatusCode::CREATED);
    assert_eq!(first.json()["code"], "IIA-2027A");
    // Typed in lower case, kept in upper case.
    let second = create_round(&app, &token, "Investing in Action, autumn", " iia-2027b ").await;
    second.assert_status(StatusCode::CREATED);
    assert_eq!(second.json()["code"], "IIA-2027B");
    // Both open in the same year, which references by year (one round a year) did not allow.
    let year = |round: &TestResponse| round.json()["opens_at"].as_str().unwrap()[..4].to_owned();
    assert_eq!(year(&first), year(&second));
    let (a, b) = (
        first.json()["id"].as_i64().unwrap(),
        second.json()["id"].as_i64().unwrap(),
    );
    let read = app
        .with_token(&token, Method::GET, &format!("/api/v1/rounds/{b}"), None)
        .await;
    assert_eq!(read.json()["code"], "IIA-2027B");

    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.member_token(org).await;
    // Submitted one after the other, in turn: each round counts its own.
    let mut references = Vec::new();
    for round in [a, b, a, b, a] {
        let id = draft(&app, &member, round).await;
        references.push(submit(&app, &member, id).await);
    }
    assert_eq!(
        references,
        [
            "IIA-2027A-0001",
            "IIA-2027B-0001",
            "IIA-2027A-0002",
            "IIA-2027B-0002",
            "IIA-2027A-0003"
        ]
    );

    // Submitted all at once, in both rounds: still no gap and no repeat in either.
    let mut drafts = Vec::new();
    for _ in 0..6 {
        drafts.push(draft(&app, &member, a).await);
        drafts.push(draft(&app, &member, b).await);
    }
    let mut at_once: Vec<String> =
        futures_util::future::join_all(drafts.iter().map(|id| submit(&app, &member, *id))).await;
    at_once.sort();
    let expected: Vec<String> = (4..=9)
        .map(|n| format!("IIA-2027A-{n:04}"))
        .chain((3..=8).map(|n| format!("IIA-2027B-{n:04}")))
        .collect();
    assert_eq!(at_once, expected);
}

#[tokio::test]
async fn a_code_another_round_has_is_refused_on_the_code_field() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    create_round(&app, &token, "Investing in Action, spring", "IIA-2027A")
        .await
        .assert_status(StatusCode::CREATED);

    let again = create_round(&app, &token, "Investing in Action, again", "iia-2027a").await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let message = again.json()["fields"]["code"][0]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.contains("'IIA-2027A' is already the code of the round")
            && message.contains("Investing in Action, spring"),
        "{message}"
    );

    // Nor can another round take it later.
    let other = create_round(&app, &token, "Investing in Action, autumn", "IIA-2027B").await;
    other.assert_status(StatusCode::CREATED);
    let uri = format!("/api/v1/rounds/{}", other.json()["id"]);
    let patched = app
        .with_token(
            &token,
            Method::PATCH,
            &uri,
            Some(json!({"code": "IIA-2027A"})),
        )
        .await;
    patched.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        patched.json()["fields"]["code"][0]
            .as_str()
            .unwrap()
            .contains("already the code")
    );
    let kept = app.with_token(&token, Method::GET, &uri, None).await.json();
    assert_eq!(kept["code"], "IIA-2027B");
}

#[tokio::test]
async fn two_rounds_created_at_once_with_one_code_make_one_round_and_a_422() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let answers = futures_util::future::join_all((0..4).map(|i| {
        let name = format!("Investing in Action {i}");
        let token = token.clone();
        let app = &app;
        async move { create_round(app, &token, &name, "IIA-2027A").await }
    }))
    .await;
    let statuses: Vec<StatusCode> = answers.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1,
        "{statuses:?}"
    );
    for refused in answers.iter().filter(|a| a.status != StatusCode::CREATED) {
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.json()["fields"]["code"][0]
                .as_str()
                .unwrap()
                .contains("already the code")
        );
    }
}

#[tokio::test]
async fn the_database_itself_refuses_a_second_round_with_a_code() {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let code = app.round_code(round).await;
    let mut copy = clearway::rounds::model::get(&app.db, round)
        .await
        .unwrap()
        .model
        .into_active_model();
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.name = Set("Another name".into());
    copy.code = Set(code);
    assert!(copy.insert(&app.db).await.is_err());
}

#[tokio::test]
async fn a_malformed_or_missing_code_is_refused_on_the_code_field() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    for (code, says) in [
        ("", "is required"),
        ("I", "2 to 20 characters"),
        ("IIA-2027-AUTUMN-ROUND", "2 to 20 characters"),
        ("2027A", "start with a letter"),
        ("IIA 2027", "letters A to Z, digits and hyphens"),
        ("IIA_2027", "letters A to Z, digits and hyphens"),
    ] {
        let refused = create_round(&app, &token, "Investing in Action", code).await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        let message = refused.json()["fields"]["code"][0]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(message.contains(says), "{code:?}: {message}");
    }
    let mut without = round_body("Investing in Action", "X");
    without.as_object_mut().unwrap().remove("code");
    let refused = app
        .with_token(&token, Method::POST, "/api/v1/rounds", Some(without))
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.json()["fields"]["code"][0], "is required");
    // None was made.
    let list = app
        .with_token(&token, Method::GET, "/api/v1/rounds", None)
        .await;
    assert_eq!(list.json()["total"], 0);
}

#[tokio::test]
async fn a_code_changes_until_an_application_is_submitted_and_then_stays() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let uri = format!("/api/v1/rounds/{round}");
    let renamed = app
        .with_token(
            &token,
            Method::PATCH,
            &uri,
            Some(json!({"code": "IIA-2027C"})),
        )
        .await;
    renamed.assert_status(StatusCode::OK);
    assert_eq!(renamed.json()["code"], "IIA-2027C");

    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.member_token(org).await;
    let id = draft(&app, &member, round).await;
    assert_eq!(submit(&app, &member, id).await, "IIA-2027C-0001");

    let refused = app
        .with_token(
            &token,
            Method::PATCH,
            &uri,
            Some(json!({"code": "IIA-2027D"})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.json()["fields"]["code"][0]
            .as_str()
            .unwrap()
            .contains("cannot change once applications have been submitted")
    );
    // Other changes still go through, the code given again as it is.
    app.with_token(
        &token,
        Method::PATCH,
        &uri,
        Some(json!({"code": "iia-2027c", "budget": "12000.00"})),
    )
    .await
    .assert_status(StatusCode::OK);
    let kept = app.with_token(&token, Method::GET, &uri, None).await.json();
    assert_eq!(kept["code"], "IIA-2027C");
}

/// The value attribute of the element `css` selects.
fn value_of(html: &str, css: &str) -> Option<String> {
    let selector = scraper::Selector::parse(css).unwrap();
    scraper::Html::parse_document(html)
        .select(&selector)
        .next()
        .and_then(|e| e.value().attr("value").map(str::to_owned))
}

#[tokio::test]
async fn the_round_form_shows_a_code_s_error_beside_it_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let blank = browser.get("/rounds/new").await;
    blank.assert_status(StatusCode::OK);
    assert_eq!(select(&blank.text(), "label[for=code]"), ["Code"]);
    assert!(select(&blank.text(), "#code-help")[0].contains("IIA-2027A-0001"));

    let now = chrono::Utc::now();
    let opens = (now - chrono::Duration::hours(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let closes = (now + chrono::Duration::days(30))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let form = |name: &'static str, code: &'static str| {
        vec![
            ("name", name),
            ("code", code),
            ("programme", "Investing in Action"),
            ("opens_at", opens.as_str()),
            ("closes_at", closes.as_str()),
            ("currency", "USD"),
            ("budget", "50000.00"),
            ("tier_name", "low"),
            ("tier_max", "2000.00"),
        ]
    };
    let refused = browser
        .post_form("/rounds", &form("Investing in Action, spring", "27 spring"))
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    let error = select(&page, ".field.has-error #code-error");
    assert_eq!(error.len(), 1, "{page}");
    assert!(error[0].contains("letters A to Z"), "{error:?}");
    assert_eq!(value_of(&page, "input#code").as_deref(), Some("27 spring"));
    assert_eq!(
        value_of(&page, "input#name").as_deref(),
        Some("Investing in Action, spring")
    );

    let created = browser
        .post_form("/rounds", &form("Investing in Action, spring", "iia-2027a"))
        .await;
    created.assert_status(StatusCode::SEE_OTHER);
    let show = created.header("location").to_owned();
    let page = browser.get(&show).await.text();
    assert!(
        select(&page, ".round-code")[0].starts_with("IIA-2027A"),
        "{page}"
    );

    // A second round under the same code: refused beside the field, naming the other round.
    let twice = browser
        .post_form("/rounds", &form("Investing in Action, autumn", "IIA-2027A"))
        .await;
    twice.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = twice.text();
    let error = select(&page, "#code-error");
    assert!(
        error[0].contains("'IIA-2027A' is already the code of the round"),
        "{error:?}"
    );
    assert_eq!(value_of(&page, "input#code").as_deref(), Some("IIA-2027A"));

    // The edit form starts from the saved code.
    let id = show.trim_start_matches("/rounds/");
    let edit = browser.get(&format!("/rounds/{id}/edit")).await.text();
    assert_eq!(value_of(&edit, "input#code").as_deref(), Some("IIA-2027A"));
    // The list shows it beside the round's name.
    let list = browser.get("/rounds").await.text();
    assert_eq!(select(&list, "tbody .round-code"), ["IIA-2027A"]);
}
