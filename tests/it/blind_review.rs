//! Blind review, a round's setting: its reviewers reach no page, API answer or e-mail that names
//! the applicant organization, while staff see it as before and the conflicts of interest are
//! still checked on the real applicant.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, application_body, set_stored};

const NAME: &str = "Zephyr Landmine Action Network";
const ACRONYM: &str = "ZLAN";

const BOUNDARY: &str = "clearway-blind-boundary-3kq9";

/// Uploads a small PDF to the application, titled and named after the organization.
async fn attach(app: &TestApp, token: &str, id: i64) -> i64 {
    let mut body = Vec::new();
    for (name, value) in [
        ("kind", "registration_certificate"),
        ("title", "ZLAN statutes"),
    ] {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; \
             filename=\"zephyr-statutes.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(b"%PDF-1.4\n% Zephyr Landmine Action Network\n%%EOF\n\r\n");
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    let response = app
        .request(
            Request::post(format!("/api/v1/applications/{id}/attachments"))
                .header(header::AUTHORIZATION, format!("Bearer {token}"))
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={BOUNDARY}"),
                )
                .header(header::CONTENT_LENGTH, body.len())
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    response.assert_status(StatusCode::CREATED);
    response.json()["id"].as_i64().unwrap()
}

/// A round, blind or not, created by staff through the API.
async fn round(app: &TestApp, token: &str, code: &str, blind: bool) -> i64 {
    let now = chrono::Utc::now();
    let created = app
        .with_token(
            token,
            Method::POST,
            "/api/v1/rounds",
            Some(json!({
                "name": format!("Round {code}"),
                "code": code,
                "opens_at": (now - chrono::Duration::days(1)).to_rfc3339(),
                "closes_at": (now + chrono::Duration::days(30)).to_rfc3339(),
                "currency": "USD",
                "budget": "10000.00",
                "tiers": [{"name": "low", "max_amount": "2000.00"}],
                "blind_review": blind
            })),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    assert_eq!(created.json()["blind_review"], blind);
    created.json()["id"].as_i64().unwrap()
}

/// A submitted application of the organization in `round`, with its statutes attached.
async fn submitted(app: &TestApp, member: &str, round: i64) -> (i64, i64) {
    let mut body = application_body(round, "low", "1500.00");
    body["lower_tier_plan"] = json!("");
    let created = app
        .with_token(member, Method::POST, "/api/v1/applications", Some(body))
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let attachment = attach(app, member, id).await;
    app.with_token(
        member,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    (id, attachment)
}

fn names_the_applicant(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains(&NAME.to_lowercase())
        || lower.contains(&ACRONYM.to_lowercase())
        || lower.contains("zephyr")
}

#[tokio::test]
async fn in_a_blind_round_nothing_a_reviewer_reaches_names_the_applicant() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let blind = round(&app, &staff_token, "BLIND-1", true).await;
    let org = app.organization(NAME, "NPL").await;
    set_stored(&app, "organizations", "acronym", org, ACRONYM).await;
    set_stored(
        &app,
        "organizations",
        "contact_email",
        org,
        "office@zephyr.example",
    )
    .await;
    let member = app.member_token(org).await;
    let (id, attachment) = submitted(&app, &member, blind).await;

    // The conflict of interest is checked on the real applicant: a reviewer working in its
    // country is refused.
    let local = app.user(Role::Reviewer, None).await;
    set_stored(&app, "users", "country", local.id, "NPL").await;
    let refused = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/applications/{id}/reviewers"),
            Some(json!({"user_id": local.id})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("conflict of interest"));

    let reviewer = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/start-review"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);

    // Every page and answer the reviewer reaches for this application.
    let token = app.token(&reviewer).await;
    let declared = app
        .with_token(
            &token,
            Method::POST,
            &format!("/api/v1/applications/{id}/reviews"),
            Some(json!({"no_conflict": true})),
        )
        .await;
    declared.assert_status(StatusCode::OK);
    assert!(!names_the_applicant(&declared.text()));
    let mut seen = Vec::new();
    for path in [
        "/api/v1/applications".to_owned(),
        format!("/api/v1/applications/{id}"),
        format!("/api/v1/applications/{id}/revisions"),
        format!("/api/v1/applications/{id}/reviews"),
        format!("/api/v1/applications/{id}/attachments"),
        format!("/api/v1/attachments/{attachment}"),
        format!("/api/v1/attachments/{attachment}/content"),
        // Which applications an organization's number selects would say whose they are.
        format!("/api/v1/applications?organization_id={org}"),
    ] {
        let response = app.with_token(&token, Method::GET, &path, None).await;
        seen.push((path, response.status, response.text()));
    }
    let mut browser = app.signed_in(&reviewer).await;
    for path in [
        "/applications".to_owned(),
        format!("/applications/{id}"),
        format!("/applications/{id}/revisions"),
        format!("/attachments/{attachment}/content"),
        format!("/rounds/{blind}"),
        format!("/applications?organization_id={org}"),
    ] {
        let response = browser.get(&path).await;
        seen.push((path, response.status, response.text()));
    }
    for (path, status, text) in &seen {
        assert!(
            !names_the_applicant(text),
            "{path} ({status}) names it:\n{text}"
        );
    }
    let status = |path: &str| seen.iter().find(|(p, ..)| p == path).unwrap().1;
    let text = |path: &str| seen.iter().find(|(p, ..)| p == path).unwrap().2.clone();
    assert_eq!(status("/api/v1/applications"), StatusCode::OK);
    assert_eq!(
        status(&format!("/api/v1/applications/{id}")),
        StatusCode::OK
    );
    assert_eq!(status(&format!("/applications/{id}")), StatusCode::OK);
    assert_eq!(
        status(&format!("/api/v1/applications?organization_id={org}")),
        StatusCode::BAD_REQUEST
    );
    assert!(
        text(&format!("/applications?organization_id={org}"))
            .contains("Reviewers do not filter by organization")
    );
    assert_eq!(
        status(&format!("/api/v1/attachments/{attachment}/content")),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status(&format!("/attachments/{attachment}/content")),
        StatusCode::NOT_FOUND
    );
    let list: serde_json::Value = serde_json::from_str(&text("/api/v1/applications")).unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(
        list["items"][0]["organization_name"],
        "Withheld (blind review)"
    );
    assert_eq!(list["items"][0]["organization_id"], 0);
    let item: serde_json::Value =
        serde_json::from_str(&text(&format!("/api/v1/applications/{id}"))).unwrap();
    assert_eq!(item["organization_id"], 0);
    assert_eq!(item["title"], "Talks with the Ministry of Defence");
    assert_eq!(item["target_state"], "AZE", "the proposal's target stays");
    let documents: serde_json::Value =
        serde_json::from_str(&text(&format!("/api/v1/applications/{id}/attachments"))).unwrap();
    assert_eq!(documents["items"], json!([]));
    let page = text(&format!("/applications/{id}"));
    assert!(page.contains("Blind review: the applicant is not shown"));
    assert!(page.contains("Talks with the Ministry of Defence"));
    assert!(text("/applications").contains("Blind review: the applicant is not shown"));

    // The e-mails to the reviewer.
    let emails = app.emails_to(&reviewer.email).await;
    assert_eq!(emails.len(), 1);
    for (subject, body) in &emails {
        assert!(
            !names_the_applicant(subject) && !names_the_applicant(body),
            "{body}"
        );
    }

    // A reviewer whose profile changed after the assignment is refused at the declaration,
    // without being told who the applicant is.
    let moved = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": moved.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    set_stored(&app, "users", "country", moved.id, "NPL").await;
    let moved_token = app.token(&moved).await;
    let refused = app
        .with_token(
            &moved_token,
            Method::POST,
            &format!("/api/v1/applications/{id}/reviews"),
            Some(json!({"no_conflict": true})),
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(
        refused.text().contains("ask ICBL staff"),
        "{}",
        refused.text()
    );
    assert!(!names_the_applicant(&refused.text()));
    assert!(!refused.text().contains("NPL"));

    // Staff see the applicant.
    let mut staff_browser = app.signed_in(&staff).await;
    let page = staff_browser
        .get(&format!("/applications/{id}"))
        .await
        .text();
    assert!(page.contains(NAME));
    assert!(page.contains("ZLAN statutes"));
    assert!(!page.contains("Blind review: the applicant is not shown"));
    let list = app
        .with_token(&staff_token, Method::GET, "/api/v1/applications", None)
        .await;
    assert_eq!(list.json()["items"][0]["organization_name"], NAME);
    let documents = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/applications/{id}/attachments"),
            None,
        )
        .await;
    assert_eq!(documents.json()["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn outside_a_blind_round_reviewers_see_the_applicant_and_staff_set_the_round_blind() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let open = round(&app, &staff_token, "OPEN-1", false).await;
    let org = app.organization(NAME, "NPL").await;
    let member = app.member_token(org).await;
    let (id, _) = submitted(&app, &member, open).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let mut browser = app.signed_in(&reviewer).await;
    let page = browser.get(&format!("/applications/{id}")).await.text();
    assert!(page.contains(NAME));
    assert!(page.contains("ZLAN statutes"));

    // Staff turn blind review on in the round's form; from then on the name is withheld.
    let mut staff_browser = app.signed_in(&staff).await;
    let form = staff_browser
        .get(&format!("/rounds/{open}/edit"))
        .await
        .text();
    assert!(crate::helpers::has(
        &form,
        "input[name=blind_review]:not([checked])"
    ));
    let changed = app
        .with_token(
            &staff_token,
            Method::PATCH,
            &format!("/api/v1/rounds/{open}"),
            Some(json!({"blind_review": true})),
        )
        .await;
    changed.assert_status(StatusCode::OK);
    assert_eq!(changed.json()["blind_review"], true);
    let form = staff_browser
        .get(&format!("/rounds/{open}/edit"))
        .await
        .text();
    assert!(crate::helpers::has(
        &form,
        "input[name=blind_review][checked]"
    ));
    let page = browser.get(&format!("/applications/{id}")).await.text();
    assert!(!names_the_applicant(&page), "{page}");
    assert!(page.contains("Blind review: the applicant is not shown"));
}
