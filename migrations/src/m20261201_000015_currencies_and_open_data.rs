//! Money across currencies, and grants published as open data.
//!
//! - `exchange_rates`: dated rates finance records, with their source. A rate says what one unit
//!   of `from_currency` is worth in `to_currency` on `rate_on`; it is stored as the decimal
//!   string finance gave (`0.8912`), exact on both databases. One rate per pair and day.
//! - `disbursements`: an installment paid in another currency than the award's records the
//!   amount paid (`paid_amount_minor`, in the minor units of `paid_currency`), the rate used and
//!   its date; `amount_minor` then holds what the payment is worth in the award's currency and
//!   `scheduled_minor` what was scheduled before it.
//! - `organizations.publish_grants`: whether the organization's grants may be named in the
//!   360Giving export (yes, unless staff switch it off).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer_null, big_pk_auto, boolean, char_len, date, date_null, string_len, string_len_null,
    timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ExchangeRates {
    Table,
    Id,
    RateOn,
    FromCurrency,
    ToCurrency,
    Rate,
    Source,
    RecordedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Disbursements {
    Table,
    PaidCurrency,
    PaidAmountMinor,
    PaidRate,
    PaidRateOn,
    ScheduledMinor,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    PublishGrants,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

const PAIR_INDEX: &str = "idx_exchange_rates_pair_day";

fn disbursement_columns() -> Vec<ColumnDef> {
    vec![
        string_len_null(Disbursements::PaidCurrency, 3),
        big_integer_null(Disbursements::PaidAmountMinor),
        string_len_null(Disbursements::PaidRate, 40),
        date_null(Disbursements::PaidRateOn),
        big_integer_null(Disbursements::ScheduledMinor),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ExchangeRates::Table)
                    .col(big_pk_auto(ExchangeRates::Id))
                    .col(date(ExchangeRates::RateOn))
                    .col(char_len(ExchangeRates::FromCurrency, 3))
                    .col(char_len(ExchangeRates::ToCurrency, 3))
                    .col(string_len(ExchangeRates::Rate, 40))
                    .col(string_len(ExchangeRates::Source, 200))
                    .col(big_integer_null(ExchangeRates::RecordedBy))
                    .col(timestamp_with_time_zone(ExchangeRates::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangeRates::Table, ExchangeRates::RecordedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The rate of a pair on or before a day is one index seek.
        manager
            .create_index(
                Index::create()
                    .name(PAIR_INDEX)
                    .table(ExchangeRates::Table)
                    .col(ExchangeRates::FromCurrency)
                    .col(ExchangeRates::ToCurrency)
                    .col(ExchangeRates::RateOn)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // One column per statement: SQLite alters a table one column at a time.
        for mut column in disbursement_columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table(Disbursements::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Organizations::Table)
                    .add_column(boolean(Organizations::PublishGrants).default(true))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organizations::Table)
                    .drop_column(Organizations::PublishGrants)
                    .to_owned(),
            )
            .await?;
        for column in [
            Disbursements::ScheduledMinor,
            Disbursements::PaidRateOn,
            Disbursements::PaidRate,
            Disbursements::PaidAmountMinor,
            Disbursements::PaidCurrency,
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
        manager
            .drop_table(Table::drop().table(ExchangeRates::Table).to_owned())
            .await
    }
}
