//! `/api/v1/rounds`: grant rounds and their budget figures.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::model::{self, ReportDueInput, RoundInput, TierInput};
use super::views::{BudgetItem, RoundItem};
use crate::audit::Actor;
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListParams {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

pub async fn list_rounds(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<RoundItem>>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    errors.into_result(()).map_err(AppError::bad_request)?;
    let (rounds, total) = model::list(&db, pagination).await?;
    Ok(Json(ListBody::new(
        rounds.iter().map(RoundItem::from).collect(),
        pagination,
        total,
    )))
}

pub async fn create_round(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    JsonBody(input): JsonBody<RoundInput>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageRounds)?;
    let values = input.parse(None).map_err(AppError::Validation)?;
    let txn = crate::db::begin_write(&db).await?;
    let round = model::create(&txn, &Actor::user(&user, request_id), values).await?;
    txn.commit().await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/rounds/{}", round.id()))],
        Json(RoundItem::from(&round)),
    )
        .into_response())
}

pub async fn get_round(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RoundItem>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    Ok(Json(RoundItem::from(&model::get(&db, id).await?)))
}

/// The round as an input, to lay a PATCH over.
pub fn input_of(round: &model::Round) -> RoundInput {
    let item = RoundItem::from(round);
    RoundInput {
        name: Some(item.name),
        programme: Some(item.programme),
        opens_at: Some(item.opens_at.to_rfc3339()),
        closes_at: Some(item.closes_at.to_rfc3339()),
        currency: Some(item.currency),
        budget: Some(item.budget),
        tiers: Some(
            item.tiers
                .into_iter()
                .map(|t| TierInput {
                    name: t.name,
                    max_amount: t.max_amount,
                })
                .collect(),
        ),
        report_schedule: Some(
            item.report_schedule
                .into_iter()
                .map(|r| ReportDueInput {
                    kind: r.kind,
                    due_after_days: NumberInput::Number(i64::from(r.due_after_days)),
                })
                .collect(),
        ),
        not_party_only: Some(item.not_party_only),
    }
}

pub async fn update_round(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<RoundInput>,
) -> Result<Json<RoundItem>, AppError> {
    policy::authorize(&user, Action::ManageRounds)?;
    let txn = crate::db::begin_write(&db).await?;
    let current = model::get_for_update(&txn, id).await?;
    let saved = input_of(&current);
    let merged = RoundInput {
        name: input.name.or(saved.name),
        programme: input.programme.or(saved.programme),
        opens_at: input.opens_at.or(saved.opens_at),
        closes_at: input.closes_at.or(saved.closes_at),
        currency: input.currency.or(saved.currency),
        budget: input.budget.or(saved.budget),
        tiers: input.tiers.or(saved.tiers),
        report_schedule: input.report_schedule.or(saved.report_schedule),
        not_party_only: input.not_party_only.or(saved.not_party_only),
    };
    let values = merged.parse(Some(&current)).map_err(AppError::Validation)?;
    let round = model::update(&txn, &Actor::user(&user, request_id), current, values).await?;
    txn.commit().await?;
    Ok(Json(RoundItem::from(&round)))
}

pub async fn get_budget(
    State(state): State<crate::state::AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<BudgetItem>, AppError> {
    policy::authorize(&user, Action::ViewBudget)?;
    let round = model::get(&state.db, id).await?;
    let figures = state.budgets.round(&state.db, &round).await?;
    Ok(Json(BudgetItem::new(&round, &figures)))
}
