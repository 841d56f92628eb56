//! The audit log: who changed what, when, from what to what. Append-only, and written with
//! [`record`] on the same connection (the same transaction) as the change it records, so that a
//! change and its record exist together or not at all.

pub mod api;
pub mod export;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use crate::auth::CurrentUser;
use crate::entities::audit_event;
use crate::pagination::Pagination;

/// Who acted, and in which request.
#[derive(Clone, Debug)]
pub struct Actor {
    pub id: Option<i64>,
    pub label: String,
    pub request_id: Option<String>,
}

impl Actor {
    pub fn user(user: &CurrentUser, request_id: Option<String>) -> Self {
        Self::person(user.id, request_id)
    }

    /// A person, by id only: the log stores no name or address of a person, so that removing a
    /// person's data (see `crate::retention`) never needs an old line changed. Reads show the
    /// person as the accounts table knows them now ([`with_names`]).
    pub fn person(id: i64, request_id: Option<String>) -> Self {
        Self {
            id: Some(id),
            label: format!("user #{id}"),
            request_id,
        }
    }

    /// The service itself (a scheduled job) or an operator at the command line.
    pub fn system(label: &str) -> Self {
        Self {
            id: None,
            label: label.to_owned(),
            request_id: None,
        }
    }

    /// Nobody signed in (a failed sign-in, say).
    pub fn anonymous(request_id: Option<String>) -> Self {
        Self {
            id: None,
            label: "anonymous".to_owned(),
            request_id,
        }
    }
}

/// Records one change. `before` and `after` are the record's JSON before and after it (none for
/// a creation's before or a deletion's after).
pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    action: &str,
    entity_type: &str,
    entity_id: impl ToString,
    before: Option<Value>,
    after: Option<Value>,
) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        occurred_at: Set(Utc::now()),
        actor_id: Set(actor.id),
        actor: Set(actor.label.clone()),
        action: Set(action.to_owned()),
        entity_type: Set(entity_type.to_owned()),
        entity_id: Set(entity_id.to_string()),
        before: Set(before),
        after: Set(after),
        request_id: Set(actor.request_id.clone()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// One line of the log, as pages and the API show it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    /// None for the service itself or someone not signed in.
    pub actor_id: Option<i64>,
    /// The person's email address as their account holds it now, `anonymous`, or the job's
    /// name.
    pub actor: String,
    /// What happened: `created`, `updated`, `signed_in`, ...
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    /// The record's JSON before the change (none for a creation).
    pub before: Option<Value>,
    /// The record's JSON after the change (none for a deletion).
    pub after: Option<Value>,
    pub request_id: Option<String>,
    /// The state the record targets and the organization it belongs to, when the line is about
    /// an application, award, organization or coordination request (for the redaction of
    /// sensitive countries; see [`with_concerns`]).
    #[serde(skip)]
    #[schema(ignore)]
    pub concerns: (Option<String>, Option<i64>),
    /// The person's name, when their account has one: pages name people, the API and the
    /// export keep the address.
    #[serde(skip)]
    #[schema(ignore)]
    pub actor_name: Option<String>,
}

impl crate::sensitivity::Redact for AuditEntry {
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (self.concerns.0.as_deref(), self.concerns.1)
    }

    /// What the record said before and after: names, amounts, plans.
    fn withhold(&mut self) {
        let withheld = Value::String(crate::sensitivity::WITHHELD.to_owned());
        if self.before.is_some() {
            self.before = Some(withheld.clone());
        }
        if self.after.is_some() {
            self.after = Some(withheld);
        }
    }
}

impl From<audit_event::Model> for AuditEntry {
    fn from(m: audit_event::Model) -> Self {
        Self {
            id: m.id,
            occurred_at: m.occurred_at,
            actor_id: m.actor_id,
            actor: m.actor,
            action: m.action,
            entity_type: m.entity_type,
            entity_id: m.entity_id,
            before: m.before,
            after: m.after,
            request_id: m.request_id,
            concerns: (None, None),
            actor_name: None,
        }
    }
}

/// The state a record targets and the organization it belongs to.
type Concerns = (Option<String>, Option<i64>);

