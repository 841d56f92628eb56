//! Retention: personal data removed once its period is over, listed first by `--dry-run`.

use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use clearway::auth::Role;
use clearway::entities::{application, audit_event, coordination_request, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::helpers::{TestApp, application_body};

#[tokio::test]
async fn old_contacts_drafts_and_accounts_are_removed_after_a_dry_run_lists_them() {
    let app = TestApp::spawn().await;
    let now = Utc::now();

    // A coordination request declined 25 months ago.
    let created = crate::coordination::post(
        &app,
        &crate::coordination::request_body("IND", "retention-1"),
    )
    .await;
    created.assert_status(StatusCode::CREATED);
    let reference = created.json()["reference"].as_str().unwrap().to_owned();
    let r = coordination_request::Entity::find()
        .filter(coordination_request::Column::Reference.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let request_id = r.id;
    let mut old: coordination_request::ActiveModel = r.into();
    old.status = Set(clearway::coordination::workflow::Status::Declined);
    old.updated_at = Set(now - Duration::days(25 * 31));
    old.update(&app.db).await.unwrap();

    // Two drafts never submitted: one unchanged for 13 months and already warned, one for
    // 11 and a half months.
    let round = app.open_round().await;
    let org = app
        .organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    let mut drafts = Vec::new();
    for (age_days, warned) in [(13 * 31, true), (350, false)] {
        let made = app
            .with_token(
                &token,
                Method::POST,
                "/api/v1/applications",
                Some(application_body(round, "high", "1000.00")),
            )
            .await;
        made.assert_status(StatusCode::CREATED);
        let id = made.json()["id"].as_i64().unwrap();
        let d = application::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut old: application::ActiveModel = d.into();
        old.updated_at = Set(now - Duration::days(age_days));
        if warned {
            old.retention_warned_at = Set(Some(now - Duration::days(40)));
        }
        old.update(&app.db).await.unwrap();
        drafts.push(id);
    }

    // An account deactivated 25 months ago.
    let former = app.user(Role::Reviewer, None).await;
    let u = user::Entity::find_by_id(former.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut gone: user::ActiveModel = u.into();
    gone.active = Set(false);
    gone.deactivated_at = Set(Some(now - Duration::days(25 * 31)));
    gone.update(&app.db).await.unwrap();

    // Something the person did, in the audit log: by id, never by name or address.
    clearway::audit::record(
        &app.db,
        &clearway::audit::Actor::person(former.id, None),
        "review_submitted",
        "application",
        drafts[1],
        None,
        None,
    )
    .await
    .unwrap();
    let line = clearway::audit::timeline(&app.db, "application", drafts[1], 10)
        .await
        .unwrap();
    assert_eq!(
        line[0].actor, former.email,
        "shown by the account's address"
    );

    // The dry run lists each, and changes nothing.
    let url = app.state.settings.database.url.clone();
    let dry = crate::cli::clearway(&url)
        .args(["retention", "--dry-run"])
        .output()
        .unwrap();
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let listed = String::from_utf8(dry.stdout).unwrap();
    assert!(
        listed.contains(&format!("coordination request {request_id} ")),
        "{listed}"
    );
    assert!(listed.contains(&format!(
        "draft application {} (never submitted): deleted",
        drafts[0]
    )));
    assert!(listed.contains(&format!(
        "draft application {} (never submitted): organization warned",
        drafts[1]
    )));
    assert!(listed.contains(&format!("account {} (reviewer): anonymized", former.id)));
    assert!(
        !listed.contains("ingrid"),
        "no personal data in the listing: {listed}"
    );
    let still = coordination_request::Entity::find_by_id(request_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still.contact_email, "ingrid.hansen@mfa.example.org");

    // The job removes them.
    let summary = clearway::retention::run_job(&app.state, Utc::now())
        .await
        .unwrap();
    assert_eq!(
        summary,
        "1 requesters anonymized, 1 drafts warned, 1 drafts deleted, 1 accounts anonymized"
    );
    let r = coordination_request::Entity::find_by_id(request_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(r.contact_email, "removed@invalid");
    assert!(!r.contact_name.contains("Ingrid"));
    assert_eq!(r.target_state, "IND", "the request and its State stay");
    assert!(
        application::Entity::find_by_id(drafts[0])
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        application::Entity::find_by_id(drafts[1])
            .one(&app.db)
            .await
            .unwrap()
            .is_some()
    );
    let warning = app.emails_to(&member.email).await;
    assert!(
        warning.iter().any(
            |(subject, body)| subject == "Your draft application will be deleted"
                && body.contains("Clearway keeps drafts for 12 months")
        ),
        "{warning:?}"
    );
    let u = user::Entity::find_by_id(former.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.email, format!("former-user-{}@invalid", former.id));
    assert!(u.password_hash.is_none());
    // The old line was not changed, and now shows the anonymized account.
    let line = clearway::audit::timeline(&app.db, "application", drafts[1], 10)
        .await
        .unwrap();
    let done = line
        .iter()
        .find(|l| l.action == "review_submitted")
        .unwrap();
    assert_eq!(done.actor, format!("former-user-{}@invalid", former.id));
    let stored = audit_event::Entity::find_by_id(done.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.actor, format!("user #{}", former.id));
    // Each removal is audited, naming the rule and not the data.
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.starts_with("retention_"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 4);
    for event in &audited {
        let text = format!("{:?} {:?}", event.before, event.after);
        assert!(
            !text.contains("ingrid") && !text.contains(&former.email),
            "{text}"
        );
    }
    // Run again: nothing more to do.
    let again = clearway::retention::run_job(&app.state, Utc::now())
        .await
        .unwrap();
    assert_eq!(
        again,
        "0 requesters anonymized, 0 drafts warned, 0 drafts deleted, 0 accounts anonymized"
    );
}
