//! The counters a submission bumps: the per-address hourly limit and the year's reference
//! number. Each is one upsert, so that parallel submissions cannot slip between a read and a
//! write; both are rolled back with a submission that fails.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult};

use crate::entities::login_throttle;

/// Counts one submission from `key` within the hour, in one statement (parallel submissions
/// cannot slip between a check and a count); returns the count. Kept in the sign-in throttle's
/// table under keys of their own (`coordinate:...`), which its hourly purge also clears.
pub async fn count_attempt<C: ConnectionTrait>(
    db: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<(i64, DateTime<Utc>), DbErr> {
    use login_throttle::Column;
    let stale = || {
        Expr::col((login_throttle::Entity, Column::WindowStartedAt)).lte(now - Duration::hours(1))
    };
    let upsert = Query::insert()
        .into_table(login_throttle::Entity)
        .columns([Column::Key, Column::Failures, Column::WindowStartedAt])
        .values_panic([key.into(), 1.into(), now.into()])
        .on_conflict(
            OnConflict::column(Column::Key)
                .value(
                    Column::Failures,
                    sea_orm::sea_query::CaseStatement::new()
                        .case(stale(), Expr::val(1))
                        .finally(Expr::col((login_throttle::Entity, Column::Failures)).add(1)),
                )
                .value(
                    Column::WindowStartedAt,
                    sea_orm::sea_query::CaseStatement::new()
                        .case(stale(), Expr::val(now))
                        .finally(Expr::col((login_throttle::Entity, Column::WindowStartedAt))),
                )
                .to_owned(),
        )
        .returning_all()
        .to_owned();
    let row = login_throttle::Model::find_by_statement(db.get_database_backend().build(&upsert))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(key.to_owned()))?;
    Ok((
        i64::from(row.failures),
        row.window_started_at + Duration::hours(1),
    ))
}

#[derive(FromQueryResult)]
struct Last {
    last: i32,
}

/// The next number of `year`'s references, without gaps (the counter is rolled back with a
/// submission that fails).
pub async fn next_number<C: ConnectionTrait>(db: &C, year: i32) -> Result<i32, DbErr> {
    let table = sea_orm::sea_query::Alias::new("reference_counters");
    let name = sea_orm::sea_query::Alias::new("name");
    let last = sea_orm::sea_query::Alias::new("last");
    let upsert = Query::insert()
        .into_table(table.clone())
        .columns([name.clone(), last.clone()])
        .values_panic([format!("coordination:{year}").into(), 1.into()])
        .on_conflict(
            OnConflict::column(name)
                .value(last.clone(), Expr::col((table, last.clone())).add(1))
                .to_owned(),
        )
        .returning(Query::returning().column(last))
        .to_owned();
    Last::find_by_statement(db.get_database_backend().build(&upsert))
        .one(db)
        .await?
        .map(|l| l.last)
        .ok_or_else(|| DbErr::RecordNotFound("reference_counters".to_owned()))
}
