//! A member organization's application to a round.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub round_id: i64,
    pub organization_id: i64,
    /// Chosen while drafting; required to submit.
    #[sea_orm(column_type = "Char(Some(3))", nullable)]
    pub target_state: Option<String>,
    /// Its number in the round, from its first submission.
    pub number: Option<i32>,
    /// `<round code>-<number>` (`IIA-2027A-0042`), from its first submission.
    #[sea_orm(unique)]
    pub reference: Option<String>,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub objectives: String,
    pub tier: String,
    #[sea_orm(column_type = "Text")]
    pub lower_tier_plan: String,
    /// The sum of its budget lines.
    pub requested_minor: i64,
    #[sea_orm(column_type = "Char(Some(3))")]
    pub requested_currency: crate::money::Currency,
    pub status: crate::applications::workflow::Status,
    pub created_by: Option<i64>,
    pub submitted_at: Option<DateTimeUtc>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub staff_message: Option<String>,
    /// The country campaign it serves (set by staff; no foreign key, see the migration).
    pub campaign_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When the organization was told that this draft, never submitted, would be deleted.
    pub retention_warned_at: Option<DateTimeUtc>,
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
        belongs_to = "super::state::Entity",
        from = "Column::TargetState",
        to = "super::state::Column::Iso3"
    )]
    State,
    #[sea_orm(
        belongs_to = "super::round::Entity",
        from = "Column::RoundId",
        to = "super::round::Column::Id"
    )]
    Round,
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organization.def()
    }
}

impl Related<super::state::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::State.def()
    }
}

impl Related<super::round::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Round.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
