//! Every write to a campaign, one function per use case, called by the API and the pages alike:
//! each owns its transaction (lock, policy, model and audit on the same connection, commit).

use sea_orm::DatabaseConnection;

use super::activities::{self, ActivityInput, ActivityItem};
use super::model::{self, CampaignInput};
use super::queries::{self, CampaignItem};
use crate::auth::Caller;
use crate::db::{begin_write, get_for_update};
use crate::entities::campaign;
use crate::error::AppError;
use crate::policy::{self, Action};

/// Creates a campaign (staff), with its leads and any applications linked at once.
pub async fn create(
    db: &DatabaseConnection,
    caller: &Caller,
    input: &CampaignInput,
) -> Result<CampaignItem, AppError> {
    policy::authorize(caller, Action::ManageCampaigns)?;
    let txn = begin_write(db).await?;
    let values = input.parse(&txn, None).await?;
    let actor = caller.actor();
    let created = model::create(&txn, &actor, values).await?;
    model::link_applications(&txn, &actor, created.id, input).await?;
    let item = queries::load(&txn, &caller.user, created).await?;
    txn.commit().await?;
    Ok(item)
}

/// Changes what `input` gives (staff); what it leaves out stays as it is.
pub async fn update(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &CampaignInput,
) -> Result<CampaignItem, AppError> {
    policy::authorize(caller, Action::ManageCampaigns)?;
    let txn = begin_write(db).await?;
    let current = get_for_update::<campaign::Entity, _>(&txn, id, "campaign").await?;
    let before = model::values_of(&current, model::leads_of(&txn, id).await?)?;
    let values = input.parse(&txn, Some(&before)).await?;
    let actor = caller.actor();
    let updated = model::update(&txn, &actor, current, &before, values).await?;
    model::link_applications(&txn, &actor, id, input).await?;
    let item = queries::load(&txn, &caller.user, updated).await?;
    txn.commit().await?;
    Ok(item)
}

/// Links applications to the campaign and unlinks others (`add_applications` and
/// `remove_applications` of `input`; the rest of it is not read), each link audited.
pub async fn link_applications(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &CampaignInput,
) -> Result<(), AppError> {
    policy::authorize(caller, Action::ManageCampaigns)?;
    let txn = begin_write(db).await?;
    let locked = get_for_update::<campaign::Entity, _>(&txn, id, "campaign").await?;
    model::link_applications(&txn, &caller.actor(), locked.id, input).await?;
    txn.commit().await?;
    Ok(())
}

/// Adds an entry to the activity log: the campaign's leads and staff may. A campaign the caller
/// may not see is a 404, as when reading it.
pub async fn add_activity(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &ActivityInput,
) -> Result<ActivityItem, AppError> {
    let txn = begin_write(db).await?;
    let locked = get_for_update::<campaign::Entity, _>(&txn, id, "campaign").await?;
    let lead = queries::is_lead(&txn, locked.id, caller.organization_id).await?;
    policy::visible(caller, Action::ViewCampaign { lead }, "campaign")?;
    policy::authorize(caller, Action::LogCampaignActivity { lead })?;
    let created = activities::add_activity(&txn, &caller.actor(), locked.id, input).await?;
    txn.commit().await?;
    Ok(ActivityItem::from(created))
}
