//! Bulk actions on staff's list of applications: each selected application goes through its own
//! use case (checked and audited on its own), and the answer says what was done and what was
//! refused, and why.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::{application, audit_event};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, application_body, select};

/// A member's application in `round`, submitted unless `submit` is false; returns its id.
async fn application(app: &TestApp, token: &str, round: i64, title: &str, submit: bool) -> i64 {
    let mut body = application_body(round, "low", "1500.00");
    body["title"] = json!(title);
    let created = app
        .with_token(token, Method::POST, "/api/v1/applications", Some(body))
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    if submit {
        app.with_token(
            token,
            Method::POST,
            &format!("/api/v1/applications/{id}/submit"),
            Some(json!({})),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    id
}

async fn audited(app: &TestApp, action: &str, ids: &[i64]) -> u64 {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .filter(audit_event::Column::EntityType.eq("application"))
        .filter(audit_event::Column::EntityId.is_in(ids.iter().map(i64::to_string)))
        .count(&app.db)
        .await
        .unwrap()
}

async fn status_of(app: &TestApp, id: i64) -> String {
    application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .status
        .as_str()
        .to_owned()
}

#[tokio::test]
async fn rejecting_twenty_selected_applications_records_twenty_audited_decisions() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.member_token(org).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let mut ids = Vec::new();
    for n in 0..20 {
        ids.push(application(&app, &member, round, &format!("Talks {n}"), true).await);
    }
    let draft = application(&app, &member, round, "Still a draft", false).await;
    let mut selected = ids.clone();
    selected.push(draft);

    // Their reviews start together (a decision is taken under review).
    let started = app
        .with_token(
            &staff_token,
            Method::POST,
            "/api/v1/applications/bulk",
            Some(json!({"action": "start_review", "ids": ids})),
        )
        .await;
    started.assert_status(StatusCode::OK);
    assert_eq!(started.json()["done"], 20);
    assert_eq!(audited(&app, "application_start_review", &ids).await, 20);

    let answer = app
        .with_token(
            &staff_token,
            Method::POST,
            "/api/v1/applications/bulk",
            Some(json!({
                "action": "reject",
                "ids": selected,
                "reason": "The round funds work toward states not party to the Convention only."
            })),
        )
        .await;
    answer.assert_status(StatusCode::OK);
    let body = answer.json();
    assert_eq!(body["action"], "reject");
    assert_eq!(body["done"], 20);
    assert_eq!(body["refused"], 1);
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), 21);
    let refused = results.iter().find(|r| r["id"] == draft).unwrap();
    assert_eq!(refused["done"], false);
    assert_eq!(refused["status"], 409);
    assert!(
        refused["message"].as_str().unwrap().contains("draft"),
        "{refused}"
    );

    // Twenty decisions, each audited and told on its own; the draft stays a draft.
    assert_eq!(audited(&app, "application_reject", &ids).await, 20);
    assert_eq!(audited(&app, "application_reject", &[draft]).await, 0);
    for id in &ids {
        assert_eq!(status_of(&app, *id).await, "rejected");
        let one = app
            .with_token(
                &staff_token,
                Method::GET,
                &format!("/api/v1/applications/{id}"),
                None,
            )
            .await;
        assert_eq!(
            one.json()["staff_message"],
            "The round funds work toward states not party to the Convention only."
        );
    }
    assert_eq!(status_of(&app, draft).await, "draft");

    // Again: now every one is refused, none audited twice.
    let again = app
        .with_token(
            &staff_token,
            Method::POST,
            "/api/v1/applications/bulk",
            Some(json!({"action": "reject", "ids": ids, "reason": "Again."})),
        )
        .await;
    again.assert_status(StatusCode::OK);
    assert_eq!(again.json()["done"], 0);
    assert_eq!(again.json()["refused"], 20);
    assert_eq!(audited(&app, "application_reject", &ids).await, 20);
}

