//! Personal data kept only as long as needed. A daily job (and `clearway retention`, with
//! `--dry-run` to list what would go) applies the periods of `[retention]`:
//!
//! - a coordination request closed (completed, declined or withdrawn) for
//!   `requester_contact_months` (24): the requester's name and e-mail address are removed; the
//!   request, its State, its plans and its steps stay;
//! - a draft never submitted, unchanged for `draft_months` (12): deleted with its activities
//!   and budget; its organization is told by e-mail `draft_warning_days` (30) before, and a
//!   change to the draft starts the count again;
//! - an account deactivated for `deactivated_account_months` (24): its name and e-mail address
//!   are replaced ("Former user #12", `former-user-12@invalid`), its password removed; what it
//!   did stays, under its id;
//! - sessions, expired one-time links and sign-in counters are purged hourly by
//!   `purge_expired_credentials` (see `crate::jobs`).
//!
//! Each removal is audited per record, naming the rule and never the data removed.

use chrono::{DateTime, Months, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde::Deserialize;

use crate::applications::workflow::Status as ApplicationStatus;
use crate::audit::{self, Actor};
use crate::coordination::workflow::Status as RequestStatus;
use crate::entities::{activity, application, budget_line, coordination_request, revision, user};
use crate::error::AppError;
use crate::notify::Mail;

/// The periods, from `[retention]` in the configuration.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionSettings {
    pub requester_contact_months: u32,
    pub draft_months: u32,
    pub draft_warning_days: u32,
    pub deactivated_account_months: u32,
}

/// What a run removes (or, dry, would remove): (id, what it is) of each record.
#[derive(Debug, Default)]
pub struct Plan {
    pub requests: Vec<(i64, String)>,
    pub drafts_to_warn: Vec<(i64, String)>,
    pub drafts_to_delete: Vec<(i64, String)>,
    pub accounts: Vec<(i64, String)>,
}

impl Plan {
    /// One line per record, for `--dry-run` and the job's log (ids and kinds, no personal data).
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for (id, what) in &self.requests {
            lines.push(format!(
                "coordination request {id} ({what}): requester's contact details anonymized"
            ));
        }
        for (id, what) in &self.drafts_to_warn {
            lines.push(format!(
                "draft application {id} ({what}): organization warned of its deletion"
            ));
        }
        for (id, what) in &self.drafts_to_delete {
            lines.push(format!("draft application {id} ({what}): deleted"));
        }
        for (id, what) in &self.accounts {
            lines.push(format!("account {id} ({what}): anonymized"));
        }
        lines
    }

    pub fn summary(&self) -> String {
        format!(
            "{} requesters anonymized, {} drafts warned, {} drafts deleted, {} accounts anonymized",
            self.requests.len(),
            self.drafts_to_warn.len(),
            self.drafts_to_delete.len(),
            self.accounts.len()
        )
    }
}

fn months_before(now: DateTime<Utc>, months: u32) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(months)).unwrap_or(now)
}

/// What is due for removal at `now`.
pub async fn plan<C: ConnectionTrait>(
    db: &C,
    settings: &RetentionSettings,
    now: DateTime<Utc>,
) -> Result<Plan, AppError> {
    let closed = [
        RequestStatus::Completed,
        RequestStatus::Declined,
        RequestStatus::Withdrawn,
    ];
    let requests = coordination_request::Entity::find()
        .filter(coordination_request::Column::Status.is_in(closed))
        .filter(coordination_request::Column::AnonymizedAt.is_null())
        .filter(
            coordination_request::Column::UpdatedAt
                .lt(months_before(now, settings.requester_contact_months)),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.reference))
        .collect();
    let delete_before = months_before(now, settings.draft_months);
    let warn_before =
        delete_before + chrono::Duration::days(i64::from(settings.draft_warning_days));
    let drafts = application::Entity::find()
        .filter(application::Column::Status.eq(ApplicationStatus::Draft))
        .filter(application::Column::SubmittedAt.is_null())
        .filter(application::Column::UpdatedAt.lt(warn_before))
        .all(db)
        .await?;
    let mut plan = Plan {
        requests,
        ..Plan::default()
    };
    for d in drafts {
        let warned = d.retention_warned_at.is_some_and(|w| w >= d.updated_at);
        if d.updated_at < delete_before && warned {
            plan.drafts_to_delete
                .push((d.id, "never submitted".to_owned()));
        } else if !warned {
            plan.drafts_to_warn
                .push((d.id, "never submitted".to_owned()));
        }
    }
    plan.accounts = user::Entity::find()
        .filter(user::Column::Active.eq(false))
        .filter(user::Column::AnonymizedAt.is_null())
        .filter(
            user::Column::DeactivatedAt.lt(months_before(now, settings.deactivated_account_months)),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.role.as_str().to_owned()))
        .collect();
    Ok(plan)
}

