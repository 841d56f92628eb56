//! Amendments: a no-cost extension of the end date, a budget revision between lines, a change of
//! the amount within the round's budget left. Each is recorded with its reason and audited.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use super::conditions::{Condition, ConditionKind};
use super::model::{Full, date_field, is_final};
use super::workflow::{AwardStatus, InstallmentStatus, ReportStatus};
use crate::audit::{self, Actor};
use crate::budget_category::Category;
use crate::choice::choice;
use crate::entities::{amendment, award, budget_line, disbursement, report};
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::i18n::formats::money;
use crate::input::text;
use crate::money::{Currency, Money};
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
    /// amount_change: the schedule staff confirm for the new amount: an amount for every
    /// installment still scheduled (by `sequence`; `"0"` cancels it) and at most one new
    /// installment (no `sequence`), adding up to the new amount less what is approved or paid.
    /// Without it, a change the schedule does not fit is refused (422) with the proposed
    /// schedule in the message under `installments`.
    pub installments: Option<Vec<ScheduledInput>>,
}

/// An installment's amount in the schedule confirmed with an amount change.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = awards::ScheduledInput)]
pub struct ScheduledInput {
    /// The number of an installment still scheduled; none for a new installment.
    pub sequence: Option<i32>,
    /// A decimal string in the award's currency: `"350.00"`.
    pub amount: String,
}

/// An installment of a proposed schedule: a scheduled one (`sequence`) or a new one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Proposed {
    pub sequence: Option<i32>,
    pub amount_minor: i64,
}

/// The schedule proposed for a new amount: the installments still scheduled scaled to what the
/// award will have left to schedule (its amount less what is approved and paid), in proportion,
/// never negative; when nothing is scheduled, one new installment takes an increase.
pub fn proposal(full: &Full, amount_minor: i64) -> Vec<Proposed> {
    let scheduled: Vec<&disbursement::Model> = full
        .disbursements
        .iter()
        .filter(|d| d.status == InstallmentStatus::Scheduled)
        .collect();
    let remaining = amount_minor - full.committed_minor();
    if scheduled.is_empty() {
        return if remaining > 0 {
            vec![Proposed {
                sequence: None,
                amount_minor: remaining,
            }]
        } else {
            Vec::new()
        };
    }
    let amounts = rebalanced_amounts(
        &scheduled.iter().map(|d| d.amount_minor).collect::<Vec<_>>(),
        remaining,
    );
    scheduled
        .iter()
        .zip(amounts)
        .map(|(d, amount_minor)| Proposed {
            sequence: Some(d.sequence),
            amount_minor,
        })
        .collect()
}