#[tokio::test]
async fn a_bulk_assignment_refuses_the_application_the_reviewer_is_conflicted_on() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let nepal = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let peru = app
        .organization("Peru Campaign to Ban Landmines", "PER")
        .await;
    let nepal_token = app.member_token(nepal).await;
    let peru_token = app.member_token(peru).await;
    let first = application(&app, &nepal_token, round, "Talks in Kathmandu", true).await;
    let second = application(&app, &nepal_token, round, "A workshop", true).await;
    let conflicted = application(&app, &peru_token, round, "Talks in Lima", true).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    // The reviewer works in Peru.
    crate::helpers::set_stored(&app, "users", "country", reviewer.id, "PER").await;

    let answer = app
        .with_token(
            &staff_token,
            Method::POST,
            "/api/v1/applications/bulk",
            Some(json!({
                "action": "assign_reviewer",
                "ids": [first, conflicted, second],
                "reviewer_id": reviewer.id
            })),
        )
        .await;
    answer.assert_status(StatusCode::OK);
    let body = answer.json();
    assert_eq!(body["done"], 2);
    assert_eq!(body["refused"], 1);
    let results = body["results"].as_array().unwrap();
    assert_eq!(
        results
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        vec![first, conflicted, second],
        "in the order given"
    );
    assert_eq!(results[1]["done"], false);
    assert_eq!(results[1]["status"], 422);
    let message = results[1]["message"].as_str().unwrap();
    assert!(message.starts_with("conflict of interest"), "{message}");
    assert!(message.contains("PER"), "{message}");
    assert_eq!(results[0]["done"], true);

    assert_eq!(
        audited(&app, "reviewer_assigned", &[first, second]).await,
        2
    );
    assert_eq!(audited(&app, "reviewer_assigned", &[conflicted]).await, 0);
    assert_eq!(app.emails_to(&reviewer.email).await.len(), 2);

    // The reviewer's own list: the two assigned.
    let reviewer_token = app.token(&reviewer).await;
    let list = app
        .with_token(&reviewer_token, Method::GET, "/api/v1/applications", None)
        .await;
    assert_eq!(list.json()["total"], 2);
}

