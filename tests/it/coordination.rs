//! Coordination requests: the public form, flags, the workflow on the private status page, the
//! inbox, idempotency, the rate limit, and escalation.

use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use clearway::auth::Role;
use clearway::entities::{coordination_request, flag};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestResponse, has, select};

fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset)).to_string()
}

/// A valid request toward `target`, from Norway.
pub fn request_body(target: &str, key: &str) -> Value {
    json!({
        "requesting_state": "NOR",
        "ministry": "Ministry of Foreign Affairs",
        "contact_name": "Ingrid Hansen",
        "contact_email": "ingrid.hansen@mfa.example.org",
        "target_state": target,
        "approach": "capital_meeting",
        "window_start": day(30),
        "window_end": day(40),
        "mode": "joint",
        "message": "Meetings with the Ministry of Defence.",
        "consent_to_share": true,
        "idempotency_key": key,
    })
}

pub async fn post(app: &TestApp, body: &Value) -> TestResponse {
    app.send(
        Method::POST,
        "/api/v1/coordination-requests",
        body.to_string(),
    )
    .await
}

async fn count(app: &TestApp) -> u64 {
    coordination_request::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}

/// The text after `marker` up to the next quote.
fn after<'a>(page: &'a str, marker: &str) -> &'a str {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {page}"))
        + marker.len();
    let rest = &page[start..];
    &rest[..rest.find('"').unwrap()]
}

#[tokio::test]
async fn a_diplomat_asks_staff_coordinate_and_the_requester_follows_each_step() {
    let app = TestApp::spawn().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let campaign = app
        .with_token(
            &staff_token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "NPL", "name": "Nepal joins", "status": "active",
                        "asks": ["accession"], "lead_organization_ids": [org]}),
            ),
        )
        .await;
    campaign.assert_status(StatusCode::CREATED);

    // The home page leads to the form; the form needs no account.
    let mut browser = app.browser();
    assert!(
        browser
            .get("/")
            .await
            .text()
            .contains("href=\"/coordinate\"")
    );
    let form = browser.get("/coordinate").await;
    form.assert_status(StatusCode::OK);
    let page = form.text();
    assert_eq!(select(&page, "label[for=target_state]"), ["Target state"]);
    let key = after(&page, "name=\"idempotency_key\" value=\"").to_owned();
    let (start, end) = (day(30), day(45));
    let fields = [
        ("idempotency_key", key.as_str()),
        ("requesting_state", "NOR"),
        ("ministry", "Ministry of Foreign Affairs"),
        ("contact_name", "Ingrid Hansen"),
        ("contact_email", "ingrid.hansen@mfa.example.org"),
        ("target_state", "NPL"),
        ("approach", "capital_meeting"),
        ("window_start", start.as_str()),
        ("window_end", end.as_str()),
        ("mode", "joint"),
        ("message", "Two meetings in Kathmandu."),
        ("consent_to_share", "yes"),
        ("website", ""),
    ];
    let confirmation = browser.post_form("/coordinate", &fields).await;
    confirmation.assert_status(StatusCode::CREATED);
    let text = confirmation.text();
    let year = chrono::Datelike::year(&Utc::now());
    let reference = format!("CR-{year}-0001");
    assert!(text.contains(&reference), "{text}");
    let status_path = after(&text, "<a href=\"/coordinate/status/").to_owned();
    let status_path = format!("/coordinate/status/{status_path}");
    assert!(text.contains(&format!("http://127.0.0.1:8080{status_path}")));

    // Sent again (a double click): the same request, never a second one.
    let again = browser.post_form("/coordinate", &fields).await;
    again.assert_status(StatusCode::OK);
    assert!(again.text().contains(&reference));
    assert_eq!(count(&app).await, 1);

    // Staff find it in the inbox with its reasons.
    let inbox = app
        .with_token(&staff_token, Method::GET, "/api/v1/inbox", None)
        .await;
    inbox.assert_status(StatusCode::OK);
    let inbox = inbox.json();
    let requests = &inbox["groups"][0];
    assert_eq!(requests["kind"], "coordination_request");
    let reasons: Vec<&str> = requests["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["title"].as_str().unwrap().contains(&reference))
        .map(|i| i["reason"].as_str().unwrap())
        .collect();
    assert!(reasons.contains(&"member_present"), "{reasons:?}");
    assert!(reasons.contains(&"active_campaign"), "{reasons:?}");
    let staff_page = app.signed_in(&staff).await.get("/inbox").await;
    assert!(staff_page.text().contains(&reference));

    // Staff and the requester are told; the member organization only once staff share it.
    assert_eq!(app.emails_to("grants@localhost").await.len(), 1);
    assert!(app.emails_to(&member.email).await.is_empty());
    let confirmation_mail = app.emails_to("ingrid.hansen@mfa.example.org").await;
    assert!(confirmation_mail[0].1.contains(&status_path));
    // The confirmation carries nothing the sender wrote (the address may not be theirs).
    assert!(!confirmation_mail[0].1.contains("Ingrid Hansen"));
    assert!(!confirmation_mail[0].1.contains("Ministry of Defence"));

    // Staff move it along; the requester sees each step in plain words.
    let id = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let status = browser.get(&status_path).await;
    status.assert_status(StatusCode::OK);
    assert!(status.text().contains("has reached ICBL"));
    assert!(
        status
            .text()
            .contains("not shared: only ICBL staff see the request")
    );
    for (step, shown) in [
        ("acknowledge", "Acknowledged"),
        ("coordinate", "Coordinating"),
        ("agree", "Joint approach agreed"),
        ("complete", "Completed"),
    ] {
        let body = json!({"message": format!("Step {step} taken.")});
        app.with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/coordination-requests/{id}/{step}"),
            Some(body),
        )
        .await
        .assert_status(StatusCode::OK);
        let page = browser.get(&status_path).await.text();
        assert!(page.contains(shown), "{step}: {page}");
        assert!(page.contains(&format!("Step {step} taken.")));
    }
    // The requester was emailed at each step.
    assert_eq!(
        app.emails_to("ingrid.hansen@mfa.example.org").await.len(),
        5
    );
    // A finished request can no longer be withdrawn.
    assert!(
        !browser
            .get(&status_path)
            .await
            .text()
            .contains("Withdraw the request")
    );
}

