//! The CSV exports of reports, organizations, coordination requests and the audit log: each
//! takes its list's filters and rules, and defuses what a spreadsheet would run.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;

use crate::helpers::{TestApp, TestResponse, has, set_stored};

/// The export's header and data lines, after checking it is a CSV download.
fn csv_lines(response: &TestResponse) -> (String, Vec<String>) {
    response.assert_status(StatusCode::OK);
    assert!(
        response.header("content-type").starts_with("text/csv"),
        "{}",
        response.header("content-type")
    );
    let body = response.text();
    let mut lines = body.lines().map(ToOwned::to_owned);
    let header = lines.next().expect("a header row");
    (header, lines.collect())
}

/// The `total` of a JSON list.
async fn total(app: &TestApp, token: &str, uri: &str) -> usize {
    let list = app.with_token(token, Method::GET, uri, None).await;
    list.assert_status(StatusCode::OK);
    usize::try_from(list.json()["total"].as_u64().unwrap()).unwrap()
}

/// Someone not signed in is sent to sign in, as on the list pages.
async fn anonymous_is_sent_to_sign_in(app: &TestApp, uri: &str) {
    let answer = app.browser().get(uri).await;
    answer.assert_status(StatusCode::SEE_OTHER);
    assert!(
        answer.header("location").starts_with("/login"),
        "{uri}: {}",
        answer.header("location")
    );
}

#[tokio::test]
async fn reports_export_takes_the_lists_filter_and_a_member_gets_only_its_own() {
    let app = TestApp::spawn().await;
    // Begun in 2025, its reports are overdue; one is moved to 2099, still due.
    let (award, _, _, staff_token, _) =
        crate::awards::approved_from(&app, "1000.00", "2025-01-01").await;
    let org = crate::awards::award(&app, &staff_token, award).await["organization_id"]
        .as_i64()
        .unwrap();
    set_stored(&app, "organizations", "name", org, "=HYPERLINK(\"x\")").await;
    let report = app
        .with_token(&staff_token, Method::GET, "/api/v1/reports", None)
        .await
        .json()["items"][0]["id"]
        .as_i64()
        .unwrap();
    set_stored(&app, "reports", "due_on", report, "2099-01-31").await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;

    let all = browser.get("/reports.csv").await;
    let (header, rows) = csv_lines(&all);
    assert_eq!(
        header,
        "id,award_reference,organization,kind,due_on,status,submitted_at"
    );
    assert_eq!(
        rows.len(),
        total(&app, &staff_token, "/api/v1/reports").await
    );
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.contains(",\"'=HYPERLINK(\"\"x\"\")\",")),
        "{rows:?}"
    );

    let overdue = browser.get("/reports.csv?status=overdue").await;
    let (_, overdue) = csv_lines(&overdue);
    assert_eq!(
        overdue.len(),
        total(&app, &staff_token, "/api/v1/reports?status=overdue").await
    );
    assert!(
        !overdue.is_empty() && overdue.len() < rows.len(),
        "{rows:?}"
    );
    assert!(
        overdue.iter().all(|r| r.contains(",overdue,")),
        "{overdue:?}"
    );
    browser
        .get("/reports.csv?status=late")
        .await
        .assert_status(StatusCode::BAD_REQUEST);

    // A member gets its organization's reports, and no other's.
    let own = app.user(Role::Member, Some(org)).await;
    let own_csv = app.signed_in(&own).await.get("/reports.csv").await;
    assert_eq!(csv_lines(&own_csv).1.len(), rows.len());
    let other_org = app.organization("Sri Lanka Campaign", "LKA").await;
    let other = app.user(Role::Member, Some(other_org)).await;
    let other_csv = app.signed_in(&other).await.get("/reports.csv").await;
    assert!(csv_lines(&other_csv).1.is_empty());

    let reviewer = app.user(Role::Reviewer, None).await;
    app.signed_in(&reviewer)
        .await
        .get("/reports.csv")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    anonymous_is_sent_to_sign_in(&app, "/reports.csv").await;
}

