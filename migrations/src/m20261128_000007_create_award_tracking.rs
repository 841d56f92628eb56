//! Tracking an award after the decision: its payment schedule (disbursements), the reports it
//! owes with the spending they declare, its amendments, and the reminders sent about reports.

use sea_orm_migration::{prelude::*, schema::*};

/// The tables the budget roll-ups read: a change to any of them raises `budget_version`, and
/// every instance recomputes its copy of the roll-ups (see `awards::cache`).
const BUDGET_TABLES: [&str; 7] = [
    "rounds",
    "organizations",
    "applications",
    "awards",
    "disbursements",
    "reports",
    "report_spending",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Why an award was suspended or terminated. Plain SQL both databases accept.
        manager
            .get_connection()
            .execute_unprepared("ALTER TABLE awards ADD COLUMN status_reason TEXT NULL")
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Disbursements::Table)
                    .col(big_pk_auto(Disbursements::Id))
                    .col(big_integer(Disbursements::AwardId))
                    .col(integer(Disbursements::Sequence))
                    // In the award's currency.
                    .col(big_integer(Disbursements::AmountMinor))
                    .col(date_null(Disbursements::DueOn))
                    // What it waits for, in words: "on signature", "after the final report".
                    .col(string_len(Disbursements::Condition, 200).default(""))
                    // scheduled, approved, paid or cancelled
                    .col(string_len(Disbursements::Status, 16))
                    .col(timestamp_with_time_zone_null(Disbursements::ApprovedAt))
                    .col(big_integer_null(Disbursements::ApprovedBy))
                    .col(date_null(Disbursements::PaidOn))
                    .col(string_len_null(Disbursements::PaymentReference, 100))
                    .col(timestamp_with_time_zone_null(Disbursements::CancelledAt))
                    .col(text_null(Disbursements::CancelReason))
                    .col(timestamp_with_time_zone(Disbursements::CreatedAt))
                    .col(timestamp_with_time_zone(Disbursements::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Disbursements::Table, Disbursements::AwardId)
                            .to(Awards::Table, Awards::Id),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(Disbursements::AwardId)
                            .col(Disbursements::Sequence),
                    )
                    .to_owned(),
            )
            .await?;
        // Finance's list of installments due and approved; the sums of what is paid.
        index(
            manager,
            "idx_disbursements_status_due",
            Disbursements::Table,
            &[Disbursements::Status, Disbursements::DueOn],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Reports::Table)
                    .col(big_pk_auto(Reports::Id))
                    .col(big_integer(Reports::AwardId))
                    .col(string_len(Reports::Kind, 32))
                    .col(date(Reports::DueOn))
                    // due, submitted, revision_requested or accepted (overdue is due and past)
                    .col(string_len(Reports::Status, 24))
                    .col(text(Reports::Narrative).default(""))
                    .col(json_null(Reports::Outcomes))
                    .col(timestamp_with_time_zone_null(Reports::SubmittedAt))
                    .col(big_integer_null(Reports::SubmittedBy))
                    .col(timestamp_with_time_zone_null(Reports::AcceptedAt))
                    .col(text_null(Reports::StaffMessage))
                    .col(timestamp_with_time_zone(Reports::CreatedAt))
                    .col(timestamp_with_time_zone(Reports::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reports::Table, Reports::AwardId)
                            .to(Awards::Table, Awards::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_reports_award",
            Reports::Table,
            &[Reports::AwardId],
        )
        .await?;
        index(
            manager,
            "idx_reports_status_due",
            Reports::Table,
            &[Reports::Status, Reports::DueOn],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Spending::Table)
                    .col(big_pk_auto(Spending::Id))
                    .col(big_integer(Spending::ReportId))
                    .col(string_len(Spending::Category, 32))
                    .col(big_integer(Spending::AmountMinor))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Spending::Table, Spending::ReportId)
                            .to(Reports::Table, Reports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_report_spending_report",
            Spending::Table,
            &[Spending::ReportId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Amendments::Table)
                    .col(big_pk_auto(Amendments::Id))
                    .col(big_integer(Amendments::AwardId))
                    // extension, budget_revision or amount_change
                    .col(string_len(Amendments::Kind, 24))
                    .col(text(Amendments::Reason))
                    .col(json(Amendments::Before))
                    .col(json(Amendments::After))
                    .col(big_integer_null(Amendments::CreatedBy))
                    .col(timestamp_with_time_zone(Amendments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Amendments::Table, Amendments::AwardId)
                            .to(Awards::Table, Awards::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_amendments_award",
            Amendments::Table,
            &[Amendments::AwardId],
        )
        .await?;

        // One row per reminder sent: the key (report, which reminder) is what makes a second
        // copy impossible, whichever instance runs the job.
        manager
            .create_table(
                Table::create()
                    .table(Reminders::Table)
                    .col(big_integer(Reminders::ReportId))
                    // before_14, due_day, overdue_1, overdue_2, ...
                    .col(string_len(Reminders::Reminder, 24))
                    .col(timestamp_with_time_zone(Reminders::SentAt))
                    .primary_key(
                        Index::create()
                            .col(Reminders::ReportId)
                            .col(Reminders::Reminder),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reminders::Table, Reminders::ReportId)
                            .to(Reports::Table, Reports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        let db = manager.get_connection();
        db.execute_unprepared("CREATE TABLE budget_version (version BIGINT NOT NULL)")
            .await?;
        db.execute_unprepared("INSERT INTO budget_version (version) VALUES (0)")
            .await?;
        let bump = "UPDATE budget_version SET version = version + 1";
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            db.execute_unprepared(&format!(
                "CREATE FUNCTION bump_budget_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
                 BEGIN {bump}; RETURN NULL; END $$"
            ))
            .await?;
            for table in BUDGET_TABLES {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER trg_{table}_budget AFTER INSERT OR UPDATE OR DELETE ON {table} \
                     FOR EACH STATEMENT EXECUTE FUNCTION bump_budget_version()"
                ))
                .await?;
            }
        } else {
            for table in BUDGET_TABLES {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER trg_{table}_budget_{} AFTER {event} ON {table} \
                         BEGIN {bump}; END",
                        event.to_lowercase()
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            for table in BUDGET_TABLES {
                db.execute_unprepared(&format!("DROP TRIGGER trg_{table}_budget ON {table}"))
                    .await?;
            }
            db.execute_unprepared("DROP FUNCTION bump_budget_version()")
                .await?;
        } else {
            for table in BUDGET_TABLES {
                for event in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!("DROP TRIGGER trg_{table}_budget_{event}"))
                        .await?;
                }
            }
        }
        db.execute_unprepared("DROP TABLE budget_version").await?;
        for table in [
            Reminders::Table.into_iden(),
            Amendments::Table.into_iden(),
            Spending::Table.into_iden(),
            Reports::Table.into_iden(),
            Disbursements::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared("ALTER TABLE awards DROP COLUMN status_reason")
            .await?;
        Ok(())
    }
}

