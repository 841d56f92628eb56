//! sea-orm entities, one per table. They are the database's shape, not the API's or the pages':
//! handlers turn them into views.

pub mod access_log;
pub mod activity;
pub mod amendment;
pub mod api_token;
pub mod application;
pub mod attachment;
pub mod audit_event;
pub mod award;
pub mod budget_line;
pub mod campaign;
pub mod campaign_activity;
pub mod campaign_lead;
pub mod coordination_request;
pub mod coordination_step;
pub mod disbursement;
pub mod exchange_rate;
pub mod flag;
pub mod job_run;
pub mod login_throttle;
pub mod one_time_token;
pub mod organization;
pub mod outbox;
pub mod recovery_code;
pub mod report;
pub mod report_reminder;
pub mod report_spending;
pub mod review;
pub mod revision;
pub mod round;
pub mod second_factor;
pub mod session;
pub mod state;
pub mod state_sensitivity;
pub mod treaty_event;
pub mod user;
