//! `/api/v1/applications`: the same rules as the pages, as JSON.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};
use serde::{Deserialize, Serialize};

use super::list::{self, ListParams, Scope};
use super::model::{self, ApplicationInput};
use super::notices::Mail;
use super::reviews::{self, ReviewInput, ReviewItem};
use super::revisions::{self, FieldChange, Revision};
use super::transitions::{self, StepInput};
use super::views::{ApplicationItem, ApplicationRow, AwardSummary};
use super::workflow::Step;
use crate::audit::Actor;
use crate::auth::CurrentUser;
use crate::entities::{application, organization, user};
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::rounds::model as rounds;
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

/// The application, if the user may see it (404 otherwise, as for one that does not exist).
pub async fn visible<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    app: application::Model,
) -> Result<application::Model, AppError> {
    let assigned = user.role == crate::auth::Role::Reviewer
        && reviews::assignment(db, app.id, user.id).await?.is_some();
    policy::visible(
        user,
        Action::ViewApplication {
            app: &app,
            assigned,
        },
        "application",
    )?;
    Ok(app)
}

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

/// The organization a new application is for: a member's own, unless another is named.
pub async fn applicant_for<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    given: Option<&NumberInput>,
) -> Result<organization::Model, AppError> {
    let id = match given.filter(|g| !g.is_blank()) {
        Some(given) => given.value().ok_or_else(|| {
            AppError::Validation(FieldErrors::one("organization_id", "must be a number"))
        })?,
        None => user.organization_id.ok_or_else(|| {
            AppError::Validation(FieldErrors::one("organization_id", "is required"))
        })?,
    };
    policy::authorize(
        user,
        Action::CreateApplication {
            organization_id: id,
        },
    )?;
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::Validation(FieldErrors::one(
                "organization_id",
                "there is no such organization",
            ))
        })
}

pub async fn round_for<C: ConnectionTrait>(
    db: &C,
    given: Option<&NumberInput>,
) -> Result<rounds::Round, AppError> {
    let id = given
        .and_then(NumberInput::value)
        .ok_or_else(|| AppError::Validation(FieldErrors::one("round_id", "choose a round")))?;
    rounds::get(db, id).await.map_err(|e| match e {
        AppError::NotFound(_) => {
            AppError::Validation(FieldErrors::one("round_id", "there is no such round"))
        }
        other => other,
    })
}

pub async fn create_application(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    JsonBody(input): JsonBody<ApplicationInput>,
) -> Result<Response, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let org = applicant_for(&txn, &user, input.organization_id.as_ref()).await?;
    let round = round_for(&txn, input.round_id.as_ref()).await?;
    let content = input
        .content(&txn, &round)
        .await
        .map_err(AppError::Validation)?;
    let app = model::create(&txn, &Actor::user(&user, request_id), &round, &org, content).await?;
    let loaded = model::load(&txn, app).await?;
    txn.commit().await?;
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
    let app = visible(&db, &user, model::get(&db, id).await?).await?;
    Ok(Json(ApplicationItem::from(&model::load(&db, app).await?)))
}

pub async fn update_application(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ApplicationInput>,
) -> Result<Json<ApplicationItem>, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let app = visible(
        &txn,
        &user,
        crate::db::get_for_update::<application::Entity, _>(&txn, id, "application").await?,
    )
    .await?;
    policy::authorize(&user, Action::EditApplication(&app))?;
    let round = rounds::get(&txn, app.round_id).await?;
    // A PATCH changes the fields it names: the rest is what is saved.
    let current = model::load(&txn, app.clone()).await?;
    let merged = merge(&current, &round, input);
    let content = merged
        .content(&txn, &round)
        .await
        .map_err(AppError::Validation)?;
    let updated = model::update(&txn, &Actor::user(&user, request_id), app, content).await?;
    let loaded = model::load(&txn, updated).await?;
    txn.commit().await?;
    Ok(Json(ApplicationItem::from(&loaded)))
}

