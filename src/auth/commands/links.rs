//! What a person does through a link that lets them choose a password: accept an invitation,
//! ask for and complete a password reset, create the first administrator. The handler finds the
//! link (a read, to show its form); these spend it inside their transaction, so that a link
//! used twice at once works once.

use std::net::IpAddr;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Actor};
use crate::auth::one_time::{self, For, Purpose};
use crate::auth::{Role, api_tokens, password, sessions, throttle, tokens, users};
use crate::entities::{one_time_token, user};
use crate::error::{AppError, FieldErrors};
use crate::state::AppState;

/// A chosen password, with its confirmation (and, as the link needs, an email and a name).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordInput {
    pub email: String,
    pub name: String,
    pub password: String,
    pub confirm: String,
}

impl PasswordInput {
    /// Checks the password (and its confirmation) against `email` and the name.
    pub fn check(&self, email: &str) -> FieldErrors {
        let mut errors = FieldErrors::new();
        if let Some(problem) = password::weakness(&self.password, &[email, &self.name]) {
            errors.add("password", format!("The password {problem}."));
        } else if self.password != self.confirm {
            errors.add("confirm", "The two passwords differ.");
        }
        errors
    }
}

/// The answer for a link that is spent or expired.
pub fn expired() -> AppError {
    AppError::not_found(
        "this link is not valid: it was used already, or it has expired; ask for a new one",
    )
}

/// Accepts an invitation: makes the account, spends the link, and answers the new session's
/// secret (the person is signed in).
pub async fn accept_invitation(
    state: &AppState,
    link: &one_time_token::Model,
    input: &PasswordInput,
    request_id: Option<String>,
) -> Result<String, AppError> {
    let errors = input.check(&link.email);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let role: Role = link
        .role
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("an invitation link without a role")))?;
    let hash = password::hash_blocking(input.password.clone()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    if !one_time::spend(&txn, link).await? {
        return Err(expired());
    }
    let created = users::create(
        &txn,
        users::NewUser {
            email: link.email.clone(),
            name: input.name.clone(),
            role,
            organization_id: link.organization_id,
            password_hash: Some(hash),
        },
    )
    .await?;
    let actor = Actor {
        id: Some(created.id),
        label: format!("user #{}", created.id),
        request_id,
    };
    audit::record(
        &txn,
        &actor,
        "invitation_accepted",
        "user",
        created.id,
        None,
        Some(serde_json::json!({
            "email": created.email, "role": created.role, "organization_id": created.organization_id
        })),
    )
    .await?;
    let session = sessions::start(
        &txn,
        created.id,
        sessions::Stage::Password,
        &state.settings.auth,
    )
    .await?;
    txn.commit().await?;
    Ok(session)
}

#[derive(Serialize)]
struct ResetEmail<'a> {
    link: String,
    email: &'a str,
}

