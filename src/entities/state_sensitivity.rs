//! A state staff marked sensitive or high-risk (a state without one is normal).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "state_sensitivities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false, column_type = "Char(Some(3))")]
    pub iso3: String,
    pub level: crate::sensitivity::Level,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub review_on: Date,
    pub set_by: Option<i64>,
    pub set_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
