//! Each reason a coordination request is flagged for, alone: it is raised when its data holds,
//! and not when the record it points to is in another state (a suspended award, a former member,
//! a closed campaign).

use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use clearway::auth::Role;
use clearway::entities::coordination_request;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::awards::approved;
use crate::coordination::request_body;
use crate::helpers::{TestApp, has};

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

/// A campaign being planned, or paused, counts as much as an active one: the flag names its
/// status and the request is linked to it.
#[tokio::test]
async fn a_campaign_in_planning_or_paused_is_flagged_with_its_status_and_linked() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "USA", "name": "USA joins", "status": "planning",
                        "objectives": "Accession.", "asks": ["accession"]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let campaign = created.json()["id"].as_i64().unwrap();
    assert_eq!(flags_for(&app, "USA", "first").await, ["active_campaign"]);
    let request = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(request.campaign_id, Some(campaign));
    let item = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/coordination-requests/{}", request.id),
            None,
        )
        .await
        .json();
    assert_eq!(
        item["flags"][0]["related"]["campaign_statuses"],
        json!(["planning"])
    );
    // The request's page links the campaign, with its status.
    let page = app
        .signed_in(&staff)
        .await
        .get(&format!("/coordination-requests/{}", request.id))
        .await
        .text();
    assert!(
        page.contains(&format!("href=\"/campaigns/{campaign}\"")),
        "{page}"
    );
    assert!(page.contains("(Planning)"));
}

