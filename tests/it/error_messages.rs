//! One error pattern on every form (issue 16): a summary at the top of the page listing each
//! error as a link to its field, focus on it, "Error:" in the title, messages as sentences that
//! name the field, the field marked and tied to its message; amounts typed as pages show them;
//! the diplomat's e-mail, Back-and-resend, and the rate-limit page.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::{application, coordination_request};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use crate::awards::{approved, approved_signed, award};
use crate::helpers::{TestApp, application_body, has, select};

/// The form of one application with one activity and one budget line of `amount`.
fn application_form<'a>(
    round: &'a str,
    amount: &'a str,
    intent: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("round_id", round),
        ("organization_id", ""),
        ("target_state", "NPL"),
        ("title", "Parliamentary hearing on the Convention"),
        ("summary", "A hearing in Kathmandu."),
        ("objectives", "A motion urging accession."),
        ("tier", "low"),
        ("lower_tier_plan", "The hearing alone."),
        ("activity_kind", "parliamentary_engagement"),
        ("activity_description", "Hearing with the committee"),
        ("activity_starts_on", "2027-04-10"),
        ("activity_ends_on", "2027-04-10"),
        ("line_category", "meetings"),
        ("line_description", "Hall and interpretation"),
        ("line_amount", amount),
        ("intent", intent),
    ]
}

/// What every page with errors shows: "Error:" in its title, and before its heading a summary
/// that takes the focus, each message a link to `#field`.
fn assert_summary(page: &str, field: &str, message: &str) {
    assert!(
        select(page, "title")[0].starts_with("Error: "),
        "{:?}",
        select(page, "title")
    );
    assert!(
        has(
            page,
            "main > .error-summary[role=alert][tabindex='-1'][autofocus]"
        ),
        "{page}"
    );
    let summary = page.find("class=\"error-summary\"").unwrap();
    assert!(
        summary < page.find("<h1").unwrap(),
        "the summary comes first"
    );
    let links = select(page, &format!(".error-summary a[href='#{field}']"));
    assert!(
        links.iter().any(|l| l.contains(message)),
        "{message} in {links:?}"
    );
    assert!(has(page, &format!("[id='{field}']")), "#{field} exists");
}

#[tokio::test]
async fn a_refused_application_lists_its_errors_at_the_top_linked_to_their_fields() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await.to_string();
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;

    let form = browser
        .get(&format!("/applications/new?round_id={round}"))
        .await;
    assert!(!has(&form.text(), ".error-summary"));
    assert!(!select(&form.text(), "title")[0].starts_with("Error"));

    let refused = browser
        .post_form(
            "/applications",
            &application_form(&round, "1.200,50", "save"),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    let message = "Enter the amount with a dot for decimals, like 1200.50";
    assert_summary(&page, "line_amount_0", message);
    assert!(has(
        &page,
        "#line_amount_0[aria-invalid=true][aria-describedby~='line_amount_0-error']"
    ));
    assert!(select(&page, "#line_amount_0-error")[0].starts_with(message));
    assert_eq!(application::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_failed_save_and_submit_says_the_draft_was_saved() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await.to_string();
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;

    let refused = browser
        .post_form(
            "/applications",
            &[
                ("round_id", round.as_str()),
                ("title", "Parliamentary hearing"),
                ("intent", "submit"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert_eq!(
        select(&page, ".error-summary h2"),
        ["Your draft was saved, but it cannot be submitted yet:"]
    );
    assert!(select(&page, "title")[0].starts_with("Error: "));
    // Each missing field is named in a sentence, linked to the field.
    assert!(
        select(&page, ".error-summary a[href='#target_state']")
            .iter()
            .any(|m| m.starts_with("Choose the target state")),
        "{page}"
    );
    assert_eq!(application::Entity::find().count(&app.db).await.unwrap(), 1);
}

#[tokio::test]
async fn an_amount_typed_as_pages_show_it_is_accepted_by_the_form_and_the_api() {
    let app = TestApp::spawn().await;
    let round_id = app.open_round().await;
    let round = round_id.to_string();
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;

    let saved = browser
        .post_form(
            "/applications",
            &application_form(&round, "1,200.50", "save"),
        )
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let shown = browser.get(saved.header("location")).await.text();
    assert!(shown.contains("1,200.50 USD"), "{shown}");

    // The API reads string amounts the same way, and refuses an ambiguous one with a sentence
    // under the same field code.
    let token = app.member_token(org).await;
    for (typed, minor) in [("1 200.50 USD", 120_050), ("$950", 95_000)] {
        let created = app
            .with_token(
                &token,
                Method::POST,
                "/api/v1/applications",
                Some(application_body(round_id, "low", typed)),
            )
            .await;
        created.assert_status(StatusCode::CREATED);
        assert_eq!(
            created.json()["requested_amount"],
            format!("{}.{:02}", minor / 100, minor % 100),
            "{typed}: {}",
            created.text()
        );
    }
    let refused = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round_id, "low", "1.200,50")),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let fields = &refused.json()["fields"];
    let message = fields["budget_lines[0].amount"][0]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.starts_with("Enter the amount with a dot for decimals, like 1200.50"),
        "{fields}"
    );
    let refused = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round_id, "low", "1200 EUR")),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.json()["fields"]["budget_lines[0].amount"][0],
        "Enter the amount in USD: EUR is another currency"
    );
}