/// A proposed schedule in words, in `lang`: `#2 360.00 USD, #3 240.00 USD, a new installment
/// of 100.00 USD`.
pub fn describe_proposal(lang: Lang, full: &Full, proposed: &[Proposed]) -> String {
    proposed
        .iter()
        .map(|p| {
            let amount = money(lang, &full.money(p.amount_minor));
            match p.sequence {
                Some(n) => crate::i18n::format(
                    lang,
                    "awards-proposal-installment",
                    &[("number", n.into()), ("amount", amount.into())],
                ),
                None => {
                    crate::i18n::format(lang, "awards-proposal-new", &[("amount", amount.into())])
                }
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The schedule confirmed with an amount change, checked against the award: every installment
/// still scheduled given once, at most one new one, nothing negative, adding up to `remaining`.
fn confirmed_schedule(
    full: &Full,
    given: &[ScheduledInput],
    remaining: i64,
) -> Result<Vec<Proposed>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let scheduled: Vec<i32> = full
        .disbursements
        .iter()
        .filter(|d| d.status == InstallmentStatus::Scheduled)
        .map(|d| d.sequence)
        .collect();
    let mut confirmed = Vec::new();
    let mut total = 0_i64;
    for (i, row) in given.iter().enumerate() {
        let amount = match Money::parse(&row.amount, full.currency()) {
            Ok(m) if m.minor() >= 0 => m.minor(),
            Ok(_) => {
                errors.add(format!("installments[{i}].amount"), "must not be negative");
                continue;
            }
            Err(e) => {
                errors.add(format!("installments[{i}].amount"), e.to_string());
                continue;
            }
        };
        match row.sequence {
            Some(n) if !scheduled.contains(&n) => errors.add(
                format!("installments[{i}].sequence"),
                format!("#{n} is not an installment still scheduled"),
            ),
            Some(n) if confirmed.iter().any(|c: &Proposed| c.sequence == Some(n)) => errors.add(
                format!("installments[{i}].sequence"),
                format!("#{n} is given twice"),
            ),
            None if confirmed.iter().any(|c: &Proposed| c.sequence.is_none()) => errors.add(
                format!("installments[{i}].sequence"),
                "only one new installment can come with an amount change",
            ),
            _ => {}
        }
        total = total.saturating_add(amount);
        confirmed.push(Proposed {
            sequence: row.sequence,
            amount_minor: amount,
        });
    }
    for n in &scheduled {
        if !given.iter().any(|g| g.sequence == Some(*n)) {
            errors.add(
                "installments",
                format!("give an amount for installment #{n}"),
            );
        }
    }
    if errors.is_empty() && total != remaining {
        errors.add(
            "installments",
            format!(
                "add up to {} (the new amount less what is approved or paid), not {}",
                full.money(remaining).display(),
                full.money(total).display()
            ),
        );
    }
    errors.into_result(confirmed)
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
            // The final reports move with the end, and the installments that wait for them.
            let shift = ends_on - award.ends_on;
            let mut moved_reports = Vec::new();
            for r in full
                .reports
                .iter()
                .filter(|r| is_final(r.kind) && r.status == ReportStatus::Due)
            {
                let mut moved: report::ActiveModel = r.clone().into();
                moved.due_on = Set(r.due_on + shift);
                moved.updated_at = Set(Utc::now());
                moved.update(db).await?;
                moved_reports.push(r.id);
            }
            for d in full.disbursements.iter().filter(|d| {
                let condition = Condition::stored(d);
                d.status == InstallmentStatus::Scheduled
                    && (condition.kind == ConditionKind::AfterFinalReports
                        || condition
                            .report_id
                            .is_some_and(|id| moved_reports.contains(&id)))
            }) {
                let mut moved: disbursement::ActiveModel = d.clone().into();
                moved.due_on = Set(d.due_on.map(|due| due + shift));
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
            // What is approved is as good as paid: the schedule must still add up after.
            let committed = full.committed_minor();
            if amount.minor() < committed || amount.minor() <= 0 {
                return Err(AppError::Validation(FieldErrors::one(
                    "amount",
                    format!(
                        "cannot be less than what is already approved or paid ({})",
                        full.money(committed).display()
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
            // The schedule that goes with the new amount is confirmed by staff: the one given,
            // or the one already there when it still adds up; otherwise the proposal comes back.
            let remaining = amount.minor() - committed;
            let schedule = match &input.installments {
                Some(given) => {
                    confirmed_schedule(&full, given, remaining).map_err(AppError::Validation)?
                }
                None => {
                    let proposed = proposal(&full, amount.minor());
                    let unchanged = full
                        .disbursements
                        .iter()
                        .filter(|d| d.status == InstallmentStatus::Scheduled)
                        .map(|d| d.amount_minor)
                        .sum::<i64>()
                        == remaining;
                    if !unchanged {
                        let lang = crate::i18n::current_request();
                        return Err(AppError::Validation(FieldErrors::one(
                            "installments",
                            crate::i18n::format(
                                lang,
                                "awards-proposal-confirm",
                                &[
                                    ("proposal", describe_proposal(lang, &full, &proposed).into()),
                                    ("remaining", money(lang, &full.money(remaining)).into()),
                                ],
                            ),
                        )));
                    }
                    Vec::new()
                }
            };
            let mut active: award::ActiveModel = award.clone().into();
            active.amount_minor = Set(amount.minor());
            active.updated_at = Set(Utc::now());
            active.update(db).await?;
            let rebalanced = apply_schedule(db, &full, &schedule).await?;
            (
                serde_json::json!({"amount": full.amount().amount().to_string()}),
                serde_json::json!({
                    "amount": amount.amount().to_string(),
                    "installments": rebalanced,
                }),
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

/// The amounts of `scheduled` scaled to add up to `remaining` exactly: each in proportion, the
/// last taking what rounding leaves. With nothing scheduled, one installment of `remaining`.
pub fn rebalanced_amounts(scheduled: &[i64], remaining: i64) -> Vec<i64> {
    let total: i64 = scheduled.iter().sum();
    if remaining <= 0 {
        return vec![0; scheduled.len()];
    }
    if total <= 0 {
        return vec![remaining];
    }
    let mut amounts: Vec<i64> = scheduled
        .iter()
        .map(|&s| {
            i64::try_from(i128::from(s) * i128::from(remaining) / i128::from(total)).unwrap_or(0)
        })
        .collect();
    let given: i64 = amounts.iter().sum();
    if let Some(last) = amounts.last_mut() {
        *last += remaining - given;
    }
    amounts
}

/// After an amount change: the confirmed schedule applied. An installment given nothing is
/// cancelled; a new one falls due at the award's end, after the final reports. Answers the
/// installments as they now are.
async fn apply_schedule<C: ConnectionTrait>(
    db: &C,
    full: &Full,
    schedule: &[Proposed],
) -> Result<Vec<serde_json::Value>, AppError> {
    let now = Utc::now();
    for row in schedule {
        let Some(sequence) = row.sequence else {
            if row.amount_minor > 0 {
                super::model::insert_installments(
                    db,
                    full.award.id,
                    full.next_sequence(),
                    &[super::model::Installment {
                        amount_minor: row.amount_minor,
                        due_on: Some(full.award.ends_on),
                        condition: Condition::of(ConditionKind::AfterFinalReports),
                        condition_note: "added with the increase of the award".to_owned(),
                    }],
                )
                .await?;
            }
            continue;
        };
        let Some(d) = full.disbursements.iter().find(|d| d.sequence == sequence) else {
            continue;
        };
        if d.amount_minor == row.amount_minor {
            continue;
        }
        let mut active: disbursement::ActiveModel = d.clone().into();
        if row.amount_minor == 0 {
            active.status = Set(InstallmentStatus::Cancelled);
            active.cancelled_at = Set(Some(now));
            active.cancel_reason = Set(Some(
                "nothing left to pay on it after the award's amount changed".to_owned(),
            ));
        } else {
            active.amount_minor = Set(row.amount_minor);
        }
        active.updated_at = Set(now);
        active.update(db).await?;
    }
    let after = disbursement::Entity::find()
        .filter(disbursement::Column::AwardId.eq(full.award.id))
        .order_by_asc(disbursement::Column::Sequence)
        .all(db)
        .await?;
    Ok(after
        .iter()
        .map(|d| {
            serde_json::json!({
                "sequence": d.sequence,
                "amount": full.money(d.amount_minor).amount().to_string(),
                "status": d.status.as_str(),
            })
        })
        .collect())
}

/// An amendment's change in words, in `lang`: `end date: 31 Dec 2027 → 1 Mar 2028`; amounts in
/// the award's `currency`.
pub fn describe_change(
    lang: Lang,
    currency: Currency,
    before: &serde_json::Value,
    after: &serde_json::Value,
) -> String {
    let Some(after) = after.as_object() else {
        return String::new();
    };
    let amount = |text: &str| {
        Money::parse(text, currency).map_or_else(|_| text.to_owned(), |m| money(lang, &m))
    };
    let value = |key: &str, v: &serde_json::Value| match v {
        serde_json::Value::String(s) if key == "amount" => amount(s),
        serde_json::Value::String(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(day) => crate::i18n::formats::date(lang, day),
            Err(_) => s.clone(),
        },
        // The installments after an amount change: "#2 200.00 USD (scheduled)".
        serde_json::Value::Array(items) if items.iter().all(|i| i.get("sequence").is_some()) => {
            items
                .iter()
                .map(|i| {
                    let status = i["status"].as_str().unwrap_or_default();
                    crate::i18n::format(
                        lang,
                        "awards-change-installment",
                        &[
                            ("number", i["sequence"].to_string().into()),
                            (
                                "amount",
                                amount(i["amount"].as_str().unwrap_or_default()).into(),
                            ),
                            (
                                "status",
                                status
                                    .parse::<InstallmentStatus>()
                                    .map_or_else(
                                        |_| status.to_owned(),
                                        |s| s.label_in(lang).to_lowercase(),
                                    )
                                    .into(),
                            ),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
        serde_json::Value::Array(items) => crate::i18n::format(
            lang,
            "awards-change-lines",
            &[("count", items.len().into())],
        ),
        other => other.to_string(),
    };
    after
        .iter()
        .map(|(key, now)| {
            let field = crate::i18n::catalog::try_format(
                lang,
                &format!("awards-change-field-{}", key.replace('_', "-")),
                None,
            )
            .unwrap_or_else(|| key.replace('_', " "));
            let was = before.get(key).cloned().unwrap_or_default();
            if was.is_null() {
                return crate::i18n::format(
                    lang,
                    "awards-change-set",
                    &[("field", field.into()), ("value", value(key, now).into())],
                );
            }
            crate::i18n::format(
                lang,
                "awards-change",
                &[
                    ("field", field.into()),
                    ("before", value(key, &was).into()),
                    ("after", value(key, now).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rebalanced_schedule_adds_up_exactly_and_is_never_negative() {
        assert_eq!(rebalanced_amounts(&[70_000], 36_000), [36_000]);
        assert_eq!(rebalanced_amounts(&[1, 1, 1], 100), [33, 33, 34]);
        assert_eq!(
            rebalanced_amounts(&[30_000, 10_000], 20_000),
            [15_000, 5_000]
        );
        assert_eq!(rebalanced_amounts(&[], 5_000), [5_000]);
        assert_eq!(rebalanced_amounts(&[30_000], 0), [0]);
        for (scheduled, remaining) in [(vec![3, 7, 11], 1_000_001), (vec![999, 1], 7)] {
            let amounts = rebalanced_amounts(&scheduled, remaining);
            assert_eq!(amounts.iter().sum::<i64>(), remaining);
            assert!(amounts.iter().all(|a| *a >= 0), "{amounts:?}");
        }
    }
}
