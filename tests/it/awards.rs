//! Awards after the decision: the schedule, payments, reports, reminders, completion.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, application_body};

/// An application approved for `amount` in a fresh open round; returns (award id, member
/// token, member email, staff token, finance token).
pub async fn approved(app: &TestApp, amount: &str) -> (i64, String, String, String, String) {
    approved_from(app, amount, "2027-01-01").await
}

/// Like [`approved`], with the agreement's signature recorded (so that the installment due on
/// signature may be approved).
pub async fn approved_signed(app: &TestApp, amount: &str) -> (i64, String, String, String, String) {
    let approved = approved(app, amount).await;
    app.with_token(
        &approved.3,
        Method::POST,
        &format!("/api/v1/awards/{}/signature", approved.0),
        Some(json!({"signed_on": "2026-11-02"})),
    )
    .await
    .assert_status(StatusCode::OK);
    approved
}

/// Like [`approved`], the award starting on `starts_on`.
pub async fn approved_from(
    app: &TestApp,
    amount: &str,
    starts_on: &str,
) -> (i64, String, String, String, String) {
    let round = app.open_round().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let finance = app.user(Role::Finance, None).await;
    let finance_token = app.token(&finance).await;
    let created = app
        .with_token(
            &member_token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    for (token, step, body) in [
        (&member_token, "submit", json!({})),
        (&staff_token, "start-review", json!({})),
        (
            &staff_token,
            "approve",
            json!({"amount": amount, "starts_on": starts_on}),
        ),
    ] {
        app.with_token(
            token,
            Method::POST,
            &format!("/api/v1/applications/{id}/{step}"),
            Some(body),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    let award = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/awards?organization_id={org}"),
            None,
        )
        .await
        .json()["items"][0]["id"]
        .as_i64()
        .unwrap();
    (
        award,
        member_token,
        member.email,
        staff_token,
        finance_token,
    )
}

pub async fn award(app: &TestApp, token: &str, id: i64) -> Value {
    app.with_token(token, Method::GET, &format!("/api/v1/awards/{id}"), None)
        .await
        .json()
}

async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> crate::helpers::TestResponse {
    app.with_token(token, Method::POST, path, Some(body)).await
}

#[tokio::test]
async fn an_award_is_paid_reported_on_and_completed() {
    let app = TestApp::spawn().await;
    let (id, member, _, staff, finance) = approved(&app, "3333.33").await;

    // The proposed schedule: 70% on signature, the rest after the final report; it adds up.
    let a = award(&app, &staff, id).await;
    assert_eq!(a["status"], "active");
    assert_eq!(a["disbursements"][0]["amount"], "2333.33");
    assert_eq!(a["disbursements"][0]["due_on"], "2027-01-01");
    assert_eq!(a["disbursements"][1]["amount"], "1000.00");
    assert_eq!(a["disbursements"][1]["due_on"], "2028-01-31");
    assert_eq!(a["unscheduled"], "0.00");
    let kinds: Vec<&str> = a["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["final_narrative", "final_financial"]);
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    let second = a["disbursements"][1]["id"].as_i64().unwrap();

    // The agreement's signature date: not in the future; recorded by staff.
    assert_eq!(a["signed_on"], Value::Null);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/signature"),
        json!({"signed_on": "2999-01-01"}),
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    post(
        &app,
        &member,
        &format!("/api/v1/awards/{id}/signature"),
        json!({"signed_on": "2026-11-02"}),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let signed = post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/signature"),
        json!({"signed_on": "2026-11-02"}),
    )
    .await;
    signed.assert_status(StatusCode::OK);
    assert_eq!(signed.json()["signed_on"], "2026-11-02");

    // Staff cannot pay; finance pays only what is approved, once.
    post(
        &app,
        &staff,
        &format!("/api/v1/disbursements/{first}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/pay"),
        json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-1"}),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    let missing = post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/pay"),
        json!({}),
    )
    .await;
    missing.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.json()["fields"]["payment_reference"].is_array());
    let paid = post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/pay"),
        json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-1"}),
    )
    .await;
    paid.assert_status(StatusCode::OK);
    assert_eq!(paid.json()["paid"], "2333.33");
    let twice = post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/pay"),
        json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-1"}),
    )
    .await;
    twice.assert_status(StatusCode::CONFLICT);
    assert_eq!(
        twice.json()["message"],
        "an installment that is Paid cannot be paid"
    );

    // Completion waits for the reports and the last installment.
    let early = post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/complete"),
        json!({}),
    )
    .await;
    early.assert_status(StatusCode::CONFLICT);
    assert!(
        early.json()["message"]
            .as_str()
            .unwrap()
            .contains("2 of its reports are not accepted yet")
    );

    // The member reports; a financial report without spending is refused beside the field.
    let reports: Vec<i64> = a["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    post(&app, &member, &format!("/api/v1/reports/{}/submit", reports[0]), json!({"narrative": "Two meetings held.", "outcomes": ["A meeting with the Ministry of Defence", "A pledge to consider accession"]}))
        .await
        .assert_status(StatusCode::OK);
    let no_spending = post(
        &app,
        &member,
        &format!("/api/v1/reports/{}/submit", reports[1]),
        json!({"narrative": "Spent as planned."}),
    )
    .await;
    no_spending.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_spending.json()["fields"]["spending"].is_array());
    post(&app, &member, &format!("/api/v1/reports/{}/submit", reports[1]), json!({"narrative": "Spent as planned.", "spending": [{"category": "travel", "amount": "3100.00"}]}))
        .await
        .assert_status(StatusCode::OK);
    // A report can be read back whole: by its organization and by staff, not by another one.
    let read = app
        .with_token(
            &member,
            Method::GET,
            &format!("/api/v1/reports/{}", reports[1]),
            None,
        )
        .await;
    read.assert_status(StatusCode::OK);
    let read = read.json();
    assert_eq!(read["narrative"], "Spent as planned.");
    assert_eq!(
        read["spending"],
        json!([{"category": "travel", "amount": "3100.00"}])
    );
    assert_eq!(read["status"], "submitted");
    let narrative = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/reports/{}", reports[0]),
            None,
        )
        .await;
    narrative.assert_status(StatusCode::OK);
    assert_eq!(
        narrative.json()["outcomes"],
        json!([
            "A meeting with the Ministry of Defence",
            "A pledge to consider accession"
        ])
    );
    let elsewhere = app.organization("Laos Campaign", "LAO").await;
    let stranger = app.user(Role::Member, Some(elsewhere)).await;
    let stranger = app.token(&stranger).await;
    app.with_token(
        &stranger,
        Method::GET,
        &format!("/api/v1/reports/{}", reports[1]),
        None,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    // Staff send one back; the member resubmits; staff accept both.
    post(
        &app,
        &member,
        &format!("/api/v1/reports/{}/accept", reports[0]),
        json!({}),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    post(
        &app,
        &staff,
        &format!("/api/v1/reports/{}/request-revision", reports[0]),
        json!({"message": "Name the ministry officials met."}),
    )
    .await
    .assert_status(StatusCode::OK);
    // The member's list of reports says what staff asked.
    let sent_back = app
        .with_token(
            &member,
            Method::GET,
            "/api/v1/reports?status=revision_requested",
            None,
        )
        .await
        .json();
    assert_eq!(sent_back["total"], 1);
    assert_eq!(
        sent_back["items"][0]["staff_message"],
        "Name the ministry officials met."
    );
    post(&app, &member, &format!("/api/v1/reports/{}/submit", reports[0]), json!({"narrative": "Two meetings held with the Deputy Minister.", "outcomes": ["A pledge"]}))
        .await
        .assert_status(StatusCode::OK);
    for report in &reports {
        post(
            &app,
            &staff,
            &format!("/api/v1/reports/{report}/accept"),
            json!({}),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    let listed = app
        .with_token(
            &member,
            Method::GET,
            "/api/v1/reports?status=accepted",
            None,
        )
        .await
        .json();
    assert_eq!(listed["total"], 2);

    // The last installment, then completion.
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{second}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{second}/pay"),
        json!({"paid_on": "2026-11-27", "payment_reference": "WIRE-2"}),
    )
    .await
    .assert_status(StatusCode::OK);
    let done = post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/complete"),
        json!({}),
    )
    .await;
    done.assert_status(StatusCode::OK);
    assert_eq!(done.json()["status"], "completed");
    assert_eq!(done.json()["paid"], "3333.33");

    // Budgets: the round's figures and the roll-up by state.
    let by_state = app
        .with_token(&finance, Method::GET, "/api/v1/budgets?by=state", None)
        .await
        .json();
    let azerbaijan = by_state["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "AZE")
        .unwrap();
    assert_eq!(azerbaijan["label"], "Azerbaijan");
    assert_eq!(azerbaijan["currency"], "USD");
    assert_eq!(azerbaijan["requested"], "4000.00");
    assert_eq!(azerbaijan["awarded"], "3333.33");
    assert_eq!(azerbaijan["disbursed"], "3333.33");
    assert_eq!(azerbaijan["reported"], "3100.00");
    assert_eq!(azerbaijan["left"], "0.00");
    let round_id = done.json()["round_id"].as_i64().unwrap();
    let budget = app
        .with_token(
            &finance,
            Method::GET,
            &format!("/api/v1/rounds/{round_id}/budget"),
            None,
        )
        .await
        .json();
    assert_eq!(budget["disbursed"], "3333.33");
    app.with_token(&member, Method::GET, "/api/v1/budgets", None)
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn concurrent_payments_pay_an_installment_once() {
    let app = TestApp::spawn().await;
    let (id, _, _, _, finance) = approved_signed(&app, "1000.00").await;
    let first = award(&app, &finance, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    let path = format!("/api/v1/disbursements/{first}/pay");
    let answers = futures_util::future::join_all((0..8).map(|i| {
        post(
            &app,
            &finance,
            &path,
            json!({"paid_on": "2026-11-20", "payment_reference": format!("WIRE-{i}")}),
        )
    }))
    .await;
    let paid = answers
        .iter()
        .filter(|r| r.status == StatusCode::OK)
        .count();
    assert_eq!(paid, 1);
    for other in answers.iter().filter(|r| r.status != StatusCode::OK) {
        other.assert_status(StatusCode::CONFLICT);
    }
    assert_eq!(award(&app, &finance, id).await["paid"], "700.00");
}

#[tokio::test]
async fn a_schedule_always_adds_up_and_payments_never_exceed_the_award() {
    let app = TestApp::spawn().await;
    let (id, member, _, staff, finance) = approved_signed(&app, "1000.00").await;
    let a = award(&app, &staff, id).await;
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    // Cancelling leaves 700.00 unscheduled until staff rebalance.
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/cancel"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let cancelled = post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/cancel"),
        json!({"reason": "Bank details changed"}),
    )
    .await;
    cancelled.assert_status(StatusCode::OK);
    assert_eq!(cancelled.json()["unscheduled"], "700.00");
    // A schedule that does not add up is refused with the figures.
    // A condition the service cannot check is refused beside its field.
    let unknown = post(&app, &staff, &format!("/api/v1/awards/{id}/schedule"), json!({"installments": [{"amount": "700.00", "due_on": "2027-02-01", "condition": "new bank"}]})).await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown.json()["fields"]["installments[0].condition"][0]
            .as_str()
            .unwrap()
            .contains("is not a condition"),
        "{}",
        unknown.text()
    );
    let wrong = post(&app, &staff, &format!("/api/v1/awards/{id}/schedule"), json!({"installments": [{"amount": "500.00", "due_on": "2027-02-01", "condition": "on_signature", "condition_note": "new bank"}]})).await;
    wrong.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.json()["fields"]["installments"][0]
            .as_str()
            .unwrap()
            .contains("not the award's 1,000.00 USD")
    );
    post(
        &app,
        &member,
        &format!("/api/v1/awards/{id}/schedule"),
        json!({"installments": []}),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let rebalanced = post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/schedule"),
        json!({"installments": [
            {"amount": "700.00", "due_on": "2027-02-01", "condition": "on_signature", "condition_note": "to the new account"},
            {"amount": "300.00", "due_on": "2028-01-31", "condition": "after_final_reports"}
        ]}),
    )
    .await;
    rebalanced.assert_status(StatusCode::OK);
    assert_eq!(rebalanced.json()["unscheduled"], "0.00");
    let body = rebalanced.json();
    let statuses: Vec<&str> = body["disbursements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["cancelled", "scheduled", "scheduled"]);

    // Lowering the amount below what is paid is refused; an increase beyond the round's left too.
    let new_first = rebalanced.json()["disbursements"][1]["id"]
        .as_i64()
        .unwrap();
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{new_first}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{new_first}/pay"),
        json!({"paid_on": "2026-11-25", "payment_reference": "W"}),
    )
    .await
    .assert_status(StatusCode::OK);
    let below = post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/amendments"),
        json!({"kind": "amount_change", "reason": "Less travel", "amount": "600.00"}),
    )
    .await;
    below.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let beyond = post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/amendments"),
        json!({"kind": "amount_change", "reason": "More work", "amount": "99000.00"}),
    )
    .await;
    beyond.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        beyond.json()["fields"]["amount"][0]
            .as_str()
            .unwrap()
            .contains("more than the round has left")
    );
    // A no-cost extension moves the end and the final reports with it.
    let before = award(&app, &staff, id).await;
    let extended = post(&app, &staff, &format!("/api/v1/awards/{id}/amendments"), json!({"kind": "extension", "reason": "Elections postponed the meetings", "ends_on": "2028-03-01"})).await;
    extended.assert_status(StatusCode::CREATED);
    let after = extended.json();
    assert_eq!(after["ends_on"], "2028-03-01");
    assert_eq!(before["reports"][0]["due_on"], "2028-01-31");
    assert_eq!(after["reports"][0]["due_on"], "2028-03-31");
    assert_eq!(
        after["amendments"][0]["reason"],
        "Elections postponed the meetings"
    );
    // Suspended awards are not paid.
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/suspend"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/suspend"),
        json!({"reason": "Audit"}),
    )
    .await
    .assert_status(StatusCode::OK);
    let last = after["disbursements"][2]["id"].as_i64().unwrap();
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{last}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/resume"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn reminders_arrive_before_on_the_day_and_weekly_after_never_twice() {
    let app = TestApp::spawn().await;
    let (id, _, member_email, staff, _) = approved(&app, "1000.00").await;
    let due = award(&app, &staff, id).await["reports"][0]["due_on"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(due, "2028-01-31");
    let at = |day: &str| -> chrono::DateTime<chrono::Utc> {
        format!("{day}T06:00:00Z").parse().unwrap()
    };
    for (day, expected) in [
        ("2028-01-10", 0),
        ("2028-01-17", 2), // 14 days before: both final reports
        ("2028-01-18", 2),
        ("2028-01-31", 4), // on the day
        ("2028-02-06", 4),
        ("2028-02-07", 6), // a week overdue
        ("2028-02-14", 8), // two weeks
    ] {
        clearway::awards::commands::send_reminders(&app.state, at(day))
            .await
            .unwrap();
        clearway::awards::commands::send_reminders(&app.state, at(day))
            .await
            .unwrap();
        assert_eq!(
            reminders(&app, &member_email).await.len(),
            expected,
            "on {day}"
        );
    }
    let subjects = reminders(&app, &member_email).await;
    assert!(subjects[0].ends_with("due on 31 Jan 2028"), "{subjects:?}");
    assert!(subjects[2].ends_with("due today"), "{subjects:?}");
    assert!(
        subjects[4].ends_with("overdue since 31 Jan 2028"),
        "{subjects:?}"
    );
}

