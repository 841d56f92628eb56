//! The command line.

use std::net::SocketAddr;

use anyhow::Context;
use clap::{Parser, Subcommand};
use migration::{MigrationStatus, Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

use crate::config::Settings;

const EXAMPLES: &str = "\
Examples:
  clearway                                  serve http://127.0.0.1:8080 on the SQLite file data/clearway.db
  clearway serve --address 0.0.0.0:8080     serve on every interface, port 8080
  clearway migrate status                   list the migrations and whether each is applied
  DATABASE_URL=postgres://clearway@db/clearway clearway migrate
                                            apply pending migrations to a PostgreSQL database
  clearway seed --demo                      fill an empty database with a demo programme
  clearway seed --volume 10000              10,000 applications in bulk, for benchmarks
  CLEARWAY__LOG__FORMAT=json clearway       log one JSON object per line";

/// Clearway: grant programme management for a campaign network.
///
/// Without a command, `clearway` serves (like `clearway serve`). Configuration comes from
/// config/default.toml, config/$CLEARWAY_ENV.toml and CLEARWAY__SECTION__KEY environment
/// variables; DATABASE_URL chooses the database (a SQLite file by default, or postgres://...).
#[derive(Debug, Parser)]
#[command(name = "clearway", version, about, long_about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply pending migrations, then serve HTTP until SIGTERM or Ctrl-C.
    Serve {
        /// Where to listen, as HOST:PORT (default 127.0.0.1:8080, or CLEARWAY__SERVER__ADDRESS).
        #[arg(long, value_name = "HOST:PORT")]
        address: Option<SocketAddr>,
    },
    /// Show, apply or roll back database migrations.
    Migrate {
        #[command(subcommand)]
        action: Option<MigrateAction>,
    },
    /// Accounts for scripts and first set-up.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Fill an empty database: a demo programme, or many applications for benchmarks.
    Seed {
        /// Organizations, people, a past and an open round, applications in every status, all
        /// made as the service makes them. Run again, it does nothing.
        #[arg(long, conflicts_with = "volume", required_unless_present = "volume")]
        demo: bool,
        /// N applications over 300 organizations in one open round, written in bulk.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        volume: Option<u32>,
    },
    /// Remove the personal data whose retention period is over (see `[retention]`), as the
    /// daily job does; with --dry-run, only list what would go.
    Retention {
        #[arg(long)]
        dry_run: bool,
    },
    /// Write a consistent copy of the database to PATH while the service serves (SQLite:
    /// VACUUM INTO, checked; PostgreSQL: pg_dump --format=custom), and the attachments' files
    /// to PATH.files.
    Backup {
        #[arg(value_name = "PATH")]
        path: std::path::PathBuf,
    },
    /// Replace the database with the backup at PATH (stop the service first). Refuses to replace
    /// a database that holds records unless --replace is given.
    Restore {
        #[arg(value_name = "PATH")]
        path: std::path::PathBuf,
        /// Replace a database that holds records.
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminAction {
    /// Create a user. Without --password-stdin a password is generated and printed.
    CreateUser {
        #[arg(long)]
        email: String,
        /// member, reviewer, staff, finance or admin
        #[arg(long)]
        role: String,
        /// The organization a member belongs to (its id).
        #[arg(long, value_name = "ID")]
        organization: Option<i64>,
        #[arg(long, default_value = "")]
        name: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Create a personal API token for a user and print it, alone, on standard output.
    CreateToken {
        #[arg(long)]
        email: String,
        /// What the token is for, as listed on the user's account page.
        #[arg(long, default_value = "command line")]
        name: String,
    },
}

#[derive(Clone, Copy, Debug, Subcommand)]
pub enum MigrateAction {
    /// Apply every pending migration (the default).
    Up,
    /// Roll back the most recent migrations. Rolling back drops what they made, data included:
    /// without --yes-destroy-data it only lists the tables it would drop and their rows.
    Down {
        /// How many migrations to roll back.
        #[arg(long, default_value_t = 1)]
        steps: u32,
        /// Really roll back, dropping the tables listed and every row in them.
        #[arg(long)]
        yes_destroy_data: bool,
    },
    /// List every migration and whether it is applied.
    Status,
}

/// Runs the command. Errors are returned for `main` to print.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut settings = Settings::load()?;
    crate::telemetry::init(&settings.log);
    match cli.command.unwrap_or(Command::Serve { address: None }) {
        Command::Serve { address } => {
            if let Some(address) = address {
                settings.server.address = address;
            }
            crate::server::serve(settings).await
        }
        Command::Migrate { action } => {
            migrate(&settings, action.unwrap_or(MigrateAction::Up)).await
        }
        Command::Admin { action } => crate::admin::run(&settings, action).await,
        Command::Seed { demo: _, volume } => {
            let what = volume.map_or(crate::seed::Seed::Demo, crate::seed::Seed::Volume);
            crate::seed::run(&settings, what).await
        }
        Command::Retention { dry_run } => {
            crate::db::migrate(&settings.database).await?;
            let db = crate::db::connect(&settings.database).await?;
            let now = chrono::Utc::now();
            let plan = crate::retention::plan(&db, &settings.retention, now).await?;
            let mut out = String::new();
            for line in plan.lines() {
                out.push_str(&line);
                out.push('\n');
            }
            if !dry_run {
                let views = crate::views::Views::load(settings.server.reload_templates)?;
                let mail = crate::notify::Mail {
                    views: &views,
                    public_url: settings.server.public_url.trim_end_matches('/'),
                    staff_address: &settings.mail.staff_address,
                };
                crate::retention::apply(&db, mail, &settings.retention, &plan, now).await?;
            }
            out.push_str(&format!(
                "{}{}.\n",
                if dry_run { "Would do: " } else { "Done: " },
                plan.summary()
            ));
            use std::io::Write;
            std::io::stdout().lock().write_all(out.as_bytes())?;
            db.close().await.ok();
            Ok(())
        }
        Command::Backup { path } => {
            let made = crate::backup::backup(&settings.database, &path).await?;
            let files = crate::attachments::storage::Files::open(&settings.attachments)?;
            let dir = crate::backup::files_dir(&path);
            let copied = crate::backup::backup_files(&files, &dir).await?;
            use std::io::Write;
            writeln!(
                std::io::stdout().lock(),
                "Backed up to {} ({} bytes), and {} attachment files ({} bytes) to {}.",
                made.path.display(),
                made.bytes,
                copied.files,
                copied.bytes,
                dir.display()
            )?;
            Ok(())
        }
        Command::Restore { path, replace } => {
            crate::backup::restore(&settings.database, &path, replace).await?;
            let files = crate::attachments::storage::Files::open(&settings.attachments)?;
            let restored =
                crate::backup::restore_files(&files, &crate::backup::files_dir(&path)).await?;
            use std::io::Write;
            writeln!(
                std::io::stdout().lock(),
                "Restored {}, and {} attachment files ({} bytes).",
                path.display(),
                restored.files,
                restored.bytes
            )?;
            Ok(())
        }
    }
}

async fn migrate(settings: &Settings, action: MigrateAction) -> anyhow::Result<()> {
    // One connection: see `db::migrate`.
    let single = crate::config::DatabaseSettings {
        max_connections: 1,
        ..settings.database.clone()
    };
    let db = crate::db::connect(&single)
        .await
        .context("cannot open the database")?;
    let mut out = std::io::stdout().lock();
    use std::io::Write;
    match action {
        MigrateAction::Up => {
            Migrator::up(&db, None).await?;
            writeln!(out, "All migrations are applied.")?;
        }
        MigrateAction::Down {
            steps,
            yes_destroy_data,
        } => {
            // Rolled back once inside a transaction that is then undone (DDL is transactional on
            // both databases), to see what would go.
            let dropped = {
                let txn = db.begin().await?;
                let before = tables_with_rows(&txn).await?;
                Migrator::down(&txn, Some(steps)).await?;
                let after = tables_with_rows(&txn).await?;
                txn.rollback().await?;
                before
                    .into_iter()
                    .filter(|(table, _)| !after.iter().any(|(t, _)| t == table))
                    .collect::<Vec<_>>()
            };
            if dropped.is_empty() {
                writeln!(out, "Rolling back {steps} migration(s) drops no table.")?;
            } else {
                writeln!(
                    out,
                    "Rolling back {steps} migration(s) drops these tables and their rows:"
                )?;
                for (table, rows) in &dropped {
                    writeln!(out, "  {table}: {rows} rows")?;
                }
            }
            if !yes_destroy_data {
                anyhow::bail!(
                    "nothing was rolled back: to roll back and lose this data, run again with \
                     --yes-destroy-data (take a backup first)"
                );
            }
            Migrator::down(&db, Some(steps)).await?;
            writeln!(out, "Rolled back {steps} migration(s).")?;
        }
        MigrateAction::Status => {
            for migration in Migrator::get_migration_with_status(&db).await? {
                let mark = match migration.status() {
                    MigrationStatus::Applied => "applied",
                    MigrationStatus::Pending => "pending",
                };
                writeln!(out, "{mark:8} {}", migration.name())?;
            }
        }
    }
    Ok(())
}

/// Every table of the database (the migrator's own aside) with its number of rows, by name.
async fn tables_with_rows<C: ConnectionTrait>(db: &C) -> anyhow::Result<Vec<(String, i64)>> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() \
             ORDER BY tablename"
        }
        _ => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
              ORDER BY name"
        }
    };
    let mut tables = Vec::new();
    for row in db
        .query_all_raw(Statement::from_string(backend, sql))
        .await?
    {
        let name: String = row.try_get("", "name")?;
        if name == "seaql_migrations" {
            continue;
        }
        let count = crate::db::count_rows(db, &name).await?;
        tables.push((name, count));
    }
    Ok(tables)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_bare_command_serves_and_address_is_parsed() {
        assert!(Cli::try_parse_from(["clearway"]).unwrap().command.is_none());
        let cli = Cli::try_parse_from(["clearway", "serve", "--address", "0.0.0.0:9000"]).unwrap();
        assert!(
            matches!(cli.command, Some(Command::Serve { address: Some(a) }) if a.port() == 9000)
        );
        assert!(Cli::try_parse_from(["clearway", "serve", "--address", "nowhere"]).is_err());
        let cli = Cli::try_parse_from(["clearway", "migrate", "down", "--steps", "2"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Migrate {
                action: Some(MigrateAction::Down {
                    steps: 2,
                    yes_destroy_data: false
                })
            })
        ));
    }

    #[test]
    fn seed_takes_demo_or_a_volume_not_both() {
        let cli = Cli::try_parse_from(["clearway", "seed", "--demo"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Seed {
                demo: true,
                volume: None
            })
        ));
        let cli = Cli::try_parse_from(["clearway", "seed", "--volume", "200"]).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Seed {
                volume: Some(200),
                ..
            })
        ));
        assert!(Cli::try_parse_from(["clearway", "seed"]).is_err());
        assert!(Cli::try_parse_from(["clearway", "seed", "--demo", "--volume", "5"]).is_err());
        assert!(Cli::try_parse_from(["clearway", "seed", "--volume", "0"]).is_err());
    }
}
