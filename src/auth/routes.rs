//! Signing in and out, and the account page (API tokens, "sign out everywhere").

use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::commands::{self, SignIn};
use super::extract::ClientAddress;
use super::second_factor::{self, Needs};
use super::{Caller, CurrentUser, api_tokens, sessions};
use crate::entities::api_token;
use crate::error::AppError;
use crate::i18n::{Lang, RequestLang, format, text};
use crate::input::YesNo;
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

/// Where signing in lands without a page to return to: the person's start page.
pub(crate) const START: &str = "/start";

/// Only a path on this site is followed after signing in: it starts with one `/`, and holds no
/// backslash, space or control character (browsers drop a tab, turning `/\t/evil` into
/// `//evil`, another site).
pub(crate) fn local_path(next: &str) -> &str {
    let plain = next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    if plain && next.starts_with('/') && !next.starts_with("//") {
        next
    } else {
        START
    }
}

fn login_page(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &LoginView<'_>,
) -> Result<Response, AppError> {
    let html = state.views.page(
        "auth/login",
        &page.layout(text(page.lang, "sign-in"), "login"),
        view,
    )?;
    Ok((status, html).into_response())
}

pub async fn show_login(
    State(state): State<AppState>,
    page: PageContext,
    axum::extract::Query(params): axum::extract::Query<LoginParams>,
) -> Result<Response, AppError> {
    if page.user.is_some() {
        return Ok(Redirect::to(START).into_response());
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
const WRONG: &str = "auth-login-wrong";

pub async fn submit_login(
    State(state): State<AppState>,
    page: PageContext,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let old_session = jar.get(sessions::COOKIE).map(|c| c.value());
    let outcome = commands::sign_in(
        &state,
        &form.email,
        &form.password,
        address,
        old_session,
        request_id,
    )
    .await?;
    let mut retry_after = None;
    let lang = page.lang;
    let (status, message) = match outcome {
        SignIn::SignedIn { secret, needs } => {
            let to = match needs {
                None => local_path(&form.next).to_owned(),
                // The code page takes the browser on to where it was going.
                Some(Needs::Code) if local_path(&form.next) == form.next => {
                    let next: String =
                        form_urlencoded::byte_serialize(form.next.as_bytes()).collect();
                    format!("{}?next={next}", Needs::Code.page())
                }
                Some(needs) => needs.page().to_owned(),
            };
            return Ok(sessions::signed_in(&state, secret, &to));
        }
        SignIn::Implausible => {
            let wrong = text(lang, WRONG);
            let view = LoginView {
                email: "",
                next: "",
                error: Some(&wrong),
            };
            return login_page(&state, &page, StatusCode::UNAUTHORIZED, &view);
        }
        SignIn::Throttled(minutes) => (
            {
                retry_after = Some(minutes.max(1) * 60);
                StatusCode::TOO_MANY_REQUESTS
            },
            format(lang, "auth-login-throttled", &[("minutes", minutes.into())]),
        ),
        SignIn::Wrong => (StatusCode::UNAUTHORIZED, text(lang, WRONG)),
        SignIn::Deactivated => (StatusCode::FORBIDDEN, text(lang, "auth-login-deactivated")),
    };
    let view = LoginView {
        email: &form.email,
        next: &form.next,
        error: Some(&message),
    };
    let mut response = login_page(&state, &page, status, &view)?;
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(axum::http::header::RETRY_AFTER, seconds.into());
    }
    Ok(response)
}

/// Ends this browser's session.
pub async fn logout(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    jar: CookieJar,
    flash: Flash,
) -> Result<Response, AppError> {
    if let Some(cookie) = jar.get(sessions::COOKIE) {
        sessions::end(&state.db, cookie.value()).await?;
    }
    let jar = sessions::forget(jar);
    Ok((
        jar,
        flash.redirect(&FlashMessage::info(text(lang, "auth-signed-out")), "/"),
    )
        .into_response())
}

/// The sign-out-everywhere form: whether to revoke the API tokens too.
#[derive(Debug, Default, Deserialize)]
pub struct SignOutEverywhere {
    pub revoke_tokens: Option<YesNo>,
}

/// Ends every session of the signed-in user, on every device.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    caller: Caller,
    RequestLang(lang): RequestLang,
    jar: CookieJar,
    flash: Flash,
    Form(form): Form<SignOutEverywhere>,
) -> Result<Response, AppError> {
    let revoke_tokens = form.revoke_tokens.as_ref().is_some_and(YesNo::is_yes);
    commands::sign_out_everywhere(&state.db, &caller, revoke_tokens).await?;
    let jar = sessions::forget(jar);
    let message = FlashMessage::info(text(
        lang,
        if revoke_tokens {
            "auth-signed-out-everywhere-tokens"
        } else {
            "auth-signed-out-everywhere"
        },
    ));
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
    /// Why it could not be revoked, next to its button (or where it was).
    error: Option<String>,
}

