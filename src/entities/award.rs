//! A grant awarded: created when staff approve an application.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "awards")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub application_id: i64,
    pub round_id: i64,
    pub organization_id: i64,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub target_state: String,
    #[sea_orm(unique)]
    pub reference: String,
    pub amount_minor: i64,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub amount_currency: String,
    pub status: String,
    pub starts_on: Date,
    pub ends_on: Date,
    #[sea_orm(column_type = "Text")]
    pub conditions: String,
    pub signed_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