#[tokio::test]
async fn malformed_selections_are_refused_whole_with_a_message_per_field() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let bulk = |body: serde_json::Value| {
        let (app, token) = (&app, token.clone());
        async move {
            app.with_token(
                &token,
                Method::POST,
                "/api/v1/applications/bulk",
                Some(body),
            )
            .await
        }
    };
    let refused = bulk(json!({"action": "reject", "ids": [1, 2]})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("give the reason"),
        "{}",
        refused.text()
    );

    let refused = bulk(json!({"action": "assign_reviewer", "ids": [1]})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("reviewer_id"), "{}", refused.text());

    let refused = bulk(json!({"action": "shred", "ids": [1]})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("is not a bulk action"),
        "{}",
        refused.text()
    );

    let refused = bulk(json!({"action": "start_review", "ids": []})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("select at least one"),
        "{}",
        refused.text()
    );

    let many: Vec<i64> = (1..=201).collect();
    let refused = bulk(json!({"action": "start_review", "ids": many})).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .contains("at most 200 applications at a time (201 were selected)"),
        "{}",
        refused.text()
    );

    // Ids that do not exist are refused one by one, not as a whole.
    let answer = bulk(json!({"action": "start_review", "ids": [999_999]})).await;
    answer.assert_status(StatusCode::OK);
    assert_eq!(
        answer.json()["results"][0]["message"],
        "there is no application with this number"
    );

    // A member may take no bulk action.
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.member_token(org).await;
    app.with_token(
        &member,
        Method::POST,
        "/api/v1/applications/bulk",
        Some(json!({"action": "start_review", "ids": [1]})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_list_page_form_acts_on_the_rows_checked_and_says_what_was_done() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.member_token(org).await;
    let first = application(&app, &member, round, "Talks in Kathmandu", true).await;
    let second = application(&app, &member, round, "A workshop in Pokhara", true).await;
    let other = application(&app, &member, round, "Radio spots", true).await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;

    // One form around the table: a checkbox per row, the actions, the token.
    let page = browser.get("/applications").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert_eq!(
        select(&html, "form#bulk input[type=checkbox][name=ids]").len(),
        3
    );
    assert!(crate::helpers::has(
        &html,
        "form#bulk input[name=csrf_token]"
    ));
    let actions = select(&html, "form#bulk select[name=action] option");
    assert!(
        actions.contains(&"Reject, with one reason".to_owned()),
        "{actions:?}"
    );
    assert!(actions.contains(&"Export as CSV".to_owned()), "{actions:?}");

    // Without the token, nothing is done.
    let (a, b) = (first.to_string(), second.to_string());
    let forged = browser
        .post_form_raw(
            "/applications/bulk",
            &[("action", "start_review"), ("ids", &a), ("ids", &b)],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(status_of(&app, first).await, "submitted");

    // Without a reason, the form says so and nothing is done.
    let incomplete = browser
        .post_form_of(
            "/applications",
            "/applications/bulk",
            &[("action", "reject"), ("ids", &a), ("reason", " ")],
        )
        .await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        incomplete
            .text()
            .contains("Give the reason the organizations will read"),
        "{}",
        incomplete.text()
    );
    // The one error pattern: "Error:" in the title, the summary linking to the message.
    let page = incomplete.text();
    assert!(select(&page, "title")[0].starts_with("Error: "));
    assert_eq!(
        select(&page, ".error-summary a[href='#reason-message']").len(),
        1,
        "{page}"
    );
    assert_eq!(status_of(&app, first).await, "submitted");

    // Start the review of two; one of them started before, and is refused with the reason.
    browser
        .post_form_of(
            "/applications",
            "/applications/bulk",
            &[("action", "start_review"), ("ids", &a)],
        )
        .await
        .assert_status(StatusCode::OK);
    let summary = browser
        .post_form_of(
            "/applications",
            "/applications/bulk",
            &[("action", "start_review"), ("ids", &a), ("ids", &b)],
        )
        .await;
    summary.assert_status(StatusCode::OK);
    let html = summary.text();
    assert_eq!(
        select(&html, "h1"),
        vec!["Start the review: 1 of 2 done".to_owned()]
    );
    let refused = select(&html, "ul.bulk-refused li");
    assert_eq!(refused.len(), 1);
    assert!(refused[0].contains("Talks in Kathmandu"), "{refused:?}");
    assert!(refused[0].contains("under review"), "{refused:?}");
    let done = select(&html, "ul.bulk-done li");
    assert_eq!(done.len(), 1);
    assert!(done[0].contains("A workshop in Pokhara"), "{done:?}");
    assert_eq!(status_of(&app, second).await, "under_review");
    assert_eq!(status_of(&app, other).await, "submitted");
}

#[tokio::test]
async fn exporting_a_selection_gives_exactly_the_rows_selected() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.member_token(org).await;
    let first = application(&app, &member, round, "Talks in Kathmandu", true).await;
    let _left_out = application(&app, &member, round, "Left out", true).await;
    let third = application(&app, &member, round, "Radio spots", true).await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;

    let (a, c) = (first.to_string(), third.to_string());
    let csv = browser
        .post_form_of(
            "/applications",
            "/applications/bulk",
            &[("action", "export"), ("ids", &a), ("ids", &c)],
        )
        .await;
    csv.assert_status(StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let text = csv.text();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("id,reference,round,organization"),
        "{text}"
    );
    let ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ids, vec![a.as_str(), c.as_str()], "{text}");
    assert!(!text.contains("Left out"));

    // The same selection through the export's address.
    let by_address = browser
        .get(&format!("/applications.csv?ids={first},{third}"))
        .await;
    by_address.assert_status(StatusCode::OK);
    assert_eq!(by_address.text().lines().count(), 3);
    let too_many: Vec<String> = (1..=201).map(|n| n.to_string()).collect();
    browser
        .get(&format!("/applications.csv?ids={}", too_many.join(",")))
        .await
        .assert_status(StatusCode::BAD_REQUEST);
}