#[derive(Serialize)]
struct AccountView {
    email: String,
    name: String,
    role: String,
    organization_id: Option<i64>,
    /// The account's language, and the three to choose from: (code, its own name, chosen).
    languages: Vec<(&'static str, &'static str, bool)>,
    time_zone: &'static str,
    time_zones: Vec<(&'static str, bool)>,
    tokens: Vec<TokenView>,
    new_token: Option<String>,
    /// The new token's name as typed, when the form was refused.
    token_name: String,
    /// The refused forms' sentences, by field: `language`, `time_zone`, `token_name`.
    errors: BTreeMap<&'static str, String>,
    /// Why a token was not revoked, when it is not one the list shows.
    revoke_error: Option<String>,
    second_factor: bool,
    second_factor_required: bool,
    /// The conversations with messages the person has not seen.
    unread_threads: Vec<crate::threads::unread::UnreadView>,
}

/// A form of the account page that was refused, given back to the page: why, in a sentence at
/// its field, and what was typed (a name; never a password nor a code).
#[derive(Debug, Default)]
struct Retry {
    status: Option<StatusCode>,
    errors: BTreeMap<&'static str, String>,
    token_name: String,
    /// A token that could not be revoked, and why.
    revoke: Option<(i64, String)>,
}

impl Retry {
    /// The form of `field` refused (422) with `sentence`.
    fn at(field: &'static str, sentence: String) -> Self {
        let mut errors = BTreeMap::new();
        errors.insert(field, sentence);
        Self {
            status: Some(StatusCode::UNPROCESSABLE_ENTITY),
            errors,
            ..Self::default()
        }
    }
}

fn when(lang: Lang, at: Option<chrono::DateTime<Utc>>) -> String {
    at.map(crate::views::instant)
        .unwrap_or_else(|| text(lang, "auth-tokens-never"))
}

/// The account page; with `retry`, a form it refused shown again with why (422, or 409/404
/// for a token not revoked); `new_token`, a token just made, shown this once (201).
async fn render_account(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    new_token: Option<String>,
    retry: Retry,
) -> Result<Response, AppError> {
    let mut tokens: Vec<TokenView> = api_tokens::list(&state.db, user.id)
        .await?
        .into_iter()
        .map(|t: api_token::Model| TokenView {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created: when(page.lang, Some(t.created_at)),
            last_used: when(page.lang, t.last_used_at),
            revoked: t.revoked_at.is_some(),
            error: None,
        })
        .collect();
    // A token not revoked: said at its row when the list shows it, else above the list.
    let mut revoke_error = None;
    if let Some((id, why)) = retry.revoke {
        match tokens.iter_mut().find(|t| t.id == id) {
            Some(token) => token.error = Some(why),
            None => revoke_error = Some(why),
        }
    }
    let status = match (retry.status, &new_token) {
        (Some(status), _) => status,
        (None, Some(_)) => StatusCode::CREATED,
        (None, None) => StatusCode::OK,
    };
    let view = AccountView {
        email: user.email.clone(),
        name: user.name.clone(),
        role: user.role.label_in(page.lang),
        organization_id: user.organization_id,
        languages: Lang::ALL
            .iter()
            .map(|l| (l.as_str(), l.label(), *l == user.language))
            .collect(),
        time_zone: user.time_zone.name(),
        time_zones: chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| (tz.name(), *tz == user.time_zone))
            .collect(),
        tokens,
        new_token,
        token_name: retry.token_name,
        errors: retry.errors,
        revoke_error,
        second_factor: second_factor::enrolled(&state.db, user.id).await?,
        second_factor_required: second_factor::required(&state.settings.auth, user.role),
        unread_threads: crate::threads::unread::threads(&state.db, user).await?,
    };
    let html = state.views.page(
        "auth/account",
        &page.layout(text(page.lang, "auth-account-title"), "account"),
        &view,
    )?;
    Ok((status, html).into_response())
}