#[tokio::test]
async fn organizations_export_takes_the_lists_filters_and_a_member_gets_only_its_own() {
    let app = TestApp::spawn().await;
    let nepal = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    app.organization("Survivors of Nepal", "NPL").await;
    app.organization("=HYPERLINK(\"x\")", "AZE").await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let mut browser = app.signed_in(&staff).await;

    let all = browser.get("/organizations.csv").await;
    let (header, rows) = csv_lines(&all);
    assert_eq!(
        header,
        "id,name,acronym,country,kind,membership_status,contact_email,website"
    );
    assert_eq!(
        rows.len(),
        total(&app, &staff_token, "/api/v1/organizations").await
    );
    assert!(
        rows.iter()
            .any(|r| r.contains(",\"'=HYPERLINK(\"\"x\"\")\",,AZE,")),
        "{rows:?}"
    );

    let (_, in_nepal) = csv_lines(&browser.get("/organizations.csv?country=npl").await);
    assert_eq!(in_nepal.len(), 2);
    assert_eq!(
        in_nepal.len(),
        total(&app, &staff_token, "/api/v1/organizations?country=npl").await
    );
    assert!(in_nepal.iter().all(|r| r.contains(",NPL,")));

    // The list links to its export with the filters it shows.
    let page = browser.get("/organizations?country=npl").await.text();
    assert!(
        has(&page, "a[download][href='/organizations.csv?country=NPL']"),
        "{page}"
    );

    // A member's export holds its own organization only.
    let member = app.user(Role::Member, Some(nepal)).await;
    let mut member_browser = app.signed_in(&member).await;
    let (_, own) = csv_lines(&member_browser.get("/organizations.csv").await);
    assert_eq!(own.len(), 1);
    assert!(
        own[0].starts_with(&format!("{nepal},Nepal Campaign")),
        "{own:?}"
    );
    let (_, none) = csv_lines(&member_browser.get("/organizations.csv?country=AZE").await);
    assert!(none.is_empty());

    let reviewer = app.user(Role::Reviewer, None).await;
    app.signed_in(&reviewer)
        .await
        .get("/organizations.csv")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    anonymous_is_sent_to_sign_in(&app, "/organizations.csv").await;
}

#[tokio::test]
async fn coordination_requests_export_takes_the_lists_filters_and_no_contact_details() {
    let app = TestApp::spawn().await;
    for (target, key) in [("AZE", "a"), ("AZE", "b"), ("NPL", "c")] {
        app.send(
            Method::POST,
            "/api/v1/coordination-requests",
            crate::coordination::request_body(target, key).to_string(),
        )
        .await
        .assert_status(StatusCode::CREATED);
    }
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let mut browser = app.signed_in(&staff).await;
    let first = app
        .with_token(
            &staff_token,
            Method::GET,
            "/api/v1/coordination-requests?target_state=NPL",
            None,
        )
        .await
        .json()["items"][0]["id"]
        .as_i64()
        .unwrap();
    set_stored(
        &app,
        "coordination_requests",
        "reference",
        first,
        "=HYPERLINK(1)",
    )
    .await;

    let all = browser.get("/coordination-requests.csv").await;
    let body = all.text();
    let (header, rows) = csv_lines(&all);
    assert_eq!(
        header,
        "id,reference,requesting_state,target_state,approach,mode,status,window_start,\
         window_end,received_at"
    );
    assert_eq!(
        rows.len(),
        total(&app, &staff_token, "/api/v1/coordination-requests").await
    );
    assert!(
        body.contains(&format!("\n{first},'=HYPERLINK(1),NOR,NPL,")),
        "{body}"
    );
    // What the list does not show is not exported.
    assert!(
        !body.contains("ingrid") && !body.contains("Ingrid"),
        "{body}"
    );
    assert!(!body.contains("Ministry"), "{body}");

    let (_, to_azerbaijan) = csv_lines(
        &browser
            .get("/coordination-requests.csv?target_state=aze")
            .await,
    );
    assert_eq!(to_azerbaijan.len(), 2);
    assert_eq!(
        to_azerbaijan.len(),
        total(
            &app,
            &staff_token,
            "/api/v1/coordination-requests?target_state=aze"
        )
        .await
    );
    assert!(to_azerbaijan.iter().all(|r| r.contains(",NOR,AZE,")));

    let page = browser
        .get("/coordination-requests?target_state=aze")
        .await
        .text();
    assert!(
        has(
            &page,
            "a[download][href='/coordination-requests.csv?target_state=AZE']"
        ),
        "{page}"
    );

    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    for (role, organization) in [(Role::Member, Some(org)), (Role::Finance, None)] {
        let user = app.user(role, organization).await;
        app.signed_in(&user)
            .await
            .get("/coordination-requests.csv")
            .await
            .assert_status(StatusCode::FORBIDDEN);
    }
    anonymous_is_sent_to_sign_in(&app, "/coordination-requests.csv").await;
}

