//! Conversations on records: an application, an award, a report and a coordination request each
//! carry a thread of messages between ICBL staff and the other party (the member organization's
//! people; a coordination request's requester, through its private status link), and staff's
//! internal notes beside them, which the other party never sees.
//!
//! Every message is audited on its record and e-mails the other side (staff's programme address
//! for what staff receive; the organization's people and contact address, or the requester),
//! in the transaction that writes it; e-mails about records concerning a sensitive or high-risk
//! state say only that something needs attention. Notes are not e-mailed. The requester's
//! replies are limited per request and per address within the hour
//! (`coordination.replies_per_hour`).
//!
//! Each person's read marker (`message_reads`: the newest message seen of each thread) is moved
//! when the thread is shown to them (its record's page, or its list in the API): what came after
//! is unread, counted on the account page, and staff's attention inbox lists the threads whose
//! last word is the other party's ("messages awaiting a reply").
//!
//! [`access`] decides who reads and writes each thread, [`commands`] holds the writes,
//! [`notices`] the e-mails, [`unread`] the read markers and counts, [`api`] and [`pages`] the
//! handlers.

pub mod access;
pub mod api;
pub mod commands;
pub mod notices;
pub mod pages;
pub mod unread;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::choice::choice;
use crate::entities::{message, user};
use crate::error::{AppError, FieldErrors};

choice!(RecordKind, "a kind of record that carries a thread of messages", {
    Application => "application", "Application",
    Award => "award", "Award",
    Report => "report", "Report",
    CoordinationRequest => "coordination_request", "Coordination request",
});

choice!(Side, "who wrote a message", {
    Staff => "staff", "ICBL staff",
    Organization => "organization", "The organization",
    Requester => "requester", "The requester",
});

impl RecordKind {
    /// The path segment of its API and pages (`applications`).
    pub fn segment(self) -> &'static str {
        match self {
            Self::Application => "applications",
            Self::Award => "awards",
            Self::Report => "reports",
            Self::CoordinationRequest => "coordination-requests",
        }
    }

    /// The audit log's name of the record's type.
    pub fn entity_type(self) -> &'static str {
        self.as_str()
    }
}

/// The longest message, in characters.
pub const BODY_MAX: usize = 5000;

/// A message to post.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = threads::MessageInput)]
pub struct MessageInput {
    /// The message, at most 5000 characters (`message` is taken as well, as the coordination
    /// requests' messages took it before threads).
    #[serde(alias = "message")]
    pub body: Option<String>,
    /// Staff only: an internal note, which the other party never sees and is not e-mailed.
    pub internal: Option<bool>,
}

impl MessageInput {
    /// The message, trimmed, or what is wrong with it (422, under `body`).
    pub fn checked_body(&self) -> Result<String, AppError> {
        let body = crate::input::text(&self.body);
        let refusal = if body.is_empty() {
            Some("write the message".to_owned())
        } else if body.chars().count() > BODY_MAX {
            Some(format!("must be at most {BODY_MAX} characters long"))
        } else {
            crate::web::hygiene::refusal(&body).map(str::to_owned)
        };
        match refusal {
            Some(why) => Err(AppError::Validation(FieldErrors::one("body", why))),
            None => Ok(body),
        }
    }

    pub fn is_internal(&self) -> bool {
        self.internal == Some(true)
    }
}

/// A message, as the API and the pages show it.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = threads::MessageItem)]
pub struct MessageItem {
    pub id: i64,
    pub record_kind: RecordKind,
    pub record_id: i64,
    pub side: Side,
    /// Who wrote it, for people: a person's name (with "ICBL" for staff), or "The requester".
    pub author: String,
    pub body: String,
    /// A staff-only note.
    pub internal: bool,
    pub created_at: DateTime<Utc>,
    /// `created_at` for people, in the reader's time zone.
    pub when: String,
    /// Written by someone else after the reader last saw the thread.
    pub unread: bool,
}

/// Who reads a thread: a signed-in person (with the newest message already seen), or the
/// requester of a coordination request.
#[derive(Clone, Copy, Debug)]
pub enum Reader {
    Person {
        id: i64,
        zone: chrono_tz::Tz,
        last_seen: i64,
    },
    Requester,
}

/// The messages of a record, oldest first; staff's notes only when `with_notes`.
pub async fn of_record<C: ConnectionTrait>(
    db: &C,
    kind: RecordKind,
    id: i64,
    with_notes: bool,
) -> Result<Vec<message::Model>, AppError> {
    let mut query = message::Entity::find()
        .filter(message::Column::RecordKind.eq(kind))
        .filter(message::Column::RecordId.eq(id));
    if !with_notes {
        query = query.filter(message::Column::Internal.eq(false));
    }
    Ok(query.order_by_asc(message::Column::Id).all(db).await?)
}

/// The messages as `reader` sees them (authors named in one query), in the language of the
/// request being handled.
pub async fn items<C: ConnectionTrait>(
    db: &C,
    messages: &[message::Model],
    reader: Reader,
) -> Result<Vec<MessageItem>, AppError> {
    items_in(db, messages, reader, crate::i18n::current_request()).await
}

/// [`items`] in `lang` (the API's in English): who wrote them and when.
pub async fn items_in<C: ConnectionTrait>(
    db: &C,
    messages: &[message::Model],
    reader: Reader,
    lang: crate::i18n::Lang,
) -> Result<Vec<MessageItem>, AppError> {
    use crate::i18n::{format, text};
    let ids: Vec<i64> = messages.iter().filter_map(|m| m.author_id).collect();
    let names: HashMap<i64, String> = if ids.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::Name)
            .filter(user::Column::Id.is_in(ids))
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    Ok(messages
        .iter()
        .map(|m| {
            let name = m
                .author_id
                .and_then(|a| names.get(&a))
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty());
            let author = match (m.side, reader, name) {
                (Side::Requester, ..) => text(lang, "threads-author-requester"),
                // The requester writes to ICBL, not to a person.
                (Side::Staff, Reader::Requester, _) => "ICBL".to_owned(),
                (Side::Staff, _, Some(name)) => {
                    format(lang, "threads-author-staff-named", &[("name", name.into())])
                }
                (Side::Staff, _, None) => text(lang, "threads-author-staff"),
                (Side::Organization, _, Some(name)) => name,
                (Side::Organization, _, None) => text(lang, "threads-author-organization"),
            };
            let (when, unread) = match reader {
                Reader::Person {
                    id,
                    zone,
                    last_seen,
                } => (
                    crate::views::instant_in_lang(lang, m.created_at, zone),
                    m.id > last_seen && m.author_id != Some(id),
                ),
                Reader::Requester => (crate::views::instant_lang(lang, m.created_at), false),
            };
            MessageItem {
                id: m.id,
                record_kind: m.record_kind,
                record_id: m.record_id,
                side: m.side,
                author,
                body: m.body.clone(),
                internal: m.internal,
                created_at: m.created_at,
                when,
                unread,
            }
        })
        .collect())
}

/// The audit record's JSON of a message.
pub fn snapshot(m: &message::Model) -> serde_json::Value {
    serde_json::json!({
        "message_id": m.id,
        "side": m.side.as_str(),
        "internal": m.internal,
        "body": m.body,
    })
}
