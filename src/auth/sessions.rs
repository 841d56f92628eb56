//! Server-side sessions, stored in the database so that every instance shares them. The cookie
//! carries a random secret; the table holds its SHA-256. A session ends after
//! `auth.session_idle_minutes` without a request, after `auth.session_absolute_hours` in any
//! case, at sign-out, and for every browser at once with "sign out everywhere".
//!
//! A session records what its browser proved ([`Stage`]): the password alone, or the second
//! factor too. What a password-only session may reach is decided per request (see
//! `extract::authenticate`), from the person's second factor and their role.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::tokens;
use crate::config::AuthSettings;
use crate::entities::{session, user};

pub const COOKIE: &str = "clearway_session";

/// What a session's browser has proved. Stored as its string value: a session with a stage the
/// code does not know fails to load (an error, never a guess).
#[derive(Clone, Copy, Debug, PartialEq, Eq, sea_orm::EnumIter, sea_orm::DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "Text")]
pub enum Stage {
    /// The password (or a link from an email) only.
    #[sea_orm(string_value = "password")]
    Password,
    /// The password, then a code of the person's second factor (or one of its recovery codes).
    #[sea_orm(string_value = "second_factor")]
    SecondFactor,
}

/// How often `last_seen_at` is written: often enough for the idle timeout, rarely enough not to
/// write on every request.
const TOUCH_EVERY: Duration = Duration::minutes(1);

/// Starts a session for `user_id` at `stage`; the returned secret goes in the cookie.
pub async fn start<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
    stage: Stage,
    settings: &AuthSettings,
) -> Result<String, DbErr> {
    let secret = tokens::random_secret();
    let now = Utc::now();
    session::ActiveModel {
        id_hash: Set(tokens::digest(&secret)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + Duration::hours(i64::from(settings.session_absolute_hours))),
        stage: Set(stage),
    }
    .insert(db)
    .await?;
    Ok(secret)
}

/// The active user of the session whose cookie holds `secret`, with what the session proved,
/// if it is still valid.
pub async fn resolve<C: ConnectionTrait>(
    db: &C,
    secret: &str,
    settings: &AuthSettings,
    now: DateTime<Utc>,
) -> Result<Option<(user::Model, Stage)>, DbErr> {
    let id_hash = tokens::digest(secret);
    let Some(found) = session::Entity::find_by_id(id_hash.clone()).one(db).await? else {
        return Ok(None);
    };
    let idle_limit = Duration::minutes(i64::from(settings.session_idle_minutes));
    if now >= found.expires_at || now - found.last_seen_at >= idle_limit {
        session::Entity::delete_by_id(id_hash).exec(db).await?;
        return Ok(None);
    }
    let Some(person) = user::Entity::find_by_id(found.user_id).one(db).await? else {
        return Ok(None);
    };
    if !person.active {
        return Ok(None);
    }
    if now - found.last_seen_at >= TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(
                session::Column::LastSeenAt,
                sea_orm::sea_query::Expr::val(now),
            )
            .filter(session::Column::IdHash.eq(id_hash))
            .exec(db)
            .await?;
    }
    Ok(Some((person, found.stage)))
}

/// Replaces the session whose cookie holds `old` by a new one of the same person at
/// `Stage::SecondFactor`: a browser that proves more gets a new session id, so an id seen while
/// it was half signed in is worth nothing after. Answers the new secret.
pub async fn upgrade<C: ConnectionTrait>(
    db: &C,
    old: &str,
    user_id: i64,
    settings: &AuthSettings,
) -> Result<String, DbErr> {
    end(db, old).await?;
    start(db, user_id, Stage::SecondFactor, settings).await
}

/// Ends the session whose cookie holds `secret`.
pub async fn end<C: ConnectionTrait>(db: &C, secret: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(tokens::digest(secret))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of `user_id`; returns how many there were.
pub async fn end_all<C: ConnectionTrait>(db: &C, user_id: i64) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?
        .rows_affected)
}

/// The cookie that carries the session `secret`.
pub fn cookie(state: &crate::state::AppState, secret: String) -> axum_extra::extract::CookieJar {
    use axum_extra::extract::cookie::{Cookie, SameSite};
    let session = Cookie::build((COOKIE, secret))
        .path("/")
        .http_only(true)
        .secure(state.settings.server.secure_cookies)
        .same_site(SameSite::Lax)
        .build();
    axum_extra::extract::CookieJar::new().add(session)
}

/// The response that signs a browser in with the session `secret` and sends it to `to`: the
/// session cookie, and a new CSRF token (a token seen before signing in is worth nothing after).
pub fn signed_in(
    state: &crate::state::AppState,
    secret: String,
    to: &str,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let secure = state.settings.server.secure_cookies;
    let csrf = axum_extra::extract::SignedCookieJar::new(state.cookie_key.clone())
        .add(super::csrf::cookie(tokens::random_secret(), secure));
    (
        cookie(state, secret),
        csrf,
        axum::response::Redirect::to(to),
    )
        .into_response()
}

/// Removes the session cookie from a browser.
pub fn forget(jar: axum_extra::extract::CookieJar) -> axum_extra::extract::CookieJar {
    jar.remove(
        axum_extra::extract::cookie::Cookie::build(COOKIE)
            .path("/")
            .build(),
    )
}
