//! Deadlines: one model of the dates the programme runs on (a round closing, a draft still
//! unsubmitted when its round closes, a review due, a report due, an installment due, a
//! coordination request to acknowledge), each seen by the people it concerns and by no one else.
//! They feed a person's list (`/deadlines`, `GET /api/v1/deadlines`), their calendar feed
//! ([`feed`]: iCalendar at a secret address) and the reminders ([`reminders`]).
//!
//! Who sees what:
//! - a round's closing: everyone signed in who sees rounds;
//! - a draft unsubmitted, due when its round closes: its organization's members;
//! - a review due (`programme.review_days` after the assignment): the reviewer, and staff;
//! - a report due, and an installment due: the award's organization's members, staff and
//!   finance;
//! - a coordination request to acknowledge (two working days after it arrived): staff.

pub mod api;
pub mod commands;
pub mod feed;
pub mod pages;
pub mod reminders;

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use serde::Serialize;
use utoipa::ToSchema;

use crate::applications::workflow::Status as AppStatus;
use crate::auth::{CurrentUser, Role};
use crate::awards::workflow::{AwardStatus, InstallmentStatus, ReportStatus};
use crate::choice::choice;
use crate::entities::{
    application, award, coordination_request, disbursement, report, review, round,
};
use crate::error::AppError;
use crate::money::Money;
use crate::policy::{self, Action};
use crate::state::AppState;

choice!(Kind, "a kind of deadline", {
    RoundCloses => "round_closes", "Round closes",
    DraftUnsubmitted => "draft_unsubmitted", "Draft not yet submitted",
    ReviewDue => "review_due", "Review due",
    ReportDue => "report_due", "Report due",
    InstallmentDue => "installment_due", "Installment due",
    RequestToAcknowledge => "request_to_acknowledge", "Request to acknowledge",
});

/// How far back and ahead a person's deadlines reach.
pub const PAST_DAYS: i64 = 60;
pub const AHEAD_DAYS: i64 = 400;
/// The most deadlines of one kind a person is given (the earliest first).
const PER_KIND: u64 = 500;

/// One deadline, as the pages, the API and the feed show it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Deadline {
    pub kind: Kind,
    /// The kind, for people.
    pub kind_label: String,
    /// The day it falls due (in UTC for those with a time).
    pub due_on: NaiveDate,
    /// The moment it falls due, for those with a time (a round closes at a given hour).
    pub due_at: Option<DateTime<Utc>>,
    /// That moment's time of day, for people: "17:00 UTC".
    pub time: Option<String>,
    /// What it is: "Review of IIA-2027A-0003".
    pub title: String,
    /// The page of the record it concerns.
    pub link: String,
    /// The record's id (an application, a review, a report, an installment, a round, a
    /// request), unique with the kind.
    pub record_id: i64,
    /// It concerns a state marked sensitive or high-risk: the calendar feed, which leaves the
    /// service, says no more than the kind.
    pub guarded: bool,
    /// Past its date.
    pub overdue: bool,
    /// The state the record concerns, for the marks.
    #[serde(skip)]
    pub state: Option<String>,
    /// The title's parts, for the pages in another language (`deadlines-title-<kind>`).
    #[serde(skip)]
    pub title_args: Vec<(&'static str, String)>,
}

impl Deadline {
    fn new(
        kind: Kind,
        due_on: NaiveDate,
        due_at: Option<DateTime<Utc>>,
        title: String,
        link: String,
        record_id: i64,
        state: Option<String>,
    ) -> Self {
        Self {
            kind,
            kind_label: kind.label().to_owned(),
            due_on,
            due_at,
            time: due_at.map(|at| at.format("%H:%M UTC").to_string()),
            title,
            link,
            record_id,
            guarded: false,
            overdue: false,
            state,
            title_args: Vec::new(),
        }
    }

