//! `clearway seed --volume N`: many applications in bulk, for benchmarks (see the documentation
//! of [`crate::seed`]).

use crate::awards::conditions::ConditionKind;
use std::collections::HashMap;
use std::time::{Duration as Elapsed, Instant};

use anyhow::{Context, anyhow, bail};
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    FromQueryResult, Iterable, QueryOrder, Set, Statement,
};

use super::{
    BIND_VALUES, Existing, VOLUME_ORGANIZATIONS, VOLUME_SEEDED, existing, explain, refusal,
};
use crate::applications::content::{ActivityKind, Category, OrBlank};
use crate::applications::workflow::Status;
use crate::audit::{self, Actor};
use crate::entities::{activity, application, award, budget_line, organization, round};
use crate::error::AppError;
use crate::members::model::{Kind, MembershipStatus};
use crate::rounds::model::{self as rounds, RoundInput, TierInput};

/// What `volume` made, and how long it took.
#[derive(Debug)]
pub struct VolumeSummary {
    pub round: String,
    pub organizations: usize,
    pub applications: usize,
    pub numbered: i32,
    pub activities: usize,
    pub budget_lines: usize,
    pub awards: usize,
    pub installments: usize,
    pub reports: usize,
    pub elapsed: Elapsed,
}

impl VolumeSummary {
    pub fn describe(&self) -> String {
        format!(
            "Seeded {} applications ({} with a reference, {} activities, {} budget lines, {} awards \
             with {} installments and {} reports) from {} organizations in \"{}\" in {:.2} s.\n",
            self.applications,
            self.numbered,
            self.activities,
            self.budget_lines,
            self.awards,
            self.installments,
            self.reports,
            self.organizations,
            self.round,
            self.elapsed.as_secs_f64(),
        )
    }
}

/// A small deterministic generator (xorshift64*): the same data on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// One of `items`, which must not be empty.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = u64::try_from(high - low + 1).unwrap_or(1).max(1);
        low + i64::try_from(self.next() % span).unwrap_or(0)
    }
}

/// The share of each status, in percent; the first seven applications take one of each.
const STATUS_MIX: [(Status, u64); 7] = [
    (Status::Draft, 10),
    (Status::Submitted, 15),
    (Status::UnderReview, 20),
    (Status::ChangesRequested, 8),
    (Status::Approved, 22),
    (Status::Rejected, 17),
    (Status::Withdrawn, 8),
];

const TITLES: &[&str] = &[
    "Talks with the Ministry of Defence of {} on accession to the Mine Ban Treaty",
    "Briefing the parliament of {} on the Convention",
    "Survivors' voices: a media campaign in {}",
    "A military-to-military dialogue on stockpile destruction with {}",
    "Research on the landmine stockpile of {}",
    "A national workshop on the Convention in {}",
    "Toward a yes vote of {} on the UN General Assembly resolution",
    "Helping {} submit a voluntary transparency report",
    "A moratorium on the use of anti-personnel mines in {}",
    "Survivors' participation in the treaty meetings: the delegation of {}",
];

const ACTIVITIES: &[(ActivityKind, &str)] = &[
    (
        ActivityKind::MeetingWithAuthorities,
        "Meetings with the ministries of defence and foreign affairs",
    ),
    (
        ActivityKind::MilitaryDialogue,
        "A dialogue with retired officers",
    ),
    (
        ActivityKind::ParliamentaryEngagement,
        "Briefings for the foreign affairs committee",
    ),
    (ActivityKind::Workshop, "A two-day workshop for officials"),
    (ActivityKind::Media, "Press conference and radio interviews"),
    (
        ActivityKind::Research,
        "A study of the stockpile and of the costs of destruction",
    ),
    (
        ActivityKind::SurvivorParticipation,
        "Survivors speak at a public hearing",
    ),
];

const LINES: [(Category, &str); 4] = [
    (Category::Personnel, "Campaign coordinator, part time"),
    (Category::Travel, "Travel to the capital"),
    (Category::Meetings, "Venue and interpretation"),
    (Category::Communications, "Briefing paper and media work"),
];

