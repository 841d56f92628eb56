//! Who may do what: the one place that decides, for every handler, HTML and JSON alike.
//!
//! Handlers ask [`allows`] with the signed-in user and an [`Action`] (carrying the record when
//! there is one). A record the user may not see is answered 404, not 403, so that its existence
//! is not revealed: see [`visible`].

use crate::applications::workflow::{Party, Step};
use crate::auth::{CurrentUser, Role};
use crate::entities::{application, award, organization};
use crate::error::AppError;

/// Something a user may try, with the record it concerns.
#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    /// The registry of member organizations (members see only their own in it).
    ListOrganizations,
    ViewOrganization(&'a organization::Model),
    CreateOrganization,
    /// The profile: name, acronym, website, contact email.
    EditOrganization(&'a organization::Model),
    /// Country, kind, membership status, date joined: staff only.
    ChangeMembership(&'a organization::Model),
    /// The audit log of any record.
    ViewAudit,
    /// See the outbox and send failed messages again.
    ManageOutbox,
    /// Invite a person (with a role; for members, an organization).
    InviteUser,
    /// The list of users.
    ListUsers,
    /// Change a person's role: administrators only.
    ChangeRole,
    /// Record a treaty event (an accession, a withdrawal).
    RecordTreatyEvent,
    /// See grant rounds and their budget figures: anyone signed in.
    ViewRounds,
    /// Create and edit rounds.
    ManageRounds,
    /// A round's budget figures: staff and finance.
    ViewBudget,
    /// The list of applications (scoped: see `applications::list::Scope`).
    ListApplications,
    /// Export the list of applications as CSV.
    ExportApplications,
    /// See one application: `assigned` when the user is among its reviewers.
    ViewApplication {
        app: &'a application::Model,
        assigned: bool,
    },
    /// Start a draft for an organization.
    CreateApplication {
        organization_id: i64,
    },
    /// Save a draft, or an application sent back for changes.
    EditApplication(&'a application::Model),
    /// Take a step of the workflow.
    TakeStep(Step, &'a application::Model),
    /// Assign reviewers; see every review and the revisions.
    ManageReviews,
    /// Declare, score and recommend: the reviewer assigned.
    Review {
        assigned: bool,
    },
    /// The list of awards (members: their organization's).
    ListAwards,
    ViewAward(&'a award::Model),
    /// Suspend, resume, terminate, complete, amend, change the schedule: staff.
    ManageAward,
    /// Approve and pay installments: finance.
    PayInstallments,
    /// Cancel an installment: finance and staff.
    CancelInstallment,
    /// Submit the organization's reports.
    SubmitReport(&'a award::Model),
    /// Accept a report or ask for its revision: staff.
    ReviewReports,
    /// Budget roll-ups, finance's queue, the exports of awards and installments.
    ViewFinances,
    /// Coordination requests: the list, the records, their steps and messages.
    ManageCoordination,
    /// The attention inbox, and resolving its flags.
    ViewInbox,
    /// Create and edit campaigns, link applications to them.
    ManageCampaigns,
    /// The list of campaigns (members see only those their organization leads).
    ListCampaigns,
    /// See one campaign: `lead` when the user's organization leads it.
    ViewCampaign {
        lead: bool,
    },
    /// Write in a campaign's activity log.
    LogCampaignActivity {
        lead: bool,
    },
}

pub fn allows(user: &CurrentUser, action: Action<'_>) -> bool {
    let own = |org: &organization::Model| user.organization_id == Some(org.id);
    match (user.role, action) {
        // Applications are the organization's: admins run the service, staff decide.
        (Role::Admin, Action::CreateApplication { .. } | Action::EditApplication(_)) => false,
        (Role::Admin, Action::TakeStep(step, _)) => step.party() == Party::Staff,
        (Role::Admin, Action::Review { assigned }) => assigned,
        (Role::Admin, Action::SubmitReport(_)) => false,
        (Role::Admin, _) => true,
        (
            Role::Staff,
            Action::ListOrganizations
            | Action::ViewOrganization(_)
            | Action::CreateOrganization
            | Action::EditOrganization(_)
            | Action::ChangeMembership(_)
            | Action::ViewAudit
            | Action::InviteUser
            | Action::ListUsers
            | Action::RecordTreatyEvent
            | Action::ViewRounds
            | Action::ViewBudget
            | Action::ManageRounds
            | Action::ListApplications
            | Action::ExportApplications
            | Action::ViewApplication { .. }
            | Action::ManageReviews
            | Action::ListAwards
            | Action::ViewAward(_)
            | Action::ManageAward
            | Action::CancelInstallment
            | Action::ReviewReports
            | Action::ViewFinances
            | Action::ManageCoordination
            | Action::ViewInbox
            | Action::ManageCampaigns
            | Action::ListCampaigns
            | Action::ViewCampaign { .. }
            | Action::LogCampaignActivity { .. },
        ) => true,
        (Role::Member, Action::ListCampaigns) => true,
        (Role::Member, Action::ViewCampaign { lead } | Action::LogCampaignActivity { lead }) => {
            lead
        }
        (Role::Staff, Action::TakeStep(step, _)) => step.party() == Party::Staff,
        (
            Role::Finance,
            Action::ViewRounds
            | Action::ViewBudget
            | Action::ListApplications
            | Action::ExportApplications
            | Action::ViewApplication { .. }
            | Action::ListAwards
            | Action::ViewAward(_)
            | Action::PayInstallments
            | Action::CancelInstallment
            | Action::ViewFinances,
        ) => true,
        (Role::Member | Role::Reviewer, Action::ViewRounds | Action::ListApplications) => true,
        (Role::Member, Action::CreateApplication { organization_id }) => {
            user.organization_id == Some(organization_id)
        }
        (Role::Member, Action::ViewApplication { app, .. } | Action::EditApplication(app)) => {
            user.organization_id == Some(app.organization_id)
        }
        (Role::Member, Action::ListAwards) => true,
        (Role::Member, Action::ViewAward(award) | Action::SubmitReport(award)) => {
            user.organization_id == Some(award.organization_id)
        }
        (Role::Member, Action::TakeStep(step, app)) => {
            step.party() == Party::Member && user.organization_id == Some(app.organization_id)
        }
        (
            Role::Reviewer,
            Action::ViewApplication { assigned, .. } | Action::Review { assigned },
        ) => assigned,
        (Role::Finance, Action::ListOrganizations | Action::ViewOrganization(_)) => true,
        (Role::Member, Action::ListOrganizations) => true,
        (Role::Member, Action::ViewOrganization(org) | Action::EditOrganization(org)) => own(org),
        _ => false,
    }
}

/// `Ok` when allowed; otherwise 403.
pub fn authorize(user: &CurrentUser, action: Action<'_>) -> Result<(), AppError> {
    if allows(user, action) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// `Ok` when the user may see the record; otherwise the same 404 as for a record that does not
/// exist.
pub fn visible(user: &CurrentUser, action: Action<'_>, what: &str) -> Result<(), AppError> {
    if allows(user, action) {
        Ok(())
    } else {
        Err(AppError::not_found(format!(
            "there is no {what} with this number"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::extract::AuthMethod;

    fn user(role: Role, organization_id: Option<i64>) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "someone@example.org".into(),
            name: String::new(),
            role,
            organization_id,
            time_zone: chrono_tz::UTC,
            via: AuthMethod::Session,
        }
    }

    fn org(id: i64) -> organization::Model {
        organization::Model {
            id,
            name: format!("Org {id}"),
            acronym: String::new(),
            country: "AZE".into(),
            kind: crate::members::model::Kind::NationalCampaign,
            membership_status: crate::members::model::MembershipStatus::Active,
            website: String::new(),
            contact_email: String::new(),
            joined_on: None,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn members_reach_only_their_own_organization() {
        let member = user(Role::Member, Some(7));
        assert!(allows(&member, Action::ViewOrganization(&org(7))));
        assert!(allows(&member, Action::EditOrganization(&org(7))));
        assert!(!allows(&member, Action::ViewOrganization(&org(8))));
        assert!(!allows(&member, Action::EditOrganization(&org(8))));
        assert!(!allows(&member, Action::ChangeMembership(&org(7))));
        assert!(!allows(&member, Action::CreateOrganization));
        assert!(!allows(&member, Action::ViewAudit));
    }

    #[test]
    fn staff_do_everything_finance_reads_reviewers_see_no_registry() {
        for role in [Role::Staff, Role::Admin] {
            let u = user(role, None);
            assert!(allows(&u, Action::CreateOrganization));
            assert!(allows(&u, Action::ChangeMembership(&org(1))));
            assert!(allows(&u, Action::ViewAudit));
        }
        let finance = user(Role::Finance, None);
        assert!(allows(&finance, Action::ViewOrganization(&org(1))));
        assert!(!allows(&finance, Action::EditOrganization(&org(1))));
        let reviewer = user(Role::Reviewer, None);
        assert!(!allows(&reviewer, Action::ListOrganizations));
        for role in [Role::Member, Role::Reviewer, Role::Finance] {
            let u = user(role, Some(1));
            assert!(!allows(&u, Action::ManageCoordination), "{role:?}");
            assert!(!allows(&u, Action::ViewInbox), "{role:?}");
            assert!(!allows(&u, Action::ManageCampaigns), "{role:?}");
            assert!(
                !allows(&u, Action::ViewCampaign { lead: false }),
                "{role:?}"
            );
        }
        let member = user(Role::Member, Some(1));
        assert!(allows(&member, Action::LogCampaignActivity { lead: true }));
        assert!(!allows(
            &member,
            Action::LogCampaignActivity { lead: false }
        ));
        assert!(!allows(&reviewer, Action::ViewOrganization(&org(1))));
    }
}
