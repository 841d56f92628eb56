//! Who is asking, resolved once per request by [`authenticate`] (a bearer token, or else the
//! session cookie) and handed to handlers by the [`CurrentUser`] and [`SessionUser`] extractors.
//! A page that needs a signed-in user and gets none answers 401, which the error middleware turns
//! into a redirect to the sign-in page.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use chrono::Utc;
use serde::Serialize;

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
        }
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

/// Resolves the request's user and puts it in the request's extensions. A bearer token that is
/// not valid is refused at once (401), rather than treated as anonymous.
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    match resolve(&state, request.headers()).await {
        Ok(Some(user)) => {
            request.extensions_mut().insert(user);
        }
        Ok(None) => {}
        Err(error) => return error.into_response(),
    }
    next.run(request).await
}

async fn resolve(state: &AppState, headers: &HeaderMap) -> Result<Option<CurrentUser>, AppError> {
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
        return Ok(Some(CurrentUser::from_model(&user, AuthMethod::Token)));
    }
    let jar = CookieJar::from_headers(headers);
    let Some(cookie) = jar.get(sessions::COOKIE) else {
        return Ok(None);
    };
    let user = sessions::resolve(&state.db, cookie.value(), &state.settings.auth, now).await?;
    Ok(user.map(|u| CurrentUser::from_model(&u, AuthMethod::Session)))
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
