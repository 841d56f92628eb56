//! `clearway seed`: data for an empty database, to show the service (`--demo`) or to measure it
//! (`--volume N`).
//!
//! **The demo** is a believable "Investing in Action" programme: nineteen member organizations,
//! the programme's people (a programme officer, a finance officer, two reviewers, one account per
//! organization), a past round and an open one, and applications in every status. Everything goes
//! through the model functions the handlers call (`members::model::create`,
//! `applications::model::create`, `applications::transitions::take`, `applications::reviews`,
//! `rounds::model::create`/`update`), so that references, revisions, audit records, awards and
//! queued emails are what the service itself would have produced. Nobody gets a password: people
//! sign in after "Forgot your password?" (whose link the file transport writes into the outbox
//! folder), and real people are invited or made with `clearway admin create-user`.
//!
//! *The two rounds.* The open round opens three days before now and closes two months after, so
//! it is open whenever the seed runs; it is named after the year it opens in (Y), and its code is
//! `IIA-Y` (its references `IIA-Y-0001`...). The past round is that of the year before (Y-1,
//! with that year in its code): it opened on 15 January and closed on 31 March. A submission needs an open
//! round, so the past round is created with its real opening (15 January, Y-1) and a closing one
//! day ahead; its applications are submitted, reviewed and decided; then `update` moves its
//! closing back to 31 March, Y-1 (audited as `round_updated`). Its awards run from May of Y-1
//! for twelve months; the instants of its steps (submitted, decided, the audit log) are the
//! moment the seed ran: the service records when a thing was done, and the seed does not forge
//! that.
//!
//! *Once only.* The whole seed is one transaction, ending with an audit event `demo_seeded`: a
//! failure leaves nothing behind, and a second run finds the event and does nothing. A database
//! that holds any organization, round or application without that event is refused.
//!
//! **The volume** (`--volume N`, for benchmarks) writes N applications over 300 organizations in
//! one open round with bulk inserts (batches of at most [`BIND_VALUES`] values) in one transaction: 4 budget lines
//! and 1 activity each, statuses spread over all seven, gapless references for every application
//! that is not a draft, an award for every approved one. It writes the rows a benchmark reads, not
//! their history: no audit record per row (one `volume_seeded` event), no revisions, no emails.

mod award_lives;
mod coordination;
mod demo;
mod plans;
mod volume;

use std::io::Write;

use anyhow::{Context, anyhow};
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter};

use crate::config::Settings;
use crate::entities::{application, audit_event, organization, round};
use crate::error::AppError;
use crate::notify::Mail;
use crate::views::Views;

pub use demo::{DemoOutcome, DemoSummary, demo};
pub use volume::{VolumeSummary, volume};

/// The audit action that marks a database the demo filled.
pub const DEMO_SEEDED: &str = "demo_seeded";
/// The audit action that marks a database `--volume` filled.
pub const VOLUME_SEEDED: &str = "volume_seeded";
/// Values one bulk insert binds at most: within SQLite's limit (32,766) and PostgreSQL's (65,535).
pub const BIND_VALUES: usize = 30_000;
/// Organizations `--volume` spreads its applications over.
pub const VOLUME_ORGANIZATIONS: usize = 300;

/// What to seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seed {
    Demo,
    Volume(u32),
}

/// `clearway seed ...`: migrates, seeds, and says what it did.
pub async fn run(settings: &Settings, what: Seed) -> anyhow::Result<()> {
    crate::db::migrate(&settings.database)
        .await
        .context("cannot apply the database migrations")?;
    let db = crate::db::connect(&settings.database)
        .await
        .context("cannot open the database")?;
    let said = match what {
        Seed::Demo => {
            let views = Views::load(settings.server.reload_templates)?;
            let mail = Mail {
                views: &views,
                public_url: settings.server.public_url.trim_end_matches('/'),
                staff_address: &settings.mail.staff_address,
            };
            // The key the server derives from the same setting: the demo's status links work.
            let key = if settings.server.secret_key.len() >= 32 {
                axum_extra::extract::cookie::Key::derive_from(settings.server.secret_key.as_bytes())
            } else {
                axum_extra::extract::cookie::Key::generate()
            };
            match demo(&db, mail, key.signing()).await? {
                DemoOutcome::AlreadySeeded => {
                    "The demo data is already in this database: nothing to do.\n".to_owned()
                }
                DemoOutcome::Seeded(summary) => summary.describe(&settings.mail.outbox_dir),
            }
        }
        Seed::Volume(count) => volume(&db, count).await?.describe(),
    };
    db.close().await.ok();
    let mut out = std::io::stdout().lock();
    out.write_all(said.as_bytes())?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Is the database empty?

/// What the database already holds, as far as seeding is concerned.
enum Existing {
    Nothing,
    Demo,
    Records {
        organizations: u64,
        rounds: u64,
        applications: u64,
    },
}

/// A PostgreSQL transaction lock, so that two seeds at once take turns (the second then finds
/// the first one's work). SQLite's write transaction holds the whole database already.
const SEED_LOCK: i64 = 0x636c_7365_6564_0001;

async fn existing<C: ConnectionTrait>(db: &C) -> anyhow::Result<Existing> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({SEED_LOCK})"))
            .await?;
    }
    let demo = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(DEMO_SEEDED))
        .count(db)
        .await?;
    if demo > 0 {
        return Ok(Existing::Demo);
    }
    let organizations = organization::Entity::find().count(db).await?;
    let rounds = round::Entity::find().count(db).await?;
    let applications = application::Entity::find().count(db).await?;
    if organizations + rounds + applications > 0 {
        return Ok(Existing::Records {
            organizations,
            rounds,
            applications,
        });
    }
    Ok(Existing::Nothing)
}

fn refusal(organizations: u64, rounds: u64, applications: u64) -> anyhow::Error {
    anyhow!(
        "this database already holds records ({organizations} organization(s), {rounds} round(s), \
         {applications} application(s)) and not the demo's: `clearway seed` fills an empty \
         database only, and has changed nothing"
    )
}

/// A model refusal, as a command-line error that names every field.
fn explain(error: AppError) -> anyhow::Error {
    match error {
        AppError::Validation(fields) => anyhow!(
            "{}",
            fields
                .into_iter()
                .map(|(field, messages)| format!("{field}: {}", messages.join("; ")))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => anyhow!("{other}"),
    }
}
