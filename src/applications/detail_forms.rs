//! What the forms of an application's page post to: the steps of the workflow, the assignment
//! of a reviewer, a reviewer's declaration and review. Each calls its command, then redirects
//! with a flash; refused, the page comes back with what was typed and the reasons next to the
//! fields (422) or next to the button pressed (409), listed in the error summary.

use axum::extract::{Path, State};
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::access::get_visible;
use super::commands;
use super::detail::{Refusal, RefusedForm, Retry, StepValues, Unsubmitted, render_application};
use super::model;
use super::reviews::ReviewInput;
use super::transitions::StepInput;
use super::workflow::{self, Party, Step};
use crate::auth::Caller;
use crate::entities::application;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::input::NumberInput;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::StepOf;
use crate::web::flash::{Flash, FlashMessage};

/// The forms of the steps: each posts the fields its step takes.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub message: String,
    pub reason: String,
    pub amount: String,
    pub starts_on: String,
    pub ends_on: String,
    pub conditions: String,
}

impl StepForm {
    fn input(&self) -> StepInput {
        let some = |v: &str| Some(v.to_owned());
        StepInput {
            message: some(&self.message),
            reason: some(&self.reason),
            amount: some(&self.amount),
            starts_on: some(&self.starts_on),
            ends_on: some(&self.ends_on),
            conditions: some(&self.conditions),
        }
    }

    fn values(&self) -> StepValues {
        StepValues {
            message: self.message.clone(),
            reason: self.reason.clone(),
            amount: self.amount.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
            conditions: self.conditions.clone(),
        }
    }
}

/// What the flash says after a step, for the person who took it.
fn done_message(step: Step, app: &application::Model, lang: Lang) -> String {
    let reference = app.reference.clone().unwrap_or_default();
    let id = match step {
        Step::Submit => {
            return i18n::format(
                lang,
                "applications-flash-submitted",
                &[("reference", reference.into())],
            );
        }
        Step::Resubmit => "applications-flash-resubmitted",
        Step::Withdraw => "applications-flash-withdrawn",
        Step::StartReview => "applications-flash-review-started",
        Step::RequestChanges => "applications-flash-changes-requested",
        Step::Approve => "applications-flash-approved",
        Step::Reject => "applications-flash-rejected",
    };
    i18n::text(lang, id)
}

/// The catalogue's sentence for a step refused as a whole.
fn refused_id(step: Step) -> &'static str {
    match step {
        Step::Submit => "applications-refused-submit",
        Step::Resubmit => "applications-refused-resubmit",
        Step::Withdraw => "applications-refused-withdraw",
        Step::StartReview => "applications-refused-start-review",
        Step::RequestChanges => "applications-refused-request-changes",
        Step::Approve => "applications-refused-approve",
        Step::Reject => "applications-refused-reject",
    }
}

/// Sentence `id` with the rule's `reason` (a 409's message, English in the code) in `lang`.
fn refused_sentence(lang: Lang, id: &str, reason: &str) -> String {
    let reason = reason.trim().trim_end_matches('.');
    let reason = i18n::phrases::translate(lang, reason).into_owned();
    let args = [("reason", reason.into())];
    i18n::format(lang, id, &args)
}