#[derive(Deserialize)]
pub struct TimeZoneForm {
    #[serde(default)]
    pub time_zone: String,
}

/// `POST /account/time-zone`: sets where the person reads and types times. A zone refused
/// comes back on the account page (422) with why at the field.
pub async fn set_time_zone(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<TimeZoneForm>,
) -> Result<Response, AppError> {
    match commands::set_time_zone(&state.db, &caller, &form.time_zone).await {
        Ok(zone) => {
            let message = FlashMessage::success(format(
                page.lang,
                "auth-account-zone-saved",
                &[("zone", zone.name().into())],
            ));
            Ok(flash.redirect(&message, "/account"))
        }
        Err(AppError::Validation(_)) => {
            let retry = Retry::at("time_zone", text(page.lang, "auth-account-zone-refused"));
            render_account(&state, &page, &caller, None, retry).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    pub language: String,
}

/// `POST /account/language`: sets the language of the person's pages and e-mails, and makes
/// this browser follow it at once (the `lang` cookie of the header's switch, which wins over
/// the account's setting). A language refused comes back on the account page (422), in the
/// page's language, with why at the field.
pub async fn set_language(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    match commands::set_language(&state.db, &caller, &form.language).await {
        Ok(lang) => {
            let jar = CookieJar::new().add(crate::i18n::switch::cookie(&state, lang));
            let message = FlashMessage::success(text(lang, "auth-account-language-saved"));
            Ok((jar, flash.redirect(&message, "/account")).into_response())
        }
        Err(AppError::Validation(_)) => {
            let retry = Retry::at("language", text(page.lang, "auth-account-language-refused"));
            render_account(&state, &page, &caller, None, retry).await
        }
        Err(other) => Err(other),
    }
}

pub async fn show_account(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    render_account(&state, &page, &user, None, Retry::default()).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    pub name: String,
}

/// `POST /account/tokens`: makes an API token and shows it, once, on the account page (201).
/// A name refused comes back (422) as typed, with why at the field.
pub async fn create_token(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    match commands::create_token(&state.db, &caller, &form.name).await {
        Ok(secret) => render_account(&state, &page, &caller, Some(secret), Retry::default()).await,
        Err(AppError::Validation(_)) => {
            let retry = Retry {
                token_name: form.name,
                ..Retry::at("token_name", text(page.lang, "auth-tokens-name-refused"))
            };
            render_account(&state, &page, &caller, None, retry).await
        }
        Err(other) => Err(other),
    }
}

/// `POST /account/tokens/{id}/revoke`. A token not revoked comes back on the account page
/// saying why: at its row when it was revoked already (409), above the list when the person
/// has no such token (404).
pub async fn revoke_token(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
) -> Result<Response, AppError> {
    match commands::revoke_token(&state.db, &caller, id).await {
        Ok(()) => Ok(flash.redirect(
            &FlashMessage::success(text(page.lang, "auth-tokens-revoked-flash")),
            "/account",
        )),
        Err(AppError::NotFound(_)) => {
            let theirs = api_tokens::list(&state.db, caller.id)
                .await?
                .iter()
                .any(|t| t.id == id);
            let (status, why) = if theirs {
                (StatusCode::CONFLICT, "auth-tokens-already-revoked")
            } else {
                (StatusCode::NOT_FOUND, "auth-tokens-not-found")
            };
            let retry = Retry {
                status: Some(status),
                revoke: Some((id, text(page.lang, why))),
                ..Retry::default()
            };
            render_account(&state, &page, &caller, None, retry).await
        }
        Err(other) => Err(other),
    }
}
