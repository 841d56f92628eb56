//! `GET /api/v1/states` and `GET /api/v1/states/{iso3}`: public, as API.md describes them.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use sea_orm::DatabaseConnection;
use serde::Serialize;
use utoipa::OpenApi;

use super::cache::RecordCache;
use super::commands;
use super::model::{self, StateParams, StatesParams};
use super::record::EventInput;
use super::status::{TreatyHistory, TreatyStatus};
use super::views::{StateItem, TimelineEntry, timeline};
use crate::auth::Caller;
use crate::entities::state;
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::web::extract::{JsonBody, Params};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The treaty API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(list_states, get_state, record_event),
    tags((
        name = "states",
        description = "The treaty record: every state's relation to the Mine Ban Convention and \
            its status on any date (public to read; staff record events)"
    ))
)]
pub struct TreatyApi;

/// A page of states with their status on a date, and the counts per status.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StatesBody {
    #[serde(flatten)]
    pub list: ListBody<StateItem>,
    /// The date the statuses are for.
    pub on: NaiveDate,
    /// States per status on that date (within the region filter, before the status filter),
    /// and how many of them have the Convention in force.
    pub counts: CountsBody,
}

/// States per status on a date, and `in_force`: the states for which the Convention is in force
/// that day (a state joins on deposit, and the Convention enters into force for it months later).
#[derive(Serialize, utoipa::ToSchema)]
pub struct CountsBody {
    pub state_party: u64,
    pub signatory: u64,
    pub not_party: u64,
    pub withdrawing: u64,
    pub withdrawn: u64,
    pub in_force: u64,
}

impl From<&model::StatusCounts> for CountsBody {
    fn from(counts: &model::StatusCounts) -> Self {
        Self {
            state_party: counts.get(TreatyStatus::StateParty),
            signatory: counts.get(TreatyStatus::Signatory),
            not_party: counts.get(TreatyStatus::NotParty),
            withdrawing: counts.get(TreatyStatus::Withdrawing),
            withdrawn: counts.get(TreatyStatus::Withdrawn),
            in_force: counts.in_force(),
        }
    }
}

/// The states, each with its status on a date (public).
#[utoipa::path(
    get,
    path = "/api/v1/states",
    tag = "states",
    operation_id = "listStates",
    params(StatesParams),
    responses(
        (status = 200, description = "A page of states", body = StatesBody),
        (status = 400, response = BadRequest),
    )
)]
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
        counts: CountsBody::from(&list.counts),
    }))
}

/// A state, its record and its timeline.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StateBody {
    #[serde(flatten)]
    pub item: StateItem,
    /// The date the status is for.
    pub on: NaiveDate,
    /// A note on the state's record.
    pub note: String,
    /// How sure the record is of its dates: `high`, `medium`, ...
    pub confidence: String,
    /// Every event, in the order they happened.
    pub timeline: Vec<TimelineEntry>,
}

impl StateBody {
    fn new(state: &state::Model, history: &TreatyHistory, on: NaiveDate) -> Self {
        Self {
            item: StateItem::new(
                state,
                &history.record(),
                history.status_on(on),
                history.in_force_on(on),
            ),
            on,
            note: state.note.clone(),
            confidence: state.confidence.clone(),
            timeline: timeline(history),
        }
    }
}

/// A state's treaty record and timeline, with its status on a date (public).
#[utoipa::path(
    get,
    path = "/api/v1/states/{iso3}",
    tag = "states",
    operation_id = "getState",
    params(
        ("iso3" = String, Path, description = "The state's ISO 3166-1 alpha-3 code"),
        StateParams,
    ),
    responses(
        (status = 200, description = "The state", body = StateBody),
        (status = 400, response = BadRequest),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_state(
    State(db): State<DatabaseConnection>,
    Path(iso3): Path<String>,
    Params(params): Params<StateParams>,
) -> Result<Json<StateBody>, AppError> {
    let on = params.parse().map_err(AppError::bad_request)?;
    let (state, history) = model::state_or_404(&db, &iso3).await?;
    Ok(Json(StateBody::new(&state, &history, on)))
}

/// Records a treaty event (staff).
///
/// The event must fit where it falls in the state's history (409 otherwise); the answer is the
/// state as it now stands, with its status today.
#[utoipa::path(
    post,
    path = "/api/v1/states/{iso3}/events",
    tag = "states",
    operation_id = "recordTreatyEvent",
    params(("iso3" = String, Path, description = "The state's ISO 3166-1 alpha-3 code")),
    request_body = EventInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "Recorded",
            body = StateBody,
            headers(("Location" = String, description = "The state's address"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn record_event(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(iso3): Path<String>,
    JsonBody(input): JsonBody<EventInput>,
) -> Result<Response, AppError> {
    let today = crate::dates::today();
    let recorded = commands::record_event(&db, &caller, &iso3, &input, today).await?;
    let (state, history) = recorded.state;
    let body = StateBody::new(&state, &history, today);
    let location = format!("/api/v1/states/{}", state.iso3);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(body),
    )
        .into_response())
}
