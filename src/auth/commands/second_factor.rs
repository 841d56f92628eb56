//! Two-factor sign-in: setting up a second factor, finishing a sign-in with its code, turning it
//! off, and an administrator's reset. Every code typed is counted by the throttle first (its
//! own counter per person, limited as an account's passwords are), then checked in the
//! transaction that records what it did.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::account::{in_a_browser, signed_in};
use crate::audit::{self, Actor};
use crate::auth::extract::PartlySignedIn;
use crate::auth::second_factor::{self, Enrolment, Needs};
use crate::auth::totp::{self, Typed};
use crate::auth::{Caller, CurrentUser, sessions, throttle, tokens};
use crate::entities::{second_factor as factor_entity, user};
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::state::AppState;

/// Why a code was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a code of the person's app just now, nor an unused recovery code of theirs.
    Wrong,
    /// A code of the app, of a 30 seconds whose code was accepted already.
    Replayed,
    /// Too many wrong codes: none is checked until then.
    Throttled(DateTime<Utc>),
}

impl Refused {
    /// The sentence shown next to the code field (which may take a recovery code, or not), in
    /// `lang`.
    pub fn message_in(self, lang: crate::i18n::Lang, takes_recovery_codes: bool) -> String {
        use crate::i18n::{format, text};
        match self {
            Self::Wrong if takes_recovery_codes => {
                text(lang, "auth-second-factor-wrong-or-recovery")
            }
            Self::Wrong => text(lang, "auth-second-factor-wrong"),
            Self::Replayed => text(lang, "auth-second-factor-replayed"),
            Self::Throttled(until) => {
                let minutes = (until - Utc::now()).num_minutes() + 1;
                format(
                    lang,
                    "auth-second-factor-throttled",
                    &[("minutes", minutes.into())],
                )
            }
        }
    }

    /// For `Retry-After`: the seconds until codes are checked again, when throttled.
    pub fn retry_after(self) -> Option<i64> {
        match self {
            Self::Throttled(until) => Some((until - Utc::now()).num_seconds().max(1)),
            Self::Wrong | Self::Replayed => None,
        }
    }
}

/// What proved the second factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Proof {
    App,
    RecoveryCode,
}

impl Proof {
    fn as_str(self) -> &'static str {
        match self {
            Self::App => "app",
            Self::RecoveryCode => "recovery_code",
        }
    }
}

/// Counts one code against the person's throttle; `Err` when past its limit.
async fn count_attempt(state: &AppState, user_id: i64) -> Result<Result<(), Refused>, AppError> {
    let settings = &state.settings.auth;
    let keys = throttle::second_factor_keys(user_id, settings);
    Ok(
        match throttle::attempt(&state.db, &keys, settings, Utc::now()).await? {
            Some(until) => Err(Refused::Throttled(until)),
            None => Ok(()),
        },
    )
}

/// Forgets the person's wrong codes, after a right one.
async fn forget_attempts<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    user_id: i64,
) -> Result<(), AppError> {
    let keys = throttle::second_factor_keys(user_id, &state.settings.auth);
    Ok(throttle::succeeded(db, &keys).await?)
}

/// Checks `typed` against the confirmed second factor `factor`: a code of the app (spending its
/// step) or an unused recovery code (spending it).
async fn check<C: ConnectionTrait>(
    db: &C,
    factor: &factor_entity::Model,
    typed: &str,
) -> Result<Result<Proof, Refused>, AppError> {
    Ok(match Typed::parse(typed) {
        Typed::Totp(code) => match totp::step_of(&factor.secret, &code, Utc::now())? {
            Some(step) if second_factor::use_step(db, factor.user_id, step).await? => {
                Ok(Proof::App)
            }
            Some(_) => Err(Refused::Replayed),
            None => Err(Refused::Wrong),
        },
        Typed::Recovery(key) => {
            if second_factor::spend_recovery_code(db, factor.user_id, &key).await? {
                Ok(Proof::RecoveryCode)
            } else {
                Err(Refused::Wrong)
            }
        }
    })
}

/// The person's second factor, locked, if it is confirmed.
async fn confirmed<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
) -> Result<factor_entity::Model, AppError> {
    let factor =
        crate::db::get_for_update::<factor_entity::Entity, _>(db, user_id, "second factor").await?;
    if factor.confirmed_at.is_none() {
        return Err(AppError::Conflict(
            "two-factor sign-in is not set up for this account".to_owned(),
        ));
    }
    Ok(factor)
}

