//! Inviting people and changing their roles: what staff and administrators do to others'
//! accounts.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect,
};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Actor};
use crate::auth::one_time::{self, For, Purpose};
use crate::auth::{Caller, Role, sessions, users};
use crate::entities::{organization, user};
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::policy::{self, Action};
use crate::state::AppState;

/// An invitation as asked for (the API's body, or the form on /users).
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InviteInput {
    /// Required: the address the invitation is sent to, of no account yet.
    #[schema(format = Email, default)]
    pub email: String,
    pub name: String,
    /// Required; only an administrator invites an administrator.
    #[schema(value_type = Role, default)]
    pub role: String,
    /// The organization of a member (required for a member, refused for any other role): its
    /// id, as a number or (from a form) as text.
    pub organization_id: Option<NumberInput>,
}

/// An invitation sent: the person chooses a password through its link, valid 7 days.
#[derive(Serialize, utoipa::ToSchema)]
pub struct InvitationBody {
    pub email: String,
    pub role: Role,
    pub organization_id: Option<i64>,
    /// When the invitation's link expires.
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize)]
struct InvitationEmail<'a> {
    name: &'a str,
    inviter: &'a str,
    role: String,
    organization: Option<String>,
    link: String,
    /// The last day the link works, `YYYY-MM-DD` (the template writes it in the language).
    expires: String,
}

