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

/// Read as text and parsed by [`page`], so that a bad value is a 400 with a field message.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
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
        items.push(load(db, user, c).await?);
    }
    Ok((items, pagination, total))
}

/// A campaign read whole: for its page and the API.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(
    description = "A campaign, with its leads, its activity log and the records linked to it."
)]
pub struct CampaignItem {
    pub id: i64,
    /// The ISO 3166-1 alpha-3 code of the state it aims at.
    pub state: String,
    pub name: String,
    pub status: CampaignStatus,
    pub objectives: String,
    pub asks: Vec<Ask>,
    pub lead_organization_ids: Vec<i64>,
    /// The lead organizations, by name; `status` is their membership status.
    pub leads: Vec<Named>,
    /// The latest 200 entries of the activity log, latest first.
    pub activities: Vec<ActivityItem>,
    /// The applications linked to the campaign; `status` is the application's.
    pub applications: Vec<Named>,
    /// The awards made on those applications; `status` is the award's.
    pub awards: Vec<Named>,
    /// The latest 100 coordination requests aimed at the campaign's state; `status` is the
    /// request's. Staff see them all; others only those staff shared with the members (which
    /// the requester agreed to).
    pub coordination_requests: Vec<Named>,
}

/// A record linked to a campaign.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = campaigns::Named)]
pub struct Named {
    pub id: i64,
    /// The record for people: its reference, title or name.
    pub label: String,
    /// The record's status, as its own API spells it.
    pub status: String,
}

/// Reads the campaign's leads, activities, applications, awards and requests: one query each.
/// `viewer` decides which coordination requests are listed (see [`CampaignItem`]).
pub async fn load<C: ConnectionTrait>(
    db: &C,
    viewer: &CurrentUser,
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
    let mut requests = coordination_request::Entity::find()
        .filter(coordination_request::Column::TargetState.eq(c.state_iso3.as_str()));
    if !policy::allows(viewer, Action::ManageCoordination) {
        requests = requests
            .filter(coordination_request::Column::SharedAt.is_not_null())
            .filter(coordination_request::Column::ConsentToShare.eq(true));
    }
    let requests = requests
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
