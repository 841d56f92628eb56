//! Country campaigns: what staff create and edit (the state, the leads, status, objectives and
//! asks) and the applications linked to a campaign, each change audited on the caller's
//! connection. The activity log is `activities`, reading is `queries`, and the transactions
//! around these writes are `commands`'.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::Deserialize;
use serde_json::json;

use crate::audit::{self, Actor};
use crate::choice::choice;
use crate::entities::{application, campaign, campaign_lead, organization, state};
use crate::error::{AppError, FieldErrors};
use crate::input::{NumberInput, text};

/// The activity log's entries are written by their own module; the demo seed reaches them here.
pub use super::activities::{ActivityInput, ActivityItem, add_activity};

choice!(CampaignStatus, "a campaign status", {
    Planning => "planning", "Planning",
    Active => "active", "Active",
    Paused => "paused", "Paused",
    Achieved => "achieved", "Achieved",
    Closed => "closed", "Closed",
});

impl CampaignStatus {
    /// Whether applications may still be linked to it: neither achieved nor closed.
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Achieved | Self::Closed)
    }
}

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
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(
    description = "A campaign's fields. A creation needs `state` and `name`; an update changes \
        the fields given and leaves the others as they are (a list given replaces the saved one)."
)]
pub struct CampaignInput {
    /// The ISO 3166-1 alpha-3 code of the state the campaign aims at (in any case).
    pub state: Option<String>,
    /// At most 200 characters.
    pub name: Option<String>,
    /// Default `planning`.
    #[schema(value_type = Option<CampaignStatus>)]
    pub status: Option<String>,
    /// At most 20000 characters.
    pub objectives: Option<String>,
    #[schema(value_type = Option<Vec<Ask>>)]
    pub asks: Option<Vec<String>>,
    /// The organizations that lead the campaign (numbers, or strings of numbers).
    #[schema(value_type = Option<Vec<i64>>)]
    pub lead_organization_ids: Option<Vec<NumberInput>>,
    /// Applications to link to the campaign, and to unlink from it.
    #[schema(value_type = Option<Vec<i64>>)]
    pub add_applications: Option<Vec<NumberInput>>,
    #[schema(value_type = Option<Vec<i64>>)]
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

pub fn values_of(c: &campaign::Model, leads: Vec<i64>) -> Result<Values, AppError> {
    Ok(Values {
        state: c.state_iso3.clone(),
        name: c.name.clone(),
        status: c.status,
        objectives: c.objectives.clone(),
        asks: asks_of(c)?,
        leads,
    })
}

/// The asks stored on `c`. They are JSON, which the database does not check: a list holding
/// anything but asks the code knows is an error that names the campaign, never read as fewer
/// asks (an edit would then drop them for good).
pub fn asks_of(c: &campaign::Model) -> Result<Vec<Ask>, AppError> {
    let unknown = |what: String| {
        AppError::Internal(anyhow::anyhow!(
            "campaign {} holds a value the code does not know: {what}",
            c.id
        ))
    };
    let stored = c
        .asks
        .as_array()
        .ok_or_else(|| unknown(format!("asks {} is not a list", c.asks)))?;
    stored
        .iter()
        .map(|a| {
            a.as_str()
                .ok_or_else(|| unknown(format!("ask {a} is not a string")))?
                .parse::<Ask>()
                .map_err(unknown)
        })
        .collect()
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
        status: Set(values.status),
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
    active.status = Set(values.status);
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
