//! Country campaigns: a state, its lead member organizations, status, objectives and asks, an
//! activity log, and what links to it (applications, awards, coordination requests). `model`
//! holds the rules, `api` and `pages` the handlers.

pub mod api;
pub mod model;
pub mod pages;
