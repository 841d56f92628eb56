//! Every write of the awards feature, once: the API and the pages call the same function. Each
//! takes the award's lock (an installment or a report is changed under its award's, so that
//! nothing is paid twice nor beyond the award), checks that the caller sees the award (404
//! otherwise) and may do this (403), runs the model, and commits. What it answers is the award
//! as it is after, read in the same transaction.
//!
//! Who may do what: award steps, the signature, amendments and the schedule need
//! `ManageAward`; approving and paying an installment, and overriding its condition (two
//! different people), `PayInstallments`; cancelling one
//! `CancelInstallment`; submitting a report `SubmitReport` (the award's organization),
//! accepting one or sending it back `ReviewReports`.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::access;
use super::amendments::{self, AmendmentInput};
use super::disbursements::{self, InstallmentInput, OverrideInput, ScheduleRow};
use super::model::{self, AwardStepInput, Full};
use super::reminders::{self, ReminderEmail};
use super::reports::{self, ReportInput};
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::auth::Caller;
use crate::error::AppError;
use crate::notify::Mail;
use crate::policy::{self, Action};
use crate::state::AppState;

/// The award as the write left it.
async fn reloaded<C: ConnectionTrait>(db: &C, id: i64) -> Result<Full, AppError> {
    model::load(db, model::get(db, id).await?).await
}

/// Suspends, resumes, terminates or completes award `id`.
pub async fn take_award_step(
    state: &AppState,
    caller: &Caller,
    id: i64,
    step: AwardStep,
    input: &AwardStepInput,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let full = access::locked(&txn, caller, id, "award").await?;
    policy::authorize(caller, Action::ManageAward)?;
    model::take(&txn, &caller.actor(), full, step, input).await?;
    let after = reloaded(&txn, id).await?;
    super::notices::award_step(&txn, Mail::from(state), &after, step).await?;
    txn.commit().await?;
    Ok(after)
}

/// Records an amendment of award `id` and applies it.
pub async fn amend(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: &AmendmentInput,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let full = access::locked(&txn, caller, id, "award").await?;
    policy::authorize(caller, Action::ManageAward)?;
    amendments::amend(&txn, &caller.actor(), full, input).await?;
    let after = reloaded(&txn, id).await?;
    super::notices::amended(&txn, Mail::from(state), &after).await?;
    txn.commit().await?;
    Ok(after)
}

/// Records (or corrects) the date award `id`'s agreement was signed.
pub async fn record_signature(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    signed_on: &Option<String>,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let full = access::locked(&txn, caller, id, "award").await?;
    policy::authorize(caller, Action::ManageAward)?;
    model::record_signature(&txn, &caller.actor(), full, signed_on).await?;
    let after = reloaded(&txn, id).await?;
    txn.commit().await?;
    Ok(after)
}

/// Replaces award `id`'s installments still scheduled by `rows`.
pub async fn change_schedule(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    rows: &[ScheduleRow],
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let full = access::locked(&txn, caller, id, "award").await?;
    policy::authorize(caller, Action::ManageAward)?;
    disbursements::reschedule(&txn, &caller.actor(), &full, rows).await?;
    let after = reloaded(&txn, id).await?;
    txn.commit().await?;
    Ok(after)
}

/// Approves, pays or cancels installment `id`, under its award's lock.
pub async fn take_installment_step(
    state: &AppState,
    caller: &Caller,
    id: i64,
    step: InstallmentStep,
    input: &InstallmentInput,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let award_id = disbursements::get(&txn, id).await?.award_id;
    let full = access::locked(&txn, caller, award_id, "installment").await?;
    policy::authorize(
        caller,
        match step {
            InstallmentStep::Cancel => Action::CancelInstallment,
            InstallmentStep::Approve | InstallmentStep::Pay => Action::PayInstallments,
        },
    )?;
    disbursements::take(&txn, &caller.actor(), &full, id, step, input).await?;
    let after = reloaded(&txn, award_id).await?;
    super::notices::installment_step(&txn, Mail::from(state), &after, id, step).await?;
    txn.commit().await?;
    Ok(after)
}

