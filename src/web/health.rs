//! `/healthz` says the process is alive; `/readyz` says it can serve: the database answers and
//! holds every migration this build knows. A load balancer sends traffic only to ready instances.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use sea_orm::DatabaseConnection;
use serde_json::{Value, json};

pub async fn get_healthz() -> Json<Value> {
    Json(json!({"status": "ok"}))
}

pub async fn get_readyz(State(db): State<DatabaseConnection>) -> (StatusCode, Json<Value>) {
    match crate::db::is_ready(&db).await {
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
