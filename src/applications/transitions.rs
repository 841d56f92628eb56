//! Taking a step of the workflow: the state machine says whether it may be taken, then the rules
//! of the step are checked (what a submission must hold is [`completeness`]), and the change is
//! written with its audit record, revision, award and emails (`notices`), all on the caller's
//! transaction, which `commands::take_step` owns.

use chrono::{Months, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::Deserialize;

use super::model::{self, Loaded};
use super::notices;
use super::revisions;
use super::workflow::{self, Step};
use crate::audit::{self, Actor};
use crate::dates::{parse_record_date, today};
use crate::entities::{application, award};
use crate::error::{AppError, FieldErrors};
use crate::input::text;
use crate::money::Money;
use crate::notify::Mail;
use crate::rounds::model::{self as rounds, Round};
use crate::treaty::model::find_state;
use crate::treaty::status::TreatyStatus;

/// What a step may take: a message (request changes), a reason (reject), an amount and dates
/// (approve). The others take nothing.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = applications::StepInput)]
pub struct StepInput {
    /// request-changes: the changes asked for (required).
    pub message: Option<String>,
    /// reject: why (required).
    pub reason: Option<String>,
    /// approve: the amount awarded, a decimal string in the round's currency (required).
    pub amount: Option<String>,
    /// approve: the award's first day, YYYY-MM-DD (default today).
    pub starts_on: Option<String>,
    /// approve: the award's last day, YYYY-MM-DD (default twelve months after the start).
    pub ends_on: Option<String>,
    /// approve: the award's conditions.
    pub conditions: Option<String>,
}

/// What a step did, for the person who took it.
pub struct Taken {
    pub app: application::Model,
    pub award: Option<award::Model>,
}

fn required(errors: &mut FieldErrors, field: &str, value: &Option<String>, what: &str) -> String {
    let value = text(value);
    if value.is_empty() {
        errors.add(field, what);
    } else if value.chars().count() > 5000 {
        errors.add(field, "must be at most 5000 characters long");
    }
    value
}

pub async fn take<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    actor: &Actor,
    app: application::Model,
    step: Step,
    input: &StepInput,
) -> Result<Taken, AppError> {
    let from = app.status;
    let to = workflow::next(from, step).map_err(|e| AppError::Conflict(e.to_string()))?;
    let before = model::audit_fields(&app);
    let now = Utc::now();
    let mut active: application::ActiveModel = app.clone().into();
    active.status = Set(to);
    active.updated_at = Set(now);
    let mut created_award = None;
    let mut detail = serde_json::Map::new();
    match step {
        Step::Submit => {
            let round = rounds::get_for_update(db, app.round_id).await?;
            if !round.is_open() {
                return Err(AppError::Conflict(format!(
                    "the round '{}' closed on '{}'; applications can no longer be submitted",
                    round.model.name,
                    crate::views::instant(round.model.closes_at)
                )));
            }
            let loaded = model::load(db, app.clone()).await?;
            let missing = missing_documents(db, &round, app.id).await?;
            let content = match complete(db, &round, &loaded).await {
                Ok(content) if missing.is_empty() => content,
                Ok(_) => return Err(AppError::Validation(missing)),
                Err(AppError::Validation(mut errors)) => {
                    for (field, messages) in missing {
                        for message in messages {
                            errors.add(field.clone(), message);
                        }
                    }
                    return Err(AppError::Validation(errors));
                }
                Err(other) => return Err(other),
            };
            let number = round.model.last_number + 1;
            let reference = round.reference(number);
            let mut round_row: crate::entities::round::ActiveModel = round.model.clone().into();
            round_row.last_number = Set(number);
            round_row.update(db).await?;
            active.number = Set(Some(number));
            active.reference = Set(Some(reference));
            active.submitted_at = Set(Some(now));
            let revision = revisions::keep(db, actor, app.id, &content).await?;
            detail.insert("revision".into(), revision.into());
        }
        Step::Resubmit => {
            let round = rounds::get(db, app.round_id).await?;
            let loaded = model::load(db, app.clone()).await?;
            let content = complete(db, &round, &loaded).await?;
            let revision = revisions::keep(db, actor, app.id, &content).await?;
            detail.insert("revision".into(), revision.into());
        }
        Step::RequestChanges => {
            let mut errors = FieldErrors::new();
            let message = required(
                &mut errors,
                "message",
                &input.message,
                "say what the organization should change",
            );
            errors.into_result(()).map_err(AppError::Validation)?;
            detail.insert("message".into(), message.clone().into());
            active.staff_message = Set(Some(message));
        }
        Step::Reject => {
            let mut errors = FieldErrors::new();
            let reason = required(
                &mut errors,
                "reason",
                &input.reason,
                "give the reason the organization will read",
            );
            errors.into_result(()).map_err(AppError::Validation)?;
            detail.insert("reason".into(), reason.clone().into());
            active.staff_message = Set(Some(reason));
            active.decided_at = Set(Some(now));
        }
        Step::Approve => {
            let round = rounds::get_for_update(db, app.round_id).await?;
            let award = approve(db, &round, &app, input).await?;
            detail.insert("amount".into(), award.amount_minor.into());
            active.decided_at = Set(Some(now));
            created_award = Some(award);
        }
        Step::StartReview | Step::Withdraw => {}
    }
    let updated = active.update(db).await?;
    let mut after = model::audit_fields(&updated);
    if let Some(object) = after.as_object_mut() {
        object.extend(detail);
    }
    let action = format!("application_{}", step.as_str().replace('-', "_"));
    audit::record(
        db,
        actor,
        &action,
        "application",
        updated.id,
        Some(before),
        Some(after),
    )
    .await?;
    if let Some(award) = &created_award {
        audit::record(
            db,
            actor,
            "award_created",
            "award",
            award.id,
            None,
            Some(crate::awards::snapshot(award)),
        )
        .await?;
    }
    notices::step_taken(db, mail, &updated, step, created_award.as_ref()).await?;
    Ok(Taken {
        app: updated,
        award: created_award,
    })
}

