//! Flags: records of something that needs a person, each with its reason, the record it is on,
//! the records it points to, when it was raised, and who resolved it, when and with what note.
//! Raised by the rules that notice them (a coordination request's submission, the escalation
//! job, a state joining the Convention), listed in the attention inbox (`crate::inbox`), resolved
//! there by staff.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::audit::{self, Actor};
use crate::campaigns::model::CampaignStatus;
use crate::choice::choice;
use crate::entities::{campaign, flag};
use crate::error::{AppError, FieldErrors};
use crate::input::text;

choice!(Reason, "a flag reason", {
    MemberPresent => "member_present", "A member organization works in the target state",
    ActiveCampaign => "active_campaign", "A campaign (planned, active or paused) targets this state",
    ActiveAward => "active_award", "An active award targets this state",
    Overlap => "overlap", "Another open request overlaps",
    Imminent => "imminent", "The window starts within 14 days",
    TargetIsParty => "target_is_party", "The target is already a State Party",
    Escalated => "escalated", "Not acknowledged within 2 working days",
    StateJoined => "state_joined", "The state joined the Convention",
});

choice!(Subject, "a kind of flagged record", {
    CoordinationRequest => "coordination_request", "Coordination request",
    Campaign => "campaign", "Campaign",
});

/// What a flag is on; also the `entity_type` of their audit records.
pub const ON_REQUEST: Subject = Subject::CoordinationRequest;
pub const ON_CAMPAIGN: Subject = Subject::Campaign;

/// A flag: something on a record that needs a person, until staff resolve it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct FlagItem {
    pub id: i64,
    pub reason: Reason,
    /// The reason for people.
    pub label: &'static str,
    /// The kind of record the flag is on.
    pub entity_type: Subject,
    /// The id of the record the flag is on.
    pub entity_id: i64,
    /// What the flag points to: lists of records by kind (`organizations`, `campaigns`,
    /// `awards`, `coordination_requests`, `states`, ...), or the dates behind it.
    #[schema(value_type = Object)]
    pub related: Value,
    pub raised_at: DateTime<Utc>,
    /// The id of the user who resolved it.
    pub resolved_by: Option<i64>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolution_note: Option<String>,
}

impl From<flag::Model> for FlagItem {
    fn from(f: flag::Model) -> Self {
        Self {
            id: f.id,
            label: f.reason.label(),
            reason: f.reason,
            entity_type: f.entity_type,
            entity_id: f.entity_id,
            related: f.related,
            raised_at: f.raised_at,
            resolved_by: f.resolved_by,
            resolved_at: f.resolved_at,
            resolution_note: f.resolution_note,
        }
    }
}

