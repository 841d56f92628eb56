//! Grant rounds: the calls for applications, with their budgets, tiers and report schedules.

pub mod api;
pub mod budget;
pub mod code;
pub mod commands;
pub mod forms;
pub mod input;
pub mod model;
pub mod pages;
pub mod views;
