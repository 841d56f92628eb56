//! Reports an award owes: the member submits one (narrative, outcomes, spending per budget
//! category), staff accept it or send it back with a message. A report due and past its date
//! is overdue. Reminders go 14 days before, on the day, and weekly while overdue, never twice.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, JoinType, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};
use serde::{Deserialize, Serialize};

use super::model::{self, Full};
use super::workflow::{AwardStatus, ReportStatus, ReportStep, report_next};
use crate::applications::model::Category;
use crate::audit::{self, Actor};
use crate::entities::{award, organization, report, report_reminder, report_spending};
use crate::error::{AppError, FieldErrors};
use crate::input::text;
use crate::money::Money;
use crate::pagination::Pagination;
use crate::state::AppState;

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct SpendingInput {
    pub category: String,
    pub amount: String,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportInput {
    pub narrative: Option<String>,
    /// What came of the work, one outcome a line (a meeting held, a pledge obtained).
    pub outcomes: Option<Vec<String>>,
    pub spending: Option<Vec<SpendingInput>>,
    /// request-revision: what to change.
    pub message: Option<String>,
}

pub fn snapshot(r: &report::Model) -> serde_json::Value {
    serde_json::json!({
        "report_id": r.id,
        "kind": r.kind,
        "due_on": r.due_on,
        "status": r.status,
        "staff_message": r.staff_message,
    })
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<report::Model, AppError> {
    report::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("there is no report with this number"))
}

/// Takes a step on report `id` of the award `full` (locked by the caller).
pub async fn take<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    id: i64,
    step: ReportStep,
    input: &ReportInput,
) -> Result<report::Model, AppError> {
    let found = full
        .reports
        .iter()
        .find(|r| r.id == id)
        .cloned()
        .ok_or_else(|| AppError::not_found("there is no report with this number"))?;
    let from = ReportStatus::on(&found.status, found.due_on, model::due_today());
    let to = report_next(from, step).map_err(|e| AppError::Conflict(e.to_string()))?;
    if step == ReportStep::Submit && full.status() == AwardStatus::Terminated {
        return Err(AppError::Conflict(
            "the award is terminated: it owes no report".to_owned(),
        ));
    }
    let before = snapshot(&found);
    let now = Utc::now();
    let mut active: report::ActiveModel = found.clone().into();
    active.status = Set(to.as_str().to_owned());
    active.updated_at = Set(now);
    let mut errors = FieldErrors::new();
    match step {
        ReportStep::Submit => {
            let narrative = text(&input.narrative);
            if narrative.is_empty() {
                errors.add("narrative", "tell what was done");
            } else if narrative.chars().count() > 50_000 {
                errors.add("narrative", "must be at most 50000 characters long");
            }
            let outcomes: Vec<String> = input
                .outcomes
                .iter()
                .flatten()
                .map(|o| o.trim().to_owned())
                .filter(|o| !o.is_empty())
                .collect();
            if outcomes.len() > 50 || outcomes.iter().any(|o| o.chars().count() > 1000) {
                errors.add("outcomes", "at most 50 outcomes of 1000 characters each");
            }
            let mut spending = Vec::new();
            for (i, line) in input
                .spending
                .iter()
                .flatten()
                .filter(|l| !l.amount.trim().is_empty())
                .enumerate()
            {
                let field = |f: &str| format!("spending[{i}].{f}");
                if let Err(m) = line.category.trim().parse::<Category>() {
                    errors.add(field("category"), m);
                }
                match Money::parse(&line.amount, full.currency) {
                    Ok(m) if m.minor() >= 0 => {
                        spending.push((line.category.trim().to_owned(), m.minor()))
                    }
                    Ok(_) => errors.add(field("amount"), "must not be negative"),
                    Err(e) => errors.add(field("amount"), e.to_string()),
                }
            }
            let financial = found.kind.ends_with("financial");
            if financial && spending.is_empty() && errors.is_empty() {
                errors.add(
                    "spending",
                    "a financial report declares what was spent, by category",
                );
            }
            errors.into_result(()).map_err(AppError::Validation)?;
            report_spending::Entity::delete_many()
                .filter(report_spending::Column::ReportId.eq(found.id))
                .exec(db)
                .await?;
            let rows: Vec<report_spending::ActiveModel> = spending
                .iter()
                .map(|(category, amount)| report_spending::ActiveModel {
                    report_id: Set(found.id),
                    category: Set(category.clone()),
                    amount_minor: Set(*amount),
                    ..Default::default()
                })
                .collect();
            if !rows.is_empty() {
                report_spending::Entity::insert_many(rows).exec(db).await?;
            }
            active.narrative = Set(narrative);
            active.outcomes = Set(Some(serde_json::json!(outcomes)));
            active.submitted_at = Set(Some(now));
            active.submitted_by = Set(actor.id);
        }
        ReportStep::Accept => {
            active.accepted_at = Set(Some(now));
        }
        ReportStep::RequestRevision => {
            let message = text(&input.message);
            if message.is_empty() {
                return Err(AppError::Validation(FieldErrors::one(
                    "message",
                    "say what the organization should revise",
                )));
            }
            active.staff_message = Set(Some(message));
        }
    }
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        &format!("report_{}", step.as_str().replace('-', "_")),
        "award",
        full.award.id,
        Some(before),
        Some(snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// The spending a report declares, by category.
pub async fn spending_of<C: ConnectionTrait>(
    db: &C,
    report_ids: &[i64],
) -> Result<Vec<report_spending::Model>, AppError> {
    if report_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(report_spending::Entity::find()
        .filter(report_spending::Column::ReportId.is_in(report_ids.iter().copied()))
        .order_by_asc(report_spending::Column::Id)
        .all(db)
        .await?)
}

/// A report in a list, with its award and organization.
#[derive(Clone, Debug, sea_orm::FromQueryResult)]
pub struct Row {
    pub id: i64,
    pub award_id: i64,
    pub kind: String,
    pub due_on: NaiveDate,
    pub status: String,
    pub submitted_at: Option<DateTime<Utc>>,
    pub reference: String,
    pub organization_id: i64,
    pub organization_name: String,
}

/// The list filter of API.md: overdue, due, submitted, accepted (and revision_requested).
pub fn filtered(
    status: Option<ReportStatus>,
    only_organization: Option<i64>,
    today: NaiveDate,
) -> sea_orm::Select<report::Entity> {
    let mut query = report::Entity::find();
    query = match status {
        Some(ReportStatus::Overdue) => query
            .filter(report::Column::Status.eq(ReportStatus::Due.as_str()))
            .filter(report::Column::DueOn.lt(today)),
        Some(ReportStatus::Due) => query
            .filter(report::Column::Status.eq(ReportStatus::Due.as_str()))
            .filter(report::Column::DueOn.gte(today)),
        Some(other) => query.filter(report::Column::Status.eq(other.as_str())),
        None => query,
    };
    if let Some(id) = only_organization {
        query = query.filter(
            report::Column::AwardId.in_subquery(
                Query::select()
                    .column(award::Column::Id)
                    .from(award::Entity)
                    .and_where(Expr::col(award::Column::OrganizationId).eq(id))
                    .to_owned(),
            ),
        );
    }
    // Reports of terminated awards are owed no more.
    query.filter(
        report::Column::AwardId.in_subquery(
            Query::select()
                .column(award::Column::Id)
                .from(award::Entity)
                .and_where(Expr::col(award::Column::Status).ne(AwardStatus::Terminated.as_str()))
                .to_owned(),
        ),
    )
}

pub async fn list<C: ConnectionTrait>(
    db: &C,
    status: Option<ReportStatus>,
    only_organization: Option<i64>,
    pagination: Pagination,
) -> Result<(Vec<Row>, u64), AppError> {
    let today = model::due_today();
    let total = filtered(status, only_organization, today).count(db).await?;
    let rows = filtered(status, only_organization, today)
        .select_only()
        .columns([
            report::Column::Id,
            report::Column::AwardId,
            report::Column::Kind,
            report::Column::DueOn,
            report::Column::Status,
            report::Column::SubmittedAt,
        ])
        .column(award::Column::Reference)
        .column(award::Column::OrganizationId)
        .column_as(organization::Column::Name, "organization_name")
        .join(JoinType::InnerJoin, report::Relation::Award.def())
        .join(JoinType::InnerJoin, award::Relation::Organization.def())
        .order_by_asc(report::Column::DueOn)
        .order_by_asc(report::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .into_model::<Row>()
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Which reminder, if any, a report due on `due_on` should have had by `today`: 14 days
/// before, on the day, then one a week while overdue (`overdue_1` a week after, ...).
pub fn reminder_for(due_on: NaiveDate, today: NaiveDate) -> Option<String> {
    let days = (today - due_on).num_days();
    match days {
        d if d < -14 => None,
        d if d < 0 => Some("before_14".to_owned()),
        d if d < 7 => Some("due_day".to_owned()),
        d => Some(format!("overdue_{}", d / 7)),
    }
}

#[derive(Serialize)]
struct ReminderEmail {
    reference: String,
    report: &'static str,
    due_on: String,
    overdue: bool,
    days_left: i64,
    link: String,
}

/// The daily job: every report still owed gets the reminder it is due, once. The reminder's
/// key is inserted first (`ON CONFLICT DO NOTHING`): only the run that inserts it sends it.
pub async fn send_reminders(state: &AppState, now: DateTime<Utc>) -> Result<String, AppError> {
    let today = now.date_naive();
    let horizon = today + chrono::Days::new(14);
    let owed: Vec<(report::Model, Option<award::Model>)> = report::Entity::find()
        .filter(report::Column::Status.is_in([
            ReportStatus::Due.as_str(),
            ReportStatus::RevisionRequested.as_str(),
        ]))
        .filter(report::Column::DueOn.lte(horizon))
        .find_also_related(award::Entity)
        .all(&state.db)
        .await?;
    let mut sent = 0;
    for (report, award) in owed {
        let Some(award) = award.filter(|a| a.status == AwardStatus::Active.as_str()) else {
            continue;
        };
        let Some(reminder) = reminder_for(report.due_on, today) else {
            continue;
        };
        let txn = crate::db::begin_write(&state.db).await?;
        let claim = Query::insert()
            .into_table(report_reminder::Entity)
            .columns([
                report_reminder::Column::ReportId,
                report_reminder::Column::Reminder,
                report_reminder::Column::SentAt,
            ])
            .values_panic([report.id.into(), reminder.clone().into(), now.into()])
            .on_conflict(
                OnConflict::columns([
                    report_reminder::Column::ReportId,
                    report_reminder::Column::Reminder,
                ])
                .do_nothing()
                .to_owned(),
            )
            .to_owned();
        if txn.execute(&claim).await?.rows_affected() != 1 {
            continue;
        }
        let email = ReminderEmail {
            reference: award.reference.clone(),
            report: model::report_label(&report.kind),
            due_on: report.due_on.to_string(),
            overdue: report.due_on < today,
            days_left: (report.due_on - today).num_days(),
            link: format!(
                "{}/awards/{}",
                state.settings.server.public_url.trim_end_matches('/'),
                award.id
            ),
        };
        for address in crate::members::model::addresses(&txn, award.organization_id).await? {
            crate::notify::queue(&txn, &state.views, "report_reminder", &address, &email).await?;
        }
        txn.commit().await?;
        sent += 1;
    }
    Ok(format!("{sent} report reminders sent"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> NaiveDate {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reminders_fall_14_days_before_on_the_day_and_weekly_after() {
        let due = day("2027-06-30");
        assert_eq!(reminder_for(due, day("2027-06-15")), None);
        assert_eq!(
            reminder_for(due, day("2027-06-16")).as_deref(),
            Some("before_14")
        );
        assert_eq!(
            reminder_for(due, day("2027-06-29")).as_deref(),
            Some("before_14")
        );
        assert_eq!(
            reminder_for(due, day("2027-06-30")).as_deref(),
            Some("due_day")
        );
        assert_eq!(
            reminder_for(due, day("2027-07-06")).as_deref(),
            Some("due_day")
        );
        assert_eq!(
            reminder_for(due, day("2027-07-07")).as_deref(),
            Some("overdue_1")
        );
        assert_eq!(
            reminder_for(due, day("2027-07-14")).as_deref(),
            Some("overdue_2")
        );
    }
}