const CHANGE_MESSAGES: &[&str] = &[
    "Please give the dates of the meetings and who will attend.",
    "Please split the travel costs by trip.",
    "Please explain what you would do at the lower tier.",
];

const REJECTION_REASONS: &[&str] = &[
    "The round funds work that engages the authorities; this proposal does not yet.",
    "The panel found the budget high for the activities planned.",
    "Other applications for the same state were ranked higher this round.",
];

/// A state, as the volume uses it.
#[derive(FromQueryResult)]
struct StateName {
    iso3: String,
    name: String,
}

/// Fills an empty database with `count` applications for benchmarks (see the module's
/// documentation), in one transaction.
pub async fn volume(db: &DatabaseConnection, count: u32) -> anyhow::Result<VolumeSummary> {
    let started = Instant::now();
    let count = usize::try_from(count)?;
    let txn = crate::db::begin_write(db).await?;
    match existing(&txn).await? {
        Existing::Nothing => {}
        Existing::Demo => bail!(
            "this database holds the demo data: `clearway seed --volume` fills an empty database only"
        ),
        Existing::Records {
            organizations,
            rounds,
            applications,
        } => return Err(refusal(organizations, rounds, applications)),
    }
    let actor = Actor::system("seed");
    let now = Utc::now();
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);

    // Organizations, round-robin over the states.
    let states: Vec<StateName> = StateName::find_by_statement(Statement::from_string(
        txn.get_database_backend(),
        "SELECT iso3, name FROM states ORDER BY iso3",
    ))
    .all(&txn)
    .await?;
    if states.is_empty() {
        bail!("the states table is empty: the treaty record is missing");
    }
    let state_names: HashMap<&str, &str> = states
        .iter()
        .map(|s| (s.iso3.as_str(), s.name.as_str()))
        .collect();
    let kinds = [
        ("Campaign to Ban Landmines", Kind::NationalCampaign),
        ("Landmine Survivors Network", Kind::SurvivorNetwork),
        ("Mine Action Forum", Kind::Ngo),
        ("Coalition Against Landmines", Kind::Other),
    ];
    let orgs: Vec<organization::ActiveModel> = (0..VOLUME_ORGANIZATIONS)
        .map(|i| {
            let state = &states[i % states.len()];
            let (suffix, kind) = kinds[(i / states.len()) % kinds.len()];
            organization::ActiveModel {
                name: Set(format!("{} {suffix}", state.name)),
                acronym: Set(String::new()),
                country: Set(state.iso3.clone()),
                kind: Set(kind),
                membership_status: Set(MembershipStatus::Active),
                website: Set(String::new()),
                contact_email: Set(format!("office{i:03}@example.org")),
                joined_on: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
        })
        .collect();
    insert_all(&txn, orgs).await?;
    // The database held none before: these are all ours.
    let orgs: Vec<(i64, String)> = organization::Entity::find()
        .order_by_asc(organization::Column::Id)
        .all(&txn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.country))
        .collect();

    // The round: open for eight weeks already, four to go; enough budget for every award.
    let opens = now - Duration::weeks(8);
    let budget_dollars = u64::try_from(count.max(1))? * 5000;
    let values = RoundInput {
        name: Some(format!(
            "Investing in Action {} (volume test data)",
            opens.year()
        )),
        code: Some(format!("VOLUME-{}", opens.year())),
        programme: Some("Investing in Action".to_owned()),
        opens_at: Some(opens.to_rfc3339()),
        closes_at: Some((now + Duration::weeks(4)).to_rfc3339()),
        currency: Some("USD".to_owned()),
        budget: Some(format!("{budget_dollars}.00")),
        tiers: Some(vec![
            TierInput {
                name: "low".to_owned(),
                max_amount: "2000.00".to_owned(),
            },
            TierInput {
                name: "high".to_owned(),
                max_amount: "5000.00".to_owned(),
            },
        ]),
        report_schedule: None,
        not_party_only: Some(false),
        blind_review: None,
        required_documents: None,
    }
    .parse(None)
    .map_err(|fields| explain(AppError::Validation(fields)))
    .context("the volume round")?;
    let round = rounds::create(&txn, &actor, values)
        .await
        .map_err(explain)
        .context("cannot create the volume round")?;

    // Statuses first: the applications that are not drafts are numbered in order.
    let statuses: Vec<Status> = (0..count)
        .map(|i| match Status::ALL.get(i) {
            Some(status) => *status,
            None => {
                let mut roll = dice.next() % 100;
                STATUS_MIX
                    .iter()
                    .find(|(_, share)| {
                        let hit = roll < *share;
                        roll = roll.saturating_sub(*share);
                        hit
                    })
                    .map_or(Status::Submitted, |(status, _)| *status)
            }
        })
        .collect();
    let numbered = statuses.iter().filter(|s| **s != Status::Draft).count();
    let numbered = i32::try_from(numbered)?;
    let ids = reserve_ids(&txn, count).await?;

    let span = (now - Duration::hours(1) - opens).num_seconds().max(1);
    let days = |n: i64| Duration::days(n);
    let mut apps = Vec::with_capacity(count);
    let mut activities = Vec::with_capacity(count);
    let mut lines = Vec::with_capacity(count * LINES.len());
    let mut awards = Vec::new();
    let mut awarded: i64 = 0;
    let mut number = 0;
    for (i, (status, id)) in statuses.iter().copied().zip(ids).enumerate() {
        let (org_id, country) = &orgs[i % orgs.len()];
        let state_name = state_names.get(country.as_str()).copied().unwrap_or("");
        let high = dice.next() % 100 < 45;
        let total_dollars = if high {
            dice.between(2001, 5000)
        } else {
            dice.between(800, 2000)
        };
        let mut split = [
            total_dollars * dice.between(25, 34) / 100,
            total_dollars * dice.between(20, 29) / 100,
            total_dollars * dice.between(15, 24) / 100,
            0,
        ];
        split[3] = total_dollars - split[0] - split[1] - split[2];
        let requested_minor = total_dollars * 100;
        for (position, ((category, description), dollars)) in LINES.iter().zip(split).enumerate() {
            lines.push(budget_line::ActiveModel {
                application_id: Set(id),
                position: Set(i32::try_from(position)?),
                category: Set(OrBlank(Some(*category))),
                description: Set((*description).to_owned()),
                amount_minor: Set(dollars * 100),
                ..Default::default()
            });
        }
        let title_template = dice.pick(TITLES);
        let title = title_template.replace("{}", state_name);
        let (kind, what) = ACTIVITIES[i % ACTIVITIES.len()];
        let starts_on = NaiveDate::from_ymd_opt(
            opens.year() + 1,
            u32::try_from(dice.between(1, 10))?,
            u32::try_from(dice.between(1, 28))?,
        )
        .ok_or_else(|| anyhow!("a date out of range"))?;
        activities.push(activity::ActiveModel {
            application_id: Set(id),
            position: Set(0),
            kind: Set(OrBlank(Some(kind))),
            description: Set(format!("{what} in {state_name}")),
            starts_on: Set(Some(starts_on)),
            ends_on: Set(Some(starts_on + days(dice.between(0, 20)))),
            ..Default::default()
        });

        // When: submissions spread over the weeks the round has been open, in number order.
        let latest = now - Duration::minutes(5);
        let (number_here, submitted_at) = if status == Status::Draft {
            (None, None)
        } else {
            number += 1;
            let at =
                opens + Duration::seconds(span * i64::from(number) / (i64::from(numbered) + 1));
            (Some(number), Some(at))
        };
        let created_at = match submitted_at {
            Some(at) => (at - days(dice.between(1, 14))).max(opens),
            None => opens + Duration::seconds(dice.between(0, span)),
        };
        let later = |from: DateTime<Utc>, dice: &mut Dice| {
            (from + Duration::hours(dice.between(2, 24 * 20))).min(latest)
        };
        let (updated_at, decided_at, staff_message) = match (status, submitted_at) {
            (Status::Draft, _) | (_, None) => (later(created_at, &mut dice), None, None),
            (Status::Submitted, Some(at)) => (at, None, None),
            (Status::Approved, Some(at)) => {
                let decided = later(at, &mut dice).max(at);
                (decided, Some(decided), None)
            }
            (Status::Rejected, Some(at)) => {
                let decided = later(at, &mut dice).max(at);
                let reason = *dice.pick(REJECTION_REASONS);
                (decided, Some(decided), Some(reason.to_owned()))
            }
            (Status::ChangesRequested, Some(at)) => {
                let message = *dice.pick(CHANGE_MESSAGES);
                (later(at, &mut dice).max(at), None, Some(message.to_owned()))
            }
            (_, Some(at)) => (later(at, &mut dice).max(at), None, None),
        };
        let reference = number_here.map(|n| round.reference(n));
        if status == Status::Approved {
            // The full amount, or nine tenths of it in whole dollars.
            let amount_minor = if dice.next() % 10 < 7 {
                requested_minor
            } else {
                (total_dollars * 9 / 10) * 100
            };
            awarded += amount_minor;
            let starts_on = decided_at.unwrap_or(now).date_naive();
            awards.push(award::ActiveModel {
                application_id: Set(id),
                round_id: Set(round.id()),
                organization_id: Set(*org_id),
                target_state: Set(country.clone()),
                reference: Set(reference.clone().unwrap_or_default()),
                amount_minor: Set(amount_minor),
                amount_currency: Set(round.currency),
                status: Set(crate::awards::workflow::AwardStatus::Active),
                starts_on: Set(starts_on),
                ends_on: Set(starts_on
                    .checked_add_months(Months::new(12))
                    .unwrap_or(starts_on + days(365))),
                conditions: Set(String::new()),
                signed_on: Set(None),
                created_at: Set(decided_at.unwrap_or(now)),
                updated_at: Set(decided_at.unwrap_or(now)),
                ..Default::default()
            });
        }
        apps.push(application::ActiveModel {
            id: Set(id),
            round_id: Set(round.id()),
            organization_id: Set(*org_id),
            target_state: Set(Some(country.clone())),
            number: Set(number_here),
            reference: Set(reference),
            title: Set(title),
            summary: Set(format!(
                "Advocacy toward the authorities of {state_name} on the Anti-Personnel Mine Ban \
                 Convention, with the national campaign and survivors."
            )),
            objectives: Set(format!(
                "A step by {state_name} toward the Convention: a meeting, a vote, a report."
            )),
            tier: Set(if high { "high" } else { "low" }.to_owned()),
            lower_tier_plan: Set(if high {
                "Fewer meetings, and the materials shared online.".to_owned()
            } else {
                String::new()
            }),
            requested_minor: Set(requested_minor),
            requested_currency: Set(round.currency),
            status: Set(status),
            created_by: Set(None),
            submitted_at: Set(submitted_at),
            decided_at: Set(decided_at),
            staff_message: Set(staff_message),
            campaign_id: Set(None),
            created_at: Set(created_at),
            updated_at: Set(updated_at),
            retention_warned_at: Set(None),
        });
    }
    let (made_apps, made_activities, made_lines, made_awards) =
        (apps.len(), activities.len(), lines.len(), awards.len());
    if awarded > round.budget.minor() {
        bail!("the awards would exceed the round's budget");
    }
    insert_all(&txn, apps).await?;
    insert_all(&txn, activities).await?;
    insert_all(&txn, lines).await?;
    insert_all(&txn, awards).await?;
    let (made_installments, made_reports) =
        award_tracking(&txn, round.id(), now.date_naive()).await?;
    round::ActiveModel {
        id: Set(round.id()),
        last_number: Set(numbered),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit::record(
        &txn,
        &actor,
        VOLUME_SEEDED,
        "round",
        round.id(),
        None,
        Some(serde_json::json!({
            "organizations": orgs.len(),
            "applications": made_apps,
            "budget_lines": made_lines,
            "awards": made_awards,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(VolumeSummary {
        round: round.model.name,
        organizations: orgs.len(),
        applications: made_apps,
        numbered,
        activities: made_activities,
        budget_lines: made_lines,
        awards: made_awards,
        installments: made_installments,
        reports: made_reports,
        elapsed: started.elapsed(),
    })
}

/// Three installments and three reports for each award of the round, in every status: what the
/// budget roll-ups and finance's queue sum over.
async fn award_tracking<C: ConnectionTrait>(
    db: &C,
    round_id: i64,
    today: NaiveDate,
) -> anyhow::Result<(usize, usize)> {
    use crate::awards::workflow::{InstallmentStatus, ReportStatus};
    use crate::budget_category::Category;
    use crate::entities::{disbursement, report, report_spending};
    use crate::rounds::model::ReportKind;
    use sea_orm::{ColumnTrait, QueryFilter};
    let awards = award::Entity::find()
        .filter(award::Column::RoundId.eq(round_id))
        .order_by_asc(award::Column::Id)
        .all(db)
        .await?;
    let now = Utc::now();
    let mut installments = Vec::with_capacity(awards.len() * 3);
    let mut reports = Vec::with_capacity(awards.len() * 3);
    let report_ids = reserve_ids_of(db, "reports", awards.len() * 3).await?;
    let mut spending = Vec::new();
    for (i, a) in awards.iter().enumerate() {
        let first = a.amount_minor * 40 / 100;
        let second = a.amount_minor * 30 / 100;
        let amounts = [first, second, a.amount_minor - first - second];
        let paid = [2, 1, 0, 3][i % 4];
        for (n, amount) in amounts.iter().enumerate() {
            let status = if n < paid {
                InstallmentStatus::Paid
            } else if n == paid && i % 3 == 0 {
                InstallmentStatus::Approved
            } else {
                InstallmentStatus::Scheduled
            };
            let due_on = a.starts_on + Duration::days([0, 180, 395][n]);
            installments.push(disbursement::ActiveModel {
                award_id: Set(a.id),
                sequence: Set(i32::try_from(n + 1)?),
                amount_minor: Set(*amount),
                due_on: Set(Some(due_on)),
                condition: Set(String::new()),
                condition_kind: Set([
                    ConditionKind::OnSignature,
                    ConditionKind::OnDate,
                    ConditionKind::AfterFinalReports,
                ][n]),
                status: Set(status),
                paid_on: Set((status == InstallmentStatus::Paid).then_some(due_on.min(today))),
                payment_reference: Set(
                    (status == InstallmentStatus::Paid).then(|| format!("VOL-{}-{}", a.id, n + 1))
                ),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
        let kinds = [
            (ReportKind::InterimNarrative, 180),
            (ReportKind::FinalNarrative, 395),
            (ReportKind::FinalFinancial, 395),
        ];
        for (n, &(kind, days)) in kinds.iter().enumerate() {
            let id = report_ids[i * 3 + n];
            let status = [
                ReportStatus::Accepted,
                ReportStatus::Submitted,
                ReportStatus::Due,
                ReportStatus::RevisionRequested,
                ReportStatus::Due,
            ][(i + n) % 5];
            if kind == ReportKind::FinalFinancial
                && matches!(status, ReportStatus::Accepted | ReportStatus::Submitted)
            {
                spending.push(report_spending::ActiveModel {
                    report_id: Set(id),
                    category: Set(Category::Travel),
                    amount_minor: Set(a.amount_minor * 9 / 10),
                    ..Default::default()
                });
            }
            reports.push(report::ActiveModel {
                id: Set(id),
                award_id: Set(a.id),
                kind: Set(kind),
                due_on: Set(a.starts_on + Duration::days(days)),
                status: Set(status),
                narrative: Set(String::new()),
                outcomes: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            });
        }
    }
    let counts = (installments.len(), reports.len());
    insert_all(db, installments).await?;
    insert_all(db, reports).await?;
    insert_all(db, spending).await?;
    Ok(counts)
}

/// Inserts rows in as few statements as the databases allow: each statement binds at most
/// [`BIND_VALUES`] values (SQLite takes 32,766, PostgreSQL 65,535). Few statements matter: each
/// one is a round trip, and over TCP sqlx 0.9 leaves Nagle's algorithm on, so that a large one
/// can wait some 40 ms for the server's delayed acknowledgement.
async fn insert_all<A, C>(db: &C, rows: Vec<A>) -> Result<(), DbErr>
where
    A: ActiveModelTrait,
    C: ConnectionTrait,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count();
    for batch in chunks(rows, rows_per_statement(columns)) {
        <A::Entity as EntityTrait>::insert_many(batch)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// How many rows of `columns` columns one statement inserts.
fn rows_per_statement(columns: usize) -> usize {
    (BIND_VALUES / columns.max(1)).max(1)
}

/// Splits rows into batches of `size`.
fn chunks<T>(rows: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let size = size.max(1);
    let mut batches = Vec::with_capacity(rows.len() / size + 1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        batches.push(rows.by_ref().take(size).collect());
    }
    batches
}

#[derive(FromQueryResult)]
struct Id {
    id: i64,
}

/// Ids for `count` new applications, so that their activities and budget lines can name them
/// without reading them back. PostgreSQL hands them out of the table's sequence (another writer
/// never gets one of them); SQLite's write transaction holds the database, so the ones after the
/// largest are free.
async fn reserve_ids<C: ConnectionTrait>(db: &C, count: usize) -> anyhow::Result<Vec<i64>> {
    reserve_ids_of(db, "applications", count).await
}

/// Ids for `count` rows of `table` (a name of this module's, never a person's input).
async fn reserve_ids_of<C: ConnectionTrait>(
    db: &C,
    table: &str,
    count: usize,
) -> anyhow::Result<Vec<i64>> {
    let backend = db.get_database_backend();
    if backend == DbBackend::Postgres {
        let ids = Id::find_by_statement(Statement::from_sql_and_values(
            backend,
            format!(
                "SELECT nextval(pg_get_serial_sequence('{table}', 'id')) AS id \
                 FROM generate_series(1, $1)"
            ),
            [i64::try_from(count)?.into()],
        ))
        .all(db)
        .await?;
        let mut ids: Vec<i64> = ids.into_iter().map(|r| r.id).collect();
        ids.sort_unstable();
        if ids.len() != count {
            bail!("reserved {} ids for {count} {table}", ids.len());
        }
        return Ok(ids);
    }
    let largest = Id::find_by_statement(Statement::from_string(
        backend,
        format!("SELECT COALESCE(MAX(id), 0) AS id FROM {table}"),
    ))
    .one(db)
    .await?
    .map_or(0, |r| r.id);
    Ok((1..=i64::try_from(count)?).map(|n| largest + n).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_hold_every_row_once() {
        let batches = chunks((0..1201).collect::<Vec<_>>(), 500);
        assert_eq!(
            batches.iter().map(Vec::len).collect::<Vec<_>>(),
            [500, 500, 201]
        );
        assert!(chunks(Vec::<i32>::new(), 500).is_empty());
        // An application has 20 columns: 1,500 of them bind 30,000 values.
        assert_eq!(rows_per_statement(20), 1500);
        assert_eq!(rows_per_statement(0), BIND_VALUES);
    }

    #[test]
    fn the_dice_stay_within_bounds() {
        let mut dice = Dice(42);
        for _ in 0..1000 {
            let n = dice.between(3, 7);
            assert!((3..=7).contains(&n));
            assert!([1, 2, 3].contains(dice.pick(&[1, 2, 3])));
        }
    }
}
