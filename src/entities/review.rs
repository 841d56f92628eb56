//! A reviewer's assignment to an application, and the review once given.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: i64,
    pub reviewer_id: i64,
    pub assigned_by: Option<i64>,
    pub assigned_at: DateTimeUtc,
    /// When the reviewer declared no conflict of interest.
    pub declared_at: Option<DateTimeUtc>,
    pub relevance: Option<i16>,
    pub feasibility: Option<i16>,
    pub value_for_money: Option<i16>,
    pub capacity: Option<i16>,
    pub recommendation: Option<crate::applications::reviews::Recommendation>,
    #[sea_orm(column_type = "Text", nullable)]
    pub comment: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::ReviewerId",
        to = "super::user::Column::Id"
    )]
    Reviewer,
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Reviewer.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
