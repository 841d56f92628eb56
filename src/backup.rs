//! `clearway backup PATH` and `clearway restore PATH`: a consistent copy of the database made
//! while the service serves, and the way back from one.
//!
//! - SQLite: `VACUUM INTO` writes a compacted copy from one read transaction (a snapshot: writes
//!   that commit meanwhile are not in it, and none is half in it). Copying the live file instead
//!   can lose what is still in the write-ahead log. The copy is checked (`integrity_check`)
//!   before the command says it is done. Restoring replaces the database file (stop the service
//!   first) and removes its stale `-wal` and `-shm` files.
//! - PostgreSQL: `pg_dump --format=custom`, and `pg_restore --clean --single-transaction` back,
//!   run with the database URL (the PostgreSQL client programs must be installed).
//!
//! Restore refuses to replace a database that holds data unless told to (`--replace`).
//!
//! Attachments' files are copied beside the database's copy, into the directory `PATH.files`
//! (one file per object, under its key), from either storage (a local directory or S3), after
//! the database's snapshot: every attachment the snapshot holds has its file in the copy,
//! unless it was removed between the two. Restoring puts back the files the store lacks.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::config::DatabaseSettings;

/// The tables whose rows are the programme's own records (the treaty record aside, which every
/// database is loaded with).
const RECORDS: [&str; 7] = [
    "organizations",
    "users",
    "applications",
    "awards",
    "campaigns",
    "coordination_requests",
    "audit_events",
];

/// What a backup wrote.
#[derive(Debug)]
pub struct Backup {
    pub path: PathBuf,
    pub bytes: u64,
}

/// Writes a consistent copy of the database to `path`, which must not exist yet.
pub async fn backup(settings: &DatabaseSettings, path: &Path) -> anyhow::Result<Backup> {
    if path.exists() {
        bail!("{} exists already: name a new file", path.display());
    }
    match crate::db::sqlite_file(&settings.url) {
        Some(_) => {
            let db = crate::db::connect(settings)
                .await
                .context("cannot open the database")?;
            let target = path.to_str().context("the backup path is not UTF-8")?;
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "VACUUM INTO ?",
                [target.into()],
            ))
            .await
            .context("cannot write the backup")?;
            db.close().await?;
            check_sqlite(path).await?;
        }
        None => run(
            Command::new("pg_dump")
                .args(["--format=custom", "--no-owner", "--file"])
                .arg(path)
                .arg("--dbname")
                .arg(&settings.url),
            "pg_dump",
        )?,
    }
    let bytes = std::fs::metadata(path)
        .with_context(|| format!("cannot read {}", path.display()))?
        .len();
    Ok(Backup {
        path: path.to_owned(),
        bytes,
    })
}

/// Replaces the database with the backup at `path`. A database that holds records is replaced
/// only with `replace`.
pub async fn restore(
    settings: &DatabaseSettings,
    path: &Path,
    replace: bool,
) -> anyhow::Result<()> {
    if !path.is_file() {
        bail!("there is no backup at {}", path.display());
    }
    let held = records_held(settings).await?;
    if held > 0 && !replace {
        bail!(
            "the database holds {held} records: restoring would replace them. Run again with \
             --replace to do so (take a backup of it first)"
        );
    }
    match crate::db::sqlite_file(&settings.url) {
        Some(target) => {
            check_sqlite(path).await?;
            let target = PathBuf::from(target);
            let folder = target
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            std::fs::create_dir_all(folder)?;
            // Copied beside the target, then renamed over it: never a half-written database.
            let incoming = folder.join(".clearway-restore.tmp");
            std::fs::copy(path, &incoming)
                .with_context(|| format!("cannot copy {}", path.display()))?;
            std::fs::File::open(&incoming)?.sync_all()?;
            for stale in ["-wal", "-shm"] {
                let mut name = target.clone().into_os_string();
                name.push(stale);
                match std::fs::remove_file(&name) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(e).context("cannot remove the old write-ahead log");
                    }
                    _ => {}
                }
            }
            std::fs::rename(&incoming, &target)
                .with_context(|| format!("cannot replace {}", target.display()))?;
        }
        None => run(
            Command::new("pg_restore")
                .args([
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                ])
                .arg("--dbname")
                .arg(&settings.url)
                .arg(path),
            "pg_restore",
        )?,
    }
    Ok(())
}

