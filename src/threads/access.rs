//! Whose thread is whose. Whoever sees a record reads its thread (the same 404 as for a record
//! that does not exist otherwise), without staff's notes; who writes depends on the record:
//!
//! - an application, an award, a report: staff, and the organization's people
//!   (`WriteMessage`); finance reads the thread without writing in it; reviewers do not read it
//!   (`ReadMessages`: their view of an application is the proposal, and a thread names the
//!   organization's people, which blind review withholds);
//! - a coordination request: staff (`ManageCoordination`), and its requester through the
//!   private status link (see `commands::reply`);
//! - staff's internal notes, on every record: staff only (`StaffNotes`).

use sea_orm::ConnectionTrait;

use super::{RecordKind, Side};
use crate::auth::CurrentUser;
use crate::entities::coordination_request as request;
use crate::error::AppError;
use crate::policy::{self, Action};

/// A record the caller sees, and what the caller may do in its thread.
#[derive(Clone, Debug)]
pub struct Place {
    pub kind: RecordKind,
    pub id: i64,
    /// Where the thread is shown to the signed-in (the record's page, at the thread).
    pub page: String,
    /// The record for people: `IIA-2027A-0001`, `CR-2026-0007`, "IIA-2027A-0001, final report".
    pub reference: String,
    /// The organization on the other side (none for a coordination request).
    pub organization_id: Option<i64>,
    /// The state the record targets, for the e-mails' redaction.
    pub target_state: Option<String>,
    /// The coordination request, for its requester's e-mails.
    pub request: Option<request::Model>,
    /// Whether the caller writes messages to the other party.
    pub may_post: bool,
    /// Whether the caller reads and writes staff's notes.
    pub may_note: bool,
}

impl Place {
    /// The side the caller writes from.
    pub fn side(&self) -> Side {
        if self.may_note {
            Side::Staff
        } else {
            Side::Organization
        }
    }

    /// `Ok` when the caller may write this message (a note or not); 403 otherwise.
    pub fn check_post(&self, internal: bool) -> Result<(), AppError> {
        if (internal && self.may_note) || (!internal && self.may_post) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The address of the record's page for e-mails: `public_url` and the page.
    pub fn link(&self, public_url: &str) -> String {
        format!("{public_url}{}", self.page)
    }
}

/// Record `id` of `kind`, if the user may see it (404 otherwise; 403 for a coordination request,
/// as its other routes answer, and for reviewers, who read no thread).
pub async fn place<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    kind: RecordKind,
    id: i64,
) -> Result<Place, AppError> {
    let may_note = policy::allows(user, Action::StaffNotes);
    let write =
        |organization_id: i64| policy::allows(user, Action::WriteMessage { organization_id });
    let place = match kind {
        RecordKind::Application => {
            let app = crate::applications::access::get_visible(db, user, id).await?;
            Place {
                kind,
                id,
                page: format!("/applications/{id}#conversation"),
                reference: app
                    .reference
                    .clone()
                    .unwrap_or_else(|| format!("Draft application {id}")),
                organization_id: Some(app.organization_id),
                target_state: app.target_state.clone(),
                request: None,
                may_post: write(app.organization_id),
                may_note,
            }
        }
        RecordKind::Award => {
            let award = crate::awards::model::get(db, id).await?;
            policy::visible(user, Action::ViewAward(&award), "award")?;
            Place {
                kind,
                id,
                page: format!("/awards/{id}#conversation"),
                reference: award.reference.clone(),
                organization_id: Some(award.organization_id),
                target_state: Some(award.target_state.clone()),
                request: None,
                may_post: write(award.organization_id),
                may_note,
            }
        }
        RecordKind::Report => {
            let report = crate::awards::reports::get(db, id).await?;
            let award = crate::awards::model::get(db, report.award_id).await?;
            policy::visible(user, Action::ViewAward(&award), "report")?;
            Place {
                kind,
                id,
                page: format!("/awards/{}#report-{id}", award.id),
                reference: format!(
                    "{}, {}",
                    award.reference,
                    report.kind.label().to_lowercase()
                ),
                organization_id: Some(award.organization_id),
                target_state: Some(award.target_state.clone()),
                request: None,
                may_post: write(award.organization_id),
                may_note,
            }
        }
        RecordKind::CoordinationRequest => {
            policy::authorize(user, Action::ManageCoordination)?;
            let r = crate::db::get::<request::Entity, _>(db, id, "coordination request").await?;
            Place {
                kind,
                id,
                page: format!("/coordination-requests/{id}#conversation"),
                reference: r.reference.clone(),
                organization_id: None,
                target_state: Some(r.target_state.clone()),
                request: Some(r),
                may_post: true,
                may_note,
            }
        }
    };
    // Seen (or the same 404 as a record that does not exist), but perhaps not its thread.
    policy::authorize(user, Action::ReadMessages)?;
    Ok(place)
}

/// Takes the record's row until the transaction ends (messages are written under the record's
/// lock, as every change of it is).
pub async fn lock<C: ConnectionTrait>(db: &C, kind: RecordKind, id: i64) -> Result<(), AppError> {
    use crate::db::get_for_update;
    use crate::entities::{application, award, report};
    match kind {
        RecordKind::Application => {
            get_for_update::<application::Entity, _>(db, id, "application").await?;
        }
        RecordKind::Award => {
            get_for_update::<award::Entity, _>(db, id, "award").await?;
        }
        RecordKind::Report => {
            get_for_update::<report::Entity, _>(db, id, "report").await?;
        }
        RecordKind::CoordinationRequest => {
            get_for_update::<request::Entity, _>(db, id, "coordination request").await?;
        }
    }
    Ok(())
}