/// The subjects of the report reminders sent to `email`.
async fn reminders(app: &TestApp, email: &str) -> Vec<String> {
    app.emails_to(email)
        .await
        .into_iter()
        .filter(|(s, _)| s.contains("report"))
        .map(|(s, _)| s)
        .collect()
}

#[tokio::test]
async fn budget_figures_follow_every_change_at_once() {
    let app = TestApp::spawn().await;
    let (id, _, _, _, finance) = approved_signed(&app, "1000.00").await;
    let round = award(&app, &finance, id).await["round_id"]
        .as_i64()
        .unwrap();
    let paid = |figures: &Value| {
        figures["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["disbursed"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let before = app
        .with_token(&finance, Method::GET, "/api/v1/budgets?by=state", None)
        .await
        .json();
    let round_before = app
        .with_token(
            &finance,
            Method::GET,
            &format!("/api/v1/rounds/{round}/budget"),
            None,
        )
        .await
        .json();
    assert_eq!(paid(&before), ["0.00"]);
    assert_eq!(round_before["disbursed"], "0.00");
    let first = award(&app, &finance, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/pay"),
        json!({"paid_on": "2026-11-20", "payment_reference": "W"}),
    )
    .await
    .assert_status(StatusCode::OK);
    let after = app
        .with_token(&finance, Method::GET, "/api/v1/budgets?by=state", None)
        .await
        .json();
    assert_eq!(paid(&after), ["700.00"]);
    let round_after = app
        .with_token(
            &finance,
            Method::GET,
            &format!("/api/v1/rounds/{round}/budget"),
            None,
        )
        .await
        .json();
    assert_eq!(round_after["disbursed"], "700.00");
}

#[tokio::test]
async fn installments_due_and_overdue_reports_wait_in_the_inbox() {
    let app = TestApp::spawn().await;
    // Started long ago: the first installment is due, the final reports are overdue.
    let (id, _, _, staff, _) = approved_from(&app, "1000.00", "2025-01-01").await;
    let inbox = app
        .with_token(&staff, Method::GET, "/api/v1/inbox", None)
        .await;
    inbox.assert_status(StatusCode::OK);
    let body = inbox.json();
    let rows = |kind: &str| -> Vec<Value> {
        body["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["kind"] == kind)
            .map(|g| g["items"].as_array().unwrap().clone())
            .unwrap_or_default()
    };
    let due = rows("disbursement_due");
    assert_eq!(due.len(), 2, "{body}");
    assert_eq!(due[0]["link"], format!("/awards/{id}#payments"));
    let overdue = rows("overdue_report");
    assert_eq!(overdue.len(), 2, "{body}");
    assert_eq!(overdue[0]["reason"], "overdue");
    assert_eq!(overdue[0]["reason_label"], "Report overdue");
    assert_eq!(due[0]["reason_label"], "Due: to approve");
    assert_eq!(rows("application_review").len(), 0);
}

/// The member organization is told of each step that concerns it, once per step: an
/// installment approved and paid, a report accepted or sent back (with what to revise), the
/// award suspended (with the reason) and resumed. A submission or a cancellation tells it
/// nothing.
#[tokio::test]
async fn the_member_is_told_of_each_step_once() {
    let app = TestApp::spawn().await;
    let (id, member, member_email, staff, finance) = approved_signed(&app, "2000.00").await;
    let before = app.emails_to(&member_email).await.len();
    let a = award(&app, &staff, id).await;
    let reference = a["reference"].as_str().unwrap().to_owned();
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    let reports: Vec<i64> = a["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();

    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/approve"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/pay"),
        json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-77"}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &member,
        &format!("/api/v1/reports/{}/submit", reports[0]),
        json!({"narrative": "Two meetings held.", "outcomes": ["A pledge"]}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/reports/{}/request-revision", reports[0]),
        json!({"message": "Name the ministries met."}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &member,
        &format!("/api/v1/reports/{}/submit", reports[0]),
        json!({"narrative": "Met the Ministry of Defence twice.", "outcomes": ["A pledge"]}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/reports/{}/accept", reports[0]),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/suspend"),
        json!({"reason": "The interim report is late."}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/resume"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/amendments"),
        json!({"kind": "extension", "reason": "Elections postponed the meetings", "ends_on": "2028-03-01"}),
    )
    .await
    .assert_status(StatusCode::CREATED);

    let mails = app.emails_to(&member_email).await;
    let new: Vec<&(String, String)> = mails[before..].iter().collect();
    let subjects: Vec<&str> = new.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        subjects,
        [
            format!("{reference}: installment 1 approved"),
            format!("{reference}: installment 1 paid"),
            format!("{reference}: final narrative report sent back"),
            format!("{reference}: final narrative report accepted"),
            format!("{reference}: award suspended"),
            format!("{reference}: award resumed"),
            format!("{reference}: award amended"),
        ],
        "one message per step, in order"
    );
    assert!(new[1].1.contains("WIRE-77") && new[1].1.contains("20 Nov 2026"));
    assert!(new[2].1.contains("Name the ministries met."));
    assert!(new[4].1.contains("The interim report is late."));
    assert!(new[0].1.contains(&format!("/awards/{id}")));
    assert!(
        new[6].1.contains("Elections postponed the meetings") && new[6].1.contains("1 Mar 2028")
    );
}

/// Terminating an award gives its unpaid remainder back to the round: with 70% paid, the
/// round's "left" grows by exactly the other 30%, in the round's figures and the roll-ups.
#[tokio::test]
async fn terminating_an_award_gives_the_unpaid_remainder_back_to_the_round() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff, finance) = approved_signed(&app, "1000.01").await;
    let a = award(&app, &staff, id).await;
    let round = a["round_id"].as_i64().unwrap();
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    assert_eq!(a["disbursements"][0]["amount"], "700.00");
    let path = format!("/api/v1/rounds/{round}/budget");
    let before = app
        .with_token(&staff, Method::GET, &path, None)
        .await
        .json();
    assert_eq!(before["awarded"], "1000.01");
    let budget: rust_decimal::Decimal = before["budget"].as_str().unwrap().parse().unwrap();

    for step in ["approve", "pay"] {
        post(
            &app,
            &finance,
            &format!("/api/v1/disbursements/{first}/{step}"),
            json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-1"}),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/terminate"),
        json!({"reason": "The campaign stopped."}),
    )
    .await
    .assert_status(StatusCode::OK);
    let after = app
        .with_token(&staff, Method::GET, &path, None)
        .await
        .json();
    assert_eq!(after["awarded"], "700.00", "what was paid stays spent");
    let left: rust_decimal::Decimal = after["left"].as_str().unwrap().parse().unwrap();
    assert_eq!(left, budget - rust_decimal::Decimal::new(70000, 2));
    let before_left: rust_decimal::Decimal = before["left"].as_str().unwrap().parse().unwrap();
    assert_eq!(left - before_left, rust_decimal::Decimal::new(30001, 2));
    // The roll-up by round agrees.
    let rollup = app
        .with_token(&staff, Method::GET, "/api/v1/budgets?by=round", None)
        .await
        .json();
    let line = rollup["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"].as_str() == Some(round.to_string().as_str()))
        .cloned()
        .unwrap_or_else(|| panic!("{rollup}"));
    assert_eq!(line["awarded"], "700.00");
}

