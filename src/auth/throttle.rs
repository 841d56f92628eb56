//! Slows down password guessing. Every sign-in attempt is counted, before the password is even
//! checked, per account *from* the client's address and per client address, in the database
//! (so every instance counts the same) and in one statement per counter (so a burst of parallel
//! guesses cannot slip through between a check and a count). Past `auth.failures_per_account`
//! attempts on one account from one address, or `auth.failures_per_address` from one address on
//! any accounts, within `auth.lockout_minutes`, further attempts from that address are refused
//! until the window ends.
//!
//! So a stranger guessing a person's password locks out only themselves: the person, signing in
//! from an address with no failures, is not refused; and spraying one password across many
//! accounts from one address is stopped by the address's count. A successful sign-in forgets
//! the count of the account from that address and takes its attempt off the address's. Unknown
//! emails are counted like known ones, so the answer never tells whether an account exists.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{CaseStatement, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter};

use super::users::email_key;
use crate::config::AuthSettings;
use crate::entities::login_throttle::{self, Column};

/// The counters one sign-in attempt touches, each with its limit: the account from this
/// address, and the address.
pub fn keys(email: &str, address: Option<IpAddr>, settings: &AuthSettings) -> Vec<(String, u32)> {
    let from = address_key(address);
    let mut keys = vec![(
        format!("account:{}|{from}", email_key(email)),
        settings.failures_per_account,
    )];
    if address.is_some() {
        keys.push((format!("address:{from}"), settings.failures_per_address));
    }
    keys
}

/// How a client address is counted: an IPv4 address whole, an IPv6 client by its /64, which
/// one household or attacker usually holds whole; "unknown" when the server does not know it.
pub fn address_key(address: Option<IpAddr>) -> String {
    match address {
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        None => "unknown".to_owned(),
    }
}

/// Counts one attempt against each key; when any key is past its limit, returns when its window
/// ends (the attempt must then be refused without checking the password).
pub async fn attempt<C: ConnectionTrait>(
    db: &C,
    keys: &[(String, u32)],
    settings: &AuthSettings,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let window = Duration::minutes(i64::from(settings.lockout_minutes));
    let stale = || Expr::col((login_throttle::Entity, Column::WindowStartedAt)).lte(now - window);
    let mut locked_until = None;
    for (key, limit) in keys {
        let upsert = Query::insert()
            .into_table(login_throttle::Entity)
            .columns([Column::Key, Column::Failures, Column::WindowStartedAt])
            .values_panic([key.clone().into(), 1.into(), now.into()])
            .on_conflict(
                OnConflict::column(Column::Key)
                    .value(
                        Column::Failures,
                        CaseStatement::new()
                            .case(stale(), Expr::val(1))
                            .finally(Expr::col((login_throttle::Entity, Column::Failures)).add(1)),
                    )
                    .value(
                        Column::WindowStartedAt,
                        CaseStatement::new()
                            .case(stale(), Expr::val(now))
                            .finally(Expr::col((login_throttle::Entity, Column::WindowStartedAt))),
                    )
                    .to_owned(),
            )
            // This attempt's own count, not whatever parallel attempts have made of it since.
            .returning_all()
            .to_owned();
        let backend = db.get_database_backend();
        let row = login_throttle::Model::find_by_statement(backend.build(&upsert))
            .one(db)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound(key.clone()))?;
        if u32::try_from(row.failures).unwrap_or(u32::MAX) > *limit {
            locked_until = Ord::max(locked_until, Some(row.window_started_at + window));
        }
    }
    Ok(locked_until)
}

/// After a successful sign-in: an address's count loses this attempt (an office behind one
/// address signs in all day); any other count (an account's, a person's second factor's) is
/// forgotten.
pub async fn succeeded<C: ConnectionTrait>(db: &C, keys: &[(String, u32)]) -> Result<(), DbErr> {
    for (key, _) in keys {
        if key.starts_with("address:") {
            login_throttle::Entity::update_many()
                .col_expr(Column::Failures, Expr::col(Column::Failures).sub(1))
                .filter(Column::Key.eq(key.as_str()))
                .filter(Column::Failures.gt(0))
                .exec(db)
                .await?;
        } else {
            login_throttle::Entity::delete_by_id(key.clone())
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

/// The counter of the codes typed for `user_id`'s second factor, limited as an account's
/// passwords are: whoever has the password gets no more guesses at the code.
pub fn second_factor_keys(user_id: i64, settings: &AuthSettings) -> Vec<(String, u32)> {
    vec![(
        format!("second_factor:{user_id}"),
        settings.failures_per_account,
    )]
}

/// Forgets counters whose window ended long ago (run by a scheduled job).
pub async fn purge<C: ConnectionTrait>(db: &C, before: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(login_throttle::Entity::delete_many()
        .filter(Column::WindowStartedAt.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let settings = crate::config::defaults().auth;
        let a = keys(
            "x@example.org",
            "2001:db8:1:2:aaaa::1".parse().ok(),
            &settings,
        );
        let b = keys(
            "x@example.org",
            "2001:db8:1:2:bbbb::9".parse().ok(),
            &settings,
        );
        assert_eq!(a[1].0, "address:2001:db8:1:2::/64");
        assert_eq!(a, b);
    }

    #[test]
    fn an_account_is_counted_per_address() {
        let settings = crate::config::defaults().auth;
        let here = keys("X@Example.org", "192.0.2.1".parse().ok(), &settings);
        let there = keys("x@example.org", "192.0.2.2".parse().ok(), &settings);
        assert_eq!(here[0].0, "account:x@example.org|192.0.2.1");
        assert_ne!(here[0].0, there[0].0);
        assert_eq!(here[0].1, settings.failures_per_account);
        assert_eq!(
            here[1],
            (
                "address:192.0.2.1".to_owned(),
                settings.failures_per_address
            )
        );
        assert_eq!(
            keys("x@example.org", None, &settings),
            [(
                "account:x@example.org|unknown".to_owned(),
                settings.failures_per_account
            )]
        );
    }
}
