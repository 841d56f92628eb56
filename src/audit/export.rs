//! `/audit.csv`: the log as `GET /api/v1/audit` searches it, for staff, as CSV.

use axum::extract::State;
use axum::response::Response;

use super::AuditEntry;
use super::api::AuditParams;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::csv::{CsvRow, stream_csv};
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
}

/// The lines the search matches (the API's filters: `entity`, `entity_id`, `actor`), oldest
/// first.
pub async fn export_audit(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<AuditParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewAudit)?;
    let (search, _) = params.parse()?;
    let db = state.db;
    Ok(stream_csv(
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
        move |after, limit| {
            let (db, search) = (db.clone(), search.clone());
            async move { Ok(super::batch(&db, &search, after, limit).await?) }
        },
    ))
}
