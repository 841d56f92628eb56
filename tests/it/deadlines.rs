//! Deadlines: each person's list, their calendar feed (iCalendar at a secret address) and the
//! reminders, with the deadlines they may see and nothing else.

use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use clearway::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestUser, application_body};

/// An application of a new organization in `round`, submitted and under review; its id.
async fn under_review(app: &TestApp, round: i64, staff: &str, name: &str, country: &str) -> i64 {
    let org = app.organization(name, country).await;
    let member = app.member_token(org).await;
    let created = app
        .with_token(
            &member,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    for (token, step) in [(&member, "submit"), (&staff.to_owned(), "start-review")] {
        app.with_token(
            token,
            Method::POST,
            &format!("/api/v1/applications/{id}/{step}"),
            Some(json!({})),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    id
}

async fn assign(app: &TestApp, staff: &str, id: i64, reviewer: &TestUser) {
    app.with_token(
        staff,
        Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
}

async fn reference(app: &TestApp, staff: &str, id: i64) -> String {
    app.with_token(
        staff,
        Method::GET,
        &format!("/api/v1/applications/{id}"),
        None,
    )
    .await
    .json()["reference"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The feed's events: the (SUMMARY, DTSTART) of each VEVENT, after checking the text is
/// well-formed iCalendar: CRLF lines of at most 75 octets, one VCALENDAR with VERSION and
/// PRODID, each VEVENT with UID, DTSTAMP and DTSTART, and the `icalendar` parser reading it.
fn events(feed: &str) -> Vec<(String, String)> {
    assert!(feed.ends_with("\r\n"), "lines end with CRLF");
    for line in feed.split("\r\n") {
        assert!(!line.contains('\n'), "a bare LF in {line:?}");
        assert!(line.len() <= 75, "a line longer than 75 octets: {line:?}");
    }
    let unfolded = icalendar::parser::unfold(feed);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("the feed parses");
    assert!(unfolded.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(unfolded.trim_end().ends_with("END:VCALENDAR"));
    let top: Vec<&str> = calendar
        .properties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert!(
        top.contains(&"VERSION") && top.contains(&"PRODID"),
        "{top:?}"
    );
    let mut out = Vec::new();
    let mut uids = std::collections::HashSet::new();
    for component in &calendar.components {
        assert_eq!(component.name, "VEVENT");
        let value = |name: &str| {
            component
                .properties
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.val.to_string())
        };
        assert!(value("DTSTAMP").is_some(), "every event has a DTSTAMP");
        assert!(
            uids.insert(value("UID").expect("every event has a UID")),
            "UIDs are unique"
        );
        out.push((value("SUMMARY").unwrap(), value("DTSTART").unwrap()));
    }
    out
}

/// The "done when": a reviewer's feed lists its review due dates and nothing of other
/// people (another reviewer's review, other organizations' drafts and reports); it validates as
/// iCalendar. Staff's feed has both reviews; a reset address ends the old one.
#[tokio::test]
async fn a_reviewers_feed_lists_its_reviews_and_nothing_else() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff_user = app.user(Role::Staff, None).await;
    let staff = app.token(&staff_user).await;
    let first = under_review(&app, round, &staff, "Nepal Campaign", "NPL").await;
    let second = under_review(&app, round, &staff, "Chad Campaign", "TCD").await;
    let ana = app.user(Role::Reviewer, None).await;
    let ben = app.user(Role::Reviewer, None).await;
    assign(&app, &staff, first, &ana).await;
    assign(&app, &staff, second, &ben).await;
    let (first_ref, second_ref) = (
        reference(&app, &staff, first).await,
        reference(&app, &staff, second).await,
    );

    let ana_token = app.token(&ana).await;
    let made = app
        .with_token(&ana_token, Method::POST, "/api/v1/deadlines/feed", None)
        .await;
    made.assert_status(StatusCode::CREATED);
    let url = made.json()["url"].as_str().unwrap().to_owned();
    let path = url
        .split_once("/calendar/")
        .map(|(_, s)| format!("/calendar/{s}"))
        .unwrap();
    let feed = app.get(&path).await;
    feed.assert_status(StatusCode::OK);
    assert_eq!(feed.header("content-type"), "text/calendar; charset=utf-8");
    let text = feed.text();
    let listed = events(&text);
    let due = (Utc::now() + Duration::days(14))
        .format("%Y%m%d")
        .to_string();
    assert!(
        listed.contains(&(format!("Review due: Review of {first_ref}"), due.clone())),
        "{listed:?}"
    );
    assert!(!text.contains(&second_ref), "another reviewer's review");
    assert!(
        !text.contains("Nepal") && !text.contains("Chad"),
        "no organization"
    );
    // Only the reviewer's review and the round's closing.
    let kinds: Vec<&str> = listed
        .iter()
        .map(|(s, _)| s.split(':').next().unwrap())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "Review due").count(),
        1,
        "{listed:?}"
    );
    assert!(
        kinds
            .iter()
            .all(|k| ["Review due", "Round closes"].contains(k)),
        "{listed:?}"
    );

    // The API gives the same, to the reviewer only.
    let mine = app
        .with_token(&ana_token, Method::GET, "/api/v1/deadlines", None)
        .await;
    mine.assert_status(StatusCode::OK);
    let items: Vec<Value> = mine.json()["items"].as_array().unwrap().clone();
    assert!(items.iter().any(|d| d["kind"] == "review_due"
        && d["title"] == format!("Review of {first_ref}")
        && d["link"] == format!("/applications/{first}")));
    assert!(
        !items
            .iter()
            .any(|d| d["title"] == format!("Review of {second_ref}"))
    );

    // Staff see both reviews.
    let theirs = app
        .with_token(&staff, Method::GET, "/api/v1/deadlines", None)
        .await
        .json();
    let reviews: Vec<&Value> = theirs["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "review_due")
        .collect();
    assert_eq!(reviews.len(), 2, "{theirs}");

    // A new address ends the old one; anything else is 404.
    app.with_token(&ana_token, Method::POST, "/api/v1/deadlines/feed", None)
        .await
        .assert_status(StatusCode::CREATED);
    app.get(&path).await.assert_status(StatusCode::NOT_FOUND);
    app.get("/calendar/nothing")
        .await
        .assert_status(StatusCode::NOT_FOUND);
    app.with_token(&ana_token, Method::DELETE, "/api/v1/deadlines/feed", None)
        .await
        .assert_status(StatusCode::NO_CONTENT);
    app.get("/api/v1/deadlines")
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
}

/// A member's list holds its draft (due when the round closes), its reports and installments,
/// and nothing of another organization; the page shows them and makes the feed's address once.
#[tokio::test]
async fn a_members_deadlines_page_and_feed() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Peru Campaign", "PER").await;
    let other = app.organization("Chile Campaign", "CHL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    let other_token = app.member_token(other).await;
    let mut body = application_body(round, "high", "4000.00");
    body["title"] = json!("Engaging the Congress");
    app.with_token(&token, Method::POST, "/api/v1/applications", Some(body))
        .await
        .assert_status(StatusCode::CREATED);
    let mut theirs = application_body(round, "high", "4000.00");
    theirs["title"] = json!("Another organization's plan");
    app.with_token(
        &other_token,
        Method::POST,
        "/api/v1/applications",
        Some(theirs),
    )
    .await
    .assert_status(StatusCode::CREATED);

    let mut browser = app.signed_in(&member).await;
    let html = browser.get("/deadlines").await.text();
    let rows = crate::helpers::select(&html, "table tbody th a");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("Submit “Engaging the Congress” before")),
        "{rows:?}"
    );
    assert!(!html.contains("Another organization's plan"));
    assert!(crate::helpers::has(
        &html,
        "a[href=\"/deadlines\"][aria-current=\"page\"]"
    ));

    let made = browser
        .post_form_of("/deadlines", "/deadlines/feed", &[])
        .await;
    made.assert_status(StatusCode::OK);
    let page = made.text();
    let shown = crate::helpers::select(&page, "#feed-url");
    assert_eq!(shown.len(), 1);
    let url = page
        .split("id=\"feed-url\" class=\"secret\" readonly value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    assert!(url.contains("/calendar/") && url.ends_with(".ics"), "{url}");
    let path = format!("/calendar/{}", url.split("/calendar/").nth(1).unwrap());
    let feed = app.get(&path).await.text();
    assert!(
        events(&feed)
            .iter()
            .any(|(s, _)| s.starts_with("Draft not yet submitted: Submit “Engaging the Congress”")),
        "{feed}"
    );
    assert!(!feed.contains("Another organization"));
    // Shown once: the page again has no address, and offers a new one.
    let again = browser.get("/deadlines").await.text();
    assert!(!crate::helpers::has(&again, "#feed-url"));
    let off = browser
        .post_form_of("/deadlines", "/deadlines/feed/remove", &[])
        .await;
    off.assert_status(StatusCode::SEE_OTHER);
    app.get(&path).await.assert_status(StatusCode::NOT_FOUND);
    let audited = clearway::entities::audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action.starts_with("calendar_feed_"))
        .count();
    assert_eq!(audited, 2);
}

use sea_orm::EntityTrait;

/// A deadline concerning a high-risk state says only its kind in the feed (which leaves the
/// service), and all of it on the page.
#[tokio::test]
async fn the_feed_withholds_what_concerns_a_high_risk_state() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff_user = app.user(Role::Staff, None).await;
    let staff = app.token(&staff_user).await;
    let id = under_review(&app, round, &staff, "Nepal Campaign", "NPL").await;
    let reviewer = app.user(Role::Reviewer, None).await;
    assign(&app, &staff, id, &reviewer).await;
    let reference = reference(&app, &staff, id).await;
    // The applications of the tests target AZE.
    app.with_token(
        &staff,
        Method::PUT,
        "/api/v1/states/AZE/sensitivity",
        Some(json!({"level": "high_risk", "reason": "Campaigners were detained", "review_on": "2027-06-30"})),
    )
    .await
    .assert_status(StatusCode::OK);
    let token = app.token(&reviewer).await;
    let url = app
        .with_token(&token, Method::POST, "/api/v1/deadlines/feed", None)
        .await
        .json()["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let feed = app
        .get(&format!(
            "/calendar/{}",
            url.split("/calendar/").nth(1).unwrap()
        ))
        .await
        .text();
    let listed = events(&feed);
    assert!(
        listed
            .iter()
            .any(|(s, _)| s == "Review due (details in Clearway)"),
        "{listed:?}"
    );
    assert!(!feed.contains(&reference));
    let mut browser = app.signed_in(&reviewer).await;
    let html = browser.get("/deadlines").await.text();
    assert!(html.contains(&format!("Review of {reference}")));
}

/// The daily job reminds a reviewer three days before the review is due, and the members of a
/// draft in a round closing within 14 days: each once, however many times it runs.
#[tokio::test]
async fn reminders_are_sent_once_each() {
    let app = TestApp::spawn_with(|s| s.programme.review_days = 2).await;
    let round = app.open_round().await;
    let closing = app
        .round_with("10000.00", Duration::days(-5), Duration::days(10))
        .await;
    let staff_user = app.user(Role::Staff, None).await;
    let staff = app.token(&staff_user).await;
    let id = under_review(&app, round, &staff, "Nepal Campaign", "NPL").await;
    let reviewer = app.user(Role::Reviewer, None).await;
    assign(&app, &staff, id, &reviewer).await;
    let org = app.organization("Peru Campaign", "PER").await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    app.with_token(
        &token,
        Method::POST,
        "/api/v1/applications",
        Some(application_body(closing, "high", "4000.00")),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let before = app.emails_to(&reviewer.email).await.len();

    let now = Utc::now();
    // An organization that has not applied to the round closing in 10 days: not yet told.
    let idle = app.organization("Senegal Campaign", "SEN").await;
    let idle_member = app.user(Role::Member, Some(idle)).await;
    let said = clearway::deadlines::reminders::send(&app.state, now)
        .await
        .unwrap();
    assert_eq!(said, "2 deadline reminders queued");
    assert!(app.emails_to(&idle_member.email).await.is_empty());
    let told = app.emails_to(&reviewer.email).await;
    assert_eq!(told.len(), before + 1);
    assert!(
        told.last()
            .unwrap()
            .0
            .starts_with("Clearway: your review of"),
        "{told:?}"
    );
    let members = app.emails_to(&member.email).await;
    assert_eq!(members.len(), 1);
    assert!(members[0].0.contains("closes on"), "{members:?}");
    assert!(members[0].1.contains("is not submitted yet"));
    let again = clearway::deadlines::reminders::send(&app.state, now + Duration::hours(3))
        .await
        .unwrap();
    assert_eq!(again, "0 deadline reminders queued");
    assert_eq!(app.emails_to(&member.email).await.len(), 1);

    // Seven days before the round closes, those with no application in it are told; the
    // member with a draft there is not told twice, and nobody is told again.
    let later = now + Duration::days(4);
    let said = clearway::deadlines::reminders::send(&app.state, later)
        .await
        .unwrap();
    let idle_told = app.emails_to(&idle_member.email).await;
    assert_eq!(idle_told.len(), 1, "{said}");
    assert!(idle_told[0].0.contains("closes on"), "{idle_told:?}");
    assert!(idle_told[0].1.contains("has not applied"), "{idle_told:?}");
    assert_eq!(app.emails_to(&member.email).await.len(), 1);
    clearway::deadlines::reminders::send(&app.state, later + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(app.emails_to(&idle_member.email).await.len(), 1);
}

/// Finance is reminded of an installment due within seven days, once; the award's members see
/// it (and its reports) among their deadlines, another organization's member does not.
#[tokio::test]
async fn finance_is_reminded_of_an_installment_and_members_see_their_awards_dates() {
    let app = TestApp::spawn().await;
    let (award, member_token, _, staff_token, _) = crate::awards::approved(&app, "3000.00").await;
    let reference = crate::awards::award(&app, &staff_token, award).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let installment = clearway::entities::disbursement::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.award_id == award && d.sequence == 1)
        .unwrap();
    let due = (Utc::now() + Duration::days(5)).date_naive();
    crate::helpers::set_stored(
        &app,
        "disbursements",
        "due_on",
        installment.id,
        &due.to_string(),
    )
    .await;
    // A report falling due within the window (the award's own fall after it).
    let report = clearway::entities::report::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.award_id == award)
        .unwrap();
    let report_due = (Utc::now() + Duration::days(40)).date_naive();
    crate::helpers::set_stored(
        &app,
        "reports",
        "due_on",
        report.id,
        &report_due.to_string(),
    )
    .await;
    let finance: Vec<String> = clearway::entities::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|u| u.role == Role::Finance)
        .map(|u| u.email)
        .collect();
    assert_eq!(finance.len(), 1);
    let said = clearway::deadlines::reminders::send(&app.state, Utc::now())
        .await
        .unwrap();
    assert_eq!(said, "1 deadline reminders queued");
    let told = app.emails_to(&finance[0]).await;
    assert_eq!(
        told.last().unwrap().0,
        format!("Clearway: installment 1 of {reference} is due on {due}")
    );
    clearway::deadlines::reminders::send(&app.state, Utc::now())
        .await
        .unwrap();
    assert_eq!(app.emails_to(&finance[0]).await.len(), told.len());

    let mine = app
        .with_token(&member_token, Method::GET, "/api/v1/deadlines", None)
        .await
        .json();
    let kinds: Vec<&str> = mine["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["link"] == format!("/awards/{award}") || d["kind"] == "report_due")
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"installment_due"), "{mine}");
    assert!(kinds.contains(&"report_due"), "{mine}");
    let stranger = app.organization("Chile Campaign", "CHL").await;
    let stranger = app.member_token(stranger).await;
    let theirs = app
        .with_token(&stranger, Method::GET, "/api/v1/deadlines", None)
        .await
        .json();
    assert!(
        theirs["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["kind"] == "round_closes"),
        "{theirs}"
    );
}