#[tokio::test]
async fn audit_export_takes_the_apis_filters_and_is_for_staff() {
    let app = TestApp::spawn().await;
    let formula = clearway::audit::Actor::system("=HYPERLINK(\"x\")");
    for (entity, id) in [("organization", "7"), ("organization", "8"), ("user", "7")] {
        clearway::audit::record(
            &app.db,
            &formula,
            "updated",
            entity,
            id,
            Some(serde_json::json!({"name": "before"})),
            Some(serde_json::json!({"name": "after"})),
        )
        .await
        .unwrap();
    }
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let mut browser = app.signed_in(&staff).await;

    let all = browser.get("/audit.csv").await;
    let (header, rows) = csv_lines(&all);
    assert_eq!(header, "id,at,actor,action,entity,entity_id,before,after");
    assert_eq!(rows.len(), total(&app, &staff_token, "/api/v1/audit").await);

    let one = "/audit.csv?entity=organization&entity_id=7";
    let (_, filtered) = csv_lines(&browser.get(one).await);
    assert_eq!(filtered.len(), 1);
    assert_eq!(
        filtered.len(),
        total(
            &app,
            &staff_token,
            "/api/v1/audit?entity=organization&entity_id=7"
        )
        .await
    );
    assert!(
        filtered[0].contains(
            ",\"'=HYPERLINK(\"\"x\"\")\",updated,organization,7,\"{\"\"name\"\":\"\"before\"\"}\","
        ),
        "{filtered:?}"
    );
    browser
        .get("/audit.csv?actor=someone")
        .await
        .assert_status(StatusCode::BAD_REQUEST);

    let org = app.organization("Nepal Campaign", "NPL").await;
    for (role, organization) in [(Role::Member, Some(org)), (Role::Finance, None)] {
        let user = app.user(role, organization).await;
        app.signed_in(&user)
            .await
            .get("/audit.csv")
            .await
            .assert_status(StatusCode::FORBIDDEN);
    }
    anonymous_is_sent_to_sign_in(&app, "/audit.csv").await;
}

#[tokio::test]
async fn exports_longer_than_a_batch_hold_every_row_once() {
    use sea_orm::{EntityTrait, Set};
    let app = TestApp::spawn().await;
    // Two whole batches: the third, empty, ends the download.
    let now = chrono::Utc::now();
    let many = (0..1000).map(|i| clearway::entities::organization::ActiveModel {
        name: Set(format!("Campaign {i:04}")),
        acronym: Set(String::new()),
        country: Set("NPL".to_owned()),
        kind: Set(clearway::members::model::Kind::NationalCampaign),
        membership_status: Set(clearway::members::model::MembershipStatus::Active),
        website: Set(String::new()),
        contact_email: Set(String::new()),
        joined_on: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    });
    clearway::entities::organization::Entity::insert_many(many)
        .exec(&app.db)
        .await
        .unwrap();
    let staff = app.user(Role::Staff, None).await;
    let (_, rows) = csv_lines(&app.signed_in(&staff).await.get("/organizations.csv").await);
    let ids: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r.split(',').next().unwrap()).collect();
    assert_eq!((rows.len(), ids.len()), (1000, 1000));
}
