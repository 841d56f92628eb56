//! Two-factor sign-in (TOTP, RFC 6238): a person's second factor and its recovery codes, and
//! how far each session has got in signing in.
//!
//! `sessions.stage` is `password` (only the password was proved) or `second_factor` (the
//! password and the second factor). Sessions that exist when this runs become `password`: the
//! restrictive value, so that a session started before the second factor existed proves no more
//! than the password it was started with (people with no second factor, whose role does not
//! require one, notice nothing).

use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261128_000003_create_identity_tables::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SecondFactors::Table)
                    // One second factor per person.
                    .col(big_integer(SecondFactors::UserId).primary_key())
                    // The TOTP secret, base32 (RFC 4648, no padding): 20 random bytes.
                    .col(string_len(SecondFactors::Secret, 64))
                    // None while the person has not yet typed a first code from it.
                    .col(timestamp_with_time_zone_null(SecondFactors::ConfirmedAt))
                    // Until then, the session (its id's SHA-256) that is setting it up: a secret
                    // being set up is shown to that browser only, and confirmed from it only.
                    .col(char_len_null(SecondFactors::EnrollingSession, 64))
                    // The 30-second step of the last code accepted: a code of that step or an
                    // earlier one is refused (RFC 6238, section 5.2).
                    .col(big_integer_null(SecondFactors::LastUsedStep))
                    .col(timestamp_with_time_zone(SecondFactors::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_second_factors_user")
                            .from(SecondFactors::Table, SecondFactors::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecoveryCodes::Table)
                    .col(big_pk_auto(RecoveryCodes::Id))
                    .col(big_integer(RecoveryCodes::UserId))
                    // SHA-256 of the code: the codes themselves are shown once and never stored.
                    .col(char_len_uniq(RecoveryCodes::CodeHash, 64))
                    .col(timestamp_with_time_zone(RecoveryCodes::CreatedAt))
                    .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recovery_codes_user")
                            .from(RecoveryCodes::Table, RecoveryCodes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_codes_user")
                    .table(RecoveryCodes::Table)
                    .col(RecoveryCodes::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .get_connection()
            .execute_unprepared(
                "ALTER TABLE sessions ADD COLUMN stage VARCHAR(16) NOT NULL DEFAULT 'password'",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("ALTER TABLE sessions DROP COLUMN stage")
            .await?;
        for table in [
            RecoveryCodes::Table.into_iden(),
            SecondFactors::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone, Copy)]
enum SecondFactors {
    Table,
    UserId,
    Secret,
    ConfirmedAt,
    EnrollingSession,
    LastUsedStep,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    CreatedAt,
    UsedAt,
}
