//! `GET /api/v1/openapi.json`: the OpenAPI document, generated from the handlers' `#[utoipa::path]`
//! annotations and their types, so that it cannot drift from the code. Each feature lists its
//! operations in one `#[derive(OpenApi)]` struct in its `api.rs`; [`document`] merges them into the
//! root. A snapshot test (tests/snapshots/openapi.json) shows every change of the document in
//! review, and the tests validate every live `/api/v1` answer against it.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi, ToResponse};

use crate::error::{AppError, ErrorReport};

/// The root: what every feature shares (title, security schemes, the error body and the
/// standard error responses).
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Clearway",
        description = "Grant programme management for a campaign network. Conventions: amounts are \
            decimal strings (\"1500.00\") in the currency named beside them; dates are YYYY-MM-DD \
            and instants RFC 3339; lists take `page` and `per_page` (default 50, at most 200) and \
            answer `{items, page, per_page, total}`; every error answers `{error, message, fields}`. \
            Authenticate with a personal API token (`Authorization: Bearer cw_...`) or, from a \
            browser, the session cookie (writes then need the CSRF token).",
    ),
    paths(get_openapi),
    components(
        schemas(ErrorReport),
        responses(
            BadRequest,
            Unauthorized,
            Forbidden,
            NotFound,
            Conflict,
            ValidationFailed,
            RateLimited,
            Unavailable
        )
    ),
    modifiers(&SecuritySchemes),
    tags((name = "api", description = "The document itself"))
)]
pub struct ApiDoc;

/// Each feature's part of the document, one `XxxApi` per feature, in this order.
fn parts() -> Vec<utoipa::openapi::OpenApi> {
    vec![
        crate::audit::api::AuditApi::openapi(),
        crate::treaty::api::TreatyApi::openapi(),
        crate::members::api::MembersApi::openapi(),
        crate::rounds::api::RoundsApi::openapi(),
        crate::applications::api::ApplicationsApi::openapi(),
        crate::awards::api::AwardsApi::openapi(),
        crate::exchange::api::ExchangeApi::openapi(),
        crate::open_data::OpenDataApi::openapi(),
        crate::sensitivity::api::SensitivityApi::openapi(),
        crate::campaigns::api::CampaignsApi::openapi(),
        crate::attachments::api::AttachmentsApi::openapi(),
        crate::threads::api::ThreadsApi::openapi(),
        crate::letters::api::LettersApi::openapi(),
        crate::coordination::api::CoordinationApi::openapi(),
        crate::inbox::api::InboxApi::openapi(),
        crate::deadlines::api::DeadlinesApi::openapi(),
        crate::auth::invitations::UsersApi::openapi(),
    ]
}

/// The whole document: the root, then every feature's part.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    for part in parts() {
        doc.merge(part);
    }
    add_default_error(&mut doc);
    doc
}

/// Schemas and responses that two parts define differently, and operations that two parts both
/// define: the merge would keep the first silently, so a test asks for none.
pub fn conflicts() -> Vec<String> {
    let mut seen: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let mut conflicts = Vec::new();
    for (index, part) in std::iter::once(ApiDoc::openapi())
        .chain(parts())
        .enumerate()
    {
        let part = serde_json::to_value(&part).unwrap_or_default();
        let mut entries = Vec::new();
        for kind in ["schemas", "responses"] {
            for (name, value) in part["components"][kind].as_object().into_iter().flatten() {
                entries.push((format!("components/{kind}/{name}"), value.clone()));
            }
        }
        for (path, item) in part["paths"].as_object().into_iter().flatten() {
            for method in item.as_object().into_iter().flat_map(|o| o.keys()) {
                if METHODS.contains(&method.as_str()) {
                    // The part's number: the same operation in two parts differs.
                    entries.push((format!("{method} {path}"), index.into()));
                }
            }
        }
        for (name, value) in entries {
            match seen.get(&name) {
                Some(previous) if *previous != value => conflicts.push(name),
                Some(_) => {}
                None => {
                    seen.insert(name, value);
                }
            }
        }
    }
    conflicts
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Every operation of a path item.
fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.post,
        &mut item.put,
        &mut item.patch,
        &mut item.delete,
    ]
    .into_iter()
    .flatten()
}

