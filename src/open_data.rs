//! Grants published as open data, in the 360Giving Data Standard (version 1.4): a JSON package
//! (`/api/v1/open-data/360giving.json`) and a CSV with the standard's column titles
//! (`/api/v1/open-data/360giving.csv`), both public, and the page `/open-data` linking them.
//!
//! Every award is a grant: its identifier is `<org_id_prefix>-<award reference>`, its recipient
//! `<org_id_prefix>-org-<organization id>` (the organizations have no registered org-id in the
//! registry yet), its beneficiary location the target state's ISO 3166-1 alpha-2 code. The
//! privacy rule: the grants of an organization staff marked "withhold" (`publish_grants`
//! false), and those concerning a state marked sensitive or high-risk (their target, or their
//! organization's country; see `crate::sensitivity`), are left out whole, since a grant without its recipient is not valid 360Giving data
//! and the title alone could name the campaign.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::prelude::ToPrimitive;
use sea_orm::{ConnectionTrait, FromQueryResult, Statement};
use serde_json::{Value, json};

use crate::awards::workflow::InstallmentStatus;
use crate::config::OpenDataSettings;
use crate::error::AppError;
use crate::money::{Currency, Money};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csv::{CsvRow, stream_csv};

/// Grants that concern a state staff marked sensitive or high-risk (their target, or their
/// organization's country) are never published.
const UNMARKED: &str = "AND NOT EXISTS (SELECT 1 FROM state_sensitivities m \
     WHERE m.iso3 = a.target_state OR m.iso3 = o.country)";

/// The version of the standard the export follows.
pub const VERSION: &str = "1.4";

/// An award as the export reads it.
#[derive(Clone, Debug, FromQueryResult)]
pub struct Grant {
    pub id: i64,
    pub reference: String,
    pub amount_minor: i64,
    pub amount_currency: Currency,
    pub paid_minor: i64,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub title: String,
    pub summary: String,
    pub organization_id: i64,
    pub organization_name: String,
    pub state_iso2: Option<String>,
    pub state_name: Option<String>,
    pub round_name: String,
    pub round_code: String,
}

/// The next `limit` grants that may be published, of award id above `after`, by id.
pub async fn batch<C: ConnectionTrait>(
    db: &C,
    after: i64,
    limit: u64,
) -> Result<Vec<Grant>, AppError> {
    let sql = format!(
        "SELECT a.id, a.reference, a.amount_minor, a.amount_currency, \
         CAST(COALESCE((SELECT SUM(d.amount_minor) FROM disbursements d \
           WHERE d.award_id = a.id AND d.status = '{paid}'), 0) AS BIGINT) AS paid_minor, \
         a.starts_on, a.ends_on, a.created_at, a.updated_at, \
         p.title, p.summary, o.id AS organization_id, o.name AS organization_name, \
         s.iso2 AS state_iso2, s.name AS state_name, r.name AS round_name, r.code AS round_code \
         FROM awards a \
         JOIN applications p ON p.id = a.application_id \
         JOIN organizations o ON o.id = a.organization_id \
         JOIN rounds r ON r.id = a.round_id \
         LEFT JOIN states s ON s.iso3 = a.target_state \
         WHERE o.publish_grants = {yes} AND a.id > {after} {unmarked} \
         ORDER BY a.id LIMIT {limit}",
        paid = InstallmentStatus::Paid.as_str(),
        unmarked = UNMARKED,
        yes = if db.get_database_backend() == sea_orm::DbBackend::Postgres {
            "TRUE"
        } else {
            "1"
        },
    );
    Ok(
        Grant::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
            .all(db)
            .await?,
    )
}

/// Every grant that may be published.
pub async fn all<C: ConnectionTrait>(db: &C) -> Result<Vec<Grant>, AppError> {
    let mut grants = Vec::new();
    let mut after = 0;
    loop {
        let next = batch(db, after, 1000).await?;
        let Some(last) = next.last() else {
            return Ok(grants);
        };
        after = last.id;
        grants.extend(next);
    }
}

