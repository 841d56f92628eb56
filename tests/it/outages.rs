//! A database that cannot take a write (SQLite: full; PostgreSQL: refusing connections) answers
//! 503 with `Retry-After` and a plain message, never 500; nothing is saved by the failed request,
//! and once the database is back the same request succeeds, without a restart, and is saved once.

use axum::http::{Method, StatusCode};
use sea_orm::{ConnectionTrait, DbBackend, TransactionTrait};

use crate::coordination::request_body;
use crate::helpers::{TestApp, has, postgres_url, select};

async fn post(app: &TestApp, key: &str) -> crate::helpers::TestResponse {
    app.send(
        Method::POST,
        "/api/v1/coordination-requests",
        request_body("MMR", key).to_string(),
    )
    .await
}

/// Requests as a fresh connection sees them: what is durably committed.
async fn committed(app: &TestApp) -> i64 {
    let db = app.schema_connection().await;
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM coordination_requests",
        ))
        .await
        .unwrap()
        .unwrap();
    let n = row.try_get::<i64>("", "n").unwrap();
    db.close().await.unwrap();
    n
}

/// SQLite: every pooled connection may grow the file no further (`max_page_count`, a
/// per-connection limit), or again as far as it likes.
async fn sqlite_full(app: &TestApp, full: bool) {
    if full {
        // A migration that copies a table leaves the old one's pages free, and a write would
        // take those: give them back first, so that the file is full indeed.
        app.db.execute_unprepared("VACUUM").await.unwrap();
    }
    let pool = app.state.settings.database.max_connections as usize;
    let mut held = Vec::new();
    for _ in 0..pool {
        held.push(app.db.begin().await.unwrap());
    }
    for txn in &held {
        let limit = if full {
            // Pages in use now: nothing more fits.
            let row = txn
                .query_one_raw(sea_orm::Statement::from_string(
                    DbBackend::Sqlite,
                    "PRAGMA page_count",
                ))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        } else {
            1_073_741_823
        };
        txn.execute_unprepared(&format!("PRAGMA max_page_count = {limit}"))
            .await
            .unwrap();
    }
    for txn in held {
        txn.rollback().await.unwrap();
    }
}

/// PostgreSQL: the test's database refuses connections and its open ones are ended, or it
/// accepts them again.
async fn postgres_down(app: &TestApp, down: bool) {
    let admin_url = postgres_url().unwrap();
    let name = app
        .state
        .settings
        .database
        .url
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
    // ALLOW_CONNECTIONS binds superusers too (a connection limit does not).
    admin
        .execute_unprepared(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS {}",
            !down
        ))
        .await
        .unwrap();
    if down {
        admin
            .execute_unprepared(&format!(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity \
                 WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            ))
            .await
            .unwrap();
    }
    admin.close().await.unwrap();
}

