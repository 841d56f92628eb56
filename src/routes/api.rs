//! The JSON API's routes, `/api/v1/...` (the contract of `shared/docs/API.md`).

use super::Routes;
use crate::{
    applications, attachments, audit, auth, awards, campaigns, coordination, inbox, members,
    rounds, threads, treaty, web,
};

/// Every `/api/v1` route.
pub(super) fn api_routes(routes: Routes) -> Routes {
    routes
        .get("/api/v1/openapi.json", web::openapi::get_openapi)
        .get("/api/v1/states", treaty::api::list_states)
        .get("/api/v1/states/{iso3}", treaty::api::get_state)
        .post("/api/v1/states/{iso3}/events", treaty::api::record_event)
        .get(
            "/api/v1/states/{iso3}/sensitivity",
            crate::sensitivity::api::get_sensitivity,
        )
        .put(
            "/api/v1/states/{iso3}/sensitivity",
            crate::sensitivity::api::set_sensitivity,
        )
        .get(
            "/api/v1/access-log",
            crate::sensitivity::api::list_access_log,
        )
        .get("/api/v1/personal-data", crate::personal_data::export)
        .get("/api/v1/organizations", members::api::list_organizations)
        .post("/api/v1/organizations", members::api::create_organization)
        .get("/api/v1/organizations/{id}", members::api::get_organization)
        .patch(
            "/api/v1/organizations/{id}",
            members::api::update_organization,
        )
        .get("/api/v1/rounds", rounds::api::list_rounds)
        .post("/api/v1/rounds", rounds::api::create_round)
        .get("/api/v1/rounds/{id}", rounds::api::get_round)
        .patch("/api/v1/rounds/{id}", rounds::api::update_round)
        .get("/api/v1/rounds/{id}/budget", rounds::api::get_budget)
        .get("/api/v1/applications", applications::api::list_applications)
        .post("/api/v1/applications/bulk", applications::bulk::bulk_api)
        .post(
            "/api/v1/applications",
            applications::api::create_application,
        )
        .get(
            "/api/v1/applications/{id}",
            applications::api::get_application,
        )
        .patch(
            "/api/v1/applications/{id}",
            applications::api::update_application,
        )
        .post(
            "/api/v1/applications/{id}/submit",
            applications::api::take_step,
        )
        .post(
            "/api/v1/applications/{id}/start-review",
            applications::api::take_step,
        )
        .post(
            "/api/v1/applications/{id}/request-changes",
            applications::api::take_step,
        )
        .post(
            "/api/v1/applications/{id}/resubmit",
            applications::api::take_step,
        )
        .post(
            "/api/v1/applications/{id}/approve",
            applications::api::take_step,
        )
        .post(
            "/api/v1/applications/{id}/reject",
            applications::api::take_step,
        )
        .post(
            "/api/v1/applications/{id}/withdraw",
            applications::api::take_step,
        )
        .get(
            "/api/v1/applications/{id}/revisions",
            applications::api::list_revisions,
        )
        .post(
            "/api/v1/applications/{id}/reviewers",
            applications::api::assign_reviewer,
        )
        .get(
            "/api/v1/applications/{id}/reviews",
            applications::api::list_reviews,
        )
        .post(
            "/api/v1/applications/{id}/reviews",
            applications::api::submit_review,
        )
        .get("/api/v1/awards", awards::api::list_awards)
        .get("/api/v1/awards/{id}", awards::api::get_award)
        .post("/api/v1/awards/{id}/suspend", awards::api::take_award_step)
        .post("/api/v1/awards/{id}/resume", awards::api::take_award_step)
        .post(
            "/api/v1/awards/{id}/terminate",
            awards::api::take_award_step,
        )
        .post("/api/v1/awards/{id}/complete", awards::api::take_award_step)
        .post(
            "/api/v1/awards/{id}/amendments",
            awards::api::create_amendment,
        )
        .post("/api/v1/awards/{id}/schedule", awards::api::change_schedule)
        .get(
            "/api/v1/awards/{id}/letter.pdf",
            crate::letters::api::get_letter_pdf,
        )
        .post(
            "/api/v1/awards/{id}/letter",
            crate::letters::api::send_letter,
        )
        .post(
            "/api/v1/awards/{id}/signature",
            awards::api::record_signature,
        )
        .post(
            "/api/v1/disbursements/{id}/approve",
            awards::api::take_installment_step,
        )
        .post(
            "/api/v1/disbursements/{id}/pay",
            awards::api::take_installment_step,
        )
        .post(
            "/api/v1/disbursements/{id}/cancel",
            awards::api::take_installment_step,
        )
        .post(
            "/api/v1/disbursements/{id}/override",
            awards::api::override_installment,
        )
        .post(
            "/api/v1/disbursements/{id}/override/confirm",
            awards::api::confirm_installment_override,
        )
        .get("/api/v1/reports", awards::api::list_reports)
        .get("/api/v1/reports/{id}", awards::api::get_report)
        .post("/api/v1/reports/{id}/submit", awards::api::take_report_step)
        .post("/api/v1/reports/{id}/draft", awards::api::save_report_draft)
        .post("/api/v1/reports/{id}/accept", awards::api::take_report_step)
        .post(
            "/api/v1/reports/{id}/request-revision",
            awards::api::take_report_step,
        )
        .get("/api/v1/budgets", awards::api::get_budgets)
        .get(
            "/api/v1/open-data/360giving.json",
            crate::open_data::package,
        )
        .get("/api/v1/open-data/360giving.csv", crate::open_data::csv)
        .get("/api/v1/deadlines", crate::deadlines::api::list_deadlines)
        .post("/api/v1/deadlines/feed", crate::deadlines::api::create_feed)
        .delete("/api/v1/deadlines/feed", crate::deadlines::api::delete_feed)
        .get("/api/v1/exchange-rates", crate::exchange::api::list_rates)
        .post("/api/v1/exchange-rates", crate::exchange::api::record_rate)
        .post(
            "/api/v1/exchange-rates/import",
            crate::exchange::api::import_rates,
        )
        .get("/api/v1/campaigns", campaigns::api::list_campaigns)
        .post("/api/v1/campaigns", campaigns::api::create_campaign)
        .get("/api/v1/campaigns/{id}", campaigns::api::get_campaign)
        .patch("/api/v1/campaigns/{id}", campaigns::api::update_campaign)
        .post(
            "/api/v1/campaigns/{id}/activities",
            campaigns::api::add_activity,
        )
        .post(
            "/api/v1/coordination-requests",
            coordination::api::create_request,
        )
        .get(
            "/api/v1/coordination-requests",
            coordination::api::list_requests,
        )
        .get(
            "/api/v1/coordination-requests/status/{token}",
            coordination::api::get_status,
        )
        .post(
            "/api/v1/coordination-requests/status/{token}/withdraw",
            coordination::api::withdraw_by_token,
        )
        .get(
            "/api/v1/coordination-requests/{id}",
            coordination::api::get_request,
        )
        .post(
            "/api/v1/coordination-requests/{id}/acknowledge",
            coordination::api::take_step,
        )
        .post(
            "/api/v1/coordination-requests/{id}/coordinate",
            coordination::api::take_step,
        )
        .post(
            "/api/v1/coordination-requests/{id}/agree",
            coordination::api::take_step,
        )
        .post(
            "/api/v1/coordination-requests/{id}/complete",
            coordination::api::take_step,
        )
        .post(
            "/api/v1/coordination-requests/{id}/decline",
            coordination::api::take_step,
        )
        .post(
            "/api/v1/coordination-requests/{id}/messages",
            threads::api::post_coordination,
        )
        .get(
            "/api/v1/coordination-requests/{id}/messages",
            threads::api::list_coordination,
        )
        .post(
            "/api/v1/coordination-requests/status/{token}/messages",
            threads::api::reply_by_token,
        )
        .get(
            "/api/v1/applications/{id}/messages",
            threads::api::list_application,
        )
        .post(
            "/api/v1/applications/{id}/messages",
            threads::api::post_application,
        )
        .get("/api/v1/awards/{id}/messages", threads::api::list_award)
        .post("/api/v1/awards/{id}/messages", threads::api::post_award)
        .get("/api/v1/reports/{id}/messages", threads::api::list_report)
        .post("/api/v1/reports/{id}/messages", threads::api::post_report)
        .post(
            "/api/v1/coordination-requests/{id}/share",
            coordination::api::share_request,
        )
        .get("/api/v1/inbox", inbox::api::get_inbox)
        .post("/api/v1/flags/{id}/resolve", inbox::api::resolve_flag)
        .get("/api/v1/audit", audit::api::search_audit)
        .get("/api/v1/users", auth::invitations::list_users)
        .post("/api/v1/users", auth::invitations::create_user)
        .post(
            "/api/v1/users/{id}/deactivate",
            auth::invitations::deactivate_user,
        )
        .post(
            "/api/v1/users/{id}/reactivate",
            auth::invitations::reactivate_user,
        )
        .post(
            "/api/v1/applications/{id}/attachments",
            attachments::api::upload_application,
        )
        .get(
            "/api/v1/applications/{id}/attachments",
            attachments::api::list_application,
        )
        .post(
            "/api/v1/reports/{id}/attachments",
            attachments::api::upload_report,
        )
        .get(
            "/api/v1/reports/{id}/attachments",
            attachments::api::list_report,
        )
        .post(
            "/api/v1/awards/{id}/attachments",
            attachments::api::upload_award,
        )
        .get(
            "/api/v1/awards/{id}/attachments",
            attachments::api::list_award,
        )
        .post(
            "/api/v1/campaigns/{id}/attachments",
            attachments::api::upload_campaign,
        )
        .get(
            "/api/v1/campaigns/{id}/attachments",
            attachments::api::list_campaign,
        )
        .post(
            "/api/v1/organizations/{id}/attachments",
            attachments::api::upload_organization,
        )
        .get(
            "/api/v1/organizations/{id}/attachments",
            attachments::api::list_organization,
        )
        .get("/api/v1/attachments/{id}", attachments::api::get_attachment)
        .delete(
            "/api/v1/attachments/{id}",
            attachments::api::delete_attachment,
        )
        .get(
            "/api/v1/attachments/{id}/content",
            attachments::api::get_content,
        )
}
