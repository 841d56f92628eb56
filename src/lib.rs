//! Clearway: grant programme management for a campaign network.
//!
//! `main.rs` parses the command line and calls [`cli::run`]; the tests build the same
//! [`router`] on a fresh database. Each feature lives in its own module with its model (queries
//! and rules), its pure workflow where it has one, its handlers and its views.

pub mod admin;
pub mod applications;
pub mod attachments;
pub mod audit;
pub mod auth;
pub mod awards;
pub mod backup;
pub mod budget_category;
pub mod calendar;
pub mod campaigns;
pub mod choice;
pub mod cli;
pub mod config;
pub mod coordination;
pub mod dates;
pub mod db;
pub mod deadlines;
pub mod entities;
pub mod error;
pub mod exchange;
pub mod flags;
pub mod home;
pub mod i18n;
pub mod inbox;
pub mod input;
pub mod jobs;
pub mod letters;
pub mod members;
pub mod money;
pub mod notify;
pub mod open_data;
pub mod pagination;
pub mod personal_data;
pub mod policy;
pub mod retention;
pub mod rounds;
pub mod routes;
pub mod seed;
pub mod sensitivity;
pub mod server;
pub mod start;
pub mod state;
pub mod telemetry;
pub mod threads;
pub mod treaty;
pub mod views;
pub mod web;

use axum::Router;

pub use crate::error::AppError;
pub use crate::routes::Route;
pub use crate::state::AppState;

/// Every route of the service, with the middleware stack applied.
pub fn router(state: AppState) -> Router {
    let (routes, _) = routes::routes().into_parts();
    web::middleware::apply(routes.fallback(not_found), &state).with_state(state)
}

/// Every route's method and path (see `routes`).
pub fn route_table() -> Vec<Route> {
    routes::routes().into_parts().1
}

async fn not_found() -> AppError {
    AppError::not_found("there is nothing at this address")
}
