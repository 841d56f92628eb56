//! Awards: a grant approved, tracked to its close. Approving an application creates one (see
//! `applications::transitions`) with its proposed payment schedule and the reports it owes.
//! `workflow` holds the pure state machines; `model` the award and `list` the list of them;
//! `disbursements` its payments; `reports` its reports and `reminders` theirs; `amendments`;
//! `budgets` the roll-ups. Every write is one function of `commands`, which the API (`api`) and
//! the pages' forms (`actions`) both call; `access` says who sees which award.

pub mod access;
pub mod actions;
pub mod amendments;
pub mod api;
pub mod award_page;
pub mod award_sections;
pub mod budgets;
pub mod cache;
pub mod commands;
pub mod conditions;
pub mod disbursements;
pub mod exports;
pub mod finance;
pub mod list;
pub mod model;
pub mod notices;
pub mod pages;
pub mod reminders;
pub mod reports;
pub mod views;
pub mod workflow;

use crate::entities::award;

/// The fields the audit log keeps of an award.
pub fn snapshot(award: &award::Model) -> serde_json::Value {
    serde_json::json!({
        "application_id": award.application_id,
        "reference": award.reference,
        "amount_minor": award.amount_minor,
        "currency": award.amount_currency.code(),
        "status": award.status.as_str(),
        "status_reason": award.status_reason,
        "starts_on": award.starts_on,
        "ends_on": award.ends_on,
        "conditions": award.conditions,
        "signed_on": award.signed_on,
    })
}
