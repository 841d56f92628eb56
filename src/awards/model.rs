//! Awards: created at approval with their proposed payment schedule and the reports they owe;
//! read whole; suspended, resumed, terminated, completed; signed. The list is in `list`.

use chrono::{Days, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::Deserialize;

use super::conditions::{Condition, ConditionKind};
use super::workflow::{AwardStatus, AwardStep, InstallmentStatus, ReportStatus, award_next};
use crate::audit::{self, Actor};
use crate::dates::{parse_record_date, today};
use crate::entities::{amendment, application, award, disbursement, report};
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::input::text;
use crate::money::{Currency, Money};
use crate::rounds::model::{ReportKind, Round};

/// The share of an award paid on signature; the rest after the final report.
const FIRST_SHARE_PERCENT: i64 = 70;

/// An installment as proposed or edited: amount, due date, what it waits for (checked, and in
/// words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Installment {
    pub amount_minor: i64,
    pub due_on: Option<NaiveDate>,
    pub condition: Condition,
    pub condition_note: String,
}

/// 70% on signature (due when the award starts), 30% after the final reports are accepted (due
/// with them).
/// The two add up to the amount exactly: the second takes what the first's rounding leaves.
pub fn proposed_schedule(
    amount_minor: i64,
    starts_on: NaiveDate,
    final_due: NaiveDate,
) -> Vec<Installment> {
    let first = amount_minor * FIRST_SHARE_PERCENT / 100;
    vec![
        Installment {
            amount_minor: first,
            due_on: Some(starts_on),
            condition: Condition::of(ConditionKind::OnSignature),
            condition_note: String::new(),
        },
        Installment {
            amount_minor: amount_minor - first,
            due_on: Some(final_due),
            condition: Condition::of(ConditionKind::AfterFinalReports),
            condition_note: String::new(),
        },
    ]
}

/// What an approval decided.
pub struct NewAward<'a> {
    pub round: &'a Round,
    pub app: &'a application::Model,
    pub amount: Money,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub conditions: String,
}

fn days_after(date: NaiveDate, days: i32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::try_from(days).unwrap_or(0)))
        .unwrap_or(date)
}

