//! The schema and its reference data: the same migrations on both databases, reversible, and a
//! treaty record that loads once however often it is loaded.

use clearway::entities::{state, treaty_event};
use migration::{Migrator, MigratorTrait, treaty_data};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::TestApp;

async fn counts(app: &TestApp) -> (u64, u64) {
    (
        state::Entity::find().count(&app.db).await.unwrap(),
        treaty_event::Entity::find().count(&app.db).await.unwrap(),
    )
}

#[tokio::test]
async fn the_treaty_record_loads_once_however_often_it_is_loaded() {
    let app = TestApp::spawn().await;
    let (states, events) = counts(&app).await;
    assert_eq!(states, 197);
    let expected_events: usize = treaty_data::parse(treaty_data::STATES_CSV)
        .unwrap()
        .iter()
        .map(|row| row.events().unwrap().len())
        .sum();
    assert_eq!(events, expected_events as u64);

    let again = treaty_data::load(&app.db).await.unwrap();
    assert_eq!((again.states_added, again.events_added), (0, 0));
    assert_eq!(counts(&app).await, (states, events));
}

#[tokio::test]
async fn every_migration_rolls_back_and_applies_again() {
    let app = TestApp::spawn().await;
    let schema = app.schema_connection().await;
    Migrator::down(&schema, None).await.unwrap();
    assert_eq!(
        Migrator::get_pending_migrations(&schema)
            .await
            .unwrap()
            .len(),
        Migrator::migrations().len()
    );
    Migrator::up(&schema, None).await.unwrap();
    assert_eq!(counts(&app).await.0, 197);
    assert!(
        clearway::db::is_ready(&app.db, &app.state.settings.database.url)
            .await
            .is_ok()
    );
}

/// The SHA-256 of every migration file as it shipped. A shipped migration has run on databases
/// that will never run it again: changing its text changes nothing there, and leaves them
/// behind the code (as `budget_version` once did). Add a migration instead; a new file gets its
/// line here when it is first committed.
const SHIPPED: &[(&str, &str)] = &[
    (
        "m20261128_000001_create_treaty_tables.rs",
        "5324390aac2346e0ac10fc85f63a843b748aaa20467836bd3ef8b22b2e23851d",
    ),
    (
        "m20261128_000002_load_treaty_record.rs",
        "e62848509129b3cb568a21b2fd46c3d2c9666f0c042f5b10a6b655d125c3821d",
    ),
    (
        "m20261128_000003_create_identity_tables.rs",
        "34b72041313c0a640db8e219a3db89fa558aa49e12d40e0197a32b73d262222f",
    ),
    (
        "m20261128_000004_create_audit_events.rs",
        "49c00f43a756a3ae56f518b7fdb241e6cd3aaa3f25a4db431b425ce825931b62",
    ),
    (
        "m20261128_000005_create_outbox_and_job_runs.rs",
        "7245488d69251e4000f755cb55e0dd358b26d645a65dfe1c538715d8421fcebd",
    ),
    (
        "m20261128_000006_create_grant_tables.rs",
        "591713601e2c48d19bb127aa2910f2ec27e7496891eca3e0d6640a653f541dcc",
    ),
    (
        "m20261128_000007_create_award_tracking.rs",
        "f28b43ddfe2b7c7c59c88376721dcf2bbb29c22bb63bc249c12e2f9cb5cceac5",
    ),
    (
        "m20261128_000008_create_campaigns_and_coordination.rs",
        "0293efbb7ffbd1a1691937da6f0fdfb4ec4ff7883f4fc2c14a953cbc0985ad06",
    ),
    (
        "m20261130_000009_repair_edited_migrations.rs",
        "e0adba0fa7cb379c28b9a37613f2b20e312bd02ac0295bdc7044a1e3ae3b2fe2",
    ),
    (
        "m20261130_000010_two_factor.rs",
        "edb811e7b8b2a848eea612329940ae034492e386e42439c56f167ad9d3efc301",
    ),
    (
        "m20261130_000011_coordination_sharing.rs",
        "aa5d4a1675cec002ab2579f11ff16d290ff3272c5147faf4a76d84d104a88fcf",
    ),
    (
        "m20261201_000012_installment_conditions.rs",
        "fa590018c7d019223bc7073da3806d409edf37bf481b29e5226d6fa307334919",
    ),
    (
        "m20261201_000013_round_codes.rs",
        "77fcfa2796fde599221763d5bf704c7a15527cb5f63d28882f666eb2a343a147",
    ),
    (
        "m20261201_000014_final_reports_after_the_end.rs",
        "924c5dde26434e2860173a664eef12ebe0f619b2c9507c7cf4f75015ab433640",
    ),
    (
        "m20261201_000015_currencies_and_open_data.rs",
        "c054b407cfdee2282c574bf305b867cabcaf937db7c8e483927719f649ffce98",
    ),
    (
        "m20261201_000016_attachments.rs",
        "a519a889fa521075cf9ad88aa3c49958c3d8f301b6b413d1e86ab9f3346b2df9",
    ),
    (
        "m20261201_000017_sensitive_countries.rs",
        "f189efaa8db9714ad4d830be74a95a248401130152314e7b821d6b96a66aca15",
    ),
    (
        "m20261201_000018_retention.rs",
        "a328cfdc5045a09e77781dd37f83db7b2730cc7d8f303e747ad414d656e6af48",
    ),
    (
        "m20261201_000019_attachment_scans.rs",
        "5a6eafd25af73defff1ff2fb1ec23a92d9badcf7da4cc6d4094cb52e2841a20b",
    ),
    (
        "m20261201_000020_threads.rs",
        "05d76350e800cbf9b19cc8e75cd296bbc6e22c12c880e22c5eae129c504f4ee2",
    ),
    (
        "m20261201_000021_blind_review.rs",
        "0abd871bd5367eb298afc8fc52f2b206275f397bbc6c9671ef574d1fcb3944bf",
    ),
    (
        "m20261201_000022_letter_templates.rs",
        "6f488472fc0680ba7b880a0019487665a9545538cb59f332ffcd83d33a75ac1e",
    ),
    (
        "m20261201_000023_deadlines.rs",
        "8b39b0b434ea369d738319b0f69624329edee22a2e2d021637475b4be70c267e",
    ),
    (
        "m20261201_000024_languages.rs",
        "7e3a1f7a7f6565ab8581b56d9652e843d2902e601d0bea2a0037e4bcf7fc336f",
    ),
];

