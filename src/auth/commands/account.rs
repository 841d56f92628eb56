//! Signing in, signing out everywhere, API tokens, the time zone and the language: what a person
//! does to their own account.

use std::net::IpAddr;

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, Set};

use crate::audit::{self, Actor};
use crate::auth::extract::AuthMethod;
use crate::auth::second_factor::{self, Needs};
use crate::auth::sessions::Stage;
use crate::auth::{Caller, api_tokens, password, sessions, throttle, tokens, users};
use crate::error::{AppError, FieldErrors};
use crate::state::AppState;

/// How a sign-in ended.
#[derive(Debug)]
pub enum SignIn {
    /// The new session's secret, for the cookie, and what the browser must still do before it
    /// reaches anything (give a code of the second factor, or set one up), if anything.
    SignedIn {
        secret: String,
        needs: Option<Needs>,
    },
    /// Too many failed attempts: try again in this many minutes.
    Throttled(i64),
    /// An unknown email or a wrong password: one answer for both.
    Wrong,
    /// The right password of an account an administrator deactivated: said plainly (only to
    /// someone who knows the password).
    Deactivated,
    /// Longer than anyone's email or password: refused before any work, nothing recorded.
    Implausible,
}

/// Checks an email and a password, under the throttle, and on success starts a new session
/// (and ends `old_session`, whatever id the browser had before). A failure is audited. The new
/// session has proved the password only: a person with a second factor, or whose role requires
/// one, is signed in fully once they have given its code (`second_factor::sign_in_with_code`)
/// or set it up (`second_factor::confirm_enrolment`).
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: &str,
    address: Option<IpAddr>,
    old_session: Option<&str>,
    request_id: Option<String>,
) -> Result<SignIn, AppError> {
    let settings = &state.settings.auth;
    let now = Utc::now();
    if email.len() > 254 || password.len() > 1024 {
        return Ok(SignIn::Implausible);
    }
    let keys = throttle::keys(email, address, settings);
    if let Some(until) = throttle::attempt(&state.db, &keys, settings, now).await? {
        return Ok(SignIn::Throttled((until - now).num_minutes() + 1));
    }

    let found = users::find_by_email(&state.db, email).await?;
    let stored = found
        .as_ref()
        .and_then(|u| u.password_hash.clone())
        .unwrap_or_else(|| password::dummy_hash().to_owned());
    let matches = password::verify_blocking(stored, password.to_owned()).await?;
    let right = found
        .clone()
        .filter(|u| matches && u.password_hash.is_some());
    let deactivated = right.as_ref().is_some_and(|u| !u.active);
    let right = right.filter(|u| u.active);

    let Some(person) = right else {
        // The account's id when it exists; otherwise a digest of what was typed (which may be
        // a password typed in the wrong field), never the text itself.
        let (entity, id) = match &found {
            Some(u) => ("user", u.id.to_string()),
            None => (
                "account",
                tokens::digest(&users::email_key(email))[..16].to_owned(),
            ),
        };
        audit::record(
            &state.db,
            &Actor::anonymous(request_id),
            "sign_in_failed",
            entity,
            id,
            None,
            deactivated.then(|| serde_json::json!({ "reason": "deactivated" })),
        )
        .await?;
        return Ok(if deactivated {
            SignIn::Deactivated
        } else {
            SignIn::Wrong
        });
    };

    // A new session (and a new CSRF token): whatever id the browser had before is worthless.
    let txn = crate::db::begin_write(&state.db).await?;
    if let Some(old) = old_session {
        sessions::end(&txn, old).await?;
    }
    throttle::succeeded(&txn, &keys).await?;
    let secret = sessions::start(&txn, person.id, Stage::Password, settings).await?;
    let enrolled = second_factor::enrolled(&txn, person.id).await?;
    let needs = second_factor::needs(
        Stage::Password,
        enrolled,
        second_factor::required(settings, person.role),
    );
    let actor = Actor {
        id: Some(person.id),
        label: format!("user #{}", person.id),
        request_id,
    };
    match needs {
        None => signed_in(&txn, &actor, person.id, None).await?,
        Some(needs) => {
            let after = serde_json::json!({ "needs": match needs {
                Needs::Code => "second_factor_code",
                Needs::Enrolment => "second_factor_enrolment",
            }});
            audit::record(
                &txn,
                &actor,
                "password_accepted",
                "user",
                person.id,
                None,
                Some(after),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(SignIn::SignedIn { secret, needs })
}

/// Records that `user_id` is signed in fully (with `after` saying how, when it took more than
/// the password): the audit line and the time shown on the People page.
pub(crate) async fn signed_in<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    user_id: i64,
    after: Option<serde_json::Value>,
) -> Result<(), AppError> {
    crate::entities::user::ActiveModel {
        id: Set(user_id),
        last_signed_in_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(db)
    .await?;
    audit::record(db, actor, "signed_in", "user", user_id, None, after).await?;
    Ok(())
}

/// What only a browser may do (a bearer token must not make more tokens, nor end sessions).
pub(crate) fn in_a_browser(caller: &Caller) -> Result<(), AppError> {
    if caller.via == AuthMethod::Session {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Ends every session of the caller, on every device, and with `revoke_tokens` revokes every
/// API token of theirs too; answers how many sessions ended.
pub async fn sign_out_everywhere(
    db: &DatabaseConnection,
    caller: &Caller,
    revoke_tokens: bool,
) -> Result<u64, AppError> {
    in_a_browser(caller)?;
    let txn = crate::db::begin_write(db).await?;
    let ended = sessions::end_all(&txn, caller.id).await?;
    let revoked = if revoke_tokens {
        api_tokens::revoke_all(&txn, caller.id).await?
    } else {
        0
    };
    audit::record(
        &txn,
        &caller.actor(),
        "signed_out_everywhere",
        "user",
        caller.id,
        None,
        Some(serde_json::json!({ "sessions_ended": ended, "tokens_revoked": revoked })),
    )
    .await?;
    txn.commit().await?;
    Ok(ended)
}

/// Makes an API token named `name`; answers its secret, which is shown once and never stored.
pub async fn create_token(
    db: &DatabaseConnection,
    caller: &Caller,
    name: &str,
) -> Result<String, AppError> {
    in_a_browser(caller)?;
    issue_token(db, &caller.actor(), caller.id, name).await
}

/// Makes an API token for user `user_id`, recorded as done by `actor` (the user in a browser,
/// or the command line): answers its secret.
pub async fn issue_token(
    db: &DatabaseConnection,
    actor: &Actor,
    user_id: i64,
    name: &str,
) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::Validation(FieldErrors::one(
            "name",
            "give the token a name of 1 to 100 characters, e.g. \"reporting script\"",
        )));
    }
    let txn = crate::db::begin_write(db).await?;
    let (token, secret) = api_tokens::create(&txn, user_id, name).await?;
    audit::record(
        &txn,
        actor,
        "api_token_created",
        "user",
        user_id,
        None,
        Some(
            serde_json::json!({ "token_id": token.id, "name": token.name, "prefix": token.prefix }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(secret)
}

/// Revokes one of the caller's active tokens.
pub async fn revoke_token(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
) -> Result<(), AppError> {
    in_a_browser(caller)?;
    let txn = crate::db::begin_write(db).await?;
    if !api_tokens::revoke(&txn, caller.id, id).await? {
        return Err(AppError::not_found(
            "you have no active token with this number",
        ));
    }
    audit::record(
        &txn,
        &caller.actor(),
        "api_token_revoked",
        "user",
        caller.id,
        None,
        Some(serde_json::json!({ "token_id": id })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets where the caller reads and types times. One statement: no transaction needed.
pub async fn set_time_zone(
    db: &DatabaseConnection,
    caller: &Caller,
    typed: &str,
) -> Result<chrono_tz::Tz, AppError> {
    let typed = typed.trim();
    let Ok(zone) = typed.parse::<chrono_tz::Tz>() else {
        return Err(AppError::Validation(FieldErrors::one(
            "time_zone",
            format!("'{typed}' is not a time zone; choose one from the list."),
        )));
    };
    crate::entities::user::ActiveModel {
        id: Set(caller.id),
        time_zone: Set(crate::dates::TimeZone { zone }),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(zone)
}

/// Sets the language of the caller's pages and e-mails (`en`, `fr` or `es`). One statement, like
/// the time zone: no transaction needed, and not audited either.
pub async fn set_language(
    db: &DatabaseConnection,
    caller: &Caller,
    typed: &str,
) -> Result<crate::i18n::Lang, AppError> {
    let typed = typed.trim();
    let Some(lang) = crate::i18n::Lang::ALL
        .iter()
        .copied()
        .find(|l| l.as_str() == typed)
    else {
        return Err(AppError::Validation(FieldErrors::one(
            "language",
            format!("'{typed}' is not a language of Clearway; choose one from the list."),
        )));
    };
    crate::entities::user::ActiveModel {
        id: Set(caller.id),
        language: Set(lang),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(lang)
}