/// Any operation can also answer an error made outside its handler (a body too large, a content
/// type not accepted, a timeout, a rate limit, a failure on our side): always the error body.
fn add_default_error(doc: &mut utoipa::openapi::OpenApi) {
    for item in doc.paths.paths.values_mut() {
        for operation in operations(item) {
            operation
                .responses
                .responses
                .entry("default".to_owned())
                .or_insert_with(|| {
                    ResponseBuilder::new()
                        .description("Any other failure")
                        .content(
                            "application/json",
                            ContentBuilder::new()
                                .schema(Some(Ref::from_schema_name("Error")))
                                .build(),
                        )
                        .build()
                        .into()
                });
        }
    }
}

/// Documents one step handler (`StepOf<Step>`) at each of its concrete routes: annotate the
/// handler with `path = ".../{step}"` and give its `XxxApi` `modifiers(&STEPS)` with
/// `const STEPS: StepPaths = StepPaths { template: ".../{step}", steps: Step::VALUES };`.
/// Each step gets a copy of the operation at its own path (the route table's), without the
/// `step` parameter, its operation id suffixed with the step.
pub struct StepPaths {
    pub template: &'static str,
    pub steps: &'static [&'static str],
}

impl Modify for StepPaths {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        // A template that is not there leaves its routes undocumented: the route-table test says so.
        let Some(item) = openapi.paths.paths.remove(self.template) else {
            return;
        };
        for step in self.steps {
            let mut item = item.clone();
            for operation in operations(&mut item) {
                if let Some(id) = &mut operation.operation_id {
                    id.push('_');
                    id.push_str(&step.replace('-', "_"));
                }
                if let Some(parameters) = &mut operation.parameters {
                    parameters.retain(|p| p.name != "step");
                }
            }
            openapi
                .paths
                .paths
                .insert(self.template.replace("{step}", step), item);
        }
    }
}

/// The document, serialized once.
static DOCUMENT: LazyLock<Result<String, String>> =
    LazyLock::new(|| serde_json::to_string(&document()).map_err(|e| e.to_string()));

/// The API document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "api",
    operation_id = "getOpenApi",
    responses((status = 200, description = "This document (OpenAPI 3.1)", body = Object))
)]
pub async fn get_openapi() -> Result<Response, AppError> {
    let document = DOCUMENT.as_deref().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], document).into_response())
}

/// `bearer`: a personal API token; `session`: the browser's session cookie.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("cw_...")
                    .description(Some(
                        "A personal API token (`Authorization: Bearer cw_...`), made on the \
                         account page or with `clearway admin create-token`. Requests with it \
                         need no CSRF token.",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::sessions::COOKIE,
                "The session cookie of a signed-in browser. Writes also need the CSRF token \
                 (the `x-csrf-token` header or the form's `csrf_token`).",
            ))),
        );
    }
}

/// Standard error responses, for annotations to name: `(status = 404, response = NotFound)`.
/// Each one is the error body; they differ in what they mean.
#[derive(ToResponse)]
#[response(description = "A parameter or the body cannot be read; `fields` says which")]
pub struct BadRequest(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "Not signed in: no token, or an unknown or expired one")]
pub struct Unauthorized(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "Signed in, but not allowed to do this")]
pub struct Forbidden(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "Absent, or not visible to the caller (the two are not told apart)")]
pub struct NotFound(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "Not possible in the record's state, or a record that already exists")]
pub struct Conflict(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "Well-formed input that breaks a rule; `fields` has a message per field")]
pub struct ValidationFailed(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "Too many requests: try again in a moment")]
pub struct RateLimited(pub ErrorReport);