/// The secret the person is to set up in their app from the browser of `session`: the one this
/// browser was shown before, or a new one (audited). `None` when their second factor is already
/// set up.
pub async fn begin_enrolment(
    db: &DatabaseConnection,
    user: &CurrentUser,
    session: &str,
    request_id: Option<String>,
) -> Result<Option<String>, AppError> {
    // Reloading the page writes nothing.
    if let Some(found) = second_factor::find(db, user.id).await? {
        if found.confirmed_at.is_some() {
            return Ok(None);
        }
        if found.enrolling_session.as_deref() == Some(tokens::digest(session).as_str()) {
            return Ok(Some(found.secret));
        }
    }
    let txn = crate::db::begin_write(db).await?;
    let secret = match second_factor::pending(&txn, user.id, session).await? {
        Enrolment::On => None,
        Enrolment::Pending { secret, new } => {
            if new {
                audit::record(
                    &txn,
                    &Actor::user(user, request_id),
                    "second_factor_enrolment_started",
                    "user",
                    user.id,
                    None,
                    None,
                )
                .await?;
            }
            Some(secret)
        }
    };
    txn.commit().await?;
    Ok(secret)
}

/// A second factor set up: the recovery codes, shown this once, and the browser's new session.
#[derive(Debug)]
pub struct Enrolled {
    pub recovery_codes: Vec<String>,
    pub session: String,
}

/// Sets up the person's second factor with a first code of their app: the secret is confirmed,
/// ten recovery codes are made, and the browser's session (`session`) is replaced by one that
/// has proved the second factor. `signing_in` when the browser was half way through signing in
/// (its role requires a second factor): the sign-in is then complete, and recorded.
pub async fn confirm_enrolment(
    state: &AppState,
    user: &CurrentUser,
    signing_in: bool,
    session: &str,
    typed: &str,
    request_id: Option<String>,
) -> Result<Result<Enrolled, Refused>, AppError> {
    if let Err(refused) = count_attempt(state, user.id).await? {
        return Ok(Err(refused));
    }
    let txn = crate::db::begin_write(&state.db).await?;
    let factor =
        crate::db::get_for_update::<factor_entity::Entity, _>(&txn, user.id, "second factor")
            .await?;
    if factor.confirmed_at.is_some() {
        return Err(AppError::Conflict(
            "two-factor sign-in is already set up for this account".to_owned(),
        ));
    }
    if factor.enrolling_session.as_deref() != Some(tokens::digest(session).as_str()) {
        return Err(AppError::Conflict(
            "this key was replaced when two-factor sign-in was set up in another browser: open \
             the page again and set up your app with the key it shows"
                .to_owned(),
        ));
    }
    let Typed::Totp(code) = Typed::parse(typed) else {
        return Ok(Err(Refused::Wrong));
    };
    let Some(step) = totp::step_of(&factor.secret, &code, Utc::now())? else {
        return Ok(Err(Refused::Wrong));
    };
    second_factor::use_step(&txn, user.id, step).await?;
    second_factor::confirm(&txn, user.id).await?;
    let recovery_codes = second_factor::replace_recovery_codes(&txn, user.id).await?;
    forget_attempts(&txn, state, user.id).await?;
    let actor = Actor::user(user, request_id);
    audit::record(
        &txn,
        &actor,
        "second_factor_enrolled",
        "user",
        user.id,
        None,
        Some(serde_json::json!({ "recovery_codes": recovery_codes.len() })),
    )
    .await?;
    let session = sessions::upgrade(&txn, session, user.id, &state.settings.auth).await?;
    if signing_in {
        let how = serde_json::json!({ "second_factor": "enrolled" });
        signed_in(&txn, &actor, user.id, Some(how)).await?;
    }
    txn.commit().await?;
    Ok(Ok(Enrolled {
        recovery_codes,
        session,
    }))
}

/// A sign-in finished with the second factor.
#[derive(Debug)]
pub struct CodeSignIn {
    /// The browser's new session, signed in fully.
    pub session: String,
    /// How many recovery codes are left, when one was used.
    pub recovery_codes_left: Option<u64>,
}

