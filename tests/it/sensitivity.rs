//! Sensitive countries: staff mark a state; what concerns it is redacted in e-mails and
//! exports, and reads of records concerning a high-risk state are written to the access log.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::helpers::{TestApp, application_body, has, select};

async fn submitted(app: &TestApp, member: &str, round: i64) -> i64 {
    let created = app
        .with_token(
            member,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    app.with_token(
        member,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    id
}

#[tokio::test]
async fn a_high_risk_target_is_withheld_from_emails_and_exports_and_its_reads_are_logged() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;

    // Before any marking, the e-mail says what the application is.
    submitted(&app, &member_token, round).await;
    let before = app.emails_to(&member.email).await;
    assert!(
        before
            .iter()
            .any(|(_, body)| body.contains("Talks with the Ministry of Defence")),
        "{before:?}"
    );

    // Only staff mark a state, with a reason and a review date.
    let mark = |token: String, body: serde_json::Value| {
        let app = &app;
        async move {
            app.with_token(
                &token,
                Method::PUT,
                "/api/v1/states/AZE/sensitivity",
                Some(body),
            )
            .await
        }
    };
    mark(member_token.clone(), json!({"level": "high_risk"}))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let incomplete = mark(staff_token.clone(), json!({"level": "high_risk"})).await;
    incomplete.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        incomplete.json()["fields"]["reason"][0],
        "give the reason for the record"
    );
    let review_on = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    let marked = mark(
        staff_token.clone(),
        json!({"level": "high_risk", "reason": "Campaigners questioned", "review_on": review_on}),
    )
    .await;
    marked.assert_status(StatusCode::OK);
    assert_eq!(marked.json()["level"], "high_risk");
    // The public treaty record says nothing of it.
    let public = app.get("/states/AZE").await.text();
    assert!(!public.contains("Campaigners questioned") && !public.contains("High risk"));

    // Now the member's e-mails say only that something needs attention.
    let id = submitted(&app, &member_token, round).await;
    let after = app.emails_to(&member.email).await;
    let new: Vec<_> = after[before.len()..].to_vec();
    assert!(!new.is_empty());
    for (subject, body) in &new {
        assert_eq!(subject, "Clearway: something needs your attention");
        for secret in [
            "Talks with the Ministry",
            "Azerbaijan",
            "Nepal Campaign",
            "4,000",
            "Baku",
        ] {
            assert!(!body.contains(secret), "{secret} in {body}");
        }
        assert!(body.contains(&format!("/applications/{id}")), "{body}");
    }

    // A staff export withholds the names; staff may ask for them with a reason, audited.
    let mut browser = app.signed_in(&staff).await;
    let export = browser.get("/applications.csv").await.text();
    assert!(!export.contains("Talks with the Ministry"), "{export}");
    assert!(!export.contains("Nepal Campaign"), "{export}");
    assert!(export.contains("withheld"), "{export}");
    browser
        .get("/applications.csv?reveal=true")
        .await
        .assert_status(StatusCode::BAD_REQUEST);
    let revealed = browser
        .get("/applications.csv?reveal=true&reason=Board%20report%20of%20December")
        .await
        .text();
    assert!(
        revealed.contains("Talks with the Ministry of Defence"),
        "{revealed}"
    );
    let audited = clearway::entities::audit_event::Entity::find()
        .filter(clearway::entities::audit_event::Column::Action.eq("export_revealed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1, "revealed once so far");
    // (And the reveal of the API's list below is audited too.)
    let mut member_browser = app.signed_in(&member).await;
    member_browser
        .get("/applications.csv?reveal=true&reason=mine")
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // The audit log's lines about it too: what the record said is withheld.
    let lines = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/audit?entity=application&entity_id={id}"),
            None,
        )
        .await
        .json();
    let items = lines["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|l| l["after"].is_null() || l["after"] == "withheld"),
        "{lines}"
    );
    let audit_csv = browser.get("/audit.csv").await.text();
    assert!(
        !audit_csv.contains("Talks with the Ministry"),
        "{audit_csv}"
    );
    let revealed_csv = browser
        .get("/audit.csv?reveal=true&reason=Inquiry%20of%20the%20board")
        .await
        .text();
    assert!(revealed_csv.contains("Talks with the Ministry"));

    // The API's lists withhold the same, but not from the organization itself.
    let listed = app
        .with_token(&staff_token, Method::GET, "/api/v1/applications", None)
        .await
        .json();
    let titles: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert!(titles.iter().all(|t| *t == "withheld"), "{titles:?}");
    let revealed = app
        .with_token(
            &staff_token,
            Method::GET,
            "/api/v1/applications?reveal=true&reason=Audit%20committee",
            None,
        )
        .await
        .json();
    assert_eq!(
        revealed["items"][0]["title"],
        "Talks with the Ministry of Defence"
    );
    let own = app
        .with_token(&member_token, Method::GET, "/api/v1/applications", None)
        .await
        .json();
    assert_eq!(
        own["items"][0]["title"],
        "Talks with the Ministry of Defence"
    );

    // Staff read the application: the page warns, and the read is in the access log.
    let page = browser.get(&format!("/applications/{id}")).await.text();
    assert!(page.contains("marks as high-risk"), "{page}");
    let admin = app.token(&app.user(Role::Admin, None).await).await;
    let log = app
        .with_token(&admin, Method::GET, "/api/v1/access-log", None)
        .await;
    log.assert_status(StatusCode::OK);
    let reads = log.json()["items"].as_array().unwrap().clone();
    assert!(
        reads.iter().any(|r| r["record_type"] == "application"
            && r["record_id"] == json!(id.to_string())
            && r["user_id"] == staff.id
            && r["what"] == "page"
            && r["state"] == "AZE"),
        "{reads:?}"
    );
    assert!(reads.iter().any(|r| r["record_type"] == "export"));
    app.with_token(&staff_token, Method::GET, "/api/v1/access-log", None)
        .await
        .assert_status(StatusCode::FORBIDDEN);
    // The member's own reads are logged too, but the member sees no banner.
    let own = member_browser
        .get(&format!("/applications/{id}"))
        .await
        .text();
    assert!(!own.contains("marks as high-risk"));

    // A data-subject request: an administrator exports what is held about the member.
    let exported = app
        .with_token(
            &admin,
            Method::GET,
            &format!(
                "/api/v1/personal-data?email={}",
                member.email.to_uppercase()
            ),
            None,
        )
        .await;
    exported.assert_status(StatusCode::OK);
    let document = exported.json();
    assert_eq!(document["account"]["id"], member.id);
    assert_eq!(document["account"]["email"], member.email);
    assert!(!document["emails_sent"].as_array().unwrap().is_empty());
    assert!(
        document["account"]["actions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "application_submitted"
                || a["record"].as_str().unwrap().starts_with("application")),
        "{document}"
    );
    assert!(!exported.text().contains("password_hash"));
    app.with_token(
        &staff_token,
        Method::GET,
        &format!("/api/v1/personal-data?email={}", member.email),
        None,
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.with_token(&admin, Method::GET, "/api/v1/personal-data", None)
        .await
        .assert_status(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_reviewer_sees_the_application_of_a_high_risk_organization_without_its_people() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Myanmar Campaign to Ban Landmines", "MMR")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff_token = app.token(&app.user(Role::Staff, None).await).await;
    let review_on = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    app.with_token(
        &staff_token,
        Method::PUT,
        "/api/v1/states/MMR/sensitivity",
        Some(json!({"level": "high_risk", "reason": "Restrictions since the coup", "review_on": review_on})),
    )
    .await
    .assert_status(StatusCode::OK);
    let id = submitted(&app, &member_token, round).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/start-review"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let reviewer = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    // The reviewer was told by e-mail without the application's title.
    let told = app.emails_to(&reviewer.email).await;
    assert!(!told.is_empty());
    assert!(
        told.iter()
            .all(|(_, body)| !body.contains("Talks with the Ministry")),
        "{told:?}"
    );
    let mut browser = app.signed_in(&reviewer).await;
    let page = browser.get(&format!("/applications/{id}")).await;
    page.assert_status(StatusCode::OK);
    let page = page.text();
    assert!(page.contains("Talks with the Ministry of Defence"));
    assert!(
        page.contains("marks as high-risk"),
        "the reviewer is warned"
    );
    assert!(
        !page.contains(&member.email),
        "no person of the organization"
    );
    // Nor its page, nor its people.
    browser
        .get(&format!("/organizations/{org}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    // The reviewer's read is logged.
    let logged = clearway::entities::access_log::Entity::find()
        .filter(clearway::entities::access_log::Column::UserId.eq(reviewer.id))
        .all(&app.db)
        .await
        .unwrap();
    assert!(logged.iter().any(|r| r.record_id == id.to_string()));
}

#[tokio::test]
async fn a_marking_refused_on_the_state_s_page_says_why_at_its_field_and_saves_nothing() {
    use clearway::entities::state_sensitivity;
    use sea_orm::PaginatorTrait;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let review_on = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    let refused = browser
        .post_form(
            "/states/AZE/sensitivity",
            &[
                ("level", "high_risk"),
                ("reason", ""),
                ("review_on", &review_on),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    crate::helpers::assert_refused_form(
        &page,
        "sensitivity-reason-error",
        "Give the reason for the record",
    );
    assert!(has(
        &page,
        "#sensitivity-reason[aria-invalid=true][aria-describedby='sensitivity-reason-error']"
    ));
    assert!(has(&page, ".error-summary a[href='#sensitivity-reason']"));
    // What was chosen and typed is kept; the marking itself is still "Normal".
    assert_eq!(
        select(&page, "#sensitivity-level option[selected]"),
        ["High risk"]
    );
    assert!(has(
        &page,
        &format!("#sensitivity-review[value='{review_on}']")
    ));
    assert!(page.contains("Normal: records concerning this state"));
    assert_eq!(
        state_sensitivity::Entity::find()
            .filter(state_sensitivity::Column::Iso3.eq("AZE"))
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    // A review date in the past is named in words.
    let past = browser
        .post_form(
            "/states/AZE/sensitivity",
            &[
                ("level", "sensitive"),
                ("reason", "Talks under way"),
                ("review_on", "2001-01-01"),
            ],
        )
        .await;
    past.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = past.text();
    crate::helpers::assert_refused_form(
        &page,
        "sensitivity-review-error",
        "The review date must be after today",
    );
    assert_eq!(select(&page, "#sensitivity-reason"), ["Talks under way"]);
}
