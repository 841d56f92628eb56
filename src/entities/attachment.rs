//! A document attached to a record: its bytes are in the file store under `storage_key`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub record_type: crate::attachments::RecordType,
    pub record_id: i64,
    pub kind: crate::attachments::Kind,
    pub title: String,
    /// The uploaded name, cleaned: for display and downloads, never for storage.
    pub file_name: String,
    pub uploaded_by: i64,
    pub created_at: DateTimeUtc,
    pub size_bytes: i64,
    /// Sniffed from the bytes.
    pub media_type: String,
    pub sha256: String,
    pub storage_key: String,
    pub removed_at: Option<DateTimeUtc>,
    pub removed_by: Option<i64>,
    /// What the virus scanner said (`not_scanned` without a scanner).
    pub scan_status: crate::attachments::ScanStatus,
    /// What it found in an infected file.
    pub scan_signature: Option<String>,
    pub scanned_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
