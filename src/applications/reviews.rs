//! Reviews: staff assign reviewers; a reviewer declares no conflict of interest (refused when
//! the reviewer belongs to the applicant organization or works in its country), then scores four
//! criteria from 1 to 5, recommends, and comments.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};

use super::reviewers::conflict;
use crate::audit::{self, Actor};
use crate::auth::Role;
use crate::choice::choice;
use crate::db::record_error;
use crate::entities::{application, organization, review, user};
use crate::error::{AppError, FieldErrors};
use crate::input::{NumberInput, YesNo, text};
use crate::notify::Mail;

choice!(Recommendation, "a recommendation", {
    Fund => "fund", "Fund",
    FundLowerTier => "fund_lower_tier", "Fund at the lower tier",
    Decline => "decline", "Decline",
});

/// The criteria, as the API names them and as pages label them.
pub const CRITERIA: [(&str, &str); 4] = [
    ("relevance", "Relevance to universalization"),
    ("feasibility", "Feasibility"),
    ("value_for_money", "Value for money"),
    ("capacity", "Capacity"),
];

async fn applicant<C: ConnectionTrait>(
    db: &C,
    app: &application::Model,
) -> Result<organization::Model, AppError> {
    organization::Entity::find_by_id(app.organization_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("the applicant organization is gone"))
}

/// Assigns a reviewer (a person with the reviewer role, without a conflict of interest).
pub async fn assign<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    actor: &Actor,
    app: &application::Model,
    reviewer_id: Option<i64>,
) -> Result<review::Model, AppError> {
    if app.status.is_final() || app.status == super::workflow::Status::Draft {
        return Err(AppError::Conflict(format!(
            "reviewers are assigned to submitted applications; this one is '{}'",
            app.status.label().to_lowercase()
        )));
    }
    let reviewer = match reviewer_id {
        None => None,
        Some(id) => user::Entity::find_by_id(id).one(db).await?,
    }
    .filter(|u| u.active && u.role == Role::Reviewer)
    .ok_or_else(|| {
        AppError::Validation(FieldErrors::one(
            "user_id",
            "choose a person with the reviewer role",
        ))
    })?;
    if let Some(reason) = conflict(&reviewer, &applicant(db, app).await?) {
        return Err(AppError::Validation(FieldErrors::one(
            "user_id",
            format!("conflict of interest: {reason}"),
        )));
    }
    let existing = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(app.id))
        .filter(review::Column::ReviewerId.eq(reviewer.id))
        .one(db)
        .await
        .map_err(|e| record_error("application", app.id, e))?;
    if existing.is_some() {
        return Err(AppError::Conflict(format!(
            "'{}' is already a reviewer of this application",
            reviewer.email
        )));
    }
    let assigned = review::ActiveModel {
        application_id: Set(app.id),
        reviewer_id: Set(reviewer.id),
        assigned_by: Set(actor.id),
        assigned_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        actor,
        "reviewer_assigned",
        "application",
        app.id,
        None,
        Some(serde_json::json!({"reviewer": reviewer.email, "review_id": assigned.id})),
    )
    .await?;
    let words = |lang: crate::i18n::Lang| {
        (
            crate::i18n::text(lang, "applications-mail-to-review-subject"),
            vec![
                crate::i18n::format(
                    lang,
                    "applications-mail-to-review",
                    &[("title", app.title.clone().into())],
                ),
                crate::i18n::text(lang, "applications-mail-to-review-next"),
            ],
        )
    };
    mail.application_notice_in(db, &reviewer.email, app, &words)
        .await?;
    Ok(assigned)
}

/// The reviews of an application, in the order reviewers were assigned, with their emails.
pub async fn of_application<C: ConnectionTrait>(
    db: &C,
    application_id: i64,
) -> Result<Vec<(review::Model, Option<user::Model>)>, AppError> {
    review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .order_by_asc(review::Column::Id)
        .find_also_related(user::Entity)
        .all(db)
        .await
        .map_err(|e| record_error("application", application_id, e))
}

