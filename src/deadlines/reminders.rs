//! Reminders of deadlines by e-mail, each sent once to each person (the daily
//! `deadline_reminders` job; report reminders have their own, `report_reminders`):
//!
//! - a reviewer, [`REVIEW_DAYS_BEFORE`] days before a review falls due;
//! - an organization's members, when a round closes within [`DRAFT_DAYS_BEFORE`] days and their
//!   draft in it is still not submitted;
//! - the members of every active member organization with no application in a round (not even
//!   a draft), [`ROUND_DAYS_BEFORE`] days before it closes;
//! - finance officers, [`INSTALLMENT_DAYS_BEFORE`] days before an installment falls due.
//!
//! A reminder is claimed (a row of `deadline_reminders`, unique per kind, record, person and
//! date) in the transaction that queues its e-mail: two runs or two instances send it once, and
//! a date that moves gets a reminder of its own. An e-mail about a record concerning a marked
//! state says only that something needs attention. Each e-mail is written in its recipient's
//! language (`deadlines-mail-*` in the catalogue).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

use super::Kind;
use crate::applications::workflow::Status as AppStatus;
use crate::auth::Role;
use crate::awards::workflow::{AwardStatus, InstallmentStatus};
use crate::entities::{application, award, deadline_reminder, disbursement, review, round, user};
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::money::Money;
use crate::notify::{Mail, Notice};
use crate::state::AppState;

pub const REVIEW_DAYS_BEFORE: i64 = 3;
pub const DRAFT_DAYS_BEFORE: i64 = 14;
pub const ROUND_DAYS_BEFORE: i64 = 7;
pub const INSTALLMENT_DAYS_BEFORE: i64 = 7;

/// One reminder to send.
struct Reminder {
    kind: Kind,
    record_id: i64,
    due_on: NaiveDate,
    /// The people told: (id, address).
    to: Vec<(i64, String)>,
    /// The catalogue's ids of the subject and of the paragraph, written in each recipient's
    /// language with `args`.
    subject: &'static str,
    body: &'static str,
    args: Vec<(&'static str, Arg)>,
    link: String,
    /// The record concerns a marked state.
    state: Option<String>,
}

/// A value of a reminder, written as the recipient's language writes it.
enum Arg {
    Text(String),
    Day(NaiveDate),
    Instant(DateTime<Utc>),
    Amount(Money),
    /// A catalogue's message (`deadlines-mail-your-draft`), with its arguments.
    Message(&'static str, Vec<(&'static str, String)>),
}

impl Arg {
    /// In `lang`. English e-mails keep the dates they always had (`2026-12-03`, `2026-12-03
    /// 17:00 UTC`); French and Spanish ones write them as CLDR does (`3 déc. 2026`).
    fn in_lang(&self, lang: Lang) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Day(day) if lang == Lang::En => day.to_string(),
            Self::Day(day) => i18n::formats::date(lang, *day),
            Self::Instant(at) if lang == Lang::En => at.format("%Y-%m-%d %H:%M UTC").to_string(),
            Self::Instant(at) => crate::views::instant_lang(lang, *at),
            Self::Amount(amount) if lang == Lang::En => amount.display(),
            Self::Amount(amount) => i18n::formats::money(lang, amount),
            Self::Message(id, args) => {
                let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
                    .iter()
                    .map(|(name, value)| (*name, value.as_str().into()))
                    .collect();
                i18n::format(lang, id, &args)
            }
        }
    }
}

impl Reminder {
    /// The reminder's subject and paragraphs in `lang`.
    fn words(&self, lang: Lang) -> (String, Vec<String>) {
        let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| (*name, arg.in_lang(lang).into()))
            .collect();
        (
            i18n::format(lang, self.subject, &args),
            vec![
                i18n::text(lang, "email-hello"),
                i18n::format(lang, self.body, &args),
            ],
        )
    }
}

/// Sends the reminders due at `now`; says how many were queued.
pub async fn send(state: &AppState, now: DateTime<Utc>) -> Result<String, AppError> {
    let today = now.date_naive();
    let mut due = reviews(state, today).await?;
    due.extend(drafts(state, now).await?);
    due.extend(rounds_closing(state, now).await?);
    due.extend(installments(state, today).await?);
    let marks = crate::sensitivity::Marks::load(&state.db).await?;
    let mail = Mail::from(state);
    let mut sent = 0;
    for reminder in due {
        let guarded = marks.level(reminder.state.as_deref()).guarded();
        for (recipient, address) in &reminder.to {
            let txn = crate::db::begin_write(&state.db).await?;
            if !claim(&txn, &reminder, *recipient, now).await? {
                continue;
            }
            let link = format!("{}{}", mail.public_url, reminder.link);
            let lang = crate::notify::language_of(&txn, address).await?;
            if guarded {
                mail.attention(&txn, lang, address, link).await?;
            } else {
                let (subject, paragraphs) = reminder.words(lang);
                let link_label = i18n::text(lang, "deadlines-mail-open");
                let notice = Notice {
                    subject: &subject,
                    reference: "Clearway",
                    paragraphs: &paragraphs,
                    link,
                    link_label: &link_label,
                };
                mail.notice(&txn, lang, address, &notice).await?;
            }
            txn.commit().await?;
            sent += 1;
        }
    }
    Ok(format!("{sent} deadline reminders queued"))
}

