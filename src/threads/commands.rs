//! Every write of threads, once: the API and the pages call the same functions. A message is
//! written under its record's lock with its audit record (`message_posted`, `note_written`,
//! `requester_replied`) and its e-mail, in one transaction.

use std::net::IpAddr;

use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set};

use super::access::{self, Place};
use super::{MessageInput, RecordKind, Side, notices, snapshot};
use crate::audit::{self, Actor};
use crate::auth::{Caller, CurrentUser};
use crate::coordination::counters::count_attempt;
use crate::db::{begin_write, get_for_update};
use crate::entities::{coordination_request as request, message};
use crate::error::{AppError, FieldErrors};
use crate::notify::Mail;
use crate::state::AppState;

/// Writes the caller's message (or, with `internal`, staff's note) in the thread of record `id`
/// of `kind`: 404 for a record the caller does not see, 403 for a thread the caller does not
/// write in (or a note from anyone but staff), 422 for an empty or too long message.
pub async fn post(
    state: &AppState,
    caller: &Caller,
    kind: RecordKind,
    id: i64,
    input: &MessageInput,
) -> Result<(message::Model, Place), AppError> {
    let txn = begin_write(&state.db).await?;
    access::lock(&txn, kind, id).await?;
    let place = access::place(&txn, caller, kind, id).await?;
    let internal = input.is_internal();
    place.check_post(internal)?;
    let body = input.checked_body()?;
    let saved = message::ActiveModel {
        record_kind: Set(kind),
        record_id: Set(id),
        side: Set(place.side()),
        author_id: Set(Some(caller.id)),
        body: Set(body),
        internal: Set(internal),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let told = notices::posted(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &place,
        &saved,
    )
    .await?;
    let mut after = snapshot(&saved);
    after["emails"] = serde_json::json!(told.len());
    audit::record(
        &txn,
        &caller.actor(),
        if internal {
            "note_written"
        } else {
            "message_posted"
        },
        kind.entity_type(),
        id,
        None,
        Some(after),
    )
    .await?;
    // The writer has seen the thread up to its own message.
    let seen = super::unread::last_seen(&txn, caller.id, kind, id).await?;
    super::unread::mark_seen(&txn, caller.id, kind, id, seen, saved.id).await?;
    txn.commit().await?;
    Ok((saved, place))
}

/// The requester answers on its status page: the private link's token is its only credential.
/// Limited within the hour per request and per client address (`coordination.replies_per_hour`;
/// 429 past it); e-mails staff's programme address.
pub async fn reply(
    state: &AppState,
    address: Option<IpAddr>,
    request_id: Option<String>,
    token: &str,
    input: &MessageInput,
) -> Result<(message::Model, request::Model), AppError> {
    let txn = begin_write(&state.db).await?;
    let id = crate::coordination::token::request_id(&txn, token).await?;
    let r = get_for_update::<request::Entity, _>(&txn, id, "coordination request").await?;
    if input.is_internal() {
        return Err(AppError::Validation(FieldErrors::one(
            "internal",
            "only ICBL staff write internal notes",
        )));
    }
    let body = input.checked_body()?;
    if r.anonymized_at.is_some() {
        return Err(AppError::Conflict(
            "this request is closed and its contact details removed: it takes no more replies"
                .to_owned(),
        ));
    }
    let now = Utc::now();
    let per_hour = i64::from(state.settings.coordination.replies_per_hour);
    let from = crate::coordination::model::Origin::counter_key(address);
    for key in [
        format!("coordinate-reply:{id}"),
        format!("coordinate-reply-from:{from}"),
    ] {
        let (counted, window_ends) = count_attempt(&txn, &key, now).await?;
        if counted > per_hour {
            // Rolled back with the transaction: the count stays at the limit until the hour ends.
            return Err(AppError::RateLimited {
                minutes: ((window_ends - now).num_seconds() + 59)
                    .div_euclid(60)
                    .max(1),
            });
        }
    }
    let saved = message::ActiveModel {
        record_kind: Set(RecordKind::CoordinationRequest),
        record_id: Set(id),
        side: Set(Side::Requester),
        author_id: Set(None),
        body: Set(body),
        internal: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let place = Place {
        kind: RecordKind::CoordinationRequest,
        id,
        page: format!("/coordination-requests/{id}#conversation"),
        reference: r.reference.clone(),
        organization_id: None,
        target_state: Some(r.target_state.clone()),
        request: Some(r.clone()),
        may_post: true,
        may_note: false,
    };
    let told = notices::posted(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &place,
        &saved,
    )
    .await?;
    let actor = Actor {
        id: None,
        label: format!("requester of {}", r.reference),
        request_id,
    };
    let mut after = snapshot(&saved);
    after["emails"] = serde_json::json!(told.len());
    audit::record(
        &txn,
        &actor,
        "requester_replied",
        RecordKind::CoordinationRequest.entity_type(),
        id,
        None,
        Some(after),
    )
    .await?;
    txn.commit().await?;
    Ok((saved, r))
}

/// Moves `user`'s read marker of the thread to its newest message (the thread was shown).
pub async fn mark_seen(
    state: &AppState,
    user: &CurrentUser,
    kind: RecordKind,
    id: i64,
    seen: i64,
    newest: i64,
) -> Result<(), AppError> {
    super::unread::mark_seen(&state.db, user.id, kind, id, seen, newest).await
}
