//! `GET /api/v1/openapi.json`: the OpenAPI document, generated from the handlers' `#[utoipa::path]`
//! annotations and their types, so that it cannot drift from the code. Each feature lists its
//! operations in one `#[derive(OpenApi)]` struct in its `api.rs`; [`document`] merges them into the
//! root. A snapshot test (tests/snapshots/openapi.json) shows every change of the document in
//! review, and the tests validate every live `/api/v1` answer against it.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::{IntoResponse, Response};
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
    tags(
        (name = "api", description = "The document itself"),
        (name = "audit", description = "The audit log: who changed what, when"),
    )
)]
pub struct ApiDoc;

/// The whole document: the root, then one `XxxApi` per feature.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(crate::audit::api::AuditApi::openapi());
    // One line per feature, as each feature's api.rs gets its `XxxApi` (see the recipe in the
    // notes): treaty::api::TreatyApi, members::api::MembersApi, rounds::api::RoundsApi,
    // applications::api::ApplicationsApi, awards::api::AwardsApi, campaigns::api::CampaignsApi,
    // coordination::api::CoordinationApi, inbox::InboxApi, auth::invitations::UsersApi, ...
    // e.g. `doc.merge(crate::treaty::api::TreatyApi::openapi());`
    add_default_error(&mut doc);
    doc
}

/// Any operation can also answer an error made outside its handler (a body too large, a content
/// type not accepted, a timeout, a rate limit, a failure on our side): always the error body.
fn add_default_error(doc: &mut utoipa::openapi::OpenApi) {
    for item in doc.paths.paths.values_mut() {
        for operation in [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.patch,
            &mut item.delete,
        ]
        .into_iter()
        .flatten()
        {
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

    #[test]
    fn the_document_is_served_as_generated() {
        let served: serde_json::Value = serde_json::from_str(DOCUMENT.as_deref().unwrap()).unwrap();
        assert_eq!(served, serde_json::to_value(document()).unwrap());
        assert_eq!(served["openapi"], "3.1.0");
        assert!(served.get("servers").is_none());
    }
}
