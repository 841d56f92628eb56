//! People: staff invite them (an email with a link valid 7 days, where they choose a password:
//! see `links`), list them, and administrators change their roles. The writes are in
//! `commands::people`.

use std::collections::BTreeMap;

use axum::Form;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use super::commands::{self, InvitationBody, InviteInput, RoleInput};
use super::{Caller, CurrentUser, Role, users};
use crate::entities::{organization, user};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{Lang, format, text};
use crate::input::NumberInput;
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::{JsonBody, Params};
use crate::web::flash::{Flash, FlashMessage};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The people API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(list_users, create_user, deactivate_user, reactivate_user),
    tags((
        name = "users",
        description = "People: staff list them and invite them (by email, with a link valid 7 \
            days where they choose a password); administrators deactivate and reactivate \
            accounts"
    ))
)]
pub struct UsersApi;

/// Invites a person (staff).
///
/// They get an email with a link, valid 7 days, where they choose a password.
#[utoipa::path(
    post,
    path = "/api/v1/users",
    tag = "users",
    operation_id = "inviteUser",
    request_body = InviteInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "Invited",
            body = InvitationBody,
            headers(("Location" = String, description = "The list of people"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn create_user(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<InviteInput>,
) -> Result<Response, AppError> {
    let invitation = commands::invite(&state, &caller, &input).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, "/api/v1/users")],
        Json(invitation),
    )
        .into_response())
}

