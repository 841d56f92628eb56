//! `clearway seed --demo`: the programme of [`super::plans`], made through the model functions
//! (see the documentation of [`crate::seed`]).

use std::collections::HashMap;

use anyhow::{Context, anyhow};
use chrono::{Datelike, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set,
};

use super::plans::{Fate, ORGANIZATIONS, PEOPLE, PLANS, Plan, ReviewPlan, Which};
use super::{DEMO_SEEDED, Existing, existing, explain, refusal};
use crate::applications::model::{
    self as applications, ActivityInput, ApplicationInput, LineInput,
};
use crate::applications::reviews::{self, ReviewInput};
use crate::applications::transitions::{self, StepInput};
use crate::applications::workflow::{Status, Step};
use crate::audit::{self, Actor};
use crate::auth::{Role, users};
use crate::entities::{application, award, organization, outbox, user};
use crate::error::AppError;
use crate::input::NumberInput;
use crate::input::YesNo;
use crate::members::model::{self as members, OrganizationInput};
use crate::notify::Mail;
use crate::rounds::model::{self as rounds, ReportDueInput, Round, RoundInput, TierInput};

/// What `demo` did.
#[derive(Debug)]
pub enum DemoOutcome {
    Seeded(DemoSummary),
    /// The database holds the demo already; nothing was changed.
    AlreadySeeded,
}

/// What the demo made.
#[derive(Debug)]
pub struct DemoSummary {
    pub organizations: usize,
    pub users: usize,
    pub rounds: Vec<String>,
    /// Applications by status, in the workflow's order.
    pub applications: Vec<(Status, usize)>,
    pub awards: u64,
    pub emails: u64,
}

impl DemoSummary {
    pub fn describe(&self, outbox_dir: &str) -> String {
        let statuses = self
            .applications
            .iter()
            .map(|(status, n)| format!("{n} {}", status.label().to_lowercase()))
            .collect::<Vec<_>>()
            .join(", ");
        let total: usize = self.applications.iter().map(|(_, n)| n).sum();
        format!(
            "Seeded the demo programme: {} organizations, {} people, rounds {}; {total} applications \
             ({statuses}); {} awards; {} emails queued (to addresses on example.org).\n\
             Nobody has a password. To sign in as one of them, use \"Forgot your password?\" on the \
             sign-in page (with the file transport the link is written into {outbox_dir}); invite \
             real people from the People page or create them with `clearway admin create-user`.\n",
            self.organizations,
            self.users,
            self.rounds
                .iter()
                .map(|r| format!("\"{r}\""))
                .collect::<Vec<_>>()
                .join(" and "),
            self.awards,
            self.emails,
        )
    }
}

