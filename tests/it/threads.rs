//! Conversations on records: staff and the member organization write to each other on an
//! application, an award or a report, staff keep internal notes beside them, and a coordination
//! request's requester answers from its status page. Each message is e-mailed to the other side,
//! audited, and unread until seen.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::{audit_event, message};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestUser, application_body, has, select};

const STAFF_ADDRESS: &str = "grants@localhost";
const QUESTION: &str = "Which ministry will you meet first, and who will attend?";
const NOTE: &str = "Check their last interim report before we answer: it was late.";
const ANSWER: &str = "The Ministry of Defence, in March: our director and a survivor.";

/// A submitted application of a new organization; its member and a staff member.
struct Setting {
    id: i64,
    org: i64,
    member: TestUser,
    member_token: String,
    staff: TestUser,
    staff_token: String,
}

async fn submitted(app: &TestApp) -> Setting {
    let round = app.open_round().await;
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let created = app
        .with_token(
            &member_token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "low", "1500.00")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    app.with_token(
        &member_token,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    Setting {
        id,
        org,
        member,
        member_token,
        staff,
        staff_token,
    }
}

async fn write(
    app: &TestApp,
    token: &str,
    path: &str,
    body: Value,
) -> crate::helpers::TestResponse {
    app.with_token(token, Method::POST, path, Some(body)).await
}

async fn read(app: &TestApp, token: &str, path: &str) -> Value {
    let list = app.with_token(token, Method::GET, path, None).await;
    list.assert_status(StatusCode::OK);
    list.json()
}

fn bodies(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["body"].as_str().unwrap().to_owned())
        .collect()
}

