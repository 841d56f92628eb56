//! Awards through the pages: finance pays, the member reports, staff accept and complete; the
//! budgets and the exports show the money. The API and the pages refuse alike, and a stored
//! value the code does not know is refused by both.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::awards::{approved, approved_signed, award};
use crate::helpers::{TestApp, has, select, set_stored};

#[tokio::test]
async fn finance_pays_the_member_reports_and_staff_complete_through_the_pages() {
    let app = TestApp::spawn().await;
    let (id, _, member_email, staff_token, _) = approved_signed(&app, "2000.00").await;
    let finance = app.user(Role::Finance, None).await;
    let staff = app.user(Role::Staff, None).await;
    let org = award(&app, &staff_token, id).await["organization_id"]
        .as_i64()
        .unwrap();
    let member = app.user(Role::Member, Some(org)).await;
    let _ = member_email;
    let a = award(&app, &staff_token, id).await;
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    let second = a["disbursements"][1]["id"].as_i64().unwrap();
    let reports: Vec<i64> = a["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    let page = format!("/awards/{id}");

    // The application's page leads to its award.
    let application = a["application_id"].as_i64().unwrap();
    let app_page = app
        .signed_in(&member)
        .await
        .get(&format!("/applications/{application}"))
        .await
        .text();
    assert!(
        app_page.contains(&format!("href=\"/awards/{id}\"")),
        "{app_page}"
    );
    assert!(app_page.contains("see the award"));

    // Finance: the queue shows the first installment; approve, then pay with a reference.
    let mut finance_browser = app.signed_in(&finance).await;
    let queue = finance_browser.get("/finance").await;
    queue.assert_status(StatusCode::OK);
    finance_browser
        .post_form(&format!("/disbursements/{first}/approve"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let queue = finance_browser.get("/finance").await.text();
    assert!(queue.contains("Approved, to pay (1)"), "{queue}");
    let missing = finance_browser
        .post_form(
            &format!("/disbursements/{first}/pay"),
            &[("paid_on", "2026-11-20"), ("payment_reference", "")],
        )
        .await;
    missing.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let text = missing.text();
    assert!(
        text.contains("Enter the payment reference (the bank&#x27;s reference)")
            || text.contains("Enter the payment reference (the bank's reference)"),
        "{text}"
    );
    assert!(text.contains("value=\"2026-11-20\""));
    finance_browser
        .post_form(
            &format!("/disbursements/{first}/pay"),
            &[("paid_on", "2026-11-20"), ("payment_reference", "WIRE-77")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let shown = finance_browser.get(&page).await.text();
    assert!(shown.contains("20 Nov 2026, WIRE-77"));
    assert!(shown.contains("1,400.00 USD"));

    // The member sees the award and reports through the form; a missing narrative is refused.
    let mut member_browser = app.signed_in(&member).await;
    let mine = member_browser.get("/awards").await.text();
    assert!(mine.contains("Reports you owe"), "{mine}");
    let refused = member_browser
        .post_form(
            &format!("/reports/{}/submit", reports[0]),
            &[("narrative", " "), ("outcomes", "A pledge")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains(&format!(
        "id=\"narrative-{}-error\">Tell what was done",
        reports[0]
    )));
    assert!(refused.text().contains(">A pledge</textarea>"));
    member_browser
        .post_form(
            &format!("/reports/{}/submit", reports[0]),
            &[
                ("narrative", "Two meetings held."),
                ("outcomes", "A meeting with the Ministry\nA pledge"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let mut spending = vec![("narrative", "As planned.")];
    for category in [
        "personnel",
        "travel",
        "meetings",
        "materials",
        "communications",
        "other",
    ] {
        spending.push(("spending_category", category));
        spending.push((
            "spending_amount",
            if category == "travel" { "1900.00" } else { "" },
        ));
    }
    member_browser
        .post_form(&format!("/reports/{}/submit", reports[1]), &spending)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    // Members cannot accept their own reports or pay themselves.
    member_browser
        .post_form(&format!("/reports/{}/accept", reports[0]), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    member_browser
        .post_form(&format!("/disbursements/{second}/approve"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // Staff accept both, finance pays the rest, staff complete.
    let mut staff_browser = app.signed_in(&staff).await;
    for report in &reports {
        staff_browser
            .post_form(&format!("/reports/{report}/accept"), &[])
            .await
            .assert_status(StatusCode::SEE_OTHER);
    }
    finance_browser
        .post_form(&format!("/disbursements/{second}/approve"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    finance_browser
        .post_form(
            &format!("/disbursements/{second}/pay"),
            &[("paid_on", "2026-11-27"), ("payment_reference", "WIRE-78")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    staff_browser
        .post_form(&format!("/awards/{id}/complete"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let done = staff_browser.get(&page).await.text();
    assert!(done.contains("The award is completed."), "{done}");
    assert!(
        done.contains(
            "Travel</th><td class=\"num\">4,000.00 USD</td><td class=\"num\">1,900.00 USD</td>"
        ),
        "{done}"
    );

    // Budgets, by state: figures in the table and bars in the chart.
    let budgets = finance_browser.get("/budgets?by=state").await.text();
    assert!(select(&budgets, "th[scope=row]").contains(&"Azerbaijan".to_owned()));
    assert!(
        select(&budgets, "svg title").contains(&"Azerbaijan: awarded 2,000.00 USD".to_owned()),
        "{budgets}"
    );
    // The chart is titled, has an axis of round figures and writes each bar's value.
    assert!(
        select(&budgets, "svg.rollup title")
            .contains(&"Awarded, paid and reported spent in USD".to_owned())
    );
    let ticks = select(&budgets, "svg.rollup text.tick");
    assert!(ticks.len() >= 3 && ticks[0] == "0", "{ticks:?}");
    assert!(select(&budgets, "svg.rollup text.value").contains(&"2,000.00 USD awarded".to_owned()));
    finance_browser
        .get("/budgets?by=galaxy")
        .await
        .assert_status(StatusCode::BAD_REQUEST);
    member_browser
        .get("/budgets")
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // Exports.
    let csv = finance_browser.get("/disbursements.csv").await;
    csv.assert_status(StatusCode::OK);
    let body = csv.text();
    assert_eq!(body.lines().count(), 3, "{body}");
    assert!(
        body.contains(",1400.00,USD,2027-01-01,paid,2026-11-20,WIRE-77"),
        "{body}"
    );
    let awards_csv = finance_browser
        .get("/awards.csv?status=completed")
        .await
        .text();
    assert_eq!(awards_csv.lines().count(), 2, "{awards_csv}");
    assert!(awards_csv.contains(",2000.00,USD,completed,"));
}

/// The API and the pages run the same commands: whoever may not see an award is answered 404
/// on both, whoever sees it but may not take the step 403, and nothing changes.
#[tokio::test]
async fn the_api_and_the_pages_refuse_the_same_callers_alike() {
    let app = TestApp::spawn().await;
    let (id, member_token, _, staff_token, _) = approved(&app, "2000.00").await;
    let org = award(&app, &staff_token, id).await["organization_id"]
        .as_i64()
        .unwrap();
    let before = award(&app, &staff_token, id).await;
    let installment = before["disbursements"][0]["id"].as_i64().unwrap();
    let report = before["reports"][0]["id"].as_i64().unwrap();
    let member = app.user(Role::Member, Some(org)).await;
    let other_org = app.organization("Another campaign", "NPL").await;
    let outsider = app.user(Role::Member, Some(other_org)).await;
    let outsider_token = app.token(&outsider).await;
    let mut member_browser = app.signed_in(&member).await;
    let mut outsider_browser = app.signed_in(&outsider).await;
    for (path, body) in [
        (format!("/awards/{id}/suspend"), json!({"reason": "why"})),
        (format!("/disbursements/{installment}/approve"), json!({})),
        (format!("/reports/{report}/accept"), json!({})),
    ] {
        let api = format!("/api/v1{path}");
        app.with_token(&outsider_token, Method::POST, &api, Some(body.clone()))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        outsider_browser
            .post_form(&path, &[("reason", "why")])
            .await
            .assert_status(StatusCode::NOT_FOUND);
        app.with_token(&member_token, Method::POST, &api, Some(body))
            .await
            .assert_status(StatusCode::FORBIDDEN);
        member_browser
            .post_form(&path, &[("reason", "why")])
            .await
            .assert_status(StatusCode::FORBIDDEN);
    }
    assert_eq!(award(&app, &staff_token, id).await, before);
}

/// What the database holds in one column of one row, as text, read past the typed entities.
async fn stored(app: &TestApp, table: &str, column: &str, id: i64) -> Option<String> {
    use sea_orm::{ConnectionTrait, Statement};
    let sql = format!("SELECT CAST({column} AS TEXT) AS v FROM {table} WHERE id = {id}");
    let row = app
        .db
        .query_one_raw(Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "v").unwrap()
}

fn assert_internal(response: &crate::helpers::TestResponse) {
    response.assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(response.json()["error"], "internal", "{}", response.text());
}

/// A status the code does not know (`Active`, as a hand or another version may write it) is
/// refused loudly: the API and the page answer 500, and no step reads it as some other status.
#[tokio::test]
async fn an_award_whose_stored_status_is_unknown_answers_500_and_stays_as_it_is() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved(&app, "2000.00").await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    set_stored(&app, "awards", "status", id, "Active").await;

    assert_internal(
        &app.with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/awards/{id}"),
            None,
        )
        .await,
    );
    browser
        .get(&format!("/awards/{id}"))
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);
    assert_internal(
        &app.with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/awards/{id}/suspend"),
            Some(json!({"reason": "An audit of the accounts"})),
        )
        .await,
    );
    browser
        .post_form(
            &format!("/awards/{id}/suspend"),
            &[("reason", "An audit of the accounts")],
        )
        .await
        .assert_status(StatusCode::INTERNAL_SERVER_ERROR);

    assert_eq!(
        stored(&app, "awards", "status", id).await.as_deref(),
        Some("Active")
    );
    assert_eq!(stored(&app, "awards", "status_reason", id).await, None);
}

/// Every typed column of an award's records does the same: an installment's status, a report's
/// kind or status, a declared spending's category, an amendment's kind, the award's currency.
/// Each, spelled another way, makes the award's page answer 500, and its API too when the API
/// shows it (the API does not show the spending); spelled right again, 200. An installment's
/// step refuses it too, and leaves the installment as it was.
#[tokio::test]
async fn an_unknown_value_in_any_of_an_awards_records_answers_500() {
    let app = TestApp::spawn().await;
    let (id, member_token, _, staff_token, finance_token) = approved(&app, "2000.00").await;
    let a = award(&app, &staff_token, id).await;
    let installment = a["disbursements"][0]["id"].as_i64().unwrap();
    let report = a["reports"][1]["id"].as_i64().unwrap();
    assert_eq!(a["reports"][1]["kind"], "final_financial");
    app.with_token(
        &member_token,
        Method::POST,
        &format!("/api/v1/reports/{report}/submit"),
        Some(json!({
            "narrative": "Two meetings held.",
            "spending": [{"category": "travel", "amount": "900.00"}]
        })),
    )
    .await
    .assert_status(StatusCode::OK);
    let amended = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/awards/{id}/amendments"),
            Some(json!({"kind": "extension", "reason": "Elections", "ends_on": "2029-06-30"})),
        )
        .await;
    amended.assert_status(StatusCode::CREATED);
    let amendment = amended.json()["amendments"][0]["id"].as_i64().unwrap();
    let spending = {
        use clearway::entities::report_spending;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        report_spending::Entity::find()
            .filter(report_spending::Column::ReportId.eq(report))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let api = format!("/api/v1/awards/{id}");

    for (table, column, row, unknown, known, in_api) in [
        (
            "disbursements",
            "status",
            installment,
            "Scheduled",
            "scheduled",
            true,
        ),
        ("reports", "status", report, "in_review", "submitted", true),
        ("reports", "kind", report, "final", "final_financial", true),
        (
            "report_spending",
            "category",
            spending,
            "Travel",
            "travel",
            false,
        ),
        (
            "award_amendments",
            "kind",
            amendment,
            "no_cost_extension",
            "extension",
            true,
        ),
        ("awards", "amount_currency", id, "ZZZ", "USD", true),
    ] {
        set_stored(&app, table, column, row, unknown).await;
        let what = format!("{table}.{column} = {unknown}");
        if in_api {
            let answer = app.with_token(&staff_token, Method::GET, &api, None).await;
            assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR, "{what}");
            assert_eq!(answer.json()["error"], "internal", "{what}");
        }
        let page = browser.get(&format!("/awards/{id}")).await;
        assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR, "{what}");
        set_stored(&app, table, column, row, known).await;
        browser
            .get(&format!("/awards/{id}"))
            .await
            .assert_status(StatusCode::OK);
    }

    set_stored(&app, "disbursements", "status", installment, "Scheduled").await;
    assert_internal(
        &app.with_token(
            &finance_token,
            Method::POST,
            &format!("/api/v1/disbursements/{installment}/approve"),
            Some(json!({})),
        )
        .await,
    );
    assert_eq!(
        stored(&app, "disbursements", "status", installment)
            .await
            .as_deref(),
        Some("Scheduled")
    );
    assert_eq!(
        stored(&app, "disbursements", "approved_at", installment).await,
        None
    );
}

#[tokio::test]
async fn the_member_start_page_shows_the_news_of_its_awards_and_no_one_elses() {
    let app = TestApp::spawn().await;
    let (id, member_token, member_email, staff_token, finance_token) =
        approved_signed(&app, "2000.00").await;
    let first = award(&app, &staff_token, id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    for step in ["approve", "pay"] {
        app.with_token(
            &finance_token,
            Method::POST,
            &format!("/api/v1/disbursements/{first}/{step}"),
            Some(json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-9"})),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    let report = award(&app, &staff_token, id).await["reports"][0]["id"]
        .as_i64()
        .unwrap();
    app.with_token(
        &member_token,
        Method::POST,
        &format!("/api/v1/reports/{report}/submit"),
        Some(json!({"narrative": "Two meetings held.", "outcomes": ["A pledge"]})),
    )
    .await
    .assert_status(StatusCode::OK);
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/reports/{report}/request-revision"),
        Some(json!({"message": "Name the officials met."})),
    )
    .await
    .assert_status(StatusCode::OK);

    let mut browser = app.browser();
    browser
        .sign_in(&member_email, crate::helpers::PASSWORD)
        .await;
    let start = browser.get("/applications").await.text();
    let news = select(&start, "#news-heading + ul li");
    assert_eq!(news.len(), 3, "{news:?}");
    assert!(news[0].starts_with(&chrono::Utc::now().format("%-d %b %Y").to_string()));
    assert!(
        news[0].contains("A report was sent back for revision"),
        "{news:?}"
    );
    assert!(news[1].contains("An installment was paid"));
    assert!(news[2].contains("An installment was approved for payment"));
    assert!(start.contains(&format!("href=\"/awards/{id}\"")));

    // Another organization's member sees none of it.
    let other = app.organization("Campagne burundaise", "BDI").await;
    let stranger = app.user(Role::Member, Some(other)).await;
    let page = app
        .signed_in(&stranger)
        .await
        .get("/applications")
        .await
        .text();
    assert!(!page.contains("News of your awards"));
}

#[tokio::test]
async fn a_report_is_saved_as_a_draft_and_a_malformed_amount_is_marked_with_every_value_kept() {
    let app = TestApp::spawn().await;
    let (id, member_token, member_email, staff_token, _) = approved(&app, "2000.00").await;
    let financial = award(&app, &staff_token, id).await["reports"][1]["id"]
        .as_i64()
        .unwrap();
    let mut browser = app.browser();
    browser
        .sign_in(&member_email, crate::helpers::PASSWORD)
        .await;
    let page = browser.get(&format!("/awards/{id}")).await.text();
    let categories = select(&page, &format!("#spent-{financial}-travel"));
    assert_eq!(categories.len(), 1, "the form has a travel field");
    // The categories in the form's order: personnel, travel, meetings, ...
    let order: Vec<String> = scraper::Html::parse_document(&page)
        .select(
            &scraper::Selector::parse(&format!(
                "form[action=\"/reports/{financial}/submit\"] input[name=spending_category]"
            ))
            .unwrap(),
        )
        .map(|e| e.value().attr("value").unwrap().to_owned())
        .collect();
    let amounts: Vec<&str> = order
        .iter()
        .map(|c| match c.as_str() {
            "travel" => "12O.00",
            "meetings" => "50.00",
            _ => "",
        })
        .collect();
    let mut fields: Vec<(&str, &str)> = vec![
        ("narrative", "Two meetings held in Baku."),
        ("outcomes", "A pledge"),
    ];
    for (category, amount) in order.iter().zip(&amounts) {
        fields.push(("spending_category", category));
        fields.push(("spending_amount", amount));
    }

    // Submitting with a malformed amount: refused beside that field, everything typed kept.
    let refused = browser
        .post_form(&format!("/reports/{financial}/submit"), &fields)
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert!(has(
        &html,
        &format!("#spent-{financial}-travel[aria-invalid=true][value=\"12O.00\"]")
    ));
    assert!(has(&html, &format!("#spent-{financial}-travel-error")));
    assert!(has(
        &html,
        &format!("#spent-{financial}-meetings[value=\"50.00\"]")
    ));
    assert!(html.contains("Two meetings held in Baku."));
    assert!(!has(
        &html,
        &format!("#spent-{financial}-meetings[aria-invalid]")
    ));

    // Saved as a draft instead: kept, still owed, not shown to staff as a report.
    let mut fields = fields.clone();
    for (name, value) in fields.iter_mut() {
        if *name == "spending_amount" && *value == "12O.00" {
            *value = "120.00";
        }
    }
    let saved = browser
        .post_form(&format!("/reports/{financial}/draft"), &fields)
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let page = browser.get(&format!("/awards/{id}")).await.text();
    assert!(page.contains("The draft is saved"));
    assert!(page.contains("Continue the draft and submit it"));
    assert!(has(
        &page,
        &format!("#spent-{financial}-travel[value=\"120.00\"]")
    ));
    assert_eq!(
        award(&app, &staff_token, id).await["reports"][1]["status"],
        "due"
    );
    let staff = app.user(Role::Staff, None).await;
    let staff_page = app
        .signed_in(&staff)
        .await
        .get(&format!("/awards/{id}"))
        .await
        .text();
    assert!(!staff_page.contains("Two meetings held in Baku."));

    // Through the API the same rules: a draft may be partial, what it holds well formed.
    let bad = app
        .with_token(
            &member_token,
            Method::POST,
            &format!("/api/v1/reports/{financial}/draft"),
            Some(json!({"spending": [{"category": "travel", "amount": "abc"}]})),
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.json()["fields"]["spending[0].amount"].is_array());
    app.with_token(
        &member_token,
        Method::POST,
        &format!("/api/v1/reports/{financial}/draft"),
        Some(json!({"narrative": "Only a start."})),
    )
    .await
    .assert_status(StatusCode::OK);
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/reports/{financial}/draft"),
        Some(json!({"narrative": "Staff cannot write it."})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
}

/// The filter choosers say at their own field why a value was refused, tied to the field.
#[tokio::test]
async fn a_refused_filter_choice_is_marked_at_its_chooser() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let clean = browser.get("/awards").await;
    clean.assert_status(StatusCode::OK);
    let page = clean.text();
    assert!(has(&page, "select#organization_id:not([aria-invalid])"));
    assert!(!has(&page, ".error-summary"));

    let refused = browser.get("/awards?organization_id=abc").await;
    refused.assert_status(StatusCode::BAD_REQUEST);
    let page = refused.text();
    let said = select(&page, "p.error#organization_id-error");
    assert_eq!(said.len(), 1, "{page}");
    crate::helpers::assert_refused_form(&page, "organization_id-error", &said[0]);
    assert!(has(
        &page,
        "select#organization_id[aria-invalid=true][aria-describedby='organization_id-error']"
    ));
    assert!(has(&page, ".error-summary a[href='#organization_id']"));
    assert!(has(&page, "select#target_state:not([aria-invalid])"));
}
