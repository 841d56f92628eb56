//! A round's rules (dates, budget, tiers, report schedule, eligibility), stored and read. Its
//! input and checks are in `input`, its budget figures in `budget`; both are re-exported here,
//! where the rest of the service looks for them.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr,
};
use serde::{Deserialize, Serialize};

pub use super::budget::{BudgetFigures, REQUESTED_STATUSES, budget_figures};
pub use super::code::RoundCode;
pub use super::input::{
    ReportDueInput, RoundInput, RoundValues, TierInput, default_schedule, parse_instant,
};
use crate::audit::{self, Actor};
use crate::choice::choice;
use crate::entities::round;
use crate::error::{AppError, FieldErrors};
use crate::money::{Currency, Money};
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
    pub code: RoundCode,
    pub currency: Currency,
    pub budget: Money,
    pub tiers: Vec<Tier>,
    pub report_schedule: Vec<ReportDue>,
    /// The documents an application must carry before it is submitted.
    pub required_documents: Vec<crate::attachments::Kind>,
}

impl Round {
    pub fn from_model(model: round::Model) -> Result<Self, AppError> {
        let currency = model.budget_currency;
        // The form and the API write codes in upper case: one written otherwise came some
        // other way, and is not taken for another.
        let code = RoundCode::stored(&model.code)
            .map_err(|e| anyhow::anyhow!("round {} holds a malformed code: {e}", model.id))?;
        let tiers = serde_json::from_value(model.tiers.clone())
            .map_err(|e| anyhow::anyhow!("round {} tiers: {e}", model.id))?;
        let report_schedule: Vec<ReportDue> = serde_json::from_value(model.report_schedule.clone())
            .map_err(|e| anyhow::anyhow!("round {} report schedule: {e}", model.id))?;
        // The form refuses a kind it does not know: one here was stored some other way.
        for due in &report_schedule {
            due.kind.parse::<ReportKind>().map_err(|e| {
                anyhow::anyhow!(
                    "round {} holds a report kind the code does not know: {e}",
                    model.id
                )
            })?;
        }
        let required: Vec<String> = serde_json::from_value(model.required_documents.clone())
            .map_err(|e| anyhow::anyhow!("round {} required documents: {e}", model.id))?;
        let required_documents = required
            .iter()
            .map(|kind| kind.parse::<crate::attachments::Kind>())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| {
                anyhow::anyhow!(
                    "round {} holds a kind of document the code does not know: {e}",
                    model.id
                )
            })?;
        Ok(Self {
            code,
            required_documents,
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

    /// The reference of its application number `number`: `IIA-2027A-0042`.
    pub fn reference(&self, number: i32) -> String {
        self.code.reference(number)
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

/// A refusal that names the field: another round has this code or this name. (Checked before
/// writing, with the other round named; this is for two saved at once, which the unique indexes
/// refuse.)
fn taken(error: DbErr) -> AppError {
    // SQLite names the column (`rounds.code`), PostgreSQL the index or constraint.
    let names = |message: &str, marks: [&str; 2]| marks.iter().any(|m| message.contains(m));
    let field = match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(message))
            if names(&message, ["rounds.code", "idx_rounds_code"]) =>
        {
            "code"
        }
        Some(SqlErr::UniqueConstraintViolation(message))
            if names(&message, ["rounds.name", "rounds_name_key"]) =>
        {
            "name"
        }
        _ => return error.into(),
    };
    AppError::Validation(match field {
        "code" => FieldErrors::one(field, "is already the code of another round"),
        _ => FieldErrors::one(field, "is already the name of another round"),
    })
}

/// Refuses a code or a name that another round has (`id`: the round being changed).
async fn check_unique<C: ConnectionTrait>(
    db: &C,
    id: Option<i64>,
    values: &RoundValues,
) -> Result<(), AppError> {
    let others = |column: round::Column, value: &str| {
        let mut query = round::Entity::find().filter(column.eq(value));
        if let Some(id) = id {
            query = query.filter(round::Column::Id.ne(id));
        }
        query
    };
    let mut errors = FieldErrors::new();
    if let Some(other) = others(round::Column::Code, values.code.as_str())
        .one(db)
        .await?
    {
        errors.add(
            "code",
            format!(
                "'{}' is already the code of the round '{}'; choose another",
                values.code, other.name
            ),
        );
    }
    if others(round::Column::Name, &values.name)
        .one(db)
        .await?
        .is_some()
    {
        errors.add("name", "is already the name of another round");
    }
    errors.into_result(()).map_err(AppError::Validation)
}

pub async fn create<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    values: RoundValues,
) -> Result<Round, AppError> {
    check_unique(db, None, &values).await?;
    let now = Utc::now();
    let created = round::ActiveModel {
        name: Set(values.name.clone()),
        code: Set(values.code.as_str().to_owned()),
        programme: Set(values.programme.clone()),
        opens_at: Set(values.opens_at),
        closes_at: Set(values.closes_at),
        budget_minor: Set(values.budget.minor()),
        budget_currency: Set(values.budget.currency()),
        tiers: Set(serde_json::to_value(&values.tiers).map_err(anyhow::Error::from)?),
        report_schedule: Set(
            serde_json::to_value(&values.report_schedule).map_err(anyhow::Error::from)?
        ),
        not_party_only: Set(values.not_party_only),
        blind_review: Set(values.blind_review),
        required_documents: Set(documents_json(&values.required_documents)),
        reference_year: Set(values.opens_at.year()),
        last_number: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(taken)?;
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

/// Replaces a round's rules. The budget may not fall below what is already awarded; the code
/// and the currency stay once an application is submitted (`RoundInput::parse`).
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
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    check_unique(db, Some(current.id()), &values).await?;
    let before = snapshot(&current.model);
    let mut active: round::ActiveModel = current.model.into();
    active.name = Set(values.name.clone());
    active.code = Set(values.code.as_str().to_owned());
    active.programme = Set(values.programme.clone());
    active.opens_at = Set(values.opens_at);
    active.closes_at = Set(values.closes_at);
    active.budget_minor = Set(values.budget.minor());
    active.budget_currency = Set(values.budget.currency());
    active.tiers = Set(serde_json::to_value(&values.tiers).map_err(anyhow::Error::from)?);
    active.report_schedule =
        Set(serde_json::to_value(&values.report_schedule).map_err(anyhow::Error::from)?);
    active.not_party_only = Set(values.not_party_only);
    active.blind_review = Set(values.blind_review);
    active.required_documents = Set(documents_json(&values.required_documents));
    active.reference_year = Set(values.opens_at.year());
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await.map_err(taken)?;
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
        "code": round.code,
        "programme": round.programme,
        "opens_at": round.opens_at,
        "closes_at": round.closes_at,
        "budget": Money::from_minor(round.budget_minor, round.budget_currency).amount().to_string(),
        "currency": round.budget_currency,
        "tiers": round.tiers,
        "report_schedule": round.report_schedule,
        "not_party_only": round.not_party_only,
        "blind_review": round.blind_review,
        "required_documents": round.required_documents,
    })
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<Round, AppError> {
    Round::from_model(crate::db::get::<round::Entity, _>(db, id, "round").await?)
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

/// The kinds, as stored.
fn documents_json(kinds: &[crate::attachments::Kind]) -> serde_json::Value {
    serde_json::Value::Array(
        kinds
            .iter()
            .map(|k| serde_json::Value::String(k.as_str().to_owned()))
            .collect(),
    )
}
