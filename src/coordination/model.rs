//! Recording a coordination request: numbered, flagged with every reason that holds, announced
//! to staff (and, with consent, to the member organizations and campaign leads concerned); and
//! answered again, never recorded twice, when the same idempotency key comes back. The
//! transaction around it is `commands::submit`'s (or the demo seed's).

use chrono::{DateTime, Datelike, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use super::counters::next_number;
use super::input::NewRequest;
use super::token::{status_token, token_of};
use super::workflow::Status;
use crate::audit::{self, Actor};
use crate::auth::tokens;
use crate::entities::{coordination_request as request, coordination_step};
use crate::error::{AppError, FieldErrors};
use crate::flags::{self, Reason};
use crate::notify::Mail;
use crate::treaty::model::Record;

pub use super::reasons::{IMMINENT_DAYS, organizations_to_tell, reasons};

/// What a submission came to.
#[derive(Clone, Debug)]
pub struct Submitted {
    pub request: request::Model,
    pub flags: Vec<String>,
    /// The status link's token (never stored: see `super::token`).
    pub token: String,
    /// True when the idempotency key had been used already: nothing new was recorded.
    pub replay: bool,
}

/// Where a submission comes from and what it may do: for the rate limit.
pub struct Origin<'a> {
    /// `coordinate:<address>`; every client whose address is unknown shares one counter.
    pub counter_key: String,
    pub per_hour: u32,
    pub actor: Actor,
    /// The service's secret, from which status tokens are derived.
    pub secret: &'a [u8],
}

impl Origin<'_> {
    pub fn counter_key(address: Option<std::net::IpAddr>) -> String {
        match address {
            Some(std::net::IpAddr::V6(v6)) => {
                let s = v6.segments();
                format!(
                    "coordinate:{:x}:{:x}:{:x}:{:x}::/64",
                    s[0], s[1], s[2], s[3]
                )
            }
            Some(v4) => format!("coordinate:{v4}"),
            None => "coordinate:unknown".to_owned(),
        }
    }
}

pub(super) fn body_digest(values: &NewRequest) -> String {
    tokens::digest(&serde_json::to_string(values).unwrap_or_default())
}

pub(super) fn check_key(key: &str) -> Result<(), AppError> {
    if key.len() > 128 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(AppError::Validation(FieldErrors::one(
            "idempotency_key",
            "must be at most 128 visible ASCII characters",
        )));
    }
    Ok(())
}

/// Records `values` on the caller's transaction, with no rate limit and a fresh idempotency key:
/// for the demo seed, which makes its requests through the same rules as the form.
pub async fn record_in<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    record: &Record,
    actor: Actor,
    secret: &[u8],
    values: &NewRequest,
) -> Result<Submitted, AppError> {
    let now = Utc::now();
    let number = next_number(db, now.year()).await?;
    let origin = Origin {
        counter_key: String::new(),
        per_hour: 0,
        actor,
        secret,
    };
    let key = tokens::random_secret();
    let digest = body_digest(values);
    create(
        db, mail, record, &origin, number, &key, &digest, values, now,
    )
    .await
}

/// The request already recorded under `key`, if any; a key used for other content is a 409.
pub(super) async fn replay<C: ConnectionTrait>(
    db: &C,
    secret: &[u8],
    key: &str,
    digest: &str,
) -> Result<Option<Submitted>, AppError> {
    let Some(found) = request::Entity::find()
        .filter(request::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if found.body_digest != digest {
        return Err(AppError::Conflict(
            "this idempotency key was already used for a different request".to_owned(),
        ));
    }
    let flags = flags::on_records(db, flags::ON_REQUEST, &[found.id])
        .await?
        .into_iter()
        .filter(|f| f.reason != Reason::Escalated)
        .map(|f| f.reason.as_str().to_owned())
        .collect();
    Ok(Some(Submitted {
        token: token_of(secret, &found)?,
        request: found,
        flags,
        replay: true,
    }))
}

/// `CR-2026-0007`.
pub fn reference(year: i32, number: i32) -> String {
    format!("CR-{year}-{number:04}")
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn create<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    record: &Record,
    origin: &Origin<'_>,
    number: i32,
    key: &str,
    digest: &str,
    values: &NewRequest,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let reasons = reasons(db, record, values, now.date_naive()).await?;
    let salt = tokens::random_secret();
    let token = status_token(origin.secret, &salt)?;
    let campaign_id = reasons
        .iter()
        .find(|(r, _)| *r == Reason::ActiveCampaign)
        .and_then(|(_, related)| related["campaigns"][0].as_i64());
    let created = request::ActiveModel {
        reference: Set(reference(now.year(), number)),
        token_hash: Set(tokens::digest(&token)),
        token_salt: Set(salt),
        idempotency_key: Set(key.to_owned()),
        body_digest: Set(digest.to_owned()),
        requesting_state: Set(values.requesting_state.clone()),
        ministry: Set(values.ministry.clone()),
        contact_name: Set(values.contact_name.clone()),
        contact_email: Set(values.contact_email.clone()),
        target_state: Set(values.target_state.clone()),
        approach: Set(values.approach),
        window_start: Set(values.window_start),
        window_end: Set(values.window_end),
        mode: Set(values.mode),
        message: Set(values.message.clone()),
        consent_to_share: Set(values.consent_to_share),
        language: Set(values.language),
        status: Set(Status::Received),
        campaign_id: Set(campaign_id),
        received_at: Set(now),
        acknowledged_at: Set(None),
        escalated_at: Set(None),
        updated_at: Set(now),
        shared_at: Set(None),
        shared_by: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(AppError::from)?;
    coordination_step::ActiveModel {
        request_id: Set(created.id),
        status: Set(Some(Status::Received)),
        message: Set(None),
        actor_id: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (reason, related) in &reasons {
        flags::raise(
            db,
            *reason,
            flags::ON_REQUEST,
            created.id,
            related.clone(),
            now,
        )
        .await?;
    }
    // An overlap concerns both requests: the earlier ones are flagged too, pointing to this one.
    let overlapped: Vec<i64> = reasons
        .iter()
        .filter(|(r, _)| *r == Reason::Overlap)
        .flat_map(|(_, related)| {
            related["coordination_requests"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|v| v.as_i64())
        .collect();
    for earlier in overlapped {
        let raised = flags::raise(
            db,
            Reason::Overlap,
            flags::ON_REQUEST,
            earlier,
            json!({ "coordination_requests": [created.id] }),
            now,
        )
        .await?;
        audit::record(
            db,
            &origin.actor,
            "flag_raised",
            flags::ON_REQUEST.as_str(),
            earlier,
            None,
            Some(json!({"flag": raised.id, "reason": raised.reason, "by": created.reference})),
        )
        .await?;
    }
    let flag_names: Vec<String> = reasons.iter().map(|(r, _)| r.as_str().to_owned()).collect();
    audit::record(
        db,
        &origin.actor,
        "coordination_request_received",
        flags::ON_REQUEST.as_str(),
        created.id,
        None,
        Some(json!({
            "reference": created.reference,
            "requesting_state": created.requesting_state,
            "target_state": created.target_state,
            "status": created.status,
            "flags": flag_names,
        })),
    )
    .await?;
    mail.received(db, record, &created, &token, &reasons)
        .await?;
    Ok(Submitted {
        request: created,
        flags: flag_names,
        token,
        replay: false,
    })
}
