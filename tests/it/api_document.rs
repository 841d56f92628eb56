//! The API document is generated from the handlers (`clearway::web::openapi::document`): its
//! snapshot is current, it describes exactly the API routes, it is what the service serves, and
//! the validator that checks every live answer (`contract`) can fail.

use std::path::Path;

use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use serde_json::json;

use crate::contract::{self, DOCUMENT, must_be_documented};
use crate::helpers::TestApp;

const SNAPSHOT: &str = "tests/snapshots/openapi.json";

#[test]
fn the_snapshot_of_the_document_is_current() {
    let generated = format!(
        "{}\n",
        clearway::web::openapi::document().to_pretty_json().unwrap()
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SNAPSHOT);
    if std::env::var("CLEARWAY_UPDATE_SNAPSHOTS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
        panic!(
            "{SNAPSHOT} is not the document the code generates (first difference at line {}).\n\
             If the change is intended, rewrite it with\n  \
             CLEARWAY_UPDATE_SNAPSHOTS=1 cargo test --test it api_document\n\
             and commit it with the change that caused it.",
            line + 1
        );
    }
}

/// Every documented operation is a route, and every API route the document must cover (see
/// `contract::DOCUMENTED_PREFIXES`) is documented, with the same path template and method.
#[test]
fn the_document_describes_exactly_the_api_routes() {
    let routes: Vec<(String, &str)> = clearway::route_table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| (r.method.as_str().to_lowercase(), r.path))
        .collect();
    let paths = DOCUMENT["paths"].as_object().unwrap();
    let mut documented = Vec::new();
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                documented.push((method.clone(), path.as_str()));
            }
        }
    }
    for operation in &documented {
        assert!(
            routes.contains(operation),
            "{} {} is documented but is not a route",
            operation.0.to_uppercase(),
            operation.1
        );
    }
    let missing: Vec<String> = routes
        .iter()
        .filter(|(_, path)| must_be_documented(path))
        .filter(|route| !documented.contains(route))
        .map(|(method, path)| format!("{} {path}", method.to_uppercase()))
        .collect();
    assert!(missing.is_empty(), "not documented: {missing:#?}");
}

#[test]
fn the_features_parts_do_not_collide() {
    let conflicts = clearway::web::openapi::conflicts();
    assert!(
        conflicts.is_empty(),
        "defined twice, differently (the merge would keep the first): {conflicts:#?}\n\
         name the schema apart with #[schema(as = feature::Name)]"
    );
}

#[test]
fn every_schema_of_the_document_is_valid_json_schema() {
    let schemas = DOCUMENT["components"]["schemas"].as_object().unwrap();
    for (name, _) in schemas {
        let root = json!({
            "components": DOCUMENT["components"],
            "$ref": format!("#/components/schemas/{name}"),
        });
        contract::compile(&root).unwrap_or_else(|e| panic!("schema {name}: {e}"));
    }
    for (path, item) in DOCUMENT["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            assert!(
                operation["operationId"].is_string(),
                "{method} {path} has an operationId"
            );
            assert!(
                operation["responses"]["default"].is_object(),
                "{method} {path} documents any other failure"
            );
        }
    }
}

#[tokio::test]
async fn the_service_serves_the_generated_document() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/v1/openapi.json").await;
    response.assert_status(StatusCode::OK);
    assert_eq!(response.header("content-type"), "application/json");
    assert_eq!(response.json(), *DOCUMENT);
}

fn json_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers
}

fn error_body(code: &str) -> Vec<u8> {
    json!({"error": code, "message": "no", "fields": {"actor": ["'x' is not a user number"]}})
        .to_string()
        .into_bytes()
}

#[test]
fn answers_that_match_the_document_pass() {
    let page = json!({"items": [{
        "id": 1, "occurred_at": "2026-05-01T10:00:00.123456Z", "actor_id": null,
        "actor": "anonymous", "action": "sign_in_failed", "entity_type": "account",
        "entity_id": "x@example.org", "before": null, "after": {"any": ["json"]},
        "request_id": null
    }], "page": 1, "per_page": 50, "total": 1});
    let ok = page.to_string().into_bytes();
    contract::check(
        &Method::GET,
        "/api/v1/audit",
        StatusCode::OK,
        &json_headers(),
        &ok,
    );
    for status in [
        StatusCode::BAD_REQUEST,
        StatusCode::FORBIDDEN,
        StatusCode::PAYLOAD_TOO_LARGE,
    ] {
        let body = error_body("whatever");
        contract::check(
            &Method::GET,
            "/api/v1/audit",
            status,
            &json_headers(),
            &body,
        );
    }
    // No route: the router's error body.
    contract::check(
        &Method::GET,
        "/api/v1/audit/nothing",
        StatusCode::NOT_FOUND,
        &json_headers(),
        &error_body("not_found"),
    );
}

#[test]
#[should_panic(expected = "the body does not match the schema")]
fn a_success_that_breaks_its_schema_fails() {
    let body = json!({"items": [{"id": "one"}], "page": 1, "per_page": 50, "total": 1});
    contract::check(
        &Method::GET,
        "/api/v1/audit",
        StatusCode::OK,
        &json_headers(),
        body.to_string().as_bytes(),
    );
}

#[test]
#[should_panic(expected = "the body does not match the schema")]
fn an_error_body_that_breaks_its_schema_fails() {
    let body = json!({"error": "forbidden", "message": "no"});
    contract::check(
        &Method::GET,
        "/api/v1/audit",
        StatusCode::FORBIDDEN,
        &json_headers(),
        body.to_string().as_bytes(),
    );
}

#[test]
#[should_panic(expected = "this status is not documented")]
fn an_undocumented_success_status_fails() {
    contract::check(
        &Method::GET,
        "/api/v1/audit",
        StatusCode::CREATED,
        &json_headers(),
        b"{}",
    );
}

#[test]
#[should_panic(expected = "is not one of the documented")]
fn an_undocumented_content_type_fails() {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    contract::check(
        &Method::GET,
        "/api/v1/audit",
        StatusCode::OK,
        &headers,
        b"<p>",
    );
}

#[test]
fn paths_match_the_most_literal_template() {
    let templates = [
        "/api/v1/awards/{id}",
        "/api/v1/awards/export",
        "/api/v1/awards/{id}/{step}",
        "/api/v1/awards/{id}/installments",
    ];
    let best = |path| contract::best_template(templates.into_iter(), path);
    assert_eq!(best("/api/v1/awards/export"), Some("/api/v1/awards/export"));
    assert_eq!(best("/api/v1/awards/12"), Some("/api/v1/awards/{id}"));
    assert_eq!(
        best("/api/v1/awards/12/installments"),
        Some("/api/v1/awards/{id}/installments")
    );
    assert_eq!(
        best("/api/v1/awards/12/pay"),
        Some("/api/v1/awards/{id}/{step}")
    );
    assert_eq!(best("/api/v1/awards//pay"), None);
    assert_eq!(best("/api/v1/awards"), None);
    assert_eq!(
        contract::template_of("/api/v1/audit"),
        Some("/api/v1/audit")
    );
}
