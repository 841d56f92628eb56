//! Attachments: the documents a grant lives on. An application's supporting documents, a
//! report's receipts, photos and outputs, an award's signed agreement and amendments (staff
//! upload them, the organization sees them), a campaign's documents, an organization's
//! registration and statutes.
//!
//! The bytes are in the file store ([`storage`]: a local directory or S3-compatible object
//! storage), named by a random id; the row (`entities::attachment`) says what they are. An
//! upload streams the file into the store while it is checked ([`sniff`]: the type from the
//! bytes against an allow-list, the size against the limits), and the row is committed only
//! after the bytes are stored: a refused or interrupted upload leaves neither row nor object.
//! An object left without a row (the service stopped between the two) is removed by the
//! `attachment_orphans` job a day later.
//!
//! Whoever sees a record sees its attachments (the same 404 otherwise); who may add or remove
//! one depends on the record ([`access`]).

pub mod access;
pub mod api;
pub mod commands;
pub mod orphans;
pub mod pages;
pub mod scan;
pub mod sniff;
pub mod storage;
pub mod upload;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use utoipa::ToSchema;

use crate::choice::choice;
use crate::entities::attachment;
use crate::error::AppError;
use crate::i18n::Lang;

choice!(RecordType, "a kind of record that holds attachments", {
    Application => "application", "Application",
    Report => "report", "Report",
    Award => "award", "Award",
    Campaign => "campaign", "Campaign",
    Organization => "organization", "Organization",
});

choice!(Kind, "a kind of document", {
    RegistrationCertificate => "registration_certificate", "Registration certificate",
    Statutes => "statutes", "Statutes",
    Budget => "budget", "Budget",
    LetterOfSupport => "letter_of_support", "Letter of support",
    Receipt => "receipt", "Receipt",
    Photo => "photo", "Photo",
    Output => "output", "Output (a briefing paper, a letter, a publication)",
    SignedAgreement => "signed_agreement", "Signed grant agreement",
    Amendment => "amendment", "Signed amendment",
    AwardLetter => "award_letter", "Award letter",
    Other => "other", "Other document",
});

choice!(ScanStatus, "what the virus scanner said of a file", {
    NotScanned => "not_scanned", "Not scanned (no virus scanner is configured)",
    Pending => "pending", "Waiting for the virus scan",
    Clean => "clean", "No virus found",
    Infected => "infected", "A virus was found: the file was deleted",
});

impl RecordType {
    /// The kinds of document this record holds.
    pub fn kinds(self) -> &'static [Kind] {
        match self {
            Self::Application => &[
                Kind::RegistrationCertificate,
                Kind::Budget,
                Kind::LetterOfSupport,
                Kind::Other,
            ],
            Self::Report => &[Kind::Receipt, Kind::Photo, Kind::Output, Kind::Other],
            Self::Award => &[
                Kind::SignedAgreement,
                Kind::Amendment,
                Kind::AwardLetter,
                Kind::Other,
            ],
            Self::Campaign => &[Kind::Output, Kind::Photo, Kind::Other],
            Self::Organization => &[Kind::RegistrationCertificate, Kind::Statutes, Kind::Other],
        }
    }

    /// The path segment of its API and pages (`applications`).
    pub fn segment(self) -> &'static str {
        match self {
            Self::Application => "applications",
            Self::Report => "reports",
            Self::Award => "awards",
            Self::Campaign => "campaigns",
            Self::Organization => "organizations",
        }
    }

    /// The record's type from a path segment.
    pub fn from_segment(segment: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.segment() == segment)
    }

    /// "an application", for sentences.
    pub fn with_article(self) -> &'static str {
        match self {
            Self::Application => "an application",
            Self::Report => "a report",
            Self::Award => "an award",
            Self::Campaign => "a campaign",
            Self::Organization => "an organization",
        }
    }

    /// The kinds of this record's documents, for a `<select>`.
    pub fn kind_options(self, selected: &str) -> Vec<crate::choice::Choice> {
        self.kinds()
            .iter()
            .map(|k| crate::choice::Choice {
                value: k.as_str(),
                label: k.label(),
                selected: k.as_str() == selected,
            })
            .collect()
    }
}

impl ScanStatus {
    /// Whether a file with this status may be downloaded.
    pub fn downloadable(self) -> bool {
        matches!(self, Self::NotScanned | Self::Clean)
    }

    /// Whether the file counts as attached (for a round's required documents).
    pub fn present(self) -> bool {
        self != Self::Infected
    }
}

/// An attachment, as the API and the pages show it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AttachmentItem {
    pub id: i64,
    pub record_type: RecordType,
    pub record_id: i64,
    pub kind: Kind,
    /// The kind, for people.
    pub kind_label: String,
    pub title: String,
    /// The uploaded name, cleaned (it ends with the extension of the type found in the bytes).
    pub file_name: String,
    /// The type found in the bytes.
    pub media_type: String,
    pub size_bytes: i64,
    /// The SHA-256 of the bytes, hexadecimal.
    pub sha256: String,
    /// The person who uploaded it.
    pub uploaded_by: i64,
    pub created_at: DateTime<Utc>,
    /// Where the bytes are downloaded from.
    pub content_url: String,
    /// Its size for people: "1.2 MB".
    pub size: String,
    /// An image, which pages show.
    pub is_image: bool,
    /// What the virus scanner said: a `pending` or `infected` file cannot be downloaded.
    pub scan_status: ScanStatus,
    pub scan_label: String,
    /// What the scanner found in an infected file.
    pub scan_signature: Option<String>,
    /// Whether its bytes can be downloaded now.
    pub downloadable: bool,
}