#[tokio::test]
async fn a_database_that_cannot_take_a_write_answers_503_and_recovers_by_itself() {
    let app = TestApp::spawn_with(|s| {
        s.database.acquire_timeout_secs = 2;
        s.coordination.requests_per_hour = 1_000;
    })
    .await;
    post(&app, "before")
        .await
        .assert_status(StatusCode::CREATED);
    let postgres = postgres_url().is_some();
    let mut browser = app.browser();
    let csrf = browser.csrf_token().await;

    if postgres {
        postgres_down(&app, true).await;
    } else {
        sqlite_full(&app, true).await;
    }
    for attempt in 0..3 {
        let answer = post(&app, &format!("during-{attempt}")).await;
        assert_eq!(
            answer.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{}",
            answer.text()
        );
        assert_eq!(answer.json()["error"], "unavailable");
        assert!(
            answer.json()["message"]
                .as_str()
                .unwrap()
                .contains("nothing was saved")
        );
        assert!(!answer.header("retry-after").is_empty());
    }
    // Not ready while it lasts, with the reason.
    let ready = app.get("/readyz").await;
    ready.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    let reason = ready.json()["reason"].as_str().unwrap().to_owned();
    assert!(
        reason.contains(if postgres {
            "unreachable"
        } else {
            "the database is full"
        }),
        "{reason}"
    );

    // The public form still opens (the treaty record is in memory), and a form sent during
    // the outage comes back with everything typed and a sentence saying nothing was saved.
    browser
        .get("/coordinate")
        .await
        .assert_status(StatusCode::OK);
    let day = |d| (chrono::Utc::now().date_naive() + chrono::Duration::days(d)).to_string();
    let (start, end) = (day(60), day(70));
    let sent = browser
        .post_form_raw(
            "/coordinate",
            &[
                ("csrf_token", csrf.as_str()),
                ("requesting_state", "NOR"),
                ("ministry", "Ministry of Foreign Affairs"),
                ("contact_name", "Ingrid Hansen"),
                ("contact_email", "ingrid.hansen@mfa.example.org"),
                ("target_state", "MMR"),
                ("approach", "capital_meeting"),
                ("window_start", start.as_str()),
                ("window_end", end.as_str()),
                ("mode", "joint"),
                ("message", "Meetings in Naypyidaw."),
                ("idempotency_key", "form-during"),
            ],
        )
        .await;
    assert_eq!(
        sent.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        sent.text()
    );
    let page = sent.text();
    assert!(page.contains("nothing was sent to ICBL"), "{page}");
    assert!(has(
        &page,
        r#"input[name=ministry][value="Ministry of Foreign Affairs"]"#
    ));
    assert!(has(&page, "textarea[name=message]"));
    assert!(select(&page, "textarea[name=message]").contains(&"Meetings in Naypyidaw.".to_owned()));
    assert!(has(
        &page,
        "select[name=target_state] option[value=MMR][selected]"
    ));

    if postgres {
        postgres_down(&app, false).await;
    } else {
        sqlite_full(&app, false).await;
        assert_eq!(
            committed(&app).await,
            1,
            "the refused requests left nothing"
        );
    }
    // Back, without a restart: the request succeeds and is saved once.
    let mut answer = post(&app, "after").await;
    for _ in 0..20 {
        if answer.status == StatusCode::CREATED {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        answer = post(&app, "after").await;
    }
    answer.assert_status(StatusCode::CREATED);
    post(&app, "after").await.assert_status(StatusCode::OK);
    assert_eq!(committed(&app).await, 2);
    app.get("/readyz").await.assert_status(StatusCode::OK);
}

/// `/readyz` asks for what serving needs: that a write can begin, within two seconds. A SQLite
/// database whose write lock another process holds, or a PostgreSQL database that refuses
/// connections, is not ready (503, with the reason); once it is back, ready again.
#[tokio::test]
async fn an_instance_whose_database_cannot_take_a_write_is_not_ready() {
    let app = TestApp::spawn_with(|s| s.database.acquire_timeout_secs = 1).await;
    app.get("/readyz").await.assert_status(StatusCode::OK);
    let postgres = postgres_url().is_some();
    let holder = app.schema_connection().await;
    let lock = if postgres {
        postgres_down(&app, true).await;
        None
    } else {
        Some(clearway::db::begin_write(&holder).await.unwrap())
    };
    let answer = app.get("/readyz").await;
    answer.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.json()["status"], "unavailable");
    let reason = answer.json()["reason"].as_str().unwrap().to_owned();
    assert!(
        reason.contains("the database is unreachable, full or locked")
            || reason.contains("did not answer within"),
        "{reason}"
    );

    match lock {
        Some(txn) => txn.rollback().await.unwrap(),
        None => postgres_down(&app, false).await,
    }
    let mut answer = app.get("/readyz").await;
    for _ in 0..20 {
        if answer.status == StatusCode::OK {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        answer = app.get("/readyz").await;
    }
    answer.assert_status(StatusCode::OK);
}

/// A disk that fills up during a flood, for real (a 3 MB tmpfs, mounted when this machine lets
/// the test mount one; otherwise the test says it skipped): requests answer 201 or 503, never
/// 500; every 201 is in the database as a fresh connection reads it (a connection whose failed
/// transaction did not end is closed, not lent again); once there is room again, requests
/// succeed without a restart and are saved.
#[tokio::test]
async fn a_disk_that_fills_up_loses_no_acknowledged_request() {
    let folder = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=3m", "tmpfs"])
        .arg(folder.path())
        .output();
    match &mounted {
        Ok(output) if output.status.success() => {}
        other => {
            eprintln!(
                "skipped: this machine does not let the test mount a small filesystem: {other:?}"
            );
            return;
        }
    }
    // Unmounted however the test ends.
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(folder.path().to_owned());
    let file = folder.path().join("clearway.db");
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let app = TestApp::spawn_with(move |s| {
        s.database.url = url;
        s.coordination.requests_per_hour = 100_000;
        s.database.sqlite_busy_timeout_ms = 5_000;
    })
    .await;
    let flood = |prefix: &'static str, count: usize| {
        let app = &app;
        async move {
            let mut acknowledged = Vec::new();
            let mut refused = 0;
            for chunk in (0..count).collect::<Vec<_>>().chunks(8) {
                let answers = futures_util::future::join_all(chunk.iter().map(|i| {
                    let mut body = request_body("MMR", &format!("{prefix}-{i}"));
                    body["message"] = serde_json::json!("x".repeat(4_000));
                    app.send(
                        Method::POST,
                        "/api/v1/coordination-requests",
                        body.to_string(),
                    )
                }))
                .await;
                for answer in answers {
                    match answer.status {
                        StatusCode::CREATED => acknowledged
                            .push(answer.json()["reference"].as_str().unwrap().to_owned()),
                        StatusCode::SERVICE_UNAVAILABLE => refused += 1,
                        other => panic!("{other}: {}", answer.text()),
                    }
                }
            }
            (acknowledged, refused)
        }
    };
    let stored = |file: std::path::PathBuf| async move {
        let db = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", file.display()))
            .await
            .unwrap();
        let rows = db
            .query_all_raw(sea_orm::Statement::from_string(
                DbBackend::Sqlite,
                "SELECT reference FROM coordination_requests",
            ))
            .await
            .unwrap();
        db.close().await.unwrap();
        rows.into_iter()
            .map(|r| r.try_get::<String>("", "reference").unwrap())
            .collect::<std::collections::BTreeSet<_>>()
    };

    app.get("/readyz").await.assert_status(StatusCode::OK);
    let (acknowledged, refused) = flood("full", 400).await;
    assert!(refused > 0, "the disk filled up");
    let ready = app.get("/readyz").await;
    ready.assert_status(StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        ready.json()["reason"]
            .as_str()
            .unwrap()
            .contains("the disk holding the database is full"),
        "{}",
        ready.text()
    );
    let held = stored(file.clone()).await;
    eprintln!(
        "disk full: 400 sent, {} answered 201, {refused} answered 503, {} found afterwards",
        acknowledged.len(),
        held.len()
    );
    let lost: Vec<&String> = acknowledged.iter().filter(|r| !held.contains(*r)).collect();
    assert!(lost.is_empty(), "acknowledged but not saved: {lost:?}");
    assert_eq!(
        held.len(),
        acknowledged.len(),
        "nothing saved that was refused"
    );

    // Room again: without a restart, requests succeed and are saved.
    let grown = std::process::Command::new("mount")
        .args(["-o", "remount,size=20m"])
        .arg(folder.path())
        .status()
        .unwrap();
    assert!(grown.success());
    app.get("/readyz").await.assert_status(StatusCode::OK);
    let (after, refused) = flood("room", 20).await;
    assert_eq!((after.len(), refused), (20, 0));
    let held = stored(file.clone()).await;
    assert!(after.iter().all(|r| held.contains(r)));

    app.db.clone().close().await.unwrap();
}
