//! Applications through the API: drafting, submitting, the workflow, reviews and decisions.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, application_body};

/// A member's draft, created through the API; returns its id.
async fn draft(app: &TestApp, token: &str, body: serde_json::Value) -> i64 {
    let response = app
        .with_token(token, Method::POST, "/api/v1/applications", Some(body))
        .await;
    response.assert_status(StatusCode::CREATED);
    response.json()["id"].as_i64().unwrap()
}

async fn step(
    app: &TestApp,
    token: &str,
    id: i64,
    step: &str,
    body: serde_json::Value,
) -> crate::helpers::TestResponse {
    app.with_token(
        token,
        Method::POST,
        &format!("/api/v1/applications/{id}/{step}"),
        Some(body),
    )
    .await
}

#[tokio::test]
async fn an_application_goes_from_draft_to_award_through_the_api() {
    let app = TestApp::spawn().await;
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let staff = app.user(Role::Staff, None).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    let member_token = app.token(&member).await;
    let staff_token = app.token(&staff).await;
    let reviewer_token = app.token(&reviewer).await;

    // Staff open a round.
    let now = chrono::Utc::now();
    let round = app
        .with_token(
            &staff_token,
            Method::POST,
            "/api/v1/rounds",
            Some(json!({
                "name": "Investing in Action (test)",
                "code": "IIA-TEST",
                "programme": "Investing in Action",
                "opens_at": (now - chrono::Duration::days(1)).to_rfc3339(),
                "closes_at": (now + chrono::Duration::days(30)).to_rfc3339(),
                "currency": "USD",
                "budget": "10000.00",
                "tiers": [{"name": "low", "max_amount": "2000.00"}, {"name": "high", "max_amount": "5000.00"}]
            })),
        )
        .await;
    round.assert_status(StatusCode::CREATED);
    let round_id = round.json()["id"].as_i64().unwrap();
    assert_eq!(
        round.json()["report_schedule"][0]["kind"],
        "final_narrative"
    );

    // A draft saves with almost nothing in it; submitting it names everything missing.
    let id = draft(
        &app,
        &member_token,
        json!({"round_id": round_id, "title": "Talks in Baku"}),
    )
    .await;
    let refused = step(&app, &member_token, id, "submit", json!({})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let fields = &refused.json()["fields"];
    for field in [
        "target_state",
        "summary",
        "objectives",
        "tier",
        "activities",
        "budget_lines",
    ] {
        assert!(fields.get(field).is_some(), "{field} missing from {fields}");
    }

    // Amounts over the tier are refused at submission; within it, the application gets its
    // reference and the organization its email.
    let patch = app
        .with_token(
            &member_token,
            Method::PATCH,
            &format!("/api/v1/applications/{id}"),
            Some(application_body(round_id, "low", "2500.00")),
        )
        .await;
    patch.assert_status(StatusCode::OK);
    assert_eq!(patch.json()["requested_amount"], "2500.00");
    let over = step(&app, &member_token, id, "submit", json!({})).await;
    over.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        over.json()["fields"]["budget_lines"][0]
            .as_str()
            .unwrap()
            .contains("'low' tier")
    );
    app.with_token(
        &member_token,
        Method::PATCH,
        &format!("/api/v1/applications/{id}"),
        Some(json!({"tier": "high"})),
    )
    .await
    .assert_status(StatusCode::OK);
    let submitted = step(&app, &member_token, id, "submit", json!({})).await;
    submitted.assert_status(StatusCode::OK);
    let reference = format!("{}-0001", app.round_code(round_id).await);
    assert_eq!(submitted.json()["reference"], reference);
    assert_eq!(submitted.json()["status"], "submitted");
    let emails = app.emails_to(&member.email).await;
    assert_eq!(
        emails.last().unwrap().0,
        format!("{reference}: application received")
    );

    // Editing is closed once submitted; staff start the review.
    app.with_token(
        &member_token,
        Method::PATCH,
        &format!("/api/v1/applications/{id}"),
        Some(json!({"title": "Changed"})),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    // ... before what is sent is looked at: the refusal is the status, not the content.
    app.with_token(
        &member_token,
        Method::PATCH,
        &format!("/api/v1/applications/{id}"),
        Some(json!({"tier": "no such tier"})),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    step(&app, &member_token, id, "start-review", json!({}))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    step(&app, &staff_token, id, "start-review", json!({}))
        .await
        .assert_status(StatusCode::OK);

    // Reviewers: one from the applicant's country is refused; an unassigned one sees nothing.
    let local = app.user(Role::Reviewer, None).await;
    set_country(&app, local.id, "AZE").await;
    let conflicted = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/applications/{id}/reviewers"),
            Some(json!({"user_id": local.id})),
        )
        .await;
    conflicted.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        conflicted.json()["fields"]["user_id"][0]
            .as_str()
            .unwrap()
            .contains("conflict of interest")
    );
    app.with_token(
        &reviewer_token,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        None,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    assert_eq!(app.emails_to(&reviewer.email).await.len(), 1);

    // The reviewer declares, then scores.
    let undeclared = app
        .with_token(
            &reviewer_token,
            Method::POST,
            &format!("/api/v1/applications/{id}/reviews"),
            Some(json!({"relevance": 4, "feasibility": 3, "value_for_money": 4, "capacity": 4, "recommendation": "fund"})),
        )
        .await;
    undeclared.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(undeclared.json()["fields"]["no_conflict"].is_array());
    let reviewed = app
        .with_token(
            &reviewer_token,
            Method::POST,
            &format!("/api/v1/applications/{id}/reviews"),
            Some(json!({"no_conflict": true, "relevance": 4, "feasibility": 3, "value_for_money": 4, "capacity": 4, "recommendation": "fund", "comment": "Well prepared."})),
        )
        .await;
    reviewed.assert_status(StatusCode::OK);
    let reviews = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/applications/{id}/reviews"),
            None,
        )
        .await;
    assert_eq!(reviews.json()["items"][0]["mean"], "3.75");

    // Staff ask for changes; the member changes the budget and resubmits.
    let missing_message = step(&app, &staff_token, id, "request-changes", json!({})).await;
    missing_message.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    step(
        &app,
        &staff_token,
        id,
        "request-changes",
        json!({"message": "Lower the travel costs."}),
    )
    .await
    .assert_status(StatusCode::OK);
    let asked = app.emails_to(&member.email).await;
    let (subject, text) = asked.last().unwrap();
    assert_eq!(subject, &format!("{reference}: changes requested"));
    assert!(text.contains("Lower the travel costs."));
    app.with_token(
        &member_token,
        Method::PATCH,
        &format!("/api/v1/applications/{id}"),
        Some(json!({"budget_lines": [{"category": "travel", "description": "Flights to Baku", "amount": "2400.00"}]})),
    )
    .await
    .assert_status(StatusCode::OK);
    step(&app, &member_token, id, "resubmit", json!({}))
        .await
        .assert_status(StatusCode::OK);
    let revisions = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/applications/{id}/revisions"),
            None,
        )
        .await
        .json();
    assert_eq!(revisions["items"].as_array().unwrap().len(), 2);
    let changed: Vec<&str> = revisions["changes"][0]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(changed, ["Requested amount", "Budget"]);
    assert_eq!(revisions["changes"][0][0]["before"], "2500.00 USD");

    // Approval: not above the amount requested; then the award exists and the email goes.
    let too_much = step(
        &app,
        &staff_token,
        id,
        "approve",
        json!({"amount": "2400.01"}),
    )
    .await;
    too_much.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let approved = step(
        &app,
        &staff_token,
        id,
        "approve",
        json!({"amount": "2000.00", "starts_on": "2027-01-01"}),
    )
    .await;
    approved.assert_status(StatusCode::OK);
    assert_eq!(approved.json()["status"], "approved");
    assert_eq!(approved.json()["award"]["amount"], "2000.00");
    assert_eq!(approved.json()["award"]["ends_on"], "2028-01-01");
    assert_eq!(
        app.emails_to(&member.email).await.last().unwrap().0,
        format!("{reference}: approved")
    );
    // The API and the e-mail lead to the award.
    let award_id = approved.json()["award"]["id"].as_i64().unwrap();
    assert!(
        app.emails_to(&member.email)
            .await
            .last()
            .unwrap()
            .1
            .contains(&format!("/awards/{award_id}"))
    );
    let budget = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/rounds/{round_id}/budget"),
            None,
        )
        .await
        .json();
    assert_eq!(budget["budget"], "10000.00");
    assert_eq!(budget["requested"], "2400.00");
    assert_eq!(budget["awarded"], "2000.00");
    assert_eq!(budget["left"], "8000.00");

    // Decided is decided.
    let again = step(&app, &staff_token, id, "reject", json!({"reason": "No."})).await;
    again.assert_status(StatusCode::CONFLICT);
    assert_eq!(
        again.json()["message"],
        "an application that is 'approved' cannot be rejected"
    );
    step(&app, &member_token, id, "withdraw", json!({}))
        .await
        .assert_status(StatusCode::CONFLICT);
}

