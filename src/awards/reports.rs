//! Reports an award owes: the member submits one (narrative, outcomes, spending per budget
//! category), staff accept it or send it back with a message. A report due and past its date
//! is overdue. Their reminders are in `reminders`.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, JoinType, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};
use serde::{Deserialize, Serialize};

use super::model::{self, Full};
use super::workflow::{AwardStatus, ReportStatus, ReportStep, report_next};
use crate::audit::{self, Actor};
use crate::budget_category::Category;
use crate::entities::{award, organization, report, report_spending};
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::input::parse_field;
use crate::input::text;
use crate::money::Money;
use crate::pagination::Pagination;
use crate::rounds::model::ReportKind;

/// What was spent in one budget category.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SpendingInput {
    /// A budget category: `personnel`, `travel`, `meetings`, `materials`, `communications`,
    /// `other`.
    pub category: String,
    /// A decimal string in the award's currency: `"1500.00"`.
    pub amount: String,
}

/// What a report says: checked from a form or a body. Spending errors name the line as it was
/// sent (`spending[2].amount`), so a page marks the very field.
struct Content {
    narrative: String,
    outcomes: Vec<String>,
    spending: Vec<(Category, i64)>,
}

impl Content {
    /// `complete`: for submission (a narrative, and spending for a financial report); a draft
    /// may be partial, but what it holds must still be well formed.
    fn parse(
        full: &Full,
        found: &report::Model,
        input: &ReportInput,
        complete: bool,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let narrative = text(&input.narrative);
        if narrative.is_empty() && complete {
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
            .enumerate()
            .filter(|(_, l)| !l.amount.trim().is_empty())
        {
            let field = |f: &str| format!("spending[{i}].{f}");
            let category = line
                .category
                .trim()
                .parse::<Category>()
                .map_err(|m| errors.add(field("category"), m))
                .ok();
            match Money::parse(&line.amount, full.currency()) {
                Ok(m) if m.minor() >= 0 => {
                    if let Some(category) = category {
                        spending.push((category, m.minor()));
                    }
                }
                Ok(_) => errors.add(field("amount"), "must not be negative"),
                Err(e) => errors.add(field("amount"), e.to_string()),
            }
        }
        if complete && model::is_financial(found.kind) && spending.is_empty() && errors.is_empty() {
            errors.add(
                "spending",
                "a financial report declares what was spent, by category",
            );
        }
        errors.into_result(()).map_err(AppError::Validation)?;
        Ok(Self {
            narrative,
            outcomes,
            spending,
        })
    }

    /// Replaces the report's spending lines by these.
    async fn store<C: ConnectionTrait>(&self, db: &C, report_id: i64) -> Result<(), AppError> {
        report_spending::Entity::delete_many()
            .filter(report_spending::Column::ReportId.eq(report_id))
            .exec(db)
            .await?;
        let rows: Vec<report_spending::ActiveModel> = self
            .spending
            .iter()
            .map(|&(category, amount)| report_spending::ActiveModel {
                report_id: Set(report_id),
                category: Set(category),
                amount_minor: Set(amount),
                ..Default::default()
            })
            .collect();
        if !rows.is_empty() {
            report_spending::Entity::insert_many(rows).exec(db).await?;
        }
        Ok(())
    }
}

/// Saves what the organization has written of report `id` so far, without submitting it: any
/// part may be missing, what is there must be well formed. Only a report still owed.
pub async fn save_draft<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    id: i64,
    input: &ReportInput,
) -> Result<report::Model, AppError> {
    let found = full.report(id)?.clone();
    if !found.status.on(found.due_on, model::due_today()).is_owed()
        || full.status() == AwardStatus::Terminated
    {
        return Err(AppError::Conflict(format!(
            "the report is {}: there is no draft to save",
            found.status.label().to_lowercase()
        )));
    }
    let content = Content::parse(full, &found, input, false)?;
    content.store(db, found.id).await?;
    let before = snapshot(&found);
    let mut active: report::ActiveModel = found.into();
    active.narrative = Set(content.narrative);
    active.outcomes = Set(Some(serde_json::json!(content.outcomes)));
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    audit::record(
        db,
        actor,
        "report_draft_saved",
        "award",
        full.award.id,
        Some(before),
        Some(snapshot(&updated)),
    )
    .await?;
    Ok(updated)
}

