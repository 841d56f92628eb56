//! `clearway seed`: the demo programme and the benchmark volume.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use clearway::applications::workflow::Status;
use clearway::entities::{
    activity, application, audit_event, award, budget_line, organization, outbox, round, user,
};
use clearway::notify::Mail;
use clearway::rounds::model::Round;
use clearway::seed::{self, DemoOutcome};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use crate::helpers::{TestApp, TestDatabase, test_settings};

async fn demo(app: &TestApp) -> anyhow::Result<DemoOutcome> {
    seed::demo(
        &app.db,
        Mail::from(&app.state),
        app.state.cookie_key.signing(),
    )
    .await
}

/// How many rows each table the seed writes holds.
#[derive(Debug, PartialEq, Eq)]
struct Counts {
    organizations: u64,
    users: u64,
    rounds: u64,
    applications: u64,
    budget_lines: u64,
    awards: u64,
    audit_events: u64,
    emails: u64,
}

async fn counts(db: &DatabaseConnection) -> Counts {
    Counts {
        organizations: organization::Entity::find().count(db).await.unwrap(),
        users: user::Entity::find().count(db).await.unwrap(),
        rounds: round::Entity::find().count(db).await.unwrap(),
        applications: application::Entity::find().count(db).await.unwrap(),
        budget_lines: budget_line::Entity::find().count(db).await.unwrap(),
        awards: award::Entity::find().count(db).await.unwrap(),
        audit_events: audit_event::Entity::find().count(db).await.unwrap(),
        emails: outbox::Entity::find().count(db).await.unwrap(),
    }
}

/// Every round's references run 1, 2, 3... without a gap, up to its `last_number`, and read
/// `<code>-<number>`; drafts have none, nor do drafts that were withdrawn.
async fn assert_gapless_references(db: &DatabaseConnection) {
    for round in round::Entity::find().all(db).await.unwrap() {
        let apps = application::Entity::find()
            .filter(application::Column::RoundId.eq(round.id))
            .all(db)
            .await
            .unwrap();
        let mut numbers: Vec<i32> = Vec::new();
        for app in &apps {
            match app.number {
                None => {
                    assert!(app.submitted_at.is_none(), "{app:?}");
                    assert!(["draft", "withdrawn"].contains(&app.status.as_str()));
                    assert!(app.reference.is_none());
                }
                Some(n) => {
                    assert_ne!(app.status, Status::Draft, "{app:?}");
                    assert_eq!(
                        app.reference.as_deref(),
                        Some(format!("{}-{n:04}", round.code).as_str())
                    );
                    numbers.push(n);
                }
            }
        }
        numbers.sort_unstable();
        let expected: Vec<i32> = (1..=round.last_number).collect();
        assert_eq!(numbers, expected, "round {}", round.name);
    }
}

/// Every application asks what its budget lines add up to.
async fn assert_requested_is_the_sum_of_lines(db: &DatabaseConnection) {
    let mut sums: BTreeMap<i64, i64> = BTreeMap::new();
    for line in budget_line::Entity::find().all(db).await.unwrap() {
        *sums.entry(line.application_id).or_default() += line.amount_minor;
    }
    for app in application::Entity::find().all(db).await.unwrap() {
        assert_eq!(
            sums.get(&app.id).copied().unwrap_or(0),
            app.requested_minor,
            "{}",
            app.title
        );
    }
}

/// Every approved application has one award, no more than it asked; the awards of a round stay
/// within its budget.
async fn assert_awards_follow_approvals(db: &DatabaseConnection) {
    let apps = application::Entity::find().all(db).await.unwrap();
    let awards = award::Entity::find().all(db).await.unwrap();
    let approved: Vec<&application::Model> = apps
        .iter()
        .filter(|a| a.status == Status::Approved)
        .collect();
    assert!(!approved.is_empty());
    assert_eq!(awards.len(), approved.len());
    for app in approved {
        let award = awards
            .iter()
            .find(|w| w.application_id == app.id)
            .unwrap_or_else(|| panic!("no award for {}", app.title));
        assert!(award.amount_minor > 0 && award.amount_minor <= app.requested_minor);
        assert_eq!(Some(&award.reference), app.reference.as_ref());
        assert_eq!(award.round_id, app.round_id);
    }
    for round in round::Entity::find().all(db).await.unwrap() {
        let awarded: i64 = awards
            .iter()
            .filter(|w| w.round_id == round.id)
            .map(|w| w.amount_minor)
            .sum();
        assert!(awarded <= round.budget_minor, "{}", round.name);
    }
}