#[test]
fn shipped_migrations_are_never_edited() {
    use sha2::{Digest, Sha256};
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/src");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('m') && name.ends_with(".rs") && name != "money.rs")
        .collect();
    files.sort();
    let listed: Vec<&str> = SHIPPED.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        files, listed,
        "every migration file needs its checksum in SHIPPED (tests/it/migrations.rs), and every \
         listed file must still exist: a shipped migration is never removed"
    );
    for (name, expected) in SHIPPED {
        let text = std::fs::read(folder.join(name)).unwrap();
        let actual = format!("{:x}", Sha256::digest(&text));
        assert_eq!(
            &actual, expected,
            "{name} has changed since it shipped. Databases that already ran it will never run \
             the new text: put the change in a new migration instead, and restore this file"
        );
    }
}

/// A database migrated by the first texts of migrations 000001 to 000007 (before they were
/// edited) lacks what was added to them later; migration 000009 adds it.
#[tokio::test]
async fn a_database_migrated_before_the_edits_is_repaired() {
    use clearway::auth::Role;
    use sea_orm::{ConnectionTrait, DbBackend};

    let app = TestApp::spawn().await;
    let schema = app.schema_connection().await;
    let postgres = schema.get_database_backend() == DbBackend::Postgres;
    // Undo what the edits added, as the first texts never had it.
    let mut old: Vec<String> = Vec::new();
    for table in [
        "rounds",
        "organizations",
        "applications",
        "awards",
        "disbursements",
        "reports",
        "report_spending",
    ] {
        if postgres {
            old.push(format!("DROP TRIGGER trg_{table}_budget ON {table}"));
        } else {
            for event in ["insert", "update", "delete"] {
                old.push(format!("DROP TRIGGER trg_{table}_budget_{event}"));
            }
        }
    }
    old.push("DROP TABLE budget_version".into());
    if postgres {
        old.push("DROP FUNCTION bump_budget_version()".into());
        old.push("DROP TRIGGER trg_audit_events_append_only ON audit_events".into());
        old.push("DROP TRIGGER trg_states_version ON states".into());
        old.push("DROP TRIGGER trg_treaty_events_version ON treaty_events".into());
    } else {
        old.push("DROP TRIGGER trg_audit_events_no_update".into());
        old.push("DROP TRIGGER trg_audit_events_no_delete".into());
        for table in ["states", "treaty_events"] {
            for event in ["insert", "update", "delete"] {
                old.push(format!("DROP TRIGGER trg_{table}_{event}"));
            }
        }
    }
    old.push("DROP TABLE treaty_record_version".into());
    old.push("ALTER TABLE users DROP COLUMN time_zone".into());
    old.push("DROP INDEX idx_applications_status_updated".into());
    old.push("DROP INDEX idx_applications_status_submitted".into());
    old.push("CREATE INDEX idx_applications_status ON applications (status)".into());
    old.push(
        "DELETE FROM seaql_migrations WHERE version = 'm20261130_000009_repair_edited_migrations'"
            .into(),
    );
    for statement in &old {
        schema.execute_unprepared(statement).await.unwrap();
    }
    assert_eq!(
        Migrator::get_pending_migrations(&schema)
            .await
            .unwrap()
            .len(),
        1
    );

    Migrator::up(&schema, None).await.unwrap();
    schema.close().await.unwrap();

    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let budgets = app
        .with_token(&token, axum::http::Method::GET, "/api/v1/budgets", None)
        .await;
    budgets.assert_status(axum::http::StatusCode::OK);
    // The triggers are back: a change to a budget table raises the version the roll-ups watch.
    let version = || async {
        app.db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT version FROM budget_version",
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get_by_index::<i64>(0)
            .unwrap()
    };
    let before = version().await;
    app.organization("Repair Campaign", "NPL").await;
    assert!(version().await > before);
    // The audit log refuses changes again.
    clearway::audit::record(
        &app.db,
        &clearway::audit::Actor::system("test"),
        "test",
        "organization",
        1,
        None,
        None,
    )
    .await
    .unwrap();
    assert!(
        app.db
            .execute_unprepared("DELETE FROM audit_events")
            .await
            .is_err()
    );
    // The treaty record answers (it watches treaty_record_version).
    app.get("/api/v1/states?on=2022-06-20")
        .await
        .assert_status(axum::http::StatusCode::OK);
}