/// Finance ask to approve installment `id` although its condition does not hold, with a reason;
/// a second person confirms it with [`confirm_installment_override`].
pub async fn override_installment(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: &OverrideInput,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let award_id = disbursements::get(&txn, id).await?.award_id;
    let full = access::locked(&txn, caller, award_id, "installment").await?;
    policy::authorize(caller, Action::PayInstallments)?;
    disbursements::request_override(&txn, &caller.actor(), &full, id, input).await?;
    let after = reloaded(&txn, award_id).await?;
    txn.commit().await?;
    Ok(after)
}

/// A second person (an administrator or another finance officer) confirms the override of
/// installment `id`, which may then be approved.
pub async fn confirm_installment_override(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let award_id = disbursements::get(&txn, id).await?.award_id;
    let full = access::locked(&txn, caller, award_id, "installment").await?;
    policy::authorize(caller, Action::PayInstallments)?;
    disbursements::confirm_override(&txn, &caller.actor(), &full, id).await?;
    let after = reloaded(&txn, award_id).await?;
    txn.commit().await?;
    Ok(after)
}

/// Saves a draft of report `id` (its organization), without submitting it.
pub async fn save_report_draft(
    state: &AppState,
    caller: &Caller,
    id: i64,
    input: &ReportInput,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let award_id = reports::get(&txn, id).await?.award_id;
    let full = access::locked(&txn, caller, award_id, "report").await?;
    policy::authorize(caller, Action::SubmitReport(&full.award))?;
    reports::save_draft(&txn, &caller.actor(), &full, id, input).await?;
    let after = reloaded(&txn, award_id).await?;
    txn.commit().await?;
    Ok(after)
}

/// Submits, accepts or sends back report `id`, under its award's lock.
pub async fn take_report_step(
    state: &AppState,
    caller: &Caller,
    id: i64,
    step: ReportStep,
    input: &ReportInput,
) -> Result<Full, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let award_id = reports::get(&txn, id).await?.award_id;
    let full = access::locked(&txn, caller, award_id, "report").await?;
    policy::authorize(
        caller,
        match step {
            ReportStep::Submit => Action::SubmitReport(&full.award),
            ReportStep::Accept | ReportStep::RequestRevision => Action::ReviewReports,
        },
    )?;
    let tolerance = state.settings.programme.overspend_tolerance_percent;
    reports::take(&txn, &caller.actor(), &full, id, step, input, tolerance).await?;
    let after = reloaded(&txn, award_id).await?;
    super::notices::report_step(&txn, Mail::from(state), &after, id, step).await?;
    txn.commit().await?;
    Ok(after)
}

/// The daily job: every report still owed gets the reminder it is due, once. Each reminder is
/// claimed and its emails queued in one transaction: a run that fails half-way leaves no
/// reminder claimed without its emails.
pub async fn send_reminders(state: &AppState, now: DateTime<Utc>) -> Result<String, AppError> {
    let today = now.date_naive();
    let mut sent = 0;
    for (report, award) in reminders::owed(&state.db, today).await? {
        let Some(reminder) = reminders::reminder_for(report.due_on, today) else {
            continue;
        };
        let txn = crate::db::begin_write(&state.db).await?;
        if !reminders::claim_reminder(&txn, report.id, &reminder, now).await? {
            continue;
        }
        let email = ReminderEmail::new(&award, &report, today, &state.settings.server.public_url);
        let guarded = crate::sensitivity::concerning(
            &txn,
            Some(&award.target_state),
            Some(award.organization_id),
        )
        .await?
        .guarded();
        let mail = Mail::from(state);
        for address in crate::members::model::addresses(&txn, award.organization_id).await? {
            let lang = crate::notify::language_of(&txn, &address).await?;
            if guarded {
                let link = format!("{}/awards/{}", mail.public_url, award.id);
                mail.attention(&txn, lang, &address, link).await?;
            } else {
                crate::notify::queue(
                    &txn,
                    &state.views,
                    lang,
                    "report_reminder",
                    &address,
                    &email,
                )
                .await?;
            }
        }
        txn.commit().await?;
        sent += 1;
    }
    Ok(format!("{sent} report reminders sent"))
}