async fn statuses(db: &DatabaseConnection) -> BTreeSet<String> {
    application::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.status.as_str().to_owned())
        .collect()
}

fn every_status() -> BTreeSet<String> {
    Status::ALL.iter().map(|s| s.as_str().to_owned()).collect()
}

#[tokio::test]
async fn the_demo_fills_an_empty_database_with_a_programme_in_every_status() {
    let app = TestApp::spawn().await;
    let DemoOutcome::Seeded(summary) = demo(&app).await.unwrap() else {
        panic!("an empty database is seeded");
    };
    assert_eq!(statuses(&app.db).await, every_status());
    assert_eq!(summary.applications.len(), Status::ALL.len());

    let orgs = organization::Entity::find().all(&app.db).await.unwrap();
    assert!(orgs.len() >= 12, "{} organizations", orgs.len());
    let countries: BTreeSet<&str> = orgs.iter().map(|o| o.country.as_str()).collect();
    for country in [
        "AZE", "IND", "NPL", "MMR", "LKA", "PAK", "EGY", "USA", "SGP",
    ] {
        assert!(countries.contains(country), "{country}");
    }
    assert!(
        orgs.iter()
            .any(|o| o.name == "Azerbaijan Campaign to Ban Landmines")
    );
    assert!(
        orgs.iter()
            .any(|o| o.kind == clearway::members::model::Kind::SurvivorNetwork)
    );
    // ICBL's three working languages: a French-speaking and a Spanish-speaking organization,
    // whose coordinators read the service in it.
    for lang in [clearway::i18n::Lang::Fr, clearway::i18n::Lang::Es] {
        let org = orgs
            .iter()
            .find(|o| o.language == lang)
            .unwrap_or_else(|| panic!("no organization working in {lang:?}"));
        let people = user::Entity::find()
            .filter(user::Column::OrganizationId.eq(org.id))
            .all(&app.db)
            .await
            .unwrap();
        assert!(!people.is_empty(), "{}", org.name);
        assert!(people.iter().all(|p| p.language == lang), "{}", org.name);
    }

    assert_gapless_references(&app.db).await;
    assert_requested_is_the_sum_of_lines(&app.db).await;
    assert_awards_follow_approvals(&app.db).await;
    assert_awards_live_every_status(&app.db).await;

    // A past round, closed, decided; an open one, named after the years they open in.
    let rounds: Vec<Round> = round::Entity::find()
        .order_by_asc(round::Column::OpensAt)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| Round::from_model(r).unwrap())
        .collect();
    assert_eq!(rounds.len(), 2);
    let (past, open) = (&rounds[0], &rounds[1]);
    assert_eq!(past.phase(), "closed");
    assert_eq!(open.phase(), "open");
    assert_eq!(past.model.reference_year + 1, open.model.reference_year);
    for round in [past, open] {
        assert_eq!(
            round.model.name,
            format!("Investing in Action {}", round.model.reference_year)
        );
        assert_eq!(
            round.code.as_str(),
            format!("IIA-{}", round.model.reference_year)
        );
    }
    assert_eq!(past.budget.minor(), 6_000_000);
    assert_eq!(open.budget.minor(), 8_000_000);
    let past_statuses: BTreeSet<String> = application::Entity::find()
        .filter(application::Column::RoundId.eq(past.id()))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.status.as_str().to_owned())
        .collect();
    assert!(
        past_statuses
            .iter()
            .all(|s| ["approved", "rejected", "withdrawn"].contains(&s.as_str())),
        "a closed round is decided: {past_statuses:?}"
    );

    // People: nobody has a password; one account per organization; a reviewer with a country.
    let people = user::Entity::find().all(&app.db).await.unwrap();
    assert!(people.iter().all(|u| u.password_hash.is_none()));
    assert!(people.iter().all(|u| u.email.ends_with("@example.org")));
    for org in &orgs {
        assert!(
            people.iter().any(|u| u.organization_id == Some(org.id)),
            "{}",
            org.name
        );
    }
    let reviewers: Vec<&user::Model> = people
        .iter()
        .filter(|u| u.role == clearway::auth::Role::Reviewer)
        .collect();
    assert_eq!(reviewers.len(), 2);
    assert!(
        reviewers
            .iter()
            .any(|r| r.country.as_deref() == Some("GBR"))
    );
    assert!(reviewers.iter().any(|r| r.country.is_none()));
    for role in ["staff", "finance"] {
        assert!(people.iter().any(|u| u.role.as_str() == role), "{role}");
    }

    // What the service leaves behind: revisions, reviews, emails, and the audit trail.
    let revisions = clearway::entities::revision::Entity::find()
        .count(&app.db)
        .await
        .unwrap();
    assert!(revisions > 0);
    let reviewed = clearway::entities::review::Entity::find()
        .filter(clearway::entities::review::Column::SubmittedAt.is_not_null())
        .count(&app.db)
        .await
        .unwrap();
    assert!(reviewed >= 2);
    assert!(
        !app.emails_to("nigar.mammadova@example.org")
            .await
            .is_empty()
    );
    let marks = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(seed::DEMO_SEEDED))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(marks, 1);
    let by_seed = audit_event::Entity::find()
        .filter(audit_event::Column::Actor.eq("seed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        by_seed,
        audit_event::Entity::find().count(&app.db).await.unwrap()
    );
}

