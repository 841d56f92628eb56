//! The pages a member drafts an application with: start one, edit it, save it, or save and
//! submit it in one go. The writes are `commands`; a refusal shows the form again.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::access::{self, applicant_for, round_for};
use super::commands;
use super::form::{self, ApplicationForm, FormContext, Rows};
use super::model::{self, ApplicationInput};
use super::transitions;
use super::views::title_or_draft_in;
use super::workflow::Status;
use crate::auth::{Caller, CurrentUser};
use crate::entities::application;
use crate::error::{AppError, FieldErrors};
use crate::i18n::{self, Lang};
use crate::input::NumberInput;
use crate::rounds::model::{self as rounds, Round};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewParams {
    pub round_id: Option<String>,
}

fn new_form(round: &Round, organization_id: i64, lang: Lang) -> FormContext<'_> {
    FormContext {
        action: "/applications".to_owned(),
        heading: i18n::format(
            lang,
            "applications-form-new-heading",
            &[("round", round.model.name.clone().into())],
        ),
        round,
        organization_id,
        status: Status::Draft,
        draft_saved: false,
    }
}

pub async fn new_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<NewParams>,
) -> Result<Response, AppError> {
    let org = applicant_for(&state.db, &user, None).await?;
    let round_id = params.round_id.map(NumberInput::Text);
    let round = match round_for(&state.db, round_id.as_ref()).await {
        Ok(round) => round,
        Err(AppError::Validation(_)) => {
            return Ok(Redirect::to("/rounds").into_response());
        }
        Err(other) => return Err(other),
    };
    model::check_can_start(&round, &org)?;
    let context = new_form(&round, org.id, page.lang);
    let (input, errors) = (ApplicationInput::default(), FieldErrors::new());
    form::render(&state, &page, StatusCode::OK, context, &input, &errors).await
}

pub async fn create_application(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<ApplicationForm>,
) -> Result<Response, AppError> {
    if let Some(action) = form.row_action() {
        let input = form.with_rows_changed(action);
        let org = applicant_for(&state.db, &caller, input.organization_id.as_ref()).await?;
        let round = round_for(&state.db, input.round_id.as_ref()).await?;
        let context = new_form(&round, org.id, page.lang);
        let (status, errors) = (StatusCode::OK, FieldErrors::new());
        return form::render_rows(
            &state,
            &page,
            status,
            context,
            &input,
            &errors,
            Rows::AsTyped(action),
        )
        .await;
    }
    let input = form.input();
    match commands::create(&state.db, &caller, &input).await {
        Ok(loaded) => after_save(&state, &page, flash, loaded.app, &form).await,
        Err(AppError::Validation(errors)) => {
            // The organization and the round were found, or this would be their error again.
            let org = applicant_for(&state.db, &caller, input.organization_id.as_ref()).await?;
            let round = round_for(&state.db, input.round_id.as_ref()).await?;
            let context = new_form(&round, org.id, page.lang);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            form::render(&state, &page, status, context, &input, &errors).await
        }
        Err(other) => Err(other),
    }
}

/// After a save: back to the application, or on to the answers to check before submitting
/// when that was asked for. What is missing for a submission shows in the form, every message
/// beside its field; nothing is submitted until the person confirms on the check page.
async fn after_save(
    state: &AppState,
    page: &PageContext,
    flash: Flash,
    app: application::Model,
    form: &ApplicationForm,
) -> Result<Response, AppError> {
    let id = app.id;
    let status = app.status;
    if form.intent != "submit" {
        return Ok(flash.redirect(
            &FlashMessage::success(i18n::text(page.lang, "applications-flash-draft-saved")),
            &format!("/applications/{id}"),
        ));
    }
    let round = rounds::get(&state.db, app.round_id).await?;
    let loaded = model::load(&state.db, app).await?;
    let missing = transitions::missing(&state.db, &round, &loaded.content(&round)).await?;
    if missing.is_empty() {
        return Ok(Redirect::to(&format!("/applications/{id}/check")).into_response());
    }
    let context = FormContext {
        action: format!("/applications/{id}"),
        heading: i18n::text(page.lang, "applications-form-complete-heading"),
        round: &round,
        organization_id: loaded.app.organization_id,
        status,
        // The save went through; only the submission cannot go ahead yet: say so.
        draft_saved: true,
    };
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    form::render(state, page, status, context, &form.input(), &missing).await
}

fn edit_heading(lang: Lang, title: &str) -> String {
    i18n::format(
        lang,
        "applications-form-edit-heading",
        &[("title", title_or_draft_in(lang, title).into())],
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditParams {
    /// Set after a refused submission: show what is missing.
    pub check: Option<String>,
}

pub async fn edit_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
    Params(params): Params<EditParams>,
) -> Result<Response, AppError> {
    let (app, round) = access::editable(&state.db, &user, id).await?;
    let status = app.status;
    let organization_id = app.organization_id;
    let loaded = model::load(&state.db, app).await?;
    let errors = if params.check.is_some() {
        transitions::missing(&state.db, &round, &loaded.content(&round)).await?
    } else {
        FieldErrors::new()
    };
    let context = FormContext {
        action: format!("/applications/{id}"),
        heading: edit_heading(page.lang, &loaded.app.title),
        round: &round,
        organization_id,
        status,
        draft_saved: false,
    };
    let input = model::input_of(&loaded, &round);
    form::render(&state, &page, StatusCode::OK, context, &input, &errors).await
}

pub async fn update_application(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<ApplicationForm>,
) -> Result<Response, AppError> {
    if let Some(action) = form.row_action() {
        let input = form.with_rows_changed(action);
        let (app, round) = access::editable(&state.db, &caller, id).await?;
        let context = FormContext {
            action: format!("/applications/{id}"),
            heading: edit_heading(page.lang, &app.title),
            round: &round,
            organization_id: app.organization_id,
            status: app.status,
            draft_saved: false,
        };
        let (status, errors) = (StatusCode::OK, FieldErrors::new());
        return form::render_rows(
            &state,
            &page,
            status,
            context,
            &input,
            &errors,
            Rows::AsTyped(action),
        )
        .await;
    }
    let input = form.input();
    match commands::update(&state.db, &caller, id, input.clone()).await {
        Ok(loaded) => after_save(&state, &page, flash, loaded.app, &form).await,
        Err(AppError::Validation(errors)) => {
            let (app, round) = access::editable(&state.db, &caller, id).await?;
            let context = FormContext {
                action: format!("/applications/{id}"),
                heading: i18n::text(page.lang, "applications-form-edit-the-application"),
                round: &round,
                organization_id: app.organization_id,
                status: app.status,
                draft_saved: false,
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            form::render(&state, &page, status, context, &input, &errors).await
        }
        Err(other) => Err(other),
    }
}
