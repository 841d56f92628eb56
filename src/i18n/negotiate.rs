//! The language of a request: the `lang` cookie set by the header's switch (this browser's
//! choice); else the signed-in person's setting (which their e-mails follow too); else the
//! browser's `Accept-Language`; else English.

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::CookieJar;

use super::Lang;
use crate::auth::CurrentUser;
use crate::auth::extract::PartlySignedIn;

/// The cookie that remembers the language chosen with the header's switch.
pub const LANG_COOKIE: &str = "lang";

/// The language a request's pages, messages and e-mails are in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestLang(pub Lang);

/// The language for the request's headers and the account setting of the person signed in.
pub fn negotiate(account: Option<Lang>, headers: &HeaderMap) -> Lang {
    if let Some(lang) = CookieJar::from_headers(headers)
        .get(LANG_COOKIE)
        .and_then(|c| Lang::from_tag(c.value()))
    {
        return lang;
    }
    if let Some(lang) = account {
        return lang;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::En, from_accept_language)
}

/// The first of the three languages in an `Accept-Language` header, by its weights (`fr-CH,
/// fr;q=0.9, en;q=0.8` is French; `de, es;q=0.5` is Spanish); English when none is there.
pub fn from_accept_language(value: &str) -> Lang {
    let mut best: Option<(f32, Lang)> = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        if weight <= 0.0 {
            continue;
        }
        if let Some(lang) = Lang::from_tag(tag)
            && best.is_none_or(|(w, _)| weight > w)
        {
            best = Some((weight, lang));
        }
    }
    best.map_or(Lang::En, |(_, lang)| lang)
}

tokio::task_local! {
    /// The language of the request being handled, for messages written far from the handler
    /// (the rules' messages, see `i18n::phrases` and `error::sentence`).
    static REQUEST_LANG: Lang;
}

/// The language of the request being handled; English outside a request.
pub fn current_request() -> Lang {
    REQUEST_LANG.try_with(|l| *l).unwrap_or_default()
}

/// Runs `f` as if in a request in `lang` (for what is rendered after the handler returned).
pub fn in_request_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    REQUEST_LANG.sync_scope(lang, f)
}

/// Middleware (inside authentication): puts the request's [`RequestLang`] in its extensions.
/// The API answers in English unless `Accept-Language` asks otherwise (its `message`s only: its
/// codes and `fields` stay as they are); pages follow [`negotiate`].
pub async fn choose(mut request: Request, next: Next) -> Response {
    let account = request
        .extensions()
        .get::<CurrentUser>()
        .map(|u| u.language)
        .or_else(|| {
            request
                .extensions()
                .get::<PartlySignedIn>()
                .map(|p| p.user.language)
        });
    let lang = if request.uri().path().starts_with("/api/") {
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map_or(Lang::En, from_accept_language)
    } else {
        negotiate(account, request.headers())
    };
    request.extensions_mut().insert(RequestLang(lang));
    REQUEST_LANG.scope(lang, next.run(request)).await
}

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<RequestLang>()
            .copied()
            .unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_heaviest_of_the_three() {
        assert_eq!(from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"), Lang::Fr);
        assert_eq!(from_accept_language("de, es;q=0.5"), Lang::Es);
        assert_eq!(from_accept_language("es-419;q=0.4, en-GB;q=0.9"), Lang::En);
        assert_eq!(from_accept_language("de, it"), Lang::En);
        assert_eq!(from_accept_language("fr;q=0, es;q=0.1"), Lang::Es);
        assert_eq!(from_accept_language(""), Lang::En);
    }

    #[test]
    fn the_cookie_then_the_account_then_the_browser() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, "es".parse().unwrap());
        assert_eq!(negotiate(None, &headers), Lang::Es);
        assert_eq!(negotiate(Some(Lang::En), &headers), Lang::En);
        headers.insert(header::COOKIE, "lang=fr".parse().unwrap());
        assert_eq!(negotiate(None, &headers), Lang::Fr);
        assert_eq!(negotiate(Some(Lang::En), &headers), Lang::Fr);
    }
}
