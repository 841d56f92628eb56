//! The activity log of a campaign: what leads and staff record of their meetings, events and
//! their outcomes, each entry audited on the campaign.

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::applications::model::ActivityKind;
use crate::audit::{self, Actor};
use crate::dates::parse_record_date;
use crate::entities::campaign_activity;
use crate::error::{AppError, FieldErrors};
use crate::input::text;

/// An entry of a campaign's activity log as submitted.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = campaigns::ActivityInput)]
pub struct ActivityInput {
    /// Required.
    #[schema(value_type = Option<NaiveDate>)]
    pub occurred_on: Option<String>,
    /// Required.
    #[schema(value_type = Option<ActivityKind>)]
    pub kind: Option<String>,
    /// Required: what happened, at most 5000 characters.
    pub description: Option<String>,
    /// What came of it, at most 5000 characters.
    pub outcome: Option<String>,
}

pub async fn add_activity<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    campaign_id: i64,
    input: &ActivityInput,
) -> Result<campaign_activity::Model, AppError> {
    let mut errors = FieldErrors::new();
    let occurred_on: Option<NaiveDate> = match text(&input.occurred_on) {
        d if d.is_empty() => {
            errors.add("occurred_on", "is required");
            None
        }
        d => parse_record_date(&d)
            .map_err(|m| errors.add("occurred_on", m))
            .ok(),
    };
    let kind = match text(&input.kind) {
        k if k.is_empty() => {
            errors.add("kind", "choose a kind of activity");
            None
        }
        k => k
            .parse::<ActivityKind>()
            .map_err(|m| errors.add("kind", m))
            .ok(),
    };
    let description = text(&input.description);
    if description.is_empty() {
        errors.add("description", "say what happened");
    } else if description.chars().count() > 5000 {
        errors.add("description", "must be at most 5000 characters long");
    }
    let outcome = text(&input.outcome);
    if outcome.chars().count() > 5000 {
        errors.add("outcome", "must be at most 5000 characters long");
    }
    let (Some(occurred_on), Some(kind), true) = (occurred_on, kind, errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let created = campaign_activity::ActiveModel {
        campaign_id: Set(campaign_id),
        occurred_on: Set(occurred_on),
        kind: Set(kind),
        description: Set(description),
        outcome: Set(outcome),
        created_by: Set(actor.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        actor,
        "campaign_activity_added",
        "campaign",
        campaign_id,
        None,
        Some(json!({"activity": created.id, "occurred_on": created.occurred_on, "kind": created.kind})),
    )
    .await?;
    Ok(created)
}

/// An entry of a campaign's activity log.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = campaigns::ActivityItem)]
pub struct ActivityItem {
    pub id: i64,
    pub occurred_on: NaiveDate,
    pub kind: ActivityKind,
    /// The kind for people.
    pub kind_label: &'static str,
    pub description: String,
    pub outcome: String,
}

impl From<campaign_activity::Model> for ActivityItem {
    fn from(a: campaign_activity::Model) -> Self {
        Self {
            id: a.id,
            occurred_on: a.occurred_on,
            kind_label: a.kind.label(),
            kind: a.kind,
            description: a.description,
            outcome: a.outcome,
        }
    }
}
