//! Applications through the pages, as people use them: a member drafts and submits, a reviewer
//! declares and scores, staff ask for changes and decide; every email reaches its person.

use axum::http::StatusCode;
use clearway::auth::Role;

use crate::helpers::{TestApp, select};

/// The fields of a complete application form, with one activity and one budget line.
fn complete_form<'a>(round: &'a str, amount: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("round_id", round),
        ("organization_id", ""),
        ("target_state", "NPL"),
        ("title", "Parliamentary hearing on the Convention"),
        (
            "summary",
            "A hearing in Kathmandu with the committee on foreign affairs.",
        ),
        ("objectives", "A motion urging accession."),
        ("tier", "low"),
        (
            "lower_tier_plan",
            "Hold the hearing without the follow-up workshop.",
        ),
        ("activity_kind", "parliamentary_engagement"),
        ("activity_description", "Hearing with the committee"),
        ("activity_starts_on", "2027-04-10"),
        ("activity_ends_on", "2027-04-10"),
        ("activity_kind", ""),
        ("activity_description", ""),
        ("activity_starts_on", ""),
        ("activity_ends_on", ""),
        ("line_category", "meetings"),
        ("line_description", "Hall and interpretation"),
        ("line_amount", amount),
        ("line_category", ""),
        ("line_description", ""),
        ("line_amount", ""),
    ]
}

fn location(response: &crate::helpers::TestResponse) -> String {
    response.header("location").to_owned()
}

