//! The member organization registry: who sees and changes what, validation, and the audit log.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::json;

use crate::helpers::{TestApp, has};

#[tokio::test]
async fn staff_register_an_organization_and_the_change_is_audited() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(json!({
                "name": "Azerbaijan Campaign to Ban Landmines",
                "acronym": "AzCBL",
                "country": "aze",
                "kind": "national_campaign",
                "contact_email": "info@azcbl.org",
                "website": "https://azcbl.org",
                "joined_on": "2001-05-10"
            })),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let body = created.json();
    let id = body["id"].as_i64().unwrap();
    assert_eq!(
        created.header("location"),
        format!("/api/v1/organizations/{id}")
    );
    assert_eq!(body["country"], "AZE");
    assert_eq!(body["membership_status"], "active");

    let updated = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{id}"),
            Some(json!({"membership_status": "suspended"})),
        )
        .await;
    updated.assert_status(StatusCode::OK);
    assert_eq!(updated.json()["membership_status"], "suspended");
    assert_eq!(
        updated.json()["acronym"],
        "AzCBL",
        "fields not sent are kept"
    );

    let audit = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/audit?entity=organization&entity_id={id}"),
            None,
        )
        .await
        .json();
    assert_eq!(audit["total"], 2);
    let change = &audit["items"][0];
    assert_eq!(change["action"], "organization_updated");
    assert_eq!(change["actor"], staff.email);
    assert_eq!(change["before"]["membership_status"], "active");
    assert_eq!(change["after"]["membership_status"], "suspended");
    assert_eq!(change["request_id"].as_str().unwrap().len(), 36);
    let by_actor = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/audit?actor={}", staff.id),
            None,
        )
        .await
        .json();
    assert_eq!(by_actor["total"], 2);

    let listed = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/organizations?country=AZE&membership_status=suspended",
            None,
        )
        .await
        .json();
    assert_eq!(listed["total"], 1);
    assert_eq!(
        listed["items"][0]["name"],
        "Azerbaijan Campaign to Ban Landmines"
    );
}

#[tokio::test]
async fn bad_fields_are_refused_with_a_message_each_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let refused = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(json!({"country": "XXX", "kind": "club", "contact_email": "not-an-email", "website": "ftp://x"})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let fields = &refused.json()["fields"];
    for field in ["name", "country", "kind", "contact_email", "website"] {
        assert!(
            fields[field][0].is_string(),
            "no message for {field}: {fields}"
        );
    }
    let listed = app
        .with_token(&token, Method::GET, "/api/v1/organizations", None)
        .await
        .json();
    assert_eq!(listed["total"], 0);

    app.organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let duplicate = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(
                json!({"name": "Nepal Campaign to Ban Landmines", "country": "NPL", "kind": "ngo"}),
            ),
        )
        .await;
    duplicate.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        duplicate.json()["fields"]["name"][0],
        "another organization already has this name"
    );

    let malformed = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(json!({"name": 5})),
        )
        .await;
    malformed.assert_status(StatusCode::BAD_REQUEST);
    assert!(malformed.json()["fields"]["name"][0].is_string());
}