#[tokio::test]
async fn an_installment_waits_for_its_condition_unless_two_people_override_it() {
    let app = TestApp::spawn().await;
    let (id, member, _, staff, finance) = approved(&app, "1000.00").await;
    let other_finance = app.user(Role::Finance, None).await;
    let other_finance = app.token(&other_finance).await;
    let a = award(&app, &finance, id).await;
    let first = &a["disbursements"][0];
    let second = &a["disbursements"][1];
    assert_eq!(first["condition"], "on_signature");
    assert_eq!(second["condition"], "after_final_reports");
    assert!(
        first["condition_unmet"]
            .as_str()
            .unwrap()
            .contains("no signature is recorded")
    );
    let (first, second) = (
        first["id"].as_i64().unwrap(),
        second["id"].as_i64().unwrap(),
    );

    // Not before the signature: 409 naming what is missing, and nothing changes.
    let refused = post(
        &app,
        &finance,
        &format!("/api/v1/disbursements/{first}/approve"),
        json!({}),
    )
    .await;
    refused.assert_status(StatusCode::CONFLICT);
    let message = refused.json()["message"].as_str().unwrap().to_owned();
    assert!(
        message.contains("due on signature of the agreement, and no signature is recorded"),
        "{message}"
    );
    assert_eq!(
        award(&app, &finance, id).await["disbursements"][0]["status"],
        "scheduled"
    );

    // The override needs a reason, and a second person.
    let path = |step: &str| format!("/api/v1/disbursements/{first}/{step}");
    post(&app, &finance, &path("override"), json!({}))
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    post(&app, &staff, &path("override"), json!({"reason": "x"}))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let asked = post(
        &app,
        &finance,
        &path("override"),
        json!({"reason": "Signed copy delayed by the post; the partner's rent is due"}),
    )
    .await;
    asked.assert_status(StatusCode::OK);
    assert_eq!(
        asked.json()["disbursements"][0]["override_reason"],
        "Signed copy delayed by the post; the partner's rent is due"
    );
    post(&app, &finance, &path("approve"), json!({}))
        .await
        .assert_status(StatusCode::CONFLICT);
    let same = post(&app, &finance, &path("override/confirm"), json!({})).await;
    same.assert_status(StatusCode::CONFLICT);
    assert!(
        same.json()["message"]
            .as_str()
            .unwrap()
            .contains("second person")
    );
    post(&app, &member, &path("override/confirm"), json!({}))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    post(&app, &other_finance, &path("override/confirm"), json!({}))
        .await
        .assert_status(StatusCode::OK);
    post(&app, &finance, &path("approve"), json!({}))
        .await
        .assert_status(StatusCode::OK);
    let log = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/audit?entity=award&entity_id={id}&per_page=50"),
            None,
        )
        .await
        .json();
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "installment_override_requested",
        "installment_override_confirmed",
        "installment_approve",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }

    // The final installment waits for every final report to be accepted.
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/signature"),
        json!({"signed_on": "2026-11-02"}),
    )
    .await
    .assert_status(StatusCode::OK);
    let last = format!("/api/v1/disbursements/{second}/approve");
    let waiting = post(&app, &finance, &last, json!({})).await;
    waiting.assert_status(StatusCode::CONFLICT);
    assert!(
        waiting.json()["message"]
            .as_str()
            .unwrap()
            .contains("the final narrative report is due"),
        "{}",
        waiting.text()
    );
    let reports: Vec<i64> = award(&app, &staff, id).await["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    post(
        &app,
        &member,
        &format!("/api/v1/reports/{}/submit", reports[0]),
        json!({"narrative": "Two meetings held.", "outcomes": ["A pledge"]}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(&app, &member, &format!("/api/v1/reports/{}/submit", reports[1]), json!({"narrative": "Spent as planned.", "spending": [{"category": "travel", "amount": "900.00"}]}))
        .await
        .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/reports/{}/accept", reports[0]),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    let one_left = post(&app, &finance, &last, json!({})).await;
    one_left.assert_status(StatusCode::CONFLICT);
    assert!(
        one_left.json()["message"]
            .as_str()
            .unwrap()
            .contains("the final financial report is submitted")
    );
    post(
        &app,
        &staff,
        &format!("/api/v1/reports/{}/accept", reports[1]),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(&app, &finance, &last, json!({}))
        .await
        .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn the_award_page_and_payment_queue_show_each_condition_and_whether_it_holds() {
    let app = TestApp::spawn().await;
    let today = chrono::Utc::now().date_naive().to_string();
    let (id, _, _, _, _) = approved_from(&app, "1000.00", &today).await;
    let finance = app.user(Role::Finance, None).await;
    let mut browser = app.signed_in(&finance).await;
    let queue = browser.get("/finance").await.text();
    let row = crate::helpers::select(&queue, "#due-heading ~ div tbody tr")
        .into_iter()
        .next()
        .unwrap_or_default();
    assert!(row.contains("On signature of the agreement"), "{row}");
    assert!(row.contains("Not met"), "{row}");

    let page = browser.get(&format!("/awards/{id}")).await.text();
    assert!(page.contains("no signature is recorded"));
    assert!(page.contains("Override the condition"));
    let first = award(&app, &app.token(&finance).await, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    // Approving through the page shows why not, beside the installment.
    let refused = browser
        .post_form(&format!("/disbursements/{first}/approve"), &[])
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(refused.text().contains("cannot be approved yet"));
    let asked = browser
        .post_form(
            &format!("/disbursements/{first}/override"),
            &[("reason", "Agreement signed, scan pending")],
        )
        .await;
    asked.assert_status(StatusCode::SEE_OTHER);
    let page = browser.get(&format!("/awards/{id}")).await.text();
    assert!(page.contains("Waiting for a second person to confirm"));
    assert!(
        !page.contains("Confirm the override"),
        "the one who asked is not offered to confirm"
    );
}

#[tokio::test]
async fn an_amount_change_rebalances_the_schedule_and_an_extension_moves_what_waits_for_the_end() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff, finance) = approved_signed(&app, "1000.00").await;
    let a = award(&app, &staff, id).await;
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    let amendments = format!("/api/v1/awards/{id}/amendments");
    let amend = |amount: &'static str| {
        post(
            &app,
            &staff,
            &amendments,
            json!({"kind": "amount_change", "reason": "Fewer meetings", "amount": amount}),
        )
    };
    for step in ["approve", "pay"] {
        post(
            &app,
            &finance,
            &format!("/api/v1/disbursements/{first}/{step}"),
            json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-1"}),
        )
        .await
        .assert_status(StatusCode::OK);
        // Approved is as good as paid: the amount cannot go below it.
        let below = amend("600.00").await;
        below.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            below.json()["fields"]["amount"][0]
                .as_str()
                .unwrap()
                .contains("already approved or paid (700.00 USD)"),
            "{step}: {}",
            below.text()
        );
    }
    let schedule = |award: &Value| -> Vec<(String, String)> {
        award["disbursements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["amount"].as_str().unwrap().to_owned(),
                    d["status"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    // A cut: the schedule that goes with it is proposed, and staff confirm it (or change it).
    let proposed = amend("800.00").await;
    proposed.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let message = proposed.json()["fields"]["installments"][0]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.contains("proposed #2 100.00 USD") && message.contains("adding up to 100.00 USD"),
        "{message}"
    );
    assert_eq!(
        award(&app, &staff, id).await["amount"],
        "1000.00",
        "nothing changes until the schedule is confirmed"
    );
    let confirm = |amount: &'static str, installments: Value| {
        post(
            &app,
            &staff,
            &amendments,
            json!({"kind": "amount_change", "reason": "Fewer meetings", "amount": amount, "installments": installments}),
        )
    };
    let short = confirm("800.00", json!([{"sequence": 2, "amount": "50.00"}])).await;
    short.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short.json()["fields"]["installments"][0]
            .as_str()
            .unwrap()
            .contains(
                "add up to 100.00 USD (the new amount less what is approved or paid), not 50.00 USD"
            ),
        "{}",
        short.text()
    );
    let paid_one = confirm("800.00", json!([{"sequence": 1, "amount": "100.00"}])).await;
    paid_one.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        paid_one.json()["fields"]["installments[0].sequence"][0]
            .as_str()
            .unwrap()
            .contains("#1 is not an installment still scheduled"),
        "{}",
        paid_one.text()
    );
    confirm("800.00", json!([{"sequence": 2, "amount": "100.00"}]))
        .await
        .assert_status(StatusCode::CREATED);
    let cut = award(&app, &staff, id).await;
    assert_eq!(cut["amount"], "800.00");
    assert_eq!(cut["unscheduled"], "0.00");
    assert_eq!(
        schedule(&cut),
        [
            ("700.00".into(), "paid".into()),
            ("100.00".into(), "scheduled".into())
        ]
    );
    // Down to what is paid: the last installment is given nothing, and is cancelled.
    confirm("700.00", json!([{"sequence": 2, "amount": "0"}]))
        .await
        .assert_status(StatusCode::CREATED);
    let paid_only = award(&app, &staff, id).await;
    assert_eq!(paid_only["unscheduled"], "0.00");
    assert_eq!(paid_only["disbursements"][1]["status"], "cancelled");
    // An increase with nothing scheduled: a new installment of its own is proposed.
    let raise = amend("900.00").await;
    raise.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        raise.json()["fields"]["installments"][0]
            .as_str()
            .unwrap()
            .contains("proposed a new installment of 200.00 USD"),
        "{}",
        raise.text()
    );
    confirm("900.00", json!([{"amount": "200.00"}]))
        .await
        .assert_status(StatusCode::CREATED);
    let raised = award(&app, &staff, id).await;
    assert_eq!(raised["unscheduled"], "0.00");
    let added = &raised["disbursements"][2];
    assert_eq!(added["amount"], "200.00");
    assert_eq!(added["condition"], "after_final_reports");
    // The history says what became of the schedule.
    let page = app
        .signed_in(&app.user(Role::Staff, None).await)
        .await
        .get(&format!("/awards/{id}"))
        .await
        .text();
    assert!(page.contains("#3 200.00 USD (scheduled)"), "{page}");

    // A three-month extension moves the final reports and the installment that waits for them.
    let final_due = raised["reports"][0]["due_on"].as_str().unwrap().to_owned();
    let installment_due = added["due_on"].as_str().unwrap().to_owned();
    let ends_on: chrono::NaiveDate = raised["ends_on"].as_str().unwrap().parse().unwrap();
    let new_end = ends_on + chrono::Duration::days(90);
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/amendments"),
        json!({"kind": "extension", "reason": "Elections moved", "ends_on": new_end.to_string()}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let extended = award(&app, &staff, id).await;
    let moved = |before: &str| {
        (before.parse::<chrono::NaiveDate>().unwrap() + chrono::Duration::days(90)).to_string()
    };
    assert_eq!(extended["reports"][0]["due_on"], moved(&final_due).as_str());
    assert_eq!(
        extended["disbursements"][2]["due_on"],
        moved(&installment_due).as_str()
    );
    assert_eq!(
        extended["disbursements"][0]["due_on"], raised["disbursements"][0]["due_on"],
        "what is paid does not move"
    );
}

