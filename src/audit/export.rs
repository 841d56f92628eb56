//! `/audit.csv`: the log as `GET /api/v1/audit` searches it, for staff, as CSV.

use axum::extract::State;
use axum::response::Response;

use super::AuditEntry;
use super::api::AuditParams;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::csv::CsvRow;
use crate::web::extract::Params;

impl CsvRow for AuditEntry {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        let json = |v: &Option<serde_json::Value>| v.as_ref().map(ToString::to_string);
        vec![
            self.id.to_string(),
            self.occurred_at.to_rfc3339(),
            self.actor.clone(),
            self.action.clone(),
            self.entity_type.clone(),
            self.entity_id.clone(),
            json(&self.before).unwrap_or_default(),
            json(&self.after).unwrap_or_default(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (self.concerns.0.as_deref(), self.concerns.1)
    }

    /// Before and after: what the record said.
    fn named_cells(&self) -> &'static [usize] {
        &[6, 7]
    }
}

/// The lines the search matches (the API's filters: `entity`, `entity_id`, `actor`), oldest
/// first.
pub async fn export_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<AuditParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewAudit)?;
    let (search, _) = params.parse()?;
    let redaction =
        crate::sensitivity::Redaction::for_export(&state.db, &user, "audit.csv", &reveal).await?;
    let db = state.db;
    Ok(crate::web::csv::stream_csv_redacted(
        "audit.csv",
        &[
            "id",
            "at",
            "actor",
            "action",
            "entity",
            "entity_id",
            "before",
            "after",
        ],
        redaction,
        move |after, limit| {
            let (db, search) = (db.clone(), search.clone());
            async move {
                let entries = super::batch(&db, &search, after, limit).await?;
                Ok(super::with_concerns(&db, entries).await?)
            }
        },
    ))
}