#[tokio::test]
async fn a_member_edits_its_own_profile_only() {
    let app = TestApp::spawn().await;
    let own = app.organization("India Campaign", "IND").await;
    let other = app.organization("Myanmar Campaign", "MMR").await;
    let member = app.user(Role::Member, Some(own)).await;
    let token = app.token(&member).await;

    let edited = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{own}"),
            Some(json!({"website": "https://icbl-india.org"})),
        )
        .await;
    edited.assert_status(StatusCode::OK);
    assert_eq!(edited.json()["website"], "https://icbl-india.org");

    let promoted = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{own}"),
            Some(json!({"membership_status": "active", "country": "PAK"})),
        )
        .await;
    promoted.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        promoted.json()["fields"]["membership_status"][0],
        "only ICBL staff can change this"
    );

    for (method, body) in [
        (Method::GET, None),
        (Method::PATCH, Some(json!({"name": "Taken over"}))),
    ] {
        let probe = app
            .with_token(
                &token,
                method.clone(),
                &format!("/api/v1/organizations/{other}"),
                body,
            )
            .await;
        probe.assert_status(StatusCode::NOT_FOUND);
    }
    let listed = app
        .with_token(&token, Method::GET, "/api/v1/organizations", None)
        .await
        .json();
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["items"][0]["id"], own);

    // Through the pages: the form has no staff fields, and a forged one is refused.
    let mut browser = app.signed_in(&member).await;
    let form = browser
        .get(&format!("/organizations/{own}/edit"))
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(!form.contains("name=\"membership_status\""));
    let forged = browser
        .post_form(
            &format!("/organizations/{own}"),
            &[("name", "India Campaign"), ("membership_status", "active")],
        )
        .await;
    forged.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    browser
        .get(&format!("/organizations/{other}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let list = browser.get("/organizations").await;
    assert_eq!(list.header("location"), format!("/organizations/{own}"));
}

#[tokio::test]
async fn the_form_keeps_what_was_typed_and_shows_each_message_then_saves() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let refused = browser
        .post_form(
            "/organizations",
            &[
                ("name", "Bahrain Landmine Monitor"),
                ("country", "BHX"),
                ("kind", "ngo"),
                ("contact_email", "x@y"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(has(
        &page,
        r#"input[name=name][value="Bahrain Landmine Monitor"]"#
    ));
    // The country is chosen by name; an unknown code is marked beside the chooser.
    assert!(has(&page, "select[name=country][aria-invalid=true]"));
    assert!(has(&page, "p.error#country-error"));
    assert!(has(&page, "p.error#contact_email-error"));

    let saved = browser
        .post_form(
            "/organizations",
            &[
                ("name", "Bahrain Landmine Monitor"),
                ("country", "BHR"),
                ("kind", "ngo"),
                ("membership_status", "active"),
            ],
        )
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    let location = saved.header("location").to_owned();
    let detail = browser
        .get(&location)
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(
        detail.contains("Bahrain Landmine Monitor is in the registry."),
        "flash"
    );
    assert!(
        detail.contains("<strong>Organization created</strong>"),
        "the history shows the creation"
    );
    let list = browser.get("/organizations?country=bhr").await.text();
    assert!(list.contains(">Bahrain Landmine Monitor</a>"));
    let bad = browser.get("/organizations?membership_status=lapsed").await;
    bad.assert_status(StatusCode::BAD_REQUEST);
    assert!(has(&bad.text(), "p.error#membership_status-error"));
    assert!(
        bad.text().contains(">Bahrain Landmine Monitor</a>"),
        "the list is still shown"
    );
}

/// Roles × routes: what each kind of person gets from each route of the registry and the log.
#[tokio::test]
async fn every_role_gets_what_the_policy_allows_on_every_route() {
    let app = TestApp::spawn().await;
    let own = app.organization("Own Campaign", "AZE").await;
    let other = app.organization("Other Campaign", "NPL").await;
    let mut tokens = vec![("anonymous", None)];
    for role in [
        Role::Member,
        Role::Reviewer,
        Role::Staff,
        Role::Finance,
        Role::Admin,
    ] {
        let organization = (role == Role::Member).then_some(own);
        let user = app.user(role, organization).await;
        tokens.push((role.as_str(), Some(app.token(&user).await)));
    }
    let new_org = json!({"name": "A new one", "country": "IND", "kind": "ngo"});
    let rename = json!({"acronym": "X"});
    let routes: Vec<(Method, String, Option<serde_json::Value>)> = vec![
        (Method::GET, "/api/v1/organizations".into(), None),
        (Method::POST, "/api/v1/organizations".into(), Some(new_org)),
        (Method::GET, format!("/api/v1/organizations/{own}"), None),
        (Method::GET, format!("/api/v1/organizations/{other}"), None),
        (
            Method::PATCH,
            format!("/api/v1/organizations/{own}"),
            Some(rename.clone()),
        ),
        (
            Method::PATCH,
            format!("/api/v1/organizations/{other}"),
            Some(rename),
        ),
        (Method::GET, "/api/v1/audit".into(), None),
    ];
    // Expected status per route, for: anonymous, member (of own), reviewer, staff, finance, admin.
    let expected: [[u16; 6]; 7] = [
        [401, 200, 403, 200, 200, 200],
        [401, 403, 403, 201, 403, 201],
        [401, 200, 404, 200, 200, 200],
        [401, 404, 404, 200, 200, 200],
        [401, 200, 404, 200, 403, 200],
        [401, 404, 404, 200, 403, 200],
        [401, 403, 403, 200, 403, 200],
    ];
    let mut made = 0;
    for ((method, uri, body), row) in routes.iter().zip(expected) {
        for ((who, token), want) in tokens.iter().zip(row) {
            let response = match token {
                Some(token) => {
                    app.with_token(token, method.clone(), uri, body.clone())
                        .await
                }
                None => {
                    app.send(
                        method.clone(),
                        uri,
                        body.clone().map(|b| b.to_string()).unwrap_or_default(),
                    )
                    .await
                }
            };
            assert_eq!(
                response.status.as_u16(),
                want,
                "{who}: {method} {uri}: {}",
                response.text()
            );
            if response.status == StatusCode::CREATED {
                // The same name twice would be refused: rename for the next creator.
                made += 1;
                let id = response.json()["id"].as_i64().unwrap();
                app.with_token(
                    tokens[3].1.as_ref().unwrap(),
                    Method::PATCH,
                    &format!("/api/v1/organizations/{id}"),
                    Some(json!({"name": format!("Made {made}")})),
                )
                .await
                .assert_status(StatusCode::OK);
            }
        }
    }
    // The pages follow the same policy.
    let reviewer = app.user(Role::Reviewer, None).await;
    let mut browser = app.signed_in(&reviewer).await;
    browser
        .get("/organizations")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    browser
        .get(&format!("/organizations/{own}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let anonymous = app.browser().get("/organizations").await;
    anonymous.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(anonymous.header("location"), "/login?next=%2Forganizations");
}

/// The same matrix through the pages (a browser's session) and the people routes.
#[tokio::test]
async fn every_role_gets_what_the_policy_allows_on_every_page() {
    let app = TestApp::spawn().await;
    let own = app.organization("Own Campaign", "AZE").await;
    let other = app.organization("Other Campaign", "NPL").await;
    let roles = [
        Role::Member,
        Role::Reviewer,
        Role::Staff,
        Role::Finance,
        Role::Admin,
    ];
    let mut browsers = vec![app.browser()];
    let mut tokens = vec![None];
    for role in roles {
        let user = app.user(role, (role == Role::Member).then_some(own)).await;
        browsers.push(app.signed_in(&user).await);
        tokens.push(Some(app.token(&user).await));
    }
    // For: anonymous, member (of own), reviewer, staff, finance, admin.
    let pages: Vec<(String, [u16; 6])> = vec![
        ("/organizations".into(), [303, 303, 403, 200, 200, 200]),
        ("/organizations/new".into(), [303, 403, 403, 200, 403, 200]),
        (
            format!("/organizations/{own}"),
            [303, 200, 404, 200, 200, 200],
        ),
        (
            format!("/organizations/{other}"),
            [303, 404, 404, 200, 200, 200],
        ),
        (
            format!("/organizations/{own}/edit"),
            [303, 200, 404, 200, 403, 200],
        ),
        (
            format!("/organizations/{other}/edit"),
            [303, 404, 404, 200, 403, 200],
        ),
        ("/users".into(), [303, 403, 403, 200, 403, 200]),
        ("/admin/outbox".into(), [303, 403, 403, 403, 403, 200]),
        ("/account".into(), [303, 200, 200, 200, 200, 200]),
    ];
    for (uri, expected) in &pages {
        for (n, want) in expected.iter().enumerate() {
            let response = browsers[n].get(uri).await;
            assert_eq!(response.status.as_u16(), *want, "browser {n} GET {uri}");
        }
    }
    let listed = [401, 403, 403, 200, 403, 200];
    let invited = [401, 403, 403, 201, 403, 201];
    for (n, token) in tokens.iter().enumerate() {
        let body = json!({"email": format!("invitee{n}@example.org"), "role": "reviewer"});
        let (list, invite) = match token {
            Some(token) => (
                app.with_token(token, Method::GET, "/api/v1/users", None)
                    .await,
                app.with_token(token, Method::POST, "/api/v1/users", Some(body))
                    .await,
            ),
            None => (
                app.get("/api/v1/users").await,
                app.send(Method::POST, "/api/v1/users", body.to_string())
                    .await,
            ),
        };
        assert_eq!(
            list.status.as_u16(),
            listed[n],
            "token {n} GET /api/v1/users"
        );
        assert_eq!(
            invite.status.as_u16(),
            invited[n],
            "token {n} POST /api/v1/users"
        );
    }
}