    fn with_args(mut self, args: Vec<(&'static str, String)>) -> Self {
        self.title_args = args;
        self
    }

    /// The kind and the title in `lang`, for a page.
    pub fn localize(&mut self, lang: crate::i18n::Lang) {
        if lang == crate::i18n::Lang::En {
            return;
        }
        self.kind_label = self.kind.label_in(lang).into_owned();
        let id = crate::choice::label_id("deadlines-title", self.kind.as_str());
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = self
            .title_args
            .iter()
            .map(|(k, v)| {
                let v = match *k {
                    // A report by its kind's label; an amount in the language's format.
                    "report" => v
                        .parse::<crate::rounds::model::ReportKind>()
                        .map_or_else(|_| v.clone(), |r| r.label_in(lang).into_owned()),
                    "amount" => match v.split_once(' ') {
                        Some((n, code)) => {
                            format!("{}\u{a0}{code}", crate::i18n::formats::number_text(lang, n))
                        }
                        None => v.clone(),
                    },
                    "title" if v.trim().is_empty() => {
                        crate::i18n::text(lang, "deadlines-untitled-draft")
                    }
                    _ => v.clone(),
                };
                (*k, v.into())
            })
            .collect();
        if !args.is_empty() {
            self.title = crate::i18n::catalog::format(lang, &id, &args);
        }
    }
}

/// When a review assigned at `assigned_at` is due.
pub fn review_due(assigned_at: DateTime<Utc>, review_days: u32) -> NaiveDate {
    (assigned_at + Duration::days(i64::from(review_days))).date_naive()
}

/// The days a person's deadlines reach: from [`PAST_DAYS`] before `today` to [`AHEAD_DAYS`]
/// after.
pub(crate) fn window(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        today - Duration::days(PAST_DAYS),
        today + Duration::days(AHEAD_DAYS),
    )
}

/// The deadlines `user` may see, from [`PAST_DAYS`] before `today` to [`AHEAD_DAYS`] after,
/// soonest first. A fixed number of queries, whatever the number of records.
pub async fn visible(
    state: &AppState,
    user: &CurrentUser,
    today: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let db = &state.db;
    let (from, to) = window(today);
    let mut out = Vec::new();
    if policy::allows(user, Action::ViewRounds) {
        out.extend(rounds_closing(db, from, to).await?);
    }
    if user.role == Role::Member
        && let Some(org) = user.organization_id
    {
        out.extend(drafts(db, org, from, to).await?);
    }
    let review_days = state.settings.programme.review_days;
    if policy::allows(user, Action::ManageReviews) {
        out.extend(reviews(db, None, review_days, from, to).await?);
    } else if user.role == Role::Reviewer {
        out.extend(reviews(db, Some(user.id), review_days, from, to).await?);
    }
    let awards_of = if policy::allows(user, Action::ViewFinances) {
        Some(None)
    } else if user.role == Role::Member {
        user.organization_id.map(Some)
    } else {
        None
    };
    if let Some(organization) = awards_of {
        out.extend(reports_due(db, organization, from, to).await?);
        out.extend(installments_due(db, organization, from, to).await?);
    }
    if policy::allows(user, Action::ManageCoordination) {
        out.extend(requests_to_acknowledge(state, from, to).await?);
    }
    let marks = crate::sensitivity::Marks::load(db).await?;
    for d in &mut out {
        d.overdue = d.due_on < today;
        d.guarded = marks.level(d.state.as_deref()).guarded();
    }
    out.sort_by(|a, b| (a.due_on, a.due_at, &a.title).cmp(&(b.due_on, b.due_at, &b.title)));
    Ok(out)
}

/// Rounds closing between `from` and `to`.
async fn rounds_closing<C: ConnectionTrait>(
    db: &C,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let rows = round::Entity::find()
        .filter(round::Column::ClosesAt.gte(start_of(from)))
        .filter(round::Column::ClosesAt.lt(start_of(to)))
        .order_by_asc(round::Column::ClosesAt)
        .limit(PER_KIND)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            Deadline::new(
                Kind::RoundCloses,
                r.closes_at.date_naive(),
                Some(r.closes_at),
                format!("{} closes", r.name),
                format!("/rounds/{}", r.id),
                r.id,
                None,
            )
            .with_args(vec![("round", r.name)])
        })
        .collect())
}

