//! The HTTP layer shared by every feature: the middleware stack, static assets, flash messages,
//! error pages, metrics and health checks.

pub mod assets;
pub mod context;
pub mod csv;
pub mod errors;
pub mod extract;
pub mod flash;
pub mod health;
pub mod hygiene;
pub mod metrics;
pub mod middleware;
pub mod names;
pub mod openapi;
