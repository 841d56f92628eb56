//! Country campaigns (their leads and activity log), coordination requests from States Parties
//! (with the steps their requesters follow on the status page), the flags that draw staff's
//! attention, the counters that number references, and the link from an application to the
//! campaign it serves.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // No foreign key: SQLite cannot drop a column that has one (the `down` below); the
        // service checks the value when it sets it.
        let db = manager.get_connection();
        db.execute_unprepared("ALTER TABLE applications ADD COLUMN campaign_id BIGINT NULL")
            .await?;
        db.execute_unprepared(
            "CREATE INDEX idx_applications_campaign ON applications (campaign_id)",
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Campaigns::Table)
                    .col(big_pk_auto(Campaigns::Id))
                    .col(char_len(Campaigns::StateIso3, 3))
                    .col(string_len(Campaigns::Name, 200))
                    // planning, active, paused, achieved or closed
                    .col(string_len(Campaigns::Status, 16))
                    .col(text(Campaigns::Objectives).default(""))
                    // ["accession", "moratorium", ...]
                    .col(json(Campaigns::Asks))
                    .col(timestamp_with_time_zone(Campaigns::CreatedAt))
                    .col(timestamp_with_time_zone(Campaigns::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Campaigns::Table, Campaigns::StateIso3)
                            .to(States::Table, States::Iso3),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_campaigns_state_status",
            Campaigns::Table,
            &[Campaigns::StateIso3, Campaigns::Status],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CampaignLeads::Table)
                    .col(big_integer(CampaignLeads::CampaignId))
                    .col(big_integer(CampaignLeads::OrganizationId))
                    .primary_key(
                        Index::create()
                            .col(CampaignLeads::CampaignId)
                            .col(CampaignLeads::OrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignLeads::Table, CampaignLeads::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignLeads::Table, CampaignLeads::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_campaign_leads_organization",
            CampaignLeads::Table,
            &[CampaignLeads::OrganizationId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CampaignActivities::Table)
                    .col(big_pk_auto(CampaignActivities::Id))
                    .col(big_integer(CampaignActivities::CampaignId))
                    .col(date(CampaignActivities::OccurredOn))
                    .col(string_len(CampaignActivities::Kind, 32))
                    .col(text(CampaignActivities::Description))
                    .col(text(CampaignActivities::Outcome).default(""))
                    .col(big_integer_null(CampaignActivities::CreatedBy))
                    .col(timestamp_with_time_zone(CampaignActivities::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignActivities::Table, CampaignActivities::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CampaignActivities::Table, CampaignActivities::CreatedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_campaign_activities_campaign",
            CampaignActivities::Table,
            &[
                CampaignActivities::CampaignId,
                CampaignActivities::OccurredOn,
            ],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Requests::Table)
                    .col(big_pk_auto(Requests::Id))
                    .col(string_len_uniq(Requests::Reference, 24))
                    // The SHA-256 of the status link's token; the token itself is derived from
                    // the service's secret key and this salt, so that a repeated submission
                    // (the same idempotency key) can be answered with the same link.
                    .col(string_len_uniq(Requests::TokenHash, 64))
                    .col(string_len(Requests::TokenSalt, 64))
                    .col(string_len_uniq(Requests::IdempotencyKey, 128))
                    // The SHA-256 of what was submitted: the same key with other content is
                    // refused rather than answered with someone else's request.
                    .col(string_len(Requests::BodyDigest, 64))
                    .col(char_len(Requests::RequestingState, 3))
                    .col(string_len(Requests::Ministry, 300))
                    .col(string_len(Requests::ContactName, 200))
                    .col(string_len(Requests::ContactEmail, 254))
                    .col(char_len(Requests::TargetState, 3))
                    .col(string_len(Requests::Approach, 32))
                    .col(date(Requests::WindowStart))
                    .col(date(Requests::WindowEnd))
                    .col(string_len(Requests::Mode, 16))
                    .col(text(Requests::Message))
                    .col(boolean(Requests::ConsentToShare))
                    .col(string_len(Requests::Status, 32))
                    .col(big_integer_null(Requests::CampaignId))
                    .col(timestamp_with_time_zone(Requests::ReceivedAt))
                    .col(timestamp_with_time_zone_null(Requests::AcknowledgedAt))
                    // Set once, by the escalation job: a request escalates at most once.
                    .col(timestamp_with_time_zone_null(Requests::EscalatedAt))
                    .col(timestamp_with_time_zone(Requests::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Requests::Table, Requests::RequestingState)
                            .to(States::Table, States::Iso3),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Requests::Table, Requests::TargetState)
                            .to(States::Table, States::Iso3),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Requests::Table, Requests::CampaignId)
                            .to(Campaigns::Table, Campaigns::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_coordination_requests_target",
            Requests::Table,
            &[Requests::TargetState, Requests::Status],
        )
        .await?;
        index(
            manager,
            "idx_coordination_requests_status",
            Requests::Table,
            &[Requests::Status, Requests::ReceivedAt],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Steps::Table)
                    .col(big_pk_auto(Steps::Id))
                    .col(big_integer(Steps::RequestId))
                    // The status the request moved to, or none for a message alone.
                    .col(string_len_null(Steps::Status, 32))
                    .col(text_null(Steps::Message))
                    .col(big_integer_null(Steps::ActorId))
                    .col(timestamp_with_time_zone(Steps::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Steps::Table, Steps::RequestId)
                            .to(Requests::Table, Requests::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Steps::Table, Steps::ActorId)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_coordination_steps_request",
            Steps::Table,
            &[Steps::RequestId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Flags::Table)
                    .col(big_pk_auto(Flags::Id))
                    .col(string_len(Flags::Reason, 32))
                    // What the flag is on: `coordination_request` or `campaign`, and its id.
                    .col(string_len(Flags::EntityType, 32))
                    .col(big_integer(Flags::EntityId))
                    // The records it points to: {"organizations": [3], "campaigns": [1], ...}
                    .col(json(Flags::Related))
                    .col(timestamp_with_time_zone(Flags::RaisedAt))
                    .col(big_integer_null(Flags::ResolvedBy))
                    .col(timestamp_with_time_zone_null(Flags::ResolvedAt))
                    .col(text_null(Flags::ResolutionNote))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Flags::Table, Flags::ResolvedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_flags_open",
            Flags::Table,
            &[Flags::ResolvedAt, Flags::Reason, Flags::RaisedAt],
        )
        .await?;
        index(
            manager,
            "idx_flags_entity",
            Flags::Table,
            &[Flags::EntityType, Flags::EntityId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Counters::Table)
                    .col(string_len(Counters::Name, 64).primary_key())
                    .col(integer(Counters::Last))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Counters::Table.into_iden(),
            Flags::Table.into_iden(),
            Steps::Table.into_iden(),
            Requests::Table.into_iden(),
            CampaignActivities::Table.into_iden(),
            CampaignLeads::Table.into_iden(),
            Campaigns::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        let db = manager.get_connection();
        db.execute_unprepared("DROP INDEX idx_applications_campaign")
            .await?;
        db.execute_unprepared("ALTER TABLE applications DROP COLUMN campaign_id")
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
enum Campaigns {
    Table,
    Id,
    StateIso3,
    Name,
    Status,
    Objectives,
    Asks,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CampaignLeads {
    Table,
    CampaignId,
    OrganizationId,
}

#[derive(DeriveIden, Clone, Copy)]
enum CampaignActivities {
    Table,
    Id,
    CampaignId,
    OccurredOn,
    Kind,
    Description,
    Outcome,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Requests {
    #[sea_orm(iden = "coordination_requests")]
    Table,
    Id,
    Reference,
    TokenHash,
    TokenSalt,
    IdempotencyKey,
    BodyDigest,
    RequestingState,
    Ministry,
    ContactName,
    ContactEmail,
    TargetState,
    Approach,
    WindowStart,
    WindowEnd,
    Mode,
    Message,
    ConsentToShare,
    Status,
    CampaignId,
    ReceivedAt,
    AcknowledgedAt,
    EscalatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Steps {
    #[sea_orm(iden = "coordination_steps")]
    Table,
    Id,
    RequestId,
    Status,
    Message,
    ActorId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Flags {
    Table,
    Id,
    Reason,
    EntityType,
    EntityId,
    Related,
    RaisedAt,
    ResolvedBy,
    ResolvedAt,
    ResolutionNote,
}

#[derive(DeriveIden, Clone, Copy)]
enum Counters {
    #[sea_orm(iden = "reference_counters")]
    Table,
    Name,
    Last,
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