/// The drafts of `organization` in rounds closing between `from` and `to`: due when the round
/// closes.
async fn drafts<C: ConnectionTrait>(
    db: &C,
    organization: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let rows = application::Entity::find()
        .find_also_related(round::Entity)
        .filter(application::Column::OrganizationId.eq(organization))
        .filter(application::Column::Status.eq(AppStatus::Draft))
        .filter(round::Column::ClosesAt.gte(start_of(from)))
        .filter(round::Column::ClosesAt.lt(start_of(to)))
        .limit(PER_KIND)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(app, round)| {
            let round = round?;
            let title = if app.title.trim().is_empty() {
                "Untitled draft".to_owned()
            } else {
                app.title.clone()
            };
            Some(
                Deadline::new(
                    Kind::DraftUnsubmitted,
                    round.closes_at.date_naive(),
                    Some(round.closes_at),
                    format!("Submit “{title}” before {} closes", round.name),
                    format!("/applications/{}", app.id),
                    app.id,
                    app.target_state,
                )
                .with_args(vec![("title", app.title), ("round", round.name)]),
            )
        })
        .collect())
}

/// Reviews not yet given on applications under review: `reviewer`'s, or everyone's.
pub(crate) async fn reviews<C: ConnectionTrait>(
    db: &C,
    reviewer: Option<i64>,
    review_days: u32,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let mut query = review::Entity::find()
        .filter(review::Column::SubmittedAt.is_null())
        // Assigned late enough to fall due in the window.
        .filter(
            review::Column::AssignedAt.gte(start_of(from) - Duration::days(i64::from(review_days))),
        )
        .filter(review::Column::AssignedAt.lt(start_of(to)));
    if let Some(reviewer) = reviewer {
        query = query.filter(review::Column::ReviewerId.eq(reviewer));
    }
    let rows = query
        .order_by_asc(review::Column::AssignedAt)
        .limit(PER_KIND)
        .all(db)
        .await?;
    Ok(review_deadlines(db, rows, review_days)
        .await?
        .into_iter()
        .filter(|d| d.due_on >= from && d.due_on < to)
        .collect())
}

/// The reviews `reviewer` has not yet given on applications under review, however long
/// overdue (the start page): the first `limit`, soonest due first, and how many there are,
/// counted in SQL.
pub(crate) async fn reviews_owed<C: ConnectionTrait>(
    db: &C,
    reviewer: i64,
    review_days: u32,
    limit: u64,
) -> Result<(Vec<Deadline>, u64), AppError> {
    let under_review = application::Entity::find()
        .select_only()
        .column(application::Column::Id)
        .filter(application::Column::Status.eq(AppStatus::UnderReview))
        .into_query();
    let query = review::Entity::find()
        .filter(review::Column::ReviewerId.eq(reviewer))
        .filter(review::Column::SubmittedAt.is_null())
        .filter(review::Column::ApplicationId.in_subquery(under_review));
    let total = query.clone().count(db).await?;
    // Due a fixed number of days after the assignment: the earliest assigned, the soonest due.
    let rows = query
        .order_by_asc(review::Column::AssignedAt)
        .order_by_asc(review::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok((review_deadlines(db, rows, review_days).await?, total))
}

/// The deadlines of `rows`, reviews on applications under review (one query for the
/// applications).
async fn review_deadlines<C: ConnectionTrait>(
    db: &C,
    rows: Vec<review::Model>,
    review_days: u32,
) -> Result<Vec<Deadline>, AppError> {
    let apps: HashMap<i64, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(rows.iter().map(|r| r.application_id)))
        .filter(application::Column::Status.eq(AppStatus::UnderReview))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let app = apps.get(&r.application_id)?;
            let reference = app
                .reference
                .clone()
                .unwrap_or_else(|| format!("#{}", app.id));
            Some(
                Deadline::new(
                    Kind::ReviewDue,
                    review_due(r.assigned_at, review_days),
                    None,
                    format!("Review of {reference}"),
                    format!("/applications/{}", app.id),
                    r.id,
                    app.target_state.clone(),
                )
                .with_args(vec![("reference", reference)]),
            )
        })
        .collect())
}

