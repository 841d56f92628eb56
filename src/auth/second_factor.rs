//! Two-factor sign-in: a TOTP secret shared with the person's authenticator app (see `totp`),
//! set up from one browser and confirmed by a first code, and ten single-use recovery codes for
//! when the app is out of reach.
//!
//! A code is accepted for the current 30-second step and the one before or after it (a clock a
//! little off, a code typed as it changed), and once only: the step of the last code accepted is
//! kept, and a code of that step or an earlier one is refused (RFC 6238, section 5.2), checked
//! and written in one statement. Recovery codes are kept as their SHA-256 (each holds 79 random
//! bits, which no one finds again from a digest) and spent in one statement, so two requests
//! cannot both use one.
//!
//! Which roles must have a second factor is `auth.second_factor_required`; what a session that
//! has proved only the password may reach follows from [`needs`].

use std::collections::HashSet;

use chrono::Utc;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QuerySelect, Set,
};

use super::sessions::Stage;
use super::totp::{new_recovery_code, new_secret, recovery_key};
use super::{Role, tokens};
use crate::config::AuthSettings;
use crate::entities::{recovery_code, second_factor};

/// How many recovery codes a person gets at a time.
pub const RECOVERY_CODES: usize = 10;

/// What a session that has proved only the password must do before it reaches anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Give a code of the person's second factor (at `/sign-in/second-factor`).
    Code,
    /// Set up the second factor the person's role requires (at `/account/second-factor`).
    Enrolment,
}

impl Needs {
    /// The page where the browser does what it needs to.
    pub fn page(self) -> &'static str {
        match self {
            Self::Code => "/sign-in/second-factor",
            Self::Enrolment => "/account/second-factor",
        }
    }
}

/// Whether people of `role` must sign in with a second factor.
pub fn required(settings: &AuthSettings, role: Role) -> bool {
    settings.second_factor_required.contains(&role)
}

/// What a session at `stage` must still do, for a person who has (`enrolled`) or has not a
/// confirmed second factor, and whose role does or does not `require` one; `None` when it may
/// reach everything its role allows.
pub fn needs(stage: Stage, enrolled: bool, required: bool) -> Option<Needs> {
    match (stage, enrolled, required) {
        // Whatever the session proved, a role that requires a second factor has none yet.
        (_, false, true) => Some(Needs::Enrolment),
        (Stage::Password, true, _) => Some(Needs::Code),
        (Stage::Password, false, false) | (Stage::SecondFactor, _, _) => None,
    }
}

/// The person's second factor, confirmed or not.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
) -> Result<Option<second_factor::Model>, DbErr> {
    second_factor::Entity::find_by_id(user_id).one(db).await
}

/// Whether the person has a confirmed second factor.
pub async fn enrolled<C: ConnectionTrait>(db: &C, user_id: i64) -> Result<bool, DbErr> {
    Ok(find(db, user_id)
        .await?
        .is_some_and(|f| f.confirmed_at.is_some()))
}

