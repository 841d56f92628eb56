//! Every write of the applications feature, one function per use case, called by the API and
//! the pages alike. Each owns its transaction: it begins it, locks the application, checks who
//! may do this, runs the workflow and the model (which write the audit and outbox rows on the
//! same transaction), and commits. An error drops the transaction, which rolls it back.

use sea_orm::{DatabaseConnection, EntityTrait};

use super::access;
use super::model::{self, ApplicationInput, Loaded};
use super::reviewers::{self, ProfileForm};
use super::reviews::{self, ReviewInput};
use super::transitions::{self, StepInput, Taken};
use super::workflow::Step;
use crate::auth::Caller;
use crate::db::{begin_write, get_for_update};
use crate::entities::{application, review, user};
use crate::error::AppError;
use crate::notify::Mail;
use crate::policy::{self, Action};
use crate::rounds::model as rounds;
use crate::state::AppState;

/// Starts a draft for the caller's organization (or the one named, for staff).
pub async fn create(
    db: &DatabaseConnection,
    caller: &Caller,
    input: &ApplicationInput,
) -> Result<Loaded, AppError> {
    let txn = begin_write(db).await?;
    let org = access::applicant_for(&txn, caller, input.organization_id.as_ref()).await?;
    let round = access::round_for(&txn, input.round_id.as_ref()).await?;
    let content = input
        .content(&txn, &round)
        .await
        .map_err(AppError::Validation)?;
    let app = model::create(&txn, &caller.actor(), &round, &org, content).await?;
    let loaded = model::load(&txn, app).await?;
    txn.commit().await?;
    Ok(loaded)
}

/// Saves a draft (or an application sent back for changes): the fields given replace the saved
/// ones, the others stay as they are (see [`model::merged`]).
pub async fn update(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: ApplicationInput,
) -> Result<Loaded, AppError> {
    let txn = begin_write(db).await?;
    let app = lock(&txn, caller, id).await?;
    access::check_editable(caller, &app)?;
    let round = rounds::get(&txn, app.round_id).await?;
    let linked = app.campaign_id;
    let current = model::load(&txn, app).await?;
    let content = model::merged(&current, &round, input)
        .content_linked(&txn, &round, linked)
        .await
        .map_err(AppError::Validation)?;
    let updated = model::update(&txn, &caller.actor(), current.app, content).await?;
    let loaded = model::load(&txn, updated).await?;
    txn.commit().await?;
    Ok(loaded)
}

/// Takes a step of the workflow (submit, start the review, request changes, resubmit, approve,
/// reject, withdraw). An approval answers with the award it created.
pub async fn take_step(
    state: &AppState,
    caller: &Caller,
    id: i64,
    step: Step,
    input: &StepInput,
) -> Result<Taken, AppError> {
    let txn = begin_write(&state.db).await?;
    let app = lock(&txn, caller, id).await?;
    policy::authorize(caller, Action::TakeStep(step, &app))?;
    let taken =
        transitions::take(&txn, Mail::from(state), &caller.actor(), app, step, input).await?;
    txn.commit().await?;
    Ok(taken)
}

/// A reviewer's assignment, and who the reviewer is.
pub struct Assigned {
    pub review: review::Model,
    pub reviewer: Option<user::Model>,
}

/// Assigns a reviewer to an application (staff), and tells the reviewer.
pub async fn assign_reviewer(
    state: &AppState,
    caller: &Caller,
    id: i64,
    reviewer_id: Option<i64>,
) -> Result<Assigned, AppError> {
    policy::authorize(caller, Action::ManageReviews)?;
    let txn = begin_write(&state.db).await?;
    let app = get_for_update::<application::Entity, _>(&txn, id, "application").await?;
    let review =
        reviews::assign(&txn, Mail::from(state), &caller.actor(), &app, reviewer_id).await?;
    let reviewer = user::Entity::find_by_id(review.reviewer_id)
        .one(&txn)
        .await?;
    txn.commit().await?;
    Ok(Assigned { review, reviewer })
}

/// A review as saved, by whom, and whether only the declaration was made (the page thanks the
/// reviewer differently).
pub struct Reviewed {
    pub review: review::Model,
    pub reviewer: user::Model,
    pub declared_only: bool,
}

/// The reviewer's declaration of no conflict of interest and, when given, the review itself.
pub async fn submit_review(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &ReviewInput,
) -> Result<Reviewed, AppError> {
    let txn = begin_write(db).await?;
    let app = lock(&txn, caller, id).await?;
    let assignment = reviews::assignment(&txn, app.id, caller.id).await?;
    policy::authorize(
        caller,
        Action::Review {
            assigned: assignment.is_some(),
        },
    )?;
    let Some(assignment) = assignment else {
        return Err(AppError::Forbidden);
    };
    let reviewer = user::Entity::find_by_id(caller.id)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let declaring = assignment.declared_at.is_none();
    let review = reviews::submit(&txn, &caller.actor(), &app, &reviewer, assignment, input).await?;
    txn.commit().await?;
    Ok(Reviewed {
        declared_only: declaring && review.submitted_at.is_none(),
        review,
        reviewer,
    })
}

/// Sets a reviewer's conflict-of-interest profile (staff): the state they work in and the
/// organization they are affiliated with.
pub async fn update_reviewer_profile(
    db: &DatabaseConnection,
    caller: &Caller,
    reviewer_id: i64,
    input: &ProfileForm,
) -> Result<user::Model, AppError> {
    policy::authorize(caller, Action::ManageReviews)?;
    let txn = begin_write(db).await?;
    let person = get_for_update::<user::Entity, _>(&txn, reviewer_id, "reviewer").await?;
    let updated = reviewers::set_profile(&txn, &caller.actor(), person, input).await?;
    txn.commit().await?;
    Ok(updated)
}

/// The application, locked for the rest of the transaction, if the caller may see it.
async fn lock(
    txn: &sea_orm::DatabaseTransaction,
    caller: &Caller,
    id: i64,
) -> Result<application::Model, AppError> {
    let app = get_for_update::<application::Entity, _>(txn, id, "application").await?;
    access::visible(txn, caller, app).await
}
