//! `/api/v1/awards`, `/api/v1/disbursements`, `/api/v1/reports`, `/api/v1/budgets`. Each write
//! is a command of `commands`; the handlers answer the award as it is after.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};

use super::access::{self, only_organization};
use super::amendments::AmendmentInput;
use super::budgets::{self, BudgetParams, Dimension, FiguresItem};
use super::commands;
use super::disbursements::{InstallmentInput, ScheduleRow};
use super::list::{self, AwardParams};
use super::model::{self, AwardStepInput, Full};
use super::reports::{self, ReportInput, ReportParams};
use super::views::{AwardItem, AwardRow, ReportRow};
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::extract::{JsonBody, Params, StepOf};

fn item(full: &Full) -> Json<AwardItem> {
    Json(AwardItem::new(full, model::due_today()))
}

pub async fn list_awards(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
) -> Result<Json<ListBody<AwardRow>>, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let (filter, pagination, errors) = params.parse_lenient();
    errors.into_result(()).map_err(AppError::bad_request)?;
    let (rows, total) = list::list(&db, &filter, only_organization(&user), pagination).await?;
    Ok(Json(ListBody::new(
        rows.into_iter().map(AwardRow::from).collect(),
        pagination,
        total,
    )))
}

pub async fn get_award(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(&access::visible(&db, &user, id).await?))
}

/// Suspend, resume, terminate, complete: the step is the path's last segment.
pub async fn take_award_step(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    StepOf(step): StepOf<AwardStep>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AwardStepInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::take_award_step(&db, &caller, id, step, &input).await?,
    ))
}

pub async fn create_amendment(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AmendmentInput>,
) -> Result<Response, AppError> {
    let full = commands::amend(&db, &caller, id, &input).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/awards/{id}"))],
        item(&full),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignatureInput {
    pub signed_on: Option<String>,
}

pub async fn record_signature(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<SignatureInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::record_signature(&db, &caller, id, &input.signed_on).await?,
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ScheduleInput {
    pub installments: Vec<ScheduleRow>,
}

pub async fn change_schedule(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ScheduleInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::change_schedule(&db, &caller, id, &input.installments).await?,
    ))
}

/// Approve, pay, cancel an installment: answers its award.
pub async fn take_installment_step(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    StepOf(step): StepOf<InstallmentStep>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<InstallmentInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::take_installment_step(&db, &caller, id, step, &input).await?,
    ))
}

pub async fn list_reports(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ReportParams>,
) -> Result<Json<ListBody<ReportRow>>, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let (status, pagination) = params.parse()?;
    let today = model::due_today();
    let (rows, total) = reports::list(&db, status, only_organization(&user), pagination).await?;
    Ok(Json(ListBody::new(
        rows.into_iter().map(|r| ReportRow::new(r, today)).collect(),
        pagination,
        total,
    )))
}

/// Submit, accept, request a revision of a report: answers its award.
pub async fn take_report_step(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    StepOf(step): StepOf<ReportStep>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ReportInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::take_report_step(&db, &caller, id, step, &input).await?,
    ))
}

#[derive(Serialize)]
pub struct BudgetsBody {
    pub by: &'static str,
    pub items: Vec<FiguresItem>,
}

pub async fn get_budgets(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<BudgetParams>,
) -> Result<Json<BudgetsBody>, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let by = Dimension::from_param(params.by.as_deref())?;
    let figures = state.budgets.rollup(&state.db, by).await?;
    Ok(Json(BudgetsBody {
        by: by.as_str(),
        items: budgets::items(&figures),
    }))
}