/// The active reviewers not among `assigned`, by email: whom staff may still assign.
pub async fn candidates<C: ConnectionTrait>(
    db: &C,
    assigned: &[i64],
) -> Result<Vec<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Reviewer.as_str()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?
        .into_iter()
        .filter(|u| !assigned.contains(&u.id))
        .collect())
}

/// This reviewer's assignment to the application, if any.
pub async fn assignment<C: ConnectionTrait>(
    db: &C,
    application_id: i64,
    reviewer_id: i64,
) -> Result<Option<review::Model>, AppError> {
    review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::ReviewerId.eq(reviewer_id))
        .one(db)
        .await
        .map_err(|e| record_error("application", application_id, e))
}

/// A review as submitted: the declaration, then the scores. Every field optional, so that a
/// declaration alone (`{"no_conflict": true}`) can come first.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReviewInput {
    /// The reviewer's declaration of no conflict of interest: `true`, before any score.
    pub no_conflict: Option<YesNo>,
    /// A score from 1 to 5.
    pub relevance: Option<NumberInput>,
    /// A score from 1 to 5.
    pub feasibility: Option<NumberInput>,
    /// A score from 1 to 5.
    pub value_for_money: Option<NumberInput>,
    /// A score from 1 to 5.
    pub capacity: Option<NumberInput>,
    /// `fund`, `fund_lower_tier` or `decline`.
    pub recommendation: Option<String>,
    pub comment: Option<String>,
}

impl ReviewInput {
    fn has_scores(&self) -> bool {
        self.relevance.is_some()
            || self.feasibility.is_some()
            || self.value_for_money.is_some()
            || self.capacity.is_some()
            || self.recommendation.is_some()
    }
}

/// Records the reviewer's declaration and, when given, the review. A declaration is refused when
/// the reviewer has a conflict of interest with the applicant.
pub async fn submit<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    app: &application::Model,
    reviewer: &user::Model,
    assignment: review::Model,
    input: &ReviewInput,
) -> Result<review::Model, AppError> {
    if app.status.is_final() {
        return Err(AppError::Conflict(format!(
            "the application is '{}'; its reviews are closed",
            app.status.label().to_lowercase()
        )));
    }
    let declaring = input.no_conflict.as_ref().is_some_and(YesNo::is_yes);
    let mut active: review::ActiveModel = assignment.clone().into();
    if assignment.declared_at.is_none() {
        if !declaring {
            return Err(AppError::Validation(FieldErrors::one(
                "no_conflict",
                "declare that you have no conflict of interest before reviewing",
            )));
        }
        if let Some(reason) = conflict(reviewer, &applicant(db, app).await?) {
            // Checked on the real applicant; a blind round's reviewer is not told who it is.
            let reason = if super::blind::round_is_blind(db, app.round_id).await? {
                super::blind::CONFLICT.to_owned()
            } else {
                reason
            };
            return Err(AppError::Conflict(format!(
                "you cannot review this application: {reason}"
            )));
        }
        active.declared_at = Set(Some(Utc::now()));
        audit::record(
            db,
            actor,
            "conflict_declared_none",
            "application",
            app.id,
            None,
            Some(serde_json::json!({"review_id": assignment.id})),
        )
        .await?;
    }
    if input.has_scores() || !declaring {
        let mut errors = FieldErrors::new();
        let mut score = |field: &str, value: &Option<NumberInput>| match value
            .as_ref()
            .and_then(NumberInput::value)
        {
            Some(n @ 1..=5) => i16::try_from(n).ok(),
            _ => {
                errors.add(field, "give a score from 1 to 5");
                None
            }
        };
        let relevance = score("relevance", &input.relevance);
        let feasibility = score("feasibility", &input.feasibility);
        let value_for_money = score("value_for_money", &input.value_for_money);
        let capacity = score("capacity", &input.capacity);
        let recommendation = match text(&input.recommendation) {
            r if r.is_empty() => {
                errors.add("recommendation", "is required");
                None
            }
            r => r
                .parse::<Recommendation>()
                .map_err(|m| errors.add("recommendation", m))
                .ok(),
        };
        let comment = text(&input.comment);
        if comment.chars().count() > 10_000 {
            errors.add("comment", "must be at most 10000 characters long");
        }
        errors.into_result(()).map_err(AppError::Validation)?;
        let before = scores(&assignment);
        active.relevance = Set(relevance);
        active.feasibility = Set(feasibility);
        active.value_for_money = Set(value_for_money);
        active.capacity = Set(capacity);
        active.recommendation = Set(recommendation);
        active.comment = Set(Some(comment));
        active.submitted_at = Set(Some(Utc::now()));
        let saved = active.update(db).await?;
        audit::record(
            db,
            actor,
            "review_submitted",
            "application",
            app.id,
            assignment.submitted_at.map(|_| before),
            Some(scores(&saved)),
        )
        .await?;
        return Ok(saved);
    }
    Ok(active.update(db).await?)
}