/// Creates the award of an approved application, with its proposed schedule and its reports
/// (due dates from the round's schedule: an interim report's counted from the start, a final
/// report's from the end).
pub async fn create<C: ConnectionTrait>(
    db: &C,
    new: NewAward<'_>,
) -> Result<award::Model, AppError> {
    let now = Utc::now();
    // The round's form refuses a kind it does not know: one here was stored some other way.
    let schedule = new
        .round
        .report_schedule
        .iter()
        .map(|due| {
            let kind = due.kind.parse::<ReportKind>().map_err(|e| {
                AppError::Internal(anyhow::anyhow!(
                    "round {} holds a report kind the code does not know: {e}",
                    new.round.id()
                ))
            })?;
            // A final report counts from the award's end, an interim one from its start.
            let from = if is_final(kind) {
                new.ends_on
            } else {
                new.starts_on
            };
            Ok((kind, days_after(from, due.due_after_days)))
        })
        .collect::<Result<Vec<(ReportKind, NaiveDate)>, AppError>>()?;
    let award = award::ActiveModel {
        application_id: Set(new.app.id),
        round_id: Set(new.app.round_id),
        organization_id: Set(new.app.organization_id),
        target_state: Set(new.app.target_state.clone().unwrap_or_default()),
        reference: Set(new.app.reference.clone().unwrap_or_default()),
        amount_minor: Set(new.amount.minor()),
        amount_currency: Set(new.round.currency),
        status: Set(AwardStatus::Active),
        starts_on: Set(new.starts_on),
        ends_on: Set(new.ends_on),
        conditions: Set(new.conditions),
        signed_on: Set(None),
        status_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let reports: Vec<report::ActiveModel> = schedule
        .iter()
        .map(|&(kind, due_on)| report::ActiveModel {
            award_id: Set(award.id),
            kind: Set(kind),
            due_on: Set(due_on),
            status: Set(ReportStatus::Due),
            narrative: Set(String::new()),
            outcomes: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    let final_due = schedule
        .iter()
        .filter(|(kind, _)| is_final(*kind))
        .map(|(_, due_on)| *due_on)
        .max()
        .unwrap_or(new.ends_on);
    if !reports.is_empty() {
        report::Entity::insert_many(reports).exec(db).await?;
    }
    let installments = proposed_schedule(award.amount_minor, new.starts_on, final_due);
    insert_installments(db, award.id, 1, &installments).await?;
    Ok(award)
}

pub async fn insert_installments<C: ConnectionTrait>(
    db: &C,
    award_id: i64,
    first_sequence: i32,
    installments: &[Installment],
) -> Result<(), AppError> {
    let now = Utc::now();
    let rows: Vec<disbursement::ActiveModel> = installments
        .iter()
        .zip(first_sequence..)
        .map(|(i, sequence)| disbursement::ActiveModel {
            award_id: Set(award_id),
            sequence: Set(sequence),
            amount_minor: Set(i.amount_minor),
            due_on: Set(i.due_on),
            condition: Set(i.condition_note.clone()),
            condition_kind: Set(i.condition.kind),
            condition_report_id: Set(i.condition.report_id),
            status: Set(InstallmentStatus::Scheduled),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    if !rows.is_empty() {
        disbursement::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

/// An award with everything it holds.
#[derive(Clone, Debug)]
pub struct Full {
    pub award: award::Model,
    pub disbursements: Vec<disbursement::Model>,
    pub reports: Vec<report::Model>,
    pub amendments: Vec<amendment::Model>,
}

impl Full {
    pub fn currency(&self) -> Currency {
        self.award.amount_currency
    }

    pub fn status(&self) -> AwardStatus {
        self.award.status
    }

    /// An amount of the award's currency, from its stored form.
    pub fn money(&self, minor: i64) -> Money {
        Money::from_minor(minor, self.currency())
    }

    pub fn amount(&self) -> Money {
        self.money(self.award.amount_minor)
    }

    /// What the schedule does not cover: the award less its installments not cancelled.
    pub fn unscheduled(&self) -> Money {
        let scheduled: i64 = self
            .disbursements
            .iter()
            .filter(|d| d.status != InstallmentStatus::Cancelled)
            .map(|d| d.amount_minor)
            .sum();
        self.money(self.award.amount_minor - scheduled)
    }

    /// What is approved or paid: fixed, whatever the schedule or the amount becomes (minor units).
    pub fn committed_minor(&self) -> i64 {
        self.disbursements
            .iter()
            .filter(|d| {
                matches!(
                    d.status,
                    InstallmentStatus::Approved | InstallmentStatus::Paid
                )
            })
            .map(|d| d.amount_minor)
            .sum()
    }

    /// The sequence number a new installment takes.
    pub fn next_sequence(&self) -> i32 {
        self.disbursements
            .iter()
            .map(|d| d.sequence)
            .max()
            .unwrap_or(0)
            + 1
    }

    /// Report `id` of this award, or a 404.
    pub fn report(&self, id: i64) -> Result<&report::Model, AppError> {
        self.reports
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(|| AppError::not_found("there is no report with this number"))
    }

    pub fn paid(&self) -> Money {
        let paid: i64 = self
            .disbursements
            .iter()
            .filter(|d| d.status == InstallmentStatus::Paid)
            .map(|d| d.amount_minor)
            .sum();
        self.money(paid)
    }

    /// Why it cannot be completed yet, if it cannot, in `lang`.
    pub fn not_completable(&self, lang: Lang) -> Option<String> {
        if self.award.signed_on.is_none() {
            return Some(crate::i18n::text(lang, "awards-why-unsigned"));
        }
        let open_reports = self
            .reports
            .iter()
            .filter(|r| r.status != ReportStatus::Accepted)
            .count();
        let open_installments = self
            .disbursements
            .iter()
            .filter(|d| {
                !matches!(
                    d.status,
                    InstallmentStatus::Paid | InstallmentStatus::Cancelled
                )
            })
            .count();
        let reports =
            |n: usize| crate::i18n::format(lang, "awards-why-reports", &[("count", n.into())]);
        let installments =
            |n: usize| crate::i18n::format(lang, "awards-why-installments", &[("count", n.into())]);
        match (open_reports, open_installments) {
            (0, 0) => None,
            (r, 0) => Some(reports(r)),
            (0, i) => Some(installments(i)),
            (r, i) => Some(crate::i18n::format(
                lang,
                "awards-why-both",
                &[
                    ("reports", reports(r).into()),
                    ("installments", installments(i).into()),
                ],
            )),
        }
    }
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<award::Model, AppError> {
    crate::db::get::<award::Entity, _>(db, id, "award").await
}

/// The award with its installments, reports and amendments. One of them holding a value the
/// code does not know fails the whole award (a 500 naming it), as the award itself would.
pub async fn load<C: ConnectionTrait>(db: &C, award: award::Model) -> Result<Full, AppError> {
    let failed = |e: sea_orm::DbErr| crate::db::record_error("award", award.id, e);
    let disbursements = disbursement::Entity::find()
        .filter(disbursement::Column::AwardId.eq(award.id))
        .order_by_asc(disbursement::Column::Sequence)
        .all(db)
        .await
        .map_err(failed)?;
    let reports = report::Entity::find()
        .filter(report::Column::AwardId.eq(award.id))
        .order_by_asc(report::Column::DueOn)
        .order_by_asc(report::Column::Id)
        .all(db)
        .await
        .map_err(failed)?;
    let amendments = amendment::Entity::find()
        .filter(amendment::Column::AwardId.eq(award.id))
        .order_by_asc(amendment::Column::Id)
        .all(db)
        .await
        .map_err(failed)?;
    Ok(Full {
        award,
        disbursements,
        reports,
        amendments,
    })
}

/// What a step of the award takes: a reason (suspend, terminate).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AwardStepInput {
    /// suspend, terminate: why (required).
    pub reason: Option<String>,
}

/// Suspends, resumes, terminates or completes an award (completion only once every report is
/// accepted and every installment paid or cancelled).
pub async fn take<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: Full,
    step: AwardStep,
    input: &AwardStepInput,
) -> Result<award::Model, AppError> {
    let to = award_next(full.status(), step).map_err(|e| AppError::Conflict(e.to_string()))?;
    let reason = text(&input.reason);
    if matches!(step, AwardStep::Suspend | AwardStep::Terminate) && reason.is_empty() {
        return Err(AppError::Validation(FieldErrors::one(
            "reason",
            "give the reason, for the record and the organization",
        )));
    }
    if step == AwardStep::Complete
        && let Some(why) = full.not_completable(crate::i18n::current_request())
    {
        return Err(AppError::Conflict(crate::i18n::format(
            crate::i18n::current_request(),
            "awards-cannot-complete",
            &[("why", why.into())],
        )));
    }
    let before = super::snapshot(&full.award);
    let mut active: award::ActiveModel = full.award.into();
    active.status = Set(to);
    active.status_reason = Set((!reason.is_empty()).then_some(reason));
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        &format!("award_{}", step.as_str()),
        "award",
        updated.id,
        Some(before),
        Some(super::snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// Records the date the agreement was signed (or corrects it).
pub async fn record_signature<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: Full,
    signed_on: &Option<String>,
) -> Result<award::Model, AppError> {
    let mut errors = FieldErrors::new();
    let date = date_field(&mut errors, "signed_on", signed_on);
    match date {
        Some(d) if d > due_today() => errors.add("signed_on", "cannot be in the future"),
        None if errors.is_empty() => errors.add("signed_on", "is required"),
        _ => {}
    }
    errors.into_result(()).map_err(AppError::Validation)?;
    if matches!(full.status(), AwardStatus::Terminated) {
        return Err(AppError::Conflict(
            "a terminated award's agreement cannot be recorded as signed".to_owned(),
        ));
    }
    let before = super::snapshot(&full.award);
    let mut active: award::ActiveModel = full.award.into();
    active.signed_on = Set(date);
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        "award_signed",
        "award",
        updated.id,
        Some(before),
        Some(super::snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// A final report (narrative or financial): due with the end of the award, and moved with it.
pub fn is_final(kind: ReportKind) -> bool {
    matches!(
        kind,
        ReportKind::FinalNarrative | ReportKind::FinalFinancial
    )
}

/// A financial report (interim or final): it declares what was spent, by category.
pub fn is_financial(kind: ReportKind) -> bool {
    matches!(
        kind,
        ReportKind::InterimFinancial | ReportKind::FinalFinancial
    )
}

/// Today, as due dates count it.
pub fn due_today() -> NaiveDate {
    today()
}

/// Parses an optional date field into `errors`.
pub fn date_field(
    errors: &mut FieldErrors,
    field: &str,
    value: &Option<String>,
) -> Option<NaiveDate> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => None,
        Some(v) => parse_record_date(v).map_err(|m| errors.add(field, m)).ok(),
    }
}