async fn index<T: IntoIden + Copy + 'static>(
    manager: &SchemaManager<'_>,
    name: &str,
    table: T,
    columns: &[T],
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(*column);
    }
    manager.create_index(statement.to_owned()).await
}

#[derive(DeriveIden, Clone, Copy)]
enum Disbursements {
    Table,
    Id,
    AwardId,
    Sequence,
    AmountMinor,
    DueOn,
    Condition,
    Status,
    ApprovedAt,
    ApprovedBy,
    PaidOn,
    PaymentReference,
    CancelledAt,
    CancelReason,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reports {
    Table,
    Id,
    AwardId,
    Kind,
    DueOn,
    Status,
    Narrative,
    Outcomes,
    SubmittedAt,
    SubmittedBy,
    AcceptedAt,
    StaffMessage,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Spending {
    #[sea_orm(iden = "report_spending")]
    Table,
    Id,
    ReportId,
    Category,
    AmountMinor,
}

#[derive(DeriveIden, Clone, Copy)]
enum Amendments {
    #[sea_orm(iden = "award_amendments")]
    Table,
    Id,
    AwardId,
    Kind,
    Reason,
    Before,
    After,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reminders {
    #[sea_orm(iden = "report_reminders")]
    Table,
    ReportId,
    Reminder,
    SentAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Awards {
    Table,
    Id,
}