/// How many of the programme's records the database holds (0 for one not made yet).
async fn records_held(settings: &DatabaseSettings) -> anyhow::Result<i64> {
    if let Some(file) = crate::db::sqlite_file(&settings.url)
        && !Path::new(file).exists()
    {
        return Ok(0);
    }
    let db = crate::db::connect(settings)
        .await
        .context("cannot open the database")?;
    let mut held = 0;
    for table in RECORDS {
        held += crate::db::count_rows(&db, table).await.unwrap_or(0);
    }
    db.close().await?;
    Ok(held)
}

/// A SQLite backup is whole: `integrity_check` says `ok` and it has the migrations' table.
async fn check_sqlite(path: &Path) -> anyhow::Result<()> {
    let url = format!("sqlite://{}?mode=ro", path.display());
    let db = sea_orm::Database::connect(&url)
        .await
        .with_context(|| format!("cannot open {}", path.display()))?;
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await?
        .context("no answer from integrity_check")?;
    let verdict: String = row.try_get_by_index(0)?;
    if verdict != "ok" {
        bail!("{} is damaged: {verdict}", path.display());
    }
    crate::db::count_rows(&db, "seaql_migrations")
        .await
        .with_context(|| format!("{} is not a Clearway database", path.display()))?;
    db.close().await?;
    Ok(())
}

fn run(command: &mut Command, program: &str) -> anyhow::Result<()> {
    let output = command
        .output()
        .with_context(|| format!("cannot run {program}: install the PostgreSQL client programs"))?;
    if !output.status.success() {
        bail!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

/// What a copy of the attachments' files holds.
#[derive(Debug, Default)]
pub struct FilesCopied {
    pub files: u64,
    pub bytes: u64,
}

/// The directory that holds the files of the backup at `path`.
pub fn files_dir(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".files");
    PathBuf::from(name)
}

/// Copies every attachment file of the store into `dir` (made; it must not exist).
pub async fn backup_files(
    files: &crate::attachments::storage::Files,
    dir: &Path,
) -> anyhow::Result<FilesCopied> {
    use futures_util::StreamExt;
    use std::io::Write;
    if dir.exists() {
        bail!("{} exists already: name a new backup", dir.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut copied = FilesCopied::default();
    for object in files.list().await? {
        let target = object_path(dir, &object.key)?;
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let mut out = std::fs::File::create(&target)
            .with_context(|| format!("cannot write {}", target.display()))?;
        let mut stream = match files.read(&object.key).await {
            Ok(stream) => stream,
            // Removed since it was listed.
            Err(object_store::Error::NotFound { .. }) => continue,
            Err(error) => return Err(error.into()),
        };
        while let Some(chunk) = stream.next().await {
            let chunk = chunk?;
            out.write_all(&chunk)?;
            copied.bytes += chunk.len() as u64;
        }
        out.sync_all()?;
        copied.files += 1;
    }
    Ok(copied)
}

/// Puts the files of the copy in `dir` back into the store, those it lacks.
pub async fn restore_files(
    files: &crate::attachments::storage::Files,
    dir: &Path,
) -> anyhow::Result<FilesCopied> {
    use std::io::Read;
    let mut restored = FilesCopied::default();
    let folder = dir.join(crate::attachments::storage::PREFIX);
    if !folder.is_dir() {
        return Ok(restored);
    }
    for entry in std::fs::read_dir(&folder)? {
        let entry = entry?;
        let name = entry
            .file_name()
            .into_string()
            .map_err(|n| anyhow::anyhow!("{}: not a file of the backup", n.to_string_lossy()))?;
        let key = format!("{}/{name}", crate::attachments::storage::PREFIX);
        object_path(dir, &key)?;
        if files.exists(&key).await? {
            continue;
        }
        let mut input = std::fs::File::open(entry.path())?;
        let mut writer = files.writer_named(key).await?;
        let mut buffer = vec![0u8; 1024 * 1024];
        loop {
            let read = input.read(&mut buffer)?;
            if read == 0 {
                break;
            }
            writer.write(&buffer[..read]).await?;
        }
        let stored = writer.finish().await?;
        restored.files += 1;
        restored.bytes += stored.size;
    }
    Ok(restored)
}

/// Where object `key` goes in a backup's directory: keys are `attachments/<hex>`, nothing else.
fn object_path(dir: &Path, key: &str) -> anyhow::Result<PathBuf> {
    let name = key
        .strip_prefix(crate::attachments::storage::PREFIX)
        .and_then(|rest| rest.strip_prefix('/'))
        .filter(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()))
        .with_context(|| format!("{key}: not an attachment's file"))?;
    Ok(dir.join(crate::attachments::storage::PREFIX).join(name))
}