/// Two overlapping requests are each flagged, each pointing to the other; closing a request
/// (declined here) resolves its open flags, audited, and leaves the other's alone.
#[tokio::test]
async fn an_overlap_is_flagged_on_both_requests_and_flags_close_with_their_request() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let post = |key: &'static str| {
        let app = &app;
        async move {
            let answer = app
                .send(
                    Method::POST,
                    "/api/v1/coordination-requests",
                    request_body("MMR", key).to_string(),
                )
                .await;
            answer.assert_status(StatusCode::CREATED);
            let reference = answer.json()["reference"].as_str().unwrap().to_owned();
            coordination_request::Entity::find()
                .filter(coordination_request::Column::Reference.eq(reference))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let first = post("first").await;
    let second = post("second").await;
    let flags_of = |id: i64| {
        let app = &app;
        let token = token.clone();
        async move {
            app.with_token(
                &token,
                Method::GET,
                &format!("/api/v1/coordination-requests/{id}"),
                None,
            )
            .await
            .json()["flags"]
                .as_array()
                .unwrap()
                .clone()
        }
    };
    let overlap = |flags: &[Value]| {
        flags
            .iter()
            .find(|f| f["reason"] == "overlap")
            .cloned()
            .unwrap_or_else(|| panic!("no overlap flag in {flags:?}"))
    };
    let on_first = flags_of(first).await;
    let on_second = flags_of(second).await;
    assert_eq!(
        overlap(&on_first)["related"]["coordination_requests"],
        json!([second])
    );
    assert_eq!(
        overlap(&on_second)["related"]["coordination_requests"],
        json!([first])
    );
    // The earlier request's page links the later one.
    let page = app
        .signed_in(&staff)
        .await
        .get(&format!("/coordination-requests/{first}"))
        .await
        .text();
    assert!(page.contains(&format!("href=\"/coordination-requests/{second}\"")));

    app.with_token(
        &token,
        Method::POST,
        &format!("/api/v1/coordination-requests/{second}/decline"),
        Some(json!({"message": "Another State is already coordinating."})),
    )
    .await
    .assert_status(StatusCode::OK);
    let closed = flags_of(second).await;
    assert!(!closed.is_empty());
    for flag in &closed {
        assert!(flag["resolved_at"].is_string(), "{flag}");
        assert_eq!(
            flag["resolution_note"],
            "Closed with the request: declined."
        );
    }
    assert!(
        flags_of(first)
            .await
            .iter()
            .all(|f| f["resolved_at"].is_null()),
        "the other request's flags stay open"
    );
    let audited = clearway::entities::audit_event::Entity::find()
        .filter(clearway::entities::audit_event::Column::Action.eq("flag_resolved"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, closed.len() as u64);
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

/// What a campaign's lead sees of the campaign: its API answer and its page.
async fn seen_by_lead(
    app: &TestApp,
    leader: &crate::helpers::TestUser,
    token: &str,
    campaign: i64,
) -> (String, String) {
    let api = app
        .with_token(
            token,
            Method::GET,
            &format!("/api/v1/campaigns/{campaign}"),
            None,
        )
        .await;
    api.assert_status(StatusCode::OK);
    let page = app
        .signed_in(leader)
        .await
        .get(&format!("/campaigns/{campaign}"))
        .await;
    page.assert_status(StatusCode::OK);
    (api.text(), page.text())
}

/// A request is seen by staff only until staff share it, and only one whose requester agreed
/// is ever shared: then the member there and the campaign's leads are told and see it.
#[tokio::test]
async fn a_request_reaches_members_only_when_staff_share_one_the_requester_consented_to() {
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
    let campaign = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "MMR", "name": "Myanmar joins", "status": "active",
                        "objectives": "Accession.", "asks": ["accession"],
                        "lead_organization_ids": [lead]}),
            ),
        )
        .await;
    campaign.assert_status(StatusCode::CREATED);
    let campaign = campaign.json()["id"].as_i64().unwrap();

    let mut private = request_body("MMR", "private");
    private["consent_to_share"] = json!(false);
    let private = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            private.to_string(),
        )
        .await;
    private.assert_status(StatusCode::CREATED);
    let consented = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            request_body("MMR", "shared").to_string(),
        )
        .await;
    consented.assert_status(StatusCode::CREATED);
    let [private, consented] =
        [&private, &consented].map(|r| r.json()["reference"].as_str().unwrap().to_owned());
    let id_of = |reference: &str| {
        let app = &app;
        let reference = reference.to_owned();
        async move {
            coordination_request::Entity::find()
                .filter(coordination_request::Column::Reference.eq(reference))
                .one(&app.db)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let (private_id, consented_id) = (id_of(&private).await, id_of(&consented).await);

    // Before staff share: no member hears of either, by e-mail, the API or the campaign page.
    let leader_token = app.token(&leader).await;
    for person in [&member, &leader, &other] {
        assert!(
            app.emails_to(&person.email).await.is_empty(),
            "not yet shared"
        );
    }
    let (api, page) = seen_by_lead(&app, &leader, &leader_token, campaign).await;
    for reference in [&private, &consented] {
        assert!(!api.contains(reference.as_str()), "{api}");
        assert!(!page.contains(reference.as_str()));
    }
    // Staff see both on the campaign.
    let staff_view = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/campaigns/{campaign}"),
            None,
        )
        .await
        .text();
    assert!(staff_view.contains(private.as_str()) && staff_view.contains(consented.as_str()));

    // A member cannot share; staff cannot share what the requester kept private.
    app.with_token(
        &leader_token,
        Method::POST,
        &format!("/api/v1/coordination-requests/{consented_id}/share"),
        None,
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let refused = app
        .with_token(
            &token,
            Method::POST,
            &format!("/api/v1/coordination-requests/{private_id}/share"),
            None,
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(refused.text().contains("did not agree to share"));

    // Staff share the consented one from its page: the member there and the campaign's lead
    // are told and see it; no one else; the private one stays hidden.
    let mut staff_browser = app.signed_in(&staff).await;
    let request_page = format!("/coordination-requests/{consented_id}");
    let before = staff_browser.get(&request_page).await.text();
    assert!(before.contains("not yet: only staff see it"));
    assert!(before.contains("Share with the members"));
    let private_page = staff_browser
        .get(&format!("/coordination-requests/{private_id}"))
        .await
        .text();
    assert!(!private_page.contains("Share with the members"));
    let shared = staff_browser
        .post_form(&format!("{request_page}/share"), &[])
        .await;
    shared.assert_status(StatusCode::SEE_OTHER);
    let after = staff_browser.get(&request_page).await.text();
    assert!(after.contains("Shared: the member organizations concerned were told"));
    assert!(!after.contains("Share with the members"));
    let item = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/coordination-requests/{consented_id}"),
            None,
        )
        .await;
    assert!(item.json()["shared_at"].is_string());
    assert_eq!(
        app.emails_to(&member.email).await.len(),
        1,
        "the member there"
    );
    let to_lead = app.emails_to(&leader.email).await;
    assert_eq!(to_lead.len(), 1, "the campaign's lead");
    assert!(to_lead[0].1.contains("ingrid.hansen@mfa.example.org"));
    assert!(app.emails_to(&other.email).await.is_empty(), "no one else");
    let (api, page) = seen_by_lead(&app, &leader, &leader_token, campaign).await;
    assert!(api.contains(consented.as_str()) && page.contains(consented.as_str()));
    assert!(!api.contains(private.as_str()) && !page.contains(private.as_str()));
    let audited = clearway::entities::audit_event::Entity::find()
        .filter(clearway::entities::audit_event::Column::Action.eq("coordination_request_shared"))
        .filter(clearway::entities::audit_event::Column::EntityId.eq(consented_id.to_string()))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 1);

    // Once only.
    app.with_token(
        &token,
        Method::POST,
        &format!("/api/v1/coordination-requests/{consented_id}/share"),
        None,
    )
    .await
    .assert_status(StatusCode::CONFLICT);
    assert_eq!(app.emails_to(&leader.email).await.len(), 1);
}

