//! The writes of exchange rates, once: the API and the page call the same function. Each checks
//! that the caller may record rates (`RecordExchangeRates`: finance and admins), runs in one
//! transaction, and commits.

use sea_orm::DatabaseConnection;

use crate::auth::Caller;
use crate::entities::exchange_rate;
use crate::error::AppError;
use crate::policy::{self, Action};

use super::RateInput;

/// Records one rate.
pub async fn record(
    db: &DatabaseConnection,
    caller: &Caller,
    input: &RateInput,
) -> Result<exchange_rate::Model, AppError> {
    policy::authorize(caller, Action::RecordExchangeRates)?;
    let txn = crate::db::begin_write(db).await?;
    let saved = super::record(&txn, &caller.actor(), input, crate::dates::today()).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Imports rates from CSV, all or nothing.
pub async fn import(
    db: &DatabaseConnection,
    caller: &Caller,
    csv_text: &str,
) -> Result<Vec<exchange_rate::Model>, AppError> {
    policy::authorize(caller, Action::RecordExchangeRates)?;
    let txn = crate::db::begin_write(db).await?;
    let saved = super::import(&txn, &caller.actor(), csv_text, crate::dates::today()).await?;
    txn.commit().await?;
    Ok(saved)
}
