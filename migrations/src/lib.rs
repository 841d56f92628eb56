//! Clearway's schema, one file per step, and the reference data the schema ships with.
//!
//! Migrations are append-only: a migration that has shipped is never edited; a change is a new
//! file. `tests/it/migrations.rs` holds the checksum of every shipped file and fails when one
//! changes. Every migration has a `down` so that `clearway migrate down` can step back during
//! development. The same migrations run on SQLite and PostgreSQL.

// `MigrationTrait` (through async-trait) takes `&SchemaManager` with its lifetime elided; naming
// it `<'_>` in an implementation does not match the trait.
#![allow(elided_lifetimes_in_paths)]

pub use sea_orm_migration::MigrationStatus;
pub use sea_orm_migration::prelude::*;

pub mod money;
pub mod treaty_data;

mod m20261128_000001_create_treaty_tables;
mod m20261128_000002_load_treaty_record;
mod m20261128_000003_create_identity_tables;
mod m20261128_000004_create_audit_events;
mod m20261128_000005_create_outbox_and_job_runs;
mod m20261128_000006_create_grant_tables;
mod m20261128_000007_create_award_tracking;
mod m20261128_000008_create_campaigns_and_coordination;
mod m20261130_000009_repair_edited_migrations;
mod m20261130_000010_two_factor;
mod m20261130_000011_coordination_sharing;
mod m20261201_000012_installment_conditions;
mod m20261201_000013_round_codes;
mod m20261201_000014_final_reports_after_the_end;
mod m20261201_000015_currencies_and_open_data;
mod m20261201_000016_attachments;
mod m20261201_000017_sensitive_countries;
mod m20261201_000018_retention;
mod m20261201_000019_attachment_scans;
mod m20261201_000020_threads;
mod m20261201_000021_blind_review;
mod m20261201_000022_letter_templates;
mod m20261201_000023_deadlines;
mod m20261201_000024_languages;

/// Applies Clearway's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_create_treaty_tables::Migration),
            Box::new(m20261128_000002_load_treaty_record::Migration),
            Box::new(m20261128_000003_create_identity_tables::Migration),
            Box::new(m20261128_000004_create_audit_events::Migration),
            Box::new(m20261128_000005_create_outbox_and_job_runs::Migration),
            Box::new(m20261128_000006_create_grant_tables::Migration),
            Box::new(m20261128_000007_create_award_tracking::Migration),
            Box::new(m20261128_000008_create_campaigns_and_coordination::Migration),
            Box::new(m20261130_000009_repair_edited_migrations::Migration),
            Box::new(m20261130_000010_two_factor::Migration),
            Box::new(m20261130_000011_coordination_sharing::Migration),
            Box::new(m20261201_000012_installment_conditions::Migration),
            Box::new(m20261201_000013_round_codes::Migration),
            Box::new(m20261201_000014_final_reports_after_the_end::Migration),
            Box::new(m20261201_000015_currencies_and_open_data::Migration),
            Box::new(m20261201_000016_attachments::Migration),
            Box::new(m20261201_000017_sensitive_countries::Migration),
            Box::new(m20261201_000018_retention::Migration),
            Box::new(m20261201_000019_attachment_scans::Migration),
            Box::new(m20261201_000020_threads::Migration),
            Box::new(m20261201_000021_blind_review::Migration),
            Box::new(m20261201_000022_letter_templates::Migration),
            Box::new(m20261201_000023_deadlines::Migration),
            Box::new(m20261201_000024_languages::Migration),
        ]
    }
}