/// An amount as the standard wants it: a JSON number, in the currency's units (`1950.5`).
fn number(minor: i64, currency: Currency) -> Value {
    Money::from_minor(minor, currency)
        .amount()
        .to_f64()
        .and_then(serde_json::Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

impl Grant {
    fn identifier(&self, settings: &OpenDataSettings) -> String {
        format!("{}-{}", settings.org_id_prefix, self.reference)
    }

    fn recipient_id(&self, settings: &OpenDataSettings) -> String {
        format!("{}-org-{}", settings.org_id_prefix, self.organization_id)
    }

    /// The grant as a 360Giving JSON object.
    pub fn json(&self, settings: &OpenDataSettings) -> Value {
        let mut grant = json!({
            "id": self.identifier(settings),
            "title": self.title,
            "description": self.summary,
            "currency": self.amount_currency.code(),
            "amountAwarded": number(self.amount_minor, self.amount_currency),
            "amountDisbursed": number(self.paid_minor, self.amount_currency),
            "awardDate": self.created_at.date_naive().to_string(),
            "plannedDates": [{
                "startDate": self.starts_on.to_string(),
                "endDate": self.ends_on.to_string(),
            }],
            "recipientOrganization": [{
                "id": self.recipient_id(settings),
                "name": self.organization_name,
            }],
            "fundingOrganization": [{
                "id": settings.funder_org_id,
                "name": settings.funder_name,
            }],
            "grantProgramme": [{
                "code": self.round_code,
                "title": self.round_name,
            }],
            "dateModified": self.updated_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        });
        if let (Some(code), Some(name)) = (&self.state_iso2, &self.state_name) {
            grant["beneficiaryLocation"] = json!([{"countryCode": code, "name": name}]);
        }
        grant
    }
}

/// The CSV's columns: the standard's titles (as its spreadsheet template and flatten-tool name
/// them).
pub const CSV_HEADER: [&str; 18] = [
    "Identifier",
    "Title",
    "Description",
    "Currency",
    "Amount Awarded",
    "Amount Disbursed",
    "Award Date",
    "Planned Dates:Start Date",
    "Planned Dates:End Date",
    "Recipient Org:Identifier",
    "Recipient Org:Name",
    "Beneficiary Location:Country Code",
    "Beneficiary Location:Name",
    "Funding Org:Identifier",
    "Funding Org:Name",
    "Grant Programme:Code",
    "Grant Programme:Title",
    "Last Modified",
];

/// A grant with the settings its identifiers need, as a CSV row.
struct GrantRow(Grant, OpenDataSettings);

impl CsvRow for GrantRow {
    fn id(&self) -> i64 {
        self.0.id
    }

    fn cells(&self) -> Vec<String> {
        let (g, s) = (&self.0, &self.1);
        let amount = |minor| {
            Money::from_minor(minor, g.amount_currency)
                .amount()
                .to_string()
        };
        vec![
            g.identifier(s),
            g.title.clone(),
            g.summary.clone(),
            g.amount_currency.code().to_owned(),
            amount(g.amount_minor),
            amount(g.paid_minor),
            g.created_at.date_naive().to_string(),
            g.starts_on.to_string(),
            g.ends_on.to_string(),
            g.recipient_id(s),
            g.organization_name.clone(),
            g.state_iso2.clone().unwrap_or_default(),
            g.state_name.clone().unwrap_or_default(),
            s.funder_org_id.clone(),
            s.funder_name.clone(),
            g.round_code.clone(),
            g.round_name.clone(),
            g.updated_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ]
    }
}

/// The 360Giving JSON package of the grants awarded (public).
#[utoipa::path(
    get,
    path = "/api/v1/open-data/360giving.json",
    tag = "open-data",
    operation_id = "get360GivingPackage",
    responses(
        (status = 200, description = "A 360Giving data package (standard version 1.4) of the \
            grants awarded, those staff withhold left out", content_type = "application/json",
            body = Object),
    )
)]
pub async fn package(State(state): State<AppState>) -> Result<Response, AppError> {
    let settings = &state.settings.open_data;
    let grants: Vec<Value> = all(&state.db)
        .await?
        .iter()
        .map(|g| g.json(settings))
        .collect();
    let body = json!({
        "version": VERSION,
        "title": format!("Grants of {}", settings.funder_name),
        "issued": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "grants": grants,
    });
    Ok(Json(body).into_response())
}

/// The same grants as CSV, in the standard's column titles (public).
#[utoipa::path(
    get,
    path = "/api/v1/open-data/360giving.csv",
    tag = "open-data",
    operation_id = "get360GivingCsv",
    responses(
        (status = 200, description = "The grants as CSV, one per line, in the 360Giving column \
            titles", content_type = "text/csv", body = String),
    )
)]
pub async fn csv(State(state): State<AppState>) -> Response {
    let db = state.db.clone();
    let settings = state.settings.open_data.clone();
    stream_csv("360giving.csv", &CSV_HEADER, move |after, limit| {
        let db = db.clone();
        let settings = settings.clone();
        async move {
            Ok(batch(&db, after, limit)
                .await?
                .into_iter()
                .map(|g| GrantRow(g, settings.clone()))
                .collect())
        }
    })
}

/// The open data's part of the API document.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(package, csv),
    tags((
        name = "open-data",
        description = "The grants awarded, published in the 360Giving Data Standard"
    ))
)]
pub struct OpenDataApi;

#[derive(serde::Serialize)]
struct OpenDataView {
    funder: String,
    version: &'static str,
    grants: i64,
}

#[derive(FromQueryResult)]
struct Count {
    count: i64,
}

/// How many grants are published.
async fn count<C: ConnectionTrait>(db: &C) -> Result<i64, AppError> {
    let sql = format!(
        "SELECT COUNT(*) AS count FROM awards a JOIN organizations o ON o.id = a.organization_id \
         WHERE o.publish_grants = {} {UNMARKED}",
        if db.get_database_backend() == sea_orm::DbBackend::Postgres {
            "TRUE"
        } else {
            "1"
        }
    );
    Ok(
        Count::find_by_statement(Statement::from_string(db.get_database_backend(), sql))
            .one(db)
            .await?
            .map_or(0, |c| c.count),
    )
}

/// `/open-data`: what is published, where, and what is withheld (public).
pub async fn page(State(state): State<AppState>, page: PageContext) -> Result<Response, AppError> {
    let grants = count(&state.db).await?;
    let view = OpenDataView {
        funder: state.settings.open_data.funder_name.clone(),
        version: VERSION,
        grants,
    };
    Ok(state
        .views
        .page(
            "open_data",
            &page.layout(crate::i18n::text(page.lang, "open-data-title"), "open-data"),
            &view,
        )?
        .into_response())
}