/// Finishes the sign-in of a browser whose password was right, with a code of the person's app
/// or one of their recovery codes; a wrong or replayed code is audited.
pub async fn sign_in_with_code(
    state: &AppState,
    partly: &PartlySignedIn,
    session: &str,
    typed: &str,
    request_id: Option<String>,
) -> Result<Result<CodeSignIn, Refused>, AppError> {
    let user = &partly.user;
    if partly.needs != Needs::Code {
        return Err(AppError::Conflict(
            "set up two-factor sign-in first".to_owned(),
        ));
    }
    if let Err(refused) = count_attempt(state, user.id).await? {
        return Ok(Err(refused));
    }
    let txn = crate::db::begin_write(&state.db).await?;
    let factor = confirmed(&txn, user.id).await?;
    let actor = Actor::user(user, request_id);
    let proof = match check(&txn, &factor, typed).await? {
        Ok(proof) => proof,
        Err(refused) => {
            failed(&txn, &actor, user.id, refused).await?;
            txn.commit().await?;
            return Ok(Err(refused));
        }
    };
    let recovery_codes_left = match proof {
        Proof::RecoveryCode => Some(second_factor::recovery_codes_left(&txn, user.id).await?),
        Proof::App => None,
    };
    forget_attempts(&txn, state, user.id).await?;
    let session = sessions::upgrade(&txn, session, user.id, &state.settings.auth).await?;
    let how = serde_json::json!({
        "second_factor": proof.as_str(),
        "recovery_codes_left": recovery_codes_left,
    });
    signed_in(&txn, &actor, user.id, Some(how)).await?;
    txn.commit().await?;
    Ok(Ok(CodeSignIn {
        session,
        recovery_codes_left,
    }))
}

/// Audits a code refused (as a failed sign-in is).
async fn failed<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    user_id: i64,
    refused: Refused,
) -> Result<(), AppError> {
    let reason = match refused {
        Refused::Wrong => "wrong",
        Refused::Replayed => "replayed",
        Refused::Throttled(_) => "throttled",
    };
    audit::record(
        db,
        actor,
        "second_factor_failed",
        "user",
        user_id,
        None,
        Some(serde_json::json!({ "reason": reason })),
    )
    .await?;
    Ok(())
}

/// Turns the caller's second factor off, with a code of it: only for people whose role does
/// not require one, and only in a browser.
pub async fn turn_off(
    state: &AppState,
    caller: &Caller,
    typed: &str,
) -> Result<Result<(), Refused>, AppError> {
    in_a_browser(caller)?;
    if second_factor::required(&state.settings.auth, caller.role) {
        return Err(AppError::Conflict(format!(
            "two-factor sign-in is required of {} accounts: it cannot be turned off",
            caller.role.label().to_lowercase()
        )));
    }
    if let Err(refused) = count_attempt(state, caller.id).await? {
        return Ok(Err(refused));
    }
    let txn = crate::db::begin_write(&state.db).await?;
    let factor = confirmed(&txn, caller.id).await?;
    let actor = caller.actor();
    if let Err(refused) = check(&txn, &factor, typed).await? {
        failed(&txn, &actor, caller.id, refused).await?;
        txn.commit().await?;
        return Ok(Err(refused));
    }
    second_factor::remove(&txn, caller.id).await?;
    forget_attempts(&txn, state, caller.id).await?;
    audit::record(
        &txn,
        &actor,
        "second_factor_turned_off",
        "user",
        caller.id,
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// An administrator removes person `id`'s second factor (a lost phone, no recovery code left):
/// their sessions end, and they set up a new one at their next sign-in if their role requires
/// it. Answers their email.
pub async fn reset(db: &DatabaseConnection, caller: &Caller, id: i64) -> Result<String, AppError> {
    policy::authorize(caller, Action::ResetSecondFactor)?;
    let txn = crate::db::begin_write(db).await?;
    let person = crate::db::get_for_update::<user::Entity, _>(&txn, id, "user").await?;
    let was_confirmed = second_factor::enrolled(&txn, id).await?;
    if !second_factor::remove(&txn, id).await? {
        return Err(AppError::Conflict(format!(
            "{} has no second factor to reset",
            person.email
        )));
    }
    let sessions_ended = sessions::end_all(&txn, id).await?;
    audit::record(
        &txn,
        &caller.actor(),
        "second_factor_reset",
        "user",
        id,
        Some(serde_json::json!({ "second_factor": if was_confirmed { "on" } else { "being set up" } })),
        Some(serde_json::json!({ "second_factor": "off", "sessions_ended": sessions_ended })),
    )
    .await?;
    txn.commit().await?;
    Ok(person.email)
}
