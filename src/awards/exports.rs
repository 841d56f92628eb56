//! The CSV exports of awards, installments and reports, streamed in batches (see
//! `web::csv::stream_csv`) so that a large export never sits in memory.

use axum::extract::State;
use axum::response::Response;

use super::access::only_organization;
use super::list::{self, AwardParams};
use super::reports::{self, ReportParams};
use super::{disbursements, model};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::sensitivity::{Redaction, RevealParams};
use crate::state::AppState;
use crate::web::csv::{CsvRow, stream_csv_redacted};
use crate::web::extract::Params;

impl CsvRow for list::Row {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.reference.clone(),
            self.organization_name.clone(),
            self.target_state.clone(),
            self.amount().amount().to_string(),
            self.amount_currency.code().to_owned(),
            self.status.as_str().to_owned(),
            self.starts_on.to_string(),
            self.ends_on.to_string(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.target_state), Some(self.organization_id))
    }

    /// The organization.
    fn named_cells(&self) -> &'static [usize] {
        &[2]
    }
}

impl CsvRow for disbursements::DueRow {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.reference.clone(),
            self.organization_name.clone(),
            self.sequence.to_string(),
            self.amount().amount().to_string(),
            self.amount_currency.code().to_owned(),
            self.due_on.map(|d| d.to_string()).unwrap_or_default(),
            self.status.as_str().to_owned(),
            self.paid_on.map(|d| d.to_string()).unwrap_or_default(),
            self.payment_reference.clone().unwrap_or_default(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.target_state), Some(self.organization_id))
    }

    /// The organization.
    fn named_cells(&self) -> &'static [usize] {
        &[2]
    }
}

/// A report's line, with its status as of the day the export began (as the list shows it).
struct ReportLine(reports::Row, chrono::NaiveDate);

impl CsvRow for ReportLine {
    fn id(&self) -> i64 {
        self.0.id
    }

    fn cells(&self) -> Vec<String> {
        let (r, today) = (&self.0, self.1);
        vec![
            r.id.to_string(),
            r.reference.clone(),
            r.organization_name.clone(),
            r.kind.as_str().to_owned(),
            r.due_on.to_string(),
            r.status.on(r.due_on, today).as_str().to_owned(),
            r.submitted_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.0.target_state), Some(self.0.organization_id))
    }

    /// The organization.
    fn named_cells(&self) -> &'static [usize] {
        &[2]
    }
}

/// Every award the filter matches.
pub async fn export_awards(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
    Params(reveal): Params<RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let (filter, _, errors) = params.parse_lenient();
    errors.into_result(()).map_err(AppError::bad_request)?;
    let redaction = Redaction::for_export(&state.db, &user, "awards.csv", &reveal).await?;
    let db = state.db;
    Ok(stream_csv_redacted(
        "awards.csv",
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
        ],
        redaction,
        move |after, limit| {
            let (db, filter) = (db.clone(), filter.clone());
            async move { Ok(list::batch(&db, &filter, None, after, limit).await?) }
        },
    ))
}

/// Every installment.
pub async fn export_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(reveal): Params<RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let redaction = Redaction::for_export(&state.db, &user, "disbursements.csv", &reveal).await?;
    let db = state.db;
    Ok(stream_csv_redacted(
        "disbursements.csv",
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
        ],
        redaction,
        move |after, limit| {
            let db = db.clone();
            async move { Ok(disbursements::batch(&db, after, limit).await?) }
        },
    ))
}

/// The reports `GET /api/v1/reports` lists, under its rules: a member's are its own
/// organization's.
pub async fn export_reports(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<ReportParams>,
    Params(reveal): Params<RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let redaction = Redaction::for_export(&state.db, &user, "reports.csv", &reveal).await?;
    let (status, _) = params.parse()?;
    let only = only_organization(&user);
    // One day for the whole download: a report does not turn overdue between two batches.
    let today = model::due_today();
    let db = state.db;
    Ok(stream_csv_redacted(
        "reports.csv",
        &[
            "id",
            "award_reference",
            "organization",
            "kind",
            "due_on",
            "status",
            "submitted_at",
        ],
        redaction,
        move |after, limit| {
            let db = db.clone();
            async move {
                let rows = reports::batch(&db, status, only, today, after, limit).await?;
                Ok(rows.into_iter().map(|r| ReportLine(r, today)).collect())
            }
        },
    ))
}
