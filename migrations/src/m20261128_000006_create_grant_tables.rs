//! Grant rounds, applications (with their activities, budget lines and revisions), reviews and
//! awards; and what a reviewer's conflict-of-interest check needs to know of a person (the
//! country they work in, the organization they are affiliated with).

use sea_orm_migration::{prelude::*, schema::*};

use crate::money::money_columns;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Plain SQL that both databases accept. No foreign keys on these two: SQLite cannot drop
        // a column that has one (the `down` below); the service checks both values when set.
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE users ADD COLUMN country CHAR(3) NULL")
            .await?;
        db.execute_unprepared("ALTER TABLE users ADD COLUMN affiliation_id BIGINT NULL")
            .await?;
        // The IANA time zone instants are shown in (and forms' times are read in).
        db.execute_unprepared(
            "ALTER TABLE users ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC'",
        )
        .await?;

        let [budget_minor, budget_currency] = money_columns("budget");
        manager
            .create_table(
                Table::create()
                    .table(Rounds::Table)
                    .col(big_pk_auto(Rounds::Id))
                    .col(string_len_uniq(Rounds::Name, 200))
                    .col(string_len(Rounds::Programme, 200))
                    .col(timestamp_with_time_zone(Rounds::OpensAt))
                    .col(timestamp_with_time_zone(Rounds::ClosesAt))
                    .col(budget_minor)
                    .col(budget_currency)
                    // [{"name": "low", "max_minor": 200000}, ...]
                    .col(json(Rounds::Tiers))
                    // [{"kind": "final_narrative", "due_after_days": 395}, ...]
                    .col(json(Rounds::ReportSchedule))
                    .col(boolean(Rounds::NotPartyOnly).default(false))
                    // The year in its applications' references (IIA-2027-0042): one round a year.
                    .col(integer_uniq(Rounds::ReferenceYear))
                    // The number of the last application submitted; the next submission takes the
                    // next one, under the round's row lock, so that numbers have no gaps.
                    .col(integer(Rounds::LastNumber).default(0))
                    .col(timestamp_with_time_zone(Rounds::CreatedAt))
                    .col(timestamp_with_time_zone(Rounds::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        let [requested_minor, requested_currency] = money_columns("requested");
        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .col(big_pk_auto(Applications::Id))
                    .col(big_integer(Applications::RoundId))
                    .col(big_integer(Applications::OrganizationId))
                    .col(char_len_null(Applications::TargetState, 3))
                    .col(integer_null(Applications::Number))
                    .col(string_len_null(Applications::Reference, 24).unique_key())
                    .col(string_len(Applications::Title, 300).default(""))
                    .col(text(Applications::Summary).default(""))
                    .col(text(Applications::Objectives).default(""))
                    .col(string_len(Applications::Tier, 64).default(""))
                    .col(text(Applications::LowerTierPlan).default(""))
                    // The sum of the budget lines, kept with them in one transaction.
                    .col(requested_minor)
                    .col(requested_currency)
                    .col(string_len(Applications::Status, 24))
                    .col(big_integer_null(Applications::CreatedBy))
                    .col(timestamp_with_time_zone_null(Applications::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Applications::DecidedAt))
                    // The last message to the organization: changes requested, or why rejected.
                    .col(text_null(Applications::StaffMessage))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(timestamp_with_time_zone(Applications::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::RoundId)
                            .to(Rounds::Table, Rounds::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::TargetState)
                            .to(States::Table, States::Iso3),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(Applications::RoundId)
                            .col(Applications::Number),
                    )
                    .to_owned(),
            )
            .await?;
        // The round's budget figures sum from this index alone.
        index(
            manager,
            "idx_applications_round_status",
            Applications::Table,
            &[
                Applications::RoundId,
                Applications::Status,
                Applications::RequestedMinor,
            ],
        )
        .await?;
        // The staff list: each filter, and each sort within the commonest filter (a status).
        let list_indexes: [(&str, &[Applications]); 8] = [
            (
                "idx_applications_organization",
                &[Applications::OrganizationId],
            ),
            ("idx_applications_target", &[Applications::TargetState]),
            (
                "idx_applications_status_updated",
                &[Applications::Status, Applications::UpdatedAt],
            ),
            (
                "idx_applications_status_submitted",
                &[Applications::Status, Applications::SubmittedAt],
            ),
            ("idx_applications_updated", &[Applications::UpdatedAt]),
            ("idx_applications_submitted", &[Applications::SubmittedAt]),
            (
                "idx_applications_round_requested",
                &[Applications::RoundId, Applications::RequestedMinor],
            ),
            (
                "idx_applications_requested",
                &[Applications::RequestedMinor],
            ),
        ];
        for (name, columns) in list_indexes {
            index(manager, name, Applications::Table, columns).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Activities::Table)
                    .col(big_pk_auto(Activities::Id))
                    .col(big_integer(Activities::ApplicationId))
                    .col(integer(Activities::Position))
                    .col(string_len(Activities::Kind, 32))
                    .col(text(Activities::Description))
                    .col(date_null(Activities::StartsOn))
                    .col(date_null(Activities::EndsOn))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Activities::Table, Activities::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_activities_application",
            Activities::Table,
            &[Activities::ApplicationId, Activities::Position],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(BudgetLines::Table)
                    .col(big_pk_auto(BudgetLines::Id))
                    .col(big_integer(BudgetLines::ApplicationId))
                    .col(integer(BudgetLines::Position))
                    .col(string_len(BudgetLines::Category, 32))
                    .col(string_len(BudgetLines::Description, 500))
                    // In the application's currency.
                    .col(big_integer(BudgetLines::AmountMinor))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetLines::Table, BudgetLines::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_budget_lines_application",
            BudgetLines::Table,
            &[BudgetLines::ApplicationId, BudgetLines::Position],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Revisions::Table)
                    .col(big_pk_auto(Revisions::Id))
                    .col(big_integer(Revisions::ApplicationId))
                    .col(integer(Revisions::Number))
                    .col(json(Revisions::Snapshot))
                    .col(big_integer_null(Revisions::CreatedBy))
                    .col(timestamp_with_time_zone(Revisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Revisions::Table, Revisions::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Revisions::Table, Revisions::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(Revisions::ApplicationId)
                            .col(Revisions::Number),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(big_pk_auto(Reviews::Id))
                    .col(big_integer(Reviews::ApplicationId))
                    .col(big_integer(Reviews::ReviewerId))
                    .col(big_integer_null(Reviews::AssignedBy))
                    .col(timestamp_with_time_zone(Reviews::AssignedAt))
                    // When the reviewer declared no conflict of interest.
                    .col(timestamp_with_time_zone_null(Reviews::DeclaredAt))
                    .col(small_integer_null(Reviews::Relevance))
                    .col(small_integer_null(Reviews::Feasibility))
                    .col(small_integer_null(Reviews::ValueForMoney))
                    .col(small_integer_null(Reviews::Capacity))
                    .col(string_len_null(Reviews::Recommendation, 24))
                    .col(text_null(Reviews::Comment))
                    .col(timestamp_with_time_zone_null(Reviews::SubmittedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reviews::Table, Reviews::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reviews::Table, Reviews::ReviewerId)
                            .to(Users::Table, Users::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Reviews::Table, Reviews::AssignedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .index(
                        Index::create()
                            .unique()
                            .col(Reviews::ApplicationId)
                            .col(Reviews::ReviewerId),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_reviews_reviewer",
            Reviews::Table,
            &[Reviews::ReviewerId],
        )
        .await?;

        let [amount_minor, amount_currency] = money_columns("amount");
        manager
            .create_table(
                Table::create()
                    .table(Awards::Table)
                    .col(big_pk_auto(Awards::Id))
                    .col(big_integer_uniq(Awards::ApplicationId))
                    .col(big_integer(Awards::RoundId))
                    .col(big_integer(Awards::OrganizationId))
                    .col(char_len(Awards::TargetState, 3))
                    .col(string_len_uniq(Awards::Reference, 24))
                    .col(amount_minor)
                    .col(amount_currency)
                    // active, suspended, completed or terminated
                    .col(string_len(Awards::Status, 16))
                    .col(date(Awards::StartsOn))
                    .col(date(Awards::EndsOn))
                    .col(text(Awards::Conditions).default(""))
                    .col(date_null(Awards::SignedOn))
                    .col(timestamp_with_time_zone(Awards::CreatedAt))
                    .col(timestamp_with_time_zone(Awards::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::ApplicationId)
                            .to(Applications::Table, Applications::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::RoundId)
                            .to(Rounds::Table, Rounds::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Awards::Table, Awards::TargetState)
                            .to(States::Table, States::Iso3),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_awards_round_status",
            Awards::Table,
            &[Awards::RoundId, Awards::Status, Awards::AmountMinor],
        )
        .await?;
        index(
            manager,
            "idx_awards_organization",
            Awards::Table,
            &[Awards::OrganizationId],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Awards::Table.into_iden(),
            Reviews::Table.into_iden(),
            Revisions::Table.into_iden(),
            BudgetLines::Table.into_iden(),
            Activities::Table.into_iden(),
            Applications::Table.into_iden(),
            Rounds::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE users DROP COLUMN time_zone")
            .await?;
        db.execute_unprepared("ALTER TABLE users DROP COLUMN affiliation_id")
            .await?;
        db.execute_unprepared("ALTER TABLE users DROP COLUMN country")
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
enum Rounds {
    Table,
    Id,
    Name,
    Programme,
    OpensAt,
    ClosesAt,
    Tiers,
    ReportSchedule,
    NotPartyOnly,
    ReferenceYear,
    LastNumber,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Applications {
    Table,
    Id,
    RoundId,
    OrganizationId,
    TargetState,
    Number,
    Reference,
    Title,
    Summary,
    Objectives,
    Tier,
    LowerTierPlan,
    RequestedMinor,
    Status,
    CreatedBy,
    SubmittedAt,
    DecidedAt,
    StaffMessage,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Activities {
    #[sea_orm(iden = "application_activities")]
    Table,
    Id,
    ApplicationId,
    Position,
    Kind,
    Description,
    StartsOn,
    EndsOn,
}

#[derive(DeriveIden, Clone, Copy)]
enum BudgetLines {
    Table,
    Id,
    ApplicationId,
    Position,
    Category,
    Description,
    AmountMinor,
}

#[derive(DeriveIden, Clone, Copy)]
enum Revisions {
    #[sea_orm(iden = "application_revisions")]
    Table,
    Id,
    ApplicationId,
    Number,
    Snapshot,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reviews {
    Table,
    Id,
    ApplicationId,
    ReviewerId,
    AssignedBy,
    AssignedAt,
    DeclaredAt,
    Relevance,
    Feasibility,
    ValueForMoney,
    Capacity,
    Recommendation,
    Comment,
    SubmittedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Awards {
    Table,
    Id,
    ApplicationId,
    RoundId,
    OrganizationId,
    TargetState,
    Reference,
    AmountMinor,
    Status,
    StartsOn,
    EndsOn,
    Conditions,
    SignedOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organizations {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum States {
    Table,
    Iso3,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
}
