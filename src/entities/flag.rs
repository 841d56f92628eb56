//! Something that needs a person: a reason, the record it is on, the records it points to.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "flags")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub reason: crate::flags::Reason,
    pub entity_type: crate::flags::Subject,
    pub entity_id: i64,
    /// `{"organizations": [..], "campaigns": [..], "awards": [..], "coordination_requests": [..]}`
    pub related: Json,
    pub raised_at: DateTimeUtc,
    pub resolved_by: Option<i64>,
    pub resolved_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub resolution_note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