/// Claims the reminder of `reminder` to `recipient`: false when it was sent already.
async fn claim<C: ConnectionTrait>(
    db: &C,
    reminder: &Reminder,
    recipient: i64,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let insert = Query::insert()
        .into_table(deadline_reminder::Entity)
        .columns([
            deadline_reminder::Column::Kind,
            deadline_reminder::Column::RecordId,
            deadline_reminder::Column::RecipientId,
            deadline_reminder::Column::DueOn,
            deadline_reminder::Column::SentAt,
        ])
        .values_panic([
            reminder.kind.as_str().into(),
            reminder.record_id.into(),
            recipient.into(),
            reminder.due_on.into(),
            now.into(),
        ])
        .on_conflict(
            OnConflict::columns([
                deadline_reminder::Column::Kind,
                deadline_reminder::Column::RecordId,
                deadline_reminder::Column::RecipientId,
                deadline_reminder::Column::DueOn,
            ])
            .do_nothing()
            .to_owned(),
        )
        .to_owned();
    Ok(db.execute(&insert).await?.rows_affected() == 1)
}

/// The active accounts among `ids`: (id, address).
async fn active_addresses<C: ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<(i64, String)>, AppError> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Email)
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true))
        .into_tuple()
        .all(db)
        .await?)
}

/// Reviews not yet given, due within [`REVIEW_DAYS_BEFORE`] days, on applications under review.
async fn reviews(state: &AppState, today: NaiveDate) -> Result<Vec<Reminder>, AppError> {
    let db = &state.db;
    let days = state.settings.programme.review_days;
    // Due by today + N: assigned before (today + N + 1 - review_days).
    let latest = super::start_of(today + Duration::days(REVIEW_DAYS_BEFORE + 1))
        - Duration::days(i64::from(days));
    let earliest = super::start_of(today) - Duration::days(i64::from(days));
    let pending = review::Entity::find()
        .filter(review::Column::SubmittedAt.is_null())
        .filter(review::Column::AssignedAt.gte(earliest))
        .filter(review::Column::AssignedAt.lt(latest))
        .all(db)
        .await?;
    let apps: std::collections::HashMap<i64, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(pending.iter().map(|r| r.application_id)))
        .filter(application::Column::Status.eq(AppStatus::UnderReview))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let people: std::collections::HashMap<i64, String> =
        active_addresses(db, pending.iter().map(|r| r.reviewer_id))
            .await?
            .into_iter()
            .collect();
    Ok(pending
        .into_iter()
        .filter_map(|r| {
            let app = apps.get(&r.application_id)?;
            let address = people.get(&r.reviewer_id)?;
            let due_on = super::review_due(r.assigned_at, days);
            let reference = app
                .reference
                .clone()
                .unwrap_or_else(|| format!("#{}", app.id));
            Some(Reminder {
                kind: Kind::ReviewDue,
                record_id: r.id,
                due_on,
                to: vec![(r.reviewer_id, address.clone())],
                subject: "deadlines-mail-review-subject",
                body: "deadlines-mail-review",
                args: vec![
                    ("reference", Arg::Text(reference)),
                    ("due", Arg::Day(due_on)),
                ],
                link: format!("/applications/{}", app.id),
                state: app.target_state.clone(),
            })
        })
        .collect())
}

/// Drafts in rounds closing within [`DRAFT_DAYS_BEFORE`] days: one reminder to each member
/// of the organization.
async fn drafts(state: &AppState, now: DateTime<Utc>) -> Result<Vec<Reminder>, AppError> {
    let db = &state.db;
    let rows = application::Entity::find()
        .find_also_related(round::Entity)
        .filter(application::Column::Status.eq(AppStatus::Draft))
        .filter(round::Column::ClosesAt.gt(now))
        .filter(round::Column::ClosesAt.lte(now + Duration::days(DRAFT_DAYS_BEFORE)))
        .all(db)
        .await?;
    let organizations: Vec<i64> = rows.iter().map(|(a, _)| a.organization_id).collect();
    let members: Vec<(i64, String, Option<i64>)> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Email)
        .column(user::Column::OrganizationId)
        .filter(user::Column::OrganizationId.is_in(organizations))
        .filter(user::Column::Role.eq(Role::Member))
        .filter(user::Column::Active.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(app, round)| {
            let round = round?;
            let to: Vec<(i64, String)> = members
                .iter()
                .filter(|(_, _, org)| *org == Some(app.organization_id))
                .map(|(id, email, _)| (*id, email.clone()))
                .collect();
            let draft = if app.title.trim().is_empty() {
                Arg::Message("deadlines-mail-your-draft", Vec::new())
            } else {
                Arg::Message(
                    "deadlines-mail-the-draft",
                    vec![("title", app.title.clone())],
                )
            };
            Some(Reminder {
                kind: Kind::DraftUnsubmitted,
                record_id: app.id,
                due_on: round.closes_at.date_naive(),
                to,
                subject: "deadlines-mail-closes-subject",
                body: "deadlines-mail-draft",
                args: vec![
                    ("round", Arg::Text(round.name)),
                    ("closes", Arg::Instant(round.closes_at)),
                    ("draft", draft),
                ],
                link: format!("/applications/{}", app.id),
                state: app.target_state,
            })
        })
        .collect())
}