/// What the award's financial reports declare by category (as stored), counting the accepted
/// ones and `including` (the report about to be accepted).
pub fn declared_with(
    full: &Full,
    spending: &[report_spending::Model],
    including: i64,
) -> std::collections::BTreeMap<String, i64> {
    let counted: Vec<i64> = full
        .reports
        .iter()
        .filter(|r| {
            model::is_financial(r.kind) && (r.id == including || r.status == ReportStatus::Accepted)
        })
        .map(|r| r.id)
        .collect();
    let mut declared = std::collections::BTreeMap::new();
    for s in spending.iter().filter(|s| counted.contains(&s.report_id)) {
        *declared
            .entry(s.category.as_str().to_owned())
            .or_insert(0_i64) += s.amount_minor;
    }
    declared
}

/// Where declared spending goes beyond the budget: a category more than `tolerance_percent`
/// over its planned lines (one with no line at all counts as over), or the whole above the
/// award. Each a sentence for people in `lang`, empty when within.
pub fn overspending(
    lang: Lang,
    full: &Full,
    lines: &[super::amendments::BudgetLine],
    declared: &std::collections::BTreeMap<String, i64>,
    tolerance_percent: u32,
) -> Vec<String> {
    let mut planned: std::collections::BTreeMap<&str, i64> = std::collections::BTreeMap::new();
    for line in lines {
        *planned.entry(line.category.as_str()).or_insert(0) += line.amount_minor;
    }
    let label = |c: &str| {
        c.parse::<Category>()
            .map_or(c.to_owned(), |c| c.label_in(lang).into_owned())
    };
    let amount = |minor: i64| crate::i18n::formats::money(lang, &full.money(minor));
    let mut over: Vec<String> = declared
        .iter()
        .filter(|&(category, &spent)| {
            let plan = planned.get(category.as_str()).copied().unwrap_or(0);
            i128::from(spent) * 100 > i128::from(plan) * i128::from(100 + tolerance_percent)
        })
        .map(|(category, &spent)| {
            let plan = planned.get(category.as_str()).copied().unwrap_or(0);
            crate::i18n::format(
                lang,
                "awards-over-category",
                &[
                    ("category", label(category).into()),
                    ("declared", amount(spent).into()),
                    ("planned", amount(plan).into()),
                ],
            )
        })
        .collect();
    let total: i64 = declared.values().sum();
    if total > full.award.amount_minor {
        over.push(crate::i18n::format(
            lang,
            "awards-over-total",
            &[
                ("declared", amount(total).into()),
                ("amount", amount(full.award.amount_minor).into()),
            ],
        ));
    }
    over
}

/// What a report step takes: the report (submit), what to revise (request-revision).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReportInput {
    /// submit: what was done (required).
    pub narrative: Option<String>,
    /// What came of the work, one outcome a line (a meeting held, a pledge obtained).
    pub outcomes: Option<Vec<String>>,
    /// submit: what was spent, by category (required for a financial report).
    pub spending: Option<Vec<SpendingInput>>,
    /// request-revision: what to change. accept: a note, required when the spending declared
    /// goes beyond the budget (more than the configured tolerance over a line, or above the
    /// award).
    pub message: Option<String>,
}

