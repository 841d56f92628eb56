//! The status link's token, the requester's only credential. It is derived from the service's
//! secret and the request's random salt, so that the database holds only its SHA-256 (a copy of
//! the table opens no request) and yet the same link can be given again: to a repeated
//! submission, and in the email of each later step.
//!
//! Tokens are HMAC-SHA256. Requests recorded before that hold the digest of a token of the
//! earlier, hand-made keyed hash: their links keep working, because a link is looked up by the
//! digest of what it carries, and their emails keep carrying that earlier form ([`token_of`]).

use hmac::{Hmac, Mac};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use sha2::{Digest, Sha256};

use crate::auth::tokens;
use crate::entities::coordination_request as request;
use crate::error::AppError;

/// What the MAC covers besides the salt: a token of this service is never one of another use of
/// the same secret.
const CONTEXT: &[u8] = b"coordination-status:";

/// The token issued for a request with this salt: HMAC-SHA256 under the service's secret.
pub fn status_token(secret: &[u8], salt: &str) -> Result<String, AppError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the status token's key: {e}")))?;
    mac.update(CONTEXT);
    mac.update(salt.as_bytes());
    Ok(hex(&mac.finalize().into_bytes()))
}

/// The token of requests recorded before tokens were MACs (a SHA-256 over the secret's length,
/// the secret and the salt): recognized for them, never issued.
pub fn legacy_status_token(secret: &[u8], salt: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update((secret.len() as u64).to_be_bytes());
    hasher.update(secret);
    hasher.update(CONTEXT);
    hasher.update(salt.as_bytes());
    hex(&hasher.finalize())
}

/// The token of `r`'s link in the form it was issued in, told by its stored digest (compared in
/// constant time). When neither form matches, the secret has changed since the request was
/// recorded: its old link is lost either way, and the current form is given.
pub fn token_of(secret: &[u8], r: &request::Model) -> Result<String, AppError> {
    let current = status_token(secret, &r.token_salt)?;
    if tokens::same(&tokens::digest(&current), &r.token_hash) {
        return Ok(current);
    }
    let legacy = legacy_status_token(secret, &r.token_salt);
    if tokens::same(&tokens::digest(&legacy), &r.token_hash) {
        return Ok(legacy);
    }
    tracing::warn!(
        request = r.id,
        "the status link of this coordination request was derived from another secret"
    );
    Ok(current)
}

/// The id of the request a token opens, or a 404 that tells nothing of any other. Either form of
/// token works: the lookup is by the digest of what the link carries.
pub async fn request_id<C: ConnectionTrait>(db: &C, token: &str) -> Result<i64, AppError> {
    let missing = || AppError::not_found("this status link is not valid");
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(missing());
    }
    request::Entity::find()
        .select_only()
        .column(request::Column::Id)
        .filter(request::Column::TokenHash.eq(tokens::digest(token)))
        .into_tuple()
        .one(db)
        .await?
        .ok_or_else(missing)
}

/// The request a token opens (read alone: its id first, so that a stored value the code does not
/// know is reported with the request's id).
pub async fn by_token<C: ConnectionTrait>(db: &C, token: &str) -> Result<request::Model, AppError> {
    let id = request_id(db, token).await?;
    crate::db::get::<request::Entity, _>(db, id, "coordination request").await
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_hmac_sha256_of_the_context_and_the_salt() {
        // Python's hmac.new(b"k", b"coordination-status:s", sha256), an implementation of its own.
        assert_eq!(
            status_token(b"k", "s").unwrap(),
            "35e98877fa827a688fd8bd7474adfea8548fa1a3740c053d7d683474c12ad45a"
        );
        assert_ne!(
            status_token(b"k", "s").unwrap(),
            status_token(b"k", "t").unwrap()
        );
        assert_ne!(
            status_token(b"k", "s").unwrap(),
            status_token(b"l", "s").unwrap()
        );
    }

    #[test]
    fn the_legacy_token_is_derived_as_it_always_was() {
        // What requests recorded before tokens were MACs were given: it must never change.
        assert_eq!(
            legacy_status_token(b"k", "s"),
            "a8e9a00ce03c61abef43850e3a5e37b59cd693119bec335335d23583c5cfd6d3"
        );
    }

    fn stored(token: &str) -> request::Model {
        use crate::coordination::input::{Approach, Mode};
        use crate::coordination::workflow::Status;
        let now = chrono::Utc::now();
        request::Model {
            id: 7,
            reference: "CR-2026-0007".to_owned(),
            token_hash: tokens::digest(token),
            token_salt: "s".to_owned(),
            idempotency_key: "key".to_owned(),
            body_digest: String::new(),
            requesting_state: "NOR".to_owned(),
            ministry: String::new(),
            contact_name: String::new(),
            contact_email: String::new(),
            target_state: "NPL".to_owned(),
            approach: Approach::Demarche,
            window_start: now.date_naive(),
            window_end: now.date_naive(),
            mode: Mode::Joint,
            message: String::new(),
            consent_to_share: false,
            status: Status::Received,
            campaign_id: None,
            received_at: now,
            acknowledged_at: None,
            escalated_at: None,
            updated_at: now,
            shared_at: None,
            shared_by: None,
            anonymized_at: None,
            language: crate::i18n::Lang::En,
        }
    }

    #[test]
    fn a_request_keeps_the_form_of_token_it_was_given() {
        let current = status_token(b"k", "s").unwrap();
        let legacy = legacy_status_token(b"k", "s");
        assert_eq!(token_of(b"k", &stored(&current)).unwrap(), current);
        assert_eq!(token_of(b"k", &stored(&legacy)).unwrap(), legacy);
        // Another secret: neither form matches, the current one is given.
        assert_eq!(
            token_of(b"other", &stored(&legacy)).unwrap(),
            status_token(b"other", "s").unwrap()
        );
    }
}
