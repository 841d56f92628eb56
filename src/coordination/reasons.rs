//! Why a request needs a person: the flags a submission raises, each with the records it points
//! to, and the organizations told of a request shared with consent.

use chrono::{Duration, NaiveDate};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;

use super::input::NewRequest;
use super::workflow::Status;
use crate::awards::workflow::AwardStatus;
use crate::campaigns::model::CampaignStatus;
use crate::entities::{
    award, campaign, campaign_lead, coordination_request as request, organization,
};
use crate::flags::Reason;
use crate::members::model::MembershipStatus;
use crate::treaty::model::Record;
use crate::treaty::status::TreatyStatus;

/// A window starting within this many days is `imminent`.
pub const IMMINENT_DAYS: i64 = 14;

/// The reasons that hold for `values`, each with the records it points to.
pub async fn reasons<C: ConnectionTrait>(
    db: &C,
    record: &Record,
    values: &NewRequest,
    today: NaiveDate,
) -> Result<Vec<(Reason, serde_json::Value)>, DbErr> {
    let target = values.target_state.as_str();
    let mut found = Vec::new();
    let members: Vec<i64> = organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .filter(organization::Column::Country.eq(target))
        .filter(organization::Column::MembershipStatus.eq(MembershipStatus::Active))
        .into_tuple()
        .all(db)
        .await?;
    if !members.is_empty() {
        found.push((Reason::MemberPresent, json!({ "organizations": members })));
    }
    // Any campaign not over (planning, active or paused), its status named: staff want to know
    // of a campaign being prepared as much as of one running.
    let campaigns: Vec<(i64, CampaignStatus)> = campaign::Entity::find()
        .select_only()
        .column(campaign::Column::Id)
        .column(campaign::Column::Status)
        .filter(campaign::Column::StateIso3.eq(target))
        .filter(
            campaign::Column::Status.is_not_in([CampaignStatus::Achieved, CampaignStatus::Closed]),
        )
        .order_by_asc(campaign::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    if !campaigns.is_empty() {
        let ids: Vec<i64> = campaigns.iter().map(|(id, _)| *id).collect();
        let statuses: Vec<&str> = campaigns.iter().map(|(_, s)| s.as_str()).collect();
        found.push((
            Reason::ActiveCampaign,
            json!({ "campaigns": ids, "campaign_statuses": statuses }),
        ));
    }
    let awards: Vec<i64> = award::Entity::find()
        .select_only()
        .column(award::Column::Id)
        .filter(award::Column::TargetState.eq(target))
        .filter(award::Column::Status.eq(AwardStatus::Active.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    if !awards.is_empty() {
        found.push((Reason::ActiveAward, json!({ "awards": awards })));
    }
    let overlapping: Vec<i64> = request::Entity::find()
        .select_only()
        .column(request::Column::Id)
        .filter(request::Column::TargetState.eq(target))
        .filter(request::Column::Status.is_in(Status::open()))
        .filter(request::Column::WindowStart.lte(values.window_end))
        .filter(request::Column::WindowEnd.gte(values.window_start))
        .limit(100)
        .into_tuple()
        .all(db)
        .await?;
    if !overlapping.is_empty() {
        found.push((
            Reason::Overlap,
            json!({ "coordination_requests": overlapping }),
        ));
    }
    if values.window_start <= today + Duration::days(IMMINENT_DAYS) {
        found.push((
            Reason::Imminent,
            json!({ "window_start": values.window_start }),
        ));
    }
    let is_party = record
        .states()
        .iter()
        .find(|(s, _)| s.iso3 == target)
        .is_some_and(|(_, history)| history.status_on(today) == TreatyStatus::StateParty);
    if is_party {
        found.push((Reason::TargetIsParty, json!({ "states": [target] })));
    }
    Ok(found)
}

/// The organizations to tell of a request shared with consent: the members flagged present and
/// the leads of the campaigns flagged.
pub async fn organizations_to_tell<C: ConnectionTrait>(
    db: &C,
    reasons: &[(Reason, serde_json::Value)],
) -> Result<Vec<i64>, DbErr> {
    let ids = |reason: Reason, key: &str| -> Vec<i64> {
        reasons
            .iter()
            .filter(|(r, _)| *r == reason)
            .flat_map(|(_, related)| related[key].as_array().cloned().unwrap_or_default())
            .filter_map(|v| v.as_i64())
            .collect()
    };
    let mut organizations = ids(Reason::MemberPresent, "organizations");
    let campaigns = ids(Reason::ActiveCampaign, "campaigns");
    if !campaigns.is_empty() {
        let leads: Vec<i64> = campaign_lead::Entity::find()
            .select_only()
            .column(campaign_lead::Column::OrganizationId)
            .filter(campaign_lead::Column::CampaignId.is_in(campaigns))
            .into_tuple()
            .all(db)
            .await?;
        organizations.extend(leads);
    }
    organizations.sort_unstable();
    organizations.dedup();
    Ok(organizations)
}
