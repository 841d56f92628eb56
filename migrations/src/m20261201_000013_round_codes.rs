//! Rounds get a code chosen by staff (`IIA-2027A`) and their applications' references become
//! `<code>-<nnnn>`, so that more than one round can open in a year.
//!
//! - `rounds.code`: unique, and not null. Every existing round gets `IIA-<reference_year>`, the
//!   prefix its applications' references already carry (`IIA-2027-0001`): those references stay
//!   as they are, and the next submission in that round continues the same series.
//! - `rounds.reference_year` is no longer unique (it was what allowed one round a year).
//! - References (of applications, and of the awards that copy them) may be up to 32 characters
//!   long: a code of 20, a hyphen and the number. PostgreSQL enforces the declared length;
//!   SQLite does not, so its columns are left as they are.
//!
//! SQLite changes a column's constraints only by copying the table (see `sqlite_up`), and
//! that copy needs foreign keys off, which a transaction cannot switch: the migration must run
//! on one connection, as `clearway::db::migrate` and `clearway migrate` do.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The unique index on codes: two rounds never share one, whoever saves them at once.
const CODE_INDEX: &str = "idx_rounds_code";
/// What `down` puts back on SQLite in place of 000006's inline `UNIQUE` (which only a copy of
/// the table could restore): the same rule, one round a year.
const YEAR_INDEX: &str = "idx_rounds_reference_year";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return sqlite_up(manager).await;
        }
        // The migrator runs this in a transaction on PostgreSQL.
        let db = manager.get_connection();
        add_codes(db).await?;
        db.execute_unprepared("ALTER TABLE rounds ALTER COLUMN \"code\" SET NOT NULL")
            .await?;
        for name in pg_year_constraints(db).await? {
            db.execute_unprepared(&format!(
                "ALTER TABLE rounds DROP CONSTRAINT \"{}\"",
                name.replace('"', "\"\"")
            ))
            .await?;
        }
        for table in ["applications", "awards"] {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ALTER COLUMN reference TYPE VARCHAR(32)"
            ))
            .await?;
        }
        index_codes(db).await
    }

    /// Back to one round a year: this fails if two rounds open in the same year (or, on
    /// PostgreSQL, if a reference is longer than 24 characters), rather than lose one of them.
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite runs migrations outside a transaction: this one makes sure that a step that
        // fails takes the others back with it.
        let txn = manager.begin().await?;
        let db = txn.get_connection();
        db.execute_unprepared(&format!("DROP INDEX {CODE_INDEX}"))
            .await?;
        db.execute_unprepared("ALTER TABLE rounds DROP COLUMN \"code\"")
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared(
                "ALTER TABLE rounds ADD CONSTRAINT rounds_reference_year_key UNIQUE (reference_year)",
            )
            .await?;
            for table in ["applications", "awards"] {
                db.execute_unprepared(&format!(
                    "ALTER TABLE {table} ALTER COLUMN reference TYPE VARCHAR(24)"
                ))
                .await?;
            }
        } else {
            db.execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {YEAR_INDEX} ON rounds (reference_year)"
            ))
            .await?;
        }
        txn.commit().await
    }
}

/// Adds `rounds.code` (null for now) and gives every round `IIA-<reference_year>`; and takes
/// away the index a `down` made for one round a year, if there is one.
async fn add_codes(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    db.execute_unprepared("ALTER TABLE rounds ADD COLUMN \"code\" VARCHAR(20) NULL")
        .await?;
    db.execute_unprepared("UPDATE rounds SET \"code\" = 'IIA-' || CAST(reference_year AS TEXT)")
        .await?;
    db.execute_unprepared(&format!("DROP INDEX IF EXISTS {YEAR_INDEX}"))
        .await?;
    Ok(())
}

async fn index_codes(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    db.execute_unprepared(&format!(
        "CREATE UNIQUE INDEX {CODE_INDEX} ON rounds (\"code\")"
    ))
    .await?;
    Ok(())
}

/// The names of the unique constraints on `rounds.reference_year` alone (000006's is
/// `rounds_reference_year_key`; read from the catalog rather than assumed).
async fn pg_year_constraints(db: &SchemaManagerConnection<'_>) -> Result<Vec<String>, DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT con.conname::text AS name FROM pg_constraint con \
             JOIN pg_attribute att ON att.attrelid = con.conrelid \
             WHERE con.conrelid = 'rounds'::regclass AND con.contype = 'u' \
             AND att.attname = 'reference_year' AND con.conkey = ARRAY[att.attnum]",
        ))
        .await?;
    rows.iter().map(|row| row.try_get("", "name")).collect()
}

