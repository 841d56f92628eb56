//! The operations no other test takes to success, taken once each through the API: listing
//! rounds, rejecting and withdrawing an application, terminating an award, and staff's side of
//! a coordination request (list, read, message, decline). Each answer is validated against the
//! API document as it arrives (`contract`), so that every documented success has been checked
//! against its schema at least once.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, application_body};

async fn submitted(app: &TestApp, token: &str, round: i64) -> i64 {
    let created = app
        .with_token(
            token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "low", "1500.00")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    step(app, token, "applications", id, "submit", json!({}))
        .await
        .assert_status(StatusCode::OK);
    id
}

async fn step(
    app: &TestApp,
    token: &str,
    what: &str,
    id: i64,
    step: &str,
    body: serde_json::Value,
) -> crate::helpers::TestResponse {
    app.with_token(
        token,
        Method::POST,
        &format!("/api/v1/{what}/{id}/{step}"),
        Some(body),
    )
    .await
}

#[tokio::test]
async fn rounds_are_listed_and_applications_are_rejected_or_withdrawn() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Sri Lanka Campaign", "LKA").await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;

    let rounds = app
        .with_token(&member_token, Method::GET, "/api/v1/rounds", None)
        .await;
    rounds.assert_status(StatusCode::OK);
    assert_eq!(rounds.json()["total"], 1);
    assert_eq!(rounds.json()["items"][0]["id"], round);
    assert_eq!(rounds.json()["items"][0]["phase"], "open");

    let rejected = submitted(&app, &member_token, round).await;
    let inbox = app
        .with_token(
            &staff_token,
            Method::GET,
            "/api/v1/inbox?kind=application_review",
            None,
        )
        .await;
    inbox.assert_status(StatusCode::OK);
    let waiting = &inbox.json()["groups"][0]["items"][0];
    assert_eq!(
        waiting["reason_label"],
        "Waiting for review",
        "{}",
        inbox.text()
    );
    step(
        &app,
        &staff_token,
        "applications",
        rejected,
        "start-review",
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    let answer = step(
        &app,
        &staff_token,
        "applications",
        rejected,
        "reject",
        json!({"reason": "Another campaign covers this state this year."}),
    )
    .await;
    answer.assert_status(StatusCode::OK);
    assert_eq!(answer.json()["status"], "rejected", "{}", answer.text());

    let withdrawn = submitted(&app, &member_token, round).await;
    let answer = step(
        &app,
        &member_token,
        "applications",
        withdrawn,
        "withdraw",
        json!({}),
    )
    .await;
    answer.assert_status(StatusCode::OK);
    assert_eq!(answer.json()["status"], "withdrawn", "{}", answer.text());
    // Final: neither can move again.
    step(
        &app,
        &member_token,
        "applications",
        withdrawn,
        "resubmit",
        json!({}),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
}

#[tokio::test]
async fn an_award_is_terminated_with_its_reason() {
    let app = TestApp::spawn().await;
    let (award, _, _, staff_token, _) = crate::awards::approved(&app, "2000.00").await;
    let without = step(&app, &staff_token, "awards", award, "terminate", json!({})).await;
    without.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let answer = step(
        &app,
        &staff_token,
        "awards",
        award,
        "terminate",
        json!({"reason": "The organization has closed."}),
    )
    .await;
    answer.assert_status(StatusCode::OK);
    assert_eq!(answer.json()["status"], "terminated", "{}", answer.text());
}

#[tokio::test]
async fn staff_list_read_answer_and_decline_a_coordination_request() {
    let app = TestApp::spawn().await;
    app.organization("Myanmar Campaign", "MMR").await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let receipt = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            crate::coordination::request_body("MMR", "walk-1").to_string(),
        )
        .await;
    receipt.assert_status(StatusCode::CREATED);
    let reference = receipt.json()["reference"].clone();

    let list = app
        .with_token(&token, Method::GET, "/api/v1/coordination-requests", None)
        .await;
    list.assert_status(StatusCode::OK);
    assert_eq!(list.json()["total"], 1);
    assert_eq!(list.json()["items"][0]["reference"], reference);
    // Each request is listed with its flags, and read with them.
    assert_eq!(
        list.json()["items"][0]["flags"][0]["reason"],
        "member_present"
    );
    let id = list.json()["items"][0]["id"].as_i64().unwrap();

    let path = format!("/api/v1/coordination-requests/{id}");
    let read = app.with_token(&token, Method::GET, &path, None).await;
    read.assert_status(StatusCode::OK);
    assert_eq!(read.json()["target_state"], "MMR");
    assert_eq!(read.json()["status"], "received");
    assert_eq!(read.json()["flags"][0]["reason"], "member_present");
    // Sent again with the same key: the same receipt, with the same flags.
    let replay = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            crate::coordination::request_body("MMR", "walk-1").to_string(),
        )
        .await;
    replay.assert_status(StatusCode::OK);
    assert_eq!(replay.json()["flags"], json!(["member_present"]));

    let message = app
        .with_token(
            &token,
            Method::POST,
            &format!("{path}/messages"),
            Some(json!({"message": "We will write to you within the week."})),
        )
        .await;
    message.assert_status(StatusCode::CREATED);

    let declined = step(
        &app,
        &token,
        "coordination-requests",
        id,
        "decline",
        json!({"message": "The window is too close to the national elections."}),
    )
    .await;
    declined.assert_status(StatusCode::OK);
    assert_eq!(declined.json()["status"], "declined", "{}", declined.text());
    let read = app.with_token(&token, Method::GET, &path, None).await;
    assert_eq!(read.json()["status"], "declined");
}
