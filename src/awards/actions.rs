//! The forms of an award's page: each runs its model function in one transaction under the
//! award's lock, then goes back to the page with a message, or shows the page again with the
//! messages beside the form that failed.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::amendments::{self, AmendmentInput, LineInput};
use super::api::visible_award;
use super::disbursements::{self, InstallmentInput, ScheduleRow};
use super::model::{self, AwardStepInput, Full};
use super::pages::{Retry, TypedValues, render_award};
use super::reports::{self, ReportInput, SpendingInput};
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::audit::Actor;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
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
    pub line_category: Vec<String>,
    pub line_description: Vec<String>,
    pub line_amount: Vec<String>,
    pub narrative: String,
    pub outcomes: String,
    pub signed_on: String,
    pub spending_category: Vec<String>,
    pub spending_amount: Vec<String>,
}

fn nth(values: &[String], i: usize) -> String {
    values.get(i).cloned().unwrap_or_default()
}

impl AwardForm {
    fn typed(&self) -> TypedValues {
        TypedValues {
            paid_on: self.paid_on.clone(),
            payment_reference: self.payment_reference.clone(),
            reason: self.reason.clone(),
            message: self.message.clone(),
            narrative: self.narrative.clone(),
            outcomes: self.outcomes.clone(),
            ends_on: self.ends_on.clone(),
            amount: self.amount.first().cloned().unwrap_or_default(),
        }
    }
}

/// What a form does, on the locked award.
enum Change {
    Award(AwardStep),
    Sign,
    Amend,
    Schedule,
    Installment(i64, InstallmentStep),
    Report(i64, ReportStep),
}

impl Change {
    fn authorize(&self, user: &CurrentUser, full: &Full) -> Result<(), AppError> {
        let action = match self {
            Change::Award(_) | Change::Sign | Change::Amend | Change::Schedule => {
                Action::ManageAward
            }
            Change::Installment(_, InstallmentStep::Cancel) => Action::CancelInstallment,
            Change::Installment(..) => Action::PayInstallments,
            Change::Report(_, ReportStep::Submit) => Action::SubmitReport(&full.award),
            Change::Report(..) => Action::ReviewReports,
        };
        policy::authorize(user, action)
    }

    /// The form the messages go beside.
    fn form(&self) -> String {
        match self {
            Change::Award(step) => step.as_str().to_owned(),
            Change::Sign => "sign".to_owned(),
            Change::Amend => "amend".to_owned(),
            Change::Schedule => "schedule".to_owned(),
            Change::Installment(id, step) => format!("{}-{id}", step.as_str()),
            Change::Report(id, step) => format!("{}-{id}", step.as_str()),
        }
    }

    fn done(&self) -> &'static str {
        match self {
            Change::Award(AwardStep::Suspend) => "The award is suspended.",
            Change::Award(AwardStep::Resume) => "The award is active again.",
            Change::Award(AwardStep::Terminate) => "The award is terminated.",
            Change::Award(AwardStep::Complete) => "The award is completed.",
            Change::Sign => "The signature date is recorded.",
            Change::Amend => "The amendment is recorded.",
            Change::Schedule => "The payment schedule is saved.",
            Change::Installment(_, InstallmentStep::Approve) => {
                "The installment is approved for payment."
            }
            Change::Installment(_, InstallmentStep::Pay) => "The installment is recorded as paid.",
            Change::Installment(_, InstallmentStep::Cancel) => "The installment is cancelled.",
            Change::Report(_, ReportStep::Submit) => "The report is submitted to ICBL. Thank you.",
            Change::Report(_, ReportStep::Accept) => "The report is accepted.",
            Change::Report(_, ReportStep::RequestRevision) => {
                "The report is sent back for revision."
            }
        }
    }
}