/// `entries` with what each line's record concerns, in one query per kind of record.
pub async fn with_concerns<C: ConnectionTrait>(
    db: &C,
    mut entries: Vec<AuditEntry>,
) -> Result<Vec<AuditEntry>, DbErr> {
    use crate::entities::{application, award, coordination_request};
    use std::collections::HashMap;
    let ids_of = |kind: &str| -> Vec<i64> {
        entries
            .iter()
            .filter(|e| e.entity_type == kind)
            .filter_map(|e| e.entity_id.parse().ok())
            .collect()
    };
    let mut found: HashMap<(&'static str, i64), Concerns> = HashMap::new();
    let apps = ids_of("application");
    if !apps.is_empty() {
        for (id, target, org) in application::Entity::find()
            .select_only()
            .column(application::Column::Id)
            .column(application::Column::TargetState)
            .column(application::Column::OrganizationId)
            .filter(application::Column::Id.is_in(apps))
            .into_tuple::<(i64, Option<String>, i64)>()
            .all(db)
            .await?
        {
            found.insert(("application", id), (target, Some(org)));
        }
    }
    let awards = ids_of("award");
    if !awards.is_empty() {
        for (id, target, org) in award::Entity::find()
            .select_only()
            .column(award::Column::Id)
            .column(award::Column::TargetState)
            .column(award::Column::OrganizationId)
            .filter(award::Column::Id.is_in(awards))
            .into_tuple::<(i64, String, i64)>()
            .all(db)
            .await?
        {
            found.insert(("award", id), (Some(target), Some(org)));
        }
    }
    // A report concerns what its award concerns (its thread's messages are audited on it).
    let reports = ids_of("report");
    if !reports.is_empty() {
        use sea_orm::{JoinType, RelationTrait};
        for (id, target, org) in crate::entities::report::Entity::find()
            .select_only()
            .column(crate::entities::report::Column::Id)
            .column(award::Column::TargetState)
            .column(award::Column::OrganizationId)
            .join(
                JoinType::InnerJoin,
                crate::entities::report::Relation::Award.def(),
            )
            .filter(crate::entities::report::Column::Id.is_in(reports))
            .into_tuple::<(i64, String, i64)>()
            .all(db)
            .await?
        {
            found.insert(("report", id), (Some(target), Some(org)));
        }
    }
    let requests = ids_of("coordination_request");
    if !requests.is_empty() {
        for (id, target) in coordination_request::Entity::find()
            .select_only()
            .column(coordination_request::Column::Id)
            .column(coordination_request::Column::TargetState)
            .filter(coordination_request::Column::Id.is_in(requests))
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
        {
            found.insert(("coordination_request", id), (Some(target), None));
        }
    }
    for entry in &mut entries {
        let Ok(id) = entry.entity_id.parse::<i64>() else {
            continue;
        };
        entry.concerns = match entry.entity_type.as_str() {
            "organization" => (None, Some(id)),
            "application" => found.get(&("application", id)).cloned().unwrap_or_default(),
            "award" => found.get(&("award", id)).cloned().unwrap_or_default(),
            "report" => found.get(&("report", id)).cloned().unwrap_or_default(),
            "coordination_request" => found
                .get(&("coordination_request", id))
                .cloned()
                .unwrap_or_default(),
            _ => (None, None),
        };
    }
    Ok(entries)
}

/// `entries` with each person shown by their address as the accounts table holds it now (an
/// anonymized account shows as such), in one query.
pub async fn with_names<C: ConnectionTrait>(
    db: &C,
    mut entries: Vec<AuditEntry>,
) -> Result<Vec<AuditEntry>, DbErr> {
    let mut ids: Vec<i64> = entries.iter().filter_map(|e| e.actor_id).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(entries);
    }
    let names: std::collections::HashMap<i64, (String, String)> =
        crate::entities::user::Entity::find()
            .select_only()
            .column(crate::entities::user::Column::Id)
            .column(crate::entities::user::Column::Email)
            .column(crate::entities::user::Column::Name)
            .filter(crate::entities::user::Column::Id.is_in(ids))
            .into_tuple::<(i64, String, String)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(id, email, name)| (id, (email, name)))
            .collect();
    for entry in &mut entries {
        if let Some((email, name)) = entry.actor_id.and_then(|id| names.get(&id)) {
            entry.actor.clone_from(email);
            entry.actor_name = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
        }
    }
    Ok(entries)
}

/// What to search the log for.
#[derive(Clone, Debug, Default)]
pub struct Search {
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<i64>,
}

/// The lines the search matches, in SQL.
fn searched(search: &Search) -> sea_orm::Select<audit_event::Entity> {
    let mut query = audit_event::Entity::find();
    if let Some(entity_type) = &search.entity_type {
        query = query.filter(audit_event::Column::EntityType.eq(entity_type.as_str()));
    }
    if let Some(entity_id) = &search.entity_id {
        query = query.filter(audit_event::Column::EntityId.eq(entity_id.as_str()));
    }
    if let Some(actor_id) = search.actor_id {
        query = query.filter(audit_event::Column::ActorId.eq(actor_id));
    }
    query
}

/// The lines the search matches, by id, `after` the given one: for the CSV export's batches.
pub async fn batch<C: ConnectionTrait>(
    db: &C,
    search: &Search,
    after: i64,
    limit: u64,
) -> Result<Vec<AuditEntry>, DbErr> {
    let entries = searched(search)
        .filter(audit_event::Column::Id.gt(after))
        .order_by_asc(audit_event::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(AuditEntry::from)
        .collect();
    with_names(db, entries).await
}

/// Newest first, a page at a time, filtered in SQL on indexed columns.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    search: &Search,
    pagination: Pagination,
) -> Result<(Vec<AuditEntry>, u64), DbErr> {
    let query = searched(search);
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(audit_event::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?
        .into_iter()
        .map(AuditEntry::from)
        .collect();
    Ok((with_names(db, items).await?, total))
}

/// The timeline of one record, newest first (at most `limit` lines).
pub async fn timeline<C: ConnectionTrait>(
    db: &C,
    entity_type: &str,
    entity_id: impl ToString,
    limit: u64,
) -> Result<Vec<AuditEntry>, DbErr> {
    let entries = audit_event::Entity::find()
        .filter(audit_event::Column::EntityType.eq(entity_type))
        .filter(audit_event::Column::EntityId.eq(entity_id.to_string()))
        .order_by_desc(audit_event::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(AuditEntry::from)
        .collect();
    with_names(db, entries).await
}
