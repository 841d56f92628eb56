//! The treaty record: every state's relation to the Mine Ban Convention, its status on any date,
//! the public states pages and their JSON API.

pub mod api;
pub mod cache;
pub mod commands;
pub mod map;
pub mod model;
pub mod pages;
pub mod params;
pub mod record;
pub mod status;
pub mod views;

pub use status::{EventKind, TreatyHistory, TreatyStatus};
