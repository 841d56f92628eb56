//! First run, invitations, password resets and scheduled jobs: how people get in.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::entities::{job_run, one_time_token, outbox, session};
use clearway::notify::worker::{self, Mailer};
use sea_orm::sea_query::Expr;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, has, select};

/// Delivers the outbox into a folder and returns the text of each `.eml` file, soft line breaks
/// of quoted-printable undone.
async fn delivered(app: &TestApp, dir: &std::path::Path) -> Vec<String> {
    let mut settings = app.state.settings.mail.clone();
    settings.outbox_dir = dir.to_str().unwrap().to_owned();
    worker::deliver_due(&app.db, &Mailer::new(&settings).unwrap())
        .await
        .unwrap();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .replace("=\r\n", "")
                .replace("=\n", "")
                .replace("=3D", "=")
        })
        .collect()
}

fn link_in(email: &str, path: &str) -> String {
    let start = email.find(path).expect("a link in the email");
    email[start..start + path.len() + 64].to_owned()
}

#[tokio::test]
async fn a_newcomer_sets_up_the_first_admin_who_invites_a_member_who_edits_its_own_organization() {
    let app = TestApp::spawn().await;
    let outbox_dir = tempfile::tempdir().unwrap();
    let link = clearway::auth::links::setup_link(&app.db, "http://127.0.0.1:8080")
        .await
        .unwrap()
        .expect("no admin yet, so a set-up link");
    let path = link.trim_start_matches("http://127.0.0.1:8080");

    // The first admin.
    let mut admin = app.browser();
    admin.get(path).await.assert_status(StatusCode::OK);
    let weak = admin
        .post_form(
            path,
            &[
                ("email", "ada@icbl.org"),
                ("name", "Ada"),
                ("password", "password123"),
                ("confirm", "password123"),
            ],
        )
        .await;
    weak.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.text().contains(r#"id="password-error""#));
    let made = admin
        .post_form(
            path,
            &[
                ("email", "ada@icbl.org"),
                ("name", "Ada"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    made.assert_status(StatusCode::SEE_OTHER);
    assert!(
        clearway::auth::links::setup_link(&app.db, "x")
            .await
            .unwrap()
            .is_none(),
        "one admin: no more set-up links"
    );
    app.browser()
        .get(path)
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // The admin registers an organization and invites a member of it.
    let org = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let other = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let invited = admin
        .post_form(
            "/users",
            &[
                ("email", "Leyla@AzCBL.org"),
                ("name", "Leyla"),
                ("role", "member"),
                ("organization_id", &org.to_string()),
            ],
        )
        .await;
    invited.assert_status(StatusCode::SEE_OTHER);
    assert!(
        admin
            .get("/users")
            .await
            .text()
            .contains("An invitation is on its way to Leyla@AzCBL.org.")
    );

    // The invitation arrives, as a file.
    let emails = delivered(&app, outbox_dir.path()).await;
    assert_eq!(emails.len(), 1);
    assert!(emails[0].contains("To: Leyla@AzCBL.org"));
    assert!(emails[0].contains("Azerbaijan Campaign to Ban Landmines"));
    let invitation = link_in(&emails[0], "/invitations/");

    // The member chooses a password, and is signed in.
    let mut member = app.browser();
    member.get(&invitation).await.assert_status(StatusCode::OK);
    let accepted = member
        .post_form(
            &invitation,
            &[
                ("name", "Leyla Mammadova"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        )
        .await;
    accepted.assert_status(StatusCode::SEE_OTHER);
    assert!(
        member
            .get("/account")
            .await
            .text()
            .contains("leyla@azcbl.org")
    );
    app.browser()
        .get(&invitation)
        .await
        .assert_status(StatusCode::NOT_FOUND);

    // Signed in again later, the member edits its own organization, and only that one.
    let mut later = app.browser();
    later
        .sign_in("leyla@azcbl.org", PASSWORD)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    later
        .post_form(
            &format!("/organizations/{org}"),
            &[
                ("name", "Azerbaijan Campaign to Ban Landmines"),
                ("acronym", "AzCBL"),
                ("website", "https://azcbl.org"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert!(
        later
            .get(&format!("/organizations/{org}"))
            .await
            .text()
            .contains("https://azcbl.org")
    );
    later
        .get(&format!("/organizations/{other}/edit"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    later
        .post_form(
            &format!("/organizations/{other}"),
            &[("name", "Taken over")],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn invitations_are_checked_and_expire() {
    let app = TestApp::spawn().await;
    let org = app.organization("India Campaign", "IND").await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let cases = [
        (
            json!({"email": "a@example.org", "role": "member"}),
            "organization_id",
        ),
        (
            json!({"email": "a@example.org", "role": "staff", "organization_id": org.to_string()}),
            "organization_id",
        ),
        (
            json!({"email": "a@example.org", "role": "member", "organization_id": "India"}),
            "organization_id",
        ),
        (json!({"email": "a@example", "role": "staff"}), "email"),
        (json!({"email": staff.email, "role": "staff"}), "email"),
    ];
    for (body, field) in cases {
        let refused = app
            .with_token(&token, Method::POST, "/api/v1/users", Some(body.clone()))
            .await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.json()["fields"][field][0].is_string(),
            "{body}: {}",
            refused.text()
        );
    }
    // Inviting an administrator is a right staff do not have, not a mistake in the form.
    app.with_token(
        &token,
        Method::POST,
        "/api/v1/users",
        Some(json!({"email": "a@example.org", "role": "admin"})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    assert_eq!(
        outbox::Entity::find().count(&app.db).await.unwrap(),
        0,
        "nothing queued"
    );

    let invited = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/users",
            Some(json!({"email": "r@example.org", "role": "reviewer"})),
        )
        .await;
    invited.assert_status(StatusCode::CREATED);
    assert_eq!(invited.json()["role"], "reviewer");
    // An organization's id is a number in the API, as everywhere else (a form's text works too).
    let member = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/users",
            Some(json!({"email": "m@example.org", "role": "member", "organization_id": org})),
        )
        .await;
    member.assert_status(StatusCode::CREATED);
    assert_eq!(member.json()["organization_id"], org);
    let body = outbox::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .text_body;
    let link = link_in(&body, "/invitations/");
    one_time_token::Entity::update_many()
        .col_expr(
            one_time_token::Column::ExpiresAt,
            Expr::val(chrono::Utc::now()),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let expired = app.browser().get(&link).await;
    expired.assert_status(StatusCode::NOT_FOUND);
    assert!(expired.text().contains("it has expired"));

    let listed = app
        .with_token(&token, Method::GET, "/api/v1/users", None)
        .await
        .json();
    assert_eq!(listed["total"], 1);
    let member = app.user(Role::Member, Some(org)).await;
    let member_token = app.token(&member).await;
    app.with_token(&member_token, Method::GET, "/api/v1/users", None)
        .await
        .assert_status(StatusCode::FORBIDDEN);
    app.with_token(
        &member_token,
        Method::POST,
        "/api/v1/users",
        Some(json!({"email": "x@example.org", "role": "staff"})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_through_an_emailed_link() {
    let app = TestApp::spawn().await;
    let person = app.user(Role::Finance, None).await;
    let mut old_session = app.signed_in(&person).await;

    let token = app.token(&person).await;
    let mut browser = app.browser();
    let unknown = browser
        .post_form("/password-reset", &[("email", "nobody@example.org")])
        .await;
    let known = browser
        .post_form("/password-reset", &[("email", &person.email)])
        .await;
    assert_eq!(unknown.status, known.status);
    assert_eq!(unknown.text(), known.text(), "the same answer either way");
    assert!(known.text().contains("If an account uses that email"));
    let queued = outbox::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].to_address, person.email);
    let link = link_in(&queued[0].text_body, "/password-reset/");

    let new_password = "copper kettle violin harbour";
    browser
        .post_form(
            &link,
            &[
                ("password", new_password),
                ("confirm", "something else entirely"),
            ],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    browser
        .post_form(
            &link,
            &[("password", new_password), ("confirm", new_password)],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    old_session
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);
    app.with_token(&token, Method::GET, "/api/v1/organizations", None)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    app.browser()
        .sign_in(&person.email, PASSWORD)
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    app.browser()
        .sign_in(&person.email, new_password)
        .await
        .assert_status(StatusCode::SEE_OTHER);
    browser
        .post_form(
            &link,
            &[("password", new_password), ("confirm", new_password)],
        )
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_job_runs_once_per_period_however_many_instances_try() {
    let app = TestApp::spawn().await;
    let person = app.user(Role::Staff, None).await;
    app.signed_in(&person).await;
    session::Entity::update_many()
        .col_expr(
            session::Column::ExpiresAt,
            Expr::val(chrono::Utc::now() - chrono::Duration::hours(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
    let now = chrono::Utc::now();
    let (a, b) = tokio::join!(
        clearway::jobs::run_due(&app.state, "instance-a", now),
        clearway::jobs::run_due(&app.state, "instance-b", now)
    );
    let ran: usize = a.unwrap().len() + b.unwrap().len();
    assert_eq!(
        ran,
        clearway::jobs::JOBS.len(),
        "each job ran on one instance only"
    );
    let runs = job_run::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(runs.len(), clearway::jobs::JOBS.len());
    assert!(
        runs.iter()
            .all(|r| r.finished_at.is_some() && r.error.is_none())
    );
    assert_eq!(
        session::Entity::find().count(&app.db).await.unwrap(),
        0,
        "the expired session is gone"
    );
    let again = clearway::jobs::run_due(&app.state, "instance-a", now)
        .await
        .unwrap();
    assert!(again.is_empty(), "nothing left to run this period");
}

#[tokio::test]
async fn an_admin_changes_a_role_and_the_change_is_audited() {
    let app = TestApp::spawn().await;
    let org = app.organization("Nepal Campaign", "NPL").await;
    let admin = app.user(Role::Admin, None).await;
    let person = app.user(Role::Staff, None).await;
    let mut theirs = app.signed_in(&person).await;
    let mut browser = app.signed_in(&admin).await;
    let page = browser
        .get("/users")
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(page.contains(&format!(r#"action="/users/{}/role""#, person.id)));

    // A member without an organization: the People page again, the form as typed, why at the
    // organization's field, nothing changed.
    let refused = browser
        .post_form(
            &format!("/users/{}/role", person.id),
            &[("role", "member"), ("organization_id", "Nepal")],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    let org_field = format!("org-{}", person.id);
    crate::helpers::assert_refused_form(
        &html,
        &format!("{org_field}-error"),
        "A member belongs to an organization: type its name and pick it from the list.",
    );
    assert!(has(
        &html,
        &format!("#{org_field}[aria-invalid=true][value='Nepal']")
    ));
    assert!(has(
        &html,
        &format!(".error-summary a[href='#{org_field}']")
    ));
    assert_eq!(
        select(&html, &format!("#role-{} option[selected]", person.id)),
        ["Member organization"]
    );
    let unchanged = clearway::entities::user::Entity::find_by_id(person.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (unchanged.role.as_str(), unchanged.organization_id),
        ("staff", None)
    );
    browser
        .post_form(
            &format!("/users/{}/role", person.id),
            &[("role", "member"), ("organization_id", &org.to_string())],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let changed = clearway::entities::user::Entity::find_by_id(person.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (changed.role.as_str(), changed.organization_id),
        ("member", Some(org))
    );
    theirs
        .get("/account")
        .await
        .assert_status(StatusCode::SEE_OTHER);

    let token = app.token(&admin).await;
    let log = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/audit?entity=user&entity_id={}", person.id),
            None,
        )
        .await
        .json();
    let change = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "role_changed")
        .unwrap();
    assert_eq!(change["before"]["role"], "staff");
    assert_eq!(change["after"]["role"], "member");
    assert_eq!(change["after"]["organization_id"], org);

    // The last administrator: said next to the button of their row; they stay administrator.
    let last = browser
        .post_form(&format!("/users/{}/role", admin.id), &[("role", "staff")])
        .await;
    last.assert_status(StatusCode::CONFLICT);
    let html = last.text();
    crate::helpers::assert_refused_form(
        &html,
        &format!("change-{}-error", admin.id),
        "The role is not changed: this is the last administrator: make another one first.",
    );
    assert_eq!(
        select(&html, &format!("#role-{} option[selected]", admin.id)),
        ["Programme staff"],
        "the role as chosen"
    );
    let still = clearway::entities::user::Entity::find_by_id(admin.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still.role.as_str(), "admin");
    let staff = app.user(Role::Staff, None).await;
    app.signed_in(&staff)
        .await
        .post_form(&format!("/users/{}/role", person.id), &[("role", "admin")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
}
