//! `GET /api/v1/states` and `GET /api/v1/states/{iso3}`: public, as API.md describes them.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use chrono::{NaiveDate, Utc};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::cache::RecordCache;
use super::model::{self, StatesParams, parse_date, parse_field};
use super::status::TreatyStatus;
use super::views::{StateItem, TimelineEntry, timeline};
use crate::error::{AppError, FieldErrors};
use crate::pagination::ListBody;
use crate::web::extract::Params;

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
        .parse(Utc::now().date_naive())
        .map_err(AppError::bad_request)?;
    let list = model::list_states(&cache.record(&db).await?, &filter);
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

#[derive(Debug, Default, serde::Deserialize)]
pub struct StateParams {
    pub on: Option<String>,
}

pub async fn get_state(
    State(db): State<DatabaseConnection>,
    Path(iso3): Path<String>,
    Params(params): Params<StateParams>,
) -> Result<Json<StateBody>, AppError> {
    let mut errors = FieldErrors::new();
    let on = parse_field(&mut errors, "on", params.on.as_deref(), parse_date)
        .unwrap_or_else(|| Utc::now().date_naive());
    let on = errors.into_result(on).map_err(AppError::bad_request)?;
    let (state, history) = model::find_state(&db, &iso3)
        .await?
        .ok_or_else(|| AppError::not_found(format!("no state has the ISO 3166 code '{iso3}'")))?;
    Ok(Json(StateBody {
        item: StateItem::new(&state, &history.record(), history.status_on(on)),
        on,
        note: state.note.clone(),
        confidence: state.confidence.clone(),
        timeline: timeline(&history),
    }))
}
