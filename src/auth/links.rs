//! The links that let a person choose a password: accepting an invitation, resetting a
//! forgotten password, and creating the first administrator from the set-up link. The writes
//! are in `commands::links`.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::commands::{self, PasswordInput, expired};
use super::extract::ClientAddress;
use super::one_time::{self, Purpose};
use super::sessions;
use crate::error::AppError;
use crate::i18n::{Lang, format, text};
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::flash::{Flash, FlashMessage};

pub use super::commands::{has_admin, setup_link};

#[derive(Serialize)]
struct PasswordView<'a> {
    heading: String,
    intro: String,
    action: String,
    ask_email: bool,
    ask_name: bool,
    email: &'a str,
    name: &'a str,
    errors: std::collections::BTreeMap<String, String>,
}

impl<'a> PasswordView<'a> {
    fn invitation(
        lang: Lang,
        secret: &str,
        email: &'a str,
        name: &'a str,
        errors: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            heading: text(lang, "auth-password-welcome"),
            intro: format(lang, "auth-password-invited", &[("email", email.into())]),
            action: format!("/invitations/{secret}"),
            ask_email: false,
            ask_name: true,
            email,
            name,
            errors,
        }
    }

    fn reset(
        lang: Lang,
        secret: &str,
        email: &'a str,
        errors: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            heading: text(lang, "auth-password-new"),
            intro: format(lang, "auth-password-for", &[("email", email.into())]),
            action: format!("/password-reset/{secret}"),
            ask_email: false,
            ask_name: false,
            email,
            name: "",
            errors,
        }
    }

    fn setup(
        lang: Lang,
        secret: &str,
        email: &'a str,
        name: &'a str,
        errors: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            heading: text(lang, "auth-password-setup"),
            intro: text(lang, "auth-password-setup-intro"),
            action: format!("/setup/{secret}"),
            ask_email: true,
            ask_name: true,
            email,
            name,
            errors,
        }
    }
}

fn password_page(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &PasswordView<'_>,
) -> Result<Response, AppError> {
    let html = state.views.page(
        "auth/set_password",
        &page.layout(view.heading.clone(), ""),
        view,
    )?;
    Ok((status, html).into_response())
}

/// The unspent, unexpired link behind `secret`, or the 404 that says it is not valid.
async fn valid_link(
    state: &AppState,
    secret: &str,
    purpose: Purpose,
) -> Result<crate::entities::one_time_token::Model, AppError> {
    one_time::find(&state.db, secret, purpose)
        .await?
        .ok_or_else(expired)
}

pub async fn show_invitation(
    State(state): State<AppState>,
    page: PageContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::Invitation).await?;
    let view = PasswordView::invitation(page.lang, &secret, &link.email, "", Default::default());
    password_page(&state, &page, StatusCode::OK, &view)
}

/// Accepts an invitation: makes the account, spends the link, signs the person in.
pub async fn accept_invitation(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(secret): Path<String>,
    Form(form): Form<PasswordInput>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::Invitation).await?;
    match commands::accept_invitation(&state, &link, &form, request_id).await {
        Ok(session) => Ok(sessions::signed_in(&state, session, super::routes::START)),
        Err(AppError::Validation(errors)) => {
            let view = PasswordView::invitation(
                page.lang,
                &secret,
                &link.email,
                &form.name,
                errors.first_of_each(),
            );
            password_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}

#[derive(Serialize)]
struct ResetRequestView {
    sent: bool,
}

pub async fn show_reset_request(
    State(state): State<AppState>,
    page: PageContext,
) -> Result<Response, AppError> {
    let html = state.views.page(
        "auth/reset_request",
        &page.layout(text(page.lang, "auth-reset-title"), "login"),
        &ResetRequestView { sent: false },
    )?;
    Ok(html.into_response())
}

/// Emails a reset link if the account exists; answers the same either way.
pub async fn submit_reset_request(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    ClientAddress(address): ClientAddress,
    Form(form): Form<PasswordInput>,
) -> Result<Response, AppError> {
    commands::request_password_reset(&state, &form.email, address, request_id).await?;
    let html = state.views.page(
        "auth/reset_request",
        &page.layout(text(page.lang, "auth-reset-title"), "login"),
        &ResetRequestView { sent: true },
    )?;
    Ok(html.into_response())
}

pub async fn show_reset(
    State(state): State<AppState>,
    page: PageContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::PasswordReset).await?;
    let view = PasswordView::reset(page.lang, &secret, &link.email, Default::default());
    password_page(&state, &page, StatusCode::OK, &view)
}

/// Sets the new password, spends the link and ends every session of the account.
pub async fn submit_reset(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(secret): Path<String>,
    flash: Flash,
    Form(form): Form<PasswordInput>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::PasswordReset).await?;
    match commands::reset_password(&state, &link, &form, request_id).await {
        Ok(()) => Ok(flash.redirect(
            &FlashMessage::success(text(page.lang, "auth-password-changed")),
            "/login",
        )),
        Err(AppError::Validation(errors)) => {
            let view = PasswordView::reset(page.lang, &secret, &link.email, errors.first_of_each());
            password_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}

pub async fn show_setup(
    State(state): State<AppState>,
    page: PageContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    valid_link(&state, &secret, Purpose::Setup).await?;
    if has_admin(&state.db).await? {
        return Err(expired());
    }
    let view = PasswordView::setup(page.lang, &secret, "", "", Default::default());
    password_page(&state, &page, StatusCode::OK, &view)
}

pub async fn submit_setup(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(secret): Path<String>,
    Form(form): Form<PasswordInput>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::Setup).await?;
    match commands::set_up(&state, &link, &form, request_id).await {
        Ok(session) => Ok(sessions::signed_in(&state, session, "/users")),
        Err(AppError::Validation(errors)) => {
            let view = PasswordView::setup(
                page.lang,
                &secret,
                &form.email,
                &form.name,
                errors.first_of_each(),
            );
            password_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}