/// Applies `plan`, one record per transaction, each audited.
pub async fn apply(
    db: &DatabaseConnection,
    mail: Mail<'_>,
    settings: &RetentionSettings,
    plan: &Plan,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let actor = Actor::system("retention");
    for (id, _) in &plan.requests {
        let txn = crate::db::begin_write(db).await?;
        if let Some(r) = coordination_request::Entity::find_by_id(*id)
            .one(&txn)
            .await?
        {
            let mut active: coordination_request::ActiveModel = r.into();
            active.contact_name = Set(format!(
                "(removed after {} months)",
                settings.requester_contact_months
            ));
            active.contact_email = Set("removed@invalid".to_owned());
            active.anonymized_at = Set(Some(now));
            active.update(&txn).await?;
            let rule = serde_json::json!({"rule": "requester_contact_months", "months": settings.requester_contact_months});
            audit::record(
                &txn,
                &actor,
                "retention_requester_anonymized",
                "coordination_request",
                id,
                None,
                Some(rule),
            )
            .await?;
        }
        txn.commit().await?;
    }
    for (id, _) in &plan.drafts_to_warn {
        let txn = crate::db::begin_write(db).await?;
        if let Some(d) = application::Entity::find_by_id(*id).one(&txn).await? {
            let deleted_on = (d
                .updated_at
                .checked_add_months(Months::new(settings.draft_months))
                .unwrap_or(d.updated_at))
            .date_naive()
            .max(now.date_naive() + chrono::Duration::days(i64::from(settings.draft_warning_days)));
            let paragraphs = [
                "Hello,".to_owned(),
                format!(
                    "This draft application has not changed since {} and was never submitted. \
                     Clearway keeps drafts for {} months: it will be deleted on or after \
                     {deleted_on} unless you change or submit it.",
                    d.updated_at.date_naive(),
                    settings.draft_months
                ),
            ];
            mail.to_organization(
                &txn,
                &d,
                "Your draft application will be deleted",
                &paragraphs,
            )
            .await?;
            let mut active: application::ActiveModel = d.into();
            active.retention_warned_at = Set(Some(now));
            active.update(&txn).await?;
            let rule = serde_json::json!({"rule": "draft_warning_days", "days": settings.draft_warning_days});
            audit::record(
                &txn,
                &actor,
                "retention_draft_warned",
                "application",
                id,
                None,
                Some(rule),
            )
            .await?;
        }
        txn.commit().await?;
    }
    for (id, _) in &plan.drafts_to_delete {
        let txn = crate::db::begin_write(db).await?;
        activity::Entity::delete_many()
            .filter(activity::Column::ApplicationId.eq(*id))
            .exec(&txn)
            .await?;
        budget_line::Entity::delete_many()
            .filter(budget_line::Column::ApplicationId.eq(*id))
            .exec(&txn)
            .await?;
        revision::Entity::delete_many()
            .filter(revision::Column::ApplicationId.eq(*id))
            .exec(&txn)
            .await?;
        // Its documents' rows go with it; their files, then without a row, are removed by the
        // orphans job.
        crate::entities::attachment::Entity::delete_many()
            .filter(
                crate::entities::attachment::Column::RecordType
                    .eq(crate::attachments::RecordType::Application),
            )
            .filter(crate::entities::attachment::Column::RecordId.eq(*id))
            .exec(&txn)
            .await?;
        // Its conversation, and the read markers of it, go with it too.
        crate::entities::message::Entity::delete_many()
            .filter(
                crate::entities::message::Column::RecordKind
                    .eq(crate::threads::RecordKind::Application),
            )
            .filter(crate::entities::message::Column::RecordId.eq(*id))
            .exec(&txn)
            .await?;
        crate::entities::message_read::Entity::delete_many()
            .filter(
                crate::entities::message_read::Column::RecordKind
                    .eq(crate::threads::RecordKind::Application),
            )
            .filter(crate::entities::message_read::Column::RecordId.eq(*id))
            .exec(&txn)
            .await?;
        application::Entity::delete_by_id(*id).exec(&txn).await?;
        let rule = serde_json::json!({"rule": "draft_months", "months": settings.draft_months});
        audit::record(
            &txn,
            &actor,
            "retention_draft_deleted",
            "application",
            id,
            None,
            Some(rule),
        )
        .await?;
        txn.commit().await?;
    }
    for (id, _) in &plan.accounts {
        let txn = crate::db::begin_write(db).await?;
        if let Some(u) = user::Entity::find_by_id(*id).one(&txn).await? {
            let email = format!("former-user-{id}@invalid");
            let mut active: user::ActiveModel = u.into();
            active.name = Set(format!("Former user #{id}"));
            active.email_key = Set(email.clone());
            active.email = Set(email);
            active.password_hash = Set(None);
            active.country = Set(None);
            active.anonymized_at = Set(Some(now));
            active.update(&txn).await?;
            let rule = serde_json::json!({"rule": "deactivated_account_months", "months": settings.deactivated_account_months});
            audit::record(
                &txn,
                &actor,
                "retention_account_anonymized",
                "user",
                id,
                None,
                Some(rule),
            )
            .await?;
        }
        txn.commit().await?;
    }
    Ok(())
}

/// The daily job.
pub async fn run_job(
    state: &crate::state::AppState,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let settings = &state.settings.retention;
    let plan = plan(&state.db, settings, now).await?;
    apply(&state.db, Mail::from(state), settings, &plan, now).await?;
    Ok(plan.summary())
}