/// The ids of `organization`'s awards, as a subquery.
fn awards_of(organization: i64) -> sea_orm::sea_query::SelectStatement {
    award::Entity::find()
        .select_only()
        .column(award::Column::Id)
        .filter(award::Column::OrganizationId.eq(organization))
        .into_query()
}

/// The awards (active or suspended) of `organization`, or all, by id, among `ids`.
async fn awards_among<C: ConnectionTrait>(
    db: &C,
    organization: Option<i64>,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, award::Model>, AppError> {
    let mut query = award::Entity::find()
        .filter(award::Column::Id.is_in(ids))
        .filter(award::Column::Status.is_in([AwardStatus::Active, AwardStatus::Suspended]));
    if let Some(organization) = organization {
        query = query.filter(award::Column::OrganizationId.eq(organization));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect())
}

/// Reports still owed (due, overdue, sent back) on `organization`'s awards, or all.
pub(crate) async fn reports_due<C: ConnectionTrait>(
    db: &C,
    organization: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let mut query = report::Entity::find()
        .filter(report::Column::Status.is_in([
            ReportStatus::Due,
            ReportStatus::Overdue,
            ReportStatus::RevisionRequested,
        ]))
        .filter(report::Column::DueOn.gte(from))
        .filter(report::Column::DueOn.lt(to));
    if let Some(organization) = organization {
        query = query.filter(report::Column::AwardId.in_subquery(awards_of(organization)));
    }
    let rows = query
        .order_by_asc(report::Column::DueOn)
        .limit(PER_KIND)
        .all(db)
        .await?;
    report_deadlines(db, organization, rows).await
}

/// The reports `organization` still owes (due, overdue, sent back) on its active or suspended
/// awards, whatever their date (the start page): the first `limit`, soonest due first, and
/// how many there are, counted in SQL.
pub(crate) async fn reports_owed<C: ConnectionTrait>(
    db: &C,
    organization: i64,
    limit: u64,
) -> Result<(Vec<Deadline>, u64), AppError> {
    let running = award::Entity::find()
        .select_only()
        .column(award::Column::Id)
        .filter(award::Column::OrganizationId.eq(organization))
        .filter(award::Column::Status.is_in([AwardStatus::Active, AwardStatus::Suspended]))
        .into_query();
    let query = report::Entity::find()
        .filter(report::Column::Status.is_in([
            ReportStatus::Due,
            ReportStatus::Overdue,
            ReportStatus::RevisionRequested,
        ]))
        .filter(report::Column::AwardId.in_subquery(running));
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(report::Column::DueOn)
        .order_by_asc(report::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok((report_deadlines(db, Some(organization), rows).await?, total))
}

/// The deadlines of `rows`, reports on active or suspended awards (of `organization`, if
/// given; one query for the awards).
async fn report_deadlines<C: ConnectionTrait>(
    db: &C,
    organization: Option<i64>,
    rows: Vec<report::Model>,
) -> Result<Vec<Deadline>, AppError> {
    let awards = awards_among(db, organization, rows.iter().map(|r| r.award_id)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let award = awards.get(&r.award_id)?;
            Some(
                Deadline::new(
                    Kind::ReportDue,
                    r.due_on,
                    None,
                    format!("{} for {}", r.kind.label(), award.reference),
                    format!("/awards/{}#report-{}", award.id, r.id),
                    r.id,
                    Some(award.target_state.clone()),
                )
                .with_args(vec![
                    ("report", r.kind.as_str().to_owned()),
                    ("reference", award.reference.clone()),
                ]),
            )
        })
        .collect())
}

