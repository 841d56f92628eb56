//! `/api/v1/campaigns`: staff create and edit; leads and staff write the activity log.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::model::{self, ActivityInput, CampaignInput, CampaignItem};
use crate::audit::Actor;
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

/// The campaign, if the user may see it (404 otherwise); and whether the user leads it.
pub async fn visible(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<(crate::entities::campaign::Model, bool), AppError> {
    let c = model::get(&state.db, id).await?;
    let lead = model::is_lead(&state.db, c.id, user.organization_id).await?;
    policy::visible(user, Action::ViewCampaign { lead }, "campaign")?;
    Ok((c, lead))
}

pub async fn page(
    state: &AppState,
    user: &CurrentUser,
    params: &ListParams,
) -> Result<(Vec<CampaignItem>, Pagination, u64), AppError> {
    policy::authorize(user, Action::ListCampaigns)?;
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    if !errors.is_empty() {
        return Err(AppError::bad_request(errors));
    }
    let scope = if user.role == Role::Member {
        Some(user.organization_id.unwrap_or(-1))
    } else {
        None
    };
    let (rows, total) = model::list(&state.db, scope, pagination).await?;
    let mut items = Vec::with_capacity(rows.len());
    // A page holds at most `per_page` campaigns, each read in a fixed number of queries.
    for c in rows {
        items.push(model::load(&state.db, c).await?);
    }
    Ok((items, pagination, total))
}

pub async fn list_campaigns(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<CampaignItem>>, AppError> {
    let (items, pagination, total) = page(&state, &user, &params).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    input: &CampaignInput,
) -> Result<CampaignItem, AppError> {
    policy::authorize(user, Action::ManageCampaigns)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let values = input.parse(&txn, None).await?;
    let actor = Actor::user(user, request_id);
    let created = model::create(&txn, &actor, values).await?;
    model::link_applications(&txn, &actor, created.id, input).await?;
    let item = model::load(&txn, created).await?;
    txn.commit().await?;
    Ok(item)
}

pub async fn create_campaign(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    JsonBody(input): JsonBody<CampaignInput>,
) -> Result<Response, AppError> {
    let item = create(&state, &user, request_id, &input).await?;
    let location = format!("/api/v1/campaigns/{}", item.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(item),
    )
        .into_response())
}

pub async fn get_campaign(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<CampaignItem>, AppError> {
    let (c, _) = visible(&state, &user, id).await?;
    Ok(Json(model::load(&state.db, c).await?))
}

pub async fn update(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    input: &CampaignInput,
) -> Result<CampaignItem, AppError> {
    policy::authorize(user, Action::ManageCampaigns)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let current = model::get(&txn, id).await?;
    let before = model::values_of(&current, model::leads_of(&txn, id).await?);
    let values = input.parse(&txn, Some(&before)).await?;
    let actor = Actor::user(user, request_id);
    let updated = model::update(&txn, &actor, current, &before, values).await?;
    model::link_applications(&txn, &actor, id, input).await?;
    let item = model::load(&txn, updated).await?;
    txn.commit().await?;
    Ok(item)
}

pub async fn update_campaign(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<CampaignInput>,
) -> Result<Json<CampaignItem>, AppError> {
    Ok(Json(update(&state, &user, request_id, id, &input).await?))
}

pub async fn log_activity(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    input: &ActivityInput,
) -> Result<model::ActivityItem, AppError> {
    let (c, lead) = visible(state, user, id).await?;
    policy::authorize(user, Action::LogCampaignActivity { lead })?;
    let txn = crate::db::begin_write(&state.db).await?;
    let created = model::add_activity(&txn, &Actor::user(user, request_id), c.id, input).await?;
    txn.commit().await?;
    Ok(model::ActivityItem {
        id: created.id,
        occurred_on: created.occurred_on,
        kind_label: created
            .kind
            .parse::<crate::applications::model::ActivityKind>()
            .map_or("", |k| k.label()),
        kind: created.kind,
        description: created.description,
        outcome: created.outcome,
    })
}

pub async fn add_activity(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ActivityInput>,
) -> Result<Response, AppError> {
    let item = log_activity(&state, &user, request_id, id, &input).await?;
    Ok((StatusCode::CREATED, Json(item)).into_response())
}
