//! Every write to a coordination request, one function per use case, called by the API and the
//! pages alike: each owns its transaction (lock, policy, workflow, audit and mail queued on the
//! same connection, commit) so that no handler opens one.

use std::net::IpAddr;

use chrono::{DateTime, Datelike, Utc};

use super::counters::{count_attempt, next_number};
use super::input::RequestInput;
use super::model::{self, Origin, Submitted};
use super::token;
use super::transitions::{self, StepInput};
use super::workflow::{Party, Step};
use crate::audit::Actor;
use crate::auth::{Caller, tokens};
use crate::dates::today;
use crate::db::{begin_write, get_for_update};
use crate::entities::coordination_request as request;
use crate::error::AppError;
use crate::notify::Mail;
use crate::policy::{self, Action};
use crate::state::AppState;

/// Checks and records a submission from the public form or the API, once per idempotency key (a
/// random one when none is given), within the hourly limit of the client's `address`.
pub async fn submit(
    state: &AppState,
    address: Option<IpAddr>,
    request_id: Option<String>,
    key: Option<String>,
    input: &RequestInput,
) -> Result<Submitted, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    let values = input
        .parse(&record, today())
        .map_err(AppError::Validation)?;
    let origin = Origin {
        counter_key: Origin::counter_key(address),
        per_hour: state.settings.coordination.requests_per_hour,
        actor: Actor::anonymous(request_id),
        secret: state.cookie_key.signing(),
    };
    let key = key.unwrap_or_else(tokens::random_secret);
    model::check_key(&key)?;
    let digest = model::body_digest(&values);
    // A repeated submission is answered without writing, not even to the rate limit's counter.
    if let Some(done) = model::replay(&state.db, origin.secret, &key, &digest).await? {
        return Ok(done);
    }
    let txn = begin_write(&state.db).await?;
    let (counted, window_ends) = count_attempt(&txn, &origin.counter_key, Utc::now()).await?;
    if counted > i64::from(origin.per_hour) {
        // Rolled back with the transaction: the count stays at the limit until the hour ends.
        return Err(AppError::RateLimited {
            minutes: minutes_until(window_ends, Utc::now()),
        });
    }
    let now = Utc::now();
    // The year's counter is the first row written: on PostgreSQL its lock orders submissions, so
    // that what the flags read below includes every request recorded before this one.
    let number = next_number(&txn, now.year()).await?;
    if let Some(done) = model::replay(&txn, origin.secret, &key, &digest).await? {
        return Ok(done);
    }
    let mail = Mail::from(state);
    match model::create(
        &txn, mail, &record, &origin, number, &key, &digest, &values, now,
    )
    .await
    {
        Ok(done) => {
            txn.commit().await?;
            Ok(done)
        }
        // Another submission with the same key won the race: answer with what it recorded.
        Err(AppError::Conflict(_)) => {
            drop(txn);
            model::replay(&state.db, origin.secret, &key, &digest)
                .await?
                .ok_or_else(|| AppError::Conflict("this request was just recorded".to_owned()))
        }
        Err(other) => Err(other),
    }
}

/// Takes one of staff's steps (acknowledge, coordinate, agree, complete, decline). The
/// requester's step (withdraw) is not staff's to take: it is answered as a step that does not
/// exist, before anything else is checked.
pub async fn take_step(
    state: &AppState,
    caller: &Caller,
    id: i64,
    step: Step,
    input: &StepInput,
) -> Result<request::Model, AppError> {
    if step.party() != Party::Staff {
        return Err(AppError::not_found("there is no such step"));
    }
    policy::authorize(caller, Action::ManageCoordination)?;
    let txn = begin_write(&state.db).await?;
    let locked = get_for_update::<request::Entity, _>(&txn, id, "coordination request").await?;
    let updated = transitions::take(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &caller.actor(),
        locked,
        step,
        input,
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The requester withdraws its request: the private link's token is its only credential.
pub async fn withdraw(
    state: &AppState,
    request_id: Option<String>,
    token: &str,
) -> Result<request::Model, AppError> {
    let txn = begin_write(&state.db).await?;
    let id = token::request_id(&txn, token).await?;
    let locked = get_for_update::<request::Entity, _>(&txn, id, "coordination request").await?;
    let actor = Actor {
        id: None,
        label: format!("requester of {}", locked.reference),
        request_id,
    };
    let updated = transitions::take(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &actor,
        locked,
        Step::Withdraw,
        &StepInput::default(),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The hourly job: escalates the requests left unacknowledged for two working days, in one
/// transaction.
pub async fn escalate(state: &AppState, now: DateTime<Utc>) -> Result<String, AppError> {
    let txn = begin_write(&state.db).await?;
    let escalated =
        super::escalation::escalate_due(&txn, Mail::from(state), &state.calendar, now).await?;
    txn.commit().await?;
    Ok(format!("{escalated} coordination requests escalated"))
}

/// Whole minutes from `now` until `then`, at least one.
fn minutes_until(then: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    ((then - now).num_seconds() + 59).div_euclid(60).max(1)
}

/// Staff share a request with the member organizations concerned (see [`transitions::share`]).
pub async fn share(state: &AppState, caller: &Caller, id: i64) -> Result<request::Model, AppError> {
    policy::authorize(caller, Action::ManageCoordination)?;
    let record = state.treaty_record.record(&state.db).await?;
    let txn = begin_write(&state.db).await?;
    let locked = get_for_update::<request::Entity, _>(&txn, id, "coordination request").await?;
    let shared =
        transitions::share(&txn, Mail::from(state), &record, &caller.actor(), locked).await?;
    txn.commit().await?;
    Ok(shared)
}