fn scores(review: &review::Model) -> serde_json::Value {
    serde_json::json!({
        "review_id": review.id,
        "relevance": review.relevance,
        "feasibility": review.feasibility,
        "value_for_money": review.value_for_money,
        "capacity": review.capacity,
        "recommendation": review.recommendation.map(Recommendation::as_str),
    })
}

/// A review with its mean score, as pages and the API show it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ReviewItem {
    pub id: i64,
    pub reviewer_id: i64,
    /// The reviewer's email address.
    pub reviewer: String,
    pub assigned_at: chrono::DateTime<Utc>,
    pub declared_no_conflict_at: Option<chrono::DateTime<Utc>>,
    pub submitted_at: Option<chrono::DateTime<Utc>>,
    pub relevance: Option<i16>,
    pub feasibility: Option<i16>,
    pub value_for_money: Option<i16>,
    pub capacity: Option<i16>,
    /// The mean of the scores given, a decimal string.
    pub mean: Option<String>,
    pub recommendation: Option<Recommendation>,
    pub comment: Option<String>,
}

impl ReviewItem {
    pub fn new(review: &review::Model, reviewer: Option<&user::Model>) -> Self {
        let scores = [
            review.relevance,
            review.feasibility,
            review.value_for_money,
            review.capacity,
        ];
        Self {
            id: review.id,
            reviewer_id: review.reviewer_id,
            reviewer: reviewer.map(|u| u.email.clone()).unwrap_or_default(),
            assigned_at: review.assigned_at,
            declared_no_conflict_at: review.declared_at,
            submitted_at: review.submitted_at,
            relevance: review.relevance,
            feasibility: review.feasibility,
            value_for_money: review.value_for_money,
            capacity: review.capacity,
            mean: mean(&scores),
            recommendation: review.recommendation,
            comment: review.comment.clone(),
        }
    }
}

/// The mean of the scores given, to two decimals (`"3.75"`); none when none is given.
pub fn mean(scores: &[Option<i16>]) -> Option<String> {
    let given: Vec<i64> = scores.iter().flatten().map(|s| i64::from(*s)).collect();
    if given.is_empty() {
        return None;
    }
    let sum: i64 = given.iter().sum();
    let count = i64::try_from(given.len()).ok()?;
    let hundredths = (sum * 100 + count / 2) / count;
    Some(format!("{}.{:02}", hundredths / 100, hundredths % 100))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_is_exact_to_two_decimals() {
        assert_eq!(
            mean(&[Some(4), Some(3), Some(4), Some(4)]).as_deref(),
            Some("3.75")
        );
        assert_eq!(mean(&[Some(5), Some(4), Some(4)]).as_deref(), Some("4.33"));
        assert_eq!(mean(&[None, None]), None);
    }
}
