//! Signing in and out, and the account page (API tokens, "sign out everywhere").

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use serde::{Deserialize, Serialize};

use super::extract::{ClientAddress, SessionUser};
use super::{CurrentUser, api_tokens, password, sessions, throttle, tokens, users};
use crate::audit::{self, Actor};
use crate::entities::api_token;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::flash::{Flash, FlashMessage};

#[derive(Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: String,
}

#[derive(Default, Deserialize)]
pub struct LoginParams {
    pub next: Option<String>,
}

#[derive(Serialize)]
struct LoginView<'a> {
    email: &'a str,
    next: &'a str,
    error: Option<&'a str>,
}

/// Only a path on this site is followed after signing in: it starts with one `/`, and holds no
/// backslash, space or control character (browsers drop a tab, turning `/\t/evil` into
/// `//evil`, another site).
fn local_path(next: &str) -> &str {
    let plain = next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    if plain && next.starts_with('/') && !next.starts_with("//") {
        next
    } else {
        "/account"
    }
}

fn login_page(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &LoginView<'_>,
) -> Result<Response, AppError> {
    let html = state
        .views
        .page("auth/login", &page.layout("Sign in", "login"), view)?;
    Ok((status, html).into_response())
}

pub async fn show_login(
    State(state): State<AppState>,
    page: PageContext,
    axum::extract::Query(params): axum::extract::Query<LoginParams>,
) -> Result<Response, AppError> {
    if page.user.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    let next = params.next.unwrap_or_default();
    login_page(
        &state,
        &page,
        StatusCode::OK,
        &LoginView {
            email: "",
            next: &next,
            error: None,
        },
    )
}

/// The one answer for an unknown email and a wrong password alike.
const WRONG: &str = "The email or the password is not right.";

pub async fn submit_login(
    State(state): State<AppState>,
    page: PageContext,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let settings = &state.settings.auth;
    let now = Utc::now();
    if form.email.len() > 254 || form.password.len() > 1024 {
        // Nobody's email or password is that long: refused before any work.
        return login_page(
            &state,
            &page,
            StatusCode::UNAUTHORIZED,
            &LoginView {
                email: "",
                next: "",
                error: Some(WRONG),
            },
        );
    }
    let keys = throttle::keys(&form.email, address, settings);
    if let Some(until) = throttle::attempt(&state.db, &keys, settings, now).await? {
        let minutes = (until - now).num_minutes() + 1;
        let message = format!(
            "Too many failed attempts. Try again in {minutes} minute{}.",
            if minutes == 1 { "" } else { "s" }
        );
        return login_page(
            &state,
            &page,
            StatusCode::TOO_MANY_REQUESTS,
            &LoginView {
                email: &form.email,
                next: &form.next,
                error: Some(&message),
            },
        );
    }

    let found = users::find_by_email(&state.db, &form.email)
        .await?
        .filter(|u| u.active);
    let stored = found
        .as_ref()
        .and_then(|u| u.password_hash.clone())
        .unwrap_or_else(|| password::dummy_hash().to_owned());
    let matches = password::verify_blocking(stored, form.password.clone()).await?;
    let signed_in = found
        .clone()
        .filter(|u| matches && u.password_hash.is_some());

    let Some(person) = signed_in else {
        // The account's id when it exists; otherwise a digest of what was typed (which may be
        // a password typed in the wrong field), never the text itself.
        let (entity, id) = match &found {
            Some(u) => ("user", u.id.to_string()),
            None => (
                "account",
                tokens::digest(&users::email_key(&form.email))[..16].to_owned(),
            ),
        };
        audit::record(
            &state.db,
            &Actor::anonymous(request_id),
            "sign_in_failed",
            entity,
            id,
            None,
            None,
        )
        .await?;
        return login_page(
            &state,
            &page,
            StatusCode::UNAUTHORIZED,
            &LoginView {
                email: &form.email,
                next: &form.next,
                error: Some(WRONG),
            },
        );
    };

    // A new session (and a new CSRF token): whatever id the browser had before is worthless.
    let txn = crate::db::begin_write(&state.db).await?;
    if let Some(old) = jar.get(sessions::COOKIE) {
        sessions::end(&txn, old.value()).await?;
    }
    throttle::succeeded(&txn, &keys).await?;
    let secret = sessions::start(&txn, person.id, settings).await?;
    let mut signed = person.clone().into_active_model();
    signed.last_signed_in_at = Set(Some(now));
    signed.update(&txn).await?;
    let actor = Actor {
        id: Some(person.id),
        label: person.email.clone(),
        request_id,
    };
    audit::record(&txn, &actor, "signed_in", "user", person.id, None, None).await?;
    txn.commit().await?;

    Ok(sessions::signed_in(&state, secret, local_path(&form.next)))
}

/// Ends this browser's session.
pub async fn logout(
    State(state): State<AppState>,
    jar: CookieJar,
    flash: Flash,
) -> Result<Response, AppError> {
    if let Some(cookie) = jar.get(sessions::COOKIE) {
        sessions::end(&state.db, cookie.value()).await?;
    }
    let jar = sessions::forget(jar);
    Ok((
        jar,
        flash.redirect(&FlashMessage::info("You are signed out."), "/"),
    )
        .into_response())
}