/// Installments scheduled or approved, not yet paid, with a due date, on `organization`'s
/// awards, or all.
async fn installments_due<C: ConnectionTrait>(
    db: &C,
    organization: Option<i64>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let mut query = disbursement::Entity::find()
        .filter(
            disbursement::Column::Status
                .is_in([InstallmentStatus::Scheduled, InstallmentStatus::Approved]),
        )
        .filter(disbursement::Column::DueOn.gte(from))
        .filter(disbursement::Column::DueOn.lt(to));
    if let Some(organization) = organization {
        query = query.filter(disbursement::Column::AwardId.in_subquery(awards_of(organization)));
    }
    let rows = query
        .order_by_asc(disbursement::Column::DueOn)
        .limit(PER_KIND)
        .all(db)
        .await?;
    let awards = awards_among(db, organization, rows.iter().map(|r| r.award_id)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|d| {
            let award = awards.get(&d.award_id)?;
            let amount = Money::from_minor(d.amount_minor, award.amount_currency);
            Some(
                Deadline::new(
                    Kind::InstallmentDue,
                    d.due_on?,
                    None,
                    format!(
                        "Installment {} of {}: {}",
                        d.sequence,
                        award.reference,
                        amount.display()
                    ),
                    format!("/awards/{}", award.id),
                    d.id,
                    Some(award.target_state.clone()),
                )
                .with_args(vec![
                    ("number", d.sequence.to_string()),
                    ("reference", award.reference.clone()),
                    (
                        "amount",
                        format!("{} {}", amount.amount(), amount.currency()),
                    ),
                ]),
            )
        })
        .collect())
}

/// Coordination requests received and not yet acknowledged: due two working days after they
/// arrived (when they escalate).
pub(crate) async fn requests_to_acknowledge(
    state: &AppState,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Deadline>, AppError> {
    let rows = coordination_request::Entity::find()
        .filter(
            coordination_request::Column::Status
                .eq(crate::coordination::workflow::Status::Received),
        )
        .filter(coordination_request::Column::ReceivedAt.lt(start_of(to)))
        // Two working days are at most a fortnight, however many holidays fall between: older
        // requests fall due before the window.
        .filter(coordination_request::Column::ReceivedAt.gte(start_of(from) - Duration::days(14)))
        .order_by_asc(coordination_request::Column::ReceivedAt)
        .limit(PER_KIND)
        .all(&state.db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| request_deadline(state, r))
        .filter(|d| d.due_on >= from)
        .collect())
}

/// Coordination requests received and not yet acknowledged, however long ago (the start
/// page): the first `limit`, the oldest first, and how many there are, counted in SQL.
pub(crate) async fn requests_unacknowledged(
    state: &AppState,
    limit: u64,
) -> Result<(Vec<Deadline>, u64), AppError> {
    let query = coordination_request::Entity::find().filter(
        coordination_request::Column::Status.eq(crate::coordination::workflow::Status::Received),
    );
    let total = query.clone().count(&state.db).await?;
    let rows = query
        .order_by_asc(coordination_request::Column::ReceivedAt)
        .order_by_asc(coordination_request::Column::Id)
        .limit(limit)
        .all(&state.db)
        .await?;
    Ok((
        rows.into_iter()
            .map(|r| request_deadline(state, r))
            .collect(),
        total,
    ))
}

/// A request to acknowledge: due two working days after it arrived.
fn request_deadline(state: &AppState, r: coordination_request::Model) -> Deadline {
    let due_at = state
        .calendar
        .add_working_days(r.received_at, crate::coordination::escalation::WORKING_DAYS);
    Deadline::new(
        Kind::RequestToAcknowledge,
        due_at.date_naive(),
        Some(due_at),
        format!("Acknowledge request {}", r.reference),
        format!("/coordination-requests/{}", r.id),
        r.id,
        Some(r.target_state),
    )
    .with_args(vec![("reference", r.reference)])
}

/// Midnight UTC at the start of `day`.
fn start_of(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(chrono::NaiveTime::MIN).and_utc()
}
