//! Blind review, a round's setting (`rounds.blind_review`): the reviewers of its applications
//! see no organization name, no people and no documents that identify the applicant. Staff see
//! everything as before, and the conflict-of-interest checks (`reviewers::conflict`) still run
//! on the real data when a reviewer is assigned and declares.
//!
//! This module is the one place that decides who sees blind ([`applies`], [`for_application`],
//! [`blind_rounds`]) and what is blanked ([`Blank`], implemented here for every view a reviewer
//! reaches): handlers call [`apply`] on what they are about to answer.
//!
//! What is withheld from a blind reviewer:
//! - the organization's name (`Withheld (blind review)` instead) and its number (0 instead), in
//!   the list (page, API) and on the application (page, API);
//! - every document of the application (page, API list answers none, a document's description
//!   and content answer 404): titles, file names, uploaders and the files' contents (letterheads,
//!   certificates, statutes) name the applicant, and the round's required documents are
//!   exactly those;
//! - the reason of a conflict of interest found at the declaration (it would name the applicant
//!   or its country).
//!
//! What stays: the proposal itself (title, summary, objectives, activities, budget) and its
//! target state, which is part of the proposal. The applicant writes the proposal, so the rule
//! for applicants of blind rounds is not to name themselves in it. Reviewers never saw the
//! revisions, the history, or the organization's page, and the e-mails sent to them name only
//! the reference and the title.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::auth::{CurrentUser, Role};
use crate::entities::{application, round};
use crate::error::AppError;

/// What a blind reviewer is told on the application's page and the list.
pub const NOTICE: &str = "Blind review: the applicant is not shown";

/// What stands for the organization's name.
pub const WITHHELD: &str = "Withheld (blind review)";

/// Whether `user` sees an application of `round` blind: a reviewer (staff and admins never do).
pub fn applies(user: &CurrentUser, round: &round::Model) -> bool {
    user.role == Role::Reviewer && round.blind_review
}

/// Whether `user` sees `app` blind (one small read, for reviewers only).
pub async fn for_application<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    app: &application::Model,
) -> Result<bool, AppError> {
    if user.role != Role::Reviewer {
        return Ok(false);
    }
    round_is_blind(db, app.round_id).await
}

/// Whether the round is blind, whoever asks.
pub async fn round_is_blind<C: ConnectionTrait>(db: &C, round_id: i64) -> Result<bool, AppError> {
    Ok(round::Entity::find_by_id(round_id)
        .select_only()
        .column(round::Column::BlindReview)
        .into_tuple::<bool>()
        .one(db)
        .await?
        .unwrap_or(false))
}

/// The blind rounds' ids when `user` is a reviewer (one query for the whole list), none for
/// anyone else (no query).
pub async fn blind_rounds<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
) -> Result<Vec<i64>, AppError> {
    if user.role != Role::Reviewer {
        return Ok(Vec::new());
    }
    Ok(round::Entity::find()
        .select_only()
        .column(round::Column::Id)
        .filter(round::Column::BlindReview.eq(true))
        .into_tuple::<i64>()
        .all(db)
        .await?)
}

/// A reviewer's list may not be filtered by organization while blind rounds exist: which
/// applications an organization's number selects would tell whose they are. The filter is
/// taken out, and the message said (the page lists without it, the API answers 400).
pub fn unfiltered(
    blind_rounds: &[i64],
    filter: &mut super::list::Filter,
    errors: &mut crate::error::FieldErrors,
) {
    if !blind_rounds.is_empty() && filter.organization_id.take().is_some() {
        errors.add(
            "organization_id",
            "reviewers do not filter by organization: some rounds are reviewed blind",
        );
    }
}

/// A view a reviewer may reach, and what of it identifies the applicant.
pub trait Blank {
    /// Blanks what identifies the applicant.
    fn blank(&mut self);
}

/// `view`, blanked when `blind`.
pub fn apply<T: Blank>(blind: bool, view: &mut T) {
    if blind {
        view.blank();
    }
}

/// Each row of a list whose round is among `blind_rounds`, blanked.
pub fn apply_rows<T: Blank>(blind_rounds: &[i64], rows: &mut [T], round_of: impl Fn(&T) -> i64) {
    if blind_rounds.is_empty() {
        return;
    }
    for row in rows {
        let blind = blind_rounds.contains(&round_of(row));
        apply(blind, row);
    }
}

impl Blank for super::views::ApplicationItem {
    fn blank(&mut self) {
        self.organization_id = 0;
        // A campaign names its lead organizations.
        self.campaign_id = None;
    }
}

impl Blank for super::views::ApplicationRow {
    fn blank(&mut self) {
        self.organization_id = 0;
        WITHHELD.clone_into(&mut self.organization_name);
    }
}

impl Blank for super::pages::RowView {
    fn blank(&mut self) {
        self.organization_id = 0;
        WITHHELD.clone_into(&mut self.organization);
        self.blind = true;
    }
}

impl Blank for super::detail::ShowView {
    fn blank(&mut self) {
        self.organization_id = 0;
        WITHHELD.clone_into(&mut self.organization);
        self.campaign = None;
        self.documents = None;
        self.blind_notice = Some(NOTICE);
    }
}

impl Blank for Vec<crate::attachments::AttachmentItem> {
    fn blank(&mut self) {
        self.clear();
    }
}

/// The sentence a blind reviewer reads when a conflict of interest is found: the reason
/// would name the applicant or its country.
pub const CONFLICT: &str = "your conflict-of-interest profile (your affiliation or the country you \
     work in) conflicts with the applicant; ask ICBL staff";
