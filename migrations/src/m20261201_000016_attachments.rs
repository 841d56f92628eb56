//! Attachments: the documents of an application, a report, an award, a campaign or an
//! organization. The bytes live in the file store (a local directory or S3-compatible object
//! storage) under `storage_key`, a random name; the row says what they are. A removed
//! attachment keeps its row (the audit log points at it) with `removed_at` set.
//!
//! A round lists the documents an application must carry before it is submitted
//! (`rounds.required_documents`, a JSON list of kinds; none for the rounds before).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachments {
    Table,
    Id,
    RecordType,
    RecordId,
    Kind,
    Title,
    FileName,
    UploadedBy,
    CreatedAt,
    SizeBytes,
    MediaType,
    Sha256,
    StorageKey,
    RemovedAt,
    RemovedBy,
}

#[derive(DeriveIden)]
enum Rounds {
    Table,
    RequiredDocuments,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Attachments::Table)
                    .col(big_pk_auto(Attachments::Id))
                    // application, report, award, campaign or organization
                    .col(string_len(Attachments::RecordType, 32))
                    .col(big_integer(Attachments::RecordId))
                    // What the document is (registration_certificate, budget, receipt, ...).
                    .col(string_len(Attachments::Kind, 64))
                    .col(string_len(Attachments::Title, 300))
                    // The uploaded name, cleaned, for display and downloads only.
                    .col(string_len(Attachments::FileName, 255))
                    .col(big_integer(Attachments::UploadedBy))
                    .col(timestamp_with_time_zone(Attachments::CreatedAt))
                    .col(big_integer(Attachments::SizeBytes))
                    // Sniffed from the bytes, never taken from the client.
                    .col(string_len(Attachments::MediaType, 128))
                    .col(char_len(Attachments::Sha256, 64))
                    .col(string_len_uniq(Attachments::StorageKey, 128))
                    .col(timestamp_with_time_zone_null(Attachments::RemovedAt))
                    .col(big_integer_null(Attachments::RemovedBy))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attachments_uploaded_by")
                            .from(Attachments::Table, Attachments::UploadedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_attachments_record")
                    .table(Attachments::Table)
                    .col(Attachments::RecordType)
                    .col(Attachments::RecordId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(
                        ColumnDef::new(Rounds::RequiredDocuments)
                            .json()
                            .not_null()
                            .default("[]"),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::RequiredDocuments)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Attachments::Table).to_owned())
            .await
    }
}
