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
    /// Remove a person's second factor (they set up a new one): administrators only.
    ResetSecondFactor,
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
    /// Budget roll-ups, finance's queue, the exports of awards and installments, the exchange
    /// rates.
    ViewFinances,
    /// Record exchange rates: finance.
    RecordExchangeRates,
    /// Whether an organization's grants are named in the open data: staff.
    ChangePublication,
    /// Mark states sensitive or high-risk, and see the markings: staff.
    ManageSensitivity,
    /// Read and export the access log: admins.
    ReadAccessLog,
    /// Export everything held about one person (a data-subject request): admins.
    ExportPersonalData,
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
    /// Write in the thread of a record of organization `organization_id` (an application, an
    /// award, a report): staff, and the organization's people.
    WriteMessage {
        organization_id: i64,
    },
    /// Read and write staff's internal notes beside a record.
    StaffNotes,
    /// Read the threads of the records one sees: not reviewers, whose view of an application
    /// is the proposal (a thread names the organization's people; blind review withholds them).
    ReadMessages,
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
            | Action::ChangePublication
            | Action::ManageSensitivity
            | Action::ManageCoordination
            | Action::ViewInbox
            | Action::ManageCampaigns
            | Action::ListCampaigns
            | Action::ViewCampaign { .. }
            | Action::LogCampaignActivity { .. }
            | Action::WriteMessage { .. }
            | Action::StaffNotes
            | Action::ReadMessages,
        ) => true,
        (Role::Member, Action::ListCampaigns) => true,
        (Role::Member, Action::WriteMessage { organization_id }) => {
            user.organization_id == Some(organization_id)
        }
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
            | Action::ViewFinances
            | Action::RecordExchangeRates
            | Action::ReadMessages,
        ) => true,
        (Role::Member | Role::Reviewer, Action::ViewRounds | Action::ListApplications) => true,
        (Role::Member, Action::CreateApplication { organization_id }) => {
            user.organization_id == Some(organization_id)
        }
        (Role::Member, Action::ViewApplication { app, .. } | Action::EditApplication(app)) => {
            user.organization_id == Some(app.organization_id)
        }
        (Role::Member, Action::ListAwards | Action::ReadMessages) => true,
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
            language: crate::i18n::Lang::En,
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
            publish_grants: true,
            language: crate::i18n::Lang::En,
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

    fn application(organization_id: i64) -> application::Model {
        let now = chrono::Utc::now();
        application::Model {
            id: 3,
            round_id: 1,
            organization_id,
            target_state: Some("AZE".into()),
            number: Some(1),
            reference: Some("IIA-2027-0001".into()),
            title: "Talks in Baku".into(),
            summary: String::new(),
            objectives: String::new(),
            tier: "low".into(),
            lower_tier_plan: String::new(),
            requested_minor: 150_000,
            requested_currency: crate::money::Currency::parse("USD").unwrap(),
            status: crate::applications::workflow::Status::Submitted,
            created_by: None,
            submitted_at: Some(now),
            decided_at: None,
            staff_message: None,
            campaign_id: None,
            created_at: now,
            updated_at: now,
            retention_warned_at: None,
        }
    }

    fn award(organization_id: i64) -> award::Model {
        let now = chrono::Utc::now();
        let day = now.date_naive();
        award::Model {
            id: 4,
            application_id: 3,
            round_id: 1,
            organization_id,
            target_state: "AZE".into(),
            reference: "IIA-2027-0001".into(),
            amount_minor: 150_000,
            amount_currency: crate::money::Currency::parse("USD").unwrap(),
            status: crate::awards::workflow::AwardStatus::Active,
            starts_on: day,
            ends_on: day,
            conditions: String::new(),
            signed_on: None,
            status_reason: None,
            created_at: now,
            updated_at: now,
        }
    }

    /// The whole table of who may do what (DESIGN.md, "People"), role by role: every action a
    /// role is given is listed, and every other action is refused. Members are of organization
    /// 7; `theirs` are organization 7's records, `others` organization 8's.
    #[test]
    fn every_role_may_do_exactly_what_the_table_gives_it() {
        let (org7, org8) = (org(7), org(8));
        let (app7, app8) = (application(7), application(8));
        let (award7, award8) = (award(7), award(8));
        let actions: Vec<(&str, Action<'_>)> = vec![
            ("ListOrganizations", Action::ListOrganizations),
            ("ViewOrganization theirs", Action::ViewOrganization(&org7)),
            ("ViewOrganization others", Action::ViewOrganization(&org8)),
            ("CreateOrganization", Action::CreateOrganization),
            ("EditOrganization theirs", Action::EditOrganization(&org7)),
            ("EditOrganization others", Action::EditOrganization(&org8)),
            ("ChangeMembership", Action::ChangeMembership(&org7)),
            ("ViewAudit", Action::ViewAudit),
            ("ManageOutbox", Action::ManageOutbox),
            ("InviteUser", Action::InviteUser),
            ("ListUsers", Action::ListUsers),
            ("ChangeRole", Action::ChangeRole),
            ("ResetSecondFactor", Action::ResetSecondFactor),
            ("RecordTreatyEvent", Action::RecordTreatyEvent),
            ("ViewRounds", Action::ViewRounds),
            ("ManageRounds", Action::ManageRounds),
            ("ViewBudget", Action::ViewBudget),
            ("ListApplications", Action::ListApplications),
            ("ExportApplications", Action::ExportApplications),
            (
                "ViewApplication theirs",
                Action::ViewApplication {
                    app: &app7,
                    assigned: false,
                },
            ),
            (
                "ViewApplication others",
                Action::ViewApplication {
                    app: &app8,
                    assigned: false,
                },
            ),
            (
                "ViewApplication assigned",
                Action::ViewApplication {
                    app: &app8,
                    assigned: true,
                },
            ),
            (
                "CreateApplication theirs",
                Action::CreateApplication { organization_id: 7 },
            ),
            (
                "CreateApplication others",
                Action::CreateApplication { organization_id: 8 },
            ),
            ("EditApplication theirs", Action::EditApplication(&app7)),
            ("EditApplication others", Action::EditApplication(&app8)),
            (
                "TakeStep submit theirs",
                Action::TakeStep(Step::Submit, &app7),
            ),
            (
                "TakeStep submit others",
                Action::TakeStep(Step::Submit, &app8),
            ),
            (
                "TakeStep withdraw theirs",
                Action::TakeStep(Step::Withdraw, &app7),
            ),
            (
                "TakeStep approve theirs",
                Action::TakeStep(Step::Approve, &app7),
            ),
            ("TakeStep reject", Action::TakeStep(Step::Reject, &app8)),
            ("ManageReviews", Action::ManageReviews),
            ("Review assigned", Action::Review { assigned: true }),
            ("Review unassigned", Action::Review { assigned: false }),
            ("ListAwards", Action::ListAwards),
            ("ViewAward theirs", Action::ViewAward(&award7)),
            ("ViewAward others", Action::ViewAward(&award8)),
            ("ManageAward", Action::ManageAward),
            ("PayInstallments", Action::PayInstallments),
            ("CancelInstallment", Action::CancelInstallment),
            ("SubmitReport theirs", Action::SubmitReport(&award7)),
            ("SubmitReport others", Action::SubmitReport(&award8)),
            ("ReviewReports", Action::ReviewReports),
            ("ViewFinances", Action::ViewFinances),
            ("RecordExchangeRates", Action::RecordExchangeRates),
            ("ChangePublication", Action::ChangePublication),
            ("ManageSensitivity", Action::ManageSensitivity),
            ("ReadAccessLog", Action::ReadAccessLog),
            ("ExportPersonalData", Action::ExportPersonalData),
            ("ManageCoordination", Action::ManageCoordination),
            ("ViewInbox", Action::ViewInbox),
            ("ManageCampaigns", Action::ManageCampaigns),
            ("ListCampaigns", Action::ListCampaigns),
            ("ViewCampaign lead", Action::ViewCampaign { lead: true }),
            (
                "ViewCampaign not lead",
                Action::ViewCampaign { lead: false },
            ),
            (
                "LogCampaignActivity lead",
                Action::LogCampaignActivity { lead: true },
            ),
            (
                "LogCampaignActivity not lead",
                Action::LogCampaignActivity { lead: false },
            ),
            (
                "WriteMessage theirs",
                Action::WriteMessage { organization_id: 7 },
            ),
            (
                "WriteMessage others",
                Action::WriteMessage { organization_id: 8 },
            ),
            ("StaffNotes", Action::StaffNotes),
            ("ReadMessages", Action::ReadMessages),
        ];
        let staff_reads_and_decides: &[&str] = &[
            "ListOrganizations",
            "ViewOrganization theirs",
            "ViewOrganization others",
            "CreateOrganization",
            "EditOrganization theirs",
            "EditOrganization others",
            "ChangeMembership",
            "ViewAudit",
            "InviteUser",
            "ListUsers",
            "RecordTreatyEvent",
            "ViewRounds",
            "ManageRounds",
            "ViewBudget",
            "ListApplications",
            "ExportApplications",
            "ViewApplication theirs",
            "ViewApplication others",
            "ViewApplication assigned",
            "TakeStep approve theirs",
            "TakeStep reject",
            "ManageReviews",
            "ListAwards",
            "ViewAward theirs",
            "ViewAward others",
            "ManageAward",
            "CancelInstallment",
            "ReviewReports",
            "ViewFinances",
            "ChangePublication",
            "ManageSensitivity",
            "ManageCoordination",
            "ViewInbox",
            "ManageCampaigns",
            "ListCampaigns",
            "ViewCampaign lead",
            "ViewCampaign not lead",
            "LogCampaignActivity lead",
            "LogCampaignActivity not lead",
            "WriteMessage theirs",
            "WriteMessage others",
            "StaffNotes",
            "ReadMessages",
        ];
        // Admins: everything staff do, and the service's own settings; never an
        // organization's part (its drafts, its steps, its reports), nor a review unassigned.
        let mut admin: Vec<&str> = staff_reads_and_decides.to_vec();
        admin.extend([
            "ManageOutbox",
            "ChangeRole",
            "ResetSecondFactor",
            "PayInstallments",
            "RecordExchangeRates",
            "ReadAccessLog",
            "ExportPersonalData",
            "Review assigned",
        ]);
        let finance: &[&str] = &[
            "ListOrganizations",
            "ViewOrganization theirs",
            "ViewOrganization others",
            "ViewRounds",
            "ViewBudget",
            "ListApplications",
            "ExportApplications",
            "ViewApplication theirs",
            "ViewApplication others",
            "ViewApplication assigned",
            "ListAwards",
            "ViewAward theirs",
            "ViewAward others",
            "PayInstallments",
            "CancelInstallment",
            "ViewFinances",
            "RecordExchangeRates",
            "ReadMessages",
        ];
        let member: &[&str] = &[
            "ListOrganizations",
            "ViewOrganization theirs",
            "EditOrganization theirs",
            "ViewRounds",
            "ListApplications",
            "ViewApplication theirs",
            "CreateApplication theirs",
            "EditApplication theirs",
            "TakeStep submit theirs",
            "TakeStep withdraw theirs",
            "ListAwards",
            "ViewAward theirs",
            "SubmitReport theirs",
            "ListCampaigns",
            "ViewCampaign lead",
            "LogCampaignActivity lead",
            "WriteMessage theirs",
            "ReadMessages",
        ];
        let reviewer: &[&str] = &[
            "ViewRounds",
            "ListApplications",
            "ViewApplication assigned",
            "Review assigned",
        ];
        for (role, allowed) in [
            (Role::Admin, admin.as_slice()),
            (Role::Staff, staff_reads_and_decides),
            (Role::Finance, finance),
            (Role::Member, member),
            (Role::Reviewer, reviewer),
        ] {
            let organization = (role == Role::Member).then_some(7);
            let u = user(role, organization);
            for (name, action) in &actions {
                assert_eq!(
                    allows(&u, *action),
                    allowed.contains(name),
                    "{role:?} {name}"
                );
            }
        }
    }

    #[test]
    fn refused_is_403_and_not_visible_is_the_404_of_a_missing_record() {
        let member = user(Role::Member, Some(7));
        let forbidden = authorize(&member, Action::ViewAudit).unwrap_err();
        assert!(matches!(forbidden, AppError::Forbidden), "{forbidden:?}");
        assert!(authorize(&member, Action::ListAwards).is_ok());
        let hidden =
            visible(&member, Action::ViewOrganization(&org(8)), "organization").unwrap_err();
        assert_eq!(hidden.report().status, axum::http::StatusCode::NOT_FOUND);
        assert_eq!(
            hidden.report().message,
            "there is no organization with this number"
        );
        assert!(visible(&member, Action::ViewOrganization(&org(7)), "organization").is_ok());
    }
}
