//! `/healthz` says the process is alive; `/readyz` says it can serve: the database answers and
//! holds every migration this build knows. A load balancer sends traffic only to ready instances.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::state::AppState;

pub async fn get_healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

pub async fn get_readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    match crate::db::is_ready(&state.db, &state.settings.database.url).await {
        Ok(()) => (StatusCode::OK, Json(json!({"status": "ready"}))),
        Err(reason) => {
            tracing::warn!(%reason, "not ready");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "reason": reason})),
            )
        }
    }
}
