//! The payment schedule: finance approve, pay or cancel an installment; staff edit what is not
//! yet approved. Whoever changes an award's money takes the award's lock first, so that nothing
//! is paid twice and nothing beyond the award, however many requests arrive at once.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, JoinType, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};
use serde::{Deserialize, Serialize};

use super::conditions::{Condition, ConditionKind, Override, override_of};
use super::model::{self, Full, Installment, date_field};
use super::workflow::{AwardStatus, InstallmentStatus, InstallmentStep, installment_next};
use crate::audit::{self, Actor};
use crate::entities::{award, disbursement, organization};
use crate::error::{AppError, FieldErrors};
use crate::exchange::Rate;
use crate::input::text;
use crate::money::{Currency, Money};
use crate::pagination::Pagination;

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<disbursement::Model, AppError> {
    crate::db::get::<disbursement::Entity, _>(db, id, "installment").await
}

/// What a step takes: `paid_on` and `payment_reference` (pay), a `reason` (cancel).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InstallmentInput {
    /// pay: the day it was paid, YYYY-MM-DD, not in the future (required).
    pub paid_on: Option<String>,
    /// pay: the bank's reference (required).
    pub payment_reference: Option<String>,
    /// cancel: why (required).
    pub reason: Option<String>,
    /// pay, in another currency than the award's: the currency paid (ISO 4217).
    pub paid_currency: Option<String>,
    /// pay, in another currency: the amount paid, in that currency (`"785.00"`).
    pub paid_amount: Option<String>,
    /// pay, in another currency: the rate used (one of the currency paid in the award's). When
    /// absent, the rate recorded for the day paid (or the latest before it) is used.
    pub rate: Option<String>,
}

pub fn snapshot(d: &disbursement::Model) -> serde_json::Value {
    serde_json::json!({
        "sequence": d.sequence,
        "amount_minor": d.amount_minor,
        "due_on": d.due_on,
        "condition": d.condition_kind.as_str(),
        "condition_report_id": d.condition_report_id,
        "condition_note": d.condition,
        "override_reason": d.override_reason,
        "override_by": d.override_by,
        "override_confirmed_by": d.override_confirmed_by,
        "status": d.status.as_str(),
        "paid_on": d.paid_on,
        "payment_reference": d.payment_reference,
        "paid_currency": d.paid_currency,
        "paid_amount_minor": d.paid_amount_minor,
        "paid_rate": d.paid_rate.map(|r| r.to_string()),
        "paid_rate_on": d.paid_rate_on,
        "cancel_reason": d.cancel_reason,
    })
}