/// The saved content with the given fields over it.
fn merge(
    current: &model::Loaded,
    round: &rounds::Round,
    input: ApplicationInput,
) -> ApplicationInput {
    let saved = model::input_of(current, round);
    ApplicationInput {
        round_id: None,
        organization_id: None,
        target_state: input.target_state.or(saved.target_state),
        title: input.title.or(saved.title),
        summary: input.summary.or(saved.summary),
        objectives: input.objectives.or(saved.objectives),
        tier: input.tier.or(saved.tier),
        lower_tier_plan: input.lower_tier_plan.or(saved.lower_tier_plan),
        requested_amount: input.requested_amount,
        activities: input.activities.or(saved.activities),
        budget_lines: input.budget_lines.or(saved.budget_lines),
    }
}

/// What a step answers: the application in its new state, and the award an approval created.
#[derive(Serialize)]
pub struct StepAnswer {
    #[serde(flatten)]
    pub application: ApplicationItem,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub award: Option<AwardSummary>,
}

/// Takes a step for the user, in one transaction: the shared body of every step's handler.
pub async fn take_step(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: Step,
    input: &StepInput,
) -> Result<transitions::Taken, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let app = visible(
        &txn,
        user,
        crate::db::get_for_update::<application::Entity, _>(&txn, id, "application").await?,
    )
    .await?;
    policy::authorize(user, Action::TakeStep(step, &app))?;
    let taken = transitions::take(
        &txn,
        Mail::from(state),
        &Actor::user(user, request_id),
        app,
        step,
        input,
    )
    .await?;
    txn.commit().await?;
    Ok(taken)
}

async fn answer_step(
    state: AppState,
    user: CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: Step,
    input: StepInput,
) -> Result<Json<StepAnswer>, AppError> {
    let taken = take_step(&state, &user, request_id, id, step, &input).await?;
    let loaded = model::load(&state.db, taken.app).await?;
    Ok(Json(StepAnswer {
        application: ApplicationItem::from(&loaded),
        award: taken.award.as_ref().map(AwardSummary::from),
    }))
}

macro_rules! step_handlers {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                Path(id): Path<i64>,
                JsonBody(input): JsonBody<StepInput>,
            ) -> Result<Json<StepAnswer>, AppError> {
                answer_step(state, user, request_id, id, $step, input).await
            }
        )+
    };
}

step_handlers!(
    submit_application => Step::Submit,
    start_review => Step::StartReview,
    request_changes => Step::RequestChanges,
    resubmit_application => Step::Resubmit,
    approve_application => Step::Approve,
    reject_application => Step::Reject,
    withdraw_application => Step::Withdraw,
);

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
    let app = visible(&db, &user, model::get(&db, id).await?).await?;
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
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AssignInput>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageReviews)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let app = crate::db::get_for_update::<application::Entity, _>(&txn, id, "application").await?;
    let reviewer_id = input.user_id.as_ref().and_then(NumberInput::value);
    let review = reviews::assign(
        &txn,
        Mail::from(&state),
        &Actor::user(&user, request_id),
        &app,
        reviewer_id,
    )
    .await?;
    let reviewer = user::Entity::find_by_id(review.reviewer_id)
        .one(&txn)
        .await?;
    txn.commit().await?;
    let location = format!("/api/v1/applications/{id}/reviews");
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(ReviewItem::new(&review, reviewer.as_ref())),
    )
        .into_response())
}

pub async fn list_reviews(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<ListBody<ReviewItem>>, AppError> {
    let app = visible(&db, &user, model::get(&db, id).await?).await?;
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
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ReviewInput>,
) -> Result<Json<ReviewItem>, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let app = visible(
        &txn,
        &user,
        crate::db::get_for_update::<application::Entity, _>(&txn, id, "application").await?,
    )
    .await?;
    let assignment = reviews::assignment(&txn, app.id, user.id).await?;
    policy::authorize(
        &user,
        Action::Review {
            assigned: assignment.is_some(),
        },
    )?;
    let Some(assignment) = assignment else {
        return Err(AppError::Forbidden);
    };
    let reviewer = user::Entity::find_by_id(user.id)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let saved = reviews::submit(
        &txn,
        &Actor::user(&user, request_id),
        &app,
        &reviewer,
        assignment,
        &input,
    )
    .await?;
    txn.commit().await?;
    Ok(Json(ReviewItem::new(&saved, Some(&reviewer))))
}
