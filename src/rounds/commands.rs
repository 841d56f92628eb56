//! The writes on rounds, one function per use case, called by the API and the pages alike.

use sea_orm::DatabaseConnection;

use super::model::{self, Round, RoundInput};
use crate::auth::Caller;
use crate::error::AppError;
use crate::policy::{self, Action};

/// Opens a new round (administrators).
pub async fn create(
    db: &DatabaseConnection,
    caller: &Caller,
    input: &RoundInput,
) -> Result<Round, AppError> {
    policy::authorize(caller, Action::ManageRounds)?;
    let values = input.parse(None).map_err(AppError::Validation)?;
    let txn = crate::db::begin_write(db).await?;
    let round = model::create(&txn, &caller.actor(), values).await?;
    txn.commit().await?;
    Ok(round)
}

/// Changes a round's rules: the fields given replace the saved ones, the others stay.
pub async fn update(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &RoundInput,
) -> Result<Round, AppError> {
    policy::authorize(caller, Action::ManageRounds)?;
    let txn = crate::db::begin_write(db).await?;
    let current = model::get_for_update(&txn, id).await?;
    let values = input
        .over(RoundInput::of(&current))
        .parse(Some(&current))
        .map_err(AppError::Validation)?;
    let round = model::update(&txn, &caller.actor(), current, values).await?;
    txn.commit().await?;
    Ok(round)
}
