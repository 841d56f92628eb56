//! What every page's layout needs: its title, the navigation entry it belongs to, a flash message
//! and the address of the stylesheet. Handlers take a [`PageContext`] and call
//! [`PageContext::layout`]; later the signed-in user and the CSRF token join it here.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::Serialize;

use crate::web::assets;
use crate::web::flash::FlashMessage;

/// The layout's data, passed to every page template as `layout`.
#[derive(Clone, Debug, Serialize)]
pub struct LayoutView {
    pub title: String,
    /// The navigation entry to mark as current (`home`, `states`).
    pub nav: &'static str,
    pub flash: Option<FlashMessage>,
    pub stylesheet: &'static str,
    pub version: &'static str,
}

impl LayoutView {
    pub fn new(title: impl Into<String>, nav: &'static str, flash: Option<FlashMessage>) -> Self {
        Self {
            title: title.into(),
            nav,
            flash,
            stylesheet: assets::stylesheet_url(),
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// The request's share of the layout.
#[derive(Clone, Debug, Default)]
pub struct PageContext {
    pub flash: Option<FlashMessage>,
}

impl PageContext {
    pub fn layout(&self, title: impl Into<String>, nav: &'static str) -> LayoutView {
        LayoutView::new(title, nav, self.flash.clone())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self {
            flash: parts.extensions.get::<FlashMessage>().cloned(),
        })
    }
}
