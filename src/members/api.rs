//! `/api/v1/organizations`: the registry as JSON, under the same rules as the pages.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::model::{self, Filter, OrganizationInput};
use super::views::OrganizationItem;
use crate::audit::Actor;
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::treaty::model::parse_field;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub country: Option<String>,
    pub membership_status: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

impl ListParams {
    /// The filter a user may use: a member's list holds only its own organization.
    pub fn parse(&self, user: &CurrentUser) -> Result<(Filter, Pagination), FieldErrors> {
        let (filter, pagination, errors) = self.parse_lenient(user);
        errors.into_result((filter, pagination))
    }

    /// Like [`parse`](Self::parse), with defaults in place of bad values, so that a page can show
    /// the list beside the messages.
    pub fn parse_lenient(&self, user: &CurrentUser) -> (Filter, Pagination, FieldErrors) {
        let mut errors = FieldErrors::new();
        let country = self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_ascii_uppercase);
        let status = parse_field(
            &mut errors,
            "membership_status",
            self.membership_status.as_deref(),
            str::parse,
        );
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        let only = if user.role.is_staff() || user.role == crate::auth::Role::Finance {
            None
        } else {
            Some(user.organization_id.unwrap_or(0))
        };
        let filter = Filter {
            country,
            status,
            only,
        };
        (filter, pagination, errors)
    }
}

pub async fn list_organizations(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<OrganizationItem>>, AppError> {
    policy::authorize(&user, Action::ListOrganizations)?;
    let (filter, pagination) = params.parse(&user).map_err(AppError::bad_request)?;
    let (items, total) = model::list(&db, &filter, pagination).await?;
    Ok(Json(ListBody::new(
        items.into_iter().map(OrganizationItem::from).collect(),
        pagination,
        total,
    )))
}

pub async fn create_organization(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    JsonBody(input): JsonBody<OrganizationInput>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::CreateOrganization)?;
    let txn = crate::db::begin_write(&db).await?;
    let changes = input.parse(&txn, true).await?;
    let created = model::create(&txn, &Actor::user(&user, request_id), changes).await?;
    txn.commit().await?;
    let location = format!("/api/v1/organizations/{}", created.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(OrganizationItem::from(created)),
    )
        .into_response())
}

pub async fn get_organization(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<OrganizationItem>, AppError> {
    let org = model::get(&db, id).await?;
    policy::visible(&user, Action::ViewOrganization(&org), "organization")?;
    Ok(Json(org.into()))
}

pub async fn update_organization(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<OrganizationInput>,
) -> Result<Json<OrganizationItem>, AppError> {
    let txn = crate::db::begin_write(&db).await?;
    let org = model::get(&txn, id).await?;
    policy::visible(&user, Action::ViewOrganization(&org), "organization")?;
    policy::authorize(&user, Action::EditOrganization(&org))?;
    let changes = input.parse(&txn, false).await?;
    if changes.touches_membership() && !policy::allows(&user, Action::ChangeMembership(&org)) {
        return Err(staff_only());
    }
    let updated = model::update(&txn, &Actor::user(&user, request_id), org, changes).await?;
    txn.commit().await?;
    Ok(Json(updated.into()))
}

/// The refusal when a member tries to change what only staff change.
pub fn staff_only() -> AppError {
    let mut errors = FieldErrors::new();
    for field in ["country", "kind", "membership_status", "joined_on"] {
        errors.add(field, "only ICBL staff can change this");
    }
    AppError::Validation(errors)
}