/// Every step's form (`/applications/{id}/submit`, `.../approve`, ...): the step is the last
/// segment of the path.
pub async fn take_step(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    StepOf(step): StepOf<Step>,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> Result<Response, AppError> {
    match commands::take_step(&state, &caller, id, step, &form.input()).await {
        Ok(taken) => Ok(flash.redirect(
            &FlashMessage::success(done_message(step, &taken.app, page.lang)),
            &format!("/applications/{id}"),
        )),
        // What the application lacks, each with a link to where it is given; the draft stays
        // as saved.
        Err(AppError::Validation(missing)) if step.party() == Party::Member => {
            let app = get_visible(&state.db, &caller, id).await?;
            let retry = Retry {
                unsubmitted: Some(Unsubmitted { step, missing }),
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        Err(AppError::Validation(errors)) => {
            let app = get_visible(&state.db, &caller, id).await?;
            let retry = Retry {
                errors,
                values: form.values(),
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        Err(AppError::Conflict(reason)) => {
            let app = get_visible(&state.db, &caller, id).await?;
            // Moved on since the page was shown (a colleague, another tab): its status now.
            let reason = match workflow::next(app.status, step) {
                Err(_) => i18n::format(
                    page.lang,
                    "applications-refused-status-now",
                    &[(
                        "status",
                        app.status.label_in(page.lang).to_lowercase().into(),
                    )],
                ),
                Ok(_) => reason,
            };
            let retry = Retry {
                values: form.values(),
                refused: Some(Refusal {
                    form: RefusedForm::of(step),
                    sentence: refused_sentence(page.lang, refused_id(step), &reason),
                }),
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    pub user_id: String,
}

pub async fn assign_reviewer(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    let reviewer_id = form.user_id.trim().parse().ok();
    match commands::assign_reviewer(&state, &caller, id, reviewer_id).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(i18n::text(
                page.lang,
                "applications-flash-reviewer-assigned",
            )),
            &format!("/applications/{id}#reviews"),
        )),
        Err(AppError::Validation(errors)) => {
            let app = model::get(&state.db, id).await?;
            let retry = Retry {
                errors,
                reviewer: form.user_id,
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        Err(AppError::Conflict(reason)) => {
            let app = model::get(&state.db, id).await?;
            let retry = Retry {
                reviewer: form.user_id,
                refused: Some(Refusal {
                    form: RefusedForm::Assign,
                    sentence: refused_sentence(page.lang, "applications-refused-assign", &reason),
                }),
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    pub no_conflict: Option<String>,
    pub relevance: Option<String>,
    pub feasibility: Option<String>,
    pub value_for_money: Option<String>,
    pub capacity: Option<String>,
    pub recommendation: Option<String>,
    pub comment: Option<String>,
}

impl ReviewForm {
    fn input(&self) -> ReviewInput {
        let number = |v: &Option<String>| v.clone().map(NumberInput::Text);
        ReviewInput {
            no_conflict: self.no_conflict.clone().map(crate::input::YesNo::Text),
            relevance: number(&self.relevance),
            feasibility: number(&self.feasibility),
            value_for_money: number(&self.value_for_money),
            capacity: number(&self.capacity),
            recommendation: self.recommendation.clone(),
            comment: self.comment.clone(),
        }
    }
}

pub async fn submit_review(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    let input = form.input();
    match commands::submit_review(&state.db, &caller, id, &input).await {
        Ok(reviewed) => {
            let message = i18n::text(
                page.lang,
                if reviewed.declared_only {
                    "applications-flash-declared"
                } else {
                    "applications-flash-review-saved"
                },
            );
            Ok(flash.redirect(
                &FlashMessage::success(message),
                &format!("/applications/{id}#review"),
            ))
        }
        Err(AppError::Validation(errors)) => {
            let app = get_visible(&state.db, &caller, id).await?;
            let retry = Retry {
                errors,
                review: Some(input),
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        // A conflict of interest, reviews closed: said next to the button, the review kept.
        Err(AppError::Conflict(reason)) => {
            let app = get_visible(&state.db, &caller, id).await?;
            // Only the declaration's form sends `no_conflict`.
            let id = if input.no_conflict.is_some() {
                "applications-refused-declare"
            } else {
                "applications-refused-review"
            };
            let retry = Retry {
                review: Some(input),
                refused: Some(Refusal {
                    form: RefusedForm::Review,
                    sentence: refused_sentence(page.lang, id, &reason),
                }),
                ..Retry::default()
            };
            render_application(&state, &page, &caller, app, retry).await
        }
        Err(other) => Err(other),
    }
}
