//! Country campaigns: what staff create and edit (the state, the leads, status, objectives and
//! asks), the activity log that leads and staff write, the applications linked to a campaign,
//! and the campaign read whole for its page.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::applications::model::ActivityKind;
use crate::audit::{self, Actor};
use crate::choice::choice;
use crate::entities::{
    application, award, campaign, campaign_activity, campaign_lead, coordination_request,
    organization, state,
};
use crate::error::{AppError, FieldErrors};
use crate::input::{NumberInput, text};
use crate::pagination::Pagination;
use crate::treaty::model::parse_date;

choice!(CampaignStatus, "a campaign status", {
    Planning => "planning", "Planning",
    Active => "active", "Active",
    Paused => "paused", "Paused",
    Achieved => "achieved", "Achieved",
    Closed => "closed", "Closed",
});

choice!(Ask, "an ask of a campaign", {
    Accession => "accession", "Accession to the Convention",
    Moratorium => "moratorium", "Moratorium on use, production and transfer",
    Stockpile => "stockpile", "Stockpile disclosure and destruction",
    UngaVote => "unga_vote", "Yes vote on the UN General Assembly resolution",
    TransparencyReport => "transparency_report", "Voluntary transparency report",
    TreatyMeetings => "treaty_meetings", "Attendance at treaty meetings",
    Condemnation => "condemnation", "Condemnation of use",
});

/// A campaign as submitted; in a PATCH, what is absent stays as it is.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CampaignInput {
    pub state: Option<String>,
    pub name: Option<String>,
    pub status: Option<String>,
    pub objectives: Option<String>,
    pub asks: Option<Vec<String>>,
    pub lead_organization_ids: Option<Vec<NumberInput>>,
    /// Applications to link to the campaign, and to unlink from it.
    pub add_applications: Option<Vec<NumberInput>>,
    pub remove_applications: Option<Vec<NumberInput>>,
}

/// A checked campaign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Values {
    pub state: String,
    pub name: String,
    pub status: CampaignStatus,
    pub objectives: String,
    pub asks: Vec<Ask>,
    pub leads: Vec<i64>,
}

