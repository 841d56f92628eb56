//! The forms of an award's page. Each calls its command, then goes back to the page with a
//! message, or shows the page again with the messages beside the form that failed and what was
//! typed in it (422).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::amendments::{self, AmendmentInput, LineInput, ScheduledInput};
use super::award_page::{Retry, render_award};
use super::award_sections::{ConfirmRow, LineRow, TypedValues, typed_schedule_rows};
use super::commands;
use super::disbursements::{self, InstallmentInput, OverrideInput, ScheduleRow};
use super::model::{self, AwardStepInput, Full};
use super::reports::{self, ReportInput, SpendingInput};
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::auth::Caller;
use crate::budget_category::Category;
use crate::error::{AppError, FieldErrors, sentence};
use crate::money::Money;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::StepOf;
use crate::web::flash::{Flash, FlashMessage};

/// Every field any of the award's forms posts.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct AwardForm {
    pub reason: String,
    pub message: String,
    pub paid_on: String,
    pub payment_reference: String,
    pub kind: String,
    pub ends_on: String,
    pub amount: Vec<String>,
    pub due_on: Vec<String>,
    pub condition: Vec<String>,
    pub condition_note: Vec<String>,
    pub line_category: Vec<String>,
    pub line_description: Vec<String>,
    pub line_amount: Vec<String>,
    pub narrative: String,
    pub outcomes: String,
    pub signed_on: String,
    pub spending_category: Vec<String>,
    pub spending_amount: Vec<String>,
    pub installment_sequence: Vec<String>,
    pub installment_amount: Vec<String>,
    pub paid_currency: String,
    pub paid_amount: String,
    pub rate: String,
}

fn nth(values: &[String], i: usize) -> String {
    values.get(i).cloned().unwrap_or_default()
}

impl AwardForm {
    fn typed(&self) -> TypedValues {
        TypedValues {
            spending_amounts: self.spending_amount.clone(),
            paid_on: self.paid_on.clone(),
            payment_reference: self.payment_reference.clone(),
            reason: self.reason.clone(),
            message: self.message.clone(),
            narrative: self.narrative.clone(),
            outcomes: self.outcomes.clone(),
            ends_on: self.ends_on.clone(),
            amount: self.amount.first().cloned().unwrap_or_default(),
            paid_currency: self.paid_currency.clone(),
            paid_amount: self.paid_amount.clone(),
            rate: self.rate.clone(),
            kind: self.kind.clone(),
            confirm_schedule: Vec::new(),
            budget_lines: Vec::new(),
            schedule: Vec::new(),
        }
    }

    /// Whether the budget line posted in row `i` is sent (a row without an amount is not).
    fn line_sent(&self, i: usize) -> bool {
        !nth(&self.line_amount, i).trim().is_empty()
    }

    /// The budget lines as typed, each category row with its message: the command numbers only
    /// the lines sent (`budget_lines[i]`), the page has a row per category.
    fn typed_lines(&self, errors: &FieldErrors) -> Vec<LineRow> {
        let mut sent = 0;
        (0..self.line_category.len())
            .map(|r| {
                let index = self.line_sent(r).then(|| {
                    sent += 1;
                    sent - 1
                });
                let category = nth(&self.line_category, r);
                let label = category
                    .trim()
                    .parse::<Category>()
                    .map(|c| c.label().to_owned())
                    .unwrap_or_else(|_| nth(&self.line_description, r));
                let error = index.and_then(|i| {
                    ["amount", "category"]
                        .iter()
                        .find_map(|f| errors.first(&format!("budget_lines[{i}].{f}")))
                        .map(|m| sentence(&format!("amount for {}", label.to_lowercase()), m))
                });
                LineRow {
                    value: category,
                    label,
                    amount: nth(&self.line_amount, r),
                    error,
                }
            })
            .collect()
    }

