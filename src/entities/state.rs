//! A state of the world, as the treaty record knows it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "states")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false, column_type = "Char(Some(3))")]
    pub iso3: String,
    #[sea_orm(column_type = "Char(Some(2))", unique)]
    pub iso2: String,
    pub name: String,
    /// UN M49 region: Africa, Americas, Asia, Europe, Oceania.
    pub region: String,
    /// Sources and caveats of the record.
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// `high` (exact date confirmed) or `medium` (year confirmed).
    pub confidence: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::treaty_event::Entity")]
    TreatyEvent,
}

impl Related<super::treaty_event::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::TreatyEvent.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
