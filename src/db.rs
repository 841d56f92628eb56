//! The database connection: SQLite by default (a file, created on first run, in WAL mode with
//! foreign keys enforced and a busy timeout), PostgreSQL when the URL says so. Nothing else in the
//! service depends on which one it is.

use std::path::Path;
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, EntityTrait, PrimaryKeyTrait, QuerySelect, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait,
};

use crate::config::DatabaseSettings;
use crate::error::AppError;

/// Opens a pool on the configured database, creating the SQLite file and its folder if needed.
pub async fn connect(settings: &DatabaseSettings) -> Result<DatabaseConnection, DbErr> {
    let sqlite = settings.is_sqlite();
    if sqlite {
        create_sqlite_folder(&settings.url)?;
    }
    let max = match settings.max_connections {
        0 if sqlite => 8,
        0 => 20,
        n => n,
    };
    let mut options = ConnectOptions::new(settings.url.clone());
    options
        .max_connections(max)
        .min_connections(settings.min_connections.min(max))
        .acquire_timeout(Duration::from_secs(settings.acquire_timeout_secs))
        // Statements can carry personal data: they are not logged, except slow ones (by shape).
        .sqlx_logging(true)
        .sqlx_logging_level(log::LevelFilter::Off)
        .sqlx_slow_statements_logging_settings(
            log::LevelFilter::Warn,
            Duration::from_millis(settings.slow_statement_ms),
        );
    if sqlite {
        let busy = Duration::from_millis(settings.sqlite_busy_timeout_ms);
        options.map_sqlx_sqlite_opts(move |o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(busy)
        });
        // A connection that comes back to the pool still inside a transaction (its COMMIT or
        // ROLLBACK failed: a full disk, an I/O error) is closed, never lent again: otherwise it
        // holds the write lock, and the "transactions" of the requests it serves next nest
        // inside the open one and are never committed, though each answers as if they were.
        options.map_sqlx_sqlite_pool_opts(|pool| {
            pool.after_release(|conn, _| {
                Box::pin(async move {
                    use sea_orm::sqlx::Executor;
                    // BEGIN fails within a transaction; otherwise it is undone at once.
                    if conn.execute("BEGIN").await.is_err() {
                        tracing::warn!("a database connection left inside a transaction is closed");
                        return Ok(false);
                    }
                    Ok(conn.execute("ROLLBACK").await.is_ok())
                })
            })
        });
    }
    Database::connect(options).await
}

/// The file of a SQLite URL (`sqlite://data/clearway.db?mode=rwc` is `data/clearway.db`);
/// `None` for PostgreSQL.
pub fn sqlite_file(url: &str) -> Option<&str> {
    url.strip_prefix("sqlite:").map(|rest| {
        rest.trim_start_matches("//")
            .split('?')
            .next()
            .unwrap_or_default()
    })
}

/// The number of rows of `table` (a name of ours, or one read from the catalog: quoted).
pub async fn count_rows<C: ConnectionTrait>(db: &C, table: &str) -> Result<i64, DbErr> {
    let statement = Statement::from_string(
        db.get_database_backend(),
        format!(
            "SELECT COUNT(*) AS n FROM \"{}\"",
            table.replace('"', "\"\"")
        ),
    );
    match db.query_one_raw(statement).await? {
        Some(row) => row.try_get("", "n"),
        None => Ok(0),
    }
}

/// `sqlite://data/clearway.db?mode=rwc` lives in `data/`: make that folder on first run.
fn create_sqlite_folder(url: &str) -> Result<(), DbErr> {
    let path = sqlite_file(url).unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    match Path::new(path).parent() {
        Some(folder) if !folder.as_os_str().is_empty() => std::fs::create_dir_all(folder)
            .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", folder.display()))),
        _ => Ok(()),
    }
}

/// Applies every pending migration, on a connection of its own that is closed afterwards.
///
/// One connection, because SQLite checks some statements (an `ON CONFLICT` target, say) against
/// the schema a connection has cached: a pooled connection opened before a migration created an
/// index would refuse a later migration's statement that needs it. Pools opened after this see
/// the finished schema.
pub async fn migrate(settings: &DatabaseSettings) -> Result<(), DbErr> {
    let single = DatabaseSettings {
        max_connections: 1,
        min_connections: 1,
        ..settings.clone()
    };
    let db = connect(&single).await?;
    let postgres = db.get_database_backend() == DbBackend::Postgres;
    if postgres {
        // Instances starting together take turns: the first migrates, the others find nothing
        // left to do. (A session lock, released below or when the connection closes.)
        db.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
            .await?;
    }
    let result = Migrator::up(&db, None).await;
    if postgres {
        db.execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"))
            .await?;
    }
    db.close().await?;
    result.map_err(newer_schema)
}