    /// The schedule confirmed with an amount change, when the form carried one.
    fn confirmed(&self) -> Option<Vec<ScheduledInput>> {
        (!self.installment_amount.is_empty()).then(|| {
            (0..self.installment_amount.len())
                .map(|i| ScheduledInput {
                    sequence: nth(&self.installment_sequence, i).trim().parse().ok(),
                    amount: nth(&self.installment_amount, i),
                })
                .collect()
        })
    }

    /// The rows of the schedule to confirm after an amount change was refused for want of one:
    /// what was typed, or else the proposal for the amount typed.
    fn confirm_rows(&self, full: &Full, errors: &FieldErrors) -> Vec<ConfirmRow> {
        let messages = errors.first_of_each();
        if !messages.keys().any(|k| k.starts_with("installments")) {
            return Vec::new();
        }
        let rows: Vec<ScheduledInput> = match self.confirmed() {
            Some(typed) => typed,
            None => {
                let typed = self.amount.first().map(String::as_str).unwrap_or_default();
                let Ok(amount) = Money::parse(typed, full.currency()) else {
                    return Vec::new();
                };
                amendments::proposal(full, amount.minor())
                    .into_iter()
                    .map(|p| ScheduledInput {
                        sequence: p.sequence,
                        amount: full.money(p.amount_minor).amount().to_string(),
                    })
                    .collect()
            }
        };
        rows.into_iter()
            .enumerate()
            .map(|(i, row)| {
                let current = row
                    .sequence
                    .and_then(|n| full.disbursements.iter().find(|d| d.sequence == n));
                let label = match (row.sequence, current) {
                    (Some(n), Some(d)) => format!(
                        "Installment #{n}, now {}{}",
                        full.money(d.amount_minor).display(),
                        d.due_on
                            .map(|due| format!(", due {due}"))
                            .unwrap_or_default()
                    ),
                    (Some(n), None) => format!("Installment #{n}"),
                    (None, _) => "A new installment, at the award's end".to_owned(),
                };
                let error = [
                    format!("installments[{i}].amount"),
                    format!("installments[{i}].sequence"),
                ]
                .iter()
                .find_map(|k| messages.get(k).cloned());
                ConfirmRow {
                    sequence: row.sequence.map(|n| n.to_string()).unwrap_or_default(),
                    label,
                    amount: row.amount,
                    error,
                }
            })
            .collect()
    }

    fn award_step(&self) -> AwardStepInput {
        AwardStepInput {
            reason: Some(self.reason.clone()),
        }
    }

    /// The budget lines typed, those without an amount left out.
    fn amendment(&self) -> AmendmentInput {
        let lines = (0..self.line_category.len())
            .map(|i| LineInput {
                category: nth(&self.line_category, i),
                description: nth(&self.line_description, i),
                amount: nth(&self.line_amount, i),
            })
            .enumerate()
            .filter(|(i, _)| self.line_sent(*i))
            .map(|(_, l)| l)
            .collect();
        AmendmentInput {
            kind: Some(self.kind.clone()),
            reason: Some(self.reason.clone()),
            ends_on: Some(self.ends_on.clone()),
            amount: self.amount.first().cloned(),
            budget_lines: Some(lines),
            installments: self.confirmed(),
        }
    }

    fn schedule(&self) -> Vec<ScheduleRow> {
        (0..self.amount.len())
            .map(|i| ScheduleRow {
                amount: nth(&self.amount, i),
                due_on: nth(&self.due_on, i),
                condition: nth(&self.condition, i),
                condition_note: nth(&self.condition_note, i),
            })
            .collect()
    }

    fn installment(&self) -> InstallmentInput {
        InstallmentInput {
            paid_on: Some(self.paid_on.clone()),
            payment_reference: Some(self.payment_reference.clone()),
            reason: Some(self.reason.clone()),
            paid_currency: Some(self.paid_currency.clone()),
            paid_amount: Some(self.paid_amount.clone()),
            rate: Some(self.rate.clone()),
        }
    }