#[tokio::test]
async fn seeding_the_demo_twice_changes_nothing_the_second_time() {
    let app = TestApp::spawn().await;
    assert!(matches!(demo(&app).await.unwrap(), DemoOutcome::Seeded(_)));
    let before = counts(&app.db).await;
    assert!(matches!(
        demo(&app).await.unwrap(),
        DemoOutcome::AlreadySeeded
    ));
    assert_eq!(counts(&app.db).await, before);
    // Nor does the volume add to it.
    let refused = seed::volume(&app.db, 10).await.unwrap_err().to_string();
    assert!(refused.contains("demo data"), "{refused}");
    assert_eq!(counts(&app.db).await, before);
}

#[tokio::test]
async fn a_database_with_real_records_is_refused_and_left_as_it_is() {
    let app = TestApp::spawn().await;
    app.organization("Handicap International France", "FRA")
        .await;
    let before = counts(&app.db).await;
    let refused = demo(&app).await.unwrap_err().to_string();
    assert!(
        refused.contains("already holds records") && refused.contains("1 organization"),
        "{refused}"
    );
    assert_eq!(counts(&app.db).await, before);
    assert_eq!(before.organizations, 1);
    assert_eq!(before.users + before.rounds + before.applications, 0);

    let refused = seed::volume(&app.db, 10).await.unwrap_err().to_string();
    assert!(refused.contains("already holds records"), "{refused}");
    assert_eq!(counts(&app.db).await, before);
}

