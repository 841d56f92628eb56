//! The writes on the treaty record, called by the API and the state page alike.

use chrono::NaiveDate;
use sea_orm::DatabaseConnection;

use super::model::{self, StateWithHistory};
use super::record::{self, EventInput};
use crate::auth::Caller;
use crate::entities::treaty_event;
use crate::error::AppError;
use crate::policy::{self, Action};

/// An event recorded, and the state as it now stands.
pub struct Recorded {
    /// The event itself (not its entry into force).
    pub event: treaty_event::Model,
    pub state: StateWithHistory,
}

/// Records a treaty event for the state `iso3` (staff), and with a ratification, accession or
/// succession its entry into force. An event that does not fit the state's history is a
/// `Conflict` saying why; one dated after `today` that is recorded when it happens (a deposit, a
/// signature, a notice) is refused, so nothing is raised before it has happened.
pub async fn record_event(
    db: &DatabaseConnection,
    caller: &Caller,
    iso3: &str,
    input: &EventInput,
    today: NaiveDate,
) -> Result<Recorded, AppError> {
    policy::authorize(caller, Action::RecordTreatyEvent)?;
    let event = input.parse(today).map_err(AppError::Validation)?;
    let txn = crate::db::begin_write(db).await?;
    let (state, history) = model::state_or_404(&txn, iso3).await?;
    let recorded = record::record(&txn, &caller.actor(), &state, &history, event).await?;
    let now = model::state_or_404(&txn, iso3).await?;
    txn.commit().await?;
    Ok(Recorded {
        event: recorded,
        state: now,
    })
}
