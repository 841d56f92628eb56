//! An application as stored: read back whole (activities and budget lines with it), started,
//! and saved over, each change with its audit record. Its content's form is `content`.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::workflow::Status;
use crate::audit::{self, Actor};
use crate::entities::{activity, application, award, budget_line, organization};
use crate::error::AppError;
use crate::input::NumberInput;
use crate::members::model::MembershipStatus;
use crate::money::Money;
use crate::rounds::model::Round;

pub use super::content::{
    ActivityInput, ActivityKind, ActivityValues, ApplicationInput, Category, Content, LineInput,
    LineValues, OrBlank,
};

/// An application with everything it holds.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub app: application::Model,
    pub activities: Vec<activity::Model>,
    pub lines: Vec<budget_line::Model>,
    /// The award its approval created.
    pub award_id: Option<i64>,
}

impl Loaded {
    pub fn status(&self) -> Status {
        self.app.status
    }

    /// The content as saved, in the shape [`ApplicationInput::content`] gives.
    pub fn content(&self, round: &Round) -> Content {
        Content {
            target_state: self.app.target_state.clone(),
            title: self.app.title.clone(),
            summary: self.app.summary.clone(),
            objectives: self.app.objectives.clone(),
            tier: self.app.tier.clone(),
            lower_tier_plan: self.app.lower_tier_plan.clone(),
            activities: self
                .activities
                .iter()
                .map(|a| ActivityValues {
                    kind: a.kind.0,
                    description: a.description.clone(),
                    starts_on: a.starts_on,
                    ends_on: a.ends_on,
                })
                .collect(),
            lines: self
                .lines
                .iter()
                .map(|l| LineValues {
                    category: l.category.0,
                    description: l.description.clone(),
                    amount_minor: l.amount_minor,
                })
                .collect(),
            requested: Money::from_minor(self.app.requested_minor, round.currency),
            campaign_id: self.app.campaign_id,
        }
    }
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<application::Model, AppError> {
    crate::db::get::<application::Entity, _>(db, id, "application").await
}

/// The application with its activities and budget lines, in their order. A row holding a kind
/// or category the code does not know names the application in the error.
pub async fn load<C: ConnectionTrait>(db: &C, app: application::Model) -> Result<Loaded, AppError> {
    let unknown = |e| crate::db::record_error("application", app.id, e);
    let activities = activity::Entity::find()
        .filter(activity::Column::ApplicationId.eq(app.id))
        .order_by_asc(activity::Column::Position)
        .all(db)
        .await
        .map_err(unknown)?;
    let lines = budget_line::Entity::find()
        .filter(budget_line::Column::ApplicationId.eq(app.id))
        .order_by_asc(budget_line::Column::Position)
        .all(db)
        .await
        .map_err(unknown)?;
    let award_id = if app.status == Status::Approved {
        award::Entity::find()
            .select_only()
            .column(award::Column::Id)
            .filter(award::Column::ApplicationId.eq(app.id))
            .into_tuple::<i64>()
            .one(db)
            .await?
    } else {
        None
    };
    Ok(Loaded {
        app,
        activities,
        lines,
        award_id,
    })
}

/// Who an application may be started for: an active member organization, in an open round.
pub fn check_can_start(round: &Round, org: &organization::Model) -> Result<(), AppError> {
    if !round.is_open() {
        return Err(AppError::Conflict(format!(
            "the round '{}' is not open for applications",
            round.model.name
        )));
    }
    if org.membership_status != MembershipStatus::Active {
        return Err(AppError::Conflict(format!(
            "'{}' is not an active member, so it cannot apply",
            org.name
        )));
    }
    Ok(())
}

/// Starts a draft.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    round: &Round,
    org: &organization::Model,
    content: Content,
) -> Result<application::Model, AppError> {
    check_can_start(round, org)?;
    let now = Utc::now();
    let created = application::ActiveModel {
        round_id: Set(round.id()),
        organization_id: Set(org.id),
        status: Set(Status::Draft),
        requested_currency: Set(round.currency),
        created_by: Set(actor.id),
        created_at: Set(now),
        updated_at: Set(now),
        ..content_fields(&content)
    }
    .insert(db)
    .await?;
    replace_rows(db, created.id, &content).await?;
    audit::record(
        db,
        actor,
        "application_created",
        "application",
        created.id,
        None,
        Some(audit_fields(&created)),
    )
    .await?;
    Ok(created)
}

fn content_fields(content: &Content) -> application::ActiveModel {
    application::ActiveModel {
        target_state: Set(content.target_state.clone()),
        title: Set(content.title.clone()),
        summary: Set(content.summary.clone()),
        objectives: Set(content.objectives.clone()),
        tier: Set(content.tier.clone()),
        lower_tier_plan: Set(content.lower_tier_plan.clone()),
        requested_minor: Set(content.requested.minor()),
        campaign_id: Set(content.campaign_id),
        ..Default::default()
    }
}

