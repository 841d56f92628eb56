//! Each reason a coordination request is flagged for, alone: it is raised when its data holds,
//! and not when the record it points to is in another state (a suspended award, a former member,
//! a closed campaign).

use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use clearway::auth::Role;
use serde_json::{Value, json};

use crate::awards::approved;
use crate::coordination::request_body;
use crate::helpers::TestApp;

/// The flags a new request toward `target` is answered with. Each `key` gets a window of its
/// own (the n-th key from 30n days on), so that requests of one test never overlap.
async fn flags_for(app: &TestApp, target: &str, key: &str) -> Vec<String> {
    let n = match key {
        "first" => 1,
        "second" => 2,
        _ => 3,
    };
    let day = |offset: i64| (Utc::now().date_naive() + Duration::days(offset)).to_string();
    let mut body = request_body(target, key);
    body["window_start"] = json!(day(30 * n));
    body["window_end"] = json!(day(30 * n + 10));
    let receipt = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            body.to_string(),
        )
        .await;
    receipt.assert_status(StatusCode::CREATED);
    receipt.json()["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_active_award_toward_the_state_is_flagged_and_a_suspended_one_is_not() {
    let app = TestApp::spawn().await;
    // The award's application targets Azerbaijan; its organization works in Nepal.
    let (award, _, _, staff, _) = approved(&app, "3000.00").await;
    assert_eq!(flags_for(&app, "AZE", "first").await, ["active_award"]);
    // Toward Nepal, where the organization works, but no award aims.
    assert_eq!(
        flags_for(&app, "NPL", "elsewhere").await,
        ["member_present"]
    );

    app.with_token(
        &staff,
        Method::POST,
        &format!("/api/v1/awards/{award}/suspend"),
        Some(json!({"reason": "Reports are late."})),
    )
    .await
    .assert_status(StatusCode::OK);
    assert!(flags_for(&app, "AZE", "second").await.is_empty());
}

#[tokio::test]
async fn an_active_member_in_the_state_is_flagged_and_a_former_one_is_not() {
    let app = TestApp::spawn().await;
    let org = app
        .organization("India Campaign to Ban Landmines", "IND")
        .await;
    assert_eq!(flags_for(&app, "IND", "first").await, ["member_present"]);

    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    app.with_token(
        &token,
        Method::PATCH,
        &format!("/api/v1/organizations/{org}"),
        Some(json!({"membership_status": "former"})),
    )
    .await
    .assert_status(StatusCode::OK);
    assert!(flags_for(&app, "IND", "second").await.is_empty());
}

#[tokio::test]
async fn an_active_campaign_toward_the_state_is_flagged_and_a_closed_one_is_not() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "EGY", "name": "Egypt joins", "status": "active",
                        "objectives": "Accession.", "asks": ["accession"]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let campaign: Value = created.json();
    assert_eq!(flags_for(&app, "EGY", "first").await, ["active_campaign"]);

    app.with_token(
        &token,
        Method::PATCH,
        &format!("/api/v1/campaigns/{}", campaign["id"]),
        Some(json!({"status": "closed"})),
    )
    .await
    .assert_status(StatusCode::OK);
    assert!(flags_for(&app, "EGY", "second").await.is_empty());
}

#[tokio::test]
async fn a_stored_reason_the_code_does_not_know_is_refused_not_shown_as_a_flag() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    app.organization("India Campaign to Ban Landmines", "IND")
        .await;
    assert_eq!(flags_for(&app, "IND", "first").await, ["member_present"]);
    app.db
        .execute_unprepared("UPDATE flags SET reason = 'Member_present'")
        .await
        .unwrap();
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let internal = |response: &crate::helpers::TestResponse| {
        response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.json()["error"], "internal", "{}", response.text());
    };
    // The inbox reads its rows with SQL of its own: the reason is checked there too.
    internal(
        &app.with_token(&token, Method::GET, "/api/v1/inbox", None)
            .await,
    );
    app.signed_in(&staff)
        .await
        .get("/inbox")
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    let resolve = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/flags/1/resolve",
            Some(json!({"note": "Seen."})),
        )
        .await;
    internal(&resolve);
    let resolved = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT COUNT(*) FROM flags WHERE resolved_at IS NOT NULL",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<i64>(0)
        .unwrap();
    assert_eq!(resolved, 0);
}

/// With the requester's consent, the word goes to the members in the target state and to the
/// leads of its campaigns (wherever they work), and to no one else; without consent, to none.
#[tokio::test]
async fn with_consent_the_members_there_and_the_campaign_leads_are_told_and_no_one_else() {
    let app = TestApp::spawn().await;
    let there = app.organization("Myanmar Campaign", "MMR").await;
    let lead = app.organization("Regional Network", "THA").await;
    let elsewhere = app.organization("Laos Campaign", "LAO").await;
    let [member, leader, other] = [
        app.user(Role::Member, Some(there)).await,
        app.user(Role::Member, Some(lead)).await,
        app.user(Role::Member, Some(elsewhere)).await,
    ];
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    app.with_token(
        &token,
        Method::POST,
        "/api/v1/campaigns",
        Some(
            json!({"state": "MMR", "name": "Myanmar joins", "status": "active",
                    "objectives": "Accession.", "asks": ["accession"],
                    "lead_organization_ids": [lead]}),
        ),
    )
    .await
    .assert_status(StatusCode::CREATED);

    let mut private = request_body("MMR", "private");
    private["consent_to_share"] = json!(false);
    app.send(
        Method::POST,
        "/api/v1/coordination-requests",
        private.to_string(),
    )
    .await
    .assert_status(StatusCode::CREATED);
    for person in [&member, &leader, &other] {
        assert!(
            app.emails_to(&person.email).await.is_empty(),
            "no consent, no word"
        );
    }

    app.send(
        Method::POST,
        "/api/v1/coordination-requests",
        request_body("MMR", "shared").to_string(),
    )
    .await
    .assert_status(StatusCode::CREATED);
    assert_eq!(
        app.emails_to(&member.email).await.len(),
        1,
        "the member there"
    );
    assert_eq!(
        app.emails_to(&leader.email).await.len(),
        1,
        "the campaign's lead"
    );
    assert!(app.emails_to(&other.email).await.is_empty(), "no one else");
}
