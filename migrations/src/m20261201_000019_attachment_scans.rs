//! Virus scanning of attachments (see `clearway::attachments::scan`).
//!
//! - `attachments.scan_status`: `not_scanned` (no scanner configured when it was stored; every
//!   file stored before this step), `pending` (the scanner did not answer: the file waits, and
//!   cannot be downloaded, until it does), `clean`, or `infected` (its bytes were deleted).
//! - `attachments.scan_signature`: the name of what the scanner found, for an infected file.
//! - `attachments.scanned_at`: when the scanner answered.
//!
//! The scanning job looks for pending files by `scan_status`, hence the index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{string_null, timestamp_with_time_zone_null};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachments {
    Table,
    ScanStatus,
    ScanSignature,
    ScannedAt,
}

const INDEX: &str = "idx_attachments_scan_status";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Attachments::Table)
                    .add_column(
                        ColumnDef::new(Attachments::ScanStatus)
                            .string()
                            .not_null()
                            .default("not_scanned"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Attachments::Table)
                    .add_column(string_null(Attachments::ScanSignature))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Attachments::Table)
                    .add_column(timestamp_with_time_zone_null(Attachments::ScannedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(Attachments::Table)
                    .col(Attachments::ScanStatus)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(INDEX)
                    .table(Attachments::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Attachments::ScannedAt,
            Attachments::ScanSignature,
            Attachments::ScanStatus,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Attachments::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
