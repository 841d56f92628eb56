//! Reading campaigns: one, the page of those a user may see, and a campaign read whole (leads,
//! activities, linked applications, awards and coordination requests) for its page and the API.

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};

use super::activities::ActivityItem;
use super::model::{Ask, CampaignStatus, asks_of, leads_of};
use crate::auth::{CurrentUser, Role};
use crate::entities::{
    application, award, campaign, campaign_activity, campaign_lead, coordination_request,
    organization,
};
use crate::error::{AppError, FieldErrors};
use crate::pagination::Pagination;
use crate::policy::{self, Action};

#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<campaign::Model, AppError> {
    crate::db::get::<campaign::Entity, _>(db, id, "campaign").await
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

/// The campaign, if the user may see it (404 otherwise); and whether the user leads it.
pub async fn visible<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<(campaign::Model, bool), AppError> {
    let c = get(db, id).await?;
    let lead = is_lead(db, c.id, user.organization_id).await?;
    policy::visible(user, Action::ViewCampaign { lead }, "campaign")?;
    Ok((c, lead))
}

/// The page of campaigns the user may list: all of them for staff, those its organization leads
/// for a member.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    params: &ListParams,
) -> Result<(Vec<CampaignItem>, Pagination, u64), AppError> {
    policy::authorize(user, Action::ListCampaigns)?;
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    if !errors.is_empty() {
        return Err(AppError::bad_request(errors));
    }
    let scope = if user.role == Role::Member {
        Some(user.organization_id.unwrap_or(-1))
    } else {
        None
    };
    let (rows, total) = list(db, scope, pagination).await?;
    let mut items = Vec::with_capacity(rows.len());
    // A page holds at most `per_page` campaigns, each read in a fixed number of queries.
    for c in rows {
        items.push(load(db, c).await?);
    }
    Ok((items, pagination, total))
}

/// A campaign read whole: for its page and the API.
#[derive(Clone, Debug, Serialize)]
pub struct CampaignItem {
    pub id: i64,
    pub state: String,
    pub name: String,
    pub status: CampaignStatus,
    pub objectives: String,
    pub asks: Vec<Ask>,
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

/// Reads the campaign's leads, activities, applications, awards and requests: one query each.
pub async fn load<C: ConnectionTrait>(
    db: &C,
    c: campaign::Model,
) -> Result<CampaignItem, AppError> {
    let leads = leads_of(db, c.id).await?;
    let asks = asks_of(&c)?;
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
        asks,
        lead_organization_ids: leads,
        leads: lead_orgs
            .into_iter()
            .map(|o| Named {
                id: o.id,
                label: o.name,
                status: o.membership_status.as_str().to_owned(),
            })
            .collect(),
        activities: activities.into_iter().map(ActivityItem::from).collect(),
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
                status: a.status.as_str().to_owned(),
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
                status: r.status.as_str().to_owned(),
            })
            .collect(),
    })
}