/// SQLite: the whole change in one transaction. `rounds` is copied into a table that differs
/// only in its constraints (`code` not null, `reference_year` no longer unique), and its indexes
/// and triggers are put back, as SQLite's documentation describes ("Making Other Kinds Of Table
/// Schema Changes"). Working from the table's own SQL keeps every column it has, whatever added
/// it.
async fn sqlite_up(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    // Applications and awards refer to rounds: dropping the old table with foreign keys on
    // would delete it row by row, and fail. (A transaction cannot switch them, hence here.)
    db.execute_unprepared("PRAGMA foreign_keys = OFF").await?;
    let changed = sqlite_change(manager).await;
    let restored = db.execute_unprepared("PRAGMA foreign_keys = ON").await;
    changed?;
    restored.map(|_| ())
}

async fn sqlite_change(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let txn = manager.begin().await?;
    let db = txn.get_connection();
    if one_value::<i64>(db, "PRAGMA foreign_keys").await? != Some(0) {
        return Err(DbErr::Migration(
            "foreign keys are still enforced on the connection copying `rounds`: run the \
             migrations on one connection (as `clearway migrate` does)"
                .to_owned(),
        ));
    }
    add_codes(db).await?;
    let table: String = one_value(
        db,
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'rounds'",
    )
    .await?
    .ok_or_else(|| DbErr::Migration("there is no table `rounds` to copy".to_owned()))?;
    let copy = rewrite(
        &table,
        &[
            (
                "CREATE TABLE \"rounds\"",
                "CREATE TABLE \"rounds_copy\"",
                true,
            ),
            (
                "\"code\" VARCHAR(20) NULL",
                "\"code\" VARCHAR(20) NOT NULL",
                true,
            ),
            // Absent after a `down` (which made the rule an index, dropped by `add_codes`).
            (
                "\"reference_year\" integer NOT NULL UNIQUE",
                "\"reference_year\" integer NOT NULL",
                false,
            ),
        ],
    )?;
    let companions: Vec<String> = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'rounds' \
             AND type IN ('index', 'trigger') AND sql IS NOT NULL",
        ))
        .await?
        .iter()
        .map(|row| row.try_get("", "sql"))
        .collect::<Result<_, _>>()?;
    let sequence: Option<i64> =
        one_value(db, "SELECT seq FROM sqlite_sequence WHERE name = 'rounds'").await?;

    db.execute_unprepared(&copy).await?;
    db.execute_unprepared("INSERT INTO rounds_copy SELECT * FROM rounds")
        .await?;
    db.execute_unprepared("DROP TABLE rounds").await?;
    db.execute_unprepared("ALTER TABLE rounds_copy RENAME TO rounds")
        .await?;
    for statement in &companions {
        db.execute_unprepared(statement).await?;
    }
    if let Some(seq) = sequence {
        db.execute_unprepared(&format!(
            "UPDATE sqlite_sequence SET seq = {seq} WHERE name = 'rounds'"
        ))
        .await?;
    }
    let broken = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA foreign_key_check",
        ))
        .await?;
    if !broken.is_empty() {
        return Err(DbErr::Migration(format!(
            "copying `rounds` would leave {} rows referring to nothing",
            broken.len()
        )));
    }
    index_codes(db).await?;
    txn.commit().await
}

/// `sql` with each `(from, to)` replaced once; `required` ones must be there.
fn rewrite(sql: &str, changes: &[(&str, &str, bool)]) -> Result<String, DbErr> {
    let mut out = sql.to_owned();
    for (from, to, required) in changes {
        match out.matches(from).count() {
            1 => out = out.replacen(from, to, 1),
            0 if !required => {}
            n => {
                return Err(DbErr::Migration(format!(
                    "the table `rounds` is not as expected: `{from}` appears {n} times in {sql}"
                )));
            }
        }
    }
    Ok(out)
}

async fn one_value<T: sea_orm::TryGetable>(
    db: &SchemaManagerConnection<'_>,
    sql: &str,
) -> Result<Option<T>, DbErr> {
    match db
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await?
    {
        Some(row) => row.try_get_by_index(0).map(Some),
        None => Ok(None),
    }
}
