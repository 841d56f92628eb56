//! Protection against cross-site request forgery.
//!
//! Every form carries a token in a hidden `csrf_token` field (scripts send an `X-CSRF-Token`
//! header): a MAC, under the server's key, of the browser's session id, or, before it signs in,
//! of a random pre-session value kept in a signed cookie (`clearway_csrf`). A request that
//! changes something (POST, PUT, PATCH, DELETE) must present the token of its own session when
//! it comes from a browser: when it carries the session cookie, or is a form submission.
//! Requests authenticated with a bearer token are exempt: a browser never adds that header on
//! its own.
//!
//! Bound to the session, a token obtained from the site by someone else (and planted with its
//! cookie in a victim's browser from a sibling subdomain or over plain HTTP) is worthless once
//! the victim is signed in: their session id is not the attacker's. Signing in changes the
//! session id, so the tokens of the forms shown before it are refused after it, and the reverse.
//! (Multipart forms are refused until a feature needs them: their token would have to be read
//! by a multipart parser.)

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::extract::{AuthMethod, CurrentUser};
use super::{sessions, tokens};
use crate::error::AppError;
use crate::state::AppState;

pub const COOKIE: &str = "clearway_csrf";
pub const FIELD: &str = "csrf_token";
pub const HEADER: &str = "x-csrf-token";

/// The request's token, for forms to carry (see `web::context::PageContext`).
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// A cookie holding `token`, for the response.
pub fn cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .build()
}

/// The token of a browser whose session id (or, signed out, pre-session value) is `binding`.
pub fn token_for(key: &[u8], binding: &str) -> Result<String, AppError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the CSRF token's key: {e}")))?;
    mac.update(b"clearway csrf\0");
    mac.update(binding.as_bytes());
    Ok(mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let jar = SignedCookieJar::from_headers(request.headers(), state.cookie_key.clone());
    let existing = jar.get(COOKIE).map(|c| c.value().to_owned());
    let pre_session = existing.clone().unwrap_or_else(tokens::random_secret);
    let session = axum_extra::extract::CookieJar::from_headers(request.headers())
        .get(sessions::COOKIE)
        .map(|c| c.value().to_owned());
    let key = state.cookie_key.signing();
    // The token this browser's forms carry, and the one it must present.
    let token = match token_for(key, session.as_deref().unwrap_or(&pre_session)) {
        Ok(token) => token,
        Err(error) => return error.into_response(),
    };
    let (mut parts, body) = request.into_parts();

    let changes_something = !matches!(
        parts.method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    );
    let by_token = parts
        .extensions
        .get::<CurrentUser>()
        .is_some_and(|u| u.via == AuthMethod::Token);
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.starts_with("application/x-www-form-urlencoded")
                || v.starts_with("multipart/form-data")
        });
    let has_session = session.is_some();

    let body = if changes_something && !by_token && (has_session || is_form) {
        let (offered, body) = match parts.headers.get(HEADER).and_then(|v| v.to_str().ok()) {
            Some(header) => (Some(header.to_owned()), body),
            None if is_form => {
                let limit = state.settings.server.body_limit_bytes;
                let Ok(bytes) = to_bytes(body, limit).await else {
                    return crate::error::ErrorReport::for_status(
                        axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                        Some("the form is larger than the service accepts".to_owned()),
                    )
                    .into_json_response();
                };
                let offered = form_urlencoded::parse(&bytes)
                    .find(|(name, _)| name == FIELD)
                    .map(|(_, value)| value.into_owned());
                (offered, Body::from(bytes))
            }
            None => (None, body),
        };
        // Signed out, the pre-session value must have come from this site's own cookie.
        let bound = session.is_some() || existing.is_some();
        let valid = bound && offered.as_deref().is_some_and(|o| tokens::same(&token, o));
        if !valid {
            return AppError::CsrfRejected.into_response();
        }
        body
    } else {
        body
    };

    parts.extensions.insert(CsrfToken(token.clone()));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if existing.is_none() {
        let jar = jar.add(cookie(pre_session, state.settings.server.secure_cookies));
        for value in jar.into_response().headers().get_all(header::SET_COOKIE) {
            response
                .headers_mut()
                .append(header::SET_COOKIE, HeaderValue::clone(value));
        }
    }
    response
}
