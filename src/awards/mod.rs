//! Awards: a grant approved. Approving an application creates one (see
//! `applications::transitions`); their management is its own feature.

use crate::entities::award;

/// The fields the audit log keeps of an award.
pub fn snapshot(award: &award::Model) -> serde_json::Value {
    serde_json::json!({
        "application_id": award.application_id,
        "reference": award.reference,
        "amount_minor": award.amount_minor,
        "currency": award.amount_currency,
        "status": award.status,
        "starts_on": award.starts_on,
        "ends_on": award.ends_on,
        "conditions": award.conditions,
    })
}
