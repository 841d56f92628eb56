//! Recording a coordination request: numbered, flagged with every reason that holds, announced
//! to staff (and, with consent, to the member organizations and campaign leads concerned), all in
//! one transaction; and answered again, never recorded twice, when the same idempotency key comes
//! back.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    FromQueryResult, QueryFilter, QuerySelect, Set,
};
use serde_json::json;

use super::input::NewRequest;
use super::notices::Mail;
use super::workflow::Status;
use crate::audit::{self, Actor};
use crate::auth::tokens;
use crate::entities::{
    award, campaign, campaign_lead, coordination_request as request, coordination_step,
    login_throttle, organization,
};
use crate::error::{AppError, FieldErrors};
use crate::flags::{self, Reason};
use crate::treaty::model::Record;
use crate::treaty::status::TreatyStatus;

/// A window starting within this many days is `imminent`.
pub const IMMINENT_DAYS: i64 = 14;

/// What a submission came to.
#[derive(Clone, Debug)]
pub struct Submitted {
    pub request: request::Model,
    pub flags: Vec<String>,
    /// The status link's token (never stored: see [`status_token`]).
    pub token: String,
    /// True when the idempotency key had been used already: nothing new was recorded.
    pub replay: bool,
}

/// Where a submission comes from and what it may do: for the rate limit.
pub struct Origin<'a> {
    /// `coordinate:<address>`; every client whose address is unknown shares one counter.
    pub counter_key: String,
    pub per_hour: u32,
    pub actor: Actor,
    /// The service's secret, from which status tokens are derived.
    pub secret: &'a [u8],
}

impl Origin<'_> {
    pub fn counter_key(address: Option<std::net::IpAddr>) -> String {
        match address {
            Some(std::net::IpAddr::V6(v6)) => {
                let s = v6.segments();
                format!(
                    "coordinate:{:x}:{:x}:{:x}:{:x}::/64",
                    s[0], s[1], s[2], s[3]
                )
            }
            Some(v4) => format!("coordinate:{v4}"),
            None => "coordinate:unknown".to_owned(),
        }
    }
}

/// The status link's token: derived from the service's secret and the request's random salt, so
/// that only its digest is stored and yet a repeated submission can be given the same link.
pub fn status_token(secret: &[u8], salt: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update((secret.len() as u64).to_be_bytes());
    hasher.update(secret);
    hasher.update(b"coordination-status:");
    hasher.update(salt.as_bytes());
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn body_digest(values: &NewRequest) -> String {
    tokens::digest(&serde_json::to_string(values).unwrap_or_default())
}

fn check_key(key: &str) -> Result<(), AppError> {
    if key.len() > 128 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(AppError::Validation(FieldErrors::one(
            "idempotency_key",
            "must be at most 128 visible ASCII characters",
        )));
    }
    Ok(())
}

/// Records `values` once per idempotency key (a random one when none is given).
pub async fn submit(
    db: &DatabaseConnection,
    mail: Mail<'_>,
    record: &Record,
    origin: &Origin<'_>,
    key: Option<String>,
    values: &NewRequest,
) -> Result<Submitted, AppError> {
    let key = key.unwrap_or_else(tokens::random_secret);
    check_key(&key)?;
    let digest = body_digest(values);
    if let Some(done) = replay(db, origin.secret, &key, &digest).await? {
        return Ok(done);
    }
    let txn = crate::db::begin_write(db).await?;
    let counted = count_attempt(&txn, &origin.counter_key, Utc::now()).await?;
    if counted > i64::from(origin.per_hour) {
        // Rolled back with the transaction: the count stays at the limit until the hour ends.
        return Err(AppError::RateLimited);
    }
    let now = Utc::now();
    // The year's counter is the first row written: on PostgreSQL its lock orders submissions, so
    // that what the flags read below includes every request recorded before this one.
    let number = next_number(&txn, now.year()).await?;
    if let Some(done) = replay(&txn, origin.secret, &key, &digest).await? {
        return Ok(done);
    }
    match create(
        &txn, mail, record, origin, number, &key, &digest, values, now,
    )
    .await
    {
        Ok(done) => {
            txn.commit().await?;
            Ok(done)
        }
        Err(AppError::Conflict(_)) => {
            drop(txn);
            replay(db, origin.secret, &key, &digest)
                .await?
                .ok_or_else(|| AppError::Conflict("this request was just recorded".to_owned()))
        }
        Err(other) => Err(other),
    }
}