/// Rounds open now and closing within [`ROUND_DAYS_BEFORE`] days: one reminder to each member
/// of an active member organization that has no application in the round.
async fn rounds_closing(state: &AppState, now: DateTime<Utc>) -> Result<Vec<Reminder>, AppError> {
    use crate::members::model::MembershipStatus;
    let db = &state.db;
    let closing = round::Entity::find()
        .filter(round::Column::OpensAt.lte(now))
        .filter(round::Column::ClosesAt.gt(now))
        .filter(round::Column::ClosesAt.lte(now + Duration::days(ROUND_DAYS_BEFORE)))
        .all(db)
        .await?;
    let mut out = Vec::new();
    for round in closing {
        // The members of active organizations without an application in this round, in one
        // query per round (a handful of rounds close in any week).
        let applied = application::Entity::find()
            .select_only()
            .column(application::Column::OrganizationId)
            .filter(application::Column::RoundId.eq(round.id))
            .into_query();
        let active = crate::entities::organization::Entity::find()
            .select_only()
            .column(crate::entities::organization::Column::Id)
            .filter(
                crate::entities::organization::Column::MembershipStatus
                    .eq(MembershipStatus::Active),
            )
            .into_query();
        let to: Vec<(i64, String)> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::Email)
            .filter(user::Column::Role.eq(Role::Member))
            .filter(user::Column::Active.eq(true))
            .filter(user::Column::OrganizationId.in_subquery(active))
            .filter(user::Column::OrganizationId.not_in_subquery(applied))
            .into_tuple()
            .all(db)
            .await?;
        if to.is_empty() {
            continue;
        }
        out.push(Reminder {
            kind: Kind::RoundCloses,
            record_id: round.id,
            due_on: round.closes_at.date_naive(),
            to,
            subject: "deadlines-mail-closes-subject",
            body: "deadlines-mail-round",
            args: vec![
                ("round", Arg::Text(round.name)),
                ("closes", Arg::Instant(round.closes_at)),
            ],
            link: format!("/rounds/{}", round.id),
            state: None,
        });
    }
    Ok(out)
}

/// Installments not yet paid, due within [`INSTALLMENT_DAYS_BEFORE`] days: one reminder to
/// each finance officer.
async fn installments(state: &AppState, today: NaiveDate) -> Result<Vec<Reminder>, AppError> {
    let db = &state.db;
    let rows = disbursement::Entity::find()
        .filter(
            disbursement::Column::Status
                .is_in([InstallmentStatus::Scheduled, InstallmentStatus::Approved]),
        )
        .filter(disbursement::Column::DueOn.gte(today))
        .filter(disbursement::Column::DueOn.lte(today + Duration::days(INSTALLMENT_DAYS_BEFORE)))
        .all(db)
        .await?;
    let awards: std::collections::HashMap<i64, award::Model> = award::Entity::find()
        .filter(award::Column::Id.is_in(rows.iter().map(|d| d.award_id)))
        .filter(award::Column::Status.eq(AwardStatus::Active))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let finance: Vec<(i64, String)> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Email)
        .filter(user::Column::Role.eq(Role::Finance))
        .filter(user::Column::Active.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|d| {
            let award = awards.get(&d.award_id)?;
            let due_on = d.due_on?;
            let amount = Money::from_minor(d.amount_minor, award.amount_currency);
            Some(Reminder {
                kind: Kind::InstallmentDue,
                record_id: d.id,
                due_on,
                to: finance.clone(),
                subject: "deadlines-mail-installment-subject",
                body: "deadlines-mail-installment",
                args: vec![
                    ("number", Arg::Text(d.sequence.to_string())),
                    ("reference", Arg::Text(award.reference.clone())),
                    ("amount", Arg::Amount(amount)),
                    ("due", Arg::Day(due_on)),
                ],
                link: format!("/awards/{}", award.id),
                state: Some(award.target_state.clone()),
            })
        })
        .collect())
}