/// Takes a step on installment `id` of the locked award `full`.
pub async fn take<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    id: i64,
    step: InstallmentStep,
    input: &InstallmentInput,
) -> Result<disbursement::Model, AppError> {
    // Read under the award's lock: what it says now is what it is.
    let installment = of_award(full, id)?;
    let to = installment_next(installment.status, step)
        .map_err(|e| AppError::Conflict(e.to_string()))?;
    if matches!(step, InstallmentStep::Approve | InstallmentStep::Pay)
        && full.status() != AwardStatus::Active
    {
        return Err(AppError::Conflict(format!(
            "the award is {}: nothing is paid on it",
            full.status().label().to_lowercase()
        )));
    }
    let before = snapshot(&installment);
    let now = Utc::now();
    let mut active: disbursement::ActiveModel = installment.clone().into();
    active.status = Set(to);
    active.updated_at = Set(now);
    match step {
        InstallmentStep::Approve => {
            let lang = crate::i18n::current_request();
            if let Some(unmet) = unmet(lang, full, &installment, model::due_today())?
                && override_of(&installment) != Override::Confirmed
            {
                return Err(AppError::Conflict(crate::i18n::format(
                    lang,
                    "awards-cannot-approve",
                    &[
                        ("number", installment.sequence.into()),
                        ("unmet", unmet.into()),
                    ],
                )));
            }
            active.approved_at = Set(Some(now));
            active.approved_by = Set(actor.id);
        }
        InstallmentStep::Pay => {
            let mut errors = FieldErrors::new();
            let paid_on: Option<NaiveDate> = date_field(&mut errors, "paid_on", &input.paid_on);
            if paid_on.is_none() && errors.first("paid_on").is_none() {
                errors.add("paid_on", "is required");
            }
            if paid_on.is_some_and(|d| d > model::due_today()) {
                errors.add("paid_on", "cannot be in the future");
            }
            let reference = text(&input.payment_reference);
            if reference.is_empty() {
                errors.add("payment_reference", "is required (the bank's reference)");
            } else if reference.chars().count() > 100 {
                errors.add("payment_reference", "must be at most 100 characters long");
            }
            let foreign =
                foreign_payment(db, full, &installment, input, paid_on, &mut errors).await?;
            errors.into_result(()).map_err(AppError::Validation)?;
            let worth = foreign
                .as_ref()
                .map_or(installment.amount_minor, |f| f.converted_minor);
            let paid = full.paid().minor();
            if paid + worth > full.award.amount_minor {
                return Err(AppError::Conflict(format!(
                    "paying {} would take the payments beyond the award's {} ({} already paid)",
                    full.money(worth).display(),
                    full.amount().display(),
                    full.paid().display()
                )));
            }
            if let Some(f) = foreign {
                active.scheduled_minor = Set(Some(installment.amount_minor));
                active.amount_minor = Set(f.converted_minor);
                active.paid_currency = Set(Some(f.paid.currency()));
                active.paid_amount_minor = Set(Some(f.paid.minor()));
                active.paid_rate = Set(Some(f.rate));
                active.paid_rate_on = Set(Some(f.rate_on));
            }
            active.paid_on = Set(paid_on);
            active.payment_reference = Set(Some(reference));
        }
        InstallmentStep::Cancel => {
            let reason = text(&input.reason);
            if reason.is_empty() {
                return Err(AppError::Validation(FieldErrors::one(
                    "reason",
                    "give the reason for the record",
                )));
            }
            active.cancelled_at = Set(Some(now));
            active.cancel_reason = Set(Some(reason));
        }
    }
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        &format!("installment_{}", step.as_str()),
        "award",
        full.award.id,
        Some(before),
        Some(snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// What is missing before `installment` may be approved, if anything, in `lang`.
pub fn unmet(
    lang: crate::i18n::Lang,
    full: &Full,
    installment: &disbursement::Model,
    today: NaiveDate,
) -> Result<Option<String>, AppError> {
    Ok(Condition::stored(installment).unmet(lang, full, installment, today))
}

/// What an override takes: the reason (required to ask for one).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OverrideInput {
    /// Why the installment should be paid although its condition does not hold (required to
    /// ask; at most 1000 characters).
    pub reason: Option<String>,
}

/// Finance asks to approve installment `id` of the locked award `full` although its condition
/// does not hold, with a reason; a second person confirms (see [`confirm_override`]).
pub async fn request_override<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    id: i64,
    input: &OverrideInput,
) -> Result<disbursement::Model, AppError> {
    let installment = of_award(full, id)?;
    if installment.status != InstallmentStatus::Scheduled {
        return Err(AppError::Conflict(format!(
            "installment {} is {}: only a scheduled installment's condition can be overridden",
            installment.sequence,
            installment.status.label().to_lowercase()
        )));
    }
    let reason = text(&input.reason);
    if reason.is_empty() {
        return Err(AppError::Validation(FieldErrors::one(
            "reason",
            "write why it should be paid although its condition does not hold",
        )));
    }
    if reason.chars().count() > 1000 {
        return Err(AppError::Validation(FieldErrors::one(
            "reason",
            "must be at most 1000 characters long",
        )));
    }
    if unmet(
        crate::i18n::Lang::En,
        full,
        &installment,
        model::due_today(),
    )?
    .is_none()
    {
        return Err(AppError::Conflict(format!(
            "installment {}'s condition holds: approve it, there is nothing to override",
            installment.sequence
        )));
    }
    let before = snapshot(&installment);
    let now = Utc::now();
    let mut active: disbursement::ActiveModel = installment.into();
    active.override_reason = Set(Some(reason));
    active.override_by = Set(actor.id);
    active.override_at = Set(Some(now));
    active.override_confirmed_by = Set(None);
    active.override_confirmed_at = Set(None);
    active.updated_at = Set(now);
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        "installment_override_requested",
        "award",
        full.award.id,
        Some(before),
        Some(snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// A second person (not the one who asked) confirms the override of installment `id`.
pub async fn confirm_override<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    id: i64,
) -> Result<disbursement::Model, AppError> {
    let installment = of_award(full, id)?;
    match override_of(&installment) {
        Override::None => {
            return Err(AppError::Conflict(format!(
                "no override of installment {} has been asked for",
                installment.sequence
            )));
        }
        Override::Confirmed => {
            return Err(AppError::Conflict(format!(
                "the override of installment {} is already confirmed",
                installment.sequence
            )));
        }
        Override::Requested => {}
    }
    if installment.status != InstallmentStatus::Scheduled {
        return Err(AppError::Conflict(format!(
            "installment {} is {}: there is nothing left to confirm",
            installment.sequence,
            installment.status.label().to_lowercase()
        )));
    }
    if actor.id.is_none() || actor.id == installment.override_by {
        return Err(AppError::Conflict(
            "a second person must confirm an override: you asked for this one".to_owned(),
        ));
    }
    let before = snapshot(&installment);
    let now = Utc::now();
    let mut active: disbursement::ActiveModel = installment.into();
    active.override_confirmed_by = Set(actor.id);
    active.override_confirmed_at = Set(Some(now));
    active.updated_at = Set(now);
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        "installment_override_confirmed",
        "award",
        full.award.id,
        Some(before),
        Some(snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// Installment `id` as the locked award holds it.
fn of_award(full: &Full, id: i64) -> Result<disbursement::Model, AppError> {
    full.disbursements
        .iter()
        .find(|d| d.id == id)
        .cloned()
        .ok_or_else(|| AppError::not_found("there is no installment with this number"))
}

/// An installment of a new schedule.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ScheduleRow {
    /// A decimal string in the award's currency: `"1500.00"`.
    pub amount: String,
    /// YYYY-MM-DD
    pub due_on: String,
    /// What the service checks before it is approved: `none` (or empty), `on_signature`,
    /// `on_date`, `after_report:{report id}` (one of the award's reports) or
    /// `after_final_reports`.
    pub condition: String,
    /// What must hold, in words, for people (optional, at most 200 characters).
    pub condition_note: String,
}

/// A row left empty (no amount, date or note): dropped from the schedule, not counted.
pub fn is_blank(row: &ScheduleRow) -> bool {
    row.amount.trim().is_empty()
        && row.due_on.trim().is_empty()
        && row.condition_note.trim().is_empty()
}

/// Replaces the installments still `scheduled` by `rows`. With those approved and paid, they
/// must add up to the award's amount exactly.
pub async fn reschedule<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    rows: &[ScheduleRow],
) -> Result<(), AppError> {
    if matches!(
        full.status(),
        AwardStatus::Completed | AwardStatus::Terminated
    ) {
        return Err(AppError::Conflict(format!(
            "the schedule of an award that is {} cannot change",
            full.status().label().to_lowercase()
        )));
    }
    let mut errors = FieldErrors::new();
    let mut installments = Vec::new();
    for (i, row) in rows.iter().filter(|r| !is_blank(r)).enumerate() {
        let field = |f: &str| format!("installments[{i}].{f}");
        let amount = match Money::parse(&row.amount, full.currency()) {
            Ok(m) if m.minor() > 0 => m.minor(),
            Ok(_) => {
                errors.add(field("amount"), "must be more than zero");
                0
            }
            Err(e) => {
                errors.add(field("amount"), e.to_string());
                0
            }
        };
        let due_on = date_field(&mut errors, &field("due_on"), &Some(row.due_on.clone()));
        let condition = Condition::parse(&row.condition, &full.reports).unwrap_or_else(|e| {
            errors.add(field("condition"), e);
            Condition::NONE
        });
        if condition.kind == ConditionKind::OnDate && due_on.is_none() {
            errors.add(
                field("due_on"),
                "is required for an installment due on its date",
            );
        }
        let condition_note = row.condition_note.trim().to_owned();
        if condition_note.chars().count() > 200 {
            errors.add(
                field("condition_note"),
                "must be at most 200 characters long",
            );
        }
        installments.push(Installment {
            amount_minor: amount,
            due_on,
            condition,
            condition_note,
        });
    }
    let fixed = full.committed_minor();
    let proposed: i64 = installments.iter().map(|i| i.amount_minor).sum();
    if errors.is_empty() && fixed + proposed != full.award.amount_minor {
        errors.add(
            "installments",
            format!(
                "with what is approved and paid ({}), the installments add up to {}, not the award's {}",
                full.money(fixed).display(),
                full.money(fixed + proposed).display(),
                full.amount().display()
            ),
        );
    }
    errors.into_result(()).map_err(AppError::Validation)?;
    let before: Vec<serde_json::Value> = full.disbursements.iter().map(snapshot).collect();
    disbursement::Entity::delete_many()
        .filter(disbursement::Column::AwardId.eq(full.award.id))
        .filter(disbursement::Column::Status.eq(InstallmentStatus::Scheduled))
        .exec(db)
        .await?;
    model::insert_installments(db, full.award.id, full.next_sequence(), &installments).await?;
    let after = disbursement::Entity::find()
        .filter(disbursement::Column::AwardId.eq(full.award.id))
        .order_by_asc(disbursement::Column::Sequence)
        .all(db)
        .await?;
    audit::record(
        db,
        actor,
        "schedule_changed",
        "award",
        full.award.id,
        Some(serde_json::Value::Array(before)),
        Some(serde_json::Value::Array(
            after.iter().map(snapshot).collect(),
        )),
    )
    .await?;
    Ok(())
}

/// An installment in finance's list, with its award and organization.
#[derive(Clone, Debug, sea_orm::FromQueryResult)]
pub struct DueRow {
    pub id: i64,
    pub award_id: i64,
    pub sequence: i32,
    pub amount_minor: i64,
    pub due_on: Option<NaiveDate>,
    pub condition: String,
    pub condition_kind: ConditionKind,
    pub condition_report_id: Option<i64>,
    pub override_confirmed_at: Option<chrono::DateTime<Utc>>,
    pub status: InstallmentStatus,
    pub paid_on: Option<NaiveDate>,
    pub payment_reference: Option<String>,
    pub reference: String,
    pub amount_currency: Currency,
    pub organization_name: String,
    pub organization_id: i64,
    pub target_state: String,
    /// The award's signature.
    pub signed_on: Option<NaiveDate>,
    /// 1 when the report an `after_report` condition names is accepted.
    pub condition_report_accepted: i64,
    /// The award's final reports not yet accepted.
    pub final_reports_waiting: i64,
}

impl DueRow {
    pub fn amount(&self) -> Money {
        Money::from_minor(self.amount_minor, self.amount_currency)
    }

    /// Whether its condition holds on `today` (or was overridden by two people); the same rule
    /// as [`Condition::unmet`], from the columns the queue reads with the row.
    pub fn condition_holds(&self, today: NaiveDate) -> bool {
        if self.override_confirmed_at.is_some() {
            return true;
        }
        match self.condition_kind {
            ConditionKind::None => true,
            ConditionKind::OnSignature => self.signed_on.is_some(),
            ConditionKind::OnDate => self.due_on.is_some_and(|d| d <= today),
            ConditionKind::AfterReport => self.condition_report_accepted > 0,
            ConditionKind::AfterFinalReports => self.final_reports_waiting == 0,
        }
    }

    /// The condition for people.
    pub fn condition_label(&self) -> String {
        self.condition_label_in(crate::i18n::Lang::En)
    }

    /// The condition for people, in `lang`.
    pub fn condition_label_in(&self, lang: crate::i18n::Lang) -> String {
        match (self.condition_kind, self.condition_report_id) {
            (ConditionKind::AfterReport, Some(id)) => crate::i18n::format(
                lang,
                "awards-condition-after-report-id",
                &[("id", id.to_string().into())],
            ),
            (kind, _) => kind.label_in(lang).into_owned(),
        }
    }
}

fn with_award(
    query: sea_orm::Select<disbursement::Entity>,
) -> sea_orm::Select<disbursement::Entity> {
    query
        .select_only()
        .columns([
            disbursement::Column::Id,
            disbursement::Column::AwardId,
            disbursement::Column::Sequence,
            disbursement::Column::AmountMinor,
            disbursement::Column::DueOn,
            disbursement::Column::Condition,
            disbursement::Column::ConditionKind,
            disbursement::Column::ConditionReportId,
            disbursement::Column::OverrideConfirmedAt,
            disbursement::Column::Status,
            disbursement::Column::PaidOn,
            disbursement::Column::PaymentReference,
        ])
        .column(award::Column::Reference)
        .column(award::Column::AmountCurrency)
        .column(award::Column::SignedOn)
        .column(award::Column::OrganizationId)
        .column(award::Column::TargetState)
        .column_as(organization::Column::Name, "organization_name")
        // Two lookups by primary key and by the reports' award index, for the page's rows only.
        .column_as(
            sea_orm::sea_query::Expr::cust(
                "(SELECT COUNT(*) FROM reports r WHERE r.id = disbursements.condition_report_id \
                 AND r.award_id = disbursements.award_id AND r.status = 'accepted')",
            ),
            "condition_report_accepted",
        )
        .column_as(
            sea_orm::sea_query::Expr::cust(
                "(SELECT COUNT(*) FROM reports r WHERE r.award_id = disbursements.award_id \
                 AND r.kind IN ('final_narrative', 'final_financial') AND r.status <> 'accepted')",
            ),
            "final_reports_waiting",
        )
        .join(JoinType::InnerJoin, disbursement::Relation::Award.def())
        .join(JoinType::InnerJoin, award::Relation::Organization.def())
}

/// Which installments finance is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    /// Scheduled, due by `until` (today and the coming weeks), of active awards.
    Due { until: NaiveDate },
    /// Approved, waiting to be paid.
    Approved,
    /// Every installment (the export).
    All,
}

