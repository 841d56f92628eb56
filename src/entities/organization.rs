//! A member organization of the network (a national campaign, an NGO, a survivor network).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organizations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub name: String,
    pub acronym: String,
    /// ISO 3166 alpha-3 code of the state it works in.
    #[sea_orm(column_type = "Char(Some(3))")]
    pub country: String,
    pub kind: crate::members::model::Kind,
    pub membership_status: crate::members::model::MembershipStatus,
    pub website: String,
    pub contact_email: String,
    pub joined_on: Option<Date>,
    /// Whether its grants may be named in the 360Giving export.
    pub publish_grants: bool,
    /// The language it works in: its members' default.
    pub language: crate::i18n::Lang,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::state::Entity",
        from = "Column::Country",
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
