//! Flash messages: a one-line confirmation shown on the page after a redirect ("Saved.").
//!
//! The message travels in a short-lived signed cookie, so it survives the redirect on any
//! instance. [`read_flash`] takes it off the request, hands it to the page through the request's
//! extensions, and removes the cookie in the response.

use std::convert::Infallible;
use std::fmt;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Serialize;
use time::Duration;

use crate::state::AppState;

const COOKIE: &str = "clearway_flash";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Success,
    Info,
    Warning,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Success => "success",
            Self::Info => "info",
            Self::Warning => "warning",
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FlashMessage {
    pub level: Level,
    pub message: String,
    /// A form refused on another page's handler, given back to the page it came from: what was
    /// typed, and the message of each field.
    #[serde(skip)]
    pub form: Option<FormEcho>,
}

/// What a refused form held, to fill it again: `form` names it (a page may hold several).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct FormEcho {
    pub form: String,
    pub values: std::collections::BTreeMap<String, String>,
    pub errors: std::collections::BTreeMap<String, String>,
}

/// What a cookie may carry of an echo: a cookie holds about 4 KB.
const ECHO_BYTES: usize = 2048;

impl FlashMessage {
    pub fn success(message: impl Into<String>) -> Self {
        Self {
            level: Level::Success,
            message: message.into(),
            form: None,
        }
    }

    pub fn info(message: impl Into<String>) -> Self {
        Self {
            level: Level::Info,
            message: message.into(),
            form: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            level: Level::Warning,
            message: message.into(),
            form: None,
        }
    }

    /// The same message, filling form `echo.form` again on the page it leads to.
    #[must_use]
    pub fn with_form(mut self, echo: FormEcho) -> Self {
        self.form = Some(echo);
        self
    }

    /// The echo of form `form`, if this message carries it.
    pub fn form(&self, form: &str) -> Option<&FormEcho> {
        self.form.as_ref().filter(|e| e.form == form)
    }

    fn encode(&self) -> String {
        let message: String = form_urlencoded::byte_serialize(self.message.as_bytes()).collect();
        let echo = self
            .form
            .as_ref()
            .and_then(|e| serde_json::to_string(e).ok())
            .map(|json| form_urlencoded::byte_serialize(json.as_bytes()).collect::<String>())
            // Too long for a cookie: the message goes alone (the form comes back empty).
            .filter(|json| json.len() <= ECHO_BYTES);
        match echo {
            Some(json) => format!("{}:{message}|{json}", self.level),
            None => format!("{}:{message}", self.level),
        }
    }

    fn decode(value: &str) -> Option<Self> {
        let (level, rest) = value.split_once(':')?;
        // Both parts are URL-encoded: `|` only separates them.
        let (message, form) = match rest.split_once('|') {
            Some((message, json)) => {
                let json = form_urlencoded::parse(format!("j={json}").as_bytes())
                    .next()
                    .map(|(_, j)| j.into_owned())?;
                (message, serde_json::from_str::<FormEcho>(&json).ok())
            }
            None => (rest, None),
        };
        let level = match level {
            "success" => Level::Success,
            "info" => Level::Info,
            "warning" => Level::Warning,
            _ => return None,
        };
        let message = form_urlencoded::parse(format!("m={message}").as_bytes())
            .next()
            .map(|(_, m)| m.into_owned())?;
        Some(Self {
            level,
            message,
            form,
        })
    }
}

/// What a handler takes to confirm something on the next page: the signed cookie jar, and
/// whether cookies must be Secure (`server.secure_cookies`).
pub struct Flash {
    jar: SignedCookieJar,
    secure: bool,
}

impl FromRequestParts<AppState> for Flash {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self {
            jar: SignedCookieJar::from_headers(&parts.headers, state.cookie_key.clone()),
            secure: state.settings.server.secure_cookies,
        })
    }
}

impl Flash {
    /// Redirects (303, so a form is not posted again) to `to`, showing `message` there.
    pub fn redirect(self, message: &FlashMessage, to: &str) -> Response {
        let cookie = Cookie::build((COOKIE, message.encode()))
            .path("/")
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Lax)
            .max_age(Duration::minutes(5))
            .build();
        (self.jar.add(cookie), Redirect::to(to)).into_response()
    }
}

/// Moves a flash message from its cookie to the request's extensions, and clears the cookie.
pub async fn read_flash(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let jar = SignedCookieJar::from_headers(request.headers(), state.cookie_key.clone());
    let Some(message) = jar
        .get(COOKIE)
        .and_then(|c| FlashMessage::decode(c.value()))
    else {
        return next.run(request).await;
    };
    request.extensions_mut().insert(message);
    let response = next.run(request).await;
    let removal = Cookie::build(COOKIE).path("/").build();
    (jar.remove(removal), response).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_survive_the_cookie_encoding() {
        let message = FlashMessage::success("Saved: \"IIA-2027-0042\"; 100% done, ok?");
        assert_eq!(FlashMessage::decode(&message.encode()), Some(message));
        assert_eq!(FlashMessage::decode("shout:hello"), None);
    }

    #[test]
    fn a_refused_form_survives_the_cookie_and_a_long_one_is_dropped() {
        let mut echo = FormEcho {
            form: "application-7".to_owned(),
            ..FormEcho::default()
        };
        echo.values
            .insert("title".to_owned(), "Reçu | 50% « loyer »".to_owned());
        echo.errors
            .insert("file".to_owned(), "The file was refused.".to_owned());
        let message = FlashMessage::warning("Nothing was attached.").with_form(echo.clone());
        let decoded = FlashMessage::decode(&message.encode()).unwrap();
        assert_eq!(decoded, message);
        assert_eq!(decoded.form("application-7"), Some(&echo));
        assert_eq!(decoded.form("report-7"), None);

        echo.values.insert("title".to_owned(), "é".repeat(2000));
        let long = FlashMessage::warning("Nothing was attached.").with_form(echo);
        assert_eq!(
            FlashMessage::decode(&long.encode()),
            Some(FlashMessage::warning("Nothing was attached."))
        );
    }
}
