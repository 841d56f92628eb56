//! `GET /api/v1/openapi.json`: the OpenAPI document of the API, written by hand beside the
//! handlers (`openapi.json`) and compiled in. A test checks that every API route is in it.

use axum::http::header;
use axum::response::IntoResponse;

pub const DOCUMENT: &str = include_str!("openapi.json");

pub async fn get_openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT)
}