#[tokio::test]
async fn bad_input_comes_back_with_messages_next_to_fields_and_values_kept() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let response = browser
        .post_form(
            "/coordinate",
            &[
                ("requesting_state", "NOR"),
                ("ministry", "Ministry of Foreign Affairs"),
                ("contact_name", "Ingrid <Hansen>"),
                ("contact_email", "not-an-email"),
                ("target_state", "XXX"),
                ("approach", "capital_meeting"),
                ("window_start", "2030-05-10"),
                ("window_end", "2030-05-01"),
                ("mode", "joint"),
            ],
        )
        .await;
    response.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text();
    assert!(page.contains("id=\"contact_email-error\""));
    assert!(page.contains("aria-describedby=\"contact_email-help contact_email-error\""));
    assert!(page.contains("id=\"target_state-error\""));
    assert!(page.contains("id=\"window_end-error\""));
    assert!(
        page.contains("value=\"Ingrid &lt;Hansen&gt;\""),
        "values are kept, escaped"
    );
    assert!(has(&page, r#"input[value="2030-05-10"]"#));
    assert!(has(
        &page,
        "select[name=requesting_state] option[value=NOR][selected]"
    ));
    assert_eq!(count(&app).await, 0);
}

#[tokio::test]
async fn spam_and_malformed_input_create_nothing_and_never_a_500() {
    let app = TestApp::spawn().await;
    let valid = request_body("AZE", "k");
    let mut cases: Vec<(String, StatusCode)> = Vec::new();
    let mut with = |field: &str, value: Value, expected: StatusCode| {
        let mut body = valid.clone();
        body[field] = value;
        cases.push((body.to_string(), expected));
    };
    with(
        "website",
        json!("http://spam.example"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "target_state",
        json!("ZZZ"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "requesting_state",
        json!("norway"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "window_end",
        json!(day(10)),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "window_start",
        json!("31/12/2030"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "message",
        json!("x".repeat(5001)),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "contact_email",
        json!("ingrid@"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "approach",
        json!("invasion"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with("mode", json!(7), StatusCode::BAD_REQUEST);
    with(
        "consent_to_share",
        json!("perhaps"),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    with(
        "idempotency_key",
        json!("k".repeat(500)),
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    cases.push(("{}".to_owned(), StatusCode::UNPROCESSABLE_ENTITY));
    cases.push(("not json at all".to_owned(), StatusCode::BAD_REQUEST));
    cases.push(("[1, 2]".to_owned(), StatusCode::BAD_REQUEST));
    for (body, expected) in cases {
        let response = app
            .send(Method::POST, "/api/v1/coordination-requests", body.clone())
            .await;
        assert_eq!(response.status, expected, "{body}: {}", response.text());
    }
    let spam = post(&app, &json!({"website": "x"})).await;
    assert!(
        !spam.json()["fields"]["website"][0]
            .as_str()
            .unwrap()
            .is_empty()
    );
    let missing = post(&app, &json!({})).await.json();
    for field in [
        "requesting_state",
        "ministry",
        "contact_email",
        "target_state",
        "window_start",
    ] {
        assert!(missing["fields"][field].is_array(), "{field}: {missing}");
    }
    assert_eq!(count(&app).await, 0);
    assert_eq!(flag::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn the_same_idempotency_key_gives_the_same_request() {
    let app = TestApp::spawn().await;
    let body = request_body("AZE", "retry-42");
    let first = post(&app, &body).await;
    first.assert_status(StatusCode::CREATED);
    let second = post(&app, &body).await;
    second.assert_status(StatusCode::OK);
    assert_eq!(first.json(), second.json());
    // Twice at once, under another key.
    let body = request_body("AZE", "retry-43");
    let (a, b) = tokio::join!(post(&app, &body), post(&app, &body));
    assert_eq!(a.json()["reference"], b.json()["reference"]);
    assert_eq!(count(&app).await, 2);
    // The same key with other content is refused, not answered with another's request.
    let mut other = request_body("AZE", "retry-42");
    other["contact_email"] = json!("someone.else@example.org");
    post(&app, &other).await.assert_status(StatusCode::CONFLICT);
    // The header works as the body field does.
    let mut plain = request_body("IND", "");
    plain.as_object_mut().unwrap().remove("idempotency_key");
    let with_header = |body: &Value| {
        axum::http::Request::post("/api/v1/coordination-requests")
            .header("content-type", "application/json")
            .header("idempotency-key", "header-key-1")
            .body(axum::body::Body::from(body.to_string()))
            .unwrap()
    };
    app.request(with_header(&plain))
        .await
        .assert_status(StatusCode::CREATED);
    app.request(with_header(&plain))
        .await
        .assert_status(StatusCode::OK);
    assert_eq!(count(&app).await, 3);
}

#[tokio::test]
async fn five_hundred_concurrent_requests_are_each_recorded_once_and_flagged() {
    // Submissions queue on the year's counter; with the test pool of 4 connections on a loaded
    // machine, a request may wait longer than the default 10 s for a connection, and the flood
    // may take longer than the 30 s request timeout (it is about losing nothing, not speed).
    let app = TestApp::spawn_with(|s| {
        s.coordination.requests_per_hour = 10_000;
        s.database.acquire_timeout_secs = 120;
        s.server.request_timeout_secs = 120;
        // SQLite's writers queue on its lock: let them wait as long as the flood lasts.
        s.database.sqlite_busy_timeout_ms = 120_000;
    })
    .await;
    app.organization("Azerbaijan Campaign", "AZE").await;
    let bodies: Vec<Value> = (0..500)
        .map(|i| request_body("AZE", &format!("flood-{i}")))
        .collect();
    let started = std::time::Instant::now();
    let responses =
        futures_util::future::join_all(bodies.iter().map(|body| post(&app, body))).await;
    eprintln!("500 requests in {:?}", started.elapsed());
    let mut references = std::collections::BTreeSet::new();
    for response in &responses {
        response.assert_status(StatusCode::CREATED);
        let body = response.json();
        assert!(
            body["flags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f == "member_present")
        );
        references.insert(body["reference"].as_str().unwrap().to_owned());
    }
    assert_eq!(references.len(), 500);
    assert_eq!(count(&app).await, 500);
    for i in [0, 250, 499] {
        let key = format!("flood-{i}");
        let found = coordination_request::Entity::find()
            .filter(coordination_request::Column::IdempotencyKey.eq(key.as_str()))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(found, 1);
    }
    let flagged = flag::Entity::find()
        .filter(flag::Column::Reason.eq("member_present"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(flagged, 500);
}

#[tokio::test]
async fn with_the_default_limit_every_201_exists_and_the_rest_get_429() {
    let app = TestApp::spawn().await;
    let limit = app.state.settings.coordination.requests_per_hour as usize;
    let bodies: Vec<Value> = (0..limit + 15)
        .map(|i| request_body("MMR", &format!("limited-{i}")))
        .collect();
    let responses =
        futures_util::future::join_all(bodies.iter().map(|body| post(&app, body))).await;
    let created: Vec<_> = responses
        .iter()
        .filter(|r| r.status == StatusCode::CREATED)
        .collect();
    assert_eq!(created.len(), limit);
    for response in &responses {
        assert!(
            [StatusCode::CREATED, StatusCode::TOO_MANY_REQUESTS].contains(&response.status),
            "{}",
            response.text()
        );
    }
    for response in created {
        let reference = response.json()["reference"].as_str().unwrap().to_owned();
        let exists = coordination_request::Entity::find()
            .filter(coordination_request::Column::Reference.eq(reference))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(exists, 1);
    }
    assert_eq!(count(&app).await, limit as u64);
    // The form answers with a page that says so.
    let mut browser = app.browser();
    browser.address = "198.51.100.9".parse().unwrap();
    let mut last = None;
    for _ in 0..=limit {
        let response = browser
            .post_form(
                "/coordinate",
                &[
                    ("requesting_state", "NOR"),
                    ("ministry", "MFA"),
                    ("contact_name", "I. H."),
                    ("contact_email", "ih@example.org"),
                    ("target_state", "MMR"),
                    ("approach", "demarche"),
                    ("window_start", &day(30)),
                    ("window_end", &day(31)),
                    ("mode", "complementary"),
                ],
            )
            .await;
        last = Some(response);
    }
    let last = last.unwrap();
    last.assert_status(StatusCode::TOO_MANY_REQUESTS);
    assert!(last.text().contains("Too many requests"));
}

#[tokio::test]
async fn illegal_steps_are_409_and_others_cannot_see_staff_lists() {
    let app = TestApp::spawn().await;
    let done = post(&app, &request_body("IND", "a")).await;
    done.assert_status(StatusCode::CREATED);
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let complete = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/coordination-requests/{id}/complete"),
            None,
        )
        .await;
    complete.assert_status(StatusCode::CONFLICT);
    assert!(
        complete.json()["message"]
            .as_str()
            .unwrap()
            .contains("received")
    );
    let decline = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/coordination-requests/{id}/decline"),
            Some(json!({})),
        )
        .await;
    decline.assert_status(StatusCode::UNPROCESSABLE_ENTITY);

    let org = app.organization("Indian Campaign", "IND").await;
    for (role, organization) in [
        (Role::Member, Some(org)),
        (Role::Reviewer, None),
        (Role::Finance, None),
    ] {
        let user = app.user(role, organization).await;
        let token = app.token(&user).await;
        for uri in [
            "/api/v1/coordination-requests".to_owned(),
            format!("/api/v1/coordination-requests/{id}"),
            "/api/v1/inbox".to_owned(),
        ] {
            let response = app.with_token(&token, Method::GET, &uri, None).await;
            assert!(
                [StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&response.status),
                "{role:?} {uri}: {}",
                response.status
            );
        }
        let step = app
            .with_token(
                &token,
                Method::POST,
                &format!("/api/v1/coordination-requests/{id}/acknowledge"),
                None,
            )
            .await;
        assert_eq!(step.status, StatusCode::FORBIDDEN);
        let page = app.signed_in(&user).await.get("/inbox").await;
        assert_eq!(page.status, StatusCode::FORBIDDEN);
    }
    // Anonymous: sign in first.
    let anonymous = app.get("/api/v1/coordination-requests").await;
    anonymous.assert_status(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_status_token_shows_its_own_request_and_nothing_else() {
    let app = TestApp::spawn().await;
    let first = post(&app, &request_body("IND", "one")).await.json();
    let mut second_body = request_body("NPL", "two");
    second_body["contact_email"] = json!("second@example.org");
    let second = post(&app, &second_body).await.json();
    let token = |receipt: &Value| {
        receipt["status_url"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned()
    };
    let status = app
        .get(&format!(
            "/api/v1/coordination-requests/status/{}",
            token(&first)
        ))
        .await;
    status.assert_status(StatusCode::OK);
    let text = status.text();
    assert!(text.contains(first["reference"].as_str().unwrap()));
    assert!(!text.contains(second["reference"].as_str().unwrap()));
    assert!(!text.contains("second@example.org"));
    assert!(
        !text.contains("ingrid.hansen"),
        "no contact details on the status"
    );
    // A wrong token is a 404 that tells nothing.
    let mut wrong = token(&first);
    wrong.replace_range(0..1, if wrong.starts_with('a') { "b" } else { "a" });
    app.get(&format!("/api/v1/coordination-requests/status/{wrong}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.get("/coordinate/status/nothing")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    // The requester withdraws through its link; a second time is a 409.
    let uri = format!(
        "/api/v1/coordination-requests/status/{}/withdraw",
        token(&second)
    );
    let withdrawn = app.send(Method::POST, &uri, "").await;
    withdrawn.assert_status(StatusCode::OK);
    assert_eq!(withdrawn.json()["status"], "withdrawn");
    app.send(Method::POST, &uri, "")
        .await
        .assert_status(StatusCode::CONFLICT);
}

#[tokio::test]
async fn flags_follow_the_data_and_resolve_with_a_note() {
    let app = TestApp::spawn().await;
    // Imminent, toward a State Party (Norway asks about France).
    let mut body = request_body("FRA", "x");
    body["window_start"] = json!(day(3));
    let receipt = post(&app, &body).await.json();
    let flags: Vec<&str> = receipt["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(flags, ["imminent", "target_is_party"]);
    // An overlapping request toward the same state.
    let mut again = request_body("FRA", "y");
    again["window_start"] = json!(day(20));
    again["window_end"] = json!(day(35));
    let receipt = post(&app, &again).await.json();
    assert!(
        receipt["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "overlap")
    );
    // Not overlapping: after the others' windows.
    let mut later = request_body("FRA", "z");
    later["window_start"] = json!(day(50));
    later["window_end"] = json!(day(60));
    let receipt = post(&app, &later).await.json();
    assert!(
        !receipt["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "overlap")
    );

    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let inbox = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/inbox?kind=coordination_request",
            None,
        )
        .await
        .json();
    let before = inbox["groups"][0]["total"].as_u64().unwrap();
    let first = inbox["groups"][0]["items"][0]["flag_id"].as_i64().unwrap();
    let resolved = app
        .with_token(
            &token,
            Method::POST,
            &format!("/api/v1/flags/{first}/resolve"),
            Some(json!({"note": "Looked at it: a courtesy visit."})),
        )
        .await;
    resolved.assert_status(StatusCode::OK);
    assert_eq!(
        resolved.json()["resolution_note"],
        "Looked at it: a courtesy visit."
    );
    app.with_token(
        &token,
        Method::POST,
        &format!("/api/v1/flags/{first}/resolve"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    let inbox = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/inbox?kind=coordination_request",
            None,
        )
        .await
        .json();
    assert_eq!(inbox["groups"][0]["total"].as_u64().unwrap(), before - 1);
    // Resolving from the page, with its CSRF token.
    let second = inbox["groups"][0]["items"][0]["flag_id"].as_i64().unwrap();
    let mut browser = app.signed_in(&staff).await;
    let response = browser
        .post_form(&format!("/inbox/flags/{second}/resolve"), &[("note", "ok")])
        .await;
    response.assert_status(StatusCode::SEE_OTHER);
    let audit = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/audit?entity=coordination_request",
            None,
        )
        .await
        .json();
    assert!(
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "flag_resolved")
    );
}

/// A request of Wednesday 23 December (10:00 in Geneva) is due on Monday 28 December: the 24th
/// is a working day, Christmas a holiday of the programme's calendar, then the weekend. Staff
/// accounts are told.
#[tokio::test]
async fn a_request_of_23_december_escalates_after_two_working_days_counting_holidays() {
    use clearway::coordination::escalation;
    use clearway::notify::Mail;
    use sea_orm::{ActiveModelTrait, Set};
    let app = TestApp::spawn().await;
    let officer = app.user(Role::Staff, None).await;
    post(&app, &request_body("IND", "christmas"))
        .await
        .assert_status(StatusCode::CREATED);
    let r = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: coordination_request::ActiveModel = r.into();
    active.received_at = Set("2026-12-23T09:00:00Z".parse().unwrap());
    active.update(&app.db).await.unwrap();
    let mail = Mail::from(&app.state);
    for (now, due) in [
        ("2026-12-25T12:00:00Z", 0), // two calendar working days, but Christmas is off
        ("2026-12-28T08:59:00Z", 0),
        ("2026-12-28T09:01:00Z", 1),
    ] {
        assert_eq!(
            escalation::escalate_due(&app.db, mail, &app.state.calendar, now.parse().unwrap())
                .await
                .unwrap(),
            due,
            "at {now}"
        );
    }
    let told = app.emails_to(&officer.email).await;
    assert_eq!(told.len(), 1);
    assert!(told[0].0.starts_with("Escalated"));
}

#[tokio::test]
async fn a_request_received_on_friday_escalates_after_two_working_days_once() {
    use clearway::coordination::escalation;
    use clearway::notify::Mail;
    use sea_orm::{ActiveModelTrait, Set};
    let app = TestApp::spawn().await;
    let admin = app.user(Role::Admin, None).await;
    post(&app, &request_body("IND", "friday"))
        .await
        .assert_status(StatusCode::CREATED);
    let friday: chrono::DateTime<Utc> = "2026-11-27T10:00:00Z".parse().unwrap();
    let r = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut active: coordination_request::ActiveModel = r.into();
    active.received_at = Set(friday);
    active.update(&app.db).await.unwrap();
    let mail = Mail::from(&app.state);
    let monday_morning: chrono::DateTime<Utc> = "2026-11-30T09:00:00Z".parse().unwrap();
    assert_eq!(
        escalation::escalate_due(&app.db, mail, &app.state.calendar, monday_morning)
            .await
            .unwrap(),
        0
    );
    let tuesday_evening: chrono::DateTime<Utc> = "2026-12-01T18:00:00Z".parse().unwrap();
    assert_eq!(
        escalation::escalate_due(&app.db, mail, &app.state.calendar, tuesday_evening)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        escalation::escalate_due(&app.db, mail, &app.state.calendar, tuesday_evening)
            .await
            .unwrap(),
        0
    );
    let later = tuesday_evening + Duration::days(3);
    assert_eq!(
        escalation::escalate_due(&app.db, mail, &app.state.calendar, later)
            .await
            .unwrap(),
        0
    );
    // Programme staff are told; administrators in copy.
    let mails = app.emails_to(&admin.email).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].0.starts_with("Copy: Escalated"), "{}", mails[0].0);
    assert!(
        app.emails_to("grants@localhost")
            .await
            .iter()
            .any(|(subject, _)| subject.starts_with("Escalated"))
    );
    let escalated = flag::Entity::find()
        .filter(flag::Column::Reason.eq("escalated"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(escalated, 1);
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let inbox = app
        .with_token(&token, Method::GET, "/api/v1/inbox?kind=escalation", None)
        .await
        .json();
    assert_eq!(inbox["groups"][0]["total"], 1);
    // The scheduled job runs it too, and finds nothing left.
    let ran = clearway::jobs::run_due(&app.state, "instance-a", Utc::now())
        .await
        .unwrap();
    assert!(ran.contains(&"escalate_coordination_requests"));
}

#[tokio::test]
async fn staff_take_steps_and_leave_messages_through_the_pages() {
    let app = TestApp::spawn().await;
    post(&app, &request_body("IND", "pages"))
        .await
        .assert_status(StatusCode::CREATED);
    let id = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = format!("/coordination-requests/{id}");
    // The requester's step is not staff's to take, and a step that does not exist is not found.
    for step in ["withdraw", "fly"] {
        let refused = browser
            .post_form(&format!("{page}/steps/{step}"), &[])
            .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{step}");
    }
    let acknowledged = browser
        .post_form(&format!("{page}/steps/acknowledge"), &[])
        .await;
    assert_eq!(acknowledged.status, StatusCode::SEE_OTHER);
    assert_eq!(acknowledged.header("location"), page);
    assert!(
        browser
            .get(&page)
            .await
            .text()
            .contains("is now acknowledged")
    );
    // Taken twice (a second tab): the page again, saying why where the steps are.
    let again = browser
        .post_form(&format!("{page}/steps/acknowledge"), &[])
        .await;
    again.assert_status(StatusCode::CONFLICT);
    crate::helpers::assert_refused_form(
        &again.text(),
        "steps-message",
        "Not done: a coordination request that is 'acknowledged' cannot be acknowledged.",
    );
    // Declining without a word: the reason at the decline's message.
    let unexplained = browser
        .post_form(&format!("{page}/steps/decline"), &[("message", "")])
        .await;
    unexplained.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    crate::helpers::assert_refused_form(
        &unexplained.text(),
        "message-decline-error",
        "Write the message the requester will read",
    );
    let sent = browser
        .post_form(
            &format!("{page}/messages"),
            &[("message", "We will call on Monday.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(
        browser
            .get(&page)
            .await
            .text()
            .contains("Message left on the status page")
    );
    let stored = coordination_request::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status.as_str(), "acknowledged");
}

/// One column of a request, read as the database holds it (the entity would refuse the row).
async fn stored_text(app: &TestApp, id: i64, column: &str) -> String {
    use sea_orm::ConnectionTrait;
    app.db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT {column} FROM coordination_requests WHERE id = {id}"),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<String>(0)
        .unwrap()
}

/// The token a receipt's `Location` carries.
fn location_token(receipt: &TestResponse) -> String {
    receipt
        .header("location")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_stored_status_the_code_does_not_know_is_refused_everywhere() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    let receipt = post(&app, &request_body("IND", "unknown-status")).await;
    receipt.assert_status(StatusCode::CREATED);
    let token = location_token(&receipt);
    let id = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    // Spelled as another version, or a hand, might spell it.
    app.db
        .execute_unprepared(&format!(
            "UPDATE coordination_requests SET status = 'Received' WHERE id = {id}"
        ))
        .await
        .unwrap();
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let internal = |response: &TestResponse| {
        response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.json()["error"], "internal", "{}", response.text());
    };

    let api = format!("/api/v1/coordination-requests/{id}");
    internal(&app.with_token(&staff_token, Method::GET, &api, None).await);
    let page = app
        .signed_in(&staff)
        .await
        .get(&format!("/coordination-requests/{id}"))
        .await;
    page.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert!(page.header("content-type").starts_with("text/html"));

    // Not taken for `received`: staff cannot acknowledge it, the requester cannot withdraw it.
    let steps_before = clearway::entities::coordination_step::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    let acknowledge = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("{api}/acknowledge"),
            Some(json!({})),
        )
        .await;
    internal(&acknowledge);
    let withdraw = app
        .send(
            Method::POST,
            &format!("/api/v1/coordination-requests/status/{token}/withdraw"),
            "",
        )
        .await;
    internal(&withdraw);
    assert_eq!(stored_text(&app, id, "status").await, "Received");
    assert_eq!(
        clearway::entities::coordination_step::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        steps_before
    );
    assert_eq!(
        app.emails_to("ingrid.hansen@mfa.example.org").await.len(),
        1
    );

    // The public status link, as JSON and as a page.
    internal(
        &app.get(&format!("/api/v1/coordination-requests/status/{token}"))
            .await,
    );
    app.get(&format!("/coordinate/status/{token}"))
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
}

#[tokio::test]
async fn a_link_given_before_tokens_were_macs_still_opens_its_request() {
    use clearway::coordination::token::{legacy_status_token, status_token};
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    let secret = app.state.cookie_key.signing().to_vec();

    // A new request is given a token of the current form, an HMAC of its salt.
    let receipt = post(&app, &request_body("IND", "new-form")).await;
    receipt.assert_status(StatusCode::CREATED);
    let issued = location_token(&receipt);
    let r = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(issued, status_token(&secret, &r.token_salt).unwrap());
    assert_ne!(issued, legacy_status_token(&secret, &r.token_salt));
    assert_eq!(r.token_hash, clearway::auth::tokens::digest(&issued));

    // A request recorded before: its stored digest is of the earlier form.
    let legacy = legacy_status_token(&secret, &r.token_salt);
    app.db
        .execute_unprepared(&format!(
            "UPDATE coordination_requests SET token_hash = '{}' WHERE id = {}",
            clearway::auth::tokens::digest(&legacy),
            r.id
        ))
        .await
        .unwrap();
    app.get(&format!("/coordinate/status/{legacy}"))
        .await
        .assert_status(StatusCode::OK);
    let status = app
        .get(&format!("/api/v1/coordination-requests/status/{legacy}"))
        .await;
    status.assert_status(StatusCode::OK);
    assert_eq!(status.json()["reference"], json!(r.reference));
    // Its email of the next step still carries the link it was given.
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/coordination-requests/{}/acknowledge", r.id),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let emails = app.emails_to("ingrid.hansen@mfa.example.org").await;
    let (_, acknowledged) = emails.last().unwrap();
    assert!(
        acknowledged.contains(&format!("/coordinate/status/{legacy}")),
        "{acknowledged}"
    );
    // The same key again is answered with that link too.
    let again = post(&app, &request_body("IND", "new-form")).await;
    again.assert_status(StatusCode::OK);
    assert_eq!(location_token(&again), legacy);
    // Its withdrawal goes through the old link.
    app.send(
        Method::POST,
        &format!("/api/v1/coordination-requests/status/{legacy}/withdraw"),
        "",
    )
    .await
    .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn a_withdrawal_the_workflow_refuses_comes_back_on_the_status_page_saying_why() {
    use clearway::entities::coordination_step;

    let app = TestApp::spawn().await;
    let receipt = post(&app, &request_body("NPL", "withdraw-twice"))
        .await
        .json();
    let token = receipt["status_url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let page = format!("/coordinate/status/{token}");
    let action = format!("{page}/withdraw");
    let mut browser = app.browser();
    // Two tabs of the status page: the first withdraws it, the second then tries again.
    let stale = browser.csrf_token_of(&page).await;
    browser
        .post_form_raw(&action, &[("csrf_token", stale.as_str())])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        browser
            .get(&page)
            .await
            .text()
            .contains("Your request is withdrawn.")
    );
    let stored = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let steps = coordination_step::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    let refused = browser
        .post_form_raw(&action, &[("csrf_token", stale.as_str())])
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    crate::helpers::assert_refused_form(
        &html,
        "withdraw-message",
        "The request is not withdrawn: a coordination request that is 'withdrawn' cannot be \
         withdrawn.",
    );
    assert!(has(&html, ".error-summary a[href='#withdraw-message']"));
    assert!(!html.contains("Your request is withdrawn."), "no flash");
    assert_eq!(refused.header("cache-control"), "no-store");
    let after = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after, stored, "nothing is written");
    assert_eq!(
        coordination_step::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        steps
    );
}

/// A step staff's form cannot take comes back on the request's page: a decline without its
/// message says so at the field (422), a step the request cannot take now is said where the steps
/// are (409); nothing is written either way. (A message too long is refused before the form's
/// handler, by `web::hygiene`.)
#[tokio::test]
async fn a_step_the_request_page_refuses_comes_back_on_it_saying_why() {
    use clearway::entities::coordination_step;

    let app = TestApp::spawn().await;
    post(&app, &request_body("IND", "refused-step"))
        .await
        .assert_status(StatusCode::CREATED);
    let stored = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let id = stored.id;
    let steps = || async {
        coordination_step::Entity::find()
            .count(&app.db)
            .await
            .unwrap()
    };
    let before = steps().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = format!("/coordination-requests/{id}");

    let refused = browser
        .post_form(&format!("{page}/steps/decline"), &[("message", "  ")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    crate::helpers::assert_refused_form(
        &html,
        "message-decline-error",
        "Write the message the requester will read",
    );
    assert!(has(
        &html,
        "#message-decline[aria-invalid=true][aria-describedby='message-decline-error']"
    ));
    assert!(has(&html, ".error-summary a[href='#message-decline']"));
    assert!(!has(&html, "#message-acknowledge[aria-invalid]"));
    assert!(!html.contains("is now"), "no flash");

    // Staff acknowledge it from another tab; this tab's "Acknowledge" is then refused.
    let token = app.token(&staff).await;
    app.with_token(
        &token,
        Method::POST,
        &format!("/api/v1/coordination-requests/{id}/acknowledge"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let acknowledged = coordination_request::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let after_ack = steps().await;
    assert_eq!(after_ack, before + 1);
    let late = browser
        .post_form(
            &format!("{page}/steps/acknowledge"),
            &[("message", "We have your request.")],
        )
        .await;
    late.assert_status(StatusCode::CONFLICT);
    let html = late.text();
    crate::helpers::assert_refused_form(
        &html,
        "steps-message",
        "Not done: a coordination request that is 'acknowledged' cannot be acknowledged.",
    );
    assert!(has(&html, ".error-summary a[href='#steps-message']"));
    assert_eq!(
        coordination_request::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
        acknowledged,
        "nothing is written"
    );
    assert_eq!(steps().await, after_ack);

    // In French, the same sentences in French.
    let cookie = crate::i18n::cookie(clearway::i18n::Lang::Fr);
    let (name, value) = cookie.split_once('=').unwrap();
    browser.cookies.insert(name.into(), value.into());
    let refused = browser
        .post_form(&format!("{page}/steps/decline"), &[("message", "")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    let said = select(&html, "#message-decline-error");
    assert_eq!(said.len(), 1);
    assert!(said[0].starts_with("« message »"), "{said:?}");
    assert!(select(&html, ".error-summary li").contains(&said[0]));
    assert!(
        select(&html, "title")[0].starts_with("Erreur"),
        "{:?}",
        select(&html, "title")
    );
    let late = browser
        .post_form(&format!("{page}/steps/acknowledge"), &[])
        .await;
    late.assert_status(StatusCode::CONFLICT);
    let said = select(&late.text(), "#steps-message");
    assert!(said[0].starts_with("Non effectué"), "{said:?}");
}

/// A request shared meanwhile (another tab) is not shared again: its page says why where the
/// share button was (409), and no one is e-mailed twice.
#[tokio::test]
async fn a_share_the_request_page_refuses_comes_back_on_it_saying_why() {
    let app = TestApp::spawn().await;
    post(&app, &request_body("IND", "shared-twice"))
        .await
        .assert_status(StatusCode::CREATED);
    let id = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = format!("/coordination-requests/{id}");
    let stale = browser.csrf_token_of(&page).await;
    assert!(has(&browser.get(&page).await.text(), "#share-heading"));
    let action = format!("{page}/share");
    browser
        .post_form_raw(&action, &[("csrf_token", stale.as_str())])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let shared = coordination_request::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let shared_at = shared.shared_at.expect("shared");
    assert!(
        browser
            .get(&page)
            .await
            .text()
            .contains("Shared: the member organizations")
    );
    let audited = || async {
        clearway::entities::audit_event::Entity::find()
            .filter(
                clearway::entities::audit_event::Column::Action.eq("coordination_request_shared"),
            )
            .count(&app.db)
            .await
            .unwrap()
    };
    assert_eq!(audited().await, 1);
    let again = browser
        .post_form_raw(&action, &[("csrf_token", stale.as_str())])
        .await;
    again.assert_status(StatusCode::CONFLICT);
    let html = again.text();
    let sentence = format!(
        "Not shared: this request was already shared on '{}'.",
        clearway::views::instant(shared_at)
    );
    crate::helpers::assert_refused_form(&html, "share-message", &sentence);
    assert!(has(&html, "#share-heading"), "said where the button was");
    assert!(
        !has(&html, "form[action$='/share']"),
        "no button to press again"
    );
    assert!(
        !html.contains("Shared: the member organizations"),
        "no flash"
    );
    assert_eq!(audited().await, 1, "shared once");
    assert_eq!(
        coordination_request::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
        shared
    );
}
