//! The application form as a member fills it in: rows added and removed in place without losing
//! what was typed, the country campaign, and the answers checked before anything is submitted.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use crate::helpers::{TestApp, has, select};

/// A complete application with one activity and one budget line (tier `low`).
fn complete<'a>(round: &'a str, campaign: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("round_id", round),
        ("organization_id", ""),
        ("target_state", "NPL"),
        ("campaign_id", campaign),
        ("title", "Parliamentary hearing on the Convention"),
        ("summary", "A hearing in Kathmandu."),
        ("objectives", "A motion urging accession."),
        ("tier", "low"),
        ("lower_tier_plan", "Hold the hearing only."),
        ("activity_kind", "parliamentary_engagement"),
        ("activity_description", "Hearing with the committee"),
        ("activity_starts_on", "2027-04-10"),
        ("activity_ends_on", "2027-04-11"),
        ("line_category", "meetings"),
        ("line_description", "Hall and interpretation"),
        ("line_amount", "1200.50"),
    ]
}

async fn campaign(app: &TestApp, token: &str, state: &str, name: &str, status: &str) -> i64 {
    let created = app
        .with_token(
            token,
            Method::POST,
            "/api/v1/campaigns",
            Some(json!({"state": state, "name": name, "status": status})),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    created.json()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn rows_are_added_and_removed_in_place_keeping_what_was_typed_and_saving_nothing() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await.to_string();
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;

    let new = browser
        .get(&format!("/applications/new?round_id={round}"))
        .await
        .text();
    assert!(
        has(&new, "button[name=action][value=add_activity]"),
        "{new}"
    );
    assert!(has(&new, "button[name=action][value=add_line]"));
    // Row numbers are in every label of a row, for screen readers too.
    assert_eq!(
        select(&new, "label[for=activity_starts_on_0]"),
        ["Activity 1: From"]
    );
    assert_eq!(
        select(&new, "label[for=line_amount_0]"),
        ["Line 1: Amount (USD)"]
    );

    // Add an activity: the first one's values stay, a second empty row appears, focused.
    let mut fields = complete(&round, "");
    fields.push(("action", "add_activity"));
    let added = browser.post_form("/applications", &fields).await;
    added.assert_status(StatusCode::OK);
    let page = added.text();
    assert!(page.contains("value=\"Parliamentary hearing on the Convention\""));
    assert_eq!(
        select(&page, "#activity_description_0"),
        ["Hearing with the committee"]
    );
    assert!(has(&page, "#activity_kind_1[autofocus]"), "{page}");
    assert_eq!(select(&page, "#activity_description_1"), [""]);
    assert!(has(&page, "button[value=remove_activity_2]"));
    assert_eq!(
        select(&page, "label[for=activity_ends_on_1]"),
        ["Activity 2: To"]
    );

    // Type into the second row, add a budget line, then remove the first activity: the second
    // becomes the first, with its values; the lines keep theirs.
    let mut two = complete(&round, "");
    two.extend([
        ("activity_kind", "workshop"),
        ("activity_description", "Workshop for officials"),
        ("activity_starts_on", "2027-05-01"),
        ("activity_ends_on", "2027-05-02"),
        ("line_category", "travel"),
        ("line_description", "Bus to the capital"),
        ("line_amount", "300"),
    ]);
    let mut remove = two.clone();
    remove.push(("action", "remove_activity_1"));
    let removed = browser.post_form("/applications", &remove).await;
    removed.assert_status(StatusCode::OK);
    let page = removed.text();
    assert_eq!(
        select(&page, "#activity_description_0"),
        ["Workshop for officials"]
    );
    assert!(page.contains("value=\"2027-05-01\""));
    assert!(!has(&page, "#activity_description_1"), "{page}");
    assert!(page.contains("value=\"Bus to the capital\""));
    assert!(page.contains("value=\"1200.50\""));
    assert!(has(&page, "button[value=add_activity][autofocus]"));

    let mut remove_line = two;
    remove_line.push(("action", "remove_line_1"));
    let page = browser
        .post_form("/applications", &remove_line)
        .await
        .text();
    assert!(!page.contains("Hall and interpretation"), "{page}");
    assert!(page.contains("value=\"Bus to the capital\""));

    // Nothing was saved: no draft exists.
    let drafts = clearway::entities::application::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(drafts, 0);
}

#[tokio::test]
async fn the_campaign_is_chosen_from_the_open_ones_and_saved() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await.to_string();
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let open = campaign(&app, &token, "npl", "Nepal joins", "active").await;
    let closed = campaign(&app, &token, "aze", "Azerbaijan joins", "closed").await;
    let mut browser = app.signed_in(&member).await;

    let new = browser
        .get(&format!("/applications/new?round_id={round}"))
        .await
        .text();
    let options = select(&new, "#campaign_id option");
    assert!(
        options.contains(&"Nepal joins (Nepal)".to_owned()),
        "{options:?}"
    );
    assert!(!options.iter().any(|o| o.contains("Azerbaijan joins")));

    // A closed campaign is refused beside its field, nothing saved.
    let closed_text = closed.to_string();
    let mut fields = complete(&round, &closed_text);
    fields.push(("intent", "save"));
    let refused = browser.post_form("/applications", &fields).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert_eq!(
        select(&page, "#campaign_id-error"),
        ["The campaign 'Azerbaijan joins' is 'closed'; choose an open campaign"]
    );

    let open_text = open.to_string();
    let mut fields = complete(&round, &open_text);
    fields.push(("intent", "save"));
    let saved = browser.post_form("/applications", &fields).await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let id: i64 = saved
        .header("location")
        .trim_start_matches("/applications/")
        .parse()
        .unwrap();
    let stored = clearway::entities::application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.campaign_id, Some(open));
    // The application's page names the campaign and links it.
    let show = browser.get(&format!("/applications/{id}")).await.text();
    assert_eq!(
        select(&show, &format!("a[href='/campaigns/{open}']")),
        ["Nepal joins"],
        "{show}"
    );
    // Staff read the campaign by its name in the application's history, not its number.
    let staff = app.user(Role::Staff, None).await;
    let staff_page = app
        .signed_in(&staff)
        .await
        .get(&format!("/applications/{id}"))
        .await
        .text();
    let history = select(&staff_page, "ol.audit li ul li");
    assert!(
        history.contains(&"Campaign: Nepal joins".to_owned()),
        "{history:?}"
    );
    assert!(
        !history.contains(&format!("Campaign: {open}")),
        "{history:?}"
    );
    // The form shows it chosen, among the campaigns on the target state.
    let edit = browser
        .get(&format!("/applications/{id}/edit"))
        .await
        .text();
    assert_eq!(
        select(&edit, "#campaign_id option[selected]"),
        ["Nepal joins (Nepal)"]
    );
    assert!(
        has(&edit, "optgroup[label=\"Campaigns on Nepal\"]"),
        "{edit}"
    );

    // The API takes it too, and refuses one that does not exist.
    let member_token = app.member_token(org).await;
    let patched = app
        .with_token(
            &member_token,
            Method::PATCH,
            &format!("/api/v1/applications/{id}"),
            Some(json!({"campaign_id": 999_999})),
        )
        .await;
    patched.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(patched.json()["fields"]["campaign_id"].is_array());
}

