//! A message of a record's thread (an application, an award, a report, a coordination request):
//! between ICBL staff and the other party, or a staff-only note (`internal`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub record_kind: crate::threads::RecordKind,
    pub record_id: i64,
    pub side: crate::threads::Side,
    /// None for a coordination request's requester (who has no account).
    pub author_id: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub internal: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