fn ids(errors: &mut FieldErrors, field: &str, given: &Option<Vec<NumberInput>>) -> Vec<i64> {
    let mut out = Vec::new();
    for value in given.iter().flatten().filter(|v| !v.is_blank()) {
        match value.value() {
            Some(id) => out.push(id),
            None => errors.add(field, format!("'{}' is not a number", value.text())),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

impl CampaignInput {
    /// Checks the input over `current` (none when creating).
    pub async fn parse<C: ConnectionTrait>(
        &self,
        db: &C,
        current: Option<&Values>,
    ) -> Result<Values, AppError> {
        let mut errors = FieldErrors::new();
        let state = match (&self.state, current) {
            (None, Some(c)) => c.state.clone(),
            (given, _) => {
                let code = text(given).to_ascii_uppercase();
                if code.is_empty() {
                    errors.add("state", "choose the state the campaign aims at");
                } else if state::Entity::find_by_id(code.clone())
                    .one(db)
                    .await?
                    .is_none()
                {
                    errors.add(
                        "state",
                        format!("'{code}' is not the ISO 3166 code of a state"),
                    );
                }
                code
            }
        };
        let name = match (&self.name, current) {
            (None, Some(c)) => c.name.clone(),
            (given, _) => {
                let name = text(given);
                if name.is_empty() {
                    errors.add("name", "is required");
                } else if name.chars().count() > 200 {
                    errors.add("name", "must be at most 200 characters long");
                }
                name
            }
        };
        let status = match (&self.status, current) {
            (None, Some(c)) => c.status,
            (None, None) => CampaignStatus::Planning,
            (Some(s), _) => s.trim().parse().unwrap_or_else(|m| {
                errors.add("status", m);
                CampaignStatus::Planning
            }),
        };
        let objectives = match (&self.objectives, current) {
            (None, Some(c)) => c.objectives.clone(),
            (given, _) => {
                let o = text(given);
                if o.chars().count() > 20_000 {
                    errors.add("objectives", "must be at most 20000 characters long");
                }
                o
            }
        };
        let asks = match (&self.asks, current) {
            (None, Some(c)) => c.asks.clone(),
            (given, _) => {
                let mut asks = Vec::new();
                for a in given.iter().flatten().filter(|a| !a.trim().is_empty()) {
                    match a.trim().parse::<Ask>() {
                        Ok(ask) if !asks.contains(&ask) => asks.push(ask),
                        Ok(_) => {}
                        Err(m) => errors.add("asks", m),
                    }
                }
                asks
            }
        };
        let leads = match (&self.lead_organization_ids, current) {
            (None, Some(c)) => c.leads.clone(),
            (given, _) => {
                let leads = ids(&mut errors, "lead_organization_ids", given);
                let found = organization::Entity::find()
                    .filter(organization::Column::Id.is_in(leads.clone()))
                    .count(db)
                    .await?;
                if found != leads.len() as u64 {
                    errors.add(
                        "lead_organization_ids",
                        "names an organization that does not exist",
                    );
                }
                leads
            }
        };
        errors
            .into_result(Values {
                state,
                name,
                status,
                objectives,
                asks,
                leads,
            })
            .map_err(AppError::Validation)
    }
}

pub fn values_of(c: &campaign::Model, leads: Vec<i64>) -> Values {
    Values {
        state: c.state_iso3.clone(),
        name: c.name.clone(),
        status: c.status.parse().unwrap_or(CampaignStatus::Planning),
        objectives: c.objectives.clone(),
        asks: c
            .asks
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str()?.parse().ok())
            .collect(),
        leads,
    }
}

fn snapshot(v: &Values) -> serde_json::Value {
    json!({
        "state": v.state, "name": v.name, "status": v.status.as_str(), "objectives": v.objectives,
        "asks": v.asks.iter().map(|a| a.as_str()).collect::<Vec<_>>(), "leads": v.leads,
    })
}

pub async fn leads_of<C: ConnectionTrait>(db: &C, id: i64) -> Result<Vec<i64>, AppError> {
    Ok(campaign_lead::Entity::find()
        .select_only()
        .column(campaign_lead::Column::OrganizationId)
        .filter(campaign_lead::Column::CampaignId.eq(id))
        .order_by_asc(campaign_lead::Column::OrganizationId)
        .into_tuple()
        .all(db)
        .await?)
}

async fn write_leads<C: ConnectionTrait>(db: &C, id: i64, leads: &[i64]) -> Result<(), AppError> {
    campaign_lead::Entity::delete_many()
        .filter(campaign_lead::Column::CampaignId.eq(id))
        .exec(db)
        .await?;
    for org in leads {
        campaign_lead::ActiveModel {
            campaign_id: Set(id),
            organization_id: Set(*org),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn create<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    values: Values,
) -> Result<campaign::Model, AppError> {
    let now = Utc::now();
    let created = campaign::ActiveModel {
        state_iso3: Set(values.state.clone()),
        name: Set(values.name.clone()),
        status: Set(values.status.as_str().to_owned()),
        objectives: Set(values.objectives.clone()),
        asks: Set(json!(
            values.asks.iter().map(|a| a.as_str()).collect::<Vec<_>>()
        )),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    write_leads(db, created.id, &values.leads).await?;
    audit::record(
        db,
        actor,
        "campaign_created",
        "campaign",
        created.id,
        None,
        Some(snapshot(&values)),
    )
    .await?;
    Ok(created)
}

pub async fn update<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    current: campaign::Model,
    before: &Values,
    values: Values,
) -> Result<campaign::Model, AppError> {
    let mut active: campaign::ActiveModel = current.into();
    active.state_iso3 = Set(values.state.clone());
    active.name = Set(values.name.clone());
    active.status = Set(values.status.as_str().to_owned());
    active.objectives = Set(values.objectives.clone());
    active.asks = Set(json!(
        values.asks.iter().map(|a| a.as_str()).collect::<Vec<_>>()
    ));
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await?;
    if values.leads != before.leads {
        write_leads(db, updated.id, &values.leads).await?;
    }
    if &values != before {
        audit::record(
            db,
            actor,
            "campaign_updated",
            "campaign",
            updated.id,
            Some(snapshot(before)),
            Some(snapshot(&values)),
        )
        .await?;
    }
    Ok(updated)
}

/// Links (or unlinks) applications, each audited.
pub async fn link_applications<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    campaign_id: i64,
    input: &CampaignInput,
) -> Result<(), AppError> {
    let mut errors = FieldErrors::new();
    let add = ids(&mut errors, "add_applications", &input.add_applications);
    let remove = ids(
        &mut errors,
        "remove_applications",
        &input.remove_applications,
    );
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    for (list, link) in [(add, Some(campaign_id)), (remove, None)] {
        if list.is_empty() {
            continue;
        }
        let apps = application::Entity::find()
            .filter(application::Column::Id.is_in(list.clone()))
            .all(db)
            .await?;
        if apps.len() != list.len() {
            let field = if link.is_some() {
                "add_applications"
            } else {
                "remove_applications"
            };
            return Err(AppError::Validation(FieldErrors::one(
                field,
                "names an application that does not exist",
            )));
        }
        for app in apps {
            if link.is_none() && app.campaign_id != Some(campaign_id) {
                continue;
            }
            let before = app.campaign_id;
            let mut active: application::ActiveModel = app.into();
            active.campaign_id = Set(link);
            let updated = active.update(db).await?;
            audit::record(
                db,
                actor,
                "application_campaign_linked",
                "application",
                updated.id,
                Some(json!({"campaign_id": before})),
                Some(json!({"campaign_id": link})),
            )
            .await?;
        }
    }
    Ok(())
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<campaign::Model, AppError> {
    campaign::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("there is no campaign with this number"))
}

/// Whether the user's organization leads the campaign.
pub async fn is_lead<C: ConnectionTrait>(
    db: &C,
    campaign_id: i64,
    organization_id: Option<i64>,
) -> Result<bool, AppError> {
    let Some(org) = organization_id else {
        return Ok(false);
    };
    Ok(campaign_lead::Entity::find_by_id((campaign_id, org))
        .one(db)
        .await?
        .is_some())
}

/// A page of campaigns (those led by `organization` only, when given), by state.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    organization: Option<i64>,
    pagination: Pagination,
) -> Result<(Vec<campaign::Model>, u64), AppError> {
    let mut query = campaign::Entity::find();
    if let Some(org) = organization {
        let led: Vec<i64> = campaign_lead::Entity::find()
            .select_only()
            .column(campaign_lead::Column::CampaignId)
            .filter(campaign_lead::Column::OrganizationId.eq(org))
            .into_tuple()
            .all(db)
            .await?;
        query = query.filter(campaign::Column::Id.is_in(led));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(campaign::Column::StateIso3)
        .order_by_asc(campaign::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// An entry of the activity log as submitted.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActivityInput {
    pub occurred_on: Option<String>,
    pub kind: Option<String>,
    pub description: Option<String>,
    pub outcome: Option<String>,
}

pub async fn add_activity<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    campaign_id: i64,
    input: &ActivityInput,
) -> Result<campaign_activity::Model, AppError> {
    let mut errors = FieldErrors::new();
    let occurred_on: Option<NaiveDate> = match text(&input.occurred_on) {
        d if d.is_empty() => {
            errors.add("occurred_on", "is required");
            None
        }
        d => parse_date(&d)
            .map_err(|m| errors.add("occurred_on", m))
            .ok(),
    };
    let kind = text(&input.kind);
    if kind.is_empty() {
        errors.add("kind", "choose a kind of activity");
    } else if let Err(m) = kind.parse::<ActivityKind>() {
        errors.add("kind", m);
    }
    let description = text(&input.description);
    if description.is_empty() {
        errors.add("description", "say what happened");
    } else if description.chars().count() > 5000 {
        errors.add("description", "must be at most 5000 characters long");
    }
    let outcome = text(&input.outcome);
    if outcome.chars().count() > 5000 {
        errors.add("outcome", "must be at most 5000 characters long");
    }
    let Some(occurred_on) = occurred_on.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let created = campaign_activity::ActiveModel {
        campaign_id: Set(campaign_id),
        occurred_on: Set(occurred_on),
        kind: Set(kind),
        description: Set(description),
        outcome: Set(outcome),
        created_by: Set(actor.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        actor,
        "campaign_activity_added",
        "campaign",
        campaign_id,
        None,
        Some(json!({"activity": created.id, "occurred_on": created.occurred_on, "kind": created.kind})),
    )
    .await?;
    Ok(created)
}

/// A campaign read whole: for its page and the API.
#[derive(Clone, Debug, Serialize)]
pub struct CampaignItem {
    pub id: i64,
    pub state: String,
    pub name: String,
    pub status: String,
    pub objectives: String,
    pub asks: Vec<&'static str>,
    pub lead_organization_ids: Vec<i64>,
    pub leads: Vec<Named>,
    pub activities: Vec<ActivityItem>,
    pub applications: Vec<Named>,
    pub awards: Vec<Named>,
    pub coordination_requests: Vec<Named>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Named {
    pub id: i64,
    pub label: String,
    pub status: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ActivityItem {
    pub id: i64,
    pub occurred_on: NaiveDate,
    pub kind: String,
    pub kind_label: &'static str,
    pub description: String,
    pub outcome: String,
}

/// Reads the campaign's leads, activities, applications, awards and requests: one query each.
pub async fn load<C: ConnectionTrait>(
    db: &C,
    c: campaign::Model,
) -> Result<CampaignItem, AppError> {
    let leads = leads_of(db, c.id).await?;
    let values = values_of(&c, leads.clone());
    let lead_orgs = organization::Entity::find()
        .filter(organization::Column::Id.is_in(leads.clone()))
        .order_by_asc(organization::Column::Name)
        .all(db)
        .await?;
    let activities = campaign_activity::Entity::find()
        .filter(campaign_activity::Column::CampaignId.eq(c.id))
        .order_by_desc(campaign_activity::Column::OccurredOn)
        .order_by_desc(campaign_activity::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    let apps = application::Entity::find()
        .filter(application::Column::CampaignId.eq(c.id))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await?;
    let app_ids: Vec<i64> = apps.iter().map(|a| a.id).collect();
    let awards = award::Entity::find()
        .filter(award::Column::ApplicationId.is_in(app_ids))
        .order_by_asc(award::Column::Id)
        .all(db)
        .await?;
    let requests = coordination_request::Entity::find()
        .filter(coordination_request::Column::TargetState.eq(c.state_iso3.as_str()))
        .order_by_desc(coordination_request::Column::Id)
        .limit(100)
        .all(db)
        .await?;
    Ok(CampaignItem {
        id: c.id,
        state: c.state_iso3,
        name: c.name,
        status: c.status,
        objectives: c.objectives,
        asks: values.asks.iter().map(|a| a.as_str()).collect(),
        lead_organization_ids: leads,
        leads: lead_orgs
            .into_iter()
            .map(|o| Named {
                id: o.id,
                label: o.name,
                status: o.membership_status,
            })
            .collect(),
        activities: activities
            .into_iter()
            .map(|a| ActivityItem {
                id: a.id,
                occurred_on: a.occurred_on,
                kind_label: a
                    .kind
                    .parse::<ActivityKind>()
                    .map_or("", ActivityKind::label),
                kind: a.kind,
                description: a.description,
                outcome: a.outcome,
            })
            .collect(),
        applications: apps
            .into_iter()
            .map(|a| Named {
                id: a.id,
                label: format!(
                    "{}: {}",
                    a.reference.unwrap_or_else(|| "draft".to_owned()),
                    a.title
                ),
                status: a.status.as_str().to_owned(),
            })
            .collect(),
        awards: awards
            .into_iter()
            .map(|a| Named {
                id: a.id,
                label: a.reference,
                status: a.status,
            })
            .collect(),
        coordination_requests: requests
            .into_iter()
            .map(|r| Named {
                id: r.id,
                label: format!(
                    "{} ({}, {} to {})",
                    r.reference, r.requesting_state, r.window_start, r.window_end
                ),
                status: r.status,
            })
            .collect(),
    })
}