/// Ends every session of the signed-in user, on every device.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    RequestId(request_id): RequestId,
    jar: CookieJar,
    flash: Flash,
) -> Result<Response, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let ended = sessions::end_all(&txn, user.id).await?;
    audit::record(
        &txn,
        &Actor::user(&user, request_id),
        "signed_out_everywhere",
        "user",
        user.id,
        None,
        Some(serde_json::json!({ "sessions_ended": ended })),
    )
    .await?;
    txn.commit().await?;
    let jar = sessions::forget(jar);
    let message = FlashMessage::info("You are signed out on every device.");
    Ok((jar, flash.redirect(&message, "/login")).into_response())
}

#[derive(Serialize)]
struct TokenView {
    id: i64,
    name: String,
    prefix: String,
    created: String,
    last_used: String,
    revoked: bool,
}

#[derive(Serialize)]
struct AccountView {
    email: String,
    name: String,
    role: &'static str,
    organization_id: Option<i64>,
    time_zone: &'static str,
    time_zones: Vec<(&'static str, bool)>,
    tokens: Vec<TokenView>,
    new_token: Option<String>,
    token_error: Option<String>,
}

fn when(at: Option<chrono::DateTime<Utc>>) -> String {
    at.map(crate::views::instant)
        .unwrap_or_else(|| "never".to_owned())
}

async fn account_page(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    status: StatusCode,
    new_token: Option<String>,
    token_error: Option<String>,
) -> Result<Response, AppError> {
    let tokens = api_tokens::list(&state.db, user.id)
        .await?
        .into_iter()
        .map(|t: api_token::Model| TokenView {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created: when(Some(t.created_at)),
            last_used: when(t.last_used_at),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let view = AccountView {
        email: user.email.clone(),
        name: user.name.clone(),
        role: user.role.label(),
        organization_id: user.organization_id,
        time_zone: user.time_zone.name(),
        time_zones: chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| (tz.name(), *tz == user.time_zone))
            .collect(),
        tokens,
        new_token,
        token_error,
    };
    let html = state.views.page(
        "auth/account",
        &page.layout("Your account", "account"),
        &view,
    )?;
    Ok((status, html).into_response())
}

#[derive(Deserialize)]
pub struct TimeZoneForm {
    #[serde(default)]
    pub time_zone: String,
}

/// Sets where the person reads and types times.
pub async fn set_time_zone(
    State(state): State<AppState>,
    user: CurrentUser,
    flash: Flash,
    Form(form): Form<TimeZoneForm>,
) -> Result<Response, AppError> {
    let Ok(zone) = form.time_zone.trim().parse::<chrono_tz::Tz>() else {
        return Ok(flash.redirect(
            &FlashMessage::warning(format!(
                "'{}' is not a time zone; choose one from the list.",
                form.time_zone.trim()
            )),
            "/account",
        ));
    };
    crate::entities::user::ActiveModel {
        id: Set(user.id),
        time_zone: Set(zone.name().to_owned()),
        ..Default::default()
    }
    .update(&state.db)
    .await?;
    Ok(flash.redirect(
        &FlashMessage::success(format!(
            "Times are now shown in {} time, with UTC beside them.",
            zone.name()
        )),
        "/account",
    ))
}

pub async fn show_account(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    account_page(&state, &page, &user, StatusCode::OK, None, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    pub name: String,
}

/// Makes an API token and shows it, once, on the account page.
pub async fn create_token(
    State(state): State<AppState>,
    page: PageContext,
    SessionUser(user): SessionUser,
    RequestId(request_id): RequestId,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        let error = "give the token a name of 1 to 100 characters, e.g. \"reporting script\"";
        return account_page(
            &state,
            &page,
            &user,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(error.to_owned()),
        )
        .await;
    }
    let txn = crate::db::begin_write(&state.db).await?;
    let (token, secret) = api_tokens::create(&txn, user.id, name).await?;
    audit::record(
        &txn,
        &Actor::user(&user, request_id),
        "api_token_created",
        "user",
        user.id,
        None,
        Some(
            serde_json::json!({ "token_id": token.id, "name": token.name, "prefix": token.prefix }),
        ),
    )
    .await?;
    txn.commit().await?;
    account_page(
        &state,
        &page,
        &user,
        StatusCode::CREATED,
        Some(secret),
        None,
    )
    .await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    SessionUser(user): SessionUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    flash: Flash,
) -> Result<Response, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    if !api_tokens::revoke(&txn, user.id, id).await? {
        return Err(AppError::not_found(
            "you have no active token with this number",
        ));
    }
    audit::record(
        &txn,
        &Actor::user(&user, request_id),
        "api_token_revoked",
        "user",
        user.id,
        None,
        Some(serde_json::json!({ "token_id": id })),
    )
    .await?;
    txn.commit().await?;
    Ok(flash.redirect(&FlashMessage::success("The token is revoked."), "/account"))
}