/// Records `values` on the caller's transaction, with no rate limit and a fresh idempotency key:
/// for the demo seed, which makes its requests through the same rules as the form.
pub async fn record_in<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    record: &Record,
    actor: Actor,
    secret: &[u8],
    values: &NewRequest,
) -> Result<Submitted, AppError> {
    let now = Utc::now();
    let number = next_number(db, now.year()).await?;
    let origin = Origin {
        counter_key: String::new(),
        per_hour: 0,
        actor,
        secret,
    };
    let key = tokens::random_secret();
    let digest = body_digest(values);
    create(
        db, mail, record, &origin, number, &key, &digest, values, now,
    )
    .await
}

/// The request already recorded under `key`, if any; a key used for other content is a 409.
async fn replay<C: ConnectionTrait>(
    db: &C,
    secret: &[u8],
    key: &str,
    digest: &str,
) -> Result<Option<Submitted>, AppError> {
    let Some(found) = request::Entity::find()
        .filter(request::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if found.body_digest != digest {
        return Err(AppError::Conflict(
            "this idempotency key was already used for a different request".to_owned(),
        ));
    }
    let flags = flags::on_records(db, flags::ON_REQUEST, &[found.id])
        .await?
        .into_iter()
        .filter(|f| f.reason != Reason::Escalated.as_str())
        .map(|f| f.reason)
        .collect();
    Ok(Some(Submitted {
        token: status_token(secret, &found.token_salt),
        request: found,
        flags,
        replay: true,
    }))
}

/// Counts one submission from `key` within the hour, in one statement (parallel submissions
/// cannot slip between a check and a count); returns the count. Kept in the sign-in throttle's
/// table under keys of their own (`coordinate:...`), which its hourly purge also clears.
async fn count_attempt<C: ConnectionTrait>(
    db: &C,
    key: &str,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    use login_throttle::Column;
    let stale = || {
        Expr::col((login_throttle::Entity, Column::WindowStartedAt)).lte(now - Duration::hours(1))
    };
    let upsert = Query::insert()
        .into_table(login_throttle::Entity)
        .columns([Column::Key, Column::Failures, Column::WindowStartedAt])
        .values_panic([key.into(), 1.into(), now.into()])
        .on_conflict(
            OnConflict::column(Column::Key)
                .value(
                    Column::Failures,
                    sea_orm::sea_query::CaseStatement::new()
                        .case(stale(), Expr::val(1))
                        .finally(Expr::col((login_throttle::Entity, Column::Failures)).add(1)),
                )
                .value(
                    Column::WindowStartedAt,
                    sea_orm::sea_query::CaseStatement::new()
                        .case(stale(), Expr::val(now))
                        .finally(Expr::col((login_throttle::Entity, Column::WindowStartedAt))),
                )
                .to_owned(),
        )
        .returning_all()
        .to_owned();
    let row = login_throttle::Model::find_by_statement(db.get_database_backend().build(&upsert))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(key.to_owned()))?;
    Ok(i64::from(row.failures))
}

#[derive(FromQueryResult)]
struct Last {
    last: i32,
}

/// The next number of `year`'s references, without gaps (the counter is rolled back with a
/// submission that fails).
async fn next_number<C: ConnectionTrait>(db: &C, year: i32) -> Result<i32, DbErr> {
    let table = sea_orm::sea_query::Alias::new("reference_counters");
    let name = sea_orm::sea_query::Alias::new("name");
    let last = sea_orm::sea_query::Alias::new("last");
    let upsert = Query::insert()
        .into_table(table.clone())
        .columns([name.clone(), last.clone()])
        .values_panic([format!("coordination:{year}").into(), 1.into()])
        .on_conflict(
            OnConflict::column(name)
                .value(last.clone(), Expr::col((table, last.clone())).add(1))
                .to_owned(),
        )
        .returning(Query::returning().column(last))
        .to_owned();
    Last::find_by_statement(db.get_database_backend().build(&upsert))
        .one(db)
        .await?
        .map(|l| l.last)
        .ok_or_else(|| DbErr::RecordNotFound("reference_counters".to_owned()))
}

