//! The budget roll-ups, kept in memory between requests while the money is unchanged.
//!
//! A roll-up sums every application, award, installment and report of the programme: tens of
//! milliseconds with thousands of awards, where a page should take a few. Triggers raise
//! `budget_version` on every change to the tables the sums read (whoever makes it, through
//! whichever instance), so each request reads that one number and the sums are recomputed, in
//! SQL, only when it has moved. One request recomputes; the others wait for it.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use sea_orm::{ConnectionTrait, FromQueryResult, Statement};
use tokio::sync::Mutex;

use super::budgets::{Dimension, Figures, rollup};
use crate::error::AppError;
use crate::rounds::model::{BudgetFigures, Round, budget_figures};

#[derive(FromQueryResult)]
struct Version {
    version: i64,
}

/// A copy of some figures and the `budget_version` it was computed at.
type Kept<K, T> = Arc<RwLock<HashMap<K, (i64, T)>>>;

/// Shared by every request of an instance.
#[derive(Clone, Default)]
pub struct RollupCache {
    slots: Kept<&'static str, Arc<Vec<Figures>>>,
    rounds: Kept<i64, BudgetFigures>,
    recompute: Arc<Mutex<()>>,
}

async fn version<C: ConnectionTrait>(db: &C) -> Result<i64, AppError> {
    let statement = Statement::from_string(
        db.get_database_backend(),
        "SELECT version FROM budget_version",
    );
    Ok(Version::find_by_statement(statement)
        .one(db)
        .await?
        .map_or(0, |v| v.version))
}

impl RollupCache {
    /// The roll-up by `dimension` as the database holds it now.
    pub async fn rollup<C: ConnectionTrait>(
        &self,
        db: &C,
        dimension: Dimension,
    ) -> Result<Arc<Vec<Figures>>, AppError> {
        let version = version(db).await?;
        if let Some(figures) = self.current(dimension, version) {
            return Ok(figures);
        }
        let _recomputing = self.recompute.lock().await;
        if let Some(figures) = self.current(dimension, version) {
            return Ok(figures);
        }
        let figures = Arc::new(rollup(db, dimension).await?);
        self.slots
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(dimension.as_str(), (version, Arc::clone(&figures)));
        Ok(figures)
    }

    /// A round's budget figures, for pages and the API. Decisions never read them from here:
    /// an approval sums the round afresh under its lock (`rounds::model::budget_figures`).
    pub async fn round<C: ConnectionTrait>(
        &self,
        db: &C,
        round: &Round,
    ) -> Result<BudgetFigures, AppError> {
        let version = version(db).await?;
        let kept = self
            .rounds
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&round.id())
            .filter(|(v, f)| *v == version && f.budget == round.budget)
            .map(|(_, f)| f.clone());
        if let Some(figures) = kept {
            return Ok(figures);
        }
        let figures = budget_figures(db, round).await?;
        self.rounds
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(round.id(), (version, figures.clone()));
        Ok(figures)
    }

    fn current(&self, dimension: Dimension, version: i64) -> Option<Arc<Vec<Figures>>> {
        let slots = self.slots.read().unwrap_or_else(PoisonError::into_inner);
        slots
            .get(dimension.as_str())
            .filter(|(v, _)| *v == version)
            .map(|(_, figures)| Arc::clone(figures))
    }
}
