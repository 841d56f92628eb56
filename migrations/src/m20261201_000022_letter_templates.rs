//! Award letters: each round may carry its own letter template (Handlebars, written by staff on
//! the round's page), `rounds.letter_template`; NULL means the default letter shipped with the
//! service (`templates/awards/letter_default.hbs`). A letter sent is stored as an attachment of
//! the award (kind `award_letter`): no table of its own.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Rounds {
    Table,
    LetterTemplate,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .add_column(ColumnDef::new(Rounds::LetterTemplate).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Rounds::Table)
                    .drop_column(Rounds::LetterTemplate)
                    .to_owned(),
            )
            .await
    }
}