#[tokio::test]
async fn save_and_submit_shows_the_answers_and_submits_only_on_confirmation() {
    let app = TestApp::spawn().await;
    let round_id = app.open_round().await;
    let round = round_id.to_string();
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;

    let mut fields = complete(&round, "");
    fields.push(("intent", "submit"));
    let saved = browser.post_form("/applications", &fields).await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let check = saved.header("location").to_owned();
    assert!(check.ends_with("/check"), "{check}");
    let id: i64 = check
        .trim_start_matches("/applications/")
        .trim_end_matches("/check")
        .parse()
        .unwrap();
    let stored = || async {
        clearway::entities::application::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };
    assert_eq!(stored().await.status.as_str(), "draft");

    let page = browser.get(&check).await;
    page.assert_status(StatusCode::OK);
    let page = page.text();
    let answers = select(&page, ".check-answer dd.prose");
    for expected in [
        "Nepal",
        "Parliamentary hearing on the Convention",
        "A hearing in Kathmandu.",
        "1,200.50 USD",
    ] {
        assert!(
            answers.iter().any(|a| a.contains(expected)),
            "{expected} in {answers:?}"
        );
    }
    assert!(
        answers
            .iter()
            .any(|a| a.contains("Parliamentary engagement") && a.contains("10 April 2027"))
    );
    assert!(has(
        &page,
        &format!("a[href=\"/applications/{id}/edit#title\"]")
    ));
    assert!(has(
        &page,
        &format!("a[href=\"/applications/{id}/edit#activity_kind_0\"]")
    ));
    assert_eq!(
        select(
            &page,
            &format!("form[action=\"/applications/{id}/submit\"] button")
        ),
        ["Submit application"]
    );
    // The application's page sends there too, rather than submitting at once.
    let show = browser.get(&format!("/applications/{id}")).await.text();
    assert_eq!(
        select(&show, &format!("a[href=\"/applications/{id}/check\"]")),
        ["Check and submit the application"]
    );
    // Looking is not submitting.
    assert_eq!(stored().await.status.as_str(), "draft");

    let submitted = browser
        .post_form(&format!("/applications/{id}/submit"), &[])
        .await;
    submitted.assert_status(StatusCode::SEE_OTHER);
    let app_row = stored().await;
    assert_eq!(app_row.status.as_str(), "submitted");
    assert!(app_row.reference.is_some());
}

#[tokio::test]
async fn save_and_submit_with_answers_missing_shows_the_form_not_the_check_page() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await.to_string();
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;
    let refused = browser
        .post_form(
            "/applications",
            &[
                ("round_id", &round),
                ("title", "Only a title"),
                ("intent", "submit"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(has(&page, "#summary-error"), "{page}");
}