/// Fills an empty database with the demo programme, in one transaction (see the module's
/// documentation). Refused when the database holds records the demo did not make.
/// `secret` derives the demo requests' status links (the server's cookie key, so that they work).
pub async fn demo(
    db: &DatabaseConnection,
    mail: Mail<'_>,
    secret: &[u8],
) -> anyhow::Result<DemoOutcome> {
    let txn = crate::db::begin_write(db).await?;
    match existing(&txn).await? {
        Existing::Demo => return Ok(DemoOutcome::AlreadySeeded),
        Existing::Records {
            organizations,
            rounds,
            applications,
        } => return Err(refusal(organizations, rounds, applications)),
        Existing::Nothing => {}
    }
    let actor = Actor::system("seed");
    let orgs = create_organizations(&txn, &actor).await?;
    let (reviewers, users) = create_people(&txn, &actor, &orgs).await?;

    let now = Utc::now();
    let opens = now - Duration::days(3);
    let year = opens.year();
    let past_year = year - 1;
    // Open while its applications are submitted; closed on 31 March once they are decided.
    let past_values = round_values(
        past_year,
        &format!("{past_year}-01-15T09:00:00Z"),
        &(now + Duration::days(1)).to_rfc3339(),
        "60000.00",
    )?;
    let past = rounds::create(&txn, &actor, past_values.clone())
        .await
        .map_err(explain)
        .context("cannot create the past round")?;
    let open = rounds::create(
        &txn,
        &actor,
        round_values(
            year,
            &opens.to_rfc3339(),
            &(now + Duration::days(61)).to_rfc3339(),
            "80000.00",
        )?,
    )
    .await
    .map_err(explain)
    .context("cannot create the open round")?;

    let steps = Steps {
        mail,
        actor: &actor,
        reviewers: &reviewers,
    };
    for plan in PLANS {
        let org = orgs
            .get(plan.org)
            .ok_or_else(|| anyhow!("no organization {} in the demo", plan.org))?;
        let (round, activity_year) = match plan.round {
            Which::Past => (&past, past_year),
            Which::Open => (&open, year + 1),
        };
        steps
            .play(&txn, plan, round, org, activity_year)
            .await
            .with_context(|| format!("cannot seed \"{}\" of {}", plan.title, org.name))?;
    }

    super::coordination::seed(&txn, &actor, mail, secret, &orgs)
        .await
        .context("cannot seed the campaigns and coordination requests")?;

    let current = rounds::get(&txn, past.id()).await.map_err(explain)?;
    let closed = rounds::RoundValues {
        closes_at: rounds::parse_instant(&format!("{past_year}-03-31T17:00:00Z"))
            .map_err(|m| anyhow!(m))?,
        ..past_values
    };
    rounds::update(&txn, &actor, current, closed)
        .await
        .map_err(explain)
        .context("cannot close the past round")?;

    super::award_lives::play(&txn, &actor, past_year)
        .await
        .context("cannot take the awards through their lives")?;
    exchange_rates(&txn, &actor)
        .await
        .context("cannot record the exchange rates")?;
    for (iso3, level, reason) in [
        (
            "AZE",
            "high_risk",
            "Demo data: campaigners questioned after a public event on landmines",
        ),
        (
            "MMR",
            "high_risk",
            "Demo data: civil society work restricted since the coup",
        ),
        (
            "EGY",
            "sensitive",
            "Demo data: NGO law requires approval of foreign funding",
        ),
    ] {
        let input = crate::sensitivity::SensitivityInput {
            level: Some(level.to_owned()),
            reason: Some(reason.to_owned()),
            review_on: Some((crate::dates::today() + Duration::days(180)).to_string()),
        };
        crate::sensitivity::set(&txn, &actor, iso3, &input, crate::dates::today())
            .await
            .map_err(explain)
            .with_context(|| format!("cannot mark {iso3}"))?;
    }

    let summary = summarize(&txn, orgs.len(), users, vec![past, open]).await?;
    audit::record(
        &txn,
        &actor,
        DEMO_SEEDED,
        "database",
        "demo",
        None,
        Some(serde_json::json!({
            "organizations": summary.organizations,
            "users": summary.users,
            "rounds": summary.rounds,
            "applications": summary.applications.iter().map(|(_, n)| n).sum::<usize>(),
            "awards": summary.awards,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(DemoOutcome::Seeded(summary))
}

/// Exchange rates to the reporting currency (CHF) over the last two months, so that the budget
/// roll-ups can be shown converted. Illustrative figures, named as such in their source.
async fn exchange_rates<C: ConnectionTrait>(db: &C, actor: &Actor) -> anyhow::Result<()> {
    let today = crate::dates::today();
    for (days_ago, from, rate) in [
        (60, "USD", "0.8820"),
        (30, "USD", "0.8875"),
        (1, "USD", "0.8917"),
        (30, "EUR", "0.9350"),
        (1, "EUR", "0.9372"),
    ] {
        let input = crate::exchange::RateInput {
            rate_on: Some((today - Duration::days(days_ago)).to_string()),
            from: Some(from.to_owned()),
            to: Some("CHF".to_owned()),
            rate: Some(rate.to_owned()),
            source: Some("Demo data: illustrative reference rate".to_owned()),
        };
        crate::exchange::record(db, actor, &input, today)
            .await
            .map_err(explain)?;
    }
    Ok(())
}

/// A round of the programme: USD, low and high tiers, interim and final reports.
fn round_values(
    year: i32,
    opens_at: &str,
    closes_at: &str,
    budget: &str,
) -> anyhow::Result<rounds::RoundValues> {
    let tier = |name: &str, max: &str| TierInput {
        name: name.to_owned(),
        max_amount: max.to_owned(),
    };
    let due = |kind: &str, days: i64| ReportDueInput {
        kind: kind.to_owned(),
        due_after_days: NumberInput::Number(days),
    };
    RoundInput {
        name: Some(format!("Investing in Action {year}")),
        code: Some(format!("IIA-{year}")),
        programme: Some("Investing in Action".to_owned()),
        opens_at: Some(opens_at.to_owned()),
        closes_at: Some(closes_at.to_owned()),
        currency: Some("USD".to_owned()),
        budget: Some(budget.to_owned()),
        tiers: Some(vec![tier("low", "2000.00"), tier("high", "5000.00")]),
        report_schedule: Some(vec![
            due("interim_narrative", 180),
            due("final_narrative", 30),
            due("final_financial", 30),
        ]),
        not_party_only: Some(false),
        blind_review: None,
        required_documents: None,
    }
    .parse(None)
    .map_err(|fields| explain(AppError::Validation(fields)))
    .with_context(|| format!("the round of {year}"))
}

async fn create_organizations<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
) -> anyhow::Result<HashMap<&'static str, organization::Model>> {
    let mut made = HashMap::new();
    for org in ORGANIZATIONS {
        let input = OrganizationInput {
            name: Some(org.name.to_owned()),
            acronym: Some(org.acronym.to_owned()),
            country: Some(org.country.to_owned()),
            kind: Some(org.kind.to_owned()),
            membership_status: Some("active".to_owned()),
            website: None,
            contact_email: Some(org.contact.to_owned()),
            joined_on: Some(org.joined_on.to_owned()),
            // Where being named could put campaigners at risk, their grants stay out of the
            // open data.
            publish_grants: Some(!matches!(org.country, "AZE" | "MMR")),
            language: Some(org.language.to_owned()),
        };
        // Checks the country against the states table, as the registry's form does.
        let changes = input
            .parse(db, true)
            .await
            .map_err(explain)
            .with_context(|| format!("the organization {}", org.name))?;
        let created = members::create(db, actor, changes)
            .await
            .map_err(explain)
            .with_context(|| format!("cannot create {}", org.name))?;
        made.insert(org.key, created);
    }
    Ok(made)
}

/// ICBL's people and one account per organization, without passwords. Returns the two
/// reviewers and how many people were made.
async fn create_people<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    orgs: &HashMap<&'static str, organization::Model>,
) -> anyhow::Result<(Vec<user::Model>, usize)> {
    let mut reviewers = Vec::new();
    let mut made = 0;
    let members = ORGANIZATIONS.iter().map(|o| {
        (
            o.person,
            o.email,
            Role::Member,
            None,
            orgs.get(o.key).map(|m| m.id),
        )
    });
    let staff = PEOPLE
        .iter()
        .map(|(name, email, role, country)| (*name, *email, *role, *country, None));
    for (name, email, role, country, organization_id) in staff.chain(members) {
        let mut person = users::create(
            db,
            users::NewUser {
                email: email.to_owned(),
                name: name.to_owned(),
                role,
                organization_id,
                password_hash: None,
            },
        )
        .await
        .map_err(explain)
        .with_context(|| format!("cannot create the account of {email}"))?;
        if let Some(country) = country {
            let mut active: user::ActiveModel = person.into();
            active.country = Set(Some(country.to_owned()));
            person = active.update(db).await?;
        }
        // A member reads the service in the organization's working language.
        if let Some(language) = orgs
            .values()
            .find(|o| Some(o.id) == organization_id)
            .map(|o| o.language)
            .filter(|l| *l != person.language)
        {
            let mut active: user::ActiveModel = person.into();
            active.language = Set(language);
            person = active.update(db).await?;
        }
        audit::record(
            db,
            actor,
            "user_created",
            "user",
            person.id,
            None,
            Some(serde_json::json!({
                "email": person.email, "role": person.role,
                "organization_id": person.organization_id, "country": person.country,
            })),
        )
        .await?;
        if role == Role::Reviewer {
            reviewers.push(person);
        }
        made += 1;
    }
    Ok((reviewers, made))
}

/// What every step of the demo needs.
struct Steps<'a> {
    mail: Mail<'a>,
    actor: &'a Actor,
    reviewers: &'a [user::Model],
}