    /// The outcomes one a line.
    fn report(&self) -> ReportInput {
        ReportInput {
            narrative: Some(self.narrative.clone()),
            outcomes: Some(self.outcomes.lines().map(str::to_owned).collect()),
            spending: Some(
                (0..self.spending_category.len())
                    .map(|i| SpendingInput {
                        category: nth(&self.spending_category, i),
                        amount: nth(&self.spending_amount, i),
                    })
                    .collect(),
            ),
            message: Some(self.message.clone()),
        }
    }
}

/// Back to the award's page with `done`.
fn done(flash: Flash, full: &Full, done: &str) -> Response {
    flash.redirect(
        &FlashMessage::success(done),
        &format!("/awards/{}", full.award.id),
    )
}

/// The award's page again, as it is now (the failed write was rolled back), with `errors`
/// beside the form named `errors_for` and what was typed (422).
async fn again(
    state: &AppState,
    page: &PageContext,
    caller: &Caller,
    award_id: i64,
    errors_for: String,
    errors: FieldErrors,
    form: &AwardForm,
) -> Result<Response, AppError> {
    again_as(
        StatusCode::UNPROCESSABLE_ENTITY,
        state,
        page,
        caller,
        award_id,
        errors_for,
        errors,
        form,
    )
    .await
}

/// [`again`] with another status: 409 for a rule the write broke (a condition not met).
#[allow(clippy::too_many_arguments)]
async fn again_as(
    status: StatusCode,
    state: &AppState,
    page: &PageContext,
    caller: &Caller,
    award_id: i64,
    errors_for: String,
    errors: FieldErrors,
    form: &AwardForm,
) -> Result<Response, AppError> {
    let full = model::load(&state.db, model::get(&state.db, award_id).await?).await?;
    let mut typed = form.typed();
    if errors_for == "amend" {
        typed.confirm_schedule = form.confirm_rows(&full, &errors);
        typed.budget_lines = form.typed_lines(&errors);
    }
    if errors_for == "schedule" {
        typed.schedule = typed_schedule_rows(page.lang, &full, &form.schedule(), &errors);
    }
    let retry = Retry {
        errors_for,
        errors,
        typed,
        thread: None,
        documents: None,
    };
    render_award(state, page, caller, &full, status, retry).await
}

/// Suspend, resume, terminate, complete: the step is the path's last segment, and names the
/// form.
pub async fn take_award_step(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    StepOf(step): StepOf<AwardStep>,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::take_award_step(&state, &caller, id, step, &form.award_step()).await {
        Ok(full) => Ok(done(
            flash,
            &full,
            match step {
                AwardStep::Suspend => "The award is suspended.",
                AwardStep::Resume => "The award is active again.",
                AwardStep::Terminate => "The award is terminated.",
                AwardStep::Complete => "The award is completed.",
            },
        )),
        Err(AppError::Validation(errors)) => {
            let errors_for = step.as_str().to_owned();
            again(&state, &page, &caller, id, errors_for, errors, &form).await
        }
        Err(other) => Err(other),
    }
}