#[tokio::test]
async fn spending_beyond_the_budget_is_accepted_only_with_a_note() {
    let app = TestApp::spawn().await;
    let (id, member, _, staff, _) = approved_signed(&app, "1000.00").await;
    let reports: Vec<i64> = award(&app, &staff, id).await["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    let financial = reports[1];
    post(&app, &member, &format!("/api/v1/reports/{financial}/submit"), json!({"narrative": "Spent on travel and one meeting.", "spending": [{"category": "travel", "amount": "1150.00"}, {"category": "meetings", "amount": "49.00"}]}))
        .await
        .assert_status(StatusCode::OK);

    // Staff see why before they accept; without a note it is refused and stays submitted.
    let staff_user = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff_user).await;
    let page = browser.get(&format!("/awards/{id}")).await.text();
    assert!(page.contains("Spending beyond the budget"), "{page}");
    assert!(page.contains("Meetings: 49.00 USD declared against 0.00 USD planned"));
    assert!(page.contains("in all, 1,199.00 USD declared against the award&#x27;s 1,000.00 USD"));
    let accept = format!("/api/v1/reports/{financial}/accept");
    let refused = post(&app, &staff, &accept, json!({})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.json()["fields"]["message"][0]
            .as_str()
            .unwrap()
            .contains("write a note to accept it")
    );
    let again = browser
        .post_form(&format!("/reports/{financial}/accept"), &[("message", "")])
        .await;
    again.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text().contains("write a note to accept it"));
    assert_eq!(
        award(&app, &staff, id).await["reports"][1]["status"],
        "submitted"
    );

    // With a note it is accepted, and the note is kept with the report.
    let accepted = browser
        .post_form(
            &format!("/reports/{financial}/accept"),
            &[(
                "message",
                "Flights rose after the elections; agreed by phone on 3 May",
            )],
        )
        .await;
    accepted.assert_status(StatusCode::SEE_OTHER);
    let report = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/reports/{financial}"),
            None,
        )
        .await
        .json();
    assert_eq!(report["status"], "accepted");
    assert_eq!(
        report["staff_message"],
        "Flights rose after the elections; agreed by phone on 3 May"
    );
}

