//! A grant round: a call for applications with its dates, budget, tiers and report schedule.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rounds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub name: String,
    pub programme: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub budget_minor: i64,
    /// The round's currency: every amount of its applications and awards is in it.
    #[sea_orm(column_type = "Char(Some(3))")]
    pub budget_currency: crate::money::Currency,
    /// See `rounds::Tier`.
    pub tiers: Json,
    /// See `rounds::ReportDue`.
    pub report_schedule: Json,
    pub not_party_only: bool,
    #[sea_orm(unique)]
    pub reference_year: i32,
    pub last_number: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
