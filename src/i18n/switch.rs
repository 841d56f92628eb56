//! The header's language switch: `GET /language/{code}?next=/path` remembers the language in a
//! cookie for a year and goes back to the page (a local path only: never an open redirect). It
//! changes nothing on the server; a person's account setting (for their e-mails) is on the
//! account page.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::{LANG_COOKIE, Lang};
use crate::error::AppError;
use crate::state::AppState;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Where to go back to: a path of this site (`/states?on=2026-01-01`), else the home page.
pub fn local_path(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains(['\\', '\r', '\n']) =>
        {
            path
        }
        _ => "/",
    }
}

/// The cookie that makes this browser's pages `lang`'s, for a year (also set when a person
/// chooses their account's language).
pub fn cookie(state: &AppState, lang: Lang) -> Cookie<'static> {
    Cookie::build((LANG_COOKIE, lang.as_str()))
        .path("/")
        .http_only(true)
        .secure(state.settings.server.secure_cookies)
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(365))
        .build()
}

pub async fn switch(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(next): Query<Next>,
) -> Result<Response, AppError> {
    let lang = Lang::from_tag(&code)
        .filter(|l| l.as_str() == code)
        .ok_or_else(|| AppError::not_found("there is no such language here"))?;
    let cookie = cookie(&state, lang);
    let mut response = Redirect::to(local_path(next.next.as_deref())).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie.to_string())
            .map_err(|e| AppError::Internal(anyhow::anyhow!("a cookie header: {e}")))?,
    );
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(
            local_path(Some("/states?on=2026-01-01")),
            "/states?on=2026-01-01"
        );
        assert_eq!(local_path(Some("//evil.example")), "/");
        assert_eq!(local_path(Some("https://evil.example")), "/");
        assert_eq!(local_path(Some("/\\evil.example")), "/");
        assert_eq!(local_path(None), "/");
    }
}
