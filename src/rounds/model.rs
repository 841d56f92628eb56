//! A round's rules (dates, budget, tiers, report schedule, eligibility) and its budget figures,
//! summed in SQL.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, StatementBuilder,
};
use serde::{Deserialize, Serialize};

use crate::applications::workflow::Status;
use crate::audit::{self, Actor};
use crate::awards::workflow::InstallmentStatus;
use crate::choice::choice;
use crate::entities::{application, award, disbursement, round};
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::money::{Currency, Money, sum_minor};
use crate::pagination::Pagination;

choice!(ReportKind, "a kind of report", {
    InterimNarrative => "interim_narrative", "Interim narrative report",
    InterimFinancial => "interim_financial", "Interim financial report",
    FinalNarrative => "final_narrative", "Final narrative report",
    FinalFinancial => "final_financial", "Final financial report",
});

/// An award tier: the most an application at this tier may ask for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    pub name: String,
    pub max_minor: i64,
}

/// A report that awards of the round owe, due so many days after the award starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDue {
    pub kind: String,
    pub due_after_days: i32,
}

/// A round as the rest of the service uses it: its stored form, read once.
#[derive(Clone, Debug)]
pub struct Round {
    pub model: round::Model,
    pub currency: Currency,
    pub budget: Money,
    pub tiers: Vec<Tier>,
    pub report_schedule: Vec<ReportDue>,
}

impl Round {
    pub fn from_model(model: round::Model) -> Result<Self, AppError> {
        let currency = Currency::parse(&model.budget_currency)
            .map_err(|e| anyhow::anyhow!("round {}: {e}", model.id))?;
        let tiers = serde_json::from_value(model.tiers.clone())
            .map_err(|e| anyhow::anyhow!("round {} tiers: {e}", model.id))?;
        let report_schedule = serde_json::from_value(model.report_schedule.clone())
            .map_err(|e| anyhow::anyhow!("round {} report schedule: {e}", model.id))?;
        Ok(Self {
            budget: Money::from_minor(model.budget_minor, currency),
            currency,
            tiers,
            report_schedule,
            model,
        })
    }

    pub fn id(&self) -> i64 {
        self.model.id
    }

    pub fn is_open_at(&self, at: DateTime<Utc>) -> bool {
        self.model.opens_at <= at && at < self.model.closes_at
    }

    pub fn is_open(&self) -> bool {
        self.is_open_at(Utc::now())
    }

    pub fn tier(&self, name: &str) -> Option<&Tier> {
        self.tiers.iter().find(|t| t.name == name)
    }

    /// `IIA-2027-0042`.
    pub fn reference(&self, number: i32) -> String {
        format!("IIA-{}-{number:04}", self.model.reference_year)
    }

    /// Where it stands: `upcoming`, `open` or `closed`.
    pub fn phase(&self) -> &'static str {
        let now = Utc::now();
        if now < self.model.opens_at {
            "upcoming"
        } else if now < self.model.closes_at {
            "open"
        } else {
            "closed"
        }
    }
}