/// A person with an account.
#[derive(Serialize, utoipa::ToSchema)]
pub struct UserItem {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[schema(value_type = Role)]
    pub role: String,
    /// A member's organization.
    pub organization_id: Option<i64>,
    /// Where a reviewer works, and the organization it is affiliated with: what its conflicts
    /// of interest are checked against.
    pub country: Option<String>,
    pub affiliation_id: Option<i64>,
    /// An inactive account cannot sign in.
    pub active: bool,
    pub last_signed_in_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Read as text and parsed by the handler, so that a bad value is a 400 with a field message.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UsersParams {
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

impl From<user::Model> for UserItem {
    fn from(u: user::Model) -> Self {
        Self {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role.as_str().to_owned(),
            organization_id: u.organization_id,
            country: u.country,
            affiliation_id: u.affiliation_id,
            active: u.active,
            last_signed_in_at: u.last_signed_in_at,
        }
    }
}

/// A page of people, as the list shows them.
async fn users_page(
    db: &DatabaseConnection,
    pagination: Pagination,
) -> Result<(Vec<UserItem>, u64), AppError> {
    let (users, total) = users::page(db, pagination).await?;
    Ok((users.into_iter().map(UserItem::from).collect(), total))
}

/// The people with an account, by email address (staff).
#[utoipa::path(
    get,
    path = "/api/v1/users",
    tag = "users",
    operation_id = "listUsers",
    params(UsersParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of people", body = ListBody<UserItem>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
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

/// A person as the People page lists them: what the API says, and whether they sign in with a
/// second factor (which the API does not say).
#[derive(Serialize)]
struct UserRow {
    #[serde(flatten)]
    item: UserItem,
    second_factor: bool,
    /// The names of the organization, the reviewer's affiliation and the country it works in.
    organization_name: Option<String>,
    /// The role in words: "Programme staff".
    role_label: String,
    affiliation_name: Option<String>,
    country_name: Option<String>,
    /// The role chosen in its "change the role" form, and the organization typed there: the
    /// person's own, or what was typed when the form was refused.
    chosen_role: String,
    organization_value: String,
    /// The reviewer's profile form: the country and affiliation stored, or as typed when the
    /// form was refused.
    country_value: String,
    affiliation_value: String,
    /// Why a form of its row was refused, by the form's field or button: `role`,
    /// `organization_id` and `change` (the role form), `active`, `second_factor`, `country`
    /// and `affiliation_id` (the reviewer's profile).
    errors: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct UsersView {
    can_change_roles: bool,
    can_set_profiles: bool,
    can_reset_second_factors: bool,
    all_roles: Vec<(&'static str, String)>,
    users: Vec<UserRow>,
    total: u64,
    roles: Vec<(&'static str, String, bool)>,
    organizations: Vec<(i64, String, bool)>,
    /// Every state, for the choosers that submit a state's code (a datalist of names).
    states: Vec<crate::choice::OptionView>,
    values: InviteValues,
    errors: BTreeMap<String, String>,
    /// Why a form of a person the list does not show was refused (past its first 200).
    row_error: Option<String>,
}

/// A form of one person's row on the People page that was refused: whose, the role form as
/// typed, and why, in a sentence by field or button (see `UserRow::errors`).
#[derive(Debug)]
pub(crate) struct RowRefusal {
    pub id: i64,
    pub typed: Option<RoleInput>,
    /// The reviewer's profile form as typed: the country and the affiliation.
    pub typed_profile: Option<(String, String)>,
    pub errors: BTreeMap<&'static str, String>,
}

impl RowRefusal {
    /// The form of person `id` refused with `sentence` about `field` (or its button).
    pub fn at(id: i64, field: &'static str, sentence: String) -> Self {
        Self {
            id,
            typed: None,
            typed_profile: None,
            errors: BTreeMap::from([(field, sentence)]),
        }
    }
}

/// A form of the People page that was refused: the invitation (what was typed and why), or a
/// form of one person's row; and the status the page answers with.
pub(crate) enum UsersRefusal<'a> {
    Invitation(&'a InviteInput, &'a FieldErrors),
    Row(RowRefusal, StatusCode),
}

#[derive(Default, Serialize)]
struct InviteValues {
    email: String,
    name: String,
}

async fn users_view(
    state: &AppState,
    lang: Lang,
    inviter: &CurrentUser,
    input: &InviteInput,
    errors: &FieldErrors,
    mut row: Option<RowRefusal>,
) -> Result<UsersView, AppError> {
    let (users, total) = users_page(
        &state.db,
        Pagination {
            page: 1,
            per_page: 200,
        },
    )
    .await?;
    let enrolled =
        super::second_factor::enrolled_among(&state.db, users.iter().map(|u| u.id).collect())
            .await?;
    let organizations: Vec<(i64, String, bool)> = organization::Entity::find()
        .order_by_asc(organization::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| {
            let selected =
                input.organization_id.as_ref().and_then(NumberInput::value) == Some(o.id);
            (o.id, o.name, selected)
        })
        .collect();
    let names: std::collections::HashMap<i64, &str> = organizations
        .iter()
        .map(|(id, name, _)| (*id, name.as_str()))
        .collect();
    let name_of = |id: Option<i64>| id.and_then(|id| names.get(&id).map(|n| (*n).to_owned()));
    let state_names = crate::web::names::state_names(state).await?;
    let users = users
        .into_iter()
        .map(|item| {
            let refused = row.take_if(|r| r.id == item.id);
            let typed = refused.as_ref().and_then(|r| r.typed.clone());
            let (country_value, affiliation_value) = refused
                .as_ref()
                .and_then(|r| r.typed_profile.clone())
                .unwrap_or_else(|| {
                    (
                        item.country.clone().unwrap_or_default(),
                        item.affiliation_id
                            .map(|id| id.to_string())
                            .unwrap_or_default(),
                    )
                });
            UserRow {
                second_factor: enrolled.contains(&item.id),
                organization_name: name_of(item.organization_id),
                role_label: item
                    .role
                    .parse::<Role>()
                    .map_or_else(|_| text(lang, "auth-role-unknown"), |r| r.label_in(lang)),
                affiliation_name: name_of(item.affiliation_id),
                country_name: item
                    .country
                    .as_deref()
                    .map(|c| crate::web::names::state_name(&state_names, c)),
                chosen_role: typed
                    .as_ref()
                    .map_or_else(|| item.role.clone(), |t| t.role.clone()),
                organization_value: match typed {
                    Some(t) => t.organization_id.unwrap_or_default(),
                    None => item
                        .organization_id
                        .map(|id| id.to_string())
                        .unwrap_or_default(),
                },
                country_value,
                affiliation_value,
                errors: refused.map(|r| r.errors).unwrap_or_default(),
                item,
            }
        })
        .collect();
    let row_error = row.and_then(|r| r.errors.into_values().next());
    let states = crate::web::names::state_options(state, None).await?;
    let roles = Role::ALL
        .into_iter()
        .filter(|r| *r != Role::Admin || inviter.role == Role::Admin)
        .map(|r| (r.as_str(), r.label_in(lang), r.as_str() == input.role))
        .collect();
    Ok(UsersView {
        can_set_profiles: policy::allows(inviter, Action::ManageReviews),
        can_change_roles: policy::allows(inviter, Action::ChangeRole),
        can_reset_second_factors: policy::allows(inviter, Action::ResetSecondFactor),
        all_roles: Role::ALL
            .into_iter()
            .map(|r| (r.as_str(), r.label_in(lang)))
            .collect(),
        users,
        total,
        roles,
        organizations,
        states,
        values: InviteValues {
            email: input.email.clone(),
            name: input.name.clone(),
        },
        errors: errors.first_of_each(),
        row_error,
    })
}

/// `GET /users`: the people, and a form to invite one.
pub async fn show_users(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    render_users(&state, &page, &user, None).await
}

/// The People page; with `refused`, a form it refused shown again saying why: the invitation
/// as typed with a sentence at each field (422), or one person's form with its sentence next to
/// its field or button (422, 409).
pub(crate) async fn render_users(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    refused: Option<UsersRefusal<'_>>,
) -> Result<Response, AppError> {
    policy::authorize(user, Action::ListUsers)?;
    let blank = (InviteInput::default(), FieldErrors::new());
    let (status, (input, errors), row) = match refused {
        None => (StatusCode::OK, (&blank.0, &blank.1), None),
        Some(UsersRefusal::Invitation(input, errors)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, (input, errors), None)
        }
        Some(UsersRefusal::Row(row, status)) => (status, (&blank.0, &blank.1), Some(row)),
    };
    let view = users_view(state, page.lang, user, input, errors, row).await?;
    let html = state.views.page(
        "auth/users",
        &page.layout(text(page.lang, "auth-users-title"), "users"),
        &view,
    )?;
    Ok((status, html).into_response())
}

/// `POST /users`: the invitation form.
pub async fn submit_invitation(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(input): Form<InviteInput>,
) -> Result<Response, AppError> {
    match commands::invite(&state, &caller, &input).await {
        Ok(invitation) => {
            let message = FlashMessage::success(format(
                page.lang,
                "auth-users-invited",
                &[("email", invitation.email.into())],
            ));
            Ok(flash.redirect(&message, "/users"))
        }
        Err(AppError::Validation(errors)) => {
            let refused = UsersRefusal::Invitation(&input, &errors);
            render_users(&state, &page, &caller, Some(refused)).await
        }
        Err(other) => Err(other),
    }
}

/// `POST /users/{id}/role`: an administrator changes a person's role. Refused, the People page
/// comes back with the form as typed and why: at its field (422), or next to its button (409,
/// e.g. the last administrator).
pub async fn change_role(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<RoleInput>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let (status, errors) = match commands::change_role(&state.db, &caller, id, &form).await {
        Ok(changed) => {
            let message = FlashMessage::success(format(
                lang,
                "auth-users-role-changed",
                &[
                    ("email", changed.email.into()),
                    ("role", changed.role.label_in(lang).into()),
                ],
            ));
            return Ok(flash.redirect(&message, "/users"));
        }
        Err(AppError::Validation(errors)) => {
            let mut sentences = BTreeMap::new();
            if errors.first("role").is_some() {
                sentences.insert("role", text(lang, "auth-users-role-refused"));
            }
            if errors.first("organization_id").is_some() {
                sentences.insert(
                    "organization_id",
                    text(lang, "auth-users-organization-refused"),
                );
            }
            (StatusCode::UNPROCESSABLE_ENTITY, sentences)
        }
        Err(AppError::Conflict(reason)) => {
            let sentence = format(
                lang,
                "auth-users-role-not-changed",
                &[("reason", reason_in(lang, &reason).into())],
            );
            (StatusCode::CONFLICT, BTreeMap::from([("change", sentence)]))
        }
        Err(other) => return Err(other),
    };
    let row = RowRefusal {
        id,
        typed: Some(form),
        typed_profile: None,
        errors,
    };
    render_users(&state, &page, &caller, Some(UsersRefusal::Row(row, status))).await
}

/// A rule's reason (`this is the last administrator: ...`) in `lang`, to end a sentence.
fn reason_in(lang: Lang, reason: &str) -> String {
    crate::i18n::phrases::translate(lang, reason.trim().trim_end_matches('.')).into_owned()
}

/// Deactivates an account (administrators).
///
/// The person's sessions end and their API tokens are revoked at once; signing in is then
/// refused with a plain message. Nobody deactivates their own account, nor the last active
/// administrator.
#[utoipa::path(
    post,
    path = "/api/v1/users/{id}/deactivate",
    tag = "users",
    operation_id = "deactivateUser",
    params(("id" = i64, Path, description = "The person's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "Deactivated: the person", body = UserItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn deactivate_user(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<UserItem>, AppError> {
    let person = commands::set_active(&state.db, &caller, id, false).await?;
    Ok(Json(UserItem::from(person)))
}

/// Reactivates an account (administrators): the person may sign in again; their old API
/// tokens stay revoked.
#[utoipa::path(
    post,
    path = "/api/v1/users/{id}/reactivate",
    tag = "users",
    operation_id = "reactivateUser",
    params(("id" = i64, Path, description = "The person's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "Reactivated: the person", body = UserItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn reactivate_user(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<UserItem>, AppError> {
    let person = commands::set_active(&state.db, &caller, id, true).await?;
    Ok(Json(UserItem::from(person)))
}

/// The form of `POST /users/{id}/active`: `yes` to reactivate, `no` to deactivate.
#[derive(Debug, Default, Deserialize)]
pub struct ActiveForm {
    pub active: Option<crate::input::YesNo>,
}

/// `POST /users/{id}/active`: an administrator deactivates or reactivates an account. Refused
/// (their own account, the last administrator, already done), the People page comes back
/// saying why next to the button (409).
pub async fn set_active(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<ActiveForm>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let active = form
        .active
        .as_ref()
        .is_some_and(crate::input::YesNo::is_yes);
    let message = match commands::set_active(&state.db, &caller, id, active).await {
        Ok(person) if active => FlashMessage::success(format(
            lang,
            "auth-users-reactivated",
            &[("email", person.email.into())],
        )),
        Ok(person) => FlashMessage::success(format(
            lang,
            "auth-users-deactivated-flash",
            &[("email", person.email.into())],
        )),
        Err(AppError::Conflict(reason)) => {
            let id_of_sentence = if active {
                "auth-users-not-reactivated"
            } else {
                "auth-users-not-deactivated"
            };
            let sentence = format(
                lang,
                id_of_sentence,
                &[("reason", reason_in(lang, &reason).into())],
            );
            let row = RowRefusal::at(id, "active", sentence);
            let refused = UsersRefusal::Row(row, StatusCode::CONFLICT);
            return render_users(&state, &page, &caller, Some(refused)).await;
        }
        Err(other) => return Err(other),
    };
    Ok(flash.redirect(&message, "/users"))
}
