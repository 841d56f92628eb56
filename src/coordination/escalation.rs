//! A request not acknowledged within two working days escalates, once: an email to every
//! administrator and an `escalated` flag. Working days are Monday to Friday, counted in UTC; a
//! request received on a weekend starts its clock on Monday at 00:00.

use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc, Weekday};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;

use super::workflow::Status;
use crate::audit::{self, Actor};
use crate::entities::coordination_request as request;
use crate::error::AppError;
use crate::flags::{self, Reason};
use crate::notify::Mail;

pub const WORKING_DAYS: u32 = 2;

fn is_weekend(at: DateTime<Utc>) -> bool {
    matches!(at.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `start` plus `days` working days.
pub fn add_working_days(start: DateTime<Utc>, days: u32) -> DateTime<Utc> {
    let mut at = start;
    while is_weekend(at) {
        at = (at.date_naive() + Duration::days(1))
            .and_time(NaiveTime::MIN)
            .and_utc();
    }
    let mut left = days;
    while left > 0 {
        at += Duration::days(1);
        if !is_weekend(at) {
            left -= 1;
        }
    }
    at
}

/// Escalates every request due at `now`; returns how many. The `escalated_at` column is set by
/// one conditional statement, so a request escalates once however many instances run the job.
pub async fn escalate_due<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
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
        if add_working_days(r.received_at, WORKING_DAYS) > now {
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
        let admins = mail.escalated(db, &r).await?;
        let raised = flags::raise(
            db,
            Reason::Escalated,
            flags::ON_REQUEST,
            r.id,
            json!({"received_at": r.received_at, "admins_emailed": admins}),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn working_days_skip_the_weekend() {
        // Friday 10:00 -> Tuesday 10:00.
        assert_eq!(
            add_working_days(at("2026-11-27T10:00:00Z"), 2),
            at("2026-12-01T10:00:00Z")
        );
        // Monday 09:00 -> Wednesday 09:00.
        assert_eq!(
            add_working_days(at("2026-11-30T09:00:00Z"), 2),
            at("2026-12-02T09:00:00Z")
        );
        // Thursday 18:00 -> Monday 18:00.
        assert_eq!(
            add_working_days(at("2026-11-26T18:00:00Z"), 2),
            at("2026-11-30T18:00:00Z")
        );
        // Saturday: the clock starts on Monday at midnight -> Wednesday 00:00.
        assert_eq!(
            add_working_days(at("2026-11-28T15:00:00Z"), 2),
            at("2026-12-02T00:00:00Z")
        );
        assert_eq!(
            add_working_days(at("2026-11-29T23:59:00Z"), 2),
            at("2026-12-02T00:00:00Z")
        );
        assert_eq!(
            add_working_days(at("2026-11-27T10:00:00Z"), 0),
            at("2026-11-27T10:00:00Z")
        );
    }

    #[test]
    fn a_week_of_working_days_is_a_calendar_week() {
        for day in 23..=27 {
            let start = at(&format!("2026-11-{day}T12:00:00Z"));
            assert_eq!(add_working_days(start, 5), start + Duration::days(7));
        }
    }
}
