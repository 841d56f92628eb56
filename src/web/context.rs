//! What every page's layout needs: its title, the navigation entry it belongs to, a flash
//! message, the signed-in user, the CSRF token its forms carry, and the stylesheet's address.
//! Handlers take a [`PageContext`] and call [`PageContext::layout`].

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use serde::Serialize;

use crate::auth::CurrentUser;
use crate::auth::csrf::CsrfToken;
use crate::i18n::{Lang, RequestLang};
use crate::web::assets;
use crate::web::flash::FlashMessage;

/// The signed-in user, as the layout shows them.
#[derive(Clone, Debug, Serialize)]
pub struct UserView {
    pub name: String,
    pub role: &'static str,
    pub is_staff: bool,
    /// Sees payments and budgets (finance, staff, admins).
    pub sees_finances: bool,
}

/// The layout's data, passed to the layout template as `layout`.
#[derive(Clone, Debug, Serialize)]
pub struct LayoutView {
    pub title: String,
    /// The navigation entry to mark as current (`home`, `states`, `organizations`, `account`).
    pub nav: &'static str,
    pub flash: Option<FlashMessage>,
    pub user: Option<UserView>,
    pub csrf_token: String,
    pub stylesheet: &'static str,
    pub version: &'static str,
    /// The page's language, and the header's links to the others.
    pub lang: Lang,
    pub languages: Vec<LanguageLink>,
}

/// A link of the header's language switch.
#[derive(Clone, Debug, Serialize)]
pub struct LanguageLink {
    pub code: &'static str,
    /// The language's own name (`Français`).
    pub name: &'static str,
    pub href: String,
}

impl LayoutView {
    pub fn new(title: impl Into<String>, nav: &'static str, flash: Option<FlashMessage>) -> Self {
        Self {
            title: title.into(),
            nav,
            flash,
            user: None,
            csrf_token: String::new(),
            stylesheet: assets::stylesheet_url(),
            version: env!("CARGO_PKG_VERSION"),
            lang: Lang::En,
            languages: Vec::new(),
        }
    }
}

/// The request's share of the layout.
#[derive(Clone, Debug, Default)]
pub struct PageContext {
    pub flash: Option<FlashMessage>,
    pub user: Option<CurrentUser>,
    pub csrf_token: String,
    pub lang: Lang,
    /// The page's own address (path and query), for the language switch to come back to.
    pub path: String,
}

impl PageContext {
    pub fn from_parts(parts: &Parts) -> Self {
        Self {
            flash: parts.extensions.get::<FlashMessage>().cloned(),
            user: parts.extensions.get::<CurrentUser>().cloned(),
            csrf_token: parts
                .extensions
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
            lang: parts
                .extensions
                .get::<RequestLang>()
                .copied()
                .unwrap_or_default()
                .0,
            path: parts
                .uri
                .path_and_query()
                .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned()),
        }
    }

    pub fn layout(&self, title: impl Into<String>, nav: &'static str) -> LayoutView {
        // A flash written in English by a handler reads in the page's language when the
        // catalogue's phrases hold it (see `i18n::phrases`).
        let flash = self.flash.clone().map(|mut flash| {
            if let std::borrow::Cow::Owned(translated) =
                crate::i18n::phrases::translate(self.lang, &flash.message)
            {
                flash.message = translated;
            }
            flash
        });
        let mut layout = LayoutView::new(title, nav, flash);
        layout.user = self.user.as_ref().map(|u| UserView {
            name: u.display_name().to_owned(),
            role: u.role.label(),
            is_staff: u.role.is_staff(),
            sees_finances: crate::policy::allows(u, crate::policy::Action::ViewFinances),
        });
        layout.csrf_token.clone_from(&self.csrf_token);
        layout.lang = self.lang;
        let next: String = form_urlencoded::byte_serialize(self.path.as_bytes()).collect();
        layout.languages = Lang::ALL
            .iter()
            .filter(|l| **l != self.lang)
            .map(|l| LanguageLink {
                code: l.as_str(),
                name: l.label(),
                href: format!("/language/{}?next={next}", l.as_str()),
            })
            .collect();
        layout
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::from_parts(parts))
    }
}

/// Keeps the request's share of the layout (the signed-in user, the CSRF token of the "Sign out"
/// form) on an error response: the error pages are rendered by a middleware that runs outside
/// the one that signs people in, and a signed-in person must still see their name and "Sign
/// out" on a 403 or a 404.
pub async fn keep_for_error_pages(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let context = PageContext::from_parts(&parts);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        response.extensions_mut().insert(context);
    }
    response
}

/// The request id (`X-Request-Id`), for the audit log.
#[derive(Clone, Debug, Default)]
pub struct RequestId(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .map(ToOwned::to_owned),
        ))
    }
}