impl From<&attachment::Model> for AttachmentItem {
    fn from(m: &attachment::Model) -> Self {
        Self {
            id: m.id,
            record_type: m.record_type,
            record_id: m.record_id,
            kind: m.kind,
            kind_label: m.kind.label().to_owned(),
            title: m.title.clone(),
            file_name: m.file_name.clone(),
            media_type: m.media_type.clone(),
            size_bytes: m.size_bytes,
            sha256: m.sha256.clone(),
            uploaded_by: m.uploaded_by,
            created_at: m.created_at,
            content_url: format!("/api/v1/attachments/{}/content", m.id),
            size: human_size(u64::try_from(m.size_bytes).unwrap_or_default()),
            is_image: m.media_type.starts_with("image/") && m.scan_status.downloadable(),
            scan_status: m.scan_status,
            scan_label: m.scan_status.label().to_owned(),
            scan_signature: m.scan_signature.clone(),
            downloadable: m.scan_status.downloadable(),
        }
    }
}

/// The attachment's JSON for the audit log.
pub fn snapshot(m: &attachment::Model) -> serde_json::Value {
    serde_json::json!({
        "attachment_id": m.id,
        "kind": m.kind.as_str(),
        "title": m.title,
        "file_name": m.file_name,
        "media_type": m.media_type,
        "size_bytes": m.size_bytes,
        "sha256": m.sha256,
    })
}

/// A size for people: "812 bytes", "14.5 KB", "25 MB" (for English messages and the API).
pub fn human_size(bytes: u64) -> String {
    human_size_in(Lang::En, bytes)
}

/// A size for people in `lang`: "1.2 MB", "1,2 Mo", "1,2 MB"; one decimal at most.
pub fn human_size_in(lang: Lang, bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let one = |value: u64, unit: u64, id: &str| {
        let tenths = (value * 10 + unit / 2) / unit;
        let plain = if tenths.is_multiple_of(10) {
            (tenths / 10).to_string()
        } else {
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        let size = crate::i18n::formats::number_text(lang, &plain);
        crate::i18n::catalog::format(lang, id, &[("size", size.into())])
    };
    if bytes >= MB {
        one(bytes, MB, "attachments-size-mb")
    } else if bytes >= KB {
        one(bytes, KB, "attachments-size-kb")
    } else {
        crate::i18n::format(
            lang,
            "attachments-size-bytes",
            &[("size", bytes.to_string().into())],
        )
    }
}

/// The attachments of a record that are not removed, oldest first.
pub async fn of_record<C: ConnectionTrait>(
    db: &C,
    record_type: RecordType,
    record_id: i64,
) -> Result<Vec<attachment::Model>, AppError> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::RecordType.eq(record_type))
        .filter(attachment::Column::RecordId.eq(record_id))
        .filter(attachment::Column::RemovedAt.is_null())
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?)
}

/// What a record's attachments add up to, in bytes.
pub async fn used_bytes<C: ConnectionTrait>(
    db: &C,
    record_type: RecordType,
    record_id: i64,
) -> Result<u64, AppError> {
    let sizes: Vec<i64> = attachment::Entity::find()
        .select_only()
        .column(attachment::Column::SizeBytes)
        .filter(attachment::Column::RecordType.eq(record_type))
        .filter(attachment::Column::RecordId.eq(record_id))
        .filter(attachment::Column::RemovedAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    Ok(sizes
        .into_iter()
        .map(|s| u64::try_from(s).unwrap_or_default())
        .sum())
}

/// The attachment with this id, not removed (a removed one is not found).
pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<attachment::Model, AppError> {
    attachment::Entity::find_by_id(id)
        .filter(attachment::Column::RemovedAt.is_null())
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("there is no attachment with this number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_for_people() {
        assert_eq!(human_size(812), "812 bytes");
        assert_eq!(human_size(1536), "1.5 KB");
        assert_eq!(human_size(25 * 1024 * 1024), "25 MB");
        let mb = 1_258_291; // 1.2 MB
        assert_eq!(human_size_in(Lang::En, mb), "1.2 MB");
        assert_eq!(human_size_in(Lang::Fr, mb), "1,2\u{a0}Mo");
        assert_eq!(human_size_in(Lang::Es, mb), "1,2\u{a0}MB");
        assert_eq!(human_size_in(Lang::Fr, 812), "812\u{a0}octets");
        assert_eq!(human_size_in(Lang::Fr, 14_848), "14,5\u{a0}Ko");
    }

    #[test]
    fn every_place_takes_other_documents_and_segments_round_trip() {
        for t in RecordType::ALL {
            assert!(t.kinds().contains(&Kind::Other));
            assert_eq!(RecordType::from_segment(t.segment()), Some(*t));
        }
    }
}