async fn apply(
    txn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    full: Full,
    change: &Change,
    form: &AwardForm,
) -> Result<(), AppError> {
    match change {
        Change::Award(step) => {
            let input = AwardStepInput {
                reason: Some(form.reason.clone()),
            };
            model::take(txn, actor, full, *step, &input).await?;
        }
        Change::Sign => {
            model::record_signature(txn, actor, full, &Some(form.signed_on.clone())).await?;
        }
        Change::Amend => {
            let lines = (0..form.line_category.len())
                .map(|i| LineInput {
                    category: nth(&form.line_category, i),
                    description: nth(&form.line_description, i),
                    amount: nth(&form.line_amount, i),
                })
                .filter(|l| !l.amount.trim().is_empty())
                .collect();
            let input = AmendmentInput {
                kind: Some(form.kind.clone()),
                reason: Some(form.reason.clone()),
                ends_on: Some(form.ends_on.clone()),
                amount: form.amount.first().cloned(),
                budget_lines: Some(lines),
            };
            amendments::amend(txn, actor, full, &input).await?;
        }
        Change::Schedule => {
            let rows: Vec<ScheduleRow> = (0..form.amount.len())
                .map(|i| ScheduleRow {
                    amount: nth(&form.amount, i),
                    due_on: nth(&form.due_on, i),
                    condition: nth(&form.condition, i),
                })
                .collect();
            disbursements::reschedule(txn, actor, &full, &rows).await?;
        }
        Change::Installment(id, step) => {
            let input = InstallmentInput {
                paid_on: Some(form.paid_on.clone()),
                payment_reference: Some(form.payment_reference.clone()),
                reason: Some(form.reason.clone()),
            };
            disbursements::take(txn, actor, &full, *id, *step, &input).await?;
        }
        Change::Report(id, step) => {
            let input = ReportInput {
                narrative: Some(form.narrative.clone()),
                outcomes: Some(form.outcomes.lines().map(str::to_owned).collect()),
                spending: Some(
                    (0..form.spending_category.len())
                        .map(|i| SpendingInput {
                            category: nth(&form.spending_category, i),
                            amount: nth(&form.spending_amount, i),
                        })
                        .collect(),
                ),
                message: Some(form.message.clone()),
            };
            reports::take(txn, actor, &full, *id, *step, &input).await?;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn run(
    state: AppState,
    page: PageContext,
    user: CurrentUser,
    request_id: Option<String>,
    flash: Flash,
    award_id: i64,
    change: Change,
    form: AwardForm,
) -> Result<Response, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let full = visible_award(&txn, &user, award_id).await?;
    change.authorize(&user, &full)?;
    let actor = Actor::user(&user, request_id);
    match apply(&txn, &actor, full, &change, &form).await {
        Ok(()) => {
            txn.commit().await?;
            Ok(flash.redirect(
                &FlashMessage::success(change.done()),
                &format!("/awards/{award_id}"),
            ))
        }
        Err(AppError::Validation(errors)) => {
            drop(txn);
            let full = model::load(&state.db, model::get(&state.db, award_id).await?).await?;
            let retry = Retry {
                errors_for: change.form(),
                errors,
                typed: form.typed(),
            };
            render_award(
                &state,
                &page,
                &user,
                &full,
                StatusCode::UNPROCESSABLE_ENTITY,
                retry,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

macro_rules! award_forms {
    ($($name:ident => $change:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                page: PageContext,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                flash: Flash,
                Path(id): Path<i64>,
                Form(form): Form<AwardForm>,
            ) -> Result<Response, AppError> {
                run(state, page, user, request_id, flash, id, $change, form).await
            }
        )+
    };
}

award_forms!(
    suspend_award => Change::Award(AwardStep::Suspend),
    resume_award => Change::Award(AwardStep::Resume),
    terminate_award => Change::Award(AwardStep::Terminate),
    complete_award => Change::Award(AwardStep::Complete),
    amend_award => Change::Amend,
    sign_award => Change::Sign,
    change_schedule => Change::Schedule,
);

macro_rules! installment_forms {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                page: PageContext,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                flash: Flash,
                Path(id): Path<i64>,
                Form(form): Form<AwardForm>,
            ) -> Result<Response, AppError> {
                let award_id = disbursements::get(&state.db, id).await?.award_id;
                run(state, page, user, request_id, flash, award_id, Change::Installment(id, $step), form).await
            }
        )+
    };
}

installment_forms!(
    approve_installment => InstallmentStep::Approve,
    pay_installment => InstallmentStep::Pay,
    cancel_installment => InstallmentStep::Cancel,
);

macro_rules! report_forms {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                page: PageContext,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                flash: Flash,
                Path(id): Path<i64>,
                Form(form): Form<AwardForm>,
            ) -> Result<Response, AppError> {
                let award_id = reports::get(&state.db, id).await?.award_id;
                run(state, page, user, request_id, flash, award_id, Change::Report(id, $step), form).await
            }
        )+
    };
}

report_forms!(
    submit_report => ReportStep::Submit,
    accept_report => ReportStep::Accept,
    request_report_revision => ReportStep::RequestRevision,
);