/// Invites a person (staff; only an administrator invites an administrator): checks the
/// invitation, issues its link (revoking earlier ones) and queues its email.
pub async fn invite(
    state: &AppState,
    caller: &Caller,
    input: &InviteInput,
) -> Result<InvitationBody, AppError> {
    policy::authorize(caller, Action::InviteUser)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let inviter = &caller.user;
    let db = &txn;
    let mut errors = FieldErrors::new();
    let email = input.email.trim();
    if let Some(message) = users::email_error(email) {
        errors.add("email", message);
    }
    let role = match input.role.trim().parse::<Role>() {
        // Not a mistake in the form: a right the inviter does not have.
        Ok(Role::Admin) if inviter.role != Role::Admin => return Err(AppError::Forbidden),
        Ok(role) => Some(role),
        Err(message) => {
            errors.add("role", message);
            None
        }
    };
    let organization_id = match input
        .organization_id
        .as_ref()
        .map(NumberInput::text)
        .filter(|v| !v.trim().is_empty())
    {
        Some(text) => match text.trim().parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                errors.add(
                    "organization_id",
                    format!("'{text}' is not an organization number"),
                );
                None
            }
        },
        None => None,
    };
    let organization = match organization_id {
        Some(id) => organization::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    match (role, organization_id, &organization) {
        (Some(Role::Member), None, _) => errors.add(
            "organization_id",
            "a member belongs to an organization: choose it",
        ),
        (Some(Role::Member), Some(id), None) => {
            errors.add("organization_id", format!("there is no organization {id}"))
        }
        (Some(role), Some(_), _) if role != Role::Member => {
            errors.add("organization_id", "only members belong to an organization")
        }
        _ => {}
    }
    if errors.is_empty() && users::find_by_email(db, email).await?.is_some() {
        errors.add("email", "this person already has an account");
    }
    let Some(role) = role.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    one_time::revoke_all(db, Purpose::Invitation, &users::email_key(email)).await?;
    let (secret, expires_at) = one_time::issue(
        db,
        Purpose::Invitation,
        For {
            email: users::email_key(email),
            role: Some(role),
            organization_id,
            user_id: None,
            created_by: Some(inviter.id),
        },
    )
    .await?;
    let link = format!(
        "{}/invitations/{secret}",
        state.settings.server.public_url.trim_end_matches('/')
    );
    // The invitation is in the language the account will have: a member's, the language of
    // their organization (see `users::create`); anyone else's, English until they choose.
    let lang = organization
        .as_ref()
        .map_or(crate::i18n::Lang::En, |o| o.language);
    crate::notify::queue(
        db,
        &state.views,
        lang,
        "invitation",
        email,
        &InvitationEmail {
            name: input.name.trim(),
            inviter: inviter.display_name(),
            role: role.label_in(lang),
            organization: organization.map(|o| o.name),
            link,
            expires: expires_at.date_naive().to_string(),
        },
    )
    .await?;
    audit::record(
        db,
        &caller.actor(),
        "user_invited",
        "invitation",
        users::email_key(email),
        None,
        Some(
            serde_json::json!({ "email": email, "role": role, "organization_id": organization_id }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(InvitationBody {
        email: email.to_owned(),
        role,
        organization_id,
        expires_at,
    })
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleInput {
    pub role: String,
    pub organization_id: Option<String>,
}

/// A role changed: whose, and to what.
#[derive(Clone, Debug)]
pub struct RoleChanged {
    pub email: String,
    pub role: Role,
}

/// Refuses (409) to take away the last active administrator. The administrators are locked (FOR
/// UPDATE on PostgreSQL; SQLite's write lock is already held), so that two admins demoting or
/// deactivating each other at once cannot leave none.
async fn not_the_last_admin<C: ConnectionTrait>(db: &C) -> Result<(), AppError> {
    let admins = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin))
        .filter(user::Column::Active.eq(true))
        .lock_exclusive()
        .all(db)
        .await?
        .len();
    if admins <= 1 {
        return Err(AppError::Conflict(
            "this is the last administrator: make another one first".to_owned(),
        ));
    }
    Ok(())
}

/// An administrator changes a person's role (and, for a member, its organization). Recorded in
/// the audit log with the role before and after; the person's sessions end, so that the new
/// role applies from their next sign-in.
pub async fn change_role(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    form: &RoleInput,
) -> Result<RoleChanged, AppError> {
    policy::authorize(caller, Action::ChangeRole)?;
    let txn = crate::db::begin_write(db).await?;
    let person = crate::db::get_for_update::<user::Entity, _>(&txn, id, "user").await?;
    let mut errors = FieldErrors::new();
    let role = form
        .role
        .parse::<Role>()
        .map_err(|m| errors.add("role", m))
        .ok();
    let organization_id = form
        .organization_id
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .and_then(|v| {
            v.parse::<i64>()
                .map_err(|_| errors.add("organization_id", "is not an organization number"))
                .ok()
        });
    let (Some(role), true) = (role, errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let organization_id = if role == Role::Member {
        organization_id
    } else {
        None
    };
    match (role, organization_id) {
        (Role::Member, None) => {
            return Err(AppError::Validation(FieldErrors::one(
                "organization_id",
                "a member belongs to an organization: choose it",
            )));
        }
        (Role::Member, Some(org))
            if organization::Entity::find_by_id(org)
                .one(&txn)
                .await?
                .is_none() =>
        {
            return Err(AppError::Validation(FieldErrors::one(
                "organization_id",
                format!("there is no organization {org}"),
            )));
        }
        _ => {}
    }
    if person.role == Role::Admin && role != Role::Admin {
        not_the_last_admin(&txn).await?;
    }
    let before =
        serde_json::json!({ "role": person.role, "organization_id": person.organization_id });
    user::Entity::update_many()
        .col_expr(user::Column::Role, sea_orm::sea_query::Expr::val(role))
        .col_expr(
            user::Column::OrganizationId,
            sea_orm::sea_query::Expr::val(organization_id),
        )
        .col_expr(
            user::Column::UpdatedAt,
            sea_orm::sea_query::Expr::val(chrono::Utc::now()),
        )
        .filter(user::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    sessions::end_all(&txn, id).await?;
    let after = serde_json::json!({ "role": role, "organization_id": organization_id });
    audit::record(
        &txn,
        &caller.actor(),
        "role_changed",
        "user",
        id,
        Some(before),
        Some(after),
    )
    .await?;
    txn.commit().await?;
    Ok(RoleChanged {
        email: person.email,
        role,
    })
}

/// An administrator deactivates (`active` false) or reactivates an account. Deactivating ends
/// the person's sessions and revokes their API tokens at once, and their sign-in is then
/// refused with a plain message; reactivating lets them sign in again (their old tokens stay
/// revoked). Nobody deactivates their own account, nor the last active administrator.
/// Audited (`user_deactivated`, `user_reactivated`).
pub async fn set_active(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    active: bool,
) -> Result<user::Model, AppError> {
    policy::authorize(caller, Action::ChangeRole)?;
    if id == caller.id && !active {
        return Err(AppError::Conflict(
            "you cannot deactivate your own account".to_owned(),
        ));
    }
    let txn = crate::db::begin_write(db).await?;
    let person = crate::db::get_for_update::<user::Entity, _>(&txn, id, "user").await?;
    if person.active == active {
        return Err(AppError::Conflict(if active {
            "this account is already active".to_owned()
        } else {
            "this account is already deactivated".to_owned()
        }));
    }
    if !active && person.role == Role::Admin {
        not_the_last_admin(&txn).await?;
    }
    let now = chrono::Utc::now();
    let mut changed: user::ActiveModel = person.into();
    changed.active = sea_orm::Set(active);
    changed.deactivated_at = sea_orm::Set((!active).then_some(now));
    changed.updated_at = sea_orm::Set(now);
    let changed = sea_orm::ActiveModelTrait::update(changed, &txn).await?;
    let (sessions_ended, tokens_revoked) = if active {
        (0, 0)
    } else {
        (
            sessions::end_all(&txn, id).await?,
            crate::auth::api_tokens::revoke_all(&txn, id).await?,
        )
    };
    audit::record(
        &txn,
        &caller.actor(),
        if active {
            "user_reactivated"
        } else {
            "user_deactivated"
        },
        "user",
        id,
        Some(serde_json::json!({ "active": !active })),
        Some(serde_json::json!({
            "active": active,
            "sessions_ended": sessions_ended,
            "tokens_revoked": tokens_revoked,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(changed)
}

/// Creates an account with its password already set (the command line's `admin create-user`),
/// recorded as done by `actor`.
pub async fn create_with_password(
    db: &DatabaseConnection,
    actor: &Actor,
    new: users::NewUser,
) -> Result<user::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let user = users::create(&txn, new).await?;
    audit::record(
        &txn,
        actor,
        "user_created",
        "user",
        user.id,
        None,
        Some(serde_json::json!({
            "email": user.email, "role": user.role, "organization_id": user.organization_id
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(user)
}