/// The inbox page shows a request once, with every open flag of it as a badge, a readable time
/// and counts per kind at the top; "resolve all" closes its flags at once.
#[tokio::test]
async fn the_inbox_shows_one_row_per_request_and_resolves_all_its_flags_at_once() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    app.organization("Myanmar Campaign", "MMR").await;
    // Imminent, and a member there: two flags on one request.
    let mut body = request_body("MMR", "inbox");
    let day = |offset: i64| (Utc::now().date_naive() + Duration::days(offset)).to_string();
    body["window_start"] = json!(day(3));
    body["window_end"] = json!(day(5));
    let answer = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            body.to_string(),
        )
        .await;
    answer.assert_status(StatusCode::CREATED);
    let reference = answer.json()["reference"].as_str().unwrap().to_owned();
    let request = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    let mut browser = app.signed_in(&staff).await;
    let page = browser.get("/inbox").await.text();
    assert_eq!(
        page.matches(reference.as_str()).count(),
        1,
        "one row: {page}"
    );
    assert!(page.contains("A member organization works in the target state"));
    assert!(page.contains("The window starts within 14 days"));
    assert!(page.contains("href=\"#group-coordination_request\""));
    assert!(
        !page.contains(&format!("{}T", Utc::now().date_naive())),
        "times are for people"
    );

    let resolved = browser
        .post_form(
            &format!("/inbox/records/coordination_request/{}/resolve", request.id),
            &[("note", "Called the ministry.")],
        )
        .await;
    resolved.assert_status(StatusCode::SEE_OTHER);
    let page = browser.get("/inbox").await.text();
    assert!(page.contains("Resolved 2 flags."), "{page}");
    assert!(!page.contains(reference.as_str()));
    let open = clearway::entities::flag::Entity::find()
        .filter(clearway::entities::flag::Column::ResolvedAt.is_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(open, 0);
    // Nothing left to resolve: said so, nothing changes.
    let again = browser
        .post_form(
            &format!("/inbox/records/coordination_request/{}/resolve", request.id),
            &[("note", "Again.")],
        )
        .await;
    again.assert_status(StatusCode::CONFLICT);
    crate::helpers::assert_refused_form(
        &again.text(),
        "resolve-message",
        "The record's flags are not resolved: this record has no open flag.",
    );
}

/// One flag resolved from the inbox page: a note too long comes back at its field (422), a flag
/// someone else resolved meanwhile is said so above the lists (409); neither writes anything.
#[tokio::test]
async fn a_resolution_the_inbox_refuses_comes_back_on_the_page_saying_why() {
    use clearway::entities::flag;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    app.organization("Myanmar Campaign", "MMR").await;
    let answer = app
        .send(
            Method::POST,
            "/api/v1/coordination-requests",
            request_body("MMR", "refused-note").to_string(),
        )
        .await;
    answer.assert_status(StatusCode::CREATED);
    let open = || async {
        flag::Entity::find()
            .filter(flag::Column::ResolvedAt.is_null())
            .all(&app.db)
            .await
            .unwrap()
    };
    let before = open().await;
    let id = before[0].id;
    let mut browser = app.signed_in(&staff).await;

    let long = "x".repeat(2001);
    let refused = browser
        .post_form(&format!("/inbox/flags/{id}/resolve"), &[("note", &long)])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    let field = format!("note-{id}");
    crate::helpers::assert_refused_form(
        &page,
        &format!("{field}-error"),
        "The note must be at most 2000 characters long",
    );
    assert!(has(
        &page,
        &format!("details[open] #{field}[aria-invalid=true][aria-describedby='{field}-error']")
    ));
    assert!(has(&page, &format!(".error-summary a[href='#{field}']")));
    assert!(
        has(&page, &format!("#{field}[value='{long}']")),
        "the note is kept"
    );
    assert_eq!(open().await, before, "nothing is resolved");

    // Resolved by someone else meanwhile: said above the lists, nothing written again.
    let token = app.token(&staff).await;
    app.with_token(
        &token,
        Method::POST,
        &format!("/api/v1/flags/{id}/resolve"),
        Some(json!({"note": "Done by a colleague."})),
    )
    .await
    .assert_status(StatusCode::OK);
    let resolved = flag::Entity::find_by_id(id).one(&app.db).await.unwrap();
    let late = browser
        .post_form(
            &format!("/inbox/flags/{id}/resolve"),
            &[("note", "Called them.")],
        )
        .await;
    late.assert_status(StatusCode::CONFLICT);
    crate::helpers::assert_refused_form(
        &late.text(),
        "resolve-message",
        "The flag is not resolved: this flag has already been resolved.",
    );
    assert_eq!(
        flag::Entity::find_by_id(id).one(&app.db).await.unwrap(),
        resolved,
        "the colleague's note stays"
    );
}
