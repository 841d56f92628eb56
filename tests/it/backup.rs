//! Backups that restore: one taken while requests pour in holds every request acknowledged
//! before it began, restores into an empty database, and the service runs on it; a database
//! that holds records is not replaced unless told to.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use sea_orm::{ConnectionTrait, Statement};

use crate::coordination::request_body;
use crate::helpers::{TestApp, TestDatabase};

async fn references(db: &sea_orm::DatabaseConnection) -> std::collections::BTreeSet<String> {
    let backend = db.get_database_backend();
    db.query_all_raw(Statement::from_string(
        backend,
        "SELECT reference FROM coordination_requests",
    ))
    .await
    .unwrap()
    .into_iter()
    .map(|row| row.try_get::<String>("", "reference").unwrap())
    .collect()
}

#[tokio::test]
async fn a_backup_taken_during_a_flood_restores_every_request_acknowledged_before_it() {
    let app = TestApp::spawn_with(|s| {
        s.coordination.requests_per_hour = 10_000;
        s.database.sqlite_busy_timeout_ms = 60_000;
    })
    .await;
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("clearway.backup");
    let acknowledged = Mutex::new(Vec::<String>::new());
    let stop = AtomicBool::new(false);

    let writer = |stream: usize| {
        let (app, acknowledged, stop) = (&app, &acknowledged, &stop);
        async move {
            let mut i = 0;
            while !stop.load(Ordering::SeqCst) {
                let body = request_body("MMR", &format!("backup-{stream}-{i}"));
                let answer = app
                    .send(
                        Method::POST,
                        "/api/v1/coordination-requests",
                        body.to_string(),
                    )
                    .await;
                answer.assert_status(StatusCode::CREATED);
                let reference = answer.json()["reference"].as_str().unwrap().to_owned();
                acknowledged.lock().unwrap().push(reference);
                i += 1;
            }
        }
    };
    let backup = async {
        while acknowledged.lock().unwrap().len() < 20 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        let before: Vec<String> = acknowledged.lock().unwrap().clone();
        let made = clearway::backup::backup(&app.state.settings.database, &file)
            .await
            .unwrap();
        // Let the flood go on a little after the backup, then stop it.
        let after_backup = acknowledged.lock().unwrap().len();
        while acknowledged.lock().unwrap().len() < after_backup + 10 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        stop.store(true, Ordering::SeqCst);
        (before, made)
    };
    let (_, _, _, (before, made)) = tokio::join!(writer(0), writer(1), writer(2), backup);
    assert!(made.bytes > 0);
    let all = acknowledged.lock().unwrap().clone();
    assert!(
        all.len() > before.len() + 9,
        "the flood went on after the backup"
    );

    // A second backup to the same file is refused rather than written over.
    let again = clearway::backup::backup(&app.state.settings.database, &file).await;
    assert!(again.unwrap_err().to_string().contains("exists already"));

    // Restored into an empty database, it holds every request acknowledged before the backup
    // began, each once, and the service runs on it.
    let target = TestDatabase::create().await;
    let mut settings = app.state.settings.database.clone();
    settings.url = target.url.clone();
    clearway::backup::restore(&settings, &file, false)
        .await
        .unwrap();
    let url = target.url.clone();
    let restored = TestApp::spawn_with(move |s| s.database.url = url).await;
    let held = references(&restored.db).await;
    for reference in &before {
        assert!(
            held.contains(reference),
            "{reference} was acknowledged before the backup"
        );
    }
    assert!(held.len() <= all.len());
    let staff = restored.user(Role::Staff, None).await;
    let token = restored.token(&staff).await;
    let list = restored
        .with_token(
            &token,
            Method::GET,
            "/api/v1/coordination-requests?per_page=200",
            None,
        )
        .await;
    list.assert_status(StatusCode::OK);
    assert_eq!(list.json()["total"].as_u64().unwrap(), held.len() as u64);

    // Now it holds records: restoring over it needs --replace.
    let refused = clearway::backup::restore(&settings, &file, false).await;
    assert!(
        refused.unwrap_err().to_string().contains("--replace"),
        "a database with records is not replaced silently"
    );
    assert_eq!(references(&restored.db).await, held);
}