/// The migrator's words for a database that holds migrations this binary does not have ("the
/// file is missing"), said as what it means for an operator.
fn newer_schema(error: DbErr) -> DbErr {
    match &error {
        DbErr::Custom(message)
            if message.contains("is missing, this migration has been applied") =>
        {
            let versions: Vec<&str> = message
                .lines()
                .filter_map(|line| line.split('\'').nth(1))
                .collect();
            DbErr::Custom(format!(
                "this database was migrated by a newer version of Clearway (it has {}, which this \
                 version does not know): run that version, or restore a backup taken before the \
                 upgrade",
                versions.join(", ")
            ))
        }
        _ => error,
    }
}

/// The PostgreSQL advisory lock key that serializes migrations ("clearway" in ASCII, as a number).
const MIGRATION_LOCK: i64 = 0x636c_6561_7277_6179;

/// How long readiness may take to answer: a database slower than this is not ready.
const READY_WITHIN: Duration = Duration::from_secs(2);

/// A SQLite database whose disk has less room than this is full: the next write's journal
/// pages would not fit.
const DISK_FULL_BELOW: u64 = 1 << 20;

/// Ready when, within [`READY_WITHIN`], the database answers, holds every migration this build
/// knows, and lets a write transaction begin (SQLite: its write lock can be taken; PostgreSQL:
/// the transaction gets an id, as only a writable primary gives), and, on SQLite, a write has
/// room (the file may grow and its disk is not full). Nothing is written, no table made, no lock
/// held after. `url` is the database's address, for SQLite's file.
pub async fn is_ready(db: &DatabaseConnection, url: &str) -> Result<(), String> {
    match tokio::time::timeout(READY_WITHIN, ready(db, url)).await {
        Ok(result) => result,
        Err(_) => Err(format!(
            "the database did not answer within {} s",
            READY_WITHIN.as_secs()
        )),
    }
}

async fn ready(db: &DatabaseConnection, url: &str) -> Result<(), String> {
    let backend = db.get_database_backend();
    let applied: Vec<String> = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT version FROM seaql_migrations",
        ))
        .await
        .map_err(|e| unready("the migration status cannot be read", &e))?
        .into_iter()
        .filter_map(|row| row.try_get::<String>("", "version").ok())
        .collect();
    let pending = Migrator::migrations()
        .iter()
        .filter(|m| !applied.iter().any(|a| a == m.name()))
        .count();
    if pending > 0 {
        return Err(format!("{pending} migration(s) pending"));
    }
    let txn = begin_write(db)
        .await
        .map_err(|e| unready("a write cannot begin", &e))?;
    if backend == DbBackend::Postgres {
        txn.execute_unprepared("SELECT pg_current_xact_id()")
            .await
            .map_err(|e| unready("a write cannot begin", &e))?;
    }
    let room = if backend == DbBackend::Sqlite {
        sqlite_room(&txn, sqlite_file(url)).await
    } else {
        Ok(())
    };
    txn.rollback()
        .await
        .map_err(|e| unready("a write cannot end", &e))?;
    room
}

/// Whether a SQLite database can take a write: it has not reached its page limit
/// (`max_page_count`) with no free page left, and its disk is not full.
async fn sqlite_room(txn: &DatabaseTransaction, file: Option<&str>) -> Result<(), String> {
    let mut pages = [0_i64; 3];
    for (value, pragma) in pages
        .iter_mut()
        .zip(["page_count", "max_page_count", "freelist_count"])
    {
        *value = txn
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                format!("PRAGMA {pragma}"),
            ))
            .await
            .map_err(|e| unready("the database's size cannot be read", &e))?
            .and_then(|row| row.try_get_by_index::<i64>(0).ok())
            .unwrap_or_default();
    }
    let [count, max, free] = pages;
    if count >= max && free == 0 {
        return Err(format!(
            "the database is full: it holds the {max} pages it may (max_page_count)"
        ));
    }
    let folder = match file.map(Path::new) {
        Some(path) if !path.as_os_str().is_empty() && path.as_os_str() != ":memory:" => {
            match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent,
                _ => Path::new("."),
            }
        }
        _ => return Ok(()),
    };
    // A folder that cannot be asked (gone, not permitted) says nothing about room: the write
    // probe above already answered for the database itself.
    if let Ok(disk) = rustix::fs::statvfs(folder) {
        let available = disk.f_bavail.saturating_mul(disk.f_frsize);
        if available < DISK_FULL_BELOW {
            return Err(format!(
                "the disk holding the database is full ({} KB free)",
                available / 1024
            ));
        }
    }
    Ok(())
}

