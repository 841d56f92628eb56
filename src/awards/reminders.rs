//! Report reminders: 14 days before a report is due, on the day, and weekly while it is
//! overdue, each sent once however many times the daily job runs (see
//! `commands::send_reminders`).

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use super::workflow::{AwardStatus, ReportStatus};
use crate::entities::{award, report, report_reminder};
use crate::error::AppError;

/// Which reminder, if any, a report due on `due_on` should have had by `today`: 14 days
/// before, on the day, then one a week while overdue (`overdue_1` a week after, ...).
pub fn reminder_for(due_on: NaiveDate, today: NaiveDate) -> Option<String> {
    let days = (today - due_on).num_days();
    match days {
        d if d < -14 => None,
        d if d < 0 => Some("before_14".to_owned()),
        d if d < 7 => Some("due_day".to_owned()),
        d => Some(format!("overdue_{}", d / 7)),
    }
}

/// The reminder email's data.
#[derive(Serialize)]
pub struct ReminderEmail {
    reference: String,
    report: &'static str,
    due_on: String,
    overdue: bool,
    days_left: i64,
    link: String,
}

impl ReminderEmail {
    pub fn new(
        award: &award::Model,
        report: &report::Model,
        today: NaiveDate,
        public_url: &str,
    ) -> Self {
        Self {
            reference: award.reference.clone(),
            report: report.kind.label(),
            due_on: report.due_on.to_string(),
            overdue: report.due_on < today,
            days_left: (report.due_on - today).num_days(),
            link: format!("{}/awards/{}", public_url.trim_end_matches('/'), award.id),
        }
    }
}

/// The reports still owed on active awards and due within 14 days of `today` (or past due),
/// each with its award: those a reminder may be due for.
pub async fn owed<C: ConnectionTrait>(
    db: &C,
    today: NaiveDate,
) -> Result<Vec<(report::Model, award::Model)>, AppError> {
    let horizon = today + chrono::Days::new(14);
    let owed: Vec<(report::Model, Option<award::Model>)> = report::Entity::find()
        .filter(report::Column::Status.is_in([ReportStatus::Due, ReportStatus::RevisionRequested]))
        .filter(report::Column::DueOn.lte(horizon))
        .find_also_related(award::Entity)
        .all(db)
        .await?;
    Ok(owed
        .into_iter()
        .filter_map(|(report, award)| {
            award
                .filter(|a| a.status == AwardStatus::Active)
                .map(|a| (report, a))
        })
        .collect())
}

/// Claims `reminder` of report `report_id`: inserts its key (`ON CONFLICT DO NOTHING`) and
/// says whether this call inserted it. Only the run that claims a reminder sends it.
pub async fn claim_reminder<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
    reminder: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let claim = Query::insert()
        .into_table(report_reminder::Entity)
        .columns([
            report_reminder::Column::ReportId,
            report_reminder::Column::Reminder,
            report_reminder::Column::SentAt,
        ])
        .values_panic([report_id.into(), reminder.to_owned().into(), now.into()])
        .on_conflict(
            OnConflict::columns([
                report_reminder::Column::ReportId,
                report_reminder::Column::Reminder,
            ])
            .do_nothing()
            .to_owned(),
        )
        .to_owned();
    Ok(db.execute(&claim).await?.rows_affected() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> NaiveDate {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn reminders_fall_14_days_before_on_the_day_and_weekly_after() {
        let due = day("2027-06-30");
        assert_eq!(reminder_for(due, day("2027-06-15")), None);
        assert_eq!(
            reminder_for(due, day("2027-06-16")).as_deref(),
            Some("before_14")
        );
        assert_eq!(
            reminder_for(due, day("2027-06-29")).as_deref(),
            Some("before_14")
        );
        assert_eq!(
            reminder_for(due, day("2027-06-30")).as_deref(),
            Some("due_day")
        );
        assert_eq!(
            reminder_for(due, day("2027-07-06")).as_deref(),
            Some("due_day")
        );
        assert_eq!(
            reminder_for(due, day("2027-07-07")).as_deref(),
            Some("overdue_1")
        );
        assert_eq!(
            reminder_for(due, day("2027-07-14")).as_deref(),
            Some("overdue_2")
        );
    }
}
