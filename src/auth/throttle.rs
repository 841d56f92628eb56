//! Slows down password guessing: failed sign-ins are counted per account and per client address
//! in the database (so every instance counts the same), and past `auth.failures_per_account` or
//! `auth.failures_per_address` within `auth.lockout_minutes`, further attempts are refused until
//! the lockout ends. Unknown emails are counted like known ones, so the answer never tells
//! whether an account exists.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::users::email_key;
use crate::config::AuthSettings;
use crate::entities::login_throttle;

/// The counters one sign-in attempt touches, each with its limit.
pub fn keys(email: &str, address: Option<IpAddr>, settings: &AuthSettings) -> Vec<(String, u32)> {
    let mut keys = vec![(
        format!("account:{}", email_key(email)),
        settings.failures_per_account,
    )];
    if let Some(address) = address {
        keys.push((format!("address:{address}"), settings.failures_per_address));
    }
    keys
}

/// When the lockout of any of `keys` ends, if one is in force.
pub async fn locked_until<C: ConnectionTrait>(
    db: &C,
    keys: &[(String, u32)],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let mut until = None;
    for (key, _) in keys {
        if let Some(row) = login_throttle::Entity::find_by_id(key.clone())
            .one(db)
            .await?
            && let Some(locked) = row.locked_until.filter(|l| *l > now)
        {
            until = until.max(Some(locked));
        }
    }
    Ok(until)
}

/// Counts a failure against each key, locking those that reach their limit. Call inside a write
/// transaction (`db::begin_write`), so that concurrent failures all count.
pub async fn record_failure<C: ConnectionTrait>(
    db: &C,
    keys: &[(String, u32)],
    settings: &AuthSettings,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let window = Duration::minutes(i64::from(settings.lockout_minutes));
    for (key, limit) in keys {
        let existing = login_throttle::Entity::find_by_id(key.clone())
            .one(db)
            .await?;
        let (failures, started) = match &existing {
            Some(row) if now - row.window_started_at < window => {
                (row.failures.saturating_add(1), row.window_started_at)
            }
            _ => (1, now),
        };
        let locked_until =
            (u32::try_from(failures).unwrap_or(u32::MAX) >= *limit).then(|| now + window);
        let model = login_throttle::ActiveModel {
            key: Set(key.clone()),
            failures: Set(failures),
            window_started_at: Set(started),
            locked_until: Set(locked_until),
        };
        if existing.is_some() {
            model.update(db).await?;
        } else {
            model.insert(db).await?;
        }
    }
    Ok(())
}

/// Forgets an account's failures after it signs in.
pub async fn clear<C: ConnectionTrait>(db: &C, email: &str) -> Result<(), DbErr> {
    login_throttle::Entity::delete_by_id(format!("account:{}", email_key(email)))
        .exec(db)
        .await?;
    Ok(())
}