/// The reason given: what failed, and whether the database is unreachable or refusing.
fn unready(what: &str, error: &DbErr) -> String {
    if crate::error::is_outage(error) {
        format!("{what}: the database is unreachable, full or locked")
    } else {
        format!("{what}: the database refused it")
    }
}

/// Begins a transaction that will write. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`), so that two writers queue on the busy timeout instead of one failing when it
/// upgrades from reading to writing; PostgreSQL needs nothing special.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let mut options = TransactionOptions::default();
    if db.get_database_backend() == DbBackend::Sqlite {
        options.sqlite_transaction_mode = Some(SqliteTransactionMode::Immediate);
    }
    db.begin_with_options(options).await
}

/// The record with this id, locked until the transaction ends (`SELECT ... FOR UPDATE` on
/// PostgreSQL; on SQLite the write transaction of [`begin_write`] already holds the only write
/// lock). `what` names the record in the 404's message ("application", "award").
pub async fn get_for_update<E, C>(db: &C, id: i64, what: &str) -> Result<E::Model, AppError>
where
    E: EntityTrait,
    C: ConnectionTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i64>,
{
    let mut query = E::find_by_id(id);
    if db.get_database_backend() == DbBackend::Postgres {
        query = query.lock_exclusive();
    }
    query
        .one(db)
        .await
        .map_err(|e| record_error(what, id, e))?
        .ok_or_else(|| AppError::not_found(format!("there is no {what} with this number")))
}

/// The record with this id, read without a lock.
pub async fn get<E, C>(db: &C, id: i64, what: &str) -> Result<E::Model, AppError>
where
    E: EntityTrait,
    C: ConnectionTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<i64>,
{
    E::find_by_id(id)
        .one(db)
        .await
        .map_err(|e| record_error(what, id, e))?
        .ok_or_else(|| AppError::not_found(format!("there is no {what} with this number")))
}

/// A read of one record failed. A stored value the code does not know (a status spelled another
/// way, by hand or by an older or newer version) fails the read (`DbErr::Type`, from the typed
/// columns of `crate::choice`): it is an internal error that names the record, so that the log
/// (written once, by `AppError`'s response) says which row to repair; it is never read as a
/// default.
pub fn record_error(what: &str, id: i64, error: DbErr) -> AppError {
    match error {
        DbErr::Type(_) | DbErr::TryIntoErr { .. } => AppError::Internal(anyhow::anyhow!(
            "{what} {id} holds a value the code does not know: {error}"
        )),
        other => AppError::from(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_newer_than_the_binary_is_named_so() {
        let error = newer_schema(DbErr::Custom(
            "Migration file of version 'm20270101_000010_x' is missing, this migration has been \
             applied but its file is missing"
                .to_owned(),
        ));
        let message = error.to_string();
        assert!(
            message.contains("migrated by a newer version of Clearway"),
            "{message}"
        );
        assert!(message.contains("m20270101_000010_x"), "{message}");
        let other = newer_schema(DbErr::Custom("disk I/O error".to_owned()));
        assert_eq!(other.to_string(), "Custom Error: disk I/O error");
    }

    #[test]
    fn the_sqlite_file_is_read_from_the_url() {
        assert_eq!(
            sqlite_file("sqlite://data/clearway.db?mode=rwc"),
            Some("data/clearway.db")
        );
        assert_eq!(sqlite_file("sqlite:///tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_file("postgres://db/clearway"), None);
    }

    #[test]
    fn the_sqlite_folder_is_made_from_the_url() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!(
            "sqlite://{}/nested/clearway.db?mode=rwc",
            dir.path().display()
        );
        create_sqlite_folder(&url).unwrap();
        assert!(dir.path().join("nested").is_dir());
        create_sqlite_folder("sqlite::memory:").unwrap();
    }
}
