//! People: staff invite them (an email with a link valid 7 days, where they choose a password:
//! see `links`), list them, and administrators change their roles.

use axum::Form;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::{Deserialize, Serialize};

use super::one_time::{self, For, Purpose};
use super::{CurrentUser, Role, sessions, users};
use crate::audit::{self, Actor};
use crate::entities::{organization, user};
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::extract::{JsonBody, Params};
use crate::web::flash::{Flash, FlashMessage};

/// An invitation as asked for (the API's body, or the form on /users).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteInput {
    pub email: String,
    pub name: String,
    pub role: String,
    pub organization_id: Option<String>,
}

#[derive(Serialize)]
pub struct InvitationBody {
    pub email: String,
    pub role: Role,
    pub organization_id: Option<i64>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Serialize)]
struct InvitationEmail<'a> {
    name: &'a str,
    inviter: &'a str,
    role: &'static str,
    organization: Option<String>,
    link: String,
    expires: String,
}

/// Checks an invitation, issues its link and queues its email, in `db`'s transaction.
pub async fn invite<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    inviter: &CurrentUser,
    request_id: Option<String>,
    input: &InviteInput,
) -> Result<InvitationBody, AppError> {
    let mut errors = FieldErrors::new();
    let email = input.email.trim();
    if let Some(message) = users::email_error(email) {
        errors.add("email", message);
    }
    let role = match input.role.trim().parse::<Role>() {
        Ok(Role::Admin) if inviter.role != Role::Admin => {
            errors.add("role", "only an administrator can invite an administrator");
            None
        }
        Ok(role) => Some(role),
        Err(message) => {
            errors.add("role", message);
            None
        }
    };
    let organization_id = match input
        .organization_id
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        Some(text) => match text.parse::<i64>() {
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
    crate::notify::queue(
        db,
        &state.views,
        "invitation",
        email,
        &InvitationEmail {
            name: input.name.trim(),
            inviter: inviter.display_name(),
            role: role.label(),
            organization: organization.map(|o| o.name),
            link,
            expires: expires_at.format("%-d %B %Y").to_string(),
        },
    )
    .await?;
    audit::record(
        db,
        &Actor::user(inviter, request_id),
        "user_invited",
        "invitation",
        users::email_key(email),
        None,
        Some(
            serde_json::json!({ "email": email, "role": role, "organization_id": organization_id }),
        ),
    )
    .await?;
    Ok(InvitationBody {
        email: email.to_owned(),
        role,
        organization_id,
        expires_at,
    })
}

/// `POST /api/v1/users`: invites a person.
pub async fn create_user(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    JsonBody(input): JsonBody<InviteInput>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::InviteUser)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let invitation = invite(&txn, &state, &user, request_id, &input).await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, "/api/v1/users")],
        Json(invitation),
    )
        .into_response())
}

