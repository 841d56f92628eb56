//! Moving a request along its workflow: each step written with its record (what the status page
//! lists), its audit record and the requester's email, in the caller's transaction. Messages to
//! and from the requester are the request's thread (`crate::threads`).

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::Deserialize;
use serde_json::json;

use super::token::token_of;
use super::workflow::{self, Step};
use crate::audit::{self, Actor};
use crate::entities::{coordination_request as request, coordination_step};
use crate::error::{AppError, FieldErrors};
use crate::input::text;
use crate::notify::Mail;

pub const MESSAGE_MAX: usize = 5000;

/// What a step takes: a message for the requester (required to decline).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = coordination::StepInput)]
pub struct StepInput {
    /// For the requester, who reads it on its status page and by email; at most 5000
    /// characters.
    pub message: Option<String>,
}

impl StepInput {
    fn message(&self, required: bool) -> Result<Option<String>, AppError> {
        let message = text(&self.message);
        if message.chars().count() > MESSAGE_MAX {
            return Err(AppError::Validation(FieldErrors::one(
                "message",
                format!("must be at most {MESSAGE_MAX} characters long"),
            )));
        }
        if message.is_empty() {
            if required {
                return Err(AppError::Validation(FieldErrors::one(
                    "message",
                    "write the message the requester will read",
                )));
            }
            return Ok(None);
        }
        Ok(Some(message))
    }
}

/// Takes `step` on `r` (locked by the caller) for `actor`.
pub async fn take<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    secret: &[u8],
    actor: &Actor,
    r: request::Model,
    step: Step,
    input: &StepInput,
) -> Result<request::Model, AppError> {
    let from = r.status;
    let to = workflow::next(from, step).map_err(|e| AppError::Conflict(e.to_string()))?;
    let message = input.message(step == Step::Decline)?;
    let now = Utc::now();
    let mut active: request::ActiveModel = r.clone().into();
    active.status = Set(to);
    active.updated_at = Set(now);
    if step == Step::Acknowledge {
        active.acknowledged_at = Set(Some(now));
    }
    let updated = active.update(db).await?;
    if to.is_final() {
        // Nothing is left to watch on a closed request: its flags close with it.
        crate::flags::resolve_open(
            db,
            actor,
            crate::flags::ON_REQUEST,
            updated.id,
            &format!("Closed with the request: {}.", to.label().to_lowercase()),
        )
        .await?;
    }
    coordination_step::ActiveModel {
        request_id: Set(updated.id),
        status: Set(Some(to)),
        message: Set(message.clone()),
        actor_id: Set(actor.id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        actor,
        &format!("coordination_request_{}", step.as_str()),
        crate::flags::ON_REQUEST.as_str(),
        updated.id,
        Some(json!({"status": from.as_str()})),
        Some(json!({"status": to.as_str(), "message": message})),
    )
    .await?;
    // Told to the requester in the language of its form.
    let lang = updated.language;
    let status = || to.label_in(lang).to_lowercase().into();
    let mut paragraphs = vec![crate::i18n::format(
        lang,
        "coordination-mail-step-body",
        &[
            ("reference", updated.reference.clone().into()),
            ("status", status()),
        ],
    )];
    paragraphs.push(crate::i18n::text(lang, to.explanation_id()));
    if let Some(message) = &message {
        paragraphs.push(crate::i18n::format(
            lang,
            "coordination-mail-step-message",
            &[("message", message.clone().into())],
        ));
    }
    let token = token_of(secret, &updated)?;
    mail.to_requester(
        db,
        &updated,
        &token,
        &crate::i18n::format(
            lang,
            "coordination-mail-step-subject",
            &[
                ("reference", updated.reference.clone().into()),
                ("status", to.label_in(lang).into_owned().into()),
            ],
        ),
        &paragraphs,
    )
    .await?;
    Ok(updated)
}

/// Staff share a request with the member organizations concerned (the members flagged present
/// in the target state and the leads of the campaigns flagged): possible once, only with the
/// requester's consent, and only while the request is open. Written with its audit record and
/// the members' e-mails; the requester sees it on the status page.
pub async fn share<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    record: &crate::treaty::model::Record,
    actor: &Actor,
    r: request::Model,
) -> Result<request::Model, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    if !r.consent_to_share {
        return Err(AppError::Conflict(
            "the requester did not agree to share this request: it stays with ICBL staff"
                .to_owned(),
        ));
    }
    if let Some(at) = r.shared_at {
        return Err(AppError::Conflict(format!(
            "this request was already shared on '{}'",
            crate::views::instant(at)
        )));
    }
    if !r.status.is_open() {
        return Err(AppError::Conflict(format!(
            "this request is '{}': it is no longer shared",
            r.status.label().to_lowercase()
        )));
    }
    let reasons: Vec<(crate::flags::Reason, serde_json::Value)> =
        crate::entities::flag::Entity::find()
            .filter(crate::entities::flag::Column::EntityType.eq(crate::flags::ON_REQUEST))
            .filter(crate::entities::flag::Column::EntityId.eq(r.id))
            .all(db)
            .await?
            .into_iter()
            .map(|f| (f.reason, f.related))
            .collect();
    let organizations = super::model::organizations_to_tell(db, &reasons).await?;
    let now = Utc::now();
    let mut shared: request::ActiveModel = r.into();
    shared.shared_at = Set(Some(now));
    shared.shared_by = Set(actor.id);
    shared.updated_at = Set(now);
    let shared = shared.update(db).await?;
    let told = mail.shared(db, record, &shared, &organizations).await?;
    audit::record(
        db,
        actor,
        "coordination_request_shared",
        crate::flags::ON_REQUEST.as_str(),
        shared.id,
        None,
        Some(json!({"organizations": organizations, "emails": told})),
    )
    .await?;
    Ok(shared)
}
