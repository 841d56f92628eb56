//! What every request gets: health checks, request ids, security and cache headers, compression,
//! error pages in the client's format, metrics, static assets, flash messages, the API document.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use axum::routing::get;
use clearway::web::flash::{Flash, FlashMessage};
use migration::{Migrator, MigratorTrait};
use tower::ServiceExt;

use crate::helpers::TestApp;

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get("/healthz")
            .await
            .assert_status(StatusCode::OK)
            .json()["status"],
        "ok"
    );
    assert_eq!(
        app.get("/readyz")
            .await
            .assert_status(StatusCode::OK)
            .json()["status"],
        "ready"
    );
}

#[tokio::test]
async fn an_instance_with_a_pending_migration_is_not_ready() {
    let app = TestApp::spawn().await;
    Migrator::down(&app.schema_connection().await, Some(1))
        .await
        .unwrap();
    let response = app.get("/readyz").await;
    response.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.json()["reason"], "1 migration(s) pending");
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = TestApp::spawn().await;
    for uri in ["/states", "/api/v1/states", "/nowhere"] {
        let response = app.get(uri).await;
        assert_eq!(response.header("x-request-id").len(), 36, "{uri}");
        assert!(
            response
                .header("content-security-policy")
                .contains("frame-ancestors 'none'")
        );
        assert!(
            !response
                .header("content-security-policy")
                .contains("unsafe-inline")
        );
        assert_eq!(response.header("x-frame-options"), "DENY");
        assert_eq!(response.header("x-content-type-options"), "nosniff");
        assert_eq!(response.header("referrer-policy"), "same-origin");
    }
    let echoed = app
        .get_with(
            "/healthz",
            &[(
                header::HeaderName::from_static("x-request-id"),
                "trace-me-123",
            )],
        )
        .await;
    assert_eq!(echoed.header("x-request-id"), "trace-me-123");
}

#[tokio::test]
async fn errors_answer_json_under_the_api_and_a_page_elsewhere() {
    let app = TestApp::spawn().await;
    let api = app.get("/api/v1/nothing-here").await;
    api.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(api.json()["error"], "not_found");

    let page = app.get("/nothing-here").await;
    page.assert_status(StatusCode::NOT_FOUND);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.text().contains("Page not found"));
    assert!(
        page.text().contains(page.header("x-request-id")),
        "the page gives the reference"
    );

    let wrong_method = app.send(Method::DELETE, "/api/v1/states", "").await;
    wrong_method.assert_status(StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong_method.json()["error"], "method_not_allowed");
    assert!(wrong_method.header("allow").contains("GET"));
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let app = TestApp::spawn_with(|s| s.server.body_limit_bytes = 1024).await;
    let response = app
        .send(Method::GET, "/api/v1/states", vec![b'x'; 4096])
        .await;
    response.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(response.json()["error"], "payload_too_large");
}