#[tokio::test]
async fn a_failed_payment_far_down_the_award_page_is_summarised_at_the_top() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved_signed(&app, "2000.00").await;
    let first = award(&app, &staff_token, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    let finance = app.user(Role::Finance, None).await;
    let mut browser = app.signed_in(&finance).await;
    browser
        .post_form(&format!("/disbursements/{first}/approve"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let refused = browser
        .post_form(
            &format!("/disbursements/{first}/pay"),
            &[("paid_on", "2026-11-20"), ("payment_reference", "")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    let field = format!("payment_reference-{first}");
    assert_summary(&page, &field, "Enter the payment reference");
    assert!(has(
        &page,
        &format!("#{field}[aria-invalid=true][aria-describedby='{field}-error']")
    ));
}

#[tokio::test]
async fn a_refused_cancellation_opens_its_section_with_the_reason_marked() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved_signed(&app, "2000.00").await;
    let first = award(&app, &staff_token, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    let finance = app.user(Role::Finance, None).await;
    let mut browser = app.signed_in(&finance).await;
    let refused = browser
        .post_form(&format!("/disbursements/{first}/cancel"), &[("reason", "")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    let field = format!("reason-{first}");
    // The link of the summary lands on a field that is shown: its section is open.
    assert_eq!(
        select(&page, &format!(".error-summary a[href='#{field}']")).len(),
        1,
        "{page}"
    );
    assert!(has(
        &page,
        &format!("details[open] #{field}[aria-invalid=true][aria-describedby='{field}-error']")
    ));
    assert!(!has(&page, "details[open] [id^='override-reason-']"));
}

#[tokio::test]
async fn a_refused_approval_is_summarised_at_the_top_with_a_link_to_its_message() {
    let app = TestApp::spawn().await;
    // Not signed: the installment due on signature cannot be approved.
    let (id, _, _, staff_token, _) = approved(&app, "2000.00").await;
    let first = award(&app, &staff_token, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    let finance = app.user(Role::Finance, None).await;
    let mut browser = app.signed_in(&finance).await;
    let refused = browser
        .post_form(&format!("/disbursements/{first}/approve"), &[])
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let page = refused.text();
    let target = format!("installment-{first}-message-0");
    let links = select(&page, &format!(".error-summary a[href='#{target}']"));
    assert_eq!(links.len(), 1, "{page}");
    assert!(links[0].starts_with("Installment"), "{links:?}");
    assert!(has(
        &page,
        &format!("p.error[id='{target}'][tabindex='-1']")
    ));
    assert!(select(&page, "title")[0].starts_with("Error: "));
}

/// The public form's fields, with `email` and the form's idempotency key.
fn coordination_form<'a>(
    key: &'a str,
    email: &'a str,
    start: &'a str,
    end: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("idempotency_key", key),
        ("requesting_state", "NOR"),
        ("ministry", "Ministry of Foreign Affairs"),
        ("contact_name", "Anna Schmidt"),
        ("contact_email", email),
        ("target_state", "NPL"),
        ("approach", "capital_meeting"),
        ("window_start", start),
        ("window_end", end),
        ("mode", "joint"),
        ("message", ""),
        ("website", ""),
    ]
}

fn day(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset)).to_string()
}

/// The value of the form's idempotency key.
fn key_of(page: &str) -> String {
    let marker = "name=\"idempotency_key\" value=\"";
    let start = page.find(marker).unwrap() + marker.len();
    page[start..][..page[start..].find('"').unwrap()].to_owned()
}

#[tokio::test]
async fn a_diplomat_s_mistyped_email_is_refused_and_back_and_resend_shows_the_same_request() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let form = browser.get("/coordinate").await;
    form.assert_status(StatusCode::OK);
    // Kept by the browser alone, so that Back shows the same form with the same key.
    assert_eq!(form.header("cache-control"), "private, max-age=3600");
    let key = key_of(&form.text());
    let (start, end) = (day(30), day(40));

    let refused = browser
        .post_form(
            "/coordinate",
            &coordination_form(&key, "anna.schmidt@diplo", &start, &end),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.header("cache-control"), "no-store");
    let page = refused.text();
    assert_summary(
        &page,
        "contact_email",
        "Enter an email address with its full domain, like name@example.org",
    );
    assert!(has(&page, "#contact_email[aria-invalid=true]"));
    assert_eq!(key_of(&page), key, "the refused form keeps its key");
    assert_eq!(
        coordination_request::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    let fields = coordination_form(&key, "anna.schmidt@diplo.example.de", &start, &end);
    let sent = browser.post_form("/coordinate", &fields).await;
    sent.assert_status(StatusCode::CREATED);
    let reference = select(&sent.text(), "h1")[0].clone();
    assert!(!has(&sent.text(), ".flash-info"));
    // Back, then Send again: the same request, said so, and no second one.
    let again = browser.post_form("/coordinate", &fields).await;
    again.assert_status(StatusCode::OK);
    assert_eq!(select(&again.text(), "h1")[0], reference);
    assert!(
        again.text().contains("You had already sent this request"),
        "{}",
        again.text()
    );
    assert_eq!(
        coordination_request::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
}

#[tokio::test]
async fn the_rate_limit_page_names_the_programme_s_contact_address() {
    let app = TestApp::spawn_with(|s| {
        s.coordination.requests_per_hour = 1;
        s.programme.contact_email = "coordination@icbl.example.org".to_owned();
    })
    .await;
    let mut browser = app.browser();
    let (start, end) = (day(30), day(40));
    browser
        .post_form(
            "/coordinate",
            &coordination_form("first-key", "anna@mfa.example.de", &start, &end),
        )
        .await
        .assert_status(StatusCode::CREATED);
    let limited = browser
        .post_form(
            "/coordinate",
            &coordination_form("second-key", "anna@mfa.example.de", &start, &end),
        )
        .await;
    limited.assert_status(StatusCode::TOO_MANY_REQUESTS);
    let page = limited.text();
    assert!(
        has(&page, "a[href='mailto:coordination@icbl.example.org']"),
        "{page}"
    );
    assert!(page.contains("coordination@icbl.example.org"));
}

#[tokio::test]
async fn every_email_field_needs_a_dotted_domain() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let refused = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/users",
            Some(json!({"email": "anna.schmidt@diplo", "role": "staff"})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.json()["fields"]["email"][0]
            .as_str()
            .unwrap_or_default()
            .starts_with("Enter an email address"),
        "{}",
        refused.json()
    );
}

#[tokio::test]
async fn a_refused_budget_line_is_marked_on_its_own_category_row_with_every_amount_kept() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved(&app, "2000.00").await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = browser.get(&format!("/awards/{id}")).await.text();
    // The categories in the form's order; the bad amount is on the third row, the second sent.
    let order: Vec<String> = scraper::Html::parse_document(&page)
        .select(
            &scraper::Selector::parse(&format!(
                "form[action=\"/awards/{id}/amendments\"] input[name=line_category]"
            ))
            .unwrap(),
        )
        .map(|e| e.value().attr("value").unwrap().to_owned())
        .collect();
    assert!(order.len() >= 3, "{order:?}");
    let amounts: Vec<&str> = (0..order.len())
        .map(|i| match i {
            0 => "1500.00",
            2 => "12,5",
            _ => "",
        })
        .collect();
    let mut fields: Vec<(&str, &str)> = vec![
        ("kind", "budget_revision"),
        ("reason", "Fewer meetings, more travel."),
        ("ends_on", ""),
        ("amount", ""),
    ];
    for (category, amount) in order.iter().zip(&amounts) {
        fields.push(("line_category", category));
        fields.push(("line_description", ""));
        fields.push(("line_amount", amount));
    }
    let refused = browser
        .post_form(&format!("/awards/{id}/amendments"), &fields)
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    let bad = format!("line-{}", order[2]);
    assert_summary(&page, &bad, "with a dot for decimals");
    assert!(
        has(
            &page,
            &format!(
                "details[open] #{bad}[aria-invalid=true][aria-describedby='{bad}-error'][value='12,5']"
            )
        ),
        "{page}"
    );
    assert!(select(&page, &format!("p.error#{bad}-error"))[0].contains("12,5"));
    let good = format!("line-{}", order[0]);
    assert!(has(&page, &format!("#{good}[value='1500.00']")));
    assert!(!has(&page, &format!("#{good}[aria-invalid]")));
    assert!(!has(&page, &format!("#line-{}[aria-invalid]", order[1])));
    assert!(page.contains("Fewer meetings, more travel."));
    assert_eq!(
        award(&app, &staff_token, id).await["amendments"]
            .as_array()
            .map_or(0, Vec::len),
        0,
        "nothing recorded"
    );
}

#[tokio::test]
async fn a_refused_schedule_marks_the_row_s_amount_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved(&app, "2000.00").await;
    let before = award(&app, &staff_token, id).await["disbursements"].clone();
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let row = |amount: &'static str| {
        [
            ("amount", amount),
            ("due_on", ""),
            ("condition", "none"),
            ("condition_note", ""),
        ]
    };
    // The second row left empty: the malformed amount of the third is marked on the third.
    let mut fields: Vec<(&str, &str)> = Vec::new();
    fields.extend(row("1000.00"));
    fields.extend(row(""));
    fields.extend(row("12,5"));
    let refused = browser
        .post_form(&format!("/awards/{id}/schedule"), &fields)
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert_summary(&page, "s-amount-3", "with a dot for decimals");
    assert!(
        has(
            &page,
            "details[open] #s-amount-3[aria-invalid=true][aria-describedby='s-amount-3-error'][value='12,5']"
        ),
        "{page}"
    );
    assert!(has(&page, "#s-amount-1[value='1000.00']"));
    assert!(!has(&page, "#s-amount-1[aria-invalid]"));
    assert!(!has(&page, "#s-amount-2[aria-invalid]"));
    assert!(
        !has(&page, "#s-amount-4"),
        "the rows typed, not the stored ones"
    );

    // Rows that do not add up to the award: one message about the whole schedule.
    let mut fields: Vec<(&str, &str)> = Vec::new();
    fields.extend(row("1000.00"));
    let refused = browser
        .post_form(&format!("/awards/{id}/schedule"), &fields)
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert_summary(&page, "schedule-message", "not the award's");
    assert!(has(&page, "p.error#schedule-message[tabindex='-1']"));
    assert!(has(&page, "#s-amount-1[value='1000.00']"));
    assert!(!has(&page, "#s-amount-1[aria-invalid]"));
    assert_eq!(
        award(&app, &staff_token, id).await["disbursements"],
        before,
        "the schedule is unchanged"
    );
}
