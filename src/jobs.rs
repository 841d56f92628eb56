//! Periodic jobs, safe with several instances: a job runs once per period (an hour, a day),
//! whichever instance first records the run in `job_runs`; the others see the row and skip it.
//! Later features add their jobs (report reminders, escalations) to [`JOBS`].

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use tokio::sync::watch;

use crate::entities::{job_run, one_time_token, session};
use crate::error::AppError;
use crate::state::AppState;

/// How often a job runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Every {
    Hour,
    Day,
}

impl Every {
    /// The period `now` falls in, as recorded: `2026-11-28T19` or `2026-11-28`.
    pub fn period(self, now: DateTime<Utc>) -> String {
        match self {
            Self::Hour => now.format("%Y-%m-%dT%H").to_string(),
            Self::Day => now.format("%Y-%m-%d").to_string(),
        }
    }
}

/// What a job does: given the service (its database, templates, settings) and the time, a line
/// for the log.
pub type JobFn = for<'a> fn(&'a AppState, DateTime<Utc>) -> JobFuture<'a>;
pub type JobFuture<'a> =
    std::pin::Pin<Box<dyn Future<Output = Result<String, AppError>> + Send + 'a>>;

/// A job: its name, how often, and what it does (returning a line for the log).
pub struct Job {
    pub name: &'static str,
    pub every: Every,
    pub run: JobFn,
}

/// Every job of the service.
pub const JOBS: &[Job] = &[
    Job {
        name: "purge_expired_credentials",
        every: Every::Hour,
        run: |state, now| Box::pin(purge_expired_credentials(&state.db, now)),
    },
    Job {
        name: "checkpoint_wal",
        every: Every::Hour,
        run: |state, _| Box::pin(checkpoint_wal(&state.db)),
    },
    Job {
        name: "report_reminders",
        every: Every::Day,
        run: |state, now| Box::pin(crate::awards::commands::send_reminders(state, now)),
    },
    Job {
        name: "deadline_reminders",
        every: Every::Day,
        run: |state, now| Box::pin(crate::deadlines::reminders::send(state, now)),
    },
    Job {
        name: "retention",
        every: Every::Day,
        run: |state, now| Box::pin(crate::retention::run_job(state, now)),
    },
    Job {
        name: "escalate_coordination_requests",
        every: Every::Hour,
        run: |state, now| Box::pin(crate::coordination::commands::escalate(state, now)),
    },
    Job {
        name: "attachment_orphans",
        every: Every::Hour,
        run: |state, now| {
            Box::pin(crate::attachments::orphans::remove(
                &state.db,
                &state.files,
                now,
            ))
        },
    },
];

/// Deletes sessions past their absolute end, one-time links a day past their expiry, and sign-in
/// counters whose window ended a day ago.
async fn purge_expired_credentials(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let sessions = session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?
        .rows_affected;
    let links = one_time_token::Entity::delete_many()
        .filter(one_time_token::Column::ExpiresAt.lt(now - chrono::Duration::days(1)))
        .exec(db)
        .await?
        .rows_affected;
    let counters = crate::auth::throttle::purge(db, now - chrono::Duration::days(1)).await?;
    Ok(format!(
        "{sessions} sessions, {links} links and {counters} sign-in counters removed"
    ))
}

/// Claims (job, period) for `instance`; true when this instance is the one to run it.
pub async fn claim<C: ConnectionTrait>(
    db: &C,
    job: &str,
    period: &str,
    instance: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let insert = Query::insert()
        .into_table(job_run::Entity)
        .columns([
            job_run::Column::Job,
            job_run::Column::Period,
            job_run::Column::Instance,
            job_run::Column::StartedAt,
        ])
        .values_panic([job.into(), period.into(), instance.into(), now.into()])
        .on_conflict(
            OnConflict::columns([job_run::Column::Job, job_run::Column::Period])
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    Ok(db.execute(&insert).await?.rows_affected() == 1)
}

/// Runs every job whose current period has no run yet. Returns the names of those run here.
pub async fn run_due(
    state: &AppState,
    instance: &str,
    now: DateTime<Utc>,
) -> Result<Vec<&'static str>, DbErr> {
    let db = &state.db;
    let mut ran = Vec::new();
    for job in JOBS {
        let period = job.every.period(now);
        if !claim(db, job.name, &period, instance, now).await? {
            continue;
        }
        let outcome = (job.run)(state, now).await;
        let error = match &outcome {
            Ok(summary) => {
                tracing::info!(job = job.name, %period, %summary, "job done");
                None
            }
            Err(error) => {
                tracing::error!(job = job.name, %period, %error, "job failed");
                Some(error.to_string())
            }
        };
        job_run::Entity::update_many()
            .col_expr(job_run::Column::FinishedAt, Expr::val(Utc::now()))
            .col_expr(job_run::Column::Error, Expr::val(error))
            .filter(job_run::Column::Job.eq(job.name))
            .filter(job_run::Column::Period.eq(period))
            .exec(db)
            .await?;
        ran.push(job.name);
    }
    Ok(ran)
}

/// Checks for due jobs every minute until `shutdown` turns true.
pub async fn run(state: AppState, instance: String, mut shutdown: watch::Receiver<bool>) {
    loop {
        if let Err(error) = run_due(&state, &instance, Utc::now()).await {
            tracing::error!(%error, "scheduled jobs could not run");
        }
        // Every minute, not once per period: a file waits for its scan only while the scanner
        // does not answer. Instances may scan the same file; one of them records the verdict.
        match crate::attachments::scan::scan_pending(&state).await {
            Ok(scanned) if scanned == crate::attachments::scan::Scanned::default() => {}
            Ok(scanned) => tracing::info!(
                clean = scanned.clean,
                infected = scanned.infected,
                "pending attachments scanned"
            ),
            Err(error) => tracing::error!(%error, "pending attachments could not be scanned"),
        }
        tokio::select! {
            () = tokio::time::sleep(Duration::from_secs(60)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// SQLite: moves the write-ahead log into the database and truncates it, so that the `-wal` file
/// does not grow without end between SQLite's own (passive) checkpoints. PostgreSQL: nothing.
pub async fn checkpoint_wal(db: &DatabaseConnection) -> Result<String, AppError> {
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return Ok("nothing to checkpoint on PostgreSQL".to_owned());
    }
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Sqlite,
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ))
        .await?
        .ok_or_else(|| anyhow::anyhow!("wal_checkpoint answered nothing"))?;
    let busy: i64 = row.try_get_by_index(0)?;
    let pages: i64 = row.try_get_by_index(2)?;
    Ok(if busy == 0 {
        format!("{pages} pages checkpointed, the log truncated")
    } else {
        format!("{pages} pages checkpointed; the log is in use and was not truncated")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_name_the_hour_or_the_day() {
        let now: DateTime<Utc> = "2026-11-28T19:05:00Z".parse().unwrap();
        assert_eq!(Every::Hour.period(now), "2026-11-28T19");
        assert_eq!(Every::Day.period(now), "2026-11-28");
    }
}
