//! The links that let a person choose a password: accepting an invitation, resetting a
//! forgotten password, and creating the first administrator from the set-up link.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter};
use serde::{Deserialize, Serialize};

use super::one_time::{self, For, Purpose};
use super::{Role, password, sessions, users};
use crate::audit::{self, Actor};
use crate::entities::user;
use crate::error::{AppError, FieldErrors};
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::flash::{Flash, FlashMessage};

/// The form where a person sets a password (an invitation, a reset, the first admin).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub email: String,
    pub name: String,
    pub password: String,
    pub confirm: String,
}

#[derive(Serialize)]
struct PasswordView<'a> {
    heading: &'a str,
    intro: String,
    action: String,
    ask_email: bool,
    ask_name: bool,
    email: &'a str,
    name: &'a str,
    errors: std::collections::BTreeMap<String, String>,
}

impl<'a> PasswordView<'a> {
    fn invitation(
        secret: &str,
        email: &'a str,
        name: &'a str,
        errors: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            heading: "Welcome to Clearway",
            intro: format!("You are invited as {email}. Choose a password to finish."),
            action: format!("/invitations/{secret}"),
            ask_email: false,
            ask_name: true,
            email,
            name,
            errors,
        }
    }

    fn reset(
        secret: &str,
        email: &'a str,
        errors: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            heading: "Choose a new password",
            intro: format!("For {email}."),
            action: format!("/password-reset/{secret}"),
            ask_email: false,
            ask_name: false,
            email,
            name: "",
            errors,
        }
    }

    fn setup(
        secret: &str,
        email: &'a str,
        name: &'a str,
        errors: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            heading: "Set up Clearway",
            intro: "Create the first administrator's account.".to_owned(),
            action: format!("/setup/{secret}"),
            ask_email: true,
            ask_name: true,
            email,
            name,
            errors,
        }
    }
}

fn password_page(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &PasswordView<'_>,
) -> Result<Response, AppError> {
    let html = state
        .views
        .page("auth/set_password", &page.layout(view.heading, ""), view)?;
    Ok((status, html).into_response())
}

/// The unspent, unexpired link behind `secret`, or the 404 that says it is not valid.
async fn valid_link(
    state: &AppState,
    secret: &str,
    purpose: Purpose,
) -> Result<crate::entities::one_time_token::Model, AppError> {
    one_time::find(&state.db, secret, purpose)
        .await?
        .ok_or_else(expired)
}

fn expired() -> AppError {
    AppError::not_found(
        "this link is not valid: it was used already, or it has expired; ask for a new one",
    )
}

/// Checks a chosen password (and its confirmation) for `email` and `name`.
fn check_password(form: &PasswordForm, email: &str) -> FieldErrors {
    let mut errors = FieldErrors::new();
    if let Some(problem) = password::weakness(&form.password, &[email, &form.name]) {
        errors.add("password", format!("The password {problem}."));
    } else if form.password != form.confirm {
        errors.add("confirm", "The two passwords differ.");
    }
    errors
}

pub async fn show_invitation(
    State(state): State<AppState>,
    page: PageContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::Invitation).await?;
    let view = PasswordView::invitation(&secret, &link.email, "", Default::default());
    password_page(&state, &page, StatusCode::OK, &view)
}

