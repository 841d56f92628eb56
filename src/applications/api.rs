//! `/api/v1/applications`: the same rules as the pages, as JSON. Every write is a call to
//! `commands`; what this module adds is the shape of the answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};

use super::access::get_visible;
use super::commands;
use super::list::{self, ListParams, Scope};
use super::model::{self, ApplicationInput};
use super::reviews::{self, ReviewInput, ReviewItem};
use super::revisions::{self, FieldChange, Revision};
use super::transitions::StepInput;
use super::views::{ApplicationItem, ApplicationRow, AwardSummary};
use super::workflow::Step;
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::input::NumberInput;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::extract::{JsonBody, Params, StepOf};

pub async fn list_applications(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<ApplicationRow>>, AppError> {
    policy::authorize(&user, Action::ListApplications)?;
    let (filter, pagination) = params.parse().map_err(AppError::bad_request)?;
    let (rows, total) = list::page(&db, Scope::of(&user), &filter, pagination).await?;
    Ok(Json(ListBody::new(
        rows.into_iter().map(ApplicationRow::from).collect(),
        pagination,
        total,
    )))
}

pub async fn create_application(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    JsonBody(input): JsonBody<ApplicationInput>,
) -> Result<Response, AppError> {
    let loaded = commands::create(&db, &caller, &input).await?;
    let location = format!("/api/v1/applications/{}", loaded.app.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(ApplicationItem::from(&loaded)),
    )
        .into_response())
}

pub async fn get_application(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationItem>, AppError> {
    let app = get_visible(&db, &user, id).await?;
    Ok(Json(ApplicationItem::from(&model::load(&db, app).await?)))
}

/// A PATCH: the fields given replace the saved ones, the others stay.
pub async fn update_application(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ApplicationInput>,
) -> Result<Json<ApplicationItem>, AppError> {
    let loaded = commands::update(&db, &caller, id, input).await?;
    Ok(Json(ApplicationItem::from(&loaded)))
}

/// What a step answers: the application in its new state, and the award an approval created.
#[derive(Serialize)]
pub struct StepAnswer {
    #[serde(flatten)]
    pub application: ApplicationItem,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub award: Option<AwardSummary>,
}

/// Every step's route (`/api/v1/applications/{id}/submit`, `.../approve`, ...): the step is the
/// last segment of the path.
pub async fn take_step(
    State(state): State<AppState>,
    caller: Caller,
    StepOf(step): StepOf<Step>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<StepInput>,
) -> Result<Json<StepAnswer>, AppError> {
    let taken = commands::take_step(&state, &caller, id, step, &input).await?;
    let loaded = model::load(&state.db, taken.app).await?;
    Ok(Json(StepAnswer {
        application: ApplicationItem::from(&loaded),
        award: taken.award.as_ref().map(AwardSummary::from),
    }))
}

#[derive(Serialize)]
pub struct RevisionsBody {
    pub items: Vec<Revision>,
    /// What changed from each revision to the next: `changes[0]` is from 1 to 2.
    pub changes: Vec<Vec<FieldChange>>,
}

pub async fn list_revisions(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RevisionsBody>, AppError> {
    let app = get_visible(&db, &user, id).await?;
    if !policy::allows(&user, Action::ManageReviews) {
        policy::authorize(&user, Action::EditApplication(&app))?;
    }
    let items = revisions::list(&db, app.id).await?;
    let changes = items
        .windows(2)
        .map(|pair| revisions::diff(&pair[0].content, &pair[1].content))
        .collect();
    Ok(Json(RevisionsBody { items, changes }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignInput {
    pub user_id: Option<NumberInput>,
}

pub async fn assign_reviewer(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AssignInput>,
) -> Result<Response, AppError> {
    let reviewer_id = input.user_id.as_ref().and_then(NumberInput::value);
    let assigned = commands::assign_reviewer(&state, &caller, id, reviewer_id).await?;
    let location = format!("/api/v1/applications/{id}/reviews");
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(ReviewItem::new(
            &assigned.review,
            assigned.reviewer.as_ref(),
        )),
    )
        .into_response())
}

pub async fn list_reviews(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<ListBody<ReviewItem>>, AppError> {
    let app = get_visible(&db, &user, id).await?;
    let staff = policy::allows(&user, Action::ManageReviews);
    let items: Vec<ReviewItem> = reviews::of_application(&db, app.id)
        .await?
        .iter()
        .filter(|(r, _)| staff || r.reviewer_id == user.id)
        .map(|(r, u)| ReviewItem::new(r, u.as_ref()))
        .collect();
    if !staff && items.is_empty() {
        return Err(AppError::Forbidden);
    }
    let total = items.len() as u64;
    Ok(Json(ListBody::new(
        items,
        crate::pagination::Pagination {
            page: 1,
            per_page: total.max(1),
        },
        total,
    )))
}

pub async fn submit_review(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ReviewInput>,
) -> Result<Json<ReviewItem>, AppError> {
    let reviewed = commands::submit_review(&db, &caller, id, &input).await?;
    Ok(Json(ReviewItem::new(
        &reviewed.review,
        Some(&reviewed.reviewer),
    )))
}
