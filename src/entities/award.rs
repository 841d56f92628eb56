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
    pub amount_currency: crate::money::Currency,
    pub status: crate::awards::workflow::AwardStatus,
    pub starts_on: Date,
    pub ends_on: Date,
    #[sea_orm(column_type = "Text")]
    pub conditions: String,
    pub signed_on: Option<Date>,
    /// Why it was suspended or terminated.
    #[sea_orm(column_type = "Text", nullable)]
    pub status_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizationId",
        to = "super::organization::Column::Id"
    )]
    Organization,
    #[sea_orm(
        belongs_to = "super::round::Entity",
        from = "Column::RoundId",
        to = "super::round::Column::Id"
    )]
    Round,
    #[sea_orm(
        belongs_to = "super::state::Entity",
        from = "Column::TargetState",
        to = "super::state::Column::Iso3"
    )]
    State,
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organization.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
