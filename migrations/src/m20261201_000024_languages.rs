//! Languages (see `clearway::i18n`): English (`en`), French (`fr`) or Spanish (`es`).
//!
//! - `organizations.language`: the language an organization works in, the default of its
//!   members' accounts.
//! - `users.language`: the language of a person's pages (unless their browser chose another)
//!   and of their e-mails.
//! - `coordination_requests.language`: the language the public form was filled in, which the
//!   requester's e-mails are written in.
//!
//! Every existing row is English, the only language there was.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_len;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organizations {
    Table,
}

#[derive(DeriveIden)]
enum Users {
    Table,
}

#[derive(DeriveIden)]
enum CoordinationRequests {
    Table,
}

/// The column each of the three tables gets.
#[derive(DeriveIden)]
struct Language;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Organizations::Table.into_iden(),
            Users::Table.into_iden(),
            CoordinationRequests::Table.into_iden(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(string_len(Language, 2).default("en"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Organizations::Table.into_iden(),
            Users::Table.into_iden(),
            CoordinationRequests::Table.into_iden(),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(Language).to_owned())
                .await?;
        }
        Ok(())
    }
}