#[tokio::test]
async fn the_volume_writes_applications_in_bulk_with_gapless_references() {
    let app = TestApp::spawn().await;
    let summary = seed::volume(&app.db, 200).await.unwrap();
    assert_eq!(summary.applications, 200);
    assert_eq!(summary.budget_lines, 800);
    assert_eq!(summary.organizations, seed::VOLUME_ORGANIZATIONS);

    let now = counts(&app.db).await;
    assert_eq!(now.applications, 200);
    assert_eq!(now.budget_lines, 800);
    assert_eq!(now.organizations, 300);
    assert_eq!(now.rounds, 1);
    assert_eq!(activity::Entity::find().count(&app.db).await.unwrap(), 200);
    assert_eq!(statuses(&app.db).await, every_status());

    assert_gapless_references(&app.db).await;
    assert_requested_is_the_sum_of_lines(&app.db).await;
    assert_awards_follow_approvals(&app.db).await;

    let round =
        Round::from_model(round::Entity::find().one(&app.db).await.unwrap().unwrap()).unwrap();
    assert_eq!(round.phase(), "open");
    assert_eq!(round.model.last_number, summary.numbered);
    // Numbers follow the order of submission.
    let numbered = application::Entity::find()
        .filter(application::Column::Number.is_not_null())
        .order_by_asc(application::Column::Number)
        .all(&app.db)
        .await
        .unwrap();
    assert!(
        numbered
            .windows(2)
            .all(|pair| pair[0].submitted_at <= pair[1].submitted_at)
    );
    // Applications spread over the organizations, with titles that name their state.
    let organizations: BTreeSet<i64> = numbered.iter().map(|a| a.organization_id).collect();
    assert!(organizations.len() > 100);
    assert!(numbered.iter().all(|a| a.title.len() > 20));

    // The same budget figures the service computes.
    let figures = clearway::rounds::model::budget_figures(&app.db, &round)
        .await
        .unwrap();
    assert!(figures.awarded.minor() > 0 && figures.left.minor() >= 0);

    // A second run is refused: the database is no longer empty.
    assert!(seed::volume(&app.db, 10).await.is_err());
    assert_eq!(counts(&app.db).await, now);
}

fn clearway(database_url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_clearway"));
    command
        .env("CLEARWAY_ENV", "test")
        .env("DATABASE_URL", database_url)
        .env_remove("RUST_LOG")
        .env("CLEARWAY__LOG__FILTER", "warn");
    command
}

#[tokio::test]
async fn the_seed_command_seeds_once_and_says_so() {
    let database = TestDatabase::create().await;
    let first = clearway(&database.url)
        .args(["seed", "--demo"])
        .output()
        .unwrap();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let said = String::from_utf8(first.stdout).unwrap();
    assert!(said.contains("Seeded the demo programme"), "{said}");
    assert!(said.contains("Nobody has a password"), "{said}");

    let again = clearway(&database.url)
        .args(["seed", "--demo"])
        .output()
        .unwrap();
    assert!(again.status.success());
    let said = String::from_utf8(again.stdout).unwrap();
    assert!(said.contains("already"), "{said}");

    let refused = clearway(&database.url)
        .args(["seed", "--volume", "5"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("fills an empty database only"), "{stderr}");

    let settings = test_settings(&database.url);
    let db = clearway::db::connect(&settings.database).await.unwrap();
    assert_eq!(
        statuses(&db).await,
        every_status(),
        "the command made the whole demo"
    );
    db.close().await.unwrap();
}

/// Awards in every status, with installments paid and pending and reports in every status
/// (overdue ones included: the past round's reports fell due before today).
async fn assert_awards_live_every_status(db: &DatabaseConnection) {
    use clearway::entities::{disbursement, report};
    let statuses = |values: Vec<String>| {
        let mut v = values;
        v.sort();
        v.dedup();
        v
    };
    let awards = award::Entity::find().all(db).await.unwrap();
    assert_eq!(
        statuses(
            awards
                .iter()
                .map(|a| a.status.as_str().to_owned())
                .collect()
        ),
        ["active", "completed", "suspended", "terminated"]
    );
    let installments = disbursement::Entity::find().all(db).await.unwrap();
    assert_eq!(
        statuses(
            installments
                .iter()
                .map(|d| d.status.as_str().to_owned())
                .collect()
        ),
        ["approved", "cancelled", "paid", "scheduled"]
    );
    let today = chrono::Utc::now().date_naive();
    let reports = report::Entity::find().all(db).await.unwrap();
    let shown: Vec<String> = reports
        .iter()
        .map(|r| r.status.on(r.due_on, today).as_str().to_owned())
        .collect();
    assert_eq!(
        statuses(shown),
        [
            "accepted",
            "due",
            "overdue",
            "revision_requested",
            "submitted"
        ]
    );
}
