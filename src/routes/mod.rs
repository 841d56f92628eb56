//! Every route of the service, registered through [`Routes`] so that the table of methods and
//! paths can be listed: the tests walk it (every POST, PATCH and DELETE must refuse a browser
//! request without its CSRF token; every API path must be in the OpenAPI document).

use axum::Router;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{MethodRouter, delete, get, patch, post, put};

use crate::state::AppState;

mod api;
use crate::{
    applications, attachments, audit, auth, awards, campaigns, coordination, home, inbox, letters,
    members, notify, rounds, threads, treaty, web,
};
use api::api_routes;

/// One route: a method and a path template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub method: Method,
    pub path: &'static str,
}

/// A router that remembers what it was given.
#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    table: Vec<Route>,
}

impl Routes {
    fn add(mut self, method: Method, path: &'static str, route: MethodRouter<AppState>) -> Self {
        self.router = self.router.route(path, route);
        self.table.push(Route { method, path });
        self
    }

    pub fn get<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Self {
        self.add(Method::GET, path, get(handler))
    }

    pub fn post<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Self {
        self.add(Method::POST, path, post(handler))
    }

    pub fn patch<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        handler: H,
    ) -> Self {
        self.add(Method::PATCH, path, patch(handler))
    }

    pub fn put<H: Handler<T, AppState>, T: 'static>(self, path: &'static str, handler: H) -> Self {
        self.add(Method::PUT, path, put(handler))
    }

    pub fn delete<H: Handler<T, AppState>, T: 'static>(
        self,
        path: &'static str,
        handler: H,
    ) -> Self {
        self.add(Method::DELETE, path, delete(handler))
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<Route>) {
        (self.router, self.table)
    }
}

/// The whole service: the pages, then the JSON API.
pub fn routes() -> Routes {
    api_routes(page_routes(Routes::default()))
}