/// Accepts an invitation: makes the account, spends the link, signs the person in.
pub async fn accept_invitation(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(secret): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::Invitation).await?;
    let errors = check_password(&form, &link.email);
    if !errors.is_empty() {
        let view =
            PasswordView::invitation(&secret, &link.email, &form.name, errors.first_of_each());
        return password_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let role: Role = link
        .role
        .as_deref()
        .unwrap_or("")
        .parse()
        .map_err(|e: String| AppError::Internal(anyhow::anyhow!(e)))?;
    let hash = password::hash_blocking(form.password.clone()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    if !one_time::spend(&txn, &link).await? {
        return Err(expired());
    }
    let created = users::create(
        &txn,
        users::NewUser {
            email: link.email.clone(),
            name: form.name.clone(),
            role,
            organization_id: link.organization_id,
            password_hash: Some(hash),
        },
    )
    .await?;
    let actor = Actor {
        id: Some(created.id),
        label: created.email.clone(),
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
    let session = sessions::start(&txn, created.id, &state.settings.auth).await?;
    txn.commit().await?;
    Ok(sessions::signed_in(&state, session, "/account"))
}

#[derive(Serialize)]
struct ResetRequestView {
    sent: bool,
}

pub async fn show_reset_request(
    State(state): State<AppState>,
    page: PageContext,
) -> Result<Response, AppError> {
    let html = state.views.page(
        "auth/reset_request",
        &page.layout("Forgotten password", "login"),
        &ResetRequestView { sent: false },
    )?;
    Ok(html.into_response())
}

#[derive(Serialize)]
struct ResetEmail<'a> {
    link: String,
    email: &'a str,
}

/// Emails a reset link if the account exists; answers the same either way, after much the same
/// work (a transaction and an audit record). At most 3 requests per email and
/// `auth.failures_per_address` per client address within `auth.lockout_minutes`, so that nobody
/// floods a person's mailbox. Earlier links stay valid until they expire.
pub async fn submit_reset_request(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    super::extract::ClientAddress(address): super::extract::ClientAddress,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let settings = &state.settings.auth;
    let email = users::email_key(&form.email);
    let mut keys: Vec<(String, u32)> = super::throttle::keys(&form.email, address, settings)
        .into_iter()
        .map(|(key, limit)| (format!("reset-{key}"), limit))
        .collect();
    keys[0].1 = 3;
    let throttled = email.len() > 254
        || super::throttle::attempt(&state.db, &keys, settings, chrono::Utc::now())
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
            let digest = super::tokens::digest(&email)[..16].to_owned();
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
    let html = state.views.page(
        "auth/reset_request",
        &page.layout("Forgotten password", "login"),
        &ResetRequestView { sent: true },
    )?;
    Ok(html.into_response())
}

pub async fn show_reset(
    State(state): State<AppState>,
    page: PageContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::PasswordReset).await?;
    let view = PasswordView::reset(&secret, &link.email, Default::default());
    password_page(&state, &page, StatusCode::OK, &view)
}

/// Sets the new password, spends the link and ends every session of the account.
pub async fn submit_reset(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(secret): Path<String>,
    flash: Flash,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::PasswordReset).await?;
    let person = match link.user_id {
        Some(id) => user::Entity::find_by_id(id).one(&state.db).await?,
        None => None,
    }
    .ok_or_else(expired)?;
    let checked = PasswordForm {
        name: person.name.clone(),
        ..form.clone()
    };
    let errors = check_password(&checked, &person.email);
    if !errors.is_empty() {
        let view = PasswordView::reset(&secret, &link.email, errors.first_of_each());
        return password_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let hash = password::hash_blocking(form.password.clone()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    if !one_time::spend(&txn, &link).await? {
        return Err(expired());
    }
    // Whoever knew the old password may have made tokens: they go with it.
    super::api_tokens::revoke_all(&txn, person.id).await?;
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
        label: person.email.clone(),
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
    Ok(flash.redirect(
        &FlashMessage::success("Your password is changed. Sign in with it."),
        "/login",
    ))
}

/// Whether the database has an administrator yet.
pub async fn has_admin<C: ConnectionTrait>(db: &C) -> Result<bool, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
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

pub async fn show_setup(
    State(state): State<AppState>,
    page: PageContext,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    valid_link(&state, &secret, Purpose::Setup).await?;
    if has_admin(&state.db).await? {
        return Err(expired());
    }
    let view = PasswordView::setup(&secret, "", "", Default::default());
    password_page(&state, &page, StatusCode::OK, &view)
}

pub async fn submit_setup(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(secret): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let link = valid_link(&state, &secret, Purpose::Setup).await?;
    let mut errors = check_password(&form, &form.email);
    if let Some(message) = users::email_error(&form.email) {
        errors.add("email", message);
    }
    if !errors.is_empty() {
        let view = PasswordView::setup(&secret, &form.email, &form.name, errors.first_of_each());
        return password_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let hash = password::hash_blocking(form.password.clone()).await?;
    let txn = crate::db::begin_write(&state.db).await?;
    if has_admin(&txn).await? || !one_time::spend(&txn, &link).await? {
        return Err(expired());
    }
    let admin = users::create(
        &txn,
        users::NewUser {
            email: form.email.clone(),
            name: form.name.clone(),
            role: Role::Admin,
            organization_id: None,
            password_hash: Some(hash),
        },
    )
    .await?;
    let actor = Actor {
        id: Some(admin.id),
        label: admin.email.clone(),
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
    let session = sessions::start(&txn, admin.id, &state.settings.auth).await?;
    txn.commit().await?;
    Ok(sessions::signed_in(&state, session, "/users"))
}
