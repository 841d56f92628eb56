//! The write-transaction pattern later features rely on (an approval checks the budget left, then
//! writes): concurrent read-then-write transactions never lose an update, on either database.

use std::time::Duration;

use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, ColumnDef, Expr, ExprTrait, LockType, Query, Table};

use crate::helpers::TestApp;

#[tokio::test]
async fn concurrent_read_then_write_transactions_queue_and_lose_nothing() {
    let app = TestApp::spawn().await;
    let counter = Alias::new("counter_probe");
    let value = Alias::new("value");
    app.db
        .execute(
            &Table::create()
                .table(counter.clone())
                .col(
                    ColumnDef::new(Alias::new("id"))
                        .integer()
                        .not_null()
                        .primary_key(),
                )
                .col(ColumnDef::new(value.clone()).big_integer().not_null())
                .to_owned(),
        )
        .await
        .unwrap();
    app.db
        .execute(
            &Query::insert()
                .into_table(counter.clone())
                .columns([Alias::new("id"), value.clone()])
                .values_panic([1.into(), 0_i64.into()])
                .to_owned(),
        )
        .await
        .unwrap();

    let writers = (0..6).map(|_| {
        let db = app.db.clone();
        let (counter, value) = (counter.clone(), value.clone());
        tokio::spawn(async move {
            let txn = clearway::db::begin_write(&db).await?;
            // FOR UPDATE on PostgreSQL; SQLite already holds the write lock.
            let read = Query::select()
                .column(value.clone())
                .from(counter.clone())
                .and_where(Expr::col(Alias::new("id")).eq(1))
                .lock(LockType::Update)
                .to_owned();
            let current: i64 = txn.query_one(&read).await?.unwrap().try_get("", "value")?;
            tokio::time::sleep(Duration::from_millis(20)).await;
            txn.execute(
                &Query::update()
                    .table(counter)
                    .value(value, current + 1)
                    .and_where(Expr::col(Alias::new("id")).eq(1))
                    .to_owned(),
            )
            .await?;
            txn.commit().await
        })
    });
    for writer in writers.collect::<Vec<_>>() {
        writer.await.unwrap().unwrap();
    }
    let total: i64 = app
        .db
        .query_one(&Query::select().column(value).from(counter).to_owned())
        .await
        .unwrap()
        .unwrap()
        .try_get("", "value")
        .unwrap();
    assert_eq!(total, 6, "every increment survives");
}

/// The hourly job empties SQLite's write-ahead log into the database and truncates it; on
/// PostgreSQL it has nothing to do.
#[tokio::test]
async fn the_hourly_checkpoint_truncates_the_sqlite_write_ahead_log() {
    let app = TestApp::spawn_with(|s| s.coordination.requests_per_hour = 1_000).await;
    for i in 0..20 {
        app.send(
            axum::http::Method::POST,
            "/api/v1/coordination-requests",
            crate::coordination::request_body("MMR", &format!("wal-{i}")).to_string(),
        )
        .await
        .assert_status(axum::http::StatusCode::CREATED);
    }
    let url = app.state.settings.database.url.clone();
    let Some(file) = clearway::db::sqlite_file(&url) else {
        assert_eq!(
            clearway::jobs::checkpoint_wal(&app.db).await.unwrap(),
            "nothing to checkpoint on PostgreSQL"
        );
        return;
    };
    let wal = format!("{file}-wal");
    assert!(
        std::fs::metadata(&wal).unwrap().len() > 0,
        "writes went to the log"
    );
    let line = clearway::jobs::checkpoint_wal(&app.db).await.unwrap();
    assert!(line.ends_with("the log truncated"), "{line}");
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    assert!(
        clearway::jobs::JOBS
            .iter()
            .any(|j| j.name == "checkpoint_wal")
    );
}
