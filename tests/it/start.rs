//! The start page: where signing in lands, one section per part a person plays, each item a
//! link to its record.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::{coordination_request, disbursement, review};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use serde_json::json;

use crate::awards::{approved_from, approved_signed, award};
use crate::helpers::{PASSWORD, TestApp, TestUser, application_body, has, select, set_stored};

/// Signs `user` in with the password and follows the redirect: the start page's HTML.
async fn lands(app: &TestApp, user: &TestUser) -> String {
    let mut browser = app.browser();
    let signed_in = browser.sign_in(&user.email, PASSWORD).await;
    signed_in.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(signed_in.header("location"), "/start");
    let page = browser.get("/start").await;
    page.assert_status(StatusCode::OK);
    page.text()
}

/// An application of `token`'s organization in `round`, taken through `steps` (by `staff` for
/// theirs); its id.
async fn application(
    app: &TestApp,
    token: &str,
    staff: &str,
    round: i64,
    title: &str,
    steps: &[&str],
) -> i64 {
    let mut body = application_body(round, "high", "4000.00");
    body["title"] = json!(title);
    let created = app
        .with_token(token, Method::POST, "/api/v1/applications", Some(body))
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    for step in steps {
        let by = if *step == "submit" { token } else { staff };
        app.with_token(
            by,
            Method::POST,
            &format!("/api/v1/applications/{id}/{step}"),
            Some(json!({})),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    id
}

#[tokio::test]
async fn a_member_lands_on_drafts_applications_in_progress_reports_due_and_payments() {
    let app = TestApp::spawn().await;
    let (award_id, member_token, member_email, staff_token, finance_token) =
        approved_signed(&app, "2000.00").await;
    let first = award(&app, &staff_token, award_id).await["disbursements"][0]["id"]
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
    let award_reference = award(&app, &staff_token, award_id).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let round = app.open_round().await;
    let draft = application(
        &app,
        &member_token,
        &staff_token,
        round,
        "Letters to Parliament",
        &[],
    )
    .await;
    let other_round = app.open_round().await;
    let submitted = application(
        &app,
        &member_token,
        &staff_token,
        other_round,
        "Radio programme",
        &["submit"],
    )
    .await;

    // Another organization, with its own draft, reports due and payment (the helper names
    // each the same: the first is renamed).
    let first_organization = clearway::entities::award::Entity::find_by_id(award_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .organization_id;
    set_stored(
        &app,
        "organizations",
        "name",
        first_organization,
        "Lebanon Campaign",
    )
    .await;
    let (other_award, other_token, _, _, _) = approved_signed(&app, "3000.00").await;
    let other_first = award(&app, &staff_token, other_award).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    for step in ["approve", "pay"] {
        app.with_token(
            &finance_token,
            Method::POST,
            &format!("/api/v1/disbursements/{other_first}/{step}"),
            Some(json!({"paid_on": "2026-11-21", "payment_reference": "WIRE-10"})),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    let other_reference = award(&app, &staff_token, other_award).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let other_draft = application(
        &app,
        &other_token,
        &staff_token,
        round,
        "Someone else's draft",
        &[],
    )
    .await;

    let member = TestUser {
        id: 0,
        email: member_email,
    };
    let page = lands(&app, &member).await;
    assert_eq!(select(&page, "h1"), ["Start"]);
    // Nothing of the other organization: not its draft, its reports or its payment.
    assert!(!page.contains("Someone else&#x27;s draft") && !page.contains("Someone else's draft"));
    assert!(!has(
        &page,
        &format!("a[href='/applications/{other_draft}']")
    ));
    assert!(!page.contains(&other_reference), "{page}");
    assert!(!has(&page, &format!("a[href^='/awards/{other_award}']")));
    assert_eq!(select(&page, "main h2"), ["Your organization"]);
    let drafts = select(&page, "#drafts li");
    assert_eq!(drafts.len(), 1, "{drafts:?}");
    assert!(drafts[0].contains("Letters to Parliament"), "{drafts:?}");
    assert!(drafts[0].contains("submit it before the round closes"));
    assert!(has(
        &page,
        &format!("#drafts a[href='/applications/{draft}']")
    ));

    let in_progress = select(&page, "#in-progress li");
    assert_eq!(in_progress.len(), 1, "{in_progress:?}");
    assert!(in_progress[0].contains("Radio programme"));
    assert!(
        in_progress[0].contains("Submitted. Next: ICBL staff will start the review."),
        "{in_progress:?}"
    );
    assert!(has(
        &page,
        &format!("#in-progress a[href='/applications/{submitted}']")
    ));

    let reports = select(&page, "#reports-due li");
    // The award's two final reports, due after it ends.
    assert_eq!(reports.len(), 2, "{reports:?}");
    assert!(
        reports[0].starts_with(&format!("Final narrative report for {award_reference}")),
        "{reports:?}"
    );
    assert!(reports[0].contains("Due "));
    assert!(has(
        &page,
        &format!("#reports-due a[href^='/awards/{award_id}#report-']")
    ));

    let payments = select(&page, "#payments li");
    assert_eq!(payments.len(), 1, "{payments:?}");
    assert!(
        payments[0].contains(&format!("Installment 1 of {award_reference}")),
        "{payments:?}"
    );
    assert!(payments[0].contains("paid 20 Nov 2026"), "{payments:?}");
    assert!(has(
        &page,
        &format!("#payments a[href='/awards/{award_id}']")
    ));
    // A member sees no other role's section.
    assert!(!has(&page, "#start-staff") && !has(&page, "#start-finance"));
}

#[tokio::test]
async fn a_reviewer_lands_on_their_assignments_with_the_dates_they_are_due() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = application(
        &app,
        &member_token,
        &staff_token,
        round,
        "Meetings in Baku",
        &["submit", "start-review"],
    )
    .await;
    let reviewer = app.user(Role::Reviewer, None).await;
    let other = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let reference = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/applications/{id}"),
            None,
        )
        .await
        .json()["reference"]
        .as_str()
        .unwrap()
        .to_owned();

    let page = lands(&app, &reviewer).await;
    assert_eq!(select(&page, "main h2"), ["Your reviews"]);
    let items = select(&page, "#assignments li");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(
        items[0].contains(&format!("Review of {reference}")),
        "{items:?}"
    );
    let due = chrono::Utc::now().date_naive()
        + chrono::Duration::days(i64::from(app.state.settings.programme.review_days));
    assert!(
        items[0].contains(&format!("Due {}", due.format("%-d %b %Y"))),
        "{items:?}"
    );
    assert!(has(
        &page,
        &format!("#assignments a[href='/applications/{id}']")
    ));

    // Assigned long ago (due more than 60 days ago): still shown, overdue.
    let assigned = review::Entity::find()
        .filter(review::Column::ReviewerId.eq(reviewer.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let review_days = i64::from(app.state.settings.programme.review_days);
    let long_ago = chrono::Utc::now() - chrono::Duration::days(review_days + 90);
    let mut stale = assigned.into_active_model();
    stale.assigned_at = Set(long_ago);
    stale.update(&app.db).await.unwrap();
    let page = lands(&app, &reviewer).await;
    let items = select(&page, "#assignments li");
    assert_eq!(items.len(), 1, "{items:?}");
    let due = (long_ago + chrono::Duration::days(review_days)).date_naive();
    assert!(
        items[0].contains(&format!("Overdue · Due {}", due.format("%-d %b %Y"))),
        "{items:?}"
    );
    assert!(
        items[0].contains("Overdue: give your review now."),
        "{items:?}"
    );

    // Another reviewer has nothing waiting, and is told so.
    let page = lands(&app, &other).await;
    assert!(select(&page, "#assignments li").is_empty());
    assert_eq!(
        select(&page, "#assignments p"),
        ["No review is waiting for you."]
    );
}

#[tokio::test]
async fn a_list_longer_than_ten_shows_ten_and_links_to_all_of_them() {
    let app = TestApp::spawn().await;
    let (award_id, member_token, member_email, staff_token, _) =
        approved_signed(&app, "2000.00").await;
    let round = app.open_round().await;
    for n in 1..=11 {
        application(
            &app,
            &member_token,
            &staff_token,
            round,
            &format!("Draft {n}"),
            &[],
        )
        .await;
    }
    // Eleven installments paid (written behind the service's back: the schedule's own rules
    // are not what this test is about).
    let first = disbursement::Entity::find()
        .filter(disbursement::Column::AwardId.eq(award_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    for n in 0..11 {
        let mut paid = first.clone().into_active_model();
        paid.id = sea_orm::ActiveValue::NotSet;
        paid.sequence = Set(100 + n);
        paid.status = Set(clearway::awards::workflow::InstallmentStatus::Paid);
        paid.paid_on = Set(Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()));
        paid.payment_reference = Set(Some(format!("WIRE-{n}")));
        paid.insert(&app.db).await.unwrap();
    }

    let member = TestUser {
        id: 0,
        email: member_email,
    };
    let page = lands(&app, &member).await;
    assert_eq!(select(&page, "#drafts li").len(), 10);
    assert_eq!(select(&page, "#drafts h3"), ["Drafts (11)"]);
    assert_eq!(
        select(&page, "#drafts a[href='/applications?status=draft']"),
        ["See all 11: Drafts"]
    );
    assert_eq!(select(&page, "#payments li").len(), 10);
    assert_eq!(select(&page, "#payments h3"), ["Recent payments (11)"]);
    assert_eq!(
        select(&page, "#payments a[href='/awards']"),
        ["See all 11: Recent payments"]
    );
    // Fewer than eleven: no link to all.
    assert_eq!(select(&page, "#reports-due li").len(), 2);
    assert!(!has(&page, "#reports-due a[href='/deadlines']"));
}

#[tokio::test]
async fn staff_land_on_the_inbox_counts_applications_waiting_and_requests_to_acknowledge() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = application(
        &app,
        &member_token,
        &staff_token,
        round,
        "Meetings in Kathmandu",
        &["submit"],
    )
    .await;
    crate::coordination::post(&app, &crate::coordination::request_body("IND", "start-1"))
        .await
        .assert_status(StatusCode::CREATED);
    let request = coordination_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();

    let page = lands(&app, &staff).await;
    assert_eq!(select(&page, "main h2"), ["Waiting for ICBL"]);
    let counts = select(&page, "#start-staff ul.counts li");
    assert!(
        counts.contains(&"Applications waiting for review 1".to_owned()),
        "{counts:?}"
    );
    assert!(has(
        &page,
        "#start-staff a[href='/inbox?kind=application_review']"
    ));

    let waiting = select(&page, "#applications-waiting li");
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert!(waiting[0].contains("Meetings in Kathmandu"));
    assert!(waiting[0].contains("Nepal Campaign"), "{waiting:?}");
    assert!(waiting[0].contains("4,000.00 USD"), "{waiting:?}");
    assert!(has(
        &page,
        &format!("#applications-waiting a[href='/applications/{id}']")
    ));

    let requests = select(&page, "#requests li");
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(requests[0].contains(&format!("Acknowledge request {}", request.reference)));
    assert!(has(
        &page,
        &format!("#requests a[href='/coordination-requests/{}']", request.id)
    ));
    assert_eq!(
        select(&page, "#reports-overdue p"),
        ["No report is overdue."]
    );
    // Received long ago and still not acknowledged: still shown, overdue.
    let mut stale = request.clone().into_active_model();
    stale.received_at = Set(chrono::Utc::now() - chrono::Duration::days(100));
    stale.update(&app.db).await.unwrap();
    let page = lands(&app, &staff).await;
    let requests = select(&page, "#requests li");
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(requests[0].contains("Overdue · Due"), "{requests:?}");
    // Staff do not approve payments.
    assert!(!has(&page, "#start-finance"));
}

#[tokio::test]
async fn finance_lands_on_installments_to_approve_and_to_pay_and_an_admin_sees_every_section() {
    let app = TestApp::spawn().await;
    // Signed today, the first installment is due today: finance's to approve.
    let today = chrono::Utc::now().date_naive().to_string();
    let (award_id, _, _, staff_token, finance_token) = approved_from(&app, "2000.00", &today).await;
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/awards/{award_id}/signature"),
        Some(json!({"signed_on": today})),
    )
    .await
    .assert_status(StatusCode::OK);
    let reference = award(&app, &staff_token, award_id).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let finance = app.user(Role::Finance, None).await;

    let page = lands(&app, &finance).await;
    assert_eq!(select(&page, "main h2"), ["Payments"]);
    let to_approve = select(&page, "#to-approve li");
    assert_eq!(to_approve.len(), 1, "{to_approve:?}");
    assert!(to_approve[0].contains(&format!("Installment 1 of {reference}")));
    assert!(to_approve[0].contains("Nepal Campaign to Ban Landmines"));
    assert!(has(
        &page,
        &format!("#to-approve a[href='/awards/{award_id}']")
    ));
    assert!(select(&page, "#to-pay li").is_empty());

    let first = award(&app, &staff_token, award_id).await["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    app.with_token(
        &finance_token,
        Method::POST,
        &format!("/api/v1/disbursements/{first}/approve"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let page = lands(&app, &finance).await;
    assert!(select(&page, "#to-approve li").is_empty());
    let to_pay = select(&page, "#to-pay li");
    assert_eq!(to_pay.len(), 1, "{to_pay:?}");
    assert!(to_pay[0].contains(&format!("Installment 1 of {reference}")));

    // An administrator plays staff's part and finance's: both sections.
    let admin = app.user(Role::Admin, None).await;
    let page = lands(&app, &admin).await;
    assert_eq!(select(&page, "main h2"), ["Waiting for ICBL", "Payments"]);
    assert_eq!(select(&page, "#to-pay li").len(), 1);
}

#[tokio::test]
async fn an_explicit_return_target_is_kept_and_the_start_page_needs_a_sign_in() {
    let app = TestApp::spawn().await;
    let anonymous = app.browser().get("/start").await;
    anonymous.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(anonymous.header("location"), "/login?next=%2Fstart");

    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.browser();
    let signed_in = browser
        .post_form(
            "/login",
            &[
                ("email", &staff.email),
                ("password", PASSWORD),
                ("next", "/rounds"),
            ],
        )
        .await;
    assert_eq!(signed_in.header("location"), "/rounds");
    // Signed in, the sign-in page and the home page lead to the start page.
    let login = browser.get("/login").await;
    assert_eq!(login.header("location"), "/start");
    assert!(has(&browser.get("/").await.text(), "main a[href='/start']"));
}
