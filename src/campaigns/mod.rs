//! Country campaigns: a state, its lead member organizations, status, objectives and asks, an
//! activity log, and what links to it (applications, awards, coordination requests). `model`
//! holds the rules, `activities` the log, `queries` the reads, `commands` every write (for the
//! API and the pages alike), `api` and `pages` the handlers.

pub mod activities;
pub mod api;
pub mod commands;
pub mod model;
pub mod pages;
pub mod queries;