#[derive(ToResponse)]
#[response(description = "The service is busy or the request took too long: try again")]
pub struct Unavailable(pub ErrorReport);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::choice::choice;

    #[test]
    fn the_document_is_served_as_generated() {
        let served: serde_json::Value = serde_json::from_str(DOCUMENT.as_deref().unwrap()).unwrap();
        assert_eq!(served, serde_json::to_value(document()).unwrap());
        assert_eq!(served["openapi"], "3.1.0");
        assert!(served.get("servers").is_none());
        assert!(conflicts().is_empty(), "{:?}", conflicts());
    }

    choice!(Move, "a move", { Forward => "forward", "Forward", TurnBack => "turn-back", "Turn back" });

    #[derive(serde::Serialize, utoipa::ToSchema)]
    #[schema(as = tests::Walker)]
    struct Walker {
        id: i64,
        last_move: Move,
        budget: crate::money::Money,
        pace: rust_decimal::Decimal,
        since: chrono::NaiveDate,
        seen_at: chrono::DateTime<chrono::Utc>,
    }

    /// Takes one move.
    #[utoipa::path(
        post,
        path = "/api/v1/walkers/{id}/{step}",
        operation_id = "move",
        params(("id" = i64, Path), ("step" = Move, Path)),
        responses((status = 200, body = Walker), (status = 404, response = NotFound))
    )]
    #[allow(dead_code)]
    async fn take_move() {}

    const MOVES: StepPaths = StepPaths {
        template: "/api/v1/walkers/{id}/{step}",
        steps: Move::VALUES,
    };

    #[derive(OpenApi)]
    #[openapi(paths(take_move), modifiers(&MOVES))]
    struct WalkerApi;

    #[test]
    fn a_step_handler_is_documented_at_each_concrete_path() {
        let doc = serde_json::to_value(WalkerApi::openapi()).unwrap();
        let paths = doc["paths"].as_object().unwrap();
        let keys: Vec<_> = paths.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "/api/v1/walkers/{id}/forward",
                "/api/v1/walkers/{id}/turn-back"
            ]
        );
        let turn = &paths["/api/v1/walkers/{id}/turn-back"]["post"];
        assert_eq!(turn["operationId"], "move_turn_back");
        let parameters = turn["parameters"].as_array().unwrap();
        assert_eq!(parameters.len(), 1, "no step parameter: {parameters:?}");
        assert_eq!(parameters[0]["name"], "id");
    }

    #[test]
    fn amounts_dates_and_choices_validate_as_they_serialize() {
        let doc = serde_json::to_value(WalkerApi::openapi()).unwrap();
        let walker = Walker {
            id: 7,
            last_move: Move::TurnBack,
            budget: crate::money::Money::parse(
                "12500.50",
                crate::money::Currency::parse("usd").unwrap(),
            )
            .unwrap(),
            pace: "1.25".parse().unwrap(),
            since: chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            seen_at: chrono::Utc::now(),
        };
        let schema = serde_json::json!({
            "components": doc["components"],
            "$ref": "#/components/schemas/tests.Walker",
        });
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        let value = serde_json::to_value(&walker).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{value} {errors:?}");
        let properties = &doc["components"]["schemas"]["tests.Walker"]["properties"];
        assert_eq!(properties["pace"]["type"], "string");
        assert_eq!(properties["since"]["format"], "date");
        assert_eq!(properties["budget"]["$ref"], "#/components/schemas/Money");
        let mut wrong = value;
        wrong["budget"]["amount"] = serde_json::json!(12500.5);
        assert!(
            !validator.is_valid(&wrong),
            "an amount is never a JSON number"
        );
    }

    #[test]
    /// Serde's spelling, as bodies carry it (a step's path segment may differ: `turn-back`).
    fn a_choice_is_a_string_of_its_values_named_by_its_module() {
        let doc = serde_json::to_value(WalkerApi::openapi()).unwrap();
        let schemas = &doc["components"]["schemas"];
        let name = "web.openapi.tests.Move";
        assert_eq!(
            schemas[name],
            serde_json::json!({
                "type": "string",
                "description": "a move",
                "enum": ["forward", "turn_back"]
            })
        );
        assert_eq!(
            schemas["tests.Walker"]["properties"]["last_move"]["$ref"],
            format!("#/components/schemas/{name}")
        );
    }
}
