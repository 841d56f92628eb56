//! Installments carry a condition the service checks before finance may approve them
//! (`none`, `on_signature`, `on_date`, `after_report` with the report, `after_final_reports`),
//! beside the words staff wrote, and a written override of an unmet condition that a second
//! person confirms.
//!
//! Existing installments keep their words; the two the service proposed itself ("on signature
//! of the agreement", "after the final report is accepted") get their checked condition, every
//! other one `none` (their words still show, nothing is checked that was not before).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Disbursements {
    Table,
    ConditionKind,
    ConditionReportId,
    OverrideReason,
    OverrideBy,
    OverrideAt,
    OverrideConfirmedBy,
    OverrideConfirmedAt,
}

fn columns() -> Vec<ColumnDef> {
    vec![
        ColumnDef::new(Disbursements::ConditionKind)
            .string()
            .not_null()
            .default("none")
            .to_owned(),
        ColumnDef::new(Disbursements::ConditionReportId)
            .big_integer()
            .null()
            .to_owned(),
        ColumnDef::new(Disbursements::OverrideReason)
            .text()
            .null()
            .to_owned(),
        ColumnDef::new(Disbursements::OverrideBy)
            .big_integer()
            .null()
            .to_owned(),
        ColumnDef::new(Disbursements::OverrideAt)
            .timestamp_with_time_zone()
            .null()
            .to_owned(),
        ColumnDef::new(Disbursements::OverrideConfirmedBy)
            .big_integer()
            .null()
            .to_owned(),
        ColumnDef::new(Disbursements::OverrideConfirmedAt)
            .timestamp_with_time_zone()
            .null()
            .to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for mut column in columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table(Disbursements::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE disbursements SET condition_kind = 'on_signature' \
             WHERE condition = 'on signature of the agreement'",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE disbursements SET condition_kind = 'after_final_reports' \
             WHERE condition = 'after the final report is accepted'",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            Disbursements::OverrideConfirmedAt,
            Disbursements::OverrideConfirmedBy,
            Disbursements::OverrideAt,
            Disbursements::OverrideBy,
            Disbursements::OverrideReason,
            Disbursements::ConditionReportId,
            Disbursements::ConditionKind,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Disbursements::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