impl Steps<'_> {
    /// Drafts the application of `plan`, then takes it where its fate says.
    async fn play<C: ConnectionTrait>(
        &self,
        db: &C,
        plan: &Plan,
        round: &Round,
        org: &organization::Model,
        activity_year: i32,
    ) -> anyhow::Result<()> {
        let input = ApplicationInput {
            round_id: Some(NumberInput::Number(round.id())),
            organization_id: Some(NumberInput::Number(org.id)),
            target_state: Some(plan.target.to_owned()),
            title: Some(plan.title.to_owned()),
            summary: Some(plan.summary.to_owned()),
            objectives: Some(plan.objectives.to_owned()),
            tier: Some(plan.tier.to_owned()),
            lower_tier_plan: Some(plan.lower_tier_plan.to_owned()),
            requested_amount: None,
            activities: Some(
                plan.activities
                    .iter()
                    .map(|(kind, description, starts, ends)| ActivityInput {
                        kind: (*kind).to_owned(),
                        description: (*description).to_owned(),
                        starts_on: format!("{activity_year}-{starts}"),
                        ends_on: format!("{activity_year}-{ends}"),
                    })
                    .collect(),
            ),
            budget_lines: Some(lines(plan.lines)),
            campaign_id: None,
        };
        let content = input
            .content(db, round)
            .await
            .map_err(|fields| explain(AppError::Validation(fields)))?;
        let mut app = applications::create(db, self.actor, round, org, content)
            .await
            .map_err(explain)?;
        let none = StepInput::default();
        match &plan.fate {
            Fate::Draft => {}
            Fate::Withdrawn { submitted } => {
                if *submitted {
                    app = self.step(db, app, Step::Submit, &none).await?;
                }
                self.step(db, app, Step::Withdraw, &none).await?;
            }
            Fate::Submitted => {
                self.step(db, app, Step::Submit, &none).await?;
            }
            Fate::UnderReview(reviews) => {
                self.review(db, app, reviews).await?;
            }
            Fate::ChangesRequested(message) => {
                app = self.review(db, app, &[]).await?;
                let input = StepInput {
                    message: Some((*message).to_owned()),
                    ..StepInput::default()
                };
                self.step(db, app, Step::RequestChanges, &input).await?;
            }
            Fate::Revised {
                message,
                lines: revised,
                reviews,
            } => {
                app = self.review(db, app, &[]).await?;
                let input = StepInput {
                    message: Some((*message).to_owned()),
                    ..StepInput::default()
                };
                app = self.step(db, app, Step::RequestChanges, &input).await?;
                let loaded = applications::load(db, app).await.map_err(explain)?;
                let changed = ApplicationInput {
                    budget_lines: Some(lines(revised)),
                    ..applications::input_of(&loaded, round)
                };
                let content = changed
                    .content(db, round)
                    .await
                    .map_err(|fields| explain(AppError::Validation(fields)))?;
                app = applications::update(db, self.actor, loaded.app, content)
                    .await
                    .map_err(explain)?;
                app = self.step(db, app, Step::Resubmit, &none).await?;
                self.assign(db, &app, reviews).await?;
            }
            Fate::Approved {
                amount,
                conditions,
                reviews,
            } => {
                app = self.review(db, app, reviews).await?;
                let (starts_on, ends_on) = match plan.round {
                    // The past round's awards ran from May for a year.
                    Which::Past => (
                        Some(format!("{}-05-01", round.model.reference_year)),
                        Some(format!("{}-04-30", round.model.reference_year + 1)),
                    ),
                    Which::Open => (None, None),
                };
                let input = StepInput {
                    amount: Some((*amount).to_owned()),
                    starts_on,
                    ends_on,
                    conditions: Some((*conditions).to_owned()),
                    ..StepInput::default()
                };
                self.step(db, app, Step::Approve, &input).await?;
            }
            Fate::Rejected { reason, reviews } => {
                app = self.review(db, app, reviews).await?;
                let input = StepInput {
                    reason: Some((*reason).to_owned()),
                    ..StepInput::default()
                };
                self.step(db, app, Step::Reject, &input).await?;
            }
        }
        Ok(())
    }

    async fn step<C: ConnectionTrait>(
        &self,
        db: &C,
        app: application::Model,
        step: Step,
        input: &StepInput,
    ) -> anyhow::Result<application::Model> {
        let app = crate::db::get_for_update::<application::Entity, _>(db, app.id, "application")
            .await
            .map_err(explain)?;
        let taken = transitions::take(db, self.mail, self.actor, app, step, input)
            .await
            .map_err(explain)
            .with_context(|| format!("cannot {}", step.label().to_lowercase()))?;
        Ok(taken.app)
    }

    /// Submits the draft, starts the review, and has the reviewers do their part.
    async fn review<C: ConnectionTrait>(
        &self,
        db: &C,
        app: application::Model,
        reviews: &[ReviewPlan],
    ) -> anyhow::Result<application::Model> {
        let none = StepInput::default();
        let app = self.step(db, app, Step::Submit, &none).await?;
        let app = self.step(db, app, Step::StartReview, &none).await?;
        self.assign(db, &app, reviews).await?;
        Ok(app)
    }

    async fn assign<C: ConnectionTrait>(
        &self,
        db: &C,
        app: &application::Model,
        reviews: &[ReviewPlan],
    ) -> anyhow::Result<()> {
        for plan in reviews {
            let reviewer = self
                .reviewers
                .get(plan.reviewer)
                .ok_or_else(|| anyhow!("no reviewer {} in the demo", plan.reviewer))?;
            let assignment = reviews::assign(db, self.mail, self.actor, app, Some(reviewer.id))
                .await
                .map_err(explain)
                .with_context(|| format!("cannot assign {}", reviewer.email))?;
            if let Some(([relevance, feasibility, value, capacity], recommendation, comment)) =
                plan.scores
            {
                let input = ReviewInput {
                    no_conflict: Some(YesNo::Bool(true)),
                    relevance: Some(NumberInput::Number(relevance)),
                    feasibility: Some(NumberInput::Number(feasibility)),
                    value_for_money: Some(NumberInput::Number(value)),
                    capacity: Some(NumberInput::Number(capacity)),
                    recommendation: Some(recommendation.to_owned()),
                    comment: Some(comment.to_owned()),
                };
                reviews::submit(db, self.actor, app, reviewer, assignment, &input)
                    .await
                    .map_err(explain)
                    .with_context(|| format!("cannot record the review of {}", reviewer.email))?;
            }
        }
        Ok(())
    }
}

fn lines(lines: &[(&str, &str, &str)]) -> Vec<LineInput> {
    lines
        .iter()
        .map(|(category, description, amount)| LineInput {
            category: (*category).to_owned(),
            description: (*description).to_owned(),
            amount: (*amount).to_owned(),
        })
        .collect()
}

async fn summarize<C: ConnectionTrait>(
    db: &C,
    organizations: usize,
    users: usize,
    rounds: Vec<Round>,
) -> anyhow::Result<DemoSummary> {
    let statuses: Vec<Status> = application::Entity::find()
        .all(db)
        .await?
        .iter()
        .map(|a| a.status)
        .collect();
    Ok(DemoSummary {
        organizations,
        users,
        rounds: rounds.into_iter().map(|r| r.model.name).collect(),
        applications: Status::ALL
            .iter()
            .map(|status| (*status, statuses.iter().filter(|s| *s == status).count()))
            .filter(|(_, n)| *n > 0)
            .collect(),
        awards: award::Entity::find().count(db).await?,
        emails: outbox::Entity::find().count(db).await?,
    })
}
