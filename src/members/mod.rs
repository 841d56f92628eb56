//! Member organizations: the registry staff keep, and each organization's profile, which its
//! members edit.

pub mod api;
pub mod commands;
pub mod list;
pub mod model;
pub mod pages;
pub mod views;
