//! `/api/v1/applications`: the same rules as the pages, as JSON. Every write is a call to
//! `commands`; what this module adds is the shape of the answer.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

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
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, StepPaths, Unauthorized, ValidationFailed,
};

/// The applications API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        list_applications,
        create_application,
        get_application,
        update_application,
        take_step,
        list_revisions,
        assign_reviewer,
        list_reviews,
        submit_review,
        super::bulk::bulk_api
    ),
    modifiers(&STEPS),
    tags((
        name = "applications",
        description = "Grant applications: drafts, the review workflow, revisions, reviewers and \
            their reviews"
    ))
)]
pub struct ApplicationsApi;

/// `take_step` at each step's route.
const STEPS: StepPaths = StepPaths {
    template: "/api/v1/applications/{id}/{step}",
    steps: Step::VALUES,
};

/// Lists the applications the caller may see.
///
/// Staff see every one but drafts (unless `status` asks for them), a member its organization's,
/// a reviewer those assigned to it.
#[utoipa::path(
    get,
    path = "/api/v1/applications",
    tag = "applications",
    operation_id = "listApplications",
    params(ListParams, crate::sensitivity::RevealParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of applications", body = ListBody<ApplicationRow>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_applications(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Json<ListBody<ApplicationRow>>, AppError> {
    policy::authorize(&user, Action::ListApplications)?;
    let (mut filter, pagination) = params.parse().map_err(AppError::bad_request)?;
    let blind_rounds = super::blind::blind_rounds(&db, &user).await?;
    let mut errors = crate::error::FieldErrors::new();
    super::blind::unfiltered(&blind_rounds, &mut filter, &mut errors);
    errors.into_result(()).map_err(AppError::bad_request)?;
    let redaction =
        crate::sensitivity::Redaction::for_list(&db, &user, "/api/v1/applications", &reveal)
            .await?;
    let (rows, total) = list::page(&db, Scope::of(&user), &filter, pagination).await?;
    let mut items: Vec<ApplicationRow> = rows.into_iter().map(ApplicationRow::from).collect();
    super::blind::apply_rows(&blind_rounds, &mut items, |r| r.round_id);
    redaction
        .redact(&db, &user, "/api/v1/applications", &mut items)
        .await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// Starts a draft.
///
/// For the caller's organization (staff name the organization). Every field is optional but the
/// round; the content is checked for form, not for completeness.
#[utoipa::path(
    post,
    path = "/api/v1/applications",
    tag = "applications",
    operation_id = "createApplication",
    request_body = ApplicationInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "The draft",
            body = ApplicationItem,
            headers(("Location" = String, description = "The application's address"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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

/// One application.
#[utoipa::path(
    get,
    path = "/api/v1/applications/{id}",
    tag = "applications",
    operation_id = "getApplication",
    params(("id" = i64, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The application", body = ApplicationItem),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_application(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationItem>, AppError> {
    let app = get_visible(&db, &user, id).await?;
    crate::sensitivity::on_read(
        &db,
        &user,
        "application",
        app.id,
        "api",
        app.target_state.as_deref(),
        Some(app.organization_id),
    )
    .await?;
    let blind = super::blind::for_application(&db, &user, &app).await?;
    let mut item = ApplicationItem::from(&model::load(&db, app).await?);
    super::blind::apply(blind, &mut item);
    Ok(Json(item))
}

/// Saves a draft.
///
/// A PATCH: the fields given replace the saved ones, the others stay. Only while the
/// application is `draft` or `changes_requested`.
#[utoipa::path(
    patch,
    path = "/api/v1/applications/{id}",
    tag = "applications",
    operation_id = "updateApplication",
    params(("id" = i64, Path, description = "The application's id")),
    request_body = ApplicationInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The application as saved", body = ApplicationItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = applications::StepAnswer)]
pub struct StepAnswer {
    #[serde(flatten)]
    pub application: ApplicationItem,
    /// approve: the award it created (absent for the other steps).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub award: Option<AwardSummary>,
}

/// Takes a step of the workflow.
///
/// The organization submits, resubmits and withdraws; staff start the review, request changes
/// (`message`), approve (`amount`, optional `starts_on`, `ends_on`, `conditions`: the award is
/// created) and reject (`reason`). A step that takes no fields accepts an empty body or `{}`.
/// One handler serves every step's route (`/api/v1/applications/{id}/submit`, ...): the step
/// is the last segment of the path.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/{step}",
    tag = "applications",
    operation_id = "takeApplicationStep",
    params(
        ("id" = i64, Path, description = "The application's id"),
        ("step" = Step, Path, description = "The step"),
    ),
    request_body(
        content = StepInput,
        description = "What the step takes; a step that takes nothing accepts an empty body or `{}`"
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The application in its new state", body = StepAnswer),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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

/// The content as submitted each time, and what changed between one and the next.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RevisionsBody {
    /// In their order, the first submission first.
    pub items: Vec<Revision>,
    /// What changed from each revision to the next: `changes[0]` is from 1 to 2.
    pub changes: Vec<Vec<FieldChange>>,
}

/// The application as it was at each submission (its organization and staff).
#[utoipa::path(
    get,
    path = "/api/v1/applications/{id}/revisions",
    tag = "applications",
    operation_id = "listRevisions",
    params(("id" = i64, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The revisions", body = RevisionsBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
    )
)]
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

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AssignInput {
    /// The reviewer: a user with the reviewer role.
    pub user_id: Option<NumberInput>,
}

/// Assigns a reviewer (staff), who is told by email.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/reviewers",
    tag = "applications",
    operation_id = "assignReviewer",
    params(("id" = i64, Path, description = "The application's id")),
    request_body = AssignInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "The assignment: a review not yet made",
            body = ReviewItem,
            headers(("Location" = String, description = "The application's reviews"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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

/// The application's reviews: every one for staff, a reviewer's own for a reviewer.
#[utoipa::path(
    get,
    path = "/api/v1/applications/{id}/reviews",
    tag = "applications",
    operation_id = "listReviews",
    params(("id" = i64, Path, description = "The application's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "Every review, on one page", body = ListBody<ReviewItem>),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
    )
)]
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

/// Submits a review.
///
/// The assigned reviewer's declaration of no conflict of interest (`{"no_conflict": true}`)
/// and then, or at once, the review: four scores, a recommendation and a comment.
#[utoipa::path(
    post,
    path = "/api/v1/applications/{id}/reviews",
    tag = "applications",
    operation_id = "submitReview",
    params(("id" = i64, Path, description = "The application's id")),
    request_body = ReviewInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The review as saved", body = ReviewItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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
