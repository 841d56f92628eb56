//! Read markers: the newest message of each thread a person has seen, moved when the thread is
//! shown to them; what others wrote after it is unread. The account page lists the threads with
//! unread messages (one SQL query).

use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QuerySelect, Set,
    Statement,
};
use serde::Serialize;

use super::{RecordKind, Side};
use crate::auth::{CurrentUser, Role};
use crate::entities::message_read;
use crate::error::AppError;

/// The newest message of the thread `user_id` has seen (0 when none).
pub async fn last_seen<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
    kind: RecordKind,
    id: i64,
) -> Result<i64, AppError> {
    Ok(message_read::Entity::find()
        .select_only()
        .column(message_read::Column::LastSeenId)
        .filter(message_read::Column::UserId.eq(user_id))
        .filter(message_read::Column::RecordKind.eq(kind))
        .filter(message_read::Column::RecordId.eq(id))
        .into_tuple::<i64>()
        .one(db)
        .await?
        .unwrap_or(0))
}

/// Moves the person's marker to `newest` (one upsert; nothing when it is there already).
pub async fn mark_seen<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
    kind: RecordKind,
    id: i64,
    seen: i64,
    newest: i64,
) -> Result<(), AppError> {
    if newest <= seen {
        return Ok(());
    }
    message_read::Entity::insert(message_read::ActiveModel {
        user_id: Set(user_id),
        record_kind: Set(kind),
        record_id: Set(id),
        last_seen_id: Set(newest),
        seen_at: Set(Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            message_read::Column::UserId,
            message_read::Column::RecordKind,
            message_read::Column::RecordId,
        ])
        .update_columns([
            message_read::Column::LastSeenId,
            message_read::Column::SeenAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A thread with messages the person has not seen.
#[derive(Clone, Debug, Serialize, FromQueryResult)]
pub struct UnreadRow {
    pub record_kind: String,
    pub record_id: i64,
    pub reference: Option<String>,
    pub award_id: Option<i64>,
    pub unread: i64,
}

/// A thread with unread messages, for the account page.
#[derive(Clone, Debug, Serialize)]
pub struct UnreadView {
    pub what: String,
    pub link: String,
    pub unread: i64,
}

/// The threads with messages `user` has not seen, newest first (at most 50): for members, what
/// staff wrote on their organization's records; for staff, what the organizations and requesters
/// wrote. Nobody else receives messages. Named in the language of the request being handled.
pub async fn threads<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
) -> Result<Vec<UnreadView>, AppError> {
    let lang = crate::i18n::current_request();
    // Only integers of the server and stored values of this code's enums reach the SQL.
    let (sides, scope) = match (user.role, user.organization_id) {
        (Role::Member, Some(org)) => (
            format!("m.side = '{}'", Side::Staff.as_str()),
            format!("COALESCE(a.organization_id, w.organization_id, rw.organization_id) = {org}"),
        ),
        (Role::Staff | Role::Admin, _) => (
            format!("m.side <> '{}'", Side::Staff.as_str()),
            "1 = 1".to_owned(),
        ),
        _ => return Ok(Vec::new()),
    };
    let uid = user.id;
    let sql = format!(
        "SELECT m.record_kind AS record_kind, m.record_id AS record_id, \
         MAX(COALESCE(a.reference, w.reference, rw.reference, c.reference)) AS reference, \
         MAX(r.award_id) AS award_id, COUNT(*) AS unread \
         FROM messages m \
         LEFT JOIN applications a ON m.record_kind = '{app}' AND a.id = m.record_id \
         LEFT JOIN awards w ON m.record_kind = '{award}' AND w.id = m.record_id \
         LEFT JOIN reports r ON m.record_kind = '{report}' AND r.id = m.record_id \
         LEFT JOIN awards rw ON rw.id = r.award_id \
         LEFT JOIN coordination_requests c ON m.record_kind = '{request}' AND c.id = m.record_id \
         LEFT JOIN message_reads s ON s.user_id = {uid} AND s.record_kind = m.record_kind \
         AND s.record_id = m.record_id \
         WHERE NOT m.internal AND {sides} AND {scope} \
         AND (m.author_id IS NULL OR m.author_id <> {uid}) \
         AND m.id > COALESCE(s.last_seen_id, 0) \
         GROUP BY m.record_kind, m.record_id ORDER BY MAX(m.id) DESC LIMIT 50",
        app = RecordKind::Application.as_str(),
        award = RecordKind::Award.as_str(),
        report = RecordKind::Report.as_str(),
        request = RecordKind::CoordinationRequest.as_str(),
    );
    let rows = UnreadRow::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
        .all(db)
        .await?;
    rows.into_iter()
        .map(|row| {
            let kind: RecordKind = row.record_kind.parse().map_err(|e| {
                AppError::Internal(anyhow::anyhow!(
                    "a message of {} {} holds a value the code does not know: {e}",
                    row.record_kind,
                    row.record_id
                ))
            })?;
            let id = row.record_id;
            let reference = row.reference.clone().unwrap_or_else(|| format!("#{id}"));
            let (what, link) = match kind {
                RecordKind::Application => (
                    "threads-unread-application",
                    format!("/applications/{id}#conversation"),
                ),
                RecordKind::Award => ("threads-unread-award", format!("/awards/{id}#conversation")),
                RecordKind::Report => (
                    "threads-unread-report",
                    format!("/awards/{}#report-{id}", row.award_id.unwrap_or_default()),
                ),
                RecordKind::CoordinationRequest => (
                    "threads-unread-request",
                    format!("/coordination-requests/{id}#conversation"),
                ),
            };
            let args = [("reference", reference.into())];
            Ok(UnreadView {
                what: crate::i18n::format(lang, what, &args),
                link,
                unread: row.unread,
            })
        })
        .collect()
}
