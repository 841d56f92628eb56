//! Coordination requests are shared with member organizations only when staff choose to (and
//! only with the requester's consent): when, and by whom.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoordinationRequests {
    Table,
    SharedAt,
    SharedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(CoordinationRequests::Table)
                    .add_column(
                        ColumnDef::new(CoordinationRequests::SharedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(CoordinationRequests::Table)
                    .add_column(
                        ColumnDef::new(CoordinationRequests::SharedBy)
                            .big_integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            CoordinationRequests::SharedBy,
            CoordinationRequests::SharedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(CoordinationRequests::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
