//! Amendments: a no-cost extension of the end date, a budget revision between lines, a change of
//! the amount within the round's budget left. Each is recorded with its reason and audited.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};

use super::model::{Full, date_field, is_final};
use super::workflow::{AwardStatus, ReportStatus};
use crate::audit::{self, Actor};
use crate::budget_category::Category;
use crate::choice::choice;
use crate::entities::{amendment, award, budget_line, report};
use crate::error::{AppError, FieldErrors};
use crate::input::text;
use crate::money::Money;
use crate::rounds::model as rounds;

choice!(AmendmentKind, "a kind of amendment", {
    Extension => "extension", "No-cost extension",
    BudgetRevision => "budget_revision", "Budget revision",
    AmountChange => "amount_change", "Change of amount",
});

/// A line of a revised budget.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = awards::LineInput)]
pub struct LineInput {
    /// A budget category: `personnel`, `travel`, `meetings`, `materials`, `communications`,
    /// `other`.
    pub category: String,
    pub description: String,
    /// A decimal string in the award's currency: `"1500.00"`.
    pub amount: String,
}

/// An amendment: its kind, the reason, and what the kind changes.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AmendmentInput {
    /// `extension`, `budget_revision` or `amount_change` (required).
    pub kind: Option<String>,
    /// Why, for the record (required).
    pub reason: Option<String>,
    /// extension: the new end date
    pub ends_on: Option<String>,
    /// amount_change: the new amount
    pub amount: Option<String>,
    /// budget_revision: the lines, adding up to the award's amount
    pub budget_lines: Option<Vec<LineInput>>,
}

/// A line of the award's budget: the application's, or the last revision's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub category: String,
    pub description: String,
    pub amount_minor: i64,
}

