//! Country campaigns: staff create them, leads and staff log activities, applications link to
//! them, and a state joining the Convention flags them.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, has, select};

#[tokio::test]
async fn staff_create_campaigns_and_leads_log_activities() {
    let app = TestApp::spawn().await;
    let lead = app.organization("Azerbaijan Campaign", "AZE").await;
    let other = app.organization("Nepal Campaign", "NPL").await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "aze", "name": "Azerbaijan joins", "status": "active",
                        "objectives": "Accession by 2028.", "asks": ["accession", "unga_vote"],
                        "lead_organization_ids": [lead]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let campaign = created.json();
    let id = campaign["id"].as_i64().unwrap();
    assert_eq!(campaign["state"], "AZE");
    assert_eq!(campaign["asks"], json!(["accession", "unga_vote"]));

    let invalid = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(json!({"state": "QQQ", "status": "dreaming", "asks": ["peace"]})),
        )
        .await;
    invalid.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let fields = &invalid.json()["fields"];
    for field in ["state", "name", "status", "asks"] {
        assert!(fields[field].is_array(), "{field}");
    }

    // A member of the lead organization logs an activity; a member of another cannot see it.
    let member = app.member_token(lead).await;
    let logged = app
        .with_token(
            &member,
            Method::POST,
            &format!("/api/v1/campaigns/{id}/activities"),
            Some(json!({"occurred_on": "2026-11-20", "kind": "meeting_with_authorities",
                        "description": "Met the deputy minister.", "outcome": "A follow-up in March."})),
        )
        .await;
    logged.assert_status(StatusCode::CREATED);
    let outsider = app.member_token(other).await;
    app.with_token(
        &outsider,
        Method::GET,
        &format!("/api/v1/campaigns/{id}"),
        None,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    let list = app
        .with_token(&outsider, Method::GET, "/api/v1/campaigns", None)
        .await
        .json();
    assert_eq!(list["total"], 0);
    app.with_token(
        &member,
        Method::PATCH,
        &format!("/api/v1/campaigns/{id}"),
        Some(json!({"status": "closed"})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);

    // Staff link an application; the page shows it, the log and the state's timeline.
    let round = app.open_round().await;
    let member_token = app.member_token(lead).await;
    let application = app
        .with_token(
            &member_token,
            Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(round, "low", "1500.00")),
        )
        .await
        .json();
    let app_id = application["id"].as_i64().unwrap();
    let patched = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/campaigns/{id}"),
            Some(json!({"add_applications": [app_id]})),
        )
        .await;
    patched.assert_status(StatusCode::OK);
    assert_eq!(patched.json()["applications"][0]["id"], app_id);
    let mut browser = app.signed_in(&staff).await;
    let page = browser.get(&format!("/campaigns/{id}")).await;
    page.assert_status(StatusCode::OK);
    let text = page.text();
    assert!(text.contains("Met the deputy minister."));
    assert!(text.contains("Talks with the Ministry of Defence"));
    assert!(text.contains("Azerbaijan and the Convention"));
    // The page form logs an activity too.
    let response = browser
        .post_form(
            &format!("/campaigns/{id}/activities"),
            &[
                ("occurred_on", "2026-11-25"),
                ("kind", "media"),
                ("description", "Op-ed published."),
            ],
        )
        .await;
    response.assert_status(StatusCode::SEE_OTHER);
    assert!(
        browser
            .get(&format!("/campaigns/{id}"))
            .await
            .text()
            .contains("Op-ed published.")
    );
}

#[tokio::test]
async fn a_state_joining_flags_its_campaigns_for_the_inbox() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(json!({"state": "USA", "name": "United States joins", "status": "active"})),
        )
        .await
        .json();
    let recorded = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/states/USA/events",
            Some(json!({"kind": "accession", "occurred_on": "2026-11-27"})),
        )
        .await;
    assert!(recorded.status.is_success(), "{}", recorded.text());
    let inbox = app
        .with_token(&token, Method::GET, "/api/v1/inbox?kind=state_joined", None)
        .await
        .json();
    let group = &inbox["groups"][0];
    assert_eq!(group["total"], 1);
    assert_eq!(group["items"][0]["title"], "United States joins");
    assert_eq!(
        group["items"][0]["link"],
        format!("/campaigns/{}", created["id"])
    );
}

