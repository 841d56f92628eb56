//! The writes on the registry, one function per use case, called by the API and the pages alike.

use sea_orm::DatabaseConnection;

use super::model::{self, OrganizationInput};
use crate::auth::Caller;
use crate::entities::organization;
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};

/// Registers an organization (staff).
pub async fn create(
    db: &DatabaseConnection,
    caller: &Caller,
    input: &OrganizationInput,
) -> Result<organization::Model, AppError> {
    policy::authorize(caller, Action::CreateOrganization)?;
    let txn = crate::db::begin_write(db).await?;
    let changes = input.parse(&txn, true).await?;
    if changes.publish_grants.is_some() && !policy::allows(caller, Action::ChangePublication) {
        return Err(publication_staff_only());
    }
    let created = model::create(&txn, &caller.actor(), changes).await?;
    txn.commit().await?;
    Ok(created)
}

/// Changes an organization's profile: its members change what describes it, staff also its
/// membership. Read under the lock, so that the audit log's "before" is what was changed.
pub async fn update(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &OrganizationInput,
) -> Result<organization::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let org =
        crate::db::get_for_update::<organization::Entity, _>(&txn, id, "organization").await?;
    policy::visible(caller, Action::ViewOrganization(&org), "organization")?;
    policy::authorize(caller, Action::EditOrganization(&org))?;
    let changes = input.parse(&txn, false).await?;
    if changes.touches_membership() && !policy::allows(caller, Action::ChangeMembership(&org)) {
        return Err(staff_only());
    }
    if changes.publish_grants.is_some() && !policy::allows(caller, Action::ChangePublication) {
        return Err(publication_staff_only());
    }
    let updated = model::update(&txn, &caller.actor(), org, changes).await?;
    txn.commit().await?;
    Ok(updated)
}

/// The refusal when a member tries to change what only staff change.
fn staff_only() -> AppError {
    let mut errors = FieldErrors::new();
    for field in ["country", "kind", "membership_status", "joined_on"] {
        errors.add(field, "only ICBL staff can change this");
    }
    AppError::Validation(errors)
}

/// The refusal when someone other than staff decides what the open data names.
fn publication_staff_only() -> AppError {
    AppError::Validation(FieldErrors::one(
        "publish_grants",
        "only ICBL staff decide what the open data names",
    ))
}