#[tokio::test]
async fn a_six_month_awards_final_reports_fall_due_30_days_after_it_ends() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Campaña Colombiana", "COL").await;
    let member = app.token(&app.user(Role::Member, Some(org)).await).await;
    let staff = app.token(&app.user(Role::Staff, None).await).await;
    let id = post(
        &app,
        &member,
        "/api/v1/applications",
        application_body(round, "high", "3000.00"),
    )
    .await
    .json()["id"]
        .as_i64()
        .unwrap();
    post(
        &app,
        &member,
        &format!("/api/v1/applications/{id}/submit"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    post(
        &app,
        &staff,
        &format!("/api/v1/applications/{id}/start-review"),
        json!({}),
    )
    .await
    .assert_status(StatusCode::OK);
    let approved = post(
        &app,
        &staff,
        &format!("/api/v1/applications/{id}/approve"),
        json!({"amount": "3000.00", "starts_on": "2027-01-01", "ends_on": "2027-06-30"}),
    )
    .await;
    approved.assert_status(StatusCode::OK);
    let award_id = approved.json()["award"]["id"].as_i64().unwrap();
    let a = award(&app, &staff, award_id).await;
    for report in a["reports"].as_array().unwrap() {
        assert_eq!(report["due_on"], "2027-07-30", "{report}");
    }
    assert_eq!(a["disbursements"][1]["due_on"], "2027-07-30");
    // The round says so.
    let page = app
        .signed_in(&app.user(Role::Staff, None).await)
        .await
        .get(&format!("/rounds/{round}"))
        .await
        .text();
    assert!(
        page.contains("Final narrative report, 30 days after the award ends"),
        "{page}"
    );
}

#[tokio::test]
async fn the_amendment_form_proposes_the_schedule_of_a_new_amount_and_staff_confirm_it() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved_signed(&app, "1000.00").await;
    let mut browser = app.signed_in(&app.user(Role::Staff, None).await).await;
    let form = [
        ("kind", "amount_change"),
        ("reason", "The partner covers the meetings"),
        ("amount", "500.00"),
    ];
    // First the proposal: the two installments (700 and 300) scaled to 500, nothing saved yet.
    let proposed = browser
        .post_form(&format!("/awards/{id}/amendments"), &form)
        .await;
    proposed.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = proposed.text();
    assert!(page.contains("Schedule with the new amount"), "{page}");
    assert!(page.contains("Installment #1, now 700.00 USD"), "{page}");
    assert!(
        page.contains(r#"name="installment_amount" value="350.00""#),
        "{page}"
    );
    assert!(
        page.contains(r#"name="installment_amount" value="150.00""#),
        "{page}"
    );
    assert!(
        page.contains(r#"<option value="amount_change" selected>"#),
        "the kind chosen stays chosen: {page}"
    );
    assert_eq!(award(&app, &staff_token, id).await["amount"], "1000.00");
    // Staff change the proposal: a malformed amount is refused beside its field, typed kept.
    let mut changed = form.to_vec();
    changed.extend([
        ("installment_sequence", "1"),
        ("installment_amount", "400,0x"),
        ("installment_sequence", "2"),
        ("installment_amount", "100.00"),
    ]);
    let refused = browser
        .post_form(&format!("/awards/{id}/amendments"), &changed)
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(
        page.contains(r#"value="400,0x" aria-invalid="true""#),
        "{page}"
    );
    changed[4].1 = "400.00";
    browser
        .post_form(&format!("/awards/{id}/amendments"), &changed)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let amended = award(&app, &staff_token, id).await;
    assert_eq!(amended["amount"], "500.00");
    assert_eq!(amended["unscheduled"], "0.00");
    assert_eq!(amended["disbursements"][0]["amount"], "400.00");
    assert_eq!(amended["disbursements"][1]["amount"], "100.00");
}