/// The award's budget as it stands. A revision whose lines cannot be read is an error naming
/// it, never the application's budget in its place.
pub async fn current_budget<C: ConnectionTrait>(
    db: &C,
    full: &Full,
) -> Result<Vec<BudgetLine>, AppError> {
    if let Some(last) = full
        .amendments
        .iter()
        .rev()
        .find(|a| a.kind == AmendmentKind::BudgetRevision)
    {
        let lines = last.after.get("budget_lines").cloned().unwrap_or_default();
        return serde_json::from_value::<Vec<BudgetLine>>(lines).map_err(|e| {
            AppError::Internal(anyhow::anyhow!(
                "amendment {} holds budget lines the code cannot read: {e}",
                last.id
            ))
        });
    }
    Ok(budget_line::Entity::find()
        .filter(budget_line::Column::ApplicationId.eq(full.award.application_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| BudgetLine {
            category: l.category.value(),
            description: l.description,
            amount_minor: l.amount_minor,
        })
        .collect())
}

/// Records an amendment and applies it, in the caller's transaction (which holds the award's
/// lock; an amount change takes the round's too).
pub async fn amend<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    full: Full,
    input: &AmendmentInput,
) -> Result<amendment::Model, AppError> {
    if matches!(
        full.status(),
        AwardStatus::Completed | AwardStatus::Terminated
    ) {
        return Err(AppError::Conflict(format!(
            "an award that is {} cannot be amended",
            full.status().label().to_lowercase()
        )));
    }
    let mut errors = FieldErrors::new();
    let kind = match text(&input.kind).parse::<AmendmentKind>() {
        Ok(kind) => Some(kind),
        Err(message) => {
            errors.add("kind", message);
            None
        }
    };
    let reason = text(&input.reason);
    if reason.is_empty() {
        errors.add("reason", "give the reason for the record");
    }
    let Some(kind) = kind else {
        return Err(AppError::Validation(errors));
    };
    let award = full.award.clone();
    let (before, after) = match kind {
        AmendmentKind::Extension => {
            let ends_on = date_field(&mut errors, "ends_on", &input.ends_on);
            match ends_on {
                Some(d) if d <= award.ends_on => {
                    errors.add(
                        "ends_on",
                        format!("must be after the current end, {}", award.ends_on),
                    );
                }
                None if errors.first("ends_on").is_none() => errors.add("ends_on", "is required"),
                _ => {}
            }
            errors.into_result(()).map_err(AppError::Validation)?;
            let Some(ends_on) = ends_on else {
                return Err(AppError::Validation(FieldErrors::one(
                    "ends_on",
                    "is required",
                )));
            };
            // The final reports move with the end.
            let shift = ends_on - award.ends_on;
            for r in full
                .reports
                .iter()
                .filter(|r| is_final(r.kind) && r.status == ReportStatus::Due)
            {
                let mut moved: report::ActiveModel = r.clone().into();
                moved.due_on = Set(r.due_on + shift);
                moved.updated_at = Set(Utc::now());
                moved.update(db).await?;
            }
            let mut active: award::ActiveModel = award.clone().into();
            active.ends_on = Set(ends_on);
            active.updated_at = Set(Utc::now());
            active.update(db).await?;
            (
                serde_json::json!({"ends_on": award.ends_on}),
                serde_json::json!({"ends_on": ends_on}),
            )
        }
        AmendmentKind::BudgetRevision => {
            let mut lines = Vec::new();
            let mut total = 0_i64;
            for (i, line) in input.budget_lines.iter().flatten().enumerate() {
                let field = |f: &str| format!("budget_lines[{i}].{f}");
                if let Err(m) = line.category.trim().parse::<Category>() {
                    errors.add(field("category"), m);
                }
                let amount = match Money::parse(&line.amount, full.currency()) {
                    Ok(m) if m.minor() >= 0 => m.minor(),
                    Ok(_) => {
                        errors.add(field("amount"), "must not be negative");
                        0
                    }
                    Err(e) => {
                        errors.add(field("amount"), e.to_string());
                        0
                    }
                };
                total = total.saturating_add(amount);
                lines.push(BudgetLine {
                    category: line.category.trim().to_owned(),
                    description: line.description.trim().to_owned(),
                    amount_minor: amount,
                });
            }
            if lines.is_empty() {
                errors.add("budget_lines", "give the revised lines");
            } else if errors.is_empty() && total != award.amount_minor {
                errors.add(
                    "budget_lines",
                    format!(
                        "add up to {}, not the award's {}",
                        full.money(total).display(),
                        full.amount().display()
                    ),
                );
            }
            errors.into_result(()).map_err(AppError::Validation)?;
            let current = current_budget(db, &full).await?;
            (
                serde_json::json!({"budget_lines": current}),
                serde_json::json!({"budget_lines": lines}),
            )
        }
        AmendmentKind::AmountChange => {
            let amount = match input
                .amount
                .as_deref()
                .map(str::trim)
                .filter(|a| !a.is_empty())
            {
                None => {
                    errors.add("amount", "is required");
                    None
                }
                Some(typed) => Money::parse(typed, full.currency())
                    .map_err(|e| errors.add("amount", e.to_string()))
                    .ok(),
            };
            errors.into_result(()).map_err(AppError::Validation)?;
            let Some(amount) = amount else {
                return Err(AppError::Validation(FieldErrors::one(
                    "amount",
                    "is required",
                )));
            };
            if amount.minor() < full.paid().minor() || amount.minor() <= 0 {
                return Err(AppError::Validation(FieldErrors::one(
                    "amount",
                    format!(
                        "cannot be less than what is already paid ({})",
                        full.paid().display()
                    ),
                )));
            }
            let increase = amount.minor() - award.amount_minor;
            if increase > 0 {
                let round = rounds::get_for_update(db, award.round_id).await?;
                let left = rounds::budget_figures(db, &round).await?.left;
                if increase > left.minor() {
                    return Err(AppError::Validation(FieldErrors::one(
                        "amount",
                        format!(
                            "the increase ({}) is more than the round has left ({})",
                            full.money(increase).display(),
                            left.display()
                        ),
                    )));
                }
            }
            let mut active: award::ActiveModel = award.clone().into();
            active.amount_minor = Set(amount.minor());
            active.updated_at = Set(Utc::now());
            active.update(db).await?;
            (
                serde_json::json!({"amount": full.amount().amount().to_string()}),
                serde_json::json!({"amount": amount.amount().to_string()}),
            )
        }
    };
    let recorded = amendment::ActiveModel {
        award_id: Set(award.id),
        kind: Set(kind),
        reason: Set(reason),
        before: Set(before.clone()),
        after: Set(after.clone()),
        created_by: Set(actor.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        actor,
        &format!("award_amended_{}", kind.as_str()),
        "award",
        award.id,
        Some(before),
        Some(after),
    )
    .await?;
    Ok(recorded)
}

/// An amendment's change in words: `ends_on: 2027-12-31 → 2028-03-01`.
pub fn describe_change(before: &serde_json::Value, after: &serde_json::Value) -> String {
    let Some(after) = after.as_object() else {
        return String::new();
    };
    after
        .iter()
        .map(|(key, value)| {
            let was = before.get(key).cloned().unwrap_or_default();
            let text = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(items) => format!("{} lines", items.len()),
                other => other.to_string(),
            };
            format!(
                "{}: {} → {}",
                key.replace('_', " "),
                text(&was),
                text(value)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