#[tokio::test]
async fn pages_are_compressed_for_clients_that_accept_it() {
    let app = TestApp::spawn().await;
    let plain = app.get("/states").await;
    plain.assert_status(StatusCode::OK);
    assert!(plain.header("content-encoding").is_empty());
    let response = app
        .get_with("/states", &[(header::ACCEPT_ENCODING, "gzip")])
        .await;
    response.assert_status(StatusCode::OK);
    assert_eq!(response.header("content-encoding"), "gzip");
    // The page with its map (about 200 KB of HTML) travels as well under a third of that.
    assert!(
        response.body.len() * 3 < plain.body.len(),
        "compressed: {} bytes of {}",
        response.body.len(),
        plain.body.len()
    );
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_status() {
    let app = TestApp::spawn().await;
    app.get("/api/v1/states?on=2022-06-20").await;
    app.get("/api/v1/states/ZZZ").await;
    let metrics = app
        .get("/metrics")
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(
        metrics.contains(
            r#"clearway_http_requests_total{method="GET",route="/api/v1/states",status="200"} 1"#
        ),
        "{metrics}"
    );
    assert!(metrics.contains(r#"route="/api/v1/states/{iso3}",status="404""#));
    assert!(metrics.contains("clearway_http_request_duration_seconds_bucket"));
    assert!(!metrics.contains("ZZZ"), "raw paths never become labels");
}

#[tokio::test]
async fn metrics_can_require_a_token() {
    let app = TestApp::spawn_with(|s| s.metrics.token = "scrape-secret".into()).await;
    app.get("/metrics")
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    app.get_with("/metrics", &[(header::AUTHORIZATION, "Bearer wrong")])
        .await
        .assert_status(StatusCode::UNAUTHORIZED);
    app.get_with(
        "/metrics",
        &[(header::AUTHORIZATION, "Bearer scrape-secret")],
    )
    .await
    .assert_status(StatusCode::OK);
}

#[tokio::test]
async fn the_stylesheet_is_served_with_long_caching_under_its_version() {
    let app = TestApp::spawn().await;
    let home = app.get("/").await.assert_status(StatusCode::OK).text();
    let url = clearway::web::assets::stylesheet_url();
    assert!(home.contains(&format!(r#"<link rel="stylesheet" href="{url}">"#)));
    let css = app.get(url).await;
    css.assert_status(StatusCode::OK);
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.header("cache-control").contains("immutable"));
    let etag = css.header("etag").to_owned();
    let again = app
        .get_with(url, &[(header::IF_NONE_MATCH, etag.as_str())])
        .await;
    again.assert_status(StatusCode::NOT_MODIFIED);
    app.get("/static/missing.css")
        .await
        .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_flash_message_is_shown_once_after_a_redirect() {
    let app = TestApp::spawn().await;
    // A handler that confirms something, as later forms do.
    let confirm = Router::new()
        .route(
            "/confirm",
            get(|flash: Flash| async move {
                flash.redirect(&FlashMessage::success("Saved <everything>."), "/")
            }),
        )
        .with_state(app.state.clone());
    let redirect = confirm
        .oneshot(Request::get("/confirm").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(redirect.status(), StatusCode::SEE_OTHER);
    let set_cookie = redirect.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    let cookie = set_cookie.split(';').next().unwrap();

    let page = app.get_with("/", &[(header::COOKIE, cookie)]).await;
    assert!(page.text().contains(
        r#"<div class="flash flash-success" role="status">Saved &lt;everything&gt;.</div>"#
    ));
    assert!(
        page.set_cookies()
            .iter()
            .any(|c| c.starts_with("clearway_flash=;")),
        "the cookie is cleared"
    );

    let tampered = cookie.replace("Saved", "Hacked");
    let page = app
        .get_with("/", &[(header::COOKIE, tampered.as_str())])
        .await;
    assert!(
        !page.text().contains("class=\"flash"),
        "an unsigned message is ignored"
    );
}

#[tokio::test]
async fn the_api_document_describes_every_api_route() {
    let app = TestApp::spawn().await;
    let document = app
        .get("/api/v1/openapi.json")
        .await
        .assert_status(StatusCode::OK)
        .json();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    let api_routes: Vec<_> = clearway::route_table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .collect();
    // Until every feature is annotated, only the covered prefixes (see api_document.rs).
    for route in api_routes
        .iter()
        .filter(|r| crate::contract::must_be_documented(r.path))
    {
        let method = route.method.as_str().to_lowercase();
        assert!(
            paths.get(route.path).and_then(|p| p.get(&method)).is_some(),
            "{} {} is not documented",
            route.method,
            route.path
        );
    }
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            assert!(
                api_routes
                    .iter()
                    .any(|r| r.path == path && r.method.as_str().eq_ignore_ascii_case(method)),
                "{method} {path} is documented but is not a route"
            );
        }
    }
    // The public ones answer.
    for path in ["/states", "/states/NPL", "/openapi.json"] {
        app.get(&format!("/api/v1{path}"))
            .await
            .assert_status(StatusCode::OK);
    }
}

#[tokio::test]
async fn a_request_id_from_the_client_is_kept_only_when_it_is_plain() {
    let app = TestApp::spawn().await;
    let id = header::HeaderName::from_static("x-request-id");
    let long = "a".repeat(65);
    for unsafe_id in ["<script>alert(1)</script>", long.as_str(), "two words"] {
        let response = app.get_with("/healthz", &[(id.clone(), unsafe_id)]).await;
        assert_ne!(response.header("x-request-id"), unsafe_id);
        assert_eq!(
            response.header("x-request-id").len(),
            36,
            "a fresh id replaces it"
        );
    }
}

#[tokio::test]
async fn made_up_methods_share_one_metrics_label() {
    let app = TestApp::spawn().await;
    for method in ["FOO1", "FOO2"] {
        app.send(
            Method::from_bytes(method.as_bytes()).unwrap(),
            "/nowhere",
            "",
        )
        .await;
    }
    let metrics = app.get("/metrics").await.text();
    assert!(
        metrics.contains(r#"method="OTHER",route="unmatched",status="404"} 2"#),
        "{metrics}"
    );
    assert!(!metrics.contains("FOO1"));
}

#[tokio::test]
async fn flash_cookies_are_secure_when_configured() {
    let app = TestApp::spawn_with(|s| s.server.secure_cookies = true).await;
    let confirm = Router::new()
        .route(
            "/confirm",
            get(|flash: Flash| async move { flash.redirect(&FlashMessage::info("Done."), "/") }),
        )
        .with_state(app.state.clone());
    let response = confirm
        .oneshot(Request::get("/confirm").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let set_cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(set_cookie.contains("; Secure"), "{set_cookie}");
}

/// Two instances on one database, as behind a load balancer: a person signed in on one is signed
/// in on the other (sessions are rows, and the cookie key is shared), and what one records the
/// other serves at once.
#[tokio::test]
async fn two_instances_share_sessions_and_records() {
    let app = TestApp::spawn().await;
    let other = clearway::router(
        clearway::AppState::new((*app.state.settings).clone(), app.db.clone()).unwrap(),
    );
    let ask = |uri: &str, cookie: &str| {
        let request = Request::get(uri)
            .header(header::COOKIE, cookie)
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .unwrap();
        other.clone().oneshot(request)
    };
    let staff = app.user(clearway::auth::Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let org = app.organization("Tuvalu Campaign", "TUV").await;
    browser
        .get(&format!("/organizations/{org}"))
        .await
        .assert_status(StatusCode::OK);

    let cookie = browser.cookie_header();
    let page = ask(&format!("/organizations/{org}"), &cookie)
        .await
        .unwrap();
    assert_eq!(
        page.status(),
        StatusCode::OK,
        "signed in on the other instance"
    );
    let body = http_body_util::BodyExt::collect(page.into_body())
        .await
        .unwrap()
        .to_bytes();
    assert!(String::from_utf8_lossy(&body).contains("Tuvalu Campaign"));

    // Signed out on the first, signed out on both.
    browser.post_form("/logout", &[]).await;
    let after = ask(&format!("/organizations/{org}"), &cookie)
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::SEE_OTHER, "sent to sign in");
}

/// A form too big for the limit answers 413 (not 400), as a JSON body does; pages and exports
/// are never kept in a cache (`no-store`), while the stylesheet is.
#[tokio::test]
async fn big_forms_are_413_and_pages_and_exports_are_not_stored() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    let big = "x".repeat(2 * 1024 * 1024);
    let answer = browser
        .post_form("/login", &[("email", "a@example.org"), ("password", &big)])
        .await;
    answer.assert_status(StatusCode::PAYLOAD_TOO_LARGE);

    let staff = app.user(clearway::auth::Role::Staff, None).await;
    let mut signed_in = app.signed_in(&staff).await;
    for path in ["/account", "/applications.csv", "/applications"] {
        let answer = signed_in.get(path).await;
        answer.assert_status(StatusCode::OK);
        assert_eq!(answer.header("cache-control"), "no-store", "{path}");
    }
}

/// A JSON body that is not an object is refused (an array would fill a record's fields in
/// order); a person without an organization cannot open the application form (403, not a
/// field error).
#[tokio::test]
async fn an_array_body_is_400_and_the_application_form_is_403_for_staff() {
    let app = TestApp::spawn().await;
    let staff = app.user(clearway::auth::Role::Staff, None).await;
    let token = app.token(&staff).await;
    let organization = app.organization("Nepal Campaign", "NPL").await;
    let answer = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{organization}"),
            Some(serde_json::json!([null, null])),
        )
        .await;
    answer.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        answer.json()["message"]
            .as_str()
            .unwrap()
            .contains("must be an object")
    );
    app.signed_in(&staff)
        .await
        .get("/applications/new")
        .await
        .assert_status(StatusCode::FORBIDDEN);
}