/// Of `user_ids`, those with a confirmed second factor (one statement, for a list of people).
pub async fn enrolled_among<C: ConnectionTrait>(
    db: &C,
    user_ids: Vec<i64>,
) -> Result<HashSet<i64>, DbErr> {
    Ok(second_factor::Entity::find()
        .select_only()
        .column(second_factor::Column::UserId)
        .filter(second_factor::Column::UserId.is_in(user_ids))
        .filter(second_factor::Column::ConfirmedAt.is_not_null())
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Where a person's second factor stands, for the browser setting one up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Enrolment {
    /// It is set up already.
    On,
    /// The secret this browser is to set up; `new` when made now.
    Pending { secret: String, new: bool },
}

/// The secret the browser of `session` (its cookie's secret) is to set up: the one it was shown
/// before, or a new one, which replaces a secret shown to any other browser (a secret is set up
/// from the browser that was shown it, so no one else who signed in with the password holds it).
pub async fn pending<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
    session: &str,
) -> Result<Enrolment, DbErr> {
    let session = tokens::digest(session);
    if let Some(found) = find(db, user_id).await? {
        if found.confirmed_at.is_some() {
            return Ok(Enrolment::On);
        }
        if found.enrolling_session.as_deref() == Some(session.as_str()) {
            return Ok(Enrolment::Pending {
                secret: found.secret,
                new: false,
            });
        }
    }
    let secret = new_secret();
    let now = Utc::now();
    let inserted = second_factor::Entity::insert(second_factor::ActiveModel {
        user_id: Set(user_id),
        secret: Set(secret.clone()),
        confirmed_at: Set(None),
        enrolling_session: Set(Some(session.clone())),
        last_used_step: Set(None),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(second_factor::Column::UserId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted == 0 {
        let replaced = second_factor::Entity::update_many()
            .col_expr(second_factor::Column::Secret, Expr::val(secret.clone()))
            .col_expr(second_factor::Column::EnrollingSession, Expr::val(session))
            .col_expr(
                second_factor::Column::LastUsedStep,
                Expr::val(Option::<i64>::None),
            )
            .col_expr(second_factor::Column::CreatedAt, Expr::val(now))
            .filter(second_factor::Column::UserId.eq(user_id))
            .filter(second_factor::Column::ConfirmedAt.is_null())
            .exec(db)
            .await?;
        if replaced.rows_affected == 0 {
            // Confirmed from another browser a moment ago.
            return Ok(Enrolment::On);
        }
    }
    Ok(Enrolment::Pending { secret, new: true })
}

/// Records that a code of `step` was accepted; false when a code of that step or a later one
/// already was (a replay), checked and written in one statement.
pub async fn use_step<C: ConnectionTrait>(db: &C, user_id: i64, step: i64) -> Result<bool, DbErr> {
    let result = second_factor::Entity::update_many()
        .col_expr(second_factor::Column::LastUsedStep, Expr::val(step))
        .filter(second_factor::Column::UserId.eq(user_id))
        .filter(
            Condition::any()
                .add(second_factor::Column::LastUsedStep.is_null())
                .add(second_factor::Column::LastUsedStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks the person's second factor confirmed, as of now.
pub async fn confirm<C: ConnectionTrait>(db: &C, user_id: i64) -> Result<(), DbErr> {
    second_factor::Entity::update_many()
        .col_expr(second_factor::Column::ConfirmedAt, Expr::val(Utc::now()))
        .col_expr(
            second_factor::Column::EnrollingSession,
            Expr::val(Option::<String>::None),
        )
        .filter(second_factor::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Spends the person's unused recovery code `typed`; false when it is not one.
pub async fn spend_recovery_code<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
    typed: &str,
) -> Result<bool, DbErr> {
    let key = recovery_key(typed);
    if key.len() != 16 {
        return Ok(false);
    }
    let result = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::val(Utc::now()))
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::CodeHash.eq(tokens::digest(&key)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// How many of the person's recovery codes are still unused.
pub async fn recovery_codes_left<C: ConnectionTrait>(db: &C, user_id: i64) -> Result<u64, DbErr> {
    recovery_code::Entity::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// Replaces the person's recovery codes by [`RECOVERY_CODES`] new ones; answers them, the only
/// time they are seen.
pub async fn replace_recovery_codes<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
) -> Result<Vec<String>, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let now = Utc::now();
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    for code in &codes {
        recovery_code::ActiveModel {
            user_id: Set(user_id),
            code_hash: Set(tokens::digest(&recovery_key(code))),
            created_at: Set(now),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(codes)
}

/// Removes the person's second factor and recovery codes; false when there was none.
pub async fn remove<C: ConnectionTrait>(db: &C, user_id: i64) -> Result<bool, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(second_factor::Entity::delete_by_id(user_id)
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_needs_what_the_person_and_their_role_call_for() {
        use Stage::{Password, SecondFactor};
        assert_eq!(needs(Password, true, false), Some(Needs::Code));
        assert_eq!(needs(Password, true, true), Some(Needs::Code));
        assert_eq!(needs(Password, false, true), Some(Needs::Enrolment));
        assert_eq!(needs(SecondFactor, false, true), Some(Needs::Enrolment));
        assert_eq!(needs(Password, false, false), None);
        assert_eq!(needs(SecondFactor, true, true), None);
        assert_eq!(needs(SecondFactor, false, false), None);
    }
}