/// A round's fields as submitted (a JSON body or a form): every mistake reported against its
/// field by [`RoundInput::parse`].
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoundInput {
    pub name: Option<String>,
    pub programme: Option<String>,
    pub opens_at: Option<String>,
    pub closes_at: Option<String>,
    pub currency: Option<String>,
    pub budget: Option<String>,
    pub tiers: Option<Vec<TierInput>>,
    pub report_schedule: Option<Vec<ReportDueInput>>,
    pub not_party_only: Option<bool>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct TierInput {
    pub name: String,
    pub max_amount: String,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ReportDueInput {
    pub kind: String,
    pub due_after_days: NumberInput,
}

/// Checked values, complete: a round is created or replaced whole.
#[derive(Clone, Debug)]
pub struct RoundValues {
    pub name: String,
    pub programme: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub budget: Money,
    pub tiers: Vec<Tier>,
    pub report_schedule: Vec<ReportDue>,
    pub not_party_only: bool,
}

/// Without a schedule, a final narrative and a final financial report fall due 30 days after the
/// award's end; awards run twelve months by default (API.md).
pub fn default_schedule() -> Vec<ReportDue> {
    [ReportKind::FinalNarrative, ReportKind::FinalFinancial]
        .into_iter()
        .map(|kind| ReportDue {
            kind: kind.as_str().to_owned(),
            due_after_days: 395,
        })
        .collect()
}

/// Parses an instant: RFC 3339 (`2027-01-15T09:00:00Z`), or a form's `2027-01-15T09:00` taken
/// as UTC.
pub fn parse_instant(value: &str) -> Result<DateTime<Utc>, String> {
    let value = value.trim();
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| {
            chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").map(|t| t.and_utc())
        })
        .map_err(|_| {
            format!("'{value}' is not a date and time; write it like 2027-01-15T09:00:00Z")
        })
}

impl RoundInput {
    /// Checks every field. `current`, when editing, is the round as it is.
    pub fn parse(&self, current: Option<&Round>) -> Result<RoundValues, FieldErrors> {
        let mut errors = FieldErrors::new();
        let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or("").to_owned();
        let name = text(&self.name);
        if name.is_empty() {
            errors.add("name", "is required");
        } else if name.chars().count() > 200 {
            errors.add("name", "must be at most 200 characters long");
        }
        let mut programme = text(&self.programme);
        if programme.is_empty() {
            programme = "Investing in Action".to_owned();
        } else if programme.chars().count() > 200 {
            errors.add("programme", "must be at most 200 characters long");
        }
        let mut instant = |field: &str, value: &Option<String>| match value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => {
                errors.add(field, "is required");
                None
            }
            Some(v) => parse_instant(v).map_err(|m| errors.add(field, m)).ok(),
        };
        let opens_at = instant("opens_at", &self.opens_at);
        let closes_at = instant("closes_at", &self.closes_at);
        if let (Some(o), Some(c)) = (opens_at, closes_at)
            && c <= o
        {
            errors.add("closes_at", "must be after the opening");
        }
        let currency = match self
            .currency
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            None => {
                errors.add("currency", "is required");
                None
            }
            Some(code) => Currency::parse(code)
                .map_err(|e| errors.add("currency", e.to_string()))
                .ok(),
        };
        if let (Some(current), Some(currency)) = (current, currency)
            && current.currency != currency
            && current.model.last_number > 0
        {
            errors.add(
                "currency",
                "cannot change once applications have been submitted",
            );
        }
        let budget = currency.and_then(|currency| {
            match self
                .budget
                .as_deref()
                .map(str::trim)
                .filter(|b| !b.is_empty())
            {
                None => {
                    errors.add("budget", "is required");
                    None
                }
                Some(amount) => match Money::parse(amount, currency) {
                    Ok(m) if m.minor() > 0 => Some(m),
                    Ok(_) => {
                        errors.add("budget", "must be more than zero");
                        None
                    }
                    Err(e) => {
                        errors.add("budget", e.to_string());
                        None
                    }
                },
            }
        });
        let mut tiers = Vec::new();
        let given: Vec<&TierInput> = self
            .tiers
            .iter()
            .flatten()
            .filter(|t| !t.name.trim().is_empty() || !t.max_amount.trim().is_empty())
            .collect();
        if given.is_empty() {
            errors.add("tiers", "name at least one tier and its maximum amount");
        }
        for (i, tier) in given.iter().enumerate() {
            let name = tier.name.trim().to_owned();
            if name.is_empty() {
                errors.add(format!("tiers[{i}].name"), "is required");
            } else if name.chars().count() > 64 {
                errors.add(
                    format!("tiers[{i}].name"),
                    "must be at most 64 characters long",
                );
            } else if tiers.iter().any(|t: &Tier| t.name == name) {
                errors.add(
                    format!("tiers[{i}].name"),
                    "is already the name of another tier",
                );
            }
            let max = currency.and_then(|c| match Money::parse(&tier.max_amount, c) {
                Ok(m) if m.minor() > 0 => Some(m),
                Ok(_) => {
                    errors.add(format!("tiers[{i}].max_amount"), "must be more than zero");
                    None
                }
                Err(e) => {
                    errors.add(format!("tiers[{i}].max_amount"), e.to_string());
                    None
                }
            });
            if let (Some(max), Some(budget)) = (max, budget)
                && max.minor() > budget.minor()
            {
                errors.add(
                    format!("tiers[{i}].max_amount"),
                    "cannot be more than the round's budget",
                );
            }
            if let Some(max) = max {
                tiers.push(Tier {
                    name,
                    max_minor: max.minor(),
                });
            }
        }
        let mut report_schedule = Vec::new();
        for (i, due) in self
            .report_schedule
            .iter()
            .flatten()
            .filter(|d| !d.kind.trim().is_empty() || !d.due_after_days.text().trim().is_empty())
            .enumerate()
        {
            let kind = due.kind.trim();
            if let Err(message) = kind.parse::<ReportKind>() {
                errors.add(format!("report_schedule[{i}].kind"), message);
            }
            match due
                .due_after_days
                .value()
                .and_then(|d| i32::try_from(d).ok())
                .filter(|d| (0..=3650).contains(d))
            {
                Some(days) => report_schedule.push(ReportDue {
                    kind: kind.to_owned(),
                    due_after_days: days,
                }),
                None => errors.add(
                    format!("report_schedule[{i}].due_after_days"),
                    "must be a number of days from 0 to 3650",
                ),
            }
        }
        if report_schedule.is_empty() && self.report_schedule.iter().flatten().next().is_none() {
            report_schedule = default_schedule();
        }
        match (opens_at, closes_at, budget) {
            (Some(opens_at), Some(closes_at), Some(budget)) if errors.is_empty() => {
                Ok(RoundValues {
                    name,
                    programme,
                    opens_at,
                    closes_at,
                    budget,
                    tiers,
                    report_schedule,
                    not_party_only: self.not_party_only.unwrap_or(false),
                })
            }
            _ => Err(errors),
        }
    }
}

