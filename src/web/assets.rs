//! Static assets (the stylesheet, the favicon), compiled into the binary. Pages link them with a
//! content hash in the query (`/static/app.css?v=1a2b3c4d`), so browsers may keep them for a year:
//! a new build changes the address.

use std::sync::LazyLock;

use axum::extract::{Path, Query};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use serde::Deserialize;

use crate::error::AppError;

#[derive(RustEmbed)]
#[folder = "src/web/static/"]
struct StaticFiles;

fn version_of(path: &str) -> String {
    StaticFiles::get(path)
        .map(|file| {
            file.metadata.sha256_hash()[..4]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        })
        .unwrap_or_default()
}

static STYLESHEET_URL: LazyLock<String> =
    LazyLock::new(|| format!("/static/app.css?v={}", version_of("app.css")));

/// The stylesheet's address, with its version.
pub fn stylesheet_url() -> &'static str {
    STYLESHEET_URL.as_str()
}

#[derive(Deserialize)]
pub struct AssetParams {
    v: Option<String>,
}

/// `GET /static/{*path}`.
pub async fn get_asset(
    Path(path): Path<String>,
    Query(params): Query<AssetParams>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let file = StaticFiles::get(&path).ok_or_else(|| AppError::not_found("no such file"))?;
    let version = version_of(&path);
    let etag = format!("\"{version}\"");
    let cache = if params.v.as_deref() == Some(version.as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let mut response = if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, file.metadata.mimetype().to_owned())],
            file.data.into_owned(),
        )
            .into_response()
    };
    let out = response.headers_mut();
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        out.insert(header::ETAG, etag);
    }
    Ok(response)
}