#[tokio::test]
async fn final_reports_counted_from_the_start_are_rewritten_to_count_from_the_end() {
    use sea_orm::{ConnectionTrait, Statement};
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let schema = app.schema_connection().await;
    let backend = schema.get_database_backend();
    let set = |schedule: &str| {
        Statement::from_string(
            backend,
            format!("UPDATE rounds SET report_schedule = '{schedule}' WHERE id = {round}"),
        )
    };
    let schedule = || async {
        let row = schema
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT report_schedule FROM rounds WHERE id = {round}"),
            ))
            .await
            .unwrap()
            .unwrap();
        let value: serde_json::Value = row.try_get("", "report_schedule").unwrap();
        value
    };
    // Back to before the rewrite, with a schedule as it was then written.
    // (Later migrations are rolled back with it.)
    let names: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let at = names
        .iter()
        .position(|n| n == "m20261201_000014_final_reports_after_the_end")
        .unwrap();
    let steps = u32::try_from(names.len() - at).unwrap();
    Migrator::down(&schema, Some(steps)).await.unwrap();
    schema
        .execute_raw(set(
            r#"[{"kind":"interim_narrative","due_after_days":180},{"kind":"final_narrative","due_after_days":395},{"kind":"final_financial","due_after_days":400}]"#,
        ))
        .await
        .unwrap();
    Migrator::up(&schema, None).await.unwrap();
    let days: Vec<i64> = schedule()
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["due_after_days"].as_i64().unwrap())
        .collect();
    assert_eq!(
        days,
        [180, 30, 35],
        "interim from the start, finals from the end"
    );
}