/// A refusal that names the field: another round has the name or the year.
fn taken(error: AppError, values: &RoundValues) -> AppError {
    match error {
        AppError::Conflict(_) => {
            let mut errors = FieldErrors::new();
            errors.add(
                "opens_at",
                format!(
                    "another round already opens in {} (its applications are numbered IIA-{}-…), or has this name",
                    values.opens_at.year(),
                    values.opens_at.year()
                ),
            );
            AppError::Validation(errors)
        }
        other => other,
    }
}

pub async fn create<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    values: RoundValues,
) -> Result<Round, AppError> {
    let now = Utc::now();
    let created = round::ActiveModel {
        name: Set(values.name.clone()),
        programme: Set(values.programme.clone()),
        opens_at: Set(values.opens_at),
        closes_at: Set(values.closes_at),
        budget_minor: Set(values.budget.minor()),
        budget_currency: Set(values.budget.currency().code().to_owned()),
        tiers: Set(serde_json::to_value(&values.tiers).map_err(anyhow::Error::from)?),
        report_schedule: Set(
            serde_json::to_value(&values.report_schedule).map_err(anyhow::Error::from)?
        ),
        not_party_only: Set(values.not_party_only),
        reference_year: Set(values.opens_at.year()),
        last_number: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| taken(e.into(), &values))?;
    audit::record(
        db,
        actor,
        "round_created",
        "round",
        created.id,
        None,
        Some(snapshot(&created)),
    )
    .await?;
    Round::from_model(created)
}

/// Replaces a round's rules. The budget may not fall below what is already awarded, and the
/// year of its references does not change once an application has one.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    current: Round,
    values: RoundValues,
) -> Result<Round, AppError> {
    let figures = budget_figures(db, &current).await?;
    let mut errors = FieldErrors::new();
    if values.budget.currency() == current.currency
        && values.budget.minor() < figures.awarded.minor()
    {
        errors.add(
            "budget",
            format!(
                "cannot be less than what is already awarded ({})",
                figures.awarded.display()
            ),
        );
    }
    if current.model.last_number > 0 && values.opens_at.year() != current.model.reference_year {
        errors.add(
            "opens_at",
            format!(
                "must stay in {}: applications already carry references IIA-{}-…",
                current.model.reference_year, current.model.reference_year
            ),
        );
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let before = snapshot(&current.model);
    let mut active: round::ActiveModel = current.model.into();
    active.name = Set(values.name.clone());
    active.programme = Set(values.programme.clone());
    active.opens_at = Set(values.opens_at);
    active.closes_at = Set(values.closes_at);
    active.budget_minor = Set(values.budget.minor());
    active.budget_currency = Set(values.budget.currency().code().to_owned());
    active.tiers = Set(serde_json::to_value(&values.tiers).map_err(anyhow::Error::from)?);
    active.report_schedule =
        Set(serde_json::to_value(&values.report_schedule).map_err(anyhow::Error::from)?);
    active.not_party_only = Set(values.not_party_only);
    active.reference_year = Set(values.opens_at.year());
    active.updated_at = Set(Utc::now());
    let updated = active
        .update(db)
        .await
        .map_err(|e| taken(e.into(), &values))?;
    let after = snapshot(&updated);
    if after != before {
        audit::record(
            db,
            actor,
            "round_updated",
            "round",
            updated.id,
            Some(before),
            Some(after),
        )
        .await?;
    }
    Round::from_model(updated)
}

pub fn snapshot(round: &round::Model) -> serde_json::Value {
    serde_json::json!({
        "name": round.name,
        "programme": round.programme,
        "opens_at": round.opens_at,
        "closes_at": round.closes_at,
        "budget": Money::from_minor(round.budget_minor, Currency::parse(&round.budget_currency).unwrap_or_else(|_| usd())).amount().to_string(),
        "currency": round.budget_currency,
        "tiers": round.tiers,
        "report_schedule": round.report_schedule,
        "not_party_only": round.not_party_only,
    })
}

fn usd() -> Currency {
    #[allow(clippy::unwrap_used)] // A constant that parses.
    Currency::parse("USD").unwrap()
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Round, AppError> {
    let model = round::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("there is no round with this number"))?;
    Round::from_model(model)
}

/// Reads a round and locks its row until the transaction ends (PostgreSQL; a SQLite write
/// transaction holds the whole database already). Whoever numbers an application or commits
/// budget takes this lock first, so that two of them never act on the same figures.
pub async fn get_for_update<C: ConnectionTrait>(db: &C, id: i64) -> Result<Round, AppError> {
    Round::from_model(crate::db::get_for_update::<round::Entity, _>(db, id, "round").await?)
}

/// Rounds, the latest first.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    pagination: Pagination,
) -> Result<(Vec<Round>, u64), AppError> {
    let query = round::Entity::find();
    let total = query.clone().count(db).await?;
    let models = query
        .order_by_desc(round::Column::OpensAt)
        .order_by_desc(round::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?;
    let rounds = models
        .into_iter()
        .map(Round::from_model)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((rounds, total))
}

/// Rounds open for applications now.
pub async fn open_now<C: ConnectionTrait>(db: &C) -> Result<Vec<Round>, AppError> {
    let now = Utc::now();
    round::Entity::find()
        .filter(round::Column::OpensAt.lte(now))
        .filter(round::Column::ClosesAt.gt(now))
        .order_by_asc(round::Column::ClosesAt)
        .all(db)
        .await?
        .into_iter()
        .map(Round::from_model)
        .collect()
}

/// Statuses whose requested amounts count as requested of the round: submitted at least once,
/// and not withdrawn.
pub const REQUESTED_STATUSES: [Status; 5] = [
    Status::Submitted,
    Status::UnderReview,
    Status::ChangesRequested,
    Status::Approved,
    Status::Rejected,
];

/// What a round has, what is asked of it and what it has given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetFigures {
    pub budget: Money,
    pub requested: Money,
    pub awarded: Money,
    /// Paid out on the round's awards.
    pub disbursed: Money,
    pub left: Money,
    pub applications: i64,
    pub awards: i64,
}

