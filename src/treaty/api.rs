//! `GET /api/v1/states` and `GET /api/v1/states/{iso3}`: public, as API.md describes them.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::cache::RecordCache;
use super::commands;
use super::model::{self, StateParams, StatesParams};
use super::record::EventInput;
use super::status::TreatyStatus;
use super::views::{StateItem, TimelineEntry, timeline};
use crate::auth::Caller;
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::web::extract::{JsonBody, Params};

#[derive(Serialize)]
pub struct StatesBody {
    #[serde(flatten)]
    pub list: ListBody<StateItem>,
    /// The date the statuses are for.
    pub on: NaiveDate,
    /// States per status on that date (within the region filter, before the status filter).
    pub counts: BTreeMap<TreatyStatus, u64>,
}

pub async fn list_states(
    State(db): State<DatabaseConnection>,
    State(cache): State<RecordCache>,
    Params(params): Params<StatesParams>,
) -> Result<Json<StatesBody>, AppError> {
    let (filter, pagination) = params
        .parse(crate::dates::today())
        .map_err(AppError::bad_request)?;
    let record = cache.record(&db).await?;
    let list = model::list_states(&record, &filter);
    let items = pagination
        .slice(&list.states)
        .iter()
        .map(StateItem::from)
        .collect();
    Ok(Json(StatesBody {
        list: ListBody::new(items, pagination, list.states.len() as u64),
        on: filter.on,
        counts: list.counts.0.into_iter().collect(),
    }))
}

#[derive(Serialize)]
pub struct StateBody {
    #[serde(flatten)]
    pub item: StateItem,
    pub on: NaiveDate,
    pub note: String,
    pub confidence: String,
    pub timeline: Vec<TimelineEntry>,
}

pub async fn get_state(
    State(db): State<DatabaseConnection>,
    Path(iso3): Path<String>,
    Params(params): Params<StateParams>,
) -> Result<Json<StateBody>, AppError> {
    let on = params.parse().map_err(AppError::bad_request)?;
    let (state, history) = model::state_or_404(&db, &iso3).await?;
    Ok(Json(StateBody {
        item: StateItem::new(&state, &history.record(), history.status_on(on)),
        on,
        note: state.note.clone(),
        confidence: state.confidence.clone(),
        timeline: timeline(&history),
    }))
}

/// `POST /api/v1/states/{iso3}/events` (staff): records a treaty event; answers 201 with the state
/// as it now stands.
pub async fn record_event(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(iso3): Path<String>,
    JsonBody(input): JsonBody<EventInput>,
) -> Result<Response, AppError> {
    let recorded = commands::record_event(&db, &caller, &iso3, &input).await?;
    let (state, history) = recorded.state;
    let today = crate::dates::today();
    let body = StateBody {
        item: StateItem::new(&state, &history.record(), history.status_on(today)),
        on: today,
        note: state.note.clone(),
        confidence: state.confidence.clone(),
        timeline: timeline(&history),
    };
    let location = format!("/api/v1/states/{}", state.iso3);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(body),
    )
        .into_response())
}
