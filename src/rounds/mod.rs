//! Grant rounds: the calls for applications, with their budgets, tiers and report schedules.

pub mod api;
pub mod model;
pub mod pages;
pub mod views;