fn queued(queue: Queue) -> sea_orm::Select<disbursement::Entity> {
    let query = disbursement::Entity::find();
    match queue {
        Queue::Due { until } => query
            .filter(disbursement::Column::Status.eq(InstallmentStatus::Scheduled))
            .filter(disbursement::Column::DueOn.lte(until))
            .filter(
                disbursement::Column::AwardId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(award::Column::Id)
                        .from(award::Entity)
                        .and_where(sea_orm::sea_query::ExprTrait::eq(
                            sea_orm::sea_query::Expr::col(award::Column::Status),
                            AwardStatus::Active,
                        ))
                        .to_owned(),
                ),
            ),
        Queue::Approved => {
            query.filter(disbursement::Column::Status.eq(InstallmentStatus::Approved))
        }
        Queue::All => query,
    }
}

pub async fn queue<C: ConnectionTrait>(
    db: &C,
    queue: Queue,
    pagination: Pagination,
) -> Result<(Vec<DueRow>, u64), AppError> {
    let total = queued(queue).count(db).await?;
    let rows = with_award(queued(queue))
        .order_by_asc(disbursement::Column::DueOn)
        .order_by_asc(disbursement::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .into_model::<DueRow>()
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The latest `limit` installments paid to `organization`, the most recent first, and how
/// many were paid to it (counted in SQL): a member's start page.
pub async fn paid_recently<C: ConnectionTrait>(
    db: &C,
    organization: i64,
    limit: u64,
) -> Result<(Vec<DueRow>, u64), AppError> {
    let total = disbursement::Entity::find()
        .filter(disbursement::Column::Status.eq(InstallmentStatus::Paid))
        .filter(
            disbursement::Column::AwardId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(award::Column::Id)
                    .from(award::Entity)
                    .and_where(sea_orm::sea_query::ExprTrait::eq(
                        sea_orm::sea_query::Expr::col(award::Column::OrganizationId),
                        organization,
                    ))
                    .to_owned(),
            ),
        )
        .count(db)
        .await?;
    let rows = with_award(disbursement::Entity::find())
        .filter(disbursement::Column::Status.eq(InstallmentStatus::Paid))
        .filter(award::Column::OrganizationId.eq(organization))
        .order_by_desc(disbursement::Column::PaidOn)
        .order_by_desc(disbursement::Column::Id)
        .limit(limit)
        .into_model::<DueRow>()
        .all(db)
        .await?;
    Ok((rows, total))
}

pub async fn batch<C: ConnectionTrait>(
    db: &C,
    after: i64,
    size: u64,
) -> Result<Vec<DueRow>, sea_orm::DbErr> {
    with_award(queued(Queue::All))
        .filter(disbursement::Column::Id.gt(after))
        .order_by_asc(disbursement::Column::Id)
        .limit(size)
        .into_model::<DueRow>()
        .all(db)
        .await
}

/// A payment in another currency than the award's, converted.
struct ForeignPayment {
    paid: Money,
    rate: Rate,
    rate_on: NaiveDate,
    /// What it is worth in the award's currency.
    converted_minor: i64,
}

/// The payment's currency, amount and rate, when it is made in another currency than the
/// award's; `None` for a payment in the award's own currency (which pays the installment's
/// amount). Messages go to `errors`, beside their fields.
async fn foreign_payment<C: ConnectionTrait>(
    db: &C,
    full: &Full,
    installment: &disbursement::Model,
    input: &InstallmentInput,
    paid_on: Option<NaiveDate>,
    errors: &mut FieldErrors,
) -> Result<Option<ForeignPayment>, AppError> {
    let code = text(&input.paid_currency);
    let typed_amount = text(&input.paid_amount);
    let currency = if code.is_empty() {
        full.currency()
    } else {
        match Currency::parse(&code) {
            Ok(c) => c,
            Err(e) => {
                errors.add("paid_currency", e.to_string());
                return Ok(None);
            }
        }
    };
    if currency == full.currency() {
        // In the award's own currency the installment is paid as scheduled.
        if !typed_amount.is_empty()
            && Money::parse(&typed_amount, currency)
                .ok()
                .map(|m| m.minor())
                != Some(installment.amount_minor)
        {
            errors.add(
                "paid_amount",
                format!(
                    "an installment paid in {} is paid as scheduled, {}: change the schedule \
                     first to pay another amount",
                    currency,
                    full.money(installment.amount_minor).display()
                ),
            );
        }
        if !text(&input.rate).is_empty() {
            errors.add(
                "rate",
                format!("no rate applies to a payment in {currency}"),
            );
        }
        return Ok(None);
    }
    let paid = match Money::parse(&typed_amount, currency) {
        _ if typed_amount.is_empty() => {
            errors.add("paid_amount", format!("give the amount paid in {currency}"));
            None
        }
        Ok(m) if m.minor() > 0 => Some(m),
        Ok(_) => {
            errors.add("paid_amount", "must be more than zero");
            None
        }
        Err(e) => {
            errors.add("paid_amount", e.to_string());
            None
        }
    };
    let typed_rate = text(&input.rate);
    let rate = if typed_rate.is_empty() {
        match paid_on {
            None => None,
            Some(day) => {
                match crate::exchange::rate_for(db, currency, full.currency(), day).await? {
                    Some(applied) => Rate::parse(
                        &applied
                            .rate
                            .round_dp(Rate::MAX_DECIMALS)
                            .normalize()
                            .to_string(),
                    )
                    .ok()
                    .map(|r| (r, applied.rate_on)),
                    None => {
                        errors.add(
                            "rate",
                            format!(
                                "no {currency} → {} rate is recorded on or before {day}: record \
                                 one under Exchange rates, or give the rate the bank used",
                                full.currency()
                            ),
                        );
                        None
                    }
                }
            }
        }
    } else {
        match Rate::parse(&typed_rate) {
            Ok(r) => paid_on.map(|day| (r, day)),
            Err(m) => {
                errors.add("rate", m);
                None
            }
        }
    };
    let (Some(paid), Some((rate, rate_on))) = (paid, rate) else {
        return Ok(None);
    };
    let converted = crate::exchange::convert(paid, rate.value(), full.currency())
        .map_err(|e| AppError::Validation(FieldErrors::one("paid_amount", e.to_string())))?;
    if converted.minor() <= 0 {
        errors.add(
            "paid_amount",
            format!("is worth nothing in {} at {rate}", full.currency()),
        );
        return Ok(None);
    }
    Ok(Some(ForeignPayment {
        paid,
        rate,
        rate_on,
        converted_minor: converted.minor(),
    }))
}