/// Emails a reset link if the account exists, and does much the same work (a transaction and an
/// audit record) when it does not, so that the answer tells nothing. At most 3 requests per email
/// and `auth.failures_per_address` per client address within `auth.lockout_minutes`, so that
/// nobody floods a person's mailbox. Earlier links stay valid until they expire.
pub async fn request_password_reset(
    state: &AppState,
    typed_email: &str,
    address: Option<IpAddr>,
    request_id: Option<String>,
) -> Result<(), AppError> {
    let settings = &state.settings.auth;
    let email = users::email_key(typed_email);
    // Per email whatever the address (a mailbox is what a flood would hurt), and per address.
    let mut keys = vec![(format!("reset-account:{email}"), 3)];
    if address.is_some() {
        keys.push((
            format!("reset-address:{}", throttle::address_key(address)),
            settings.failures_per_address,
        ));
    }
    let throttled = email.len() > 254
        || throttle::attempt(&state.db, &keys, settings, chrono::Utc::now())
            .await?
            .is_some();
    let found = if throttled {
        None
    } else {
        users::find_by_email(&state.db, &email)
            .await?
            .filter(|u| u.active)
    };
    let txn = crate::db::begin_write(&state.db).await?;
    match found {
        Some(person) => {
            let (secret, _) = one_time::issue(
                &txn,
                Purpose::PasswordReset,
                For {
                    email: person.email_key.clone(),
                    user_id: Some(person.id),
                    ..For::default()
                },
            )
            .await?;
            let link = format!(
                "{}/password-reset/{secret}",
                state.settings.server.public_url.trim_end_matches('/')
            );
            crate::notify::queue(
                &txn,
                &state.views,
                person.language,
                "password_reset",
                &person.email,
                &ResetEmail {
                    link,
                    email: &person.email,
                },
            )
            .await?;
            audit::record(
                &txn,
                &Actor::anonymous(request_id),
                "password_reset_requested",
                "user",
                person.id,
                None,
                None,
            )
            .await?;
        }
        None => {
            let digest = tokens::digest(&email)[..16].to_owned();
            audit::record(
                &txn,
                &Actor::anonymous(request_id),
                "password_reset_requested",
                "account",
                digest,
                None,
                None,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Sets the new password, spends the link and ends every session of the account (and its API
/// tokens: whoever knew the old password may have made some).
pub async fn reset_password(
    state: &AppState,
    link: &one_time_token::Model,
    input: &PasswordInput,
    request_id: Option<String>,
) -> Result<(), AppError> {
    let person = match link.user_id {
        Some(id) => user::Entity::find_by_id(id).one(&state.db).await?,
        None => None,
    }
    .ok_or_else(expired)?;
    let checked = PasswordInput {
        name: person.name.clone(),
        ..input.clone()
    };
    let errors = checked.check(&person.email);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let hash = password::hash_blocking(input.password.clone()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    if !one_time::spend(&txn, link).await? {
        return Err(expired());
    }
    api_tokens::revoke_all(&txn, person.id).await?;
    user::Entity::update_many()
        .col_expr(
            user::Column::PasswordHash,
            sea_orm::sea_query::Expr::val(hash),
        )
        .col_expr(
            user::Column::UpdatedAt,
            sea_orm::sea_query::Expr::val(chrono::Utc::now()),
        )
        .filter(user::Column::Id.eq(person.id))
        .exec(&txn)
        .await?;
    sessions::end_all(&txn, person.id).await?;
    let actor = Actor {
        id: Some(person.id),
        label: format!("user #{}", person.id),
        request_id,
    };
    audit::record(
        &txn,
        &actor,
        "password_reset",
        "user",
        person.id,
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Whether the database has an administrator yet.
pub async fn has_admin<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin))
        .count(db)
        .await?
        > 0)
}

/// On a database without an administrator, a link to make the first one (logged by `serve`).
pub async fn setup_link<C: ConnectionTrait>(
    db: &C,
    public_url: &str,
) -> Result<Option<String>, DbErr> {
    if has_admin(db).await? {
        return Ok(None);
    }
    one_time::revoke_all(db, Purpose::Setup, "").await?;
    let (secret, _) = one_time::issue(
        db,
        Purpose::Setup,
        For {
            role: Some(Role::Admin),
            ..For::default()
        },
    )
    .await?;
    Ok(Some(format!(
        "{}/setup/{secret}",
        public_url.trim_end_matches('/')
    )))
}

/// Creates the first administrator from the set-up link and answers their session's secret.
/// Once an administrator exists, the link is worthless.
pub async fn set_up(
    state: &AppState,
    link: &one_time_token::Model,
    input: &PasswordInput,
    request_id: Option<String>,
) -> Result<String, AppError> {
    let mut errors = input.check(&input.email);
    if let Some(message) = users::email_error(&input.email) {
        errors.add("email", message);
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let hash = password::hash_blocking(input.password.clone()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    if has_admin(&txn).await? || !one_time::spend(&txn, link).await? {
        return Err(expired());
    }
    let admin = users::create(
        &txn,
        users::NewUser {
            email: input.email.clone(),
            name: input.name.clone(),
            role: Role::Admin,
            organization_id: None,
            password_hash: Some(hash),
        },
    )
    .await?;
    let actor = Actor {
        id: Some(admin.id),
        label: format!("user #{}", admin.id),
        request_id,
    };
    audit::record(
        &txn,
        &actor,
        "first_admin_created",
        "user",
        admin.id,
        None,
        None,
    )
    .await?;
    let session = sessions::start(
        &txn,
        admin.id,
        sessions::Stage::Password,
        &state.settings.auth,
    )
    .await?;
    txn.commit().await?;
    Ok(session)
}