async fn set_country(app: &TestApp, user_id: i64, country: &str) {
    use clearway::entities::user;
    use sea_orm::{ActiveModelTrait, Set};
    user::ActiveModel {
        id: Set(user_id),
        country: Set(Some(country.to_owned())),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn members_reach_only_their_organization_s_applications() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let ours = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let theirs = app
        .organization("India Campaign to Ban Landmines", "IND")
        .await;
    let member = app.member_token(ours).await;
    let other = app.member_token(theirs).await;
    let id = draft(&app, &member, application_body(round, "low", "1500.00")).await;

    app.with_token(
        &other,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        None,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    step(&app, &other, id, "submit", json!({}))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let listed = app
        .with_token(&other, Method::GET, "/api/v1/applications", None)
        .await
        .json();
    assert_eq!(listed["total"], 0);
    let own = app
        .with_token(&member, Method::GET, "/api/v1/applications", None)
        .await
        .json();
    assert_eq!(own["total"], 1);
    // Applying for another organization is refused.
    let mut body = application_body(round, "low", "1500.00");
    body["organization_id"] = json!(theirs);
    app.with_token(&member, Method::POST, "/api/v1/applications", Some(body))
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_closed_round_takes_no_new_application_and_no_submission() {
    let app = TestApp::spawn().await;
    let closed = app
        .round_with(
            "5000.00",
            chrono::Duration::days(-400),
            chrono::Duration::days(-370),
        )
        .await;
    let org = app
        .organization("Myanmar Campaign to Ban Landmines", "MMR")
        .await;
    let member = app.member_token(org).await;
    let response = app
        .with_token(
            &member,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(closed, "low", "100.00")),
        )
        .await;
    response.assert_status(StatusCode::CONFLICT);
    assert!(
        response.json()["message"]
            .as_str()
            .unwrap()
            .contains("is not open")
    );
}

#[tokio::test]
async fn concurrent_submissions_get_gapless_references() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Sri Lanka Campaign to Ban Landmines", "LKA")
        .await;
    let member = app.member_token(org).await;
    let mut ids = Vec::new();
    for _ in 0..12 {
        ids.push(draft(&app, &member, application_body(round, "low", "100.00")).await);
    }
    let answers = futures_util::future::join_all(
        ids.iter()
            .map(|id| step(&app, &member, *id, "submit", json!({}))),
    )
    .await;
    let mut references: Vec<String> = answers
        .iter()
        .map(|r| {
            r.assert_status(StatusCode::OK);
            r.json()["reference"].as_str().unwrap().to_owned()
        })
        .collect();
    references.sort();
    let code = app.round_code(round).await;
    let expected: Vec<String> = (1..=12).map(|n| format!("{code}-{n:04}")).collect();
    assert_eq!(references, expected);
}

#[tokio::test]
async fn concurrent_approvals_never_commit_more_than_the_budget() {
    let app = TestApp::spawn().await;
    let round = app
        .round_with(
            "5000.00",
            chrono::Duration::days(-1),
            chrono::Duration::days(30),
        )
        .await;
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let member = app.member_token(org).await;
    let staff = app.user(Role::Staff, None).await;
    let staff = app.token(&staff).await;
    let mut ids = Vec::new();
    for _ in 0..8 {
        let id = draft(&app, &member, application_body(round, "low", "2000.00")).await;
        step(&app, &member, id, "submit", json!({}))
            .await
            .assert_status(StatusCode::OK);
        step(&app, &staff, id, "start-review", json!({}))
            .await
            .assert_status(StatusCode::OK);
        ids.push(id);
    }
    let answers = futures_util::future::join_all(
        ids.iter()
            .map(|id| step(&app, &staff, *id, "approve", json!({"amount": "2000.00"}))),
    )
    .await;
    let approved = answers
        .iter()
        .filter(|r| r.status == StatusCode::OK)
        .count();
    for refused in answers.iter().filter(|r| r.status != StatusCode::OK) {
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.json()["fields"]["amount"][0]
                .as_str()
                .unwrap()
                .contains("left")
        );
    }
    assert_eq!(approved, 2, "5,000 holds two awards of 2,000");
    let budget = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/rounds/{round}/budget"),
            None,
        )
        .await
        .json();
    assert_eq!(budget["awarded"], "4000.00");
    assert_eq!(budget["left"], "1000.00");
    assert_eq!(budget["awards"], 2);
}

