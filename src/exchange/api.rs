//! `/api/v1/exchange-rates`: the rates finance records, one at a time or as CSV.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use super::{RateInput, RateItem};
use crate::auth::Caller;
use crate::error::{AppError, FieldErrors};
use crate::money::Currency;
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};
use crate::web::openapi::{BadRequest, Conflict, Forbidden, Unauthorized, ValidationFailed};

/// The exchange rates' part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(list_rates, record_rate, import_rates),
    tags((
        name = "exchange-rates",
        description = "Dated exchange rates finance records, with their source: what a payment in \
            another currency than the award's is converted at, and what roll-ups are converted at"
    ))
)]
pub struct ExchangeApi;

/// The list's query string.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RateParams {
    /// Only the rates from or to this currency (ISO 4217).
    pub currency: Option<String>,
}

/// Rates, newest day first.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RatesBody {
    pub items: Vec<RateItem>,
}

/// The exchange rates recorded (staff and finance), newest day first (the last 500).
#[utoipa::path(
    get,
    path = "/api/v1/exchange-rates",
    tag = "exchange-rates",
    operation_id = "listExchangeRates",
    params(RateParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The rates", body = RatesBody),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_rates(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Params(params): Params<RateParams>,
) -> Result<Json<RatesBody>, AppError> {
    policy::authorize(&caller, Action::ViewFinances)?;
    let currency = match params.currency.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => Some(
            Currency::parse(code)
                .map_err(|e| AppError::bad_request(FieldErrors::one("currency", e.to_string())))?,
        ),
    };
    let rates = super::list(&db, currency, 500).await?;
    Ok(Json(RatesBody {
        items: rates.iter().map(super::item).collect(),
    }))
}

/// Records an exchange rate (finance).
///
/// One rate per pair and day: a second is a 409. The day cannot be in the future.
#[utoipa::path(
    post,
    path = "/api/v1/exchange-rates",
    tag = "exchange-rates",
    operation_id = "recordExchangeRate",
    request_body = RateInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, description = "Recorded", body = RateItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn record_rate(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    JsonBody(input): JsonBody<RateInput>,
) -> Result<Response, AppError> {
    let saved = super::commands::record(&db, &caller, &input).await?;
    Ok((StatusCode::CREATED, Json(super::item(&saved))).into_response())
}

/// Imports exchange rates from CSV (finance), all or nothing.
///
/// The body is CSV (`Content-Type: text/csv`): a header line `rate_on,from,to,rate,source`, then
/// one rate per line. A line refused refuses the import: the messages are under
/// `line {n}.{field}` (the header is line 1).
#[utoipa::path(
    post,
    path = "/api/v1/exchange-rates/import",
    tag = "exchange-rates",
    operation_id = "importExchangeRates",
    request_body(content = String, content_type = "text/csv"),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, description = "Every rate recorded", body = RatesBody),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn import_rates(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let is_csv = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/csv") || v.starts_with("text/plain"));
    if !is_csv {
        return Err(AppError::BadRequest {
            message: "send the rates as CSV, with Content-Type: text/csv".to_owned(),
            fields: FieldErrors::new(),
        });
    }
    let Ok(text) = std::str::from_utf8(&body) else {
        return Err(AppError::Validation(FieldErrors::one(
            "csv",
            "is not UTF-8 text",
        )));
    };
    let saved = super::commands::import(&db, &caller, text).await?;
    Ok((
        StatusCode::CREATED,
        Json(RatesBody {
            items: saved.iter().map(super::item).collect(),
        }),
    )
        .into_response())
}
