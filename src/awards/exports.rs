//! The CSV exports of awards and installments, streamed in batches so that a large export
//! never sits in memory.

use axum::body::Body;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::disbursements;
use super::list::{self, AwardParams};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::csv::record as csv_record;
use crate::web::extract::Params;

const CSV_BATCH: u64 = 500;

fn csv_response(
    name: &str,
    stream: impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static,
) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response()
}

/// Every award the filter matches, streamed in batches.
pub async fn export_awards(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let (filter, _, errors) = params.parse_lenient();
    errors.into_result(()).map_err(AppError::bad_request)?;
    let header = csv_record(
        &[
            "id",
            "reference",
            "organization",
            "target_state",
            "amount",
            "currency",
            "status",
            "starts_on",
            "ends_on",
        ]
        .map(str::to_owned),
    );
    let db = state.db;
    let rest = futures_util::stream::try_unfold(Some(0_i64), move |after| {
        let db = db.clone();
        let filter = filter.clone();
        async move {
            let Some(after) = after else { return Ok(None) };
            let rows = list::batch(&db, &filter, None, after, CSV_BATCH)
                .await
                .map_err(std::io::Error::other)?;
            let mut chunk = Vec::new();
            for r in &rows {
                chunk.extend(csv_record(&[
                    r.id.to_string(),
                    r.reference.clone(),
                    r.organization_name.clone(),
                    r.target_state.clone(),
                    r.amount().amount().to_string(),
                    r.amount_currency.code().to_owned(),
                    r.status.as_str().to_owned(),
                    r.starts_on.to_string(),
                    r.ends_on.to_string(),
                ]));
            }
            let next = (rows.len() as u64 == CSV_BATCH)
                .then(|| rows.last().map(|r| r.id))
                .flatten();
            Ok(Some((chunk, next)))
        }
    });
    let first = futures_util::stream::once(async move { Ok(header) });
    Ok(csv_response(
        "awards.csv",
        futures_util::StreamExt::chain(first, rest),
    ))
}

/// Every installment, streamed in batches.
pub async fn export_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let header = csv_record(
        &[
            "id",
            "award_reference",
            "organization",
            "sequence",
            "amount",
            "currency",
            "due_on",
            "status",
            "paid_on",
            "payment_reference",
        ]
        .map(str::to_owned),
    );
    let db = state.db;
    let rest = futures_util::stream::try_unfold(Some(0_i64), move |after| {
        let db = db.clone();
        async move {
            let Some(after) = after else { return Ok(None) };
            let rows = disbursements::batch(&db, after, CSV_BATCH)
                .await
                .map_err(std::io::Error::other)?;
            let mut chunk = Vec::new();
            for r in &rows {
                chunk.extend(csv_record(&[
                    r.id.to_string(),
                    r.reference.clone(),
                    r.organization_name.clone(),
                    r.sequence.to_string(),
                    r.amount().amount().to_string(),
                    r.amount_currency.code().to_owned(),
                    r.due_on.map(|d| d.to_string()).unwrap_or_default(),
                    r.status.as_str().to_owned(),
                    r.paid_on.map(|d| d.to_string()).unwrap_or_default(),
                    r.payment_reference.clone().unwrap_or_default(),
                ]));
            }
            let next = (rows.len() as u64 == CSV_BATCH)
                .then(|| rows.last().map(|r| r.id))
                .flatten();
            Ok(Some((chunk, next)))
        }
    });
    let first = futures_util::stream::once(async move { Ok(header) });
    Ok(csv_response(
        "disbursements.csv",
        futures_util::StreamExt::chain(first, rest),
    ))
}