#[derive(Serialize)]
pub struct UserItem {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub organization_id: Option<i64>,
    /// Where a reviewer works, and the organization it is affiliated with: what its conflicts
    /// of interest are checked against.
    pub country: Option<String>,
    pub affiliation_id: Option<i64>,
    pub active: bool,
    pub last_signed_in_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct UsersParams {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

async fn users_page<C: ConnectionTrait>(
    db: &C,
    pagination: Pagination,
) -> Result<(Vec<UserItem>, u64), DbErr> {
    let query = user::Entity::find();
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(user::Column::EmailKey)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?
        .into_iter()
        .map(|u| UserItem {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role,
            organization_id: u.organization_id,
            country: u.country,
            affiliation_id: u.affiliation_id,
            active: u.active,
            last_signed_in_at: u.last_signed_in_at,
        })
        .collect();
    Ok((items, total))
}

/// `GET /api/v1/users`.
pub async fn list_users(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<UsersParams>,
) -> Result<Json<ListBody<UserItem>>, AppError> {
    policy::authorize(&user, Action::ListUsers)?;
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    errors.into_result(()).map_err(AppError::bad_request)?;
    let (items, total) = users_page(&state.db, pagination).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

#[derive(Serialize)]
struct UsersView {
    can_change_roles: bool,
    can_set_profiles: bool,
    all_roles: Vec<(&'static str, &'static str)>,
    users: Vec<UserItem>,
    total: u64,
    roles: Vec<(&'static str, &'static str, bool)>,
    organizations: Vec<(i64, String, bool)>,
    values: InviteValues,
    errors: std::collections::BTreeMap<String, String>,
}

#[derive(Default, Serialize)]
struct InviteValues {
    email: String,
    name: String,
}

async fn users_view(
    state: &AppState,
    inviter: &CurrentUser,
    input: &InviteInput,
    errors: &FieldErrors,
) -> Result<UsersView, AppError> {
    let (users, total) = users_page(
        &state.db,
        Pagination {
            page: 1,
            per_page: 200,
        },
    )
    .await?;
    let organizations = organization::Entity::find()
        .order_by_asc(organization::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| {
            let selected = input.organization_id.as_deref() == Some(o.id.to_string().as_str());
            (o.id, o.name, selected)
        })
        .collect();
    let roles = Role::ALL
        .into_iter()
        .filter(|r| *r != Role::Admin || inviter.role == Role::Admin)
        .map(|r| (r.as_str(), r.label(), r.as_str() == input.role))
        .collect();
    Ok(UsersView {
        can_set_profiles: policy::allows(inviter, Action::ManageReviews),
        can_change_roles: policy::allows(inviter, Action::ChangeRole),
        all_roles: Role::ALL
            .into_iter()
            .map(|r| (r.as_str(), r.label()))
            .collect(),
        users,
        total,
        roles,
        organizations,
        values: InviteValues {
            email: input.email.clone(),
            name: input.name.clone(),
        },
        errors: errors.first_of_each(),
    })
}

/// `GET /users`: the people, and a form to invite one.
pub async fn show_users(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ListUsers)?;
    let view = users_view(&state, &user, &InviteInput::default(), &FieldErrors::new()).await?;
    Ok(state
        .views
        .page("auth/users", &page.layout("People", "users"), &view)?
        .into_response())
}

/// `POST /users`: the invitation form.
pub async fn submit_invitation(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    flash: Flash,
    Form(input): Form<InviteInput>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::InviteUser)?;
    let txn = crate::db::begin_write(&state.db).await?;
    match invite(&txn, &state, &user, request_id, &input).await {
        Ok(invitation) => {
            txn.commit().await?;
            let message = FlashMessage::success(format!(
                "An invitation is on its way to {}.",
                invitation.email
            ));
            Ok(flash.redirect(&message, "/users"))
        }
        Err(AppError::Validation(errors)) => {
            let view = users_view(&state, &user, &input, &errors).await?;
            let html = state
                .views
                .page("auth/users", &page.layout("People", "users"), &view)?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
        Err(other) => Err(other),
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    pub role: String,
    pub organization_id: Option<String>,
}

/// `POST /users/{id}/role`: an administrator changes a person's role (and, for a member, its
/// organization). Recorded in the audit log with the role before and after; the person's
/// sessions end, so that the new role applies from their next sign-in.
pub async fn change_role(
    State(state): State<AppState>,
    admin: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<RoleForm>,
) -> Result<Response, AppError> {
    policy::authorize(&admin, Action::ChangeRole)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let person = user::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::not_found("there is no user with this number"))?;
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
    if person.role == Role::Admin.as_str() && role != Role::Admin {
        // Locked (FOR UPDATE on PostgreSQL; SQLite's write lock is already held), so that two
        // admins demoting each other at once cannot leave none.
        let admins = user::Entity::find()
            .filter(user::Column::Role.eq(Role::Admin.as_str()))
            .filter(user::Column::Active.eq(true))
            .lock_exclusive()
            .all(&txn)
            .await?
            .len();
        if admins <= 1 {
            return Err(AppError::Conflict(
                "this is the last administrator: make another one first".to_owned(),
            ));
        }
    }
    let before =
        serde_json::json!({ "role": person.role, "organization_id": person.organization_id });
    user::Entity::update_many()
        .col_expr(
            user::Column::Role,
            sea_orm::sea_query::Expr::val(role.as_str()),
        )
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
        &Actor::user(&admin, request_id),
        "role_changed",
        "user",
        id,
        Some(before),
        Some(after),
    )
    .await?;
    txn.commit().await?;
    let message = FlashMessage::success(format!("{} is now {}.", person.email, role.label()));
    Ok(flash.redirect(&message, "/users"))
}