/// Raises one flag, on the caller's transaction.
pub async fn raise<C: ConnectionTrait>(
    db: &C,
    reason: Reason,
    entity_type: Subject,
    entity_id: i64,
    related: Value,
    now: DateTime<Utc>,
) -> Result<flag::Model, AppError> {
    Ok(flag::ActiveModel {
        reason: Set(reason),
        entity_type: Set(entity_type),
        entity_id: Set(entity_id),
        related: Set(related),
        raised_at: Set(now),
        resolved_by: Set(None),
        resolved_at: Set(None),
        resolution_note: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// The flags on a set of records (one query), oldest first.
pub async fn on_records<C: ConnectionTrait>(
    db: &C,
    entity_type: Subject,
    ids: &[i64],
) -> Result<Vec<flag::Model>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(flag::Entity::find()
        .filter(flag::Column::EntityType.eq(entity_type))
        .filter(flag::Column::EntityId.is_in(ids.iter().copied()))
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await?)
}

/// When a state joins the Convention: a `state_joined` flag on each of its campaigns still
/// running (not yet marked achieved or closed), for staff to mark them achieved. Called in the
/// transaction that records the treaty event.
pub async fn state_joined<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    iso3: &str,
    event_id: i64,
) -> Result<usize, AppError> {
    let campaigns = campaign::Entity::find()
        .filter(campaign::Column::StateIso3.eq(iso3))
        .filter(
            campaign::Column::Status.is_not_in([CampaignStatus::Achieved, CampaignStatus::Closed]),
        )
        .all(db)
        .await?;
    let now = Utc::now();
    for c in &campaigns {
        let raised = raise(
            db,
            Reason::StateJoined,
            ON_CAMPAIGN,
            c.id,
            serde_json::json!({"treaty_events": [event_id], "states": [iso3]}),
            now,
        )
        .await?;
        audit::record(
            db,
            actor,
            "flag_raised",
            ON_CAMPAIGN.as_str(),
            c.id,
            None,
            Some(serde_json::json!({"flag": raised.id, "reason": raised.reason})),
        )
        .await?;
    }
    Ok(campaigns.len())
}

/// Resolves every open flag on a record with `note` (when the record itself is closed: a request
/// declined, completed or withdrawn), each audited as a person's resolution is. Answers how
/// many.
pub async fn resolve_open<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    entity_type: Subject,
    entity_id: i64,
    note: &str,
) -> Result<usize, AppError> {
    let open = flag::Entity::find()
        .filter(flag::Column::EntityType.eq(entity_type))
        .filter(flag::Column::EntityId.eq(entity_id))
        .filter(flag::Column::ResolvedAt.is_null())
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await?;
    let count = open.len();
    for found in open {
        resolve(db, actor, found, note.to_owned()).await?;
    }
    Ok(count)
}

/// What resolving a flag takes: a note for the record.
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ResolveInput {
    /// What was done about it, at most 2000 characters.
    pub note: Option<String>,
}

impl ResolveInput {
    /// The note, checked: checked before the flag is looked up, so that a note too long is told
    /// as such whatever the flag.
    pub fn note(&self) -> Result<String, AppError> {
        let note = text(&self.note);
        if note.chars().count() > 2000 {
            return Err(AppError::Validation(FieldErrors::one(
                "note",
                "must be at most 2000 characters long",
            )));
        }
        Ok(note)
    }
}

/// Resolves `found` (an open flag, read by the caller) with a note, audited. A flag already
/// resolved is a 409.
pub async fn resolve<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    found: flag::Model,
    note: String,
) -> Result<flag::Model, AppError> {
    let id = found.id;
    let now = Utc::now();
    // One statement decides: of two people resolving at once, one does and the other is told.
    let updated = flag::Entity::update_many()
        .col_expr(flag::Column::ResolvedAt, Expr::val(now))
        .col_expr(flag::Column::ResolvedBy, Expr::val(actor.id))
        .col_expr(flag::Column::ResolutionNote, Expr::val(Some(note.clone())))
        .filter(flag::Column::Id.eq(id))
        .filter(flag::Column::ResolvedAt.is_null())
        .exec(db)
        .await?
        .rows_affected;
    if updated == 0 {
        return Err(AppError::Conflict(
            "this flag has already been resolved".to_owned(),
        ));
    }
    audit::record(
        db,
        actor,
        "flag_resolved",
        found.entity_type.as_str(),
        found.entity_id,
        Some(serde_json::json!({"flag": id, "reason": found.reason})),
        Some(serde_json::json!({"flag": id, "reason": found.reason, "note": note})),
    )
    .await?;
    crate::db::get::<flag::Entity, _>(db, id, "flag").await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resolution_note_is_trimmed_and_at_most_2000_characters() {
        let note = |text: String| ResolveInput { note: Some(text) }.note();
        assert_eq!(
            note("  Called the ministry.  ".into()).unwrap(),
            "Called the ministry."
        );
        // Characters, not bytes: 2000 accented letters are accepted, 2001 are not.
        assert_eq!(note("é".repeat(2000)).unwrap().chars().count(), 2000);
        let error = note("é".repeat(2001)).unwrap_err();
        assert!(
            matches!(&error, AppError::Validation(fields) if fields.first("note").is_some()),
            "{error:?}"
        );
        assert_eq!(ResolveInput::default().note().unwrap(), "");
    }
}