/// The server-rendered pages and the forms they post.
fn page_routes(routes: Routes) -> Routes {
    routes
        // Public pages and operations
        .get("/", home::show_home)
        .get("/states", treaty::pages::list_states)
        .get("/states/{iso3}", treaty::pages::show_state)
        .post("/states/{iso3}/events", treaty::pages::record_event)
        .post(
            "/states/{iso3}/sensitivity",
            crate::sensitivity::pages::mark_state,
        )
        .get(
            "/access-log.csv",
            crate::sensitivity::api::export_access_log,
        )
        .get("/static/{*path}", web::assets::get_asset)
        .get("/healthz", web::health::get_healthz)
        .get("/readyz", web::health::get_readyz)
        .get("/metrics", web::metrics::get_metrics)
        // Signing in, the account
        .get("/login", auth::routes::show_login)
        .post("/login", auth::routes::submit_login)
        .post("/logout", auth::routes::logout)
        .get(
            "/sign-in/second-factor",
            auth::second_factor_pages::show_code_form,
        )
        .post(
            "/sign-in/second-factor",
            auth::second_factor_pages::submit_code,
        )
        .get("/start", crate::start::show_start)
        .get("/language/{code}", crate::i18n::switch::switch)
        .get("/account", auth::routes::show_account)
        .get(
            "/account/second-factor",
            auth::second_factor_pages::show_second_factor,
        )
        .post(
            "/account/second-factor",
            auth::second_factor_pages::confirm_second_factor,
        )
        .post(
            "/account/second-factor/turn-off",
            auth::second_factor_pages::turn_off_second_factor,
        )
        .post(
            "/account/sign-out-everywhere",
            auth::routes::sign_out_everywhere,
        )
        .post("/account/tokens", auth::routes::create_token)
        .post("/account/time-zone", auth::routes::set_time_zone)
        .post("/account/language", auth::routes::set_language)
        .post("/account/tokens/{id}/revoke", auth::routes::revoke_token)
        .get("/password-reset", auth::links::show_reset_request)
        .post("/password-reset", auth::links::submit_reset_request)
        .get("/password-reset/{token}", auth::links::show_reset)
        .post("/password-reset/{token}", auth::links::submit_reset)
        .get("/invitations/{token}", auth::links::show_invitation)
        .post("/invitations/{token}", auth::links::accept_invitation)
        .get("/setup/{token}", auth::links::show_setup)
        .post("/setup/{token}", auth::links::submit_setup)
        .get("/users", auth::invitations::show_users)
        .post("/users", auth::invitations::submit_invitation)
        .post("/users/{id}/role", auth::invitations::change_role)
        .post("/users/{id}/active", auth::invitations::set_active)
        .post(
            "/users/{id}/second-factor/reset",
            auth::second_factor_pages::reset_second_factor,
        )
        .post(
            "/users/{id}/reviewer-profile",
            applications::reviewers::update_profile,
        )
        // Member organizations
        .get("/organizations", members::pages::list_organizations)
        .post("/organizations", members::pages::create_organization)
        .get("/organizations.csv", members::pages::export_organizations)
        .get("/organizations/new", members::pages::new_organization)
        .get("/organizations/{id}", members::pages::show_organization)
        .post("/organizations/{id}", members::pages::update_organization)
        .get(
            "/organizations/{id}/edit",
            members::pages::edit_organization,
        )
        // Grant rounds
        .get("/rounds", rounds::pages::list_rounds)
        .post("/rounds", rounds::forms::create_round)
        .get("/rounds/new", rounds::forms::new_round)
        .get("/rounds/{id}", rounds::pages::show_round)
        .post("/rounds/{id}", rounds::forms::update_round)
        .get("/rounds/{id}/edit", rounds::forms::edit_round)
        .get("/rounds/{id}/letter", letters::pages::edit_template)
        .post("/rounds/{id}/letter", letters::pages::submit_template)
        // Applications
        .get("/applications", applications::pages::list_applications)
        .post("/applications", applications::drafts::create_application)
        .get(
            "/applications.csv",
            applications::pages::export_applications,
        )
        .get("/applications/new", applications::drafts::new_application)
        .post("/applications/bulk", applications::bulk::bulk_page)
        .get("/applications/{id}", applications::detail::show_application)
        .post(
            "/applications/{id}",
            applications::drafts::update_application,
        )
        .get(
            "/applications/{id}/edit",
            applications::drafts::edit_application,
        )
        .get(
            "/applications/{id}/check",
            applications::check::check_application,
        )
        .post(
            "/applications/{id}/submit",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/start-review",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/request-changes",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/resubmit",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/approve",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/reject",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/withdraw",
            applications::detail_forms::take_step,
        )
        .post(
            "/applications/{id}/reviewers",
            applications::detail_forms::assign_reviewer,
        )
        .post(
            "/applications/{id}/review",
            applications::detail_forms::submit_review,
        )
        .get(
            "/applications/{id}/revisions",
            applications::revisions_page::show_revisions,
        )
        // Awards, payments, reports, budgets
        .get("/awards", awards::pages::list_awards)
        .get("/awards.csv", awards::exports::export_awards)
        .get("/awards/{id}", awards::pages::show_award)
        .post("/awards/{id}/suspend", awards::actions::take_award_step)
        .post("/awards/{id}/resume", awards::actions::take_award_step)
        .post("/awards/{id}/terminate", awards::actions::take_award_step)
        .post("/awards/{id}/complete", awards::actions::take_award_step)
        .post("/awards/{id}/amendments", awards::actions::amend_award)
        .post("/awards/{id}/signature", awards::actions::sign_award)
        .post("/awards/{id}/schedule", awards::actions::change_schedule)
        .get("/awards/{id}/letter", letters::pages::show_letter)
        .get("/awards/{id}/letter.pdf", letters::pages::download_letter)
        .post("/awards/{id}/letter/send", letters::pages::send_letter)
        .post(
            "/disbursements/{id}/approve",
            awards::actions::take_installment_step,
        )
        .post(
            "/disbursements/{id}/pay",
            awards::actions::take_installment_step,
        )
        .post(
            "/disbursements/{id}/cancel",
            awards::actions::take_installment_step,
        )
        .post(
            "/disbursements/{id}/override",
            awards::actions::override_installment,
        )
        .post(
            "/disbursements/{id}/override/confirm",
            awards::actions::confirm_installment_override,
        )
        .get("/disbursements.csv", awards::exports::export_disbursements)
        .get("/reports.csv", awards::exports::export_reports)
        .post("/reports/{id}/submit", awards::actions::take_report_step)
        .post("/reports/{id}/draft", awards::actions::save_report_draft)
        .post("/reports/{id}/accept", awards::actions::take_report_step)
        .post(
            "/reports/{id}/request-revision",
            awards::actions::take_report_step,
        )
        .get("/finance", awards::finance::show_finance)
        .get("/budgets", awards::finance::show_budgets)
        .get("/open-data", crate::open_data::page)
        .get("/finance/rates", crate::exchange::pages::show_rates)
        .post("/finance/rates", crate::exchange::pages::record_rate)
        .post(
            "/finance/rates/import",
            crate::exchange::pages::import_rates,
        )
        // Deadlines, and the calendar feed (its secret address is its credential)
        .get("/deadlines", crate::deadlines::pages::show_deadlines)
        .post("/deadlines/feed", crate::deadlines::pages::reset_feed)
        .post(
            "/deadlines/feed/remove",
            crate::deadlines::pages::remove_feed,
        )
        .get("/calendar/{secret}", crate::deadlines::feed::get_feed)
        // Coordination requests: the public form and status page, staff's pages
        .get("/coordinate", coordination::pages::show_form)
        .post("/coordinate", coordination::pages::submit_form)
        .get(
            "/coordinate/status/{token}",
            coordination::pages::show_status,
        )
        .post(
            "/coordinate/status/{token}/withdraw",
            coordination::pages::withdraw_form,
        )
        .post(
            "/coordinate/status/{token}/messages",
            threads::pages::reply_form,
        )
        .get("/coordination-requests", coordination::pages::list_requests)
        .get(
            "/coordination-requests.csv",
            coordination::pages::export_requests,
        )
        .get(
            "/coordination-requests/{id}",
            coordination::pages::show_request,
        )
        .post(
            "/coordination-requests/{id}/messages",
            threads::pages::post_coordination,
        )
        .post(
            "/coordination-requests/{id}/share",
            coordination::pages::share_form,
        )
        .post(
            "/coordination-requests/{id}/steps/{step}",
            coordination::pages::take_step_form,
        )
        // Country campaigns
        .get("/campaigns", campaigns::pages::list_campaigns)
        .post("/campaigns", campaigns::pages::create_campaign)
        .get("/campaigns/new", campaigns::pages::new_campaign)
        .get("/campaigns/{id}", campaigns::pages::show_campaign)
        .post("/campaigns/{id}", campaigns::pages::update_campaign)
        .get("/campaigns/{id}/edit", campaigns::pages::edit_campaign)
        .post("/campaigns/{id}/activities", campaigns::pages::add_activity)
        .post(
            "/campaigns/{id}/applications",
            campaigns::pages::link_application,
        )
        // The attention inbox
        .get("/inbox", inbox::pages::show_inbox)
        .post("/inbox/flags/{id}/resolve", inbox::pages::resolve_flag_form)
        .post(
            "/inbox/records/{subject}/{id}/resolve",
            inbox::pages::resolve_record_form,
        )
        // Administration
        .get("/audit.csv", audit::export::export_audit)
        .get("/admin/outbox", notify::admin::show_outbox)
        .post("/admin/outbox/{id}/retry", notify::admin::retry_message)
        // Attachments: the forms of the records' pages, the download link, the removal
        .post(
            "/applications/{id}/attachments",
            attachments::pages::upload_application,
        )
        .post(
            "/reports/{id}/attachments",
            attachments::pages::upload_report,
        )
        .post("/awards/{id}/attachments", attachments::pages::upload_award)
        .post(
            "/campaigns/{id}/attachments",
            attachments::pages::upload_campaign,
        )
        .post(
            "/organizations/{id}/attachments",
            attachments::pages::upload_organization,
        )
        .get("/attachments/{id}/content", attachments::pages::download)
        // Conversations on records: the thread's form of each record's page
        .post(
            "/applications/{id}/messages",
            threads::pages::post_application,
        )
        .post("/awards/{id}/messages", threads::pages::post_award)
        .post("/reports/{id}/messages", threads::pages::post_report)
        .post("/attachments/{id}/remove", attachments::pages::remove)
}
