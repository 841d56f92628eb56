//! The record an attachment belongs to, as the caller may reach it: whoever sees the record sees
//! its attachments (the same 404 as for a record that does not exist otherwise); adding or
//! removing one is decided per record:
//!
//! - an application: its organization's people (`EditApplication`), only while it is a draft
//!   (once submitted, its files are kept as they were submitted);
//! - a report: the award's organization (`SubmitReport`) while the report is due or sent back;
//! - an award: staff (`ManageAward`), the signed agreement and amendments; members see them;
//! - a campaign: those who write in its log (`LogCampaignActivity`);
//! - an organization: those who edit its profile (`EditOrganization`).

use sea_orm::ConnectionTrait;

use super::RecordType;
use crate::applications::workflow::Status;
use crate::auth::CurrentUser;
use crate::awards::workflow::ReportStatus;
use crate::error::AppError;
use crate::policy::{self, Action};

/// A record the caller sees, and whether (or why not) the caller may change its attachments.
#[derive(Debug)]
pub struct Place {
    pub record_type: RecordType,
    pub record_id: i64,
    /// The page the record is shown on.
    pub page: String,
    /// `Ok` when the caller may add and remove attachments now; otherwise the refusal (403, or
    /// 409 for a record no longer open to changes).
    changes: Result<(), String>,
    forbidden: bool,
    /// The state the record targets and the organization it belongs to (for the access log of
    /// sensitive countries).
    pub concerns: (Option<String>, Option<i64>),
    /// An application of a blind round, and a reviewer asking: its documents are withheld
    /// (`applications::blind`).
    pub blind: bool,
}

impl Place {
    /// `Ok` when the caller may add or remove attachments now.
    pub fn check_changes(&self) -> Result<(), AppError> {
        match &self.changes {
            Ok(()) => Ok(()),
            Err(_) if self.forbidden => Err(AppError::Forbidden),
            Err(why) => Err(AppError::Conflict(why.clone())),
        }
    }

    pub fn may_change(&self) -> bool {
        self.changes.is_ok()
    }
}

/// Record `id` of `record_type`, if the user may see it.
pub async fn place<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    record_type: RecordType,
    id: i64,
) -> Result<Place, AppError> {
    let concerns: (Option<String>, Option<i64>);
    let mut blind = false;
    let (page, changes) = match record_type {
        RecordType::Application => {
            let app = crate::applications::access::get_visible(db, user, id).await?;
            concerns = (app.target_state.clone(), Some(app.organization_id));
            blind = crate::applications::blind::for_application(db, user, &app).await?;
            let changes = if !policy::allows(user, Action::EditApplication(&app)) {
                Err(None)
            } else if app.status != Status::Draft {
                Err(Some(
                    "documents can be added to or removed from an application only while it is \
                     a draft: once submitted, they are kept as they were submitted"
                        .to_owned(),
                ))
            } else {
                Ok(())
            };
            (format!("/applications/{id}"), changes)
        }
        RecordType::Report => {
            let report = crate::awards::reports::get(db, id).await?;
            let award = crate::awards::model::get(db, report.award_id).await?;
            policy::visible(user, Action::ViewAward(&award), "report")?;
            concerns = (
                Some(award.target_state.clone()),
                Some(award.organization_id),
            );
            let changes = if !policy::allows(user, Action::SubmitReport(&award)) {
                Err(None)
            } else if !matches!(
                report.status,
                ReportStatus::Due | ReportStatus::Overdue | ReportStatus::RevisionRequested
            ) {
                Err(Some(
                    "documents can be added to or removed from a report only until it is \
                     submitted (or while it is sent back for revision)"
                        .to_owned(),
                ))
            } else {
                Ok(())
            };
            (format!("/awards/{}#report-{id}", award.id), changes)
        }
        RecordType::Award => {
            let award = crate::awards::model::get(db, id).await?;
            policy::visible(user, Action::ViewAward(&award), "award")?;
            concerns = (
                Some(award.target_state.clone()),
                Some(award.organization_id),
            );
            let changes = if policy::allows(user, Action::ManageAward) {
                Ok(())
            } else {
                Err(None)
            };
            (format!("/awards/{id}"), changes)
        }
        RecordType::Campaign => {
            let (campaign, lead) = crate::campaigns::queries::visible(db, user, id).await?;
            concerns = (Some(campaign.state_iso3), None);
            let changes = if policy::allows(user, Action::LogCampaignActivity { lead }) {
                Ok(())
            } else {
                Err(None)
            };
            (format!("/campaigns/{id}"), changes)
        }
        RecordType::Organization => {
            let org = crate::members::model::get(db, id).await?;
            policy::visible(user, Action::ViewOrganization(&org), "organization")?;
            concerns = (None, Some(org.id));
            let changes = if policy::allows(user, Action::EditOrganization(&org)) {
                Ok(())
            } else {
                Err(None)
            };
            (format!("/organizations/{id}"), changes)
        }
    };
    let forbidden = matches!(changes, Err(None));
    Ok(Place {
        record_type,
        record_id: id,
        page,
        changes: changes.map_err(Option::unwrap_or_default),
        forbidden,
        concerns,
        blind,
    })
}

/// A file read: written to the access log when its record concerns a high-risk state.
pub async fn log_file_read<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    found: &crate::entities::attachment::Model,
    place: &Place,
) -> Result<(), AppError> {
    crate::sensitivity::on_read(
        db,
        user,
        "attachment",
        found.id,
        "file",
        place.concerns.0.as_deref(),
        place.concerns.1,
    )
    .await?;
    Ok(())
}

/// Attachment `id` and its record, if the user may see the record (404 otherwise, the same as
/// for an attachment that does not exist).
pub async fn visible<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<(crate::entities::attachment::Model, Place), AppError> {
    let found = super::get(db, id).await?;
    let place = place(db, user, found.record_type, found.record_id)
        .await
        .map_err(|error| match error {
            AppError::NotFound(_) => AppError::not_found("there is no attachment with this number"),
            other => other,
        })?;
    if place.blind {
        return Err(AppError::not_found(
            "there is no attachment with this number",
        ));
    }
    Ok((found, place))
}
