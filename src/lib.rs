//! Clearway: grant programme management for a campaign network.
//!
//! `main.rs` parses the command line and calls [`cli::run`]; the tests build the same
//! [`router`] on a fresh database. Each feature lives in its own module with its model (queries
//! and rules), its pure workflow where it has one, its handlers and its views.

pub mod cli;
pub mod config;
pub mod db;
pub mod entities;
pub mod error;
pub mod home;
pub mod money;
pub mod pagination;
pub mod server;
pub mod state;
pub mod telemetry;
pub mod treaty;
pub mod views;
pub mod web;

use axum::Router;
use axum::routing::get;

pub use crate::error::AppError;
pub use crate::state::AppState;

/// Every route of the service, with the middleware stack applied.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/states", get(treaty::api::list_states))
        .route("/states/{iso3}", get(treaty::api::get_state))
        .route("/openapi.json", get(web::openapi::get_openapi));
    let routes = Router::new()
        .route("/", get(home::show_home))
        .route("/states", get(treaty::pages::list_states))
        .route("/states/{iso3}", get(treaty::pages::show_state))
        .route("/static/{*path}", get(web::assets::get_asset))
        .route("/healthz", get(web::health::get_healthz))
        .route("/readyz", get(web::health::get_readyz))
        .route("/metrics", get(web::metrics::get_metrics))
        .nest("/api/v1", api)
        .fallback(not_found);
    web::middleware::apply(routes, &state).with_state(state)
}

async fn not_found() -> AppError {
    AppError::not_found("there is nothing at this address")
}