pub async fn amend_award(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::amend(&state, &caller, id, &form.amendment()).await {
        Ok(full) => Ok(done(flash, &full, "The amendment is recorded.")),
        Err(AppError::Validation(errors)) => {
            again(
                &state,
                &page,
                &caller,
                id,
                "amend".to_owned(),
                errors,
                &form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

pub async fn sign_award(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    let signed_on = Some(form.signed_on.clone());
    match commands::record_signature(&state.db, &caller, id, &signed_on).await {
        Ok(full) => Ok(done(flash, &full, "The signature date is recorded.")),
        Err(AppError::Validation(errors)) => {
            again(&state, &page, &caller, id, "sign".to_owned(), errors, &form).await
        }
        Err(other) => Err(other),
    }
}

pub async fn change_schedule(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::change_schedule(&state.db, &caller, id, &form.schedule()).await {
        Ok(full) => Ok(done(flash, &full, "The payment schedule is saved.")),
        Err(AppError::Validation(errors)) => {
            again(
                &state,
                &page,
                &caller,
                id,
                "schedule".to_owned(),
                errors,
                &form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// Approve, pay, cancel an installment; its form is named after the step and the installment
/// (`pay-3`).
pub async fn take_installment_step(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    StepOf(step): StepOf<InstallmentStep>,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::take_installment_step(&state, &caller, id, step, &form.installment()).await {
        Ok(full) => Ok(done(
            flash,
            &full,
            match step {
                InstallmentStep::Approve => "The installment is approved for payment.",
                InstallmentStep::Pay => "The installment is recorded as paid.",
                InstallmentStep::Cancel => "The installment is cancelled.",
            },
        )),
        Err(AppError::Validation(errors)) => {
            let award_id = disbursements::get(&state.db, id).await?.award_id;
            let errors_for = format!("{}-{id}", step.as_str());
            again(&state, &page, &caller, award_id, errors_for, errors, &form).await
        }
        Err(AppError::Conflict(message)) if step == InstallmentStep::Approve => {
            let award_id = disbursements::get(&state.db, id).await?.award_id;
            let errors = FieldErrors::one("installment", message);
            let errors_for = format!("approve-{id}");
            again_as(
                StatusCode::CONFLICT,
                &state,
                &page,
                &caller,
                award_id,
                errors_for,
                errors,
                &form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// Asks to override an installment's unmet condition (finance); the form is `override-{id}`.
pub async fn override_installment(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    let input = OverrideInput {
        reason: Some(form.reason.clone()),
    };
    match commands::override_installment(&state, &caller, id, &input).await {
        Ok(full) => Ok(done(
            flash,
            &full,
            "The override is recorded: a second person (an administrator or another finance \
             officer) must confirm it before the installment is approved.",
        )),
        Err(AppError::Validation(errors)) => {
            let award_id = disbursements::get(&state.db, id).await?.award_id;
            let errors_for = format!("override-{id}");
            again(&state, &page, &caller, award_id, errors_for, errors, &form).await
        }
        Err(other) => Err(other),
    }
}

/// A second person confirms an installment's override.
pub async fn confirm_installment_override(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::confirm_installment_override(&state, &caller, id).await {
        Ok(full) => Ok(done(
            flash,
            &full,
            "The override is confirmed: the installment may be approved.",
        )),
        Err(AppError::Conflict(message)) => {
            let award_id = disbursements::get(&state.db, id).await?.award_id;
            let errors = FieldErrors::one("installment", message);
            again_as(
                StatusCode::CONFLICT,
                &state,
                &page,
                &caller,
                award_id,
                format!("confirm-override-{id}"),
                errors,
                &form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// Saves the report form as a draft (its "Save draft" button); the form is `draft-7`.
pub async fn save_report_draft(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::save_report_draft(&state, &caller, id, &form.report()).await {
        Ok(full) => Ok(done(
            flash,
            &full,
            "The draft is saved. Submit the report when it is complete.",
        )),
        Err(AppError::Validation(errors)) => {
            let award_id = reports::get(&state.db, id).await?.award_id;
            again(
                &state,
                &page,
                &caller,
                award_id,
                format!("draft-{id}"),
                errors,
                &form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// Submit, accept, request a revision of a report; its form is named after the step and the
/// report (`submit-7`).
pub async fn take_report_step(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    StepOf(step): StepOf<ReportStep>,
    Path(id): Path<i64>,
    Form(form): Form<AwardForm>,
) -> Result<Response, AppError> {
    match commands::take_report_step(&state, &caller, id, step, &form.report()).await {
        Ok(full) => Ok(done(
            flash,
            &full,
            match step {
                ReportStep::Submit => "The report is submitted to ICBL. Thank you.",
                ReportStep::Accept => "The report is accepted.",
                ReportStep::RequestRevision => "The report is sent back for revision.",
            },
        )),
        Err(AppError::Validation(errors)) => {
            let award_id = reports::get(&state.db, id).await?.award_id;
            let errors_for = format!("{}-{id}", step.as_str());
            again(&state, &page, &caller, award_id, errors_for, errors, &form).await
        }
        Err(other) => Err(other),
    }
}