/// The content, refused with every missing part when it is not complete.
async fn complete<C: ConnectionTrait>(
    db: &C,
    round: &Round,
    loaded: &Loaded,
) -> Result<model::Content, AppError> {
    let content = loaded.content(round);
    let errors = missing(db, round, &content).await?;
    errors.into_result(content).map_err(AppError::Validation)
}

/// What submitting `content` would be refused for (nothing, when it is complete).
pub async fn missing<C: ConnectionTrait>(
    db: &C,
    round: &Round,
    content: &model::Content,
) -> Result<FieldErrors, AppError> {
    let target_is_party = match &content.target_state {
        Some(code) => find_state(db, code)
            .await?
            .is_some_and(|(_, history)| history.status_on(today()) == TreatyStatus::StateParty),
        None => false,
    };
    Ok(completeness(content, round, target_is_party))
}

/// Creates the award, if the amount is within what was requested and what the round has left.
/// The caller holds the round's lock, so the figures cannot move under it.
async fn approve<C: ConnectionTrait>(
    db: &C,
    round: &Round,
    app: &application::Model,
    input: &StepInput,
) -> Result<award::Model, AppError> {
    let mut errors = FieldErrors::new();
    let requested = Money::from_minor(app.requested_minor, round.currency);
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
        Some(typed) => match Money::parse(typed, round.currency) {
            Ok(m) if m.minor() <= 0 => {
                errors.add("amount", "must be more than zero");
                None
            }
            Ok(m) if m.minor() > requested.minor() => {
                errors.add(
                    "amount",
                    format!("cannot be more than the {} requested", requested.display()),
                );
                None
            }
            Ok(m) => Some(m),
            Err(e) => {
                errors.add("amount", e.to_string());
                None
            }
        },
    };
    let mut date = |field: &str, value: &Option<String>| match value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        None => None,
        Some(v) => parse_record_date(v).map_err(|m| errors.add(field, m)).ok(),
    };
    let starts_on: Option<NaiveDate> = date("starts_on", &input.starts_on);
    let ends_on = date("ends_on", &input.ends_on);
    let starts_on = starts_on.unwrap_or_else(today);
    let ends_on = ends_on.unwrap_or_else(|| {
        starts_on
            .checked_add_months(Months::new(12))
            .unwrap_or(starts_on)
    });
    if ends_on <= starts_on {
        errors.add("ends_on", "must be after the start");
    }
    let conditions = text(&input.conditions);
    let amount = errors
        .into_result(amount)
        .map_err(AppError::Validation)?
        .ok_or_else(|| AppError::Validation(FieldErrors::one("amount", "is required")))?;
    let figures = rounds::budget_figures(db, round).await?;
    if amount.minor() > figures.left.minor() {
        return Err(AppError::Validation(FieldErrors::one(
            "amount",
            format!(
                "is more than the round has left ({} of {})",
                figures.left.display(),
                figures.budget.display()
            ),
        )));
    }
    crate::awards::model::create(
        db,
        crate::awards::model::NewAward {
            round,
            app,
            amount,
            starts_on,
            ends_on,
            conditions,
        },
    )
    .await
}