/// The stored text of one column of an application, read without the entity (which refuses a
/// value the code does not know).
async fn stored(app: &TestApp, id: i64, column: &str) -> String {
    use sea_orm::ConnectionTrait;
    let statement = sea_orm::Statement::from_string(
        app.db.get_database_backend(),
        format!("SELECT CAST({column} AS TEXT) AS value FROM applications WHERE id = {id}"),
    );
    let row = app.db.query_one_raw(statement).await.unwrap().unwrap();
    row.try_get::<String>("", "value").unwrap()
}

async fn store(app: &TestApp, sql: &str) {
    use sea_orm::ConnectionTrait;
    app.db.execute_unprepared(sql).await.unwrap();
}

/// A 500 with the JSON error body, which says nothing of the cause.
#[track_caller]
fn assert_internal(response: &crate::helpers::TestResponse) {
    response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    let body = response.json();
    assert_eq!(body["error"], "internal", "{body}");
    assert_eq!(
        body["message"],
        "something went wrong on our side; it has been logged"
    );
}

#[tokio::test]
async fn a_stored_status_the_code_does_not_know_is_refused_never_read_as_a_draft() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = draft(
        &app,
        &member_token,
        application_body(round, "low", "1500.00"),
    )
    .await;
    step(&app, &member_token, id, "submit", json!({}))
        .await
        .assert_status(StatusCode::OK);
    step(&app, &staff_token, id, "start-review", json!({}))
        .await
        .assert_status(StatusCode::OK);
    step(
        &app,
        &staff_token,
        id,
        "approve",
        json!({"amount": "1500.00"}),
    )
    .await
    .assert_status(StatusCode::OK);

    // Approved, spelled by hand (or by another version) with a capital A.
    store(
        &app,
        &format!("UPDATE applications SET status = 'Approved' WHERE id = {id}"),
    )
    .await;
    let title = stored(&app, id, "title").await;
    let updated_at = stored(&app, id, "updated_at").await;

    // The record answers 500, to its member and to staff alike.
    let uri = format!("/api/v1/applications/{id}");
    for token in [&member_token, &staff_token] {
        assert_internal(&app.with_token(token, Method::GET, &uri, None).await);
    }

    // Its pages too: the member is never shown an editable draft.
    let mut browser = app.signed_in(&member).await;
    for page in [
        format!("/applications/{id}"),
        format!("/applications/{id}/edit"),
    ] {
        let response = browser.get(&page).await;
        response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!response.text().contains("name=\"title\""), "{page}");
    }

    // Nothing changes it: not the API's PATCH, not the page's form.
    let patch = app
        .with_token(
            &member_token,
            Method::PATCH,
            &uri,
            Some(json!({"title": "Changed"})),
        )
        .await;
    assert_internal(&patch);
    browser
        .post_form(&format!("/applications/{id}"), &[("title", "Changed")])
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(stored(&app, id, "status").await, "Approved");
    assert_eq!(stored(&app, id, "title").await, title);
    assert_eq!(stored(&app, id, "updated_at").await, updated_at);

    // A list holding it is refused whole, never shown with a default in its place.
    for token in [&staff_token, &member_token] {
        assert_internal(
            &app.with_token(token, Method::GET, "/api/v1/applications", None)
                .await,
        );
    }
    app.signed_in(&staff)
        .await
        .get("/applications")
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn a_stored_kind_category_recommendation_or_currency_the_code_does_not_know_is_refused() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let member = app.member_token(org).await;
    let staff = app.user(Role::Staff, None).await;
    let staff = app.token(&staff).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    let reviewer_token = app.token(&reviewer).await;
    let id = draft(&app, &member, application_body(round, "low", "1500.00")).await;
    step(&app, &member, id, "submit", json!({}))
        .await
        .assert_status(StatusCode::OK);
    step(&app, &staff, id, "start-review", json!({}))
        .await
        .assert_status(StatusCode::OK);
    let reviews = format!("/api/v1/applications/{id}/reviews");
    app.with_token(
        &staff,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    app.with_token(
        &reviewer_token,
        Method::POST,
        &reviews,
        Some(json!({"no_conflict": true, "relevance": 4, "feasibility": 4, "value_for_money": 4, "capacity": 4, "recommendation": "fund"})),
    )
    .await
    .assert_status(StatusCode::OK);
    let uri = format!("/api/v1/applications/{id}");
    app.with_token(&staff, Method::GET, &uri, None)
        .await
        .assert_status(StatusCode::OK);

    let broken = [
        (
            "UPDATE application_activities SET kind = 'Workshop'",
            "UPDATE application_activities SET kind = 'meeting_with_authorities'",
            &uri,
        ),
        (
            "UPDATE budget_lines SET category = 'Travel'",
            "UPDATE budget_lines SET category = 'travel'",
            &uri,
        ),
        (
            "UPDATE applications SET requested_currency = 'ZZZ'",
            "UPDATE applications SET requested_currency = 'USD'",
            &uri,
        ),
        (
            "UPDATE reviews SET recommendation = 'Fund'",
            "UPDATE reviews SET recommendation = 'fund'",
            &reviews,
        ),
    ];
    for (break_it, repair, answer) in broken {
        store(&app, break_it).await;
        assert_internal(&app.with_token(&staff, Method::GET, answer, None).await);
        store(&app, repair).await;
        app.with_token(&staff, Method::GET, answer, None)
            .await
            .assert_status(StatusCode::OK);
    }
}