#[derive(FromQueryResult)]
struct Total {
    total: i64,
    count: i64,
}

async fn total<C: ConnectionTrait>(
    db: &C,
    statement: &impl StatementBuilder,
) -> Result<Total, DbErr> {
    Total::find_by_statement(db.get_database_backend().build(statement))
        .one(db)
        .await
        .map(|t| t.unwrap_or(Total { total: 0, count: 0 }))
}

/// The round's budget figures, summed in SQL from indexes (see the migration).
pub async fn budget_figures<C: ConnectionTrait>(
    db: &C,
    round: &Round,
) -> Result<BudgetFigures, AppError> {
    let requested = total(
        db,
        Query::select()
            .expr_as(
                sum_minor(Expr::col(application::Column::RequestedMinor)),
                "total",
            )
            .expr_as(Expr::cust("COUNT(*)"), "count")
            .from(application::Entity)
            .and_where(Expr::col(application::Column::RoundId).eq(round.id()))
            .and_where(
                Expr::col(application::Column::Status)
                    .is_in(REQUESTED_STATUSES.iter().map(|s| s.as_str())),
            ),
    )
    .await?;
    let awarded = total(
        db,
        Query::select()
            .expr_as(sum_minor(Expr::col(award::Column::AmountMinor)), "total")
            .expr_as(Expr::cust("COUNT(*)"), "count")
            .from(award::Entity)
            .and_where(Expr::col(award::Column::RoundId).eq(round.id())),
    )
    .await?;
    let disbursed = total(
        db,
        Query::select()
            .expr_as(
                sum_minor(Expr::col((
                    disbursement::Entity,
                    disbursement::Column::AmountMinor,
                ))),
                "total",
            )
            .expr_as(Expr::cust("COUNT(*)"), "count")
            .from(disbursement::Entity)
            .inner_join(
                award::Entity,
                Expr::col((award::Entity, award::Column::Id))
                    .equals((disbursement::Entity, disbursement::Column::AwardId)),
            )
            .and_where(Expr::col((award::Entity, award::Column::RoundId)).eq(round.id()))
            .and_where(
                Expr::col((disbursement::Entity, disbursement::Column::Status))
                    .eq(InstallmentStatus::Paid.as_str()),
            ),
    )
    .await?;
    let currency = round.currency;
    Ok(BudgetFigures {
        disbursed: Money::from_minor(disbursed.total, currency),
        budget: round.budget,
        requested: Money::from_minor(requested.total, currency),
        awarded: Money::from_minor(awarded.total, currency),
        left: Money::from_minor(round.budget.minor() - awarded.total, currency),
        applications: requested.count,
        awards: awarded.count,
    })
}