/// What must be there to submit: every field, an activity and a budget line at least, each
/// complete, a total within the tier's maximum; and, when the round says so, a target that
/// is not a State Party.
pub fn completeness(content: &model::Content, round: &Round, target_is_party: bool) -> FieldErrors {
    let mut errors = FieldErrors::new();
    let required = "is required to submit";
    if content.target_state.is_none() {
        errors.add("target_state", required);
    } else if round.model.not_party_only && target_is_party {
        errors.add(
            "target_state",
            "this round funds work toward states not party to the Convention only",
        );
    }
    for (field, value) in [
        ("title", &content.title),
        ("summary", &content.summary),
        ("objectives", &content.objectives),
    ] {
        if value.is_empty() {
            errors.add(field, required);
        }
    }
    match round.tier(&content.tier) {
        None => errors.add("tier", required),
        Some(tier) => {
            if content.requested.minor() > tier.max_minor {
                errors.add(
                    "budget_lines",
                    format!(
                        "add up to {}, more than the '{}' tier's maximum of {}",
                        content.requested.display(),
                        tier.name,
                        Money::from_minor(tier.max_minor, round.currency).display()
                    ),
                );
            }
            let lower_exists = round.tiers.iter().any(|t| t.max_minor < tier.max_minor);
            if lower_exists && content.lower_tier_plan.is_empty() {
                errors.add(
                    "lower_tier_plan",
                    "say what you would do with a lower tier's amount",
                );
            }
        }
    }
    if content.activities.is_empty() {
        errors.add("activities", "plan at least one activity");
    }
    for (i, a) in content.activities.iter().enumerate() {
        let field = |name: &str| format!("activities[{i}].{name}");
        if a.kind.is_none() {
            errors.add(field("kind"), required);
        }
        if a.description.is_empty() {
            errors.add(field("description"), required);
        }
        if a.starts_on.is_none() {
            errors.add(field("starts_on"), required);
        }
        if a.ends_on.is_none() {
            errors.add(field("ends_on"), required);
        }
    }
    if content.lines.is_empty() {
        errors.add("budget_lines", "add at least one budget line");
    }
    for (i, l) in content.lines.iter().enumerate() {
        let field = |name: &str| format!("budget_lines[{i}].{name}");
        if l.category.is_none() {
            errors.add(field("category"), required);
        }
        if l.description.is_empty() {
            errors.add(field("description"), required);
        }
        if l.amount_minor <= 0 {
            errors.add(field("amount"), "must be more than zero");
        }
    }
    errors
}

/// The documents the round requires that the application does not carry, under `documents`.
async fn missing_documents<C: ConnectionTrait>(
    db: &C,
    round: &Round,
    id: i64,
) -> Result<FieldErrors, AppError> {
    let mut errors = FieldErrors::new();
    if round.required_documents.is_empty() {
        return Ok(errors);
    }
    let attached =
        crate::attachments::of_record(db, crate::attachments::RecordType::Application, id).await?;
    for kind in &round.required_documents {
        if !attached
            .iter()
            .any(|a| a.kind == *kind && a.scan_status.present())
        {
            errors.add(
                "documents",
                format!(
                    "attach the {} ({}): the round requires it",
                    kind.label().to_lowercase(),
                    kind.as_str()
                ),
            );
        }
    }
    Ok(errors)
}
