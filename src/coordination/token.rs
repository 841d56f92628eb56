//! The status link's token, the requester's only credential. It is derived from the service's
//! secret and the request's random salt, so that the database holds only its SHA-256 (a copy of
//! the table opens no request) and yet the same link can be given again: to a repeated
//! submission, and in the email of each later step.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use sha2::{Digest, Sha256};

use crate::auth::tokens;
use crate::entities::coordination_request as request;
use crate::error::AppError;

/// What the hash covers besides the secret and the salt: a token of this service is never one
/// of another use of the same secret.
const CONTEXT: &[u8] = b"coordination-status:";

/// The token of the request with this salt: SHA-256 over the secret's length, the secret and
/// the salt.
pub fn status_token(secret: &[u8], salt: &str) -> Result<String, AppError> {
    let mut hasher = Sha256::new();
    hasher.update((secret.len() as u64).to_be_bytes());
    hasher.update(secret);
    hasher.update(CONTEXT);
    hasher.update(salt.as_bytes());
    Ok(hex(&hasher.finalize()))
}

/// The token of `r`'s link.
pub fn token_of(secret: &[u8], r: &request::Model) -> Result<String, AppError> {
    status_token(secret, &r.token_salt)
}

/// The id of the request a token opens, or a 404 that tells nothing of any other: the lookup is
/// by the digest of what the link carries.
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
