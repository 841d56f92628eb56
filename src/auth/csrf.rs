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
//!
//! A multipart form (an upload) carries the token as its first field: it is read from the start
//! of the body as it streams (at most [`MULTIPART_HEAD`] bytes are held), and the body goes on
//! whole to the handler. A multipart form whose first field is not the token is refused, as is
//! one without it. Scripts may send the header instead.

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
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let multipart = content_type.starts_with("multipart/form-data").then(|| {
        parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| multer::parse_boundary(v).ok())
    });
    let is_form =
        content_type.starts_with("application/x-www-form-urlencoded") || multipart.is_some();
    let has_session = session.is_some();

    let body = if changes_something && !by_token && (has_session || is_form) {
        let (offered, body) = match parts.headers.get(HEADER).and_then(|v| v.to_str().ok()) {
            Some(header) => (Some(header.to_owned()), body),
            None if multipart.is_some() => match multipart.flatten() {
                Some(boundary) => token_of_multipart(body, &boundary).await,
                None => (None, body),
            },
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
            // The refusal page keeps the signed-in layout (name, "Sign out" with a good token).
            parts.extensions.insert(CsrfToken(token.clone()));
            let mut refused = AppError::CsrfRejected.into_response();
            refused
                .extensions_mut()
                .insert(crate::web::context::PageContext::from_parts(&parts));
            return refused;
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

/// The most of a multipart body read to find its token.
pub const MULTIPART_HEAD: usize = 16 * 1024;

/// The token of a multipart body whose first field is `csrf_token`, read from the start of the
/// stream; the body is given back whole (what was read, then the rest, still streaming).
async fn token_of_multipart(body: Body, boundary: &str) -> (Option<String>, Body) {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let delimiter = format!("--{boundary}");
    let mut head: Vec<u8> = Vec::new();
    let offered = loop {
        if let Some(found) = first_field_token(&head, delimiter.as_bytes()) {
            break found;
        }
        if head.len() > MULTIPART_HEAD {
            break None;
        }
        match stream.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            Some(Err(_)) | None => break None,
        }
    };
    let first = futures_util::stream::once(std::future::ready(Ok::<_, axum::Error>(
        axum::body::Bytes::from(head),
    )));
    (offered, Body::from_stream(first.chain(stream)))
}

/// `Some(Some(token))` when the first field of a multipart body starting with `head` is the
/// token, `Some(None)` when the first field is another, `None` when more bytes are needed.
fn first_field_token(head: &[u8], delimiter: &[u8]) -> Option<Option<String>> {
    let find = |from: usize, needle: &[u8]| {
        head.get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    let start = find(0, delimiter)? + delimiter.len();
    let headers_start = start + 2;
    if head.len() < headers_start {
        return None;
    }
    if &head[start..headers_start] != b"\r\n" {
        return Some(None);
    }
    let headers_end = find(headers_start, b"\r\n\r\n")?;
    let headers = String::from_utf8_lossy(&head[headers_start..headers_end]).to_ascii_lowercase();
    let is_token = headers.lines().any(|line| {
        line.starts_with("content-disposition:")
            && line.contains(&format!("name=\"{FIELD}\""))
            && !line.contains("filename")
    });
    if !is_token {
        return Some(None);
    }
    let value_start = headers_end + 4;
    let mut end_marker = b"\r\n".to_vec();
    end_marker.extend_from_slice(delimiter);
    let value_end = find(value_start, &end_marker)?;
    Some(
        std::str::from_utf8(&head[value_start..value_end])
            .ok()
            .map(|v| v.trim().to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multipart_token_is_read_from_the_first_field_only() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc123\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF";
        assert_eq!(
            first_field_token(body, b"--XyZ"),
            Some(Some("abc123".to_owned()))
        );
        // Cut before the value ends: more is needed.
        assert_eq!(first_field_token(&body[..70], b"--XyZ"), None);
        let other = b"--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nabc\r\n--XyZ";
        assert_eq!(first_field_token(other, b"--XyZ"), Some(None));
        let file = b"--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"; filename=\"t\"\r\n\r\nabc\r\n--XyZ";
        assert_eq!(first_field_token(file, b"--XyZ"), Some(None));
    }
}
