//! A request not acknowledged within two working days escalates, once: an email to programme
//! staff (the staff address and every active staff account), administrators in copy, and an
//! `escalated` flag. Working days are those of the programme's calendar (`crate::calendar`:
//! weekends and its public holidays are off, in its time zone); a request received on a day off
//! starts its clock at the beginning of the next working day.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::workflow::Status;
use crate::audit::{self, Actor};
use crate::calendar::WorkingCalendar;
use crate::entities::coordination_request as request;
use crate::error::AppError;
use crate::flags::{self, Reason};
use crate::notify::Mail;

pub const WORKING_DAYS: u32 = 2;

/// Escalates every request due at `now`; returns how many. The `escalated_at` column is set by
/// one conditional statement, so a request escalates once however many instances run the job.
pub async fn escalate_due<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    calendar: &WorkingCalendar,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    // Two working days are at least two calendar days: only those can be due.
    let candidates = request::Entity::find()
        .filter(request::Column::Status.eq(Status::Received))
        .filter(request::Column::EscalatedAt.is_null())
        .filter(request::Column::ReceivedAt.lte(now - Duration::days(i64::from(WORKING_DAYS))))
        .order_by_asc(request::Column::ReceivedAt)
        .limit(1000)
        .all(db)
        .await?;
    let mut escalated = 0;
    for r in candidates {
        if calendar.add_working_days(r.received_at, WORKING_DAYS) > now {
            continue;
        }
        let claimed = request::Entity::update_many()
            .col_expr(request::Column::EscalatedAt, Expr::val(now))
            .filter(request::Column::Id.eq(r.id))
            .filter(request::Column::EscalatedAt.is_null())
            .filter(request::Column::Status.eq(Status::Received))
            .exec(db)
            .await?
            .rows_affected;
        if claimed == 0 {
            continue;
        }
        let told = mail.escalated(db, &r).await?;
        let raised = flags::raise(
            db,
            Reason::Escalated,
            flags::ON_REQUEST,
            r.id,
            json!({"received_at": r.received_at, "emailed": told}),
            now,
        )
        .await?;
        audit::record(
            db,
            &Actor::system("escalation job"),
            "coordination_request_escalated",
            flags::ON_REQUEST.as_str(),
            r.id,
            None,
            Some(json!({"flag": raised.id})),
        )
        .await?;
        escalated += 1;
    }
    Ok(escalated)
}