async fn audited(app: &TestApp, action: &str) -> u64 {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_member_answers_a_staff_question_and_the_staff_note_stays_with_staff() {
    let app = TestApp::spawn().await;
    let s = submitted(&app).await;
    let path = format!("/api/v1/applications/{}/messages", s.id);

    let asked = write(&app, &s.staff_token, &path, json!({"body": QUESTION})).await;
    asked.assert_status(StatusCode::CREATED);
    assert_eq!(asked.json()["side"], "staff");
    assert_eq!(asked.json()["internal"], false);
    assert_eq!(asked.header("location"), path);
    let mail = app.emails_to(&s.member.email).await;
    let (subject, text) = mail.last().unwrap();
    assert!(subject.contains("a message from ICBL"), "{subject}");
    assert!(text.contains(QUESTION), "{text}");

    let noted = write(
        &app,
        &s.staff_token,
        &path,
        json!({"body": NOTE, "internal": true}),
    )
    .await;
    noted.assert_status(StatusCode::CREATED);
    assert_eq!(noted.json()["internal"], true);
    // A note is e-mailed to nobody.
    assert_eq!(app.emails_to(&s.member.email).await.len(), mail.len());
    assert!(
        !app.emails_to(STAFF_ADDRESS)
            .await
            .iter()
            .any(|(_, text)| text.contains(NOTE))
    );

    // The member sees the question, unread, and never the note.
    let seen = read(&app, &s.member_token, &path).await;
    assert_eq!(bodies(&seen), vec![QUESTION]);
    assert_eq!(seen["unread"], 1);
    assert_eq!(seen["items"][0]["unread"], true);
    assert_eq!(seen["may_post"], true);
    assert_eq!(seen["may_write_notes"], false);
    assert!(!seen.to_string().contains(NOTE));
    // Read once, it is no longer unread.
    assert_eq!(read(&app, &s.member_token, &path).await["unread"], 0);
    // A member cannot write a note.
    write(
        &app,
        &s.member_token,
        &path,
        json!({"body": "A note of ours", "internal": true}),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);

    let answered = write(&app, &s.member_token, &path, json!({"body": ANSWER})).await;
    answered.assert_status(StatusCode::CREATED);
    assert_eq!(answered.json()["side"], "organization");
    let (subject, text) = app.emails_to(STAFF_ADDRESS).await.pop().unwrap();
    assert!(subject.contains("the organization wrote"), "{subject}");
    assert!(text.contains(ANSWER), "{text}");

    // Staff see the whole conversation in order, the answer unread, the note marked.
    let thread = read(&app, &s.staff_token, &path).await;
    assert_eq!(bodies(&thread), vec![QUESTION, NOTE, ANSWER]);
    assert_eq!(thread["items"][1]["internal"], true);
    assert_eq!(thread["items"][2]["unread"], true);
    assert_eq!(thread["unread"], 1);
    assert_eq!(thread["may_write_notes"], true);
    let stored = message::Entity::find()
        .order_by_asc(message::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 3);
    assert_eq!(stored[2].author_id, Some(s.member.id));
    assert_eq!(stored[0].author_id, Some(s.staff.id));
    assert_eq!(audited(&app, "message_posted").await, 2);
    assert_eq!(audited(&app, "note_written").await, 1);

    // The answer waits in staff's inbox until staff write back.
    let inbox = read(&app, &s.staff_token, "/api/v1/inbox?kind=message_reply").await;
    assert_eq!(inbox["total"], 1, "{inbox}");
    let row = &inbox["groups"][0]["items"][0];
    assert_eq!(row["reason"], "organization");
    assert_eq!(row["link"], format!("/applications/{}#conversation", s.id));
    write(
        &app,
        &s.staff_token,
        &path,
        json!({"body": "Thank you: noted."}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let inbox = read(&app, &s.staff_token, "/api/v1/inbox?kind=message_reply").await;
    assert_eq!(inbox["total"], 0);
    // A note does not answer: the organization's next message waits again.
    write(
        &app,
        &s.member_token,
        &path,
        json!({"body": "One more thing."}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    write(
        &app,
        &s.staff_token,
        &path,
        json!({"body": "To ask the director", "internal": true}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let inbox = read(&app, &s.staff_token, "/api/v1/inbox?kind=message_reply").await;
    assert_eq!(inbox["total"], 1);
}

#[tokio::test]
async fn through_the_pages_the_member_reads_and_answers_and_never_sees_a_note() {
    let app = TestApp::spawn().await;
    let s = submitted(&app).await;
    let page = format!("/applications/{}", s.id);
    let form = format!("{page}/messages");

    let mut staff = app.signed_in(&s.staff).await;
    let asked = staff.post_form(&form, &[("body", QUESTION)]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    assert_eq!(asked.header("location"), format!("{page}#conversation"));
    let noted = staff
        .post_form(&form, &[("body", NOTE), ("internal", "yes")])
        .await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);
    assert!(
        staff
            .get(&page)
            .await
            .text()
            .contains("Note saved: only ICBL staff see it.")
    );

    let mut member = app.signed_in(&s.member).await;
    // The account page, where a member lands, counts the unread message.
    let account = member.get("/account").await.text();
    let unread = select(&account, "#unread-heading + ul li");
    assert_eq!(unread.len(), 1, "{unread:?}");
    assert!(unread[0].contains("1 new message"), "{unread:?}");
    assert!(has(&account, &format!("a[href=\"{page}#conversation\"]")));
    let html = member.get(&page).await.text();
    let thread = select(&html, "#conversation .message");
    assert_eq!(thread.len(), 1, "{thread:?}");
    assert!(thread[0].contains(QUESTION) && thread[0].contains("New"));
    // Opened, the thread is seen: the account page no longer lists it.
    assert!(!has(
        &member.get("/account").await.text(),
        "#unread-heading"
    ));
    assert!(!html.contains(NOTE));
    assert!(!html.contains("Internal note"));
    assert!(has(
        &html,
        &format!("form[action=\"{form}\"] textarea[name=body]")
    ));
    assert!(!has(&html, "input[name=internal]"));

    let answered = member.post_form(&form, &[("body", ANSWER)]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    assert!(
        member
            .get(&page)
            .await
            .text()
            .contains("Message sent to ICBL.")
    );
    assert!(
        app.emails_to(STAFF_ADDRESS)
            .await
            .iter()
            .any(|(_, text)| text.contains(ANSWER))
    );

    // The answer waits in staff's inbox.
    let inbox = staff.get("/inbox").await.text();
    assert!(inbox.contains("Messages awaiting a reply"), "{inbox}");
    assert!(inbox.contains("The organization wrote"), "{inbox}");
    assert!(
        has(&inbox, &format!("a[href=\"{page}#conversation\"]")),
        "{inbox}"
    );
    // Staff see the answer as new, beside the note, marked as staff's only.
    let account = staff.get("/account").await.text();
    assert_eq!(select(&account, "#unread-heading + ul li").len(), 1);
    let html = staff.get(&page).await.text();
    let thread = select(&html, "#conversation .message");
    assert_eq!(thread.len(), 3, "{thread:?}");
    assert!(thread[1].contains(NOTE) && thread[1].contains("Internal note: staff only"));
    assert!(thread[2].contains(ANSWER) && thread[2].contains("New"));
    assert!(has(&html, "input[name=internal]"));
    // An empty message is refused with its reason next to the field, and nothing is written;
    // a note refused comes back still a note, with its text.
    let before = message::Entity::find().count(&app.db).await.unwrap();
    let empty = member.post_form(&form, &[("body", "   ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = empty.text();
    assert_eq!(
        select(&html, &format!("#body-application-{}-error", s.id)),
        vec!["Write the message"]
    );
    let long = "x".repeat(5001);
    let refused = staff
        .post_form(&form, &[("body", long.as_str()), ("internal", "yes")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert!(
        select(&html, &format!("#body-application-{}-error", s.id))[0]
            .contains("must be at most 5000 characters long")
    );
    assert!(has(&html, "input[name=internal][checked]"));
    assert!(html.contains(&long));
    assert_eq!(
        message::Entity::find().count(&app.db).await.unwrap(),
        before
    );
}

#[tokio::test]
async fn others_do_not_reach_the_thread_and_bad_messages_are_refused() {
    let app = TestApp::spawn().await;
    let s = submitted(&app).await;
    let path = format!("/api/v1/applications/{}/messages", s.id);
    write(&app, &s.staff_token, &path, json!({"body": QUESTION}))
        .await
        .assert_status(StatusCode::CREATED);

    // A member of another organization: as if the application did not exist.
    let other_org = app.organization("Other Campaign", "NPL").await;
    let other = app.member_token(other_org).await;
    let hidden = app.with_token(&other, Method::GET, &path, None).await;
    hidden.assert_status(StatusCode::NOT_FOUND);
    write(&app, &other, &path, json!({"body": "Hello"}))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let other_user = app.user(Role::Member, Some(other_org)).await;
    let page = app
        .signed_in(&other_user)
        .await
        .get(&format!("/applications/{}", s.id))
        .await;
    page.assert_status(StatusCode::NOT_FOUND);
    // A reviewer not assigned does not see it either; finance reads it without writing.
    let reviewer = app.user(Role::Reviewer, None).await;
    let reviewer = app.token(&reviewer).await;
    app.with_token(&reviewer, Method::GET, &path, None)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    // Assigned, a reviewer sees the application but not its thread, which names the
    // organization's people (blind review withholds them), and writes nothing to it.
    let assigned = app.user(Role::Reviewer, None).await;
    write(
        &app,
        &s.staff_token,
        &format!("/api/v1/applications/{}/reviewers", s.id),
        json!({"user_id": assigned.id}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let reviewer_page = app
        .signed_in(&assigned)
        .await
        .get(&format!("/applications/{}", s.id))
        .await;
    reviewer_page.assert_status(StatusCode::OK);
    assert!(!has(&reviewer_page.text(), "#conversation"));
    assert!(!reviewer_page.text().contains(QUESTION));
    let assigned = app.token(&assigned).await;
    app.with_token(&assigned, Method::GET, &path, None)
        .await
        .assert_status(StatusCode::FORBIDDEN);
    write(
        &app,
        &assigned,
        &path,
        json!({"body": "A question of mine"}),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let finance = app.user(Role::Finance, None).await;
    let finance = app.token(&finance).await;
    let list = read(&app, &finance, &path).await;
    assert_eq!(bodies(&list), vec![QUESTION]);
    assert_eq!(list["may_post"], false);
    write(&app, &finance, &path, json!({"body": "Paid soon"}))
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // Validation: nothing written, a reason under `body`.
    for body in [json!({}), json!({"body": ""}), json!({"body": "  \n "})] {
        let refused = write(&app, &s.member_token, &path, body).await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(refused.json()["fields"]["body"][0], "write the message");
    }
    let long = write(
        &app,
        &s.member_token,
        &path,
        json!({"body": "x".repeat(5001)}),
    )
    .await;
    long.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        long.json()["fields"]["body"][0],
        "must be at most 5000 characters long"
    );
    write(
        &app,
        &s.member_token,
        &path,
        json!({"body": "x".repeat(5000)}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    assert_eq!(message::Entity::find().count(&app.db).await.unwrap(), 2);
    // A thread of a record that does not exist.
    app.with_token(
        &s.staff_token,
        Method::GET,
        "/api/v1/applications/999999/messages",
        None,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    let _ = s.org;
}

#[tokio::test]
async fn awards_and_reports_carry_threads_finance_reads_them() {
    let app = TestApp::spawn().await;
    let (award, member_token, member_email, staff_token, finance_token) =
        crate::awards::approved(&app, "1500.00").await;
    let award_path = format!("/api/v1/awards/{award}/messages");
    write(
        &app,
        &staff_token,
        &award_path,
        json!({"body": "Please upload the signed agreement."}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    assert!(
        app.emails_to(&member_email)
            .await
            .iter()
            .any(|(_, text)| text.contains("Please upload the signed agreement."))
    );
    let finance = read(&app, &finance_token, &award_path).await;
    assert_eq!(finance["items"].as_array().unwrap().len(), 1);
    write(&app, &finance_token, &award_path, json!({"body": "Paid"}))
        .await
        .assert_status(StatusCode::FORBIDDEN);

    let report = crate::awards::award(&app, &staff_token, award).await["reports"][0]["id"]
        .as_i64()
        .unwrap();
    let report_path = format!("/api/v1/reports/{report}/messages");
    write(
        &app,
        &member_token,
        &report_path,
        json!({"body": "May we send the receipts in French?"}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let (subject, _) = app.emails_to(STAFF_ADDRESS).await.pop().unwrap();
    assert!(subject.contains("the organization wrote"), "{subject}");
    let staff_view = read(&app, &staff_token, &report_path).await;
    assert_eq!(
        bodies(&staff_view),
        vec!["May we send the receipts in French?"]
    );
    let inbox = read(&app, &staff_token, "/api/v1/inbox?kind=message_reply").await;
    assert_eq!(
        inbox["groups"][0]["items"][0]["link"],
        format!("/awards/{award}#report-{report}")
    );

    // On the award's page, the member reads both threads and writes in the report's.
    let member = TestUser {
        id: 0,
        email: member_email.clone(),
    };
    let mut browser = app.signed_in(&member).await;
    let page = format!("/awards/{award}");
    let html = browser.get(&page).await.text();
    assert!(
        select(&html, "#conversation .message")[0].contains("Please upload the signed agreement.")
    );
    assert!(
        select(&html, &format!("#report-{report} .message"))[0]
            .contains("May we send the receipts in French?")
    );
    let form = format!("/reports/{report}/messages");
    assert!(has(&html, &format!("form[action=\"{form}\"]")));
    let refused = browser.post_form(&form, &[("body", "")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        select(&refused.text(), &format!("#body-report-{report}-error")),
        vec!["Write the message"]
    );
    let sent = browser
        .post_form(&form, &[("body", "The receipts are attached.")])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(
        sent.header("location"),
        format!("/awards/{award}#report-{report}")
    );
    let staff_view = read(&app, &staff_token, &report_path).await;
    assert_eq!(staff_view["items"].as_array().unwrap().len(), 2);
}

/// A coordination request received from the public API: (id, status token).
async fn request(app: &TestApp) -> (i64, String) {
    let receipt = crate::coordination::post(
        app,
        &crate::coordination::request_body("MMR", &uuid::Uuid::new_v4().to_string()),
    )
    .await;
    receipt.assert_status(StatusCode::CREATED);
    let token = receipt
        .header("location")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let id = clearway::entities::coordination_request::Entity::find()
        .order_by_desc(clearway::entities::coordination_request::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    (id, token)
}

#[tokio::test]
async fn the_requester_replies_from_its_status_page_and_staff_are_told() {
    let app = TestApp::spawn().await;
    let (id, token) = request(&app).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let path = format!("/api/v1/coordination-requests/{id}/messages");
    // The field the coordination API always took still works.
    let asked = write(
        &app,
        &staff_token,
        &path,
        json!({"message": "Could the meeting move to the second week?"}),
    )
    .await;
    asked.assert_status(StatusCode::CREATED);
    assert!(
        app.emails_to("ingrid.hansen@mfa.example.org")
            .await
            .iter()
            .any(|(_, text)| text.contains("Could the meeting move to the second week?"))
    );
    write(
        &app,
        &staff_token,
        &path,
        json!({"body": "The ministry's contact is new to us.", "internal": true}),
    )
    .await
    .assert_status(StatusCode::CREATED);

    let status_page = format!("/coordinate/status/{token}");
    let mut requester = app.browser();
    let html = requester.get(&status_page).await.text();
    assert!(html.contains("Could the meeting move to the second week?"));
    assert!(!html.contains("new to us"));
    let sent = requester
        .post_form_of(
            &status_page,
            &format!("{status_page}/messages"),
            &[("body", "Yes: the 14th suits the Minister.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let html = requester.get(&status_page).await.text();
    assert!(html.contains("Your reply is sent to ICBL."));
    assert!(html.contains("Yes: the 14th suits the Minister."));
    let (subject, text) = app.emails_to(STAFF_ADDRESS).await.pop().unwrap();
    assert!(subject.contains("the requester replied"), "{subject}");
    assert!(text.contains("the 14th suits the Minister"), "{text}");
    assert_eq!(audited(&app, "requester_replied").await, 1);
    // An empty reply comes back with its reason next to the field.
    let empty = requester
        .post_form_of(
            &status_page,
            &format!("{status_page}/messages"),
            &[("body", "")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        select(&empty.text(), "#reply-body-error"),
        vec!["Write the message"]
    );
    // Without the form's token, nothing is sent.
    let forged = requester
        .post_form_raw(&format!("{status_page}/messages"), &[("body", "Forged")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // Staff see the request replied, the whole conversation in order.
    let mut browser = app.signed_in(&staff).await;
    let html = browser
        .get(&format!("/coordination-requests/{id}"))
        .await
        .text();
    assert!(has(&html, "#conversation .badge"), "{html}");
    assert!(select(&html, "#conversation .badge")[0].contains("Replied"));
    let thread = read(&app, &staff_token, &path).await;
    let sides: Vec<&str> = thread["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["side"].as_str().unwrap())
        .collect();
    assert_eq!(sides, vec!["staff", "staff", "requester"]);
    let status = app
        .get(&format!("/api/v1/coordination-requests/status/{token}"))
        .await
        .json();
    assert_eq!(status["replied"], true);
    assert_eq!(status["messages"].as_array().unwrap().len(), 2);
    let inbox = read(&app, &staff_token, "/api/v1/inbox?kind=message_reply").await;
    assert_eq!(inbox["groups"][0]["items"][0]["reason"], "requester");
    // The requester's data, exported on its request, holds what it wrote.
    let admin = app.user(Role::Admin, None).await;
    let admin = app.token(&admin).await;
    let export = read(
        &app,
        &admin,
        "/api/v1/personal-data?email=ingrid.hansen@mfa.example.org",
    )
    .await;
    assert_eq!(
        export["coordination_requests"][0]["replies"][0]["body"],
        "Yes: the 14th suits the Minister."
    );
    // Only staff reach a request's thread.
    let member_org = app.organization("Myanmar Campaign", "MMR").await;
    let member = app.member_token(member_org).await;
    app.with_token(&member, Method::GET, &path, None)
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_requesters_replies_are_limited_within_the_hour() {
    let app = TestApp::spawn_with(|s| s.coordination.replies_per_hour = 2).await;
    let (id, token) = request(&app).await;
    let path = format!("/api/v1/coordination-requests/status/{token}/messages");
    for n in 0..2 {
        let sent = app
            .send(
                Method::POST,
                &path,
                json!({"body": format!("Reply {n}")}).to_string(),
            )
            .await;
        sent.assert_status(StatusCode::CREATED);
        assert_eq!(sent.json()["side"], "requester");
    }
    let limited = app
        .send(Method::POST, &path, json!({"body": "Reply 3"}).to_string())
        .await;
    limited.assert_status(StatusCode::TOO_MANY_REQUESTS);
    // The page answers the same, with a page that says so.
    let status_page = format!("/coordinate/status/{token}");
    let mut requester = app.browser();
    let page = requester
        .post_form_of(
            &status_page,
            &format!("{status_page}/messages"),
            &[("body", "Reply 4")],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.text().contains("Too many messages"));
    let stored = message::Entity::find()
        .filter(message::Column::RecordId.eq(id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 2);
    // A wrong link reaches nothing.
    app.send(
        Method::POST,
        &format!(
            "/api/v1/coordination-requests/status/{}/messages",
            "0".repeat(64)
        ),
        json!({"body": "Hello"}).to_string(),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn messages_left_before_threads_move_into_the_requests_thread() {
    use migration::{Migrator, MigratorTrait};
    let app = TestApp::spawn().await;
    let (id, token) = request(&app).await;
    let staff = app.user(Role::Staff, None).await;
    let staff_token = app.token(&staff).await;
    let path = format!("/api/v1/coordination-requests/{id}/messages");
    write(
        &app,
        &staff_token,
        &path,
        json!({"body": "Left before threads."}),
    )
    .await
    .assert_status(StatusCode::CREATED);
    // Back to the schema before threads: the message is a step without a status again...
    let schema = app.schema_connection().await;
    let names: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let ours = names
        .iter()
        .position(|n| n == "m20261201_000020_threads")
        .unwrap();
    Migrator::down(&schema, Some((names.len() - ours) as u32))
        .await
        .unwrap();
    let steps = clearway::entities::coordination_step::Entity::find()
        .filter(clearway::entities::coordination_step::Column::Status.is_null())
        .all(&schema)
        .await
        .unwrap();
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].message.as_deref(), Some("Left before threads."));
    // ...and threads move it into the request's thread, where the requester reads it.
    Migrator::up(&schema, None).await.unwrap();
    assert_eq!(
        clearway::entities::coordination_step::Entity::find()
            .filter(clearway::entities::coordination_step::Column::Status.is_null())
            .count(&schema)
            .await
            .unwrap(),
        0
    );
    let thread = read(&app, &staff_token, &path).await;
    assert_eq!(bodies(&thread), vec!["Left before threads."]);
    assert_eq!(thread["items"][0]["side"], "staff");
    let status = app
        .get(&format!("/api/v1/coordination-requests/status/{token}"))
        .await
        .json();
    assert_eq!(status["messages"][0]["body"], "Left before threads.");
}

#[tokio::test]
async fn messages_about_a_high_risk_state_are_emailed_as_a_bare_notice() {
    let app = TestApp::spawn().await;
    let s = submitted(&app).await;
    let review_on = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    app.with_token(
        &s.staff_token,
        Method::PUT,
        "/api/v1/states/AZE/sensitivity",
        Some(json!({"level": "high_risk", "reason": "Campaigners questioned", "review_on": review_on})),
    )
    .await
    .assert_status(StatusCode::OK);
    let path = format!("/api/v1/applications/{}/messages", s.id);
    write(&app, &s.staff_token, &path, json!({"body": QUESTION}))
        .await
        .assert_status(StatusCode::CREATED);
    write(&app, &s.member_token, &path, json!({"body": ANSWER}))
        .await
        .assert_status(StatusCode::CREATED);
    for (address, said) in [(s.member.email.as_str(), QUESTION), (STAFF_ADDRESS, ANSWER)] {
        let (subject, text) = app.emails_to(address).await.pop().unwrap();
        assert_eq!(subject, "Clearway: something needs your attention");
        assert!(!text.contains(said), "{text}");
        assert!(
            text.contains(&format!("/applications/{}#conversation", s.id)),
            "{text}"
        );
    }
    // The thread itself is whole for those who see the record.
    assert_eq!(
        bodies(&read(&app, &s.member_token, &path).await),
        vec![QUESTION, ANSWER]
    );
}

#[tokio::test]
async fn the_audit_log_withholds_what_messages_about_a_high_risk_state_said() {
    let app = TestApp::spawn().await;
    let (award, member_token, _, staff_token, _) = crate::awards::approved(&app, "1500.00").await;
    let report = crate::awards::award(&app, &staff_token, award).await["reports"][0]["id"]
        .as_i64()
        .unwrap();
    let review_on = (chrono::Utc::now().date_naive() + chrono::Duration::days(90)).to_string();
    app.with_token(
        &staff_token,
        Method::PUT,
        "/api/v1/states/AZE/sensitivity",
        Some(json!({"level": "high_risk", "reason": "Campaigners questioned", "review_on": review_on})),
    )
    .await
    .assert_status(StatusCode::OK);
    for (kind, id) in [("awards", award), ("reports", report)] {
        write(
            &app,
            &member_token,
            &format!("/api/v1/{kind}/{id}/messages"),
            json!({"body": "The meeting with the general is set."}),
        )
        .await
        .assert_status(StatusCode::CREATED);
    }
    for entity in [
        format!("award&entity_id={award}"),
        format!("report&entity_id={report}"),
    ] {
        let lines = read(
            &app,
            &staff_token,
            &format!("/api/v1/audit?entity={entity}"),
        )
        .await;
        let items = lines["items"].as_array().unwrap();
        assert!(
            items.iter().any(|l| l["action"] == "message_posted"),
            "{lines}"
        );
        assert!(!lines.to_string().contains("the general"), "{lines}");
    }
}

/// A request whose contact details were removed takes no more replies: the status page comes
/// back saying so next to the send button (409), the reply kept in its box, nothing sent.
#[tokio::test]
async fn a_reply_to_a_closed_request_comes_back_on_the_status_page_saying_why() {
    use clearway::entities::coordination_request;
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

    let app = TestApp::spawn().await;
    let (id, token) = request(&app).await;
    let status_page = format!("/coordinate/status/{token}");
    let mut requester = app.browser();
    let csrf = requester.csrf_token_of(&status_page).await;
    let stored = coordination_request::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut closed = stored.into_active_model();
    closed.anonymized_at = Set(Some(chrono::Utc::now()));
    closed.update(&app.db).await.unwrap();
    let messages = || async {
        message::Entity::find()
            .filter(message::Column::RecordId.eq(id))
            .count(&app.db)
            .await
            .unwrap()
    };
    let before = (messages().await, app.emails_to(STAFF_ADDRESS).await.len());
    let reply = "Is the meeting on the 14th still planned?";
    let refused = requester
        .post_form_raw(
            &format!("{status_page}/messages"),
            &[("csrf_token", csrf.as_str()), ("body", reply)],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let html = refused.text();
    crate::helpers::assert_refused_form(
        &html,
        "reply-message",
        "Your reply is not sent: this request is closed and its contact details removed: it \
         takes no more replies.",
    );
    assert!(has(&html, ".error-summary a[href='#reply-message']"));
    assert_eq!(select(&html, "#reply-body"), [reply], "the reply is kept");
    assert!(
        !has(&html, "#reply-body[aria-invalid]"),
        "not the text's fault"
    );
    assert_eq!(refused.header("cache-control"), "no-store");
    assert_eq!(
        (messages().await, app.emails_to(STAFF_ADDRESS).await.len()),
        before,
        "nothing is sent"
    );

    // In Spanish, the page's words.
    let cookie = crate::i18n::cookie(clearway::i18n::Lang::Es);
    let (name, value) = cookie.split_once('=').unwrap();
    requester.cookies.insert(name.into(), value.into());
    let refused = requester
        .post_form_of(
            &status_page,
            &format!("{status_page}/messages"),
            &[("body", reply)],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let said = select(&refused.text(), "#reply-message");
    assert!(
        said[0].starts_with("Su respuesta no se ha enviado"),
        "{said:?}"
    );
}