/// `CR-2026-0007`.
pub fn reference(year: i32, number: i32) -> String {
    format!("CR-{year}-{number:04}")
}

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
        .filter(organization::Column::MembershipStatus.eq("active"))
        .into_tuple()
        .all(db)
        .await?;
    if !members.is_empty() {
        found.push((Reason::MemberPresent, json!({ "organizations": members })));
    }
    let campaigns: Vec<i64> = campaign::Entity::find()
        .select_only()
        .column(campaign::Column::Id)
        .filter(campaign::Column::StateIso3.eq(target))
        .filter(campaign::Column::Status.eq("active"))
        .into_tuple()
        .all(db)
        .await?;
    if !campaigns.is_empty() {
        found.push((Reason::ActiveCampaign, json!({ "campaigns": campaigns })));
    }
    let awards: Vec<i64> = award::Entity::find()
        .select_only()
        .column(award::Column::Id)
        .filter(award::Column::TargetState.eq(target))
        .filter(award::Column::Status.eq("active"))
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
        .filter(request::Column::Status.is_in(Status::open_values()))
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

#[allow(clippy::too_many_arguments)]
async fn create<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    record: &Record,
    origin: &Origin<'_>,
    number: i32,
    key: &str,
    digest: &str,
    values: &NewRequest,
    now: DateTime<Utc>,
) -> Result<Submitted, AppError> {
    let reasons = reasons(db, record, values, now.date_naive()).await?;
    let salt = tokens::random_secret();
    let token = status_token(origin.secret, &salt);
    let campaign_id = reasons
        .iter()
        .find(|(r, _)| *r == Reason::ActiveCampaign)
        .and_then(|(_, related)| related["campaigns"][0].as_i64());
    let created = request::ActiveModel {
        reference: Set(reference(now.year(), number)),
        token_hash: Set(tokens::digest(&token)),
        token_salt: Set(salt),
        idempotency_key: Set(key.to_owned()),
        body_digest: Set(digest.to_owned()),
        requesting_state: Set(values.requesting_state.clone()),
        ministry: Set(values.ministry.clone()),
        contact_name: Set(values.contact_name.clone()),
        contact_email: Set(values.contact_email.clone()),
        target_state: Set(values.target_state.clone()),
        approach: Set(values.approach.as_str().to_owned()),
        window_start: Set(values.window_start),
        window_end: Set(values.window_end),
        mode: Set(values.mode.as_str().to_owned()),
        message: Set(values.message.clone()),
        consent_to_share: Set(values.consent_to_share),
        status: Set(Status::Received.as_str().to_owned()),
        campaign_id: Set(campaign_id),
        received_at: Set(now),
        acknowledged_at: Set(None),
        escalated_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(AppError::from)?;
    coordination_step::ActiveModel {
        request_id: Set(created.id),
        status: Set(Some(Status::Received.as_str().to_owned())),
        message: Set(None),
        actor_id: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for (reason, related) in &reasons {
        flags::raise(
            db,
            *reason,
            flags::ON_REQUEST,
            created.id,
            related.clone(),
            now,
        )
        .await?;
    }
    let flag_names: Vec<String> = reasons.iter().map(|(r, _)| r.as_str().to_owned()).collect();
    audit::record(
        db,
        &origin.actor,
        "coordination_request_received",
        flags::ON_REQUEST,
        created.id,
        None,
        Some(json!({
            "reference": created.reference,
            "requesting_state": created.requesting_state,
            "target_state": created.target_state,
            "status": created.status,
            "flags": flag_names,
        })),
    )
    .await?;
    mail.received(db, record, &created, &token, &reasons)
        .await?;
    Ok(Submitted {
        request: created,
        flags: flag_names,
        token,
        replay: false,
    })
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

/// One request, by id (staff), or a 404.
pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<request::Model, AppError> {
    request::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("there is no coordination request with this number"))
}

/// One request, by its status token, or a 404 that tells nothing of any other.
pub async fn by_token<C: ConnectionTrait>(db: &C, token: &str) -> Result<request::Model, AppError> {
    let missing = || AppError::not_found("this status link is not valid");
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(missing());
    }
    request::Entity::find()
        .filter(request::Column::TokenHash.eq(tokens::digest(token)))
        .one(db)
        .await?
        .ok_or_else(missing)
}