/// Saves new content over a draft (or an application sent back for changes).
pub async fn update<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    app: application::Model,
    content: Content,
) -> Result<application::Model, AppError> {
    let status = app.status;
    if !status.is_editable() {
        return Err(AppError::Conflict(format!(
            "an application that is '{}' cannot be changed",
            status.label().to_lowercase()
        )));
    }
    let before = audit_fields(&app);
    let mut active = content_fields(&content);
    active.id = Set(app.id);
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    replace_rows(db, updated.id, &content).await?;
    let after = audit_fields(&updated);
    audit::record(
        db,
        actor,
        "application_saved",
        "application",
        updated.id,
        Some(before),
        Some(after),
    )
    .await?;
    Ok(updated)
}

async fn replace_rows<C: ConnectionTrait>(
    db: &C,
    application_id: i64,
    content: &Content,
) -> Result<(), AppError> {
    activity::Entity::delete_many()
        .filter(activity::Column::ApplicationId.eq(application_id))
        .exec(db)
        .await?;
    budget_line::Entity::delete_many()
        .filter(budget_line::Column::ApplicationId.eq(application_id))
        .exec(db)
        .await?;
    let activities: Vec<activity::ActiveModel> = content
        .activities
        .iter()
        .zip(0..)
        .map(|(a, position)| activity::ActiveModel {
            application_id: Set(application_id),
            position: Set(position),
            kind: Set(OrBlank(a.kind)),
            description: Set(a.description.clone()),
            starts_on: Set(a.starts_on),
            ends_on: Set(a.ends_on),
            ..Default::default()
        })
        .collect();
    if !activities.is_empty() {
        activity::Entity::insert_many(activities).exec(db).await?;
    }
    let lines: Vec<budget_line::ActiveModel> = content
        .lines
        .iter()
        .zip(0..)
        .map(|(l, position)| budget_line::ActiveModel {
            application_id: Set(application_id),
            position: Set(position),
            category: Set(OrBlank(l.category)),
            description: Set(l.description.clone()),
            amount_minor: Set(l.amount_minor),
            ..Default::default()
        })
        .collect();
    if !lines.is_empty() {
        budget_line::Entity::insert_many(lines).exec(db).await?;
    }
    Ok(())
}

/// The fields the audit log keeps of an application (its content is in its revisions).
pub fn audit_fields(app: &application::Model) -> serde_json::Value {
    serde_json::json!({
        "status": app.status.as_str(),
        "reference": app.reference,
        "target_state": app.target_state,
        "title": app.title,
        "tier": app.tier,
        "requested_minor": app.requested_minor,
        "currency": app.requested_currency.code(),
        "campaign_id": app.campaign_id,
    })
}

/// The saved content as an input: what a form shows, and what a PATCH is laid over.
pub fn input_of(loaded: &Loaded, round: &Round) -> ApplicationInput {
    let app = &loaded.app;
    ApplicationInput {
        round_id: Some(NumberInput::Number(app.round_id)),
        organization_id: Some(NumberInput::Number(app.organization_id)),
        target_state: Some(app.target_state.clone().unwrap_or_default()),
        title: Some(app.title.clone()),
        summary: Some(app.summary.clone()),
        objectives: Some(app.objectives.clone()),
        tier: Some(app.tier.clone()),
        lower_tier_plan: Some(app.lower_tier_plan.clone()),
        requested_amount: None,
        activities: Some(
            loaded
                .activities
                .iter()
                .map(|a| ActivityInput {
                    kind: a.kind.value(),
                    description: a.description.clone(),
                    starts_on: a.starts_on.map(|d| d.to_string()).unwrap_or_default(),
                    ends_on: a.ends_on.map(|d| d.to_string()).unwrap_or_default(),
                })
                .collect(),
        ),
        budget_lines: Some(
            loaded
                .lines
                .iter()
                .map(|l| LineInput {
                    category: l.category.value(),
                    description: l.description.clone(),
                    amount: Money::from_minor(l.amount_minor, round.currency)
                        .amount()
                        .to_string(),
                })
                .collect(),
        ),
        campaign_id: Some(app.campaign_id.map(NumberInput::Number).unwrap_or_default()),
    }
}

/// The saved content with the given fields over it: a PATCH changes the fields it names, and a
/// form, which names them all, replaces the content.
pub fn merged(current: &Loaded, round: &Round, input: ApplicationInput) -> ApplicationInput {
    let saved = input_of(current, round);
    ApplicationInput {
        round_id: None,
        organization_id: None,
        target_state: input.target_state.or(saved.target_state),
        title: input.title.or(saved.title),
        summary: input.summary.or(saved.summary),
        objectives: input.objectives.or(saved.objectives),
        tier: input.tier.or(saved.tier),
        lower_tier_plan: input.lower_tier_plan.or(saved.lower_tier_plan),
        requested_amount: input.requested_amount,
        activities: input.activities.or(saved.activities),
        budget_lines: input.budget_lines.or(saved.budget_lines),
        campaign_id: input.campaign_id.or(saved.campaign_id),
    }
}
