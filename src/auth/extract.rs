//! Who is asking, resolved once per request by [`authenticate`] (a bearer token, or else the
//! session cookie) and handed to handlers by the [`CurrentUser`] and [`SessionUser`] extractors.
//! A page that needs a signed-in user and gets none answers 401, which the error middleware turns
//! into a redirect to the sign-in page.
//!
//! A browser half way through signing in (its password was right, but it has still to give a
//! code of the person's second factor, or to set up the one their role requires) is no
//! `CurrentUser`: it is a [`PartlySignedIn`], and [`authenticate`] lets it reach only the page
//! that finishes signing in, the static assets and sign-out. Everything else answers a redirect
//! to that page (401 under `/api/`), before any handler or the CSRF check runs.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use chrono::Utc;
use serde::Serialize;

use super::second_factor::{self, Needs};
use super::{Role, api_tokens, sessions};
use crate::entities::user;
use crate::error::AppError;
use crate::state::AppState;

/// How the user proved who they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthMethod {
    Session,
    Token,
}

/// The signed-in user of this request.
#[derive(Clone, Debug, Serialize)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organization_id: Option<i64>,
    /// Where the person reads and types times.
    #[serde(skip)]
    pub time_zone: chrono_tz::Tz,
    #[serde(skip)]
    pub via: AuthMethod,
    /// The language of the person's account (see `i18n::negotiate`).
    #[serde(skip)]
    pub language: crate::i18n::Lang,
}

impl CurrentUser {
    fn from_model(model: &user::Model, via: AuthMethod) -> Self {
        Self {
            id: model.id,
            email: model.email.clone(),
            name: model.name.clone(),
            role: model.role,
            organization_id: model.organization_id,
            time_zone: model.time_zone.zone,
            via,
            language: model.language,
        }
    }

    /// The person whose calendar feed is asked for (its secret address stands for them; it
    /// reads their deadlines and nothing else).
    pub fn for_feed(model: &user::Model) -> Self {
        Self::from_model(model, AuthMethod::Token)
    }

    /// The name to show: the person's name, or their email.
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() {
            &self.email
        } else {
            &self.name
        }
    }
}

/// A browser whose session has proved the password only, and must still do what `needs` says
/// before it reaches anything else.
#[derive(Clone, Debug)]
pub struct PartlySignedIn {
    pub user: CurrentUser,
    pub needs: Needs,
}

impl PartlySignedIn {
    /// Whether the request may go on: the page that finishes signing in, sign-out, the static
    /// assets, nothing else.
    fn may_reach(&self, method: &Method, path: &str) -> bool {
        path == self.needs.page()
            || (method == Method::POST && path == "/logout")
            || path.starts_with("/static/")
    }
}

/// Who a request comes from.
enum Who {
    SignedIn(CurrentUser),
    Partly(PartlySignedIn),
}

/// Resolves the request's user and puts it in the request's extensions. A bearer token that is
/// not valid is refused at once (401), rather than treated as anonymous. A browser half way
/// through signing in is sent to the page that finishes it, wherever else it asks to go.
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    match resolve(&state, request.headers()).await {
        Ok(Some(Who::SignedIn(user))) => {
            request.extensions_mut().insert(user);
        }
        Ok(Some(Who::Partly(partly))) => {
            let path = request.uri().path();
            if !partly.may_reach(request.method(), path) {
                if path.starts_with("/api/") {
                    return AppError::Unauthorized.into_response();
                }
                return Redirect::to(partly.needs.page()).into_response();
            }
            request.extensions_mut().insert(partly);
        }
        Ok(None) => {}
        Err(error) => return error.into_response(),
    }
    next.run(request).await
}

async fn resolve(state: &AppState, headers: &HeaderMap) -> Result<Option<Who>, AppError> {
    let now = Utc::now();
    // Personal API tokens start with `cw_`; other bearer tokens (the metrics scraper's) are for
    // the handler that expects them.
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| token.starts_with(api_tokens::PREFIX));
    if let Some(token) = bearer {
        let user = api_tokens::resolve(&state.db, token, now)
            .await?
            .ok_or(AppError::Unauthorized)?;
        // A token is a credential of its own, made in a browser that had signed in fully.
        return Ok(Some(Who::SignedIn(CurrentUser::from_model(
            &user,
            AuthMethod::Token,
        ))));
    }
    let jar = CookieJar::from_headers(headers);
    let Some(cookie) = jar.get(sessions::COOKIE) else {
        return Ok(None);
    };
    let settings = &state.settings.auth;
    let Some((person, stage)) = sessions::resolve(&state.db, cookie.value(), settings, now).await?
    else {
        return Ok(None);
    };
    let user = CurrentUser::from_model(&person, AuthMethod::Session);
    let required = second_factor::required(settings, user.role);
    // A session that proved the second factor, of a person free to have none, needs nothing
    // more: no need to look the second factor up.
    let needs = if stage == sessions::Stage::SecondFactor && !required {
        None
    } else {
        let enrolled = second_factor::enrolled(&state.db, user.id).await?;
        second_factor::needs(stage, enrolled, required)
    };
    Ok(Some(match needs {
        None => Who::SignedIn(user),
        Some(needs) => Who::Partly(PartlySignedIn { user, needs }),
    }))
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<CurrentUser>()
            .cloned()
            .ok_or(AppError::Unauthorized)
    }
}

/// For the pages that finish signing in: a browser signed in fully is sent to its start page, one
/// not signed in at all to the sign-in page.
impl<S: Send + Sync> FromRequestParts<S> for PartlySignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if let Some(partly) = parts.extensions.get::<PartlySignedIn>() {
            return Ok(partly.clone());
        }
        if parts.extensions.get::<CurrentUser>().is_some() {
            return Err(Redirect::to(super::routes::START).into_response());
        }
        Err(AppError::Unauthorized.into_response())
    }
}

/// The signed-in user, signed in with a session (a browser): for what a bearer token must not
/// do, such as making more tokens.
#[derive(Clone, Debug)]
pub struct SessionUser(pub CurrentUser);

impl<S: Send + Sync> FromRequestParts<S> for SessionUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.via == AuthMethod::Session {
            Ok(Self(user))
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The client's address: the connection's peer, or the last `X-Forwarded-For` entry when
/// `auth.trust_forwarded_for` says a proxy sets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.settings.auth.trust_forwarded_for
            && let Some(forwarded) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
                .and_then(|v| v.trim().parse().ok())
        {
            return Ok(Self(Some(forwarded)));
        }
        Ok(Self(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}

/// Who is asking, as a use case needs it: the signed-in user and the request it came in, for
/// the audit log. Handlers take a `Caller` and hand it to `<feature>::commands`.
#[derive(Clone, Debug)]
pub struct Caller {
    pub user: CurrentUser,
    pub request_id: Option<String>,
}

impl Caller {
    /// The audit log's actor for this caller.
    pub fn actor(&self) -> crate::audit::Actor {
        crate::audit::Actor::user(&self.user, self.request_id.clone())
    }
}

impl std::ops::Deref for Caller {
    type Target = CurrentUser;

    fn deref(&self) -> &CurrentUser {
        &self.user
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        let crate::web::context::RequestId(request_id) =
            crate::web::context::RequestId::from_request_parts(parts, state)
                .await
                .unwrap_or_default();
        Ok(Self { user, request_id })
    }
}
