//! Names, not codes: the filters choose states and organizations by name (and submit the code
//! the API keeps), the People page names organizations, histories read in words with money
//! formatted, and lists name the states.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use sea_orm::EntityTrait;
use serde_json::json;

use crate::helpers::{TestApp, application_body, has, select};

#[tokio::test]
async fn staff_filter_applications_and_awards_by_state_and_organization_names() {
    let app = TestApp::spawn().await;
    let nepal = app.organization("Nepal Campaign", "NPL").await;
    let azerbaijan = app.organization("Azerbaijan Campaign", "AZE").await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;

    let page = browser
        .get(&format!(
            "/applications?target_state=aze&organization_id={nepal}"
        ))
        .await;
    page.assert_status(StatusCode::OK);
    let page = page.text();
    assert_eq!(select(&page, "label[for=target_state]"), ["Target state"]);
    assert_eq!(
        select(&page, "label[for=organization_id]"),
        ["Organization"]
    );
    assert!(!page.contains("ISO code") && !page.contains("Organization number"));
    assert_eq!(
        select(&page, "select#target_state option[selected]"),
        ["Azerbaijan"]
    );
    assert!(has(&page, "select#target_state option[value=NPL]"));
    assert_eq!(
        select(&page, "select#organization_id option[selected]"),
        ["Nepal Campaign"]
    );
    assert_eq!(
        select(&page, "select#organization_id option"),
        ["Any", "Azerbaijan Campaign", "Nepal Campaign"]
    );
    assert!(has(
        &page,
        &format!("select#organization_id option[value='{azerbaijan}']")
    ));

    let awards = browser.get("/awards?target_state=NPL").await.text();
    assert_eq!(
        select(&awards, "select#target_state option[selected]"),
        ["Nepal"]
    );
    assert_eq!(
        select(&awards, "select#organization_id option"),
        ["Any", "Azerbaijan Campaign", "Nepal Campaign"]
    );
    assert!(!awards.contains("ISO code") && !awards.contains("Organization number"));
}

#[tokio::test]
async fn the_people_page_names_organizations_and_roles() {
    let app = TestApp::spawn().await;
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let admin = app.user(Role::Admin, None).await;
    let page = app.signed_in(&admin).await.get("/users").await.text();
    let row = select(&page, "tbody tr")
        .into_iter()
        .find(|r| r.contains(&member.email))
        .unwrap();
    assert!(row.contains("Nepal Campaign"), "{row}");
    assert!(row.contains("Member organization"), "{row}");
    assert!(has(&page, &format!("a[href='/organizations/{org}']")));
    assert_eq!(
        select(&page, "a[href^='/organizations/']"),
        ["Nepal Campaign"],
        "the organization is named, not numbered"
    );
    // The role form's organization field suggests names and submits the number.
    assert!(has(
        &page,
        &format!("datalist#organization-names option[value='{org}'][label='Nepal Campaign']")
    ));
}

#[tokio::test]
async fn an_application_s_history_reads_in_words_with_money_formatted() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member_token = app.member_token(org).await;
    let created = app
        .with_token(
            &member_token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "1200.50")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    app.with_token(
        &member_token,
        Method::PATCH,
        &format!("/api/v1/applications/{id}"),
        Some(application_body(round, "high", "1950.50")),
    )
    .await
    .assert_status(StatusCode::OK);
    app.with_token(
        &member_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let staff = app.user(Role::Staff, None).await;
    let page = app
        .signed_in(&staff)
        .await
        .get(&format!("/applications/{id}"))
        .await
        .text();
    let history = select(&page, "ol.audit li ul li");
    assert!(
        history.contains(&"Amount requested: 1,200.50 USD → 1,950.50 USD".to_owned()),
        "{history:?}"
    );
    assert!(
        history.contains(&"Status: Draft → Submitted".to_owned()),
        "{history:?}"
    );
    assert!(!page.contains("requested_minor"));
    assert!(!page.contains("120050"));
}

#[tokio::test]
async fn coordination_requests_are_listed_with_the_states_names() {
    let app = TestApp::spawn().await;
    // A member working in India: the request is flagged, and waits in the inbox.
    let indian = app.organization("Indian Campaign", "IND").await;
    crate::coordination::post(&app, &crate::coordination::request_body("IND", "names-1"))
        .await
        .assert_status(StatusCode::CREATED);
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = browser
        .get("/coordination-requests?target_state=IND")
        .await
        .text();
    assert_eq!(select(&page, "tbody td:nth-of-type(1)"), ["Norway → India"]);
    assert_eq!(
        select(&page, "select#target_state option[selected]"),
        ["India"]
    );
    let inbox = browser.get("/inbox").await.text();
    assert!(inbox.contains("(Norway → India)"), "{inbox}");
    // The request's flag names and links the member working there.
    let request = clearway::entities::coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let page = browser
        .get(&format!("/coordination-requests/{}", request.id))
        .await
        .text();
    assert_eq!(
        select(&page, &format!("a[href='/organizations/{indian}']")),
        ["Indian Campaign"]
    );
    assert!(
        page.contains(&format!(
            "Members there: <a href=\"/organizations/{indian}\">Indian Campaign</a>."
        )),
        "{page}"
    );
}

#[tokio::test]
async fn the_campaign_and_organization_forms_choose_the_state_by_name() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;

    let campaign = browser.get("/campaigns/new").await;
    campaign.assert_status(StatusCode::OK);
    let page = campaign.text();
    assert!(!page.contains("ISO"), "{page}");
    assert!(
        has(&page, "select#state option[value=NPL]"),
        "the campaign's state is chosen by name: {page}"
    );
    assert!(select(&page, "select#state option").contains(&"Nepal".to_owned()));

    let organization = browser.get("/organizations/new").await;
    organization.assert_status(StatusCode::OK);
    let page = organization.text();
    assert!(!page.contains("ISO 3166"), "{page}");
    assert!(select(&page, "select#country option").contains(&"Nepal".to_owned()));

    // A refused save keeps the state chosen.
    let refused = browser
        .post_form_of(
            "/organizations/new",
            "/organizations",
            &[
                ("name", ""),
                ("country", "NPL"),
                ("kind", "national_campaign"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        select(&refused.text(), "select#country option[selected]"),
        ["Nepal"]
    );
}
