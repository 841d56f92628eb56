//! Member organizations, users, and what signs them in: sessions, API tokens, one-time tokens
//! (first-run setup, invitations, password resets) and the failed sign-in throttle.

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261128_000001_create_treaty_tables::States;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organizations::Table)
                    .col(big_pk_auto(Organizations::Id))
                    .col(string_len_uniq(Organizations::Name, 200))
                    .col(string_len(Organizations::Acronym, 40).default(""))
                    .col(char_len(Organizations::Country, 3))
                    .col(string_len(Organizations::Kind, 32))
                    .col(string_len(Organizations::MembershipStatus, 16))
                    .col(string_len(Organizations::Website, 300).default(""))
                    .col(string_len(Organizations::ContactEmail, 254).default(""))
                    .col(date_null(Organizations::JoinedOn))
                    .col(timestamp_with_time_zone(Organizations::CreatedAt))
                    .col(timestamp_with_time_zone(Organizations::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_organizations_country")
                            .from(Organizations::Table, Organizations::Country)
                            .to(States::Table, States::Iso3),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_organizations_country",
            Organizations::Table,
            &[Organizations::Country],
        )
        .await?;
        index(
            manager,
            "idx_organizations_status",
            Organizations::Table,
            &[Organizations::MembershipStatus],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(big_pk_auto(Users::Id))
                    .col(string_len(Users::Email, 254))
                    // The email in lower case: unique regardless of how it was typed.
                    .col(string_len_uniq(Users::EmailKey, 254))
                    .col(string_len(Users::Name, 200).default(""))
                    .col(string_len(Users::Role, 16))
                    .col(big_integer_null(Users::OrganizationId))
                    .col(text_null(Users::PasswordHash))
                    .col(boolean(Users::Active).default(true))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Users::LastSignedInAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_users_organization")
                            .from(Users::Table, Users::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    // A member belongs to exactly one organization; nobody else belongs to one.
                    .check(Expr::cust(
                        "(role = 'member' AND organization_id IS NOT NULL) \
                         OR (role <> 'member' AND organization_id IS NULL)",
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_users_organization",
            Users::Table,
            &[Users::OrganizationId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    // SHA-256 of the cookie's value: a copy of the table signs nobody in.
                    .col(char_len(Sessions::IdHash, 64).primary_key())
                    .col(big_integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sessions_user")
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_sessions_user",
            Sessions::Table,
            &[Sessions::UserId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(big_pk_auto(ApiTokens::Id))
                    .col(big_integer(ApiTokens::UserId))
                    .col(string_len(ApiTokens::Name, 100))
                    .col(char_len_uniq(ApiTokens::TokenHash, 64))
                    // The first characters of the token, to tell tokens apart in a list.
                    .col(string_len(ApiTokens::Prefix, 16))
                    .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                    .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_api_tokens_user")
                            .from(ApiTokens::Table, ApiTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_api_tokens_user",
            ApiTokens::Table,
            &[ApiTokens::UserId],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(OneTimeTokens::Table)
                    .col(char_len(OneTimeTokens::TokenHash, 64).primary_key())
                    // setup, invitation or password_reset
                    .col(string_len(OneTimeTokens::Purpose, 16))
                    .col(string_len(OneTimeTokens::Email, 254))
                    .col(string_len_null(OneTimeTokens::Role, 16))
                    .col(big_integer_null(OneTimeTokens::OrganizationId))
                    .col(big_integer_null(OneTimeTokens::UserId))
                    .col(big_integer_null(OneTimeTokens::CreatedBy))
                    .col(timestamp_with_time_zone(OneTimeTokens::CreatedAt))
                    .col(timestamp_with_time_zone(OneTimeTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(OneTimeTokens::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_one_time_tokens_organization")
                            .from(OneTimeTokens::Table, OneTimeTokens::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_one_time_tokens_user")
                            .from(OneTimeTokens::Table, OneTimeTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_one_time_tokens_purpose_email",
            OneTimeTokens::Table,
            &[OneTimeTokens::Purpose, OneTimeTokens::Email],
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginThrottle::Table)
                    // "account:<email>" or "address:<ip>"
                    .col(string_len(LoginThrottle::Key, 300).primary_key())
                    .col(integer(LoginThrottle::Failures))
                    .col(timestamp_with_time_zone(LoginThrottle::WindowStartedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            LoginThrottle::Table.into_iden(),
            OneTimeTokens::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
            Organizations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
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
pub(crate) enum Organizations {
    Table,
    Id,
    Name,
    Acronym,
    Country,
    Kind,
    MembershipStatus,
    Website,
    ContactEmail,
    JoinedOn,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
pub(crate) enum Users {
    Table,
    Id,
    Email,
    EmailKey,
    Name,
    Role,
    OrganizationId,
    PasswordHash,
    Active,
    CreatedAt,
    UpdatedAt,
    LastSignedInAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Sessions {
    Table,
    IdHash,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    Prefix,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum OneTimeTokens {
    Table,
    TokenHash,
    Purpose,
    Email,
    Role,
    OrganizationId,
    UserId,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum LoginThrottle {
    Table,
    Key,
    Failures,
    WindowStartedAt,
}
