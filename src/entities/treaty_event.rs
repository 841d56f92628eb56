//! One dated step of a state's relation to the Convention.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "treaty_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub state_iso3: String,
    pub kind: crate::treaty::status::EventKind,
    pub occurred_on: Date,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// `reference_data` (the shipped record) or `staff`.
    pub source: String,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::state::Entity",
        from = "Column::StateIso3",
        to = "super::state::Column::Iso3"
    )]
    State,
}

impl Related<super::state::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::State.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
