//! A country campaign: member organizations working to bring one state into the Convention.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "campaigns")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub state_iso3: String,
    pub name: String,
    pub status: crate::campaigns::model::CampaignStatus,
    #[sea_orm(column_type = "Text")]
    pub objectives: String,
    /// A JSON list of `campaigns::model::Ask` values, read strictly by `campaigns::model::asks_of`.
    pub asks: Json,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