/// A database from before rounds had codes: its round gets the code `IIA-<year>`, the prefix
/// its references already have, so they stay as they are and the next one follows them; and
/// another round may then open in the same year. Rolling back is then refused, whole.
#[tokio::test]
async fn rounds_from_before_codes_get_their_references_prefix_as_code() {
    use sea_orm::ConnectionTrait;

    let app = TestApp::spawn().await;
    let schema = app.schema_connection().await;
    let version = "m20261201_000013_round_codes";
    let before = Migrator::migrations()
        .iter()
        .position(|m| m.name() == version)
        .unwrap();
    // The schema as it was just before.
    Migrator::down(&schema, None).await.unwrap();
    Migrator::up(&schema, Some(u32::try_from(before).unwrap()))
        .await
        .unwrap();
    let pending = Migrator::get_pending_migrations(&schema).await.unwrap();
    assert_eq!(pending[0].name(), version);

    // A round with one application submitted, as the service wrote them then.
    let org = 41;
    let now = chrono::Utc::now();
    let year = chrono::Datelike::year(&(now - chrono::Duration::days(1)));
    let opens = (now - chrono::Duration::days(1)).to_rfc3339();
    let closes = (now + chrono::Duration::days(30)).to_rfc3339();
    let stamp = now.to_rfc3339();
    let tiers = r#"[{"name":"low","max_minor":200000}]"#;
    let schedule = r#"[{"kind":"final_narrative","due_after_days":395}]"#;
    let postgres = schema.get_database_backend() == sea_orm::DbBackend::Postgres;
    let json = |text: &str| {
        if postgres {
            format!("'{text}'::json")
        } else {
            format!("'{text}'")
        }
    };
    let instant = |text: &str| {
        if postgres {
            format!("'{text}'::timestamptz")
        } else {
            format!("'{text}'")
        }
    };
    for statement in [
        format!(
            "INSERT INTO organizations (id, name, acronym, country, kind, membership_status, \
             website, contact_email, created_at, updated_at) VALUES ({org}, \
             'Nepal Campaign to Ban Landmines', '', 'NPL', 'national_campaign', 'active', '', '', \
             {}, {})",
            instant(&stamp),
            instant(&stamp)
        ),
        format!(
            "INSERT INTO rounds (id, name, programme, opens_at, closes_at, budget_minor, \
             budget_currency, tiers, report_schedule, not_party_only, reference_year, \
             last_number, created_at, updated_at) VALUES (41, 'Investing in Action {year}', \
             'Investing in Action', {}, {}, 5000000, 'USD', {}, {}, false, {year}, 1, {}, {})",
            instant(&opens),
            instant(&closes),
            json(tiers),
            json(schedule),
            instant(&stamp),
            instant(&stamp)
        ),
        format!(
            "INSERT INTO applications (round_id, organization_id, number, reference, \
             requested_minor, requested_currency, status, submitted_at, created_at, updated_at) \
             VALUES (41, {org}, 1, 'IIA-{year}-0001', 10000, 'USD', 'submitted', {}, {}, {})",
            instant(&stamp),
            instant(&stamp),
            instant(&stamp)
        ),
    ] {
        schema.execute_unprepared(&statement).await.unwrap();
    }
    Migrator::up(&schema, None).await.unwrap();
    schema.close().await.unwrap();

    let staff = app.user(clearway::auth::Role::Staff, None).await;
    let token = app.token(&staff).await;
    let round = app
        .with_token(&token, axum::http::Method::GET, "/api/v1/rounds/41", None)
        .await;
    round.assert_status(axum::http::StatusCode::OK);
    assert_eq!(round.json()["code"], format!("IIA-{year}"));
    let listed = app
        .with_token(
            &token,
            axum::http::Method::GET,
            "/api/v1/applications?round_id=41",
            None,
        )
        .await
        .json();
    assert_eq!(listed["items"][0]["reference"], format!("IIA-{year}-0001"));

    // The next submission follows on.
    let member = app.member_token(org).await;
    let draft = app
        .with_token(
            &member,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(41, "low", "100.00")),
        )
        .await;
    draft.assert_status(axum::http::StatusCode::CREATED);
    let submitted = app
        .with_token(
            &member,
            axum::http::Method::POST,
            &format!("/api/v1/applications/{}/submit", draft.json()["id"]),
            Some(serde_json::json!({})),
        )
        .await;
    submitted.assert_status(axum::http::StatusCode::OK);
    assert_eq!(submitted.json()["reference"], format!("IIA-{year}-0002"));

    // The year no longer stands in the way of a second round; a long code fits a reference.
    let second = app
        .round_with(
            "10000.00",
            chrono::Duration::days(-1),
            chrono::Duration::days(30),
        )
        .await;
    let patched = app
        .with_token(
            &token,
            axum::http::Method::PATCH,
            &format!("/api/v1/rounds/{second}"),
            Some(serde_json::json!({"code": "IIA-AUTUMN-TWENTY-20"})),
        )
        .await;
    patched.assert_status(axum::http::StatusCode::OK);
    let draft = app
        .with_token(
            &member,
            axum::http::Method::POST,
            "/api/v1/applications",
            Some(crate::helpers::application_body(second, "low", "100.00")),
        )
        .await;
    let submitted = app
        .with_token(
            &member,
            axum::http::Method::POST,
            &format!("/api/v1/applications/{}/submit", draft.json()["id"]),
            Some(serde_json::json!({})),
        )
        .await;
    submitted.assert_status(axum::http::StatusCode::OK);
    assert_eq!(submitted.json()["reference"], "IIA-AUTUMN-TWENTY-20-0001");

    // Two rounds now open in one year: going back to one a year would lose one, so it fails,
    // and leaves the codes as they were.
    // (The migrations after it go back first, and are applied again after.)
    let schema = app.schema_connection().await;
    let later = u32::try_from(Migrator::migrations().len() - before - 1).unwrap();
    Migrator::down(&schema, Some(later)).await.unwrap();
    let refused = Migrator::down(&schema, Some(1)).await.unwrap_err();
    assert!(
        refused.to_string().to_lowercase().contains("unique"),
        "{refused}"
    );
    Migrator::up(&schema, None).await.unwrap();
    schema.close().await.unwrap();
    let round = app
        .with_token(&token, axum::http::Method::GET, "/api/v1/rounds/41", None)
        .await;
    round.assert_status(axum::http::StatusCode::OK);
    assert_eq!(round.json()["code"], format!("IIA-{year}"));
}
