//! A step of a coordination request, or a message to its requester: what the status page lists.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "coordination_steps")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub request_id: i64,
    /// The status the request moved to; none for a message alone.
    pub status: Option<crate::coordination::workflow::Status>,
    #[sea_orm(column_type = "Text", nullable)]
    pub message: Option<String>,
    pub actor_id: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
