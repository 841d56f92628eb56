//! A dated exchange rate finance recorded: one `from_currency` is worth `rate` `to_currency`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_rates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub rate_on: Date,
    pub from_currency: crate::money::Currency,
    pub to_currency: crate::money::Currency,
    /// Stored as the decimal string given: exact on both databases.
    pub rate: crate::exchange::Rate,
    /// Where the rate comes from: "ECB reference rate", "UBS transfer advice 4411".
    pub source: String,
    pub recorded_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
