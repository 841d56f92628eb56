//! `/inbox`: the attention inbox as a page, with a form to resolve each flag.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, Response};

use super::{InboxParams, load};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::flags::ResolveInput;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

pub async fn show_inbox(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<InboxParams>,
) -> Result<Html<String>, AppError> {
    policy::authorize(&user, Action::ViewInbox)?;
    let body = load(&state.db, &params).await?;
    state.views.page(
        "inbox/show",
        &page.layout("Attention inbox", "inbox"),
        &body,
    )
}

pub async fn resolve_flag_form(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(input): Form<ResolveInput>,
) -> Result<Response, AppError> {
    match super::commands::resolve_flag(&state.db, &caller, id, &input).await {
        Ok(flag) => Ok(flash.redirect(
            &FlashMessage::success(format!("Resolved: {}.", flag.label.to_lowercase())),
            "/inbox",
        )),
        Err(AppError::Conflict(message) | AppError::NotFound(message)) => Ok(flash.redirect(
            &FlashMessage::warning(format!("Not resolved: {message}.")),
            "/inbox",
        )),
        Err(AppError::Validation(errors)) => Ok(flash.redirect(
            &FlashMessage::warning(format!(
                "Not resolved: the note {}.",
                errors.first("note").unwrap_or("is not valid")
            )),
            "/inbox",
        )),
        Err(other) => Err(other),
    }
}