pub fn snapshot(r: &report::Model) -> serde_json::Value {
    serde_json::json!({
        "report_id": r.id,
        "kind": r.kind.as_str(),
        "due_on": r.due_on,
        "status": r.status.as_str(),
        "staff_message": r.staff_message,
    })
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<report::Model, AppError> {
    crate::db::get::<report::Entity, _>(db, id, "report").await
}

/// Takes a step on report `id` of the award `full` (locked by the caller).
pub async fn take<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: &Full,
    id: i64,
    step: ReportStep,
    input: &ReportInput,
    tolerance_percent: u32,
) -> Result<report::Model, AppError> {
    let found = full.report(id)?.clone();
    let from = found.status.on(found.due_on, model::due_today());
    let to = report_next(from, step).map_err(|e| AppError::Conflict(e.to_string()))?;
    if step == ReportStep::Submit && full.status() == AwardStatus::Terminated {
        return Err(AppError::Conflict(
            "the award is terminated: it owes no report".to_owned(),
        ));
    }
    let before = snapshot(&found);
    let now = Utc::now();
    let mut active: report::ActiveModel = found.clone().into();
    active.status = Set(to);
    active.updated_at = Set(now);
    match step {
        ReportStep::Submit => {
            let content = Content::parse(full, &found, input, true)?;
            content.store(db, found.id).await?;
            active.narrative = Set(content.narrative);
            active.outcomes = Set(Some(serde_json::json!(content.outcomes)));
            active.submitted_at = Set(Some(now));
            active.submitted_by = Set(actor.id);
        }
        ReportStep::Accept => {
            if model::is_financial(found.kind) {
                let lines = super::amendments::current_budget(db, full).await?;
                let ids: Vec<i64> = full.reports.iter().map(|r| r.id).collect();
                let spending = spending_of(db, &ids).await?;
                let declared = declared_with(full, &spending, found.id);
                let lang = crate::i18n::current_request();
                let over = overspending(lang, full, &lines, &declared, tolerance_percent);
                let note = text(&input.message);
                if !over.is_empty() && note.is_empty() {
                    return Err(AppError::Validation(FieldErrors::one(
                        "message",
                        crate::i18n::format(
                            lang,
                            "awards-over-refused",
                            &[("over", over.join("; ").into())],
                        ),
                    )));
                }
                if !note.is_empty() {
                    active.staff_message = Set(Some(note));
                }
            } else if !text(&input.message).is_empty() {
                active.staff_message = Set(Some(text(&input.message)));
            }
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

/// The report list's query string.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// As of today: a report due and past its date is `overdue`.
    #[param(value_type = Option<ReportStatus>)]
    pub status: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

impl ReportParams {
    /// The status asked for and the page, or a 400 naming what does not parse.
    pub fn parse(&self) -> Result<(Option<ReportStatus>, Pagination), AppError> {
        let mut errors = FieldErrors::new();
        let status = parse_field(
            &mut errors,
            "status",
            self.status.as_deref(),
            str::parse::<ReportStatus>,
        );
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        errors.into_result(()).map_err(AppError::bad_request)?;
        Ok((status, pagination))
    }
}

/// A report in a list, with its award and organization.
#[derive(Clone, Debug, sea_orm::FromQueryResult)]
pub struct Row {
    pub id: i64,
    pub award_id: i64,
    pub kind: ReportKind,
    pub due_on: NaiveDate,
    pub status: ReportStatus,
    pub submitted_at: Option<DateTime<Utc>>,
    pub staff_message: Option<String>,
    pub reference: String,
    pub organization_id: i64,
    pub organization_name: String,
    /// The award's target state.
    pub target_state: String,
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
            .filter(report::Column::Status.eq(ReportStatus::Due))
            .filter(report::Column::DueOn.lt(today)),
        Some(ReportStatus::Due) => query
            .filter(report::Column::Status.eq(ReportStatus::Due))
            .filter(report::Column::DueOn.gte(today)),
        Some(other) => query.filter(report::Column::Status.eq(other)),
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
                .and_where(Expr::col(award::Column::Status).ne(AwardStatus::Terminated))
                .to_owned(),
        ),
    )
}

/// The columns of a [`Row`], with its award's and organization's.
fn with_names(query: sea_orm::Select<report::Entity>) -> sea_orm::Select<report::Entity> {
    query
        .select_only()
        .columns([
            report::Column::Id,
            report::Column::AwardId,
            report::Column::Kind,
            report::Column::DueOn,
            report::Column::Status,
            report::Column::SubmittedAt,
            report::Column::StaffMessage,
        ])
        .column(award::Column::Reference)
        .column(award::Column::OrganizationId)
        .column(award::Column::TargetState)
        .column_as(organization::Column::Name, "organization_name")
        .join(JoinType::InnerJoin, report::Relation::Award.def())
        .join(JoinType::InnerJoin, award::Relation::Organization.def())
}

pub async fn list<C: ConnectionTrait>(
    db: &C,
    status: Option<ReportStatus>,
    only_organization: Option<i64>,
    pagination: Pagination,
) -> Result<(Vec<Row>, u64), AppError> {
    let today = model::due_today();
    let total = filtered(status, only_organization, today).count(db).await?;
    let rows = with_names(filtered(status, only_organization, today))
        .order_by_asc(report::Column::DueOn)
        .order_by_asc(report::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .into_model::<Row>()
        .all(db)
        .await?;
    Ok((rows, total))
}

/// The reports the list's filter matches, by id, `after` the given one: for the CSV export's
/// batches.
pub async fn batch<C: ConnectionTrait>(
    db: &C,
    status: Option<ReportStatus>,
    only_organization: Option<i64>,
    today: NaiveDate,
    after: i64,
    limit: u64,
) -> Result<Vec<Row>, sea_orm::DbErr> {
    with_names(filtered(status, only_organization, today))
        .filter(report::Column::Id.gt(after))
        .order_by_asc(report::Column::Id)
        .limit(limit)
        .into_model::<Row>()
        .all(db)
        .await
}