#[tokio::test]
async fn the_demo_seeds_campaigns_and_requests_in_every_status() {
    use clearway::entities::{campaign, campaign_activity, coordination_request};
    use sea_orm::{EntityTrait, PaginatorTrait};
    let app = TestApp::spawn().await;
    clearway::seed::demo(
        &app.db,
        clearway::notify::Mail::from(&app.state),
        app.state.cookie_key.signing(),
    )
    .await
    .unwrap();
    let states: Vec<String> = campaign::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.state_iso3)
        .collect();
    assert_eq!(states, ["AZE", "IND", "NPL", "MMR", "USA"]);
    assert!(
        campaign_activity::Entity::find()
            .count(&app.db)
            .await
            .unwrap()
            >= 5
    );
    let mut statuses: Vec<String> = coordination_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.status.as_str().to_owned())
        .collect();
    statuses.sort();
    statuses.dedup();
    assert_eq!(statuses.len(), 7, "{statuses:?}");
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
    let reasons: Vec<&str> = inbox["groups"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["reason"].as_str().unwrap())
        .collect();
    assert!(reasons.contains(&"overlap"), "{reasons:?}");
}

#[tokio::test]
async fn staff_edit_a_campaign_through_its_form() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let mut browser = app.signed_in(&staff).await;
    let org_text = org.to_string();
    let created = browser
        .post_form(
            "/campaigns",
            &[
                ("state", "NPL"),
                ("name", "Nepal joins"),
                ("status", "planning"),
                ("objectives", "Accession"),
                ("asks", "accession"),
                ("lead_organization_ids", &org_text),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let page = created.header("location").to_owned();
    let edit = browser.get(&format!("{page}/edit")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.text().contains("value=\"Nepal joins\""));
    let bad = browser
        .post_form(
            &page,
            &[
                ("state", "NPL"),
                ("name", ""),
                ("status", "active"),
                ("objectives", "Accession"),
                ("asks", "accession"),
                ("lead_organization_ids", &org_text),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = browser
        .post_form(
            &page,
            &[
                ("state", "NPL"),
                ("name", "Nepal joins the Convention"),
                ("status", "active"),
                ("objectives", "Accession by 2028"),
                ("asks", "accession"),
                ("lead_organization_ids", &org_text),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let shown = browser.get(&page).await.text();
    assert!(shown.contains("Nepal joins the Convention"));
    assert!(shown.contains("Accession by 2028"));
}

/// A column of a campaign, read as the database holds it (the entity would refuse the row).
async fn stored_text(app: &TestApp, id: i64, column: &str) -> String {
    use sea_orm::ConnectionTrait;
    app.db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            format!("SELECT {column} FROM campaigns WHERE id = {id}"),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<String>(0)
        .unwrap()
}

#[tokio::test]
async fn a_stored_status_or_ask_the_code_does_not_know_is_refused() {
    use sea_orm::ConnectionTrait;
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "NPL", "name": "Nepal joins", "status": "active",
                        "asks": ["accession", "unga_vote"]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let api = format!("/api/v1/campaigns/{id}");
    let internal = |response: &crate::helpers::TestResponse| {
        response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.json()["error"], "internal", "{}", response.text());
    };
    let set = |assignment: &'static str| {
        let db = app.db.clone();
        async move {
            db.execute_unprepared(&format!(
                "UPDATE campaigns SET {assignment} WHERE id = {id}"
            ))
            .await
            .unwrap();
        }
    };

    set("status = 'Active'").await;
    internal(&app.with_token(&token, Method::GET, &api, None).await);
    let mut browser = app.signed_in(&staff).await;
    browser
        .get(&format!("/campaigns/{id}"))
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    // Not read as `planning` (the old default): an edit is refused, and the row is unchanged.
    let edit = app
        .with_token(
            &token,
            Method::PATCH,
            &api,
            Some(json!({"name": "Renamed"})),
        )
        .await;
    internal(&edit);
    assert_eq!(stored_text(&app, id, "status").await, "Active");
    assert_eq!(stored_text(&app, id, "name").await, "Nepal joins");

    // An ask the code does not know is not dropped: an edit would lose it for good.
    set("status = 'active'").await;
    app.with_token(&token, Method::GET, &api, None)
        .await
        .assert_status(StatusCode::OK);
    set("asks = '[\"accession\", \"Unga_vote\"]'").await;
    internal(&app.with_token(&token, Method::GET, &api, None).await);
    internal(
        &app.with_token(
            &token,
            Method::PATCH,
            &api,
            Some(json!({"name": "Renamed"})),
        )
        .await,
    );
    browser
        .get(&format!("/campaigns/{id}/edit"))
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(stored_text(&app, id, "name").await, "Nepal joins");
}

#[tokio::test]
async fn an_activity_the_log_refuses_comes_back_on_the_campaign_s_page_with_its_reason() {
    use clearway::entities::campaign_activity;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(json!({"state": "AZE", "name": "Azerbaijan joins", "status": "active"})),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let mut browser = app.signed_in(&staff).await;
    let refused = browser
        .post_form(
            &format!("/campaigns/{id}/activities"),
            &[
                ("occurred_on", "2026-11-25"),
                ("kind", "media"),
                ("description", "  "),
                ("outcome", "An interview is planned."),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    crate::helpers::assert_refused_form(&page, "description-error", "Say what happened");
    assert!(has(
        &page,
        "#description[aria-invalid=true][aria-describedby='description-error']"
    ));
    assert!(has(&page, ".error-summary a[href='#description']"));
    // What was typed and chosen is kept.
    assert!(has(&page, "#occurred_on[value='2026-11-25']"));
    assert_eq!(select(&page, "#kind option[selected]").len(), 1);
    assert!(has(&page, "#kind option[value='media'][selected]"));
    assert_eq!(select(&page, "#outcome"), ["An interview is planned."]);
    assert!(!has(&page, "#occurred_on[aria-invalid]"));
    let logged = campaign_activity::Entity::find()
        .filter(campaign_activity::Column::CampaignId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(logged, 0, "nothing is logged");
}

#[tokio::test]
async fn an_application_number_the_link_form_refuses_comes_back_at_its_field() {
    use clearway::entities::audit_event;
    use sea_orm::{EntityTrait, PaginatorTrait};

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/campaigns",
            Some(json!({"state": "AZE", "name": "Azerbaijan joins", "status": "active"})),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let mut browser = app.signed_in(&staff).await;
    let audited = audit_event::Entity::find().count(&app.db).await.unwrap();
    let refused = browser
        .post_form(
            &format!("/campaigns/{id}/applications"),
            &[("application_id", "987654")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    crate::helpers::assert_refused_form(
        &page,
        "application_id-error",
        "The application number names an application that does not exist",
    );
    assert!(has(
        &page,
        "#application_id[aria-invalid=true][aria-describedby='application_id-error'][value='987654']"
    ));
    assert!(has(&page, ".error-summary a[href='#application_id']"));
    assert_eq!(
        audit_event::Entity::find().count(&app.db).await.unwrap(),
        audited,
        "nothing is written"
    );

    let empty = browser
        .post_form(
            &format!("/campaigns/{id}/applications"),
            &[("application_id", "")],
        )
        .await;
    empty.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    crate::helpers::assert_refused_form(
        &empty.text(),
        "application_id-error",
        "Enter the application number",
    );
}
