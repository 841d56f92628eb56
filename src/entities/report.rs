//! A report an award owes (interim or final, narrative or financial).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub award_id: i64,
    pub kind: crate::rounds::model::ReportKind,
    pub due_on: Date,
    /// Never `Overdue`: that is `Due` past its date (see `ReportStatus::on`).
    pub status: crate::awards::workflow::ReportStatus,
    #[sea_orm(column_type = "Text")]
    pub narrative: String,
    /// A list of outcomes, each a sentence.
    pub outcomes: Option<Json>,
    pub submitted_at: Option<DateTimeUtc>,
    pub submitted_by: Option<i64>,
    pub accepted_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub staff_message: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::award::Entity",
        from = "Column::AwardId",
        to = "super::award::Column::Id"
    )]
    Award,
}

impl Related<super::award::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Award.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