#[tokio::test]
async fn a_member_drafts_submits_and_resubmits_and_staff_approve_through_the_pages() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let round_text = round.to_string();
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let staff = app.user(Role::Staff, None).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    let mut member_browser = app.signed_in(&member).await;

    // The dashboard offers the open round.
    let dashboard = member_browser.get("/applications").await;
    dashboard.assert_status(StatusCode::OK);
    assert!(
        dashboard
            .text()
            .contains(&format!("/applications/new?round_id={round}"))
    );
    member_browser
        .get(&format!("/applications/new?round_id={round}"))
        .await
        .assert_status(StatusCode::OK);

    // A bad amount comes back beside its field, with every value kept; nothing is saved.
    let mut bad = complete_form(&round_text, "12,50");
    bad.push(("intent", "save"));
    let refused = member_browser.post_form("/applications", &bad).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(
        select(&page, "#line_amount_0-error")[0]
            .starts_with("Enter the amount with a dot for decimals, like 1200.50"),
        "{page}"
    );
    assert!(page.contains("value=\"Parliamentary hearing on the Convention\""));
    assert!(page.contains("value=\"12,50\""));

    // Saved as a draft with only a title, then submitted from the form: what is missing shows.
    let saved = member_browser
        .post_form(
            "/applications",
            &[
                ("round_id", &round_text),
                ("title", "Parliamentary hearing"),
                ("intent", "save"),
            ],
        )
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let show = location(&saved);
    let id: i64 = show.trim_start_matches("/applications/").parse().unwrap();
    let mut submit = complete_form(&round_text, "2500.00");
    submit.push(("intent", "submit"));
    let over_tier = member_browser
        .post_form(&format!("/applications/{id}"), &submit)
        .await;
    over_tier.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        over_tier
            .text()
            .contains("more than the &#x27;low&#x27; tier"),
        "{}",
        over_tier.text()
    );
    let mut submit = complete_form(&round_text, "1800.00");
    submit.push(("intent", "submit"));
    let saved = member_browser
        .post_form(&format!("/applications/{id}"), &submit)
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    // The answers are shown to check; the application is submitted from there.
    assert_eq!(location(&saved), format!("/applications/{id}/check"));
    member_browser
        .get(&format!("/applications/{id}/check"))
        .await
        .assert_status(StatusCode::OK);
    member_browser
        .post_form(&format!("/applications/{id}/submit"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let reference = format!("{}-0001", app.round_code(round).await);
    let page = member_browser.get(&show).await.text();
    assert!(
        page.contains(&format!("Submitted: the reference is {reference}")),
        "{page}"
    );
    assert!(page.contains("ICBL staff will start the review"));
    // The tier by its name and the most it allows.
    assert!(page.contains("low (up to 2,000.00 USD)"), "{page}");

    // Staff: the list shows it; start the review; assign the reviewer.
    let mut staff_browser = app.signed_in(&staff).await;
    let list = staff_browser
        .get("/applications?status=submitted")
        .await
        .text();
    assert!(list.contains(&reference));
    staff_browser
        .post_form(&format!("/applications/{id}/start-review"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    staff_browser
        .post_form(
            &format!("/applications/{id}/reviewers"),
            &[("user_id", &reviewer.id.to_string())],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // The reviewer declares, then scores; a missing score is shown beside its question.
    let mut reviewer_browser = app.signed_in(&reviewer).await;
    let page = reviewer_browser.get(&show).await.text();
    assert!(page.contains("I declare that I have no conflict of interest"));
    reviewer_browser
        .post_form(
            &format!("/applications/{id}/review"),
            &[("no_conflict", "on")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let incomplete = reviewer_browser
        .post_form(
            &format!("/applications/{id}/review"),
            &[
                ("relevance", "5"),
                ("feasibility", "4"),
                ("value_for_money", "4"),
                ("recommendation", "fund"),
            ],
        )
        .await;
    incomplete.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(incomplete.text().contains("give a score from 1 to 5"));
    reviewer_browser
        .post_form(
            &format!("/applications/{id}/review"),
            &[
                ("relevance", "5"),
                ("feasibility", "4"),
                ("value_for_money", "4"),
                ("capacity", "4"),
                ("recommendation", "fund"),
                ("comment", "Strong"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = staff_browser.get(&show).await.text();
    assert!(
        select(&page, "strong").contains(&"4.25".to_owned()),
        "{page}"
    );

    // Staff ask for changes; the member sees the message, lowers the budget and resubmits.
    let empty = staff_browser
        .post_form(
            &format!("/applications/{id}/request-changes"),
            &[("message", " ")],
        )
        .await;
    empty.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text().contains("id=\"message-error\""));
    staff_browser
        .post_form(
            &format!("/applications/{id}/request-changes"),
            &[("message", "Please cost the interpretation separately.")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = member_browser.get(&show).await.text();
    assert!(page.contains("Please cost the interpretation separately."));
    let mut resubmit = complete_form(&round_text, "1200.00");
    resubmit.extend([
        ("line_category", "communications"),
        ("line_description", "Interpretation"),
        ("line_amount", "450.00"),
        ("intent", "submit"),
    ]);
    let saved = member_browser
        .post_form(&format!("/applications/{id}"), &resubmit)
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(location(&saved), format!("/applications/{id}/check"));
    let check = member_browser
        .get(&format!("/applications/{id}/check"))
        .await
        .text();
    assert_eq!(
        select(
            &check,
            &format!("form[action=\"/applications/{id}/resubmit\"] button")
        ),
        ["Resubmit application"]
    );
    member_browser
        .post_form(&format!("/applications/{id}/resubmit"), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let diff = staff_browser
        .get(&format!("/applications/{id}/revisions?from=1&to=2"))
        .await;
    diff.assert_status(StatusCode::OK);
    let diff = diff.text();
    assert!(diff.contains("<th scope=\"row\">Requested</th>"), "{diff}");
    assert!(
        select(&diff, "del").contains(&"1800.00 USD".to_owned()),
        "{diff}"
    );
    assert!(select(&diff, "ins").contains(&"1650.00 USD".to_owned()));

    // Approval above what was requested is refused beside the amount; within it, approved.
    let too_much = staff_browser
        .post_form(
            &format!("/applications/{id}/approve"),
            &[("amount", "1650.01")],
        )
        .await;
    too_much.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        too_much.text().contains(
            "id=\"amount-error\">The amount cannot be more than the 1,650.00 USD requested"
        )
    );
    staff_browser
        .post_form(
            &format!("/applications/{id}/approve"),
            &[("amount", "1650.00"), ("starts_on", ""), ("ends_on", "")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let page = member_browser.get(&show).await.text();
    assert!(page.contains("1,650.00 USD"));
    assert!(page.contains("Approved"));

    // The organization received every email, in order.
    let subjects: Vec<String> = app
        .emails_to(&member.email)
        .await
        .into_iter()
        .map(|(subject, _)| subject)
        .collect();
    assert_eq!(
        subjects,
        [
            format!("{reference}: application received"),
            format!("{reference}: under review"),
            format!("{reference}: changes requested"),
            format!("{reference}: approved"),
        ]
    );
    let staff_mail = app.emails_to("grants@localhost").await;
    assert!(
        staff_mail
            .iter()
            .any(|(s, _)| s == &format!("{reference}: resubmitted"))
    );
}

#[tokio::test]
async fn staff_filter_sort_and_export_the_list() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let azerbaijan = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let nepal = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let staff = app.user(Role::Staff, None).await;
    for (org, title, state) in [
        (azerbaijan, "Dialogue with the military", "AZE"),
        (azerbaijan, "=cmd|' /C calc'!A0", "AZE"),
        (nepal, "Survivors speak in Kathmandu", "NPL"),
    ] {
        let token = app.member_token(org).await;
        let mut body = crate::helpers::application_body(round, "low", "900.00");
        body["title"] = title.into();
        body["target_state"] = state.into();
        let created = app
            .with_token(
                &token,
                axum::http::Method::POST,
                "/api/v1/applications",
                Some(body),
            )
            .await;
        let id = created.json()["id"].as_i64().unwrap();
        app.with_token(
            &token,
            axum::http::Method::POST,
            &format!("/api/v1/applications/{id}/submit"),
            None,
        )
        .await
        .assert_status(StatusCode::OK);
    }
    // A draft is not in staff's list.
    let token = app.member_token(nepal).await;
    app.with_token(
        &token,
        axum::http::Method::POST,
        "/api/v1/applications",
        Some(crate::helpers::application_body(round, "low", "10.00")),
    )
    .await
    .assert_status(StatusCode::CREATED);

    let mut browser = app.signed_in(&staff).await;
    let page = browser.get("/applications").await.text();
    assert!(page.contains("3 applications"), "{page}");
    let page = browser.get("/applications?target_state=npl").await.text();
    assert!(page.contains("1 application<"));
    assert!(page.contains("Survivors speak in Kathmandu"));
    let page = browser.get("/applications?q=MILITARY").await.text();
    assert!(page.contains("Dialogue with the military"));
    assert!(page.contains("1 application<"));
    // A percent sign is a percent sign, not "anything".
    let page = browser.get("/applications?q=%25").await.text();
    assert!(page.contains("0 applications"), "{page}");
    let page = browser.get("/applications?status=draft").await.text();
    assert!(page.contains("1 application<"));
    let bad = browser
        .get("/applications?status=pending&sort=sideways")
        .await;
    bad.assert_status(StatusCode::BAD_REQUEST);
    assert!(bad.text().contains("id=\"status-error\""));

    let csv = browser
        .get(&format!(
            "/applications.csv?organization_id={azerbaijan}&sort=title"
        ))
        .await;
    csv.assert_status(StatusCode::OK);
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    let body = csv.text();
    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines.len(), 3, "{body}");
    assert!(lines[0].starts_with("id,reference,round,organization"));
    assert!(body.contains("'=cmd|"), "a formula is defused: {body}");
    assert!(body.contains(",900.00,USD,"));

    // Members and reviewers cannot export.
    let member = app.user(Role::Member, Some(nepal)).await;
    let mut member_browser = app.signed_in(&member).await;
    member_browser
        .get("/applications.csv")
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_reviewer_from_the_applicant_is_refused_when_declaring() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("India Campaign to Ban Landmines", "IND")
        .await;
    let token = app.member_token(org).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(round, "low", "500.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    app.with_token(
        &token,
        axum::http::Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        None,
    )
    .await
    .assert_status(StatusCode::OK);
    let reviewer = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        axum::http::Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(serde_json::json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    // Since the assignment, the reviewer has joined the applicant's country.
    {
        use sea_orm::{ActiveModelTrait, Set};
        clearway::entities::user::ActiveModel {
            id: Set(reviewer.id),
            country: Set(Some("IND".into())),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .unwrap();
    }
    let mut browser = app.signed_in(&reviewer).await;
    let refused = browser
        .post_form(
            &format!("/applications/{id}/review"),
            &[("no_conflict", "on")],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    // Said next to the declaration's button; nothing declared.
    let reviewer_email = &reviewer.email;
    crate::helpers::assert_refused_form(
        &refused.text(),
        "review-message",
        &format!(
            "Your declaration is not recorded: you cannot review this application: \
             {reviewer_email} works in IND, the applicant's country."
        ),
    );
    let review = {
        use sea_orm::EntityTrait;
        clearway::entities::review::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };
    assert!(review.declared_at.is_none());
}

#[tokio::test]
async fn staff_create_a_round_in_their_time_zone_and_read_it_with_utc() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let set = browser
        .post_form("/account/time-zone", &[("time_zone", "Europe/Zurich")])
        .await;
    set.assert_status(StatusCode::SEE_OTHER);
    let unknown = browser
        .post_form("/account/time-zone", &[("time_zone", "Mars/Olympus")])
        .await;
    unknown.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let account = browser.get("/account").await.text();
    assert!(account.contains("Now: Europe/Zurich."), "{account}");

    let form = [
        ("name", "Investing in Action 2031"),
        ("code", "IIA-2031A"),
        ("programme", "Investing in Action"),
        ("opens_at", "2031-01-15T10:00"),
        ("closes_at", "2031-03-31T18:00"),
        ("currency", "USD"),
        ("budget", "80000.00"),
        ("tier_name", "low"),
        ("tier_max", "2000.00"),
        ("tier_name", "high"),
        ("tier_max", "90000.00"),
        ("tier_name", ""),
        ("tier_max", ""),
        ("report_kind", "interim_narrative"),
        ("report_days", "180"),
        ("report_kind", ""),
        ("report_days", ""),
    ];
    // A tier above the budget is refused beside it, the other values kept.
    let refused = browser.post_form("/rounds", &form).await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(
        page.contains("id=\"tier_max_1-error\">cannot be more than the round&#x27;s budget")
            || page.contains("id=\"tier_max_1-error\">cannot be more than the round's budget"),
        "{page}"
    );
    assert!(page.contains("value=\"Investing in Action 2031\""));
    assert!(page.contains("Opens (Europe/Zurich time)"));

    let mut form = form.to_vec();
    form[10] = ("tier_max", "5000.00");
    let created = browser.post_form("/rounds", &form).await;
    created.assert_status(StatusCode::SEE_OTHER);
    let show = created.header("location").to_owned();
    let page = browser.get(&show).await.text();
    assert!(page.contains("15 Jan 2031 10:00 CET (09:00 UTC)"), "{page}");
    assert!(page.contains("Interim narrative report, 180 days after the award starts"));
    let token = app.token(&staff).await;
    let id = show.trim_start_matches("/rounds/");
    let round = app
        .with_token(
            &token,
            axum::http::Method::GET,
            &format!("/api/v1/rounds/{id}"),
            None,
        )
        .await
        .json();
    assert_eq!(round["opens_at"], "2031-01-15T09:00:00Z");
    assert_eq!(round["tiers"][1]["max_amount"], "5000.00");
    assert_eq!(round["code"], "IIA-2031A");
    // A second round may open in 2031, under a code of its own.
    let mut again = form.clone();
    again[0] = ("name", "Another 2031 round");
    again[1] = ("code", "IIA-2031B");
    browser
        .post_form("/rounds", &again)
        .await
        .assert_status(StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn staff_record_a_reviewer_s_country_and_it_blocks_a_conflicted_assignment() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let token = app.member_token(org).await;
    let staff = app.user(Role::Staff, None).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    let created = app
        .with_token(
            &token,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(round, "low", "500.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    app.with_token(
        &token,
        axum::http::Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        None,
    )
    .await
    .assert_status(StatusCode::OK);

    let mut browser = app.signed_in(&staff).await;
    let path = format!("/users/{}/reviewer-profile", reviewer.id);
    // Refused: the People page again, the sentence at the country field, what was typed kept,
    // nothing saved.
    let refused = browser
        .post_form(&path, &[("country", "ZZZ"), ("affiliation_id", "")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    let field = format!("country-{}", reviewer.id);
    let said = select(&html, &format!("#{field}-error"));
    assert!(said.len() == 1 && said[0].contains("ZZZ"), "{said:?}");
    crate::helpers::assert_refused_form(&html, &format!("{field}-error"), &said[0]);
    assert!(crate::helpers::has(
        &html,
        &format!("#{field}[value=ZZZ][aria-invalid=true]")
    ));
    let stored = {
        use sea_orm::EntityTrait;
        clearway::entities::user::Entity::find_by_id(reviewer.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };
    assert_eq!(stored.country, None);
    browser
        .post_form(&path, &[("country", "aze"), ("affiliation_id", "")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let refused = browser
        .post_form(
            &format!("/applications/{id}/reviewers"),
            &[("user_id", &reviewer.id.to_string())],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert!(
        select(&html, "#user_id-error")[0].starts_with("Conflict of interest"),
        "{html}"
    );
    assert!(select(&html, "title")[0].starts_with("Error: "));
    // The reviewer chosen is still chosen.
    assert_eq!(
        select(&html, "#user_id option[selected]"),
        select(&html, &format!("#user_id option[value='{}']", reviewer.id))
    );
    assert_eq!(select(&html, "#user_id option[selected]").len(), 1);
    // A member cannot touch profiles.
    let member = app.user(Role::Member, Some(org)).await;
    let mut member_browser = app.signed_in(&member).await;
    member_browser
        .post_form(&path, &[("country", "")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

/// The application as stored.
async fn stored(app: &TestApp, id: i64) -> clearway::entities::application::Model {
    use sea_orm::EntityTrait;
    clearway::entities::application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// A draft of `member`'s organization with a title and a target only, by the API.
async fn partial_draft(app: &TestApp, member: &crate::helpers::TestUser, round: i64) -> i64 {
    let token = app.token(member).await;
    let created = app
        .with_token(
            &token,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(serde_json::json!({
                "round_id": round,
                "target_state": "NPL",
                "title": "Parliamentary hearing",
            })),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    created.json()["id"].as_i64().unwrap()
}

/// An application of a new organization, submitted and under review, by the API.
async fn under_review(app: &TestApp, round: i64, staff_token: &str) -> i64 {
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let token = app.member_token(org).await;
    let created = app
        .with_token(
            &token,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(round, "low", "500.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    for (token, step) in [(token.as_str(), "submit"), (staff_token, "start-review")] {
        app.with_token(
            token,
            axum::http::Method::POST,
            &format!("/api/v1/applications/{id}/{step}"),
            None,
        )
        .await
        .assert_status(StatusCode::OK);
    }
    id
}

#[tokio::test]
async fn a_submission_with_answers_missing_comes_back_on_the_page_each_linked_to_its_field() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let id = partial_draft(&app, &member, round).await;
    let before = stored(&app, id).await;
    let mut browser = app.signed_in(&member).await;
    let show = format!("/applications/{id}");

    let refused = browser
        .post_form_of(&show, &format!("/applications/{id}/submit"), &[])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert!(select(&html, "title")[0].starts_with("Error: "), "{html}");
    // The summary says the draft is kept, and lists each missing answer as a link to its field.
    assert_eq!(
        select(&html, ".error-summary h2"),
        ["Your draft is saved, but the application is not submitted yet"]
    );
    let link = |field: &str| {
        select(
            &html,
            &format!(".error-summary a[href='/applications/{id}/edit?check=1#{field}']"),
        )
    };
    assert_eq!(link("summary"), ["Enter the summary to submit"]);
    assert_eq!(link("objectives"), ["Enter the objectives to submit"]);
    assert_eq!(link("activities-message"), ["Plan at least one activity"]);
    assert_eq!(
        link("budget_lines-message"),
        ["Add at least one budget line"]
    );
    // The same list on the page, by the member's buttons.
    let summary = select(&html, ".error-summary li");
    assert_eq!(select(&html, "#not-submitted li"), summary);
    assert!(
        !summary.iter().any(|line| line.contains("title")),
        "{summary:?}"
    );
    // Nothing submitted, nothing changed; no flash.
    assert_eq!(stored(&app, id).await, before);
    assert!(select(&html, ".flash").is_empty());

    // The link leads to the field, its message beside it.
    let edit = browser
        .get(&format!("/applications/{id}/edit?check=1"))
        .await
        .text();
    assert_eq!(
        select(&edit, "#summary-error"),
        ["Enter the summary to submit"]
    );
    assert!(crate::helpers::has(&edit, "#summary[aria-invalid='true']"));
}

#[tokio::test]
async fn a_submission_with_answers_missing_is_explained_in_french() {
    use clearway::i18n::Lang;

    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    let id = partial_draft(&app, &member, round).await;
    let mut browser = app.signed_in(&member).await;
    let cookie = crate::i18n::cookie(Lang::Fr);
    let (name, value) = cookie.split_once('=').unwrap();
    browser.cookies.insert(name.into(), value.into());
    let show = format!("/applications/{id}");

    let refused = browser
        .post_form_of(&show, &format!("/applications/{id}/submit"), &[])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert!(html.contains(r#"<html lang="fr">"#));
    assert!(select(&html, "title")[0].starts_with("Erreur"), "{html}");
    assert_eq!(
        select(&html, ".error-summary h2"),
        ["Votre brouillon est enregistré, mais la demande n'est pas encore soumise"]
    );
    let link = select(
        &html,
        &format!(".error-summary a[href='/applications/{id}/edit?check=1#summary']"),
    );
    assert_eq!(link.len(), 1);
    assert!(
        link[0].starts_with("Renseignez le champ « résumé »"),
        "{link:?}"
    );
    assert_eq!(
        select(&html, "#not-submitted > p"),
        [
            "Donnez chacune de ces réponses, puis vérifiez vos réponses et soumettez de nouveau la demande."
        ]
    );
    assert_eq!(stored(&app, id).await.status.as_str(), "draft");
}

#[tokio::test]
async fn a_submission_after_the_round_closed_is_refused_beside_the_member_s_buttons() {
    use sea_orm::{ActiveModelTrait, Set};

    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    let created = app
        .with_token(
            &token,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(round, "low", "500.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    let mut browser = app.signed_in(&member).await;
    let check = format!("/applications/{id}/check");
    let csrf = browser.csrf_token_of(&check).await;
    // The round closes while the answers are being checked.
    let closed_at = chrono::Utc::now() - chrono::Duration::minutes(5);
    let round_row = clearway::entities::round::ActiveModel {
        id: Set(round),
        closes_at: Set(closed_at),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    let before = stored(&app, id).await;

    let refused = browser
        .post_form_raw(
            &format!("/applications/{id}/submit"),
            &[("csrf_token", csrf.as_str())],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    let sentence = format!(
        "The application is not submitted: the round '{}' closed on '{}'; applications can no \
         longer be submitted.",
        round_row.name,
        clearway::views::instant(round_row.closes_at)
    );
    crate::helpers::assert_refused_form(&html, "member-message", &sentence);
    assert!(crate::helpers::has(
        &html,
        ".error-summary a[href='#member-message']"
    ));
    assert_eq!(stored(&app, id).await, before, "nothing is submitted");
}

#[tokio::test]
async fn an_approval_after_a_colleague_rejected_says_why_at_the_top_and_creates_no_award() {
    use sea_orm::{EntityTrait, PaginatorTrait};

    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let colleague = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = under_review(&app, round, &staff_token).await;
    let mut browser = app.signed_in(&staff).await;
    let show = format!("/applications/{id}");
    let csrf = browser.csrf_token_of(&show).await;
    // A colleague rejects it meanwhile.
    let colleague_token = app.token(&colleague).await;
    app.with_token(
        &colleague_token,
        axum::http::Method::POST,
        &format!("/api/v1/applications/{id}/reject"),
        Some(serde_json::json!({"reason": "Outside the round's priorities."})),
    )
    .await
    .assert_status(StatusCode::OK);

    let refused = browser
        .post_form_raw(
            &format!("/applications/{id}/approve"),
            &[
                ("csrf_token", csrf.as_str()),
                ("amount", "400.00"),
                ("conditions", "Report monthly."),
            ],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    // The decision forms are gone with the decision: the reason comes first, under the status.
    crate::helpers::assert_refused_form(
        &html,
        "refused-message",
        "The application is not approved: its status is now rejected.",
    );
    assert!(select(&html, "form[action$='/approve']").is_empty());
    assert_eq!(stored(&app, id).await.status.as_str(), "rejected");

    // In French, the reason too.
    let cookie = crate::i18n::cookie(clearway::i18n::Lang::Fr);
    let (name, value) = cookie.split_once('=').unwrap();
    browser.cookies.insert(name.into(), value.into());
    let refused = browser
        .post_form_raw(
            &format!("/applications/{id}/approve"),
            &[("csrf_token", csrf.as_str()), ("amount", "400.00")],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    let message = select(&html, "#refused-message");
    assert!(
        message[0] == "La demande n'est pas approuvée : son statut est désormais « refusée ».",
        "{message:?}"
    );
    assert_eq!(select(&html, ".error-summary li"), message);
    assert_eq!(
        clearway::entities::award::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_reviewer_assigned_twice_is_refused_beside_the_assign_button() {
    use sea_orm::{EntityTrait, PaginatorTrait};

    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = under_review(&app, round, &staff_token).await;
    let first = app.user(Role::Reviewer, None).await;
    let _second = app.user(Role::Reviewer, None).await;
    let mut browser = app.signed_in(&staff).await;
    let show = format!("/applications/{id}");
    let csrf = browser.csrf_token_of(&show).await;
    let assign = format!("/applications/{id}/reviewers");
    let first_id = first.id.to_string();
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("user_id", first_id.as_str()),
    ];
    browser
        .post_form_raw(&assign, &fields)
        .await
        .assert_status(StatusCode::SEE_OTHER);

    // The same form, sent again from a tab opened before.
    let refused = browser.post_form_raw(&assign, &fields).await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    crate::helpers::assert_refused_form(
        &html,
        "assign-message",
        &format!(
            "The reviewer is not assigned: '{}' is already a reviewer of this application.",
            first.email
        ),
    );
    assert_eq!(
        select(&html, "button[aria-describedby='assign-message']").len(),
        1
    );
    assert_eq!(
        clearway::entities::review::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
}

#[tokio::test]
async fn a_review_sent_after_the_decision_is_refused_with_the_review_kept() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let id = under_review(&app, round, &staff_token).await;
    let reviewer = app.user(Role::Reviewer, None).await;
    app.with_token(
        &staff_token,
        axum::http::Method::POST,
        &format!("/api/v1/applications/{id}/reviewers"),
        Some(serde_json::json!({"user_id": reviewer.id})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let mut browser = app.signed_in(&reviewer).await;
    let show = format!("/applications/{id}");
    browser
        .post_form_of(
            &show,
            &format!("/applications/{id}/review"),
            &[("no_conflict", "on")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let csrf = browser.csrf_token_of(&show).await;
    // Staff decide while the reviewer writes.
    app.with_token(
        &staff_token,
        axum::http::Method::POST,
        &format!("/api/v1/applications/{id}/reject"),
        Some(serde_json::json!({"reason": "Outside the round's priorities."})),
    )
    .await
    .assert_status(StatusCode::OK);

    let refused = browser
        .post_form_raw(
            &format!("/applications/{id}/review"),
            &[
                ("csrf_token", csrf.as_str()),
                ("relevance", "4"),
                ("feasibility", "3"),
                ("value_for_money", "5"),
                ("capacity", "2"),
                ("recommendation", "fund"),
                ("comment", "Strong plan, modest costs."),
            ],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    crate::helpers::assert_refused_form(
        &html,
        "review-message",
        "Your review is not saved: the application is 'rejected'; its reviews are closed.",
    );
    // What was typed is still there.
    assert_eq!(select(&html, "#comment"), ["Strong plan, modest costs."]);
    assert!(crate::helpers::has(
        &html,
        "input[name='value_for_money'][value='5'][checked]"
    ));
    let review = {
        use sea_orm::EntityTrait;
        clearway::entities::review::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };
    assert!(review.submitted_at.is_none() && review.comment.is_none());
}
