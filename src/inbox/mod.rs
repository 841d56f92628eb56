//! The attention inbox: every open flag and every item that needs a person, oldest first, grouped
//! by kind. Each kind is one entry of [`KINDS`] whose loader answers a page of rows and their
//! count in two SQL queries (no query per row): adding a kind (disbursements due, overdue
//! reports) is adding one function and one entry.

pub mod pages;

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult, Statement};
use serde::{Deserialize, Serialize};

use crate::audit::Actor;
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::flags::{self, FlagItem, ResolveInput};
use crate::pagination::Pagination;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

/// One thing that needs a person.
#[derive(Clone, Debug, Serialize, FromQueryResult)]
pub struct InboxRow {
    /// The flag, when the row is one (it can then be resolved with a note).
    pub flag_id: Option<i64>,
    /// The flag's reason, or what the item waits for.
    pub reason: String,
    /// What the row is about: `CR-2026-0007 (AZE → IND)`, a campaign's name, an application.
    pub title: String,
    /// The page of the record.
    pub link: String,
    /// Since when it has waited.
    pub since: DateTime<Utc>,
}

/// A page of one kind's rows and how many there are in all.
pub type Loaded = (Vec<InboxRow>, u64);
pub type Loader =
    for<'a> fn(&'a DatabaseConnection, Pagination) -> BoxFuture<'a, Result<Loaded, DbErr>>;

/// A kind of item in the inbox.
pub struct Kind {
    pub key: &'static str,
    pub label: &'static str,
    pub load: Loader,
}

/// Every kind, in the order the inbox shows them.
pub const KINDS: &[Kind] = &[
    Kind {
        key: "coordination_request",
        label: "Coordination requests",
        load: |db, p| Box::pin(request_flags(db, p, false)),
    },
    Kind {
        key: "escalation",
        label: "Escalations",
        load: |db, p| Box::pin(request_flags(db, p, true)),
    },
    Kind {
        key: "state_joined",
        label: "Campaigns whose state joined",
        load: |db, p| Box::pin(state_joined(db, p)),
    },
    Kind {
        key: "application_review",
        label: "Applications waiting for review",
        load: |db, p| Box::pin(applications_waiting(db, p)),
    },
    Kind {
        key: "disbursement_due",
        label: "Installments due, or approved and not yet paid",
        load: |db, p| Box::pin(disbursements_due(db, p)),
    },
    Kind {
        key: "overdue_report",
        label: "Overdue reports",
        load: |db, p| Box::pin(overdue_reports(db, p)),
    },
];

/// The start of a date column's day, as an instant both databases hand back as one.
fn day_start(db: &DatabaseConnection, column: &str) -> String {
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        format!("CAST({column} AS TIMESTAMPTZ)")
    } else {
        format!("({column} || 'T00:00:00Z')")
    }
}

/// Today in UTC, as SQL text (a constant of the server, not input).
fn today_literal() -> String {
    format!("'{}'", Utc::now().date_naive().format("%Y-%m-%d"))
}

async fn disbursements_due(db: &DatabaseConnection, p: Pagination) -> Result<Loaded, DbErr> {
    let title = concat(
        db,
        &[
            "w.reference",
            "': installment '",
            "CAST(d.sequence AS VARCHAR(20))",
            "' ('",
            "o.name",
            "')'",
        ],
    );
    let link = concat(
        db,
        &["'/awards/'", "CAST(w.id AS VARCHAR(20))", "'#payments'"],
    );
    let since = day_start(db, "d.due_on");
    let today = today_literal();
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, d.status AS reason, {title} AS title, {link} AS link, {since} AS since"
        ),
        &format!(
            "FROM disbursements d JOIN awards w ON w.id = d.award_id \
             JOIN organizations o ON o.id = w.organization_id \
             WHERE w.status = 'active' AND d.due_on <= {today} \
             AND d.status IN ('scheduled', 'approved')"
        ),
        "d.due_on, d.id",
        p,
    )
    .await
}

async fn overdue_reports(db: &DatabaseConnection, p: Pagination) -> Result<Loaded, DbErr> {
    let title = concat(
        db,
        &["w.reference", "': '", "r.kind", "' ('", "o.name", "')'"],
    );
    let link = concat(
        db,
        &["'/awards/'", "CAST(w.id AS VARCHAR(20))", "'#reports'"],
    );
    let since = day_start(db, "r.due_on");
    let today = today_literal();
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, 'overdue' AS reason, {title} AS title, {link} AS link, {since} AS since"
        ),
        &format!(
            "FROM reports r JOIN awards w ON w.id = r.award_id \
             JOIN organizations o ON o.id = w.organization_id \
             WHERE w.status IN ('active', 'suspended') AND r.status = 'due' AND r.due_on < {today}"
        ),
        "r.due_on, r.id",
        p,
    )
    .await
}

#[derive(FromQueryResult)]
struct Count {
    n: i64,
}

/// Runs a page query and its count. `from_where` holds only constants of this module (no input
/// reaches it), and the page's bounds are integers.
async fn run(
    db: &DatabaseConnection,
    select: &str,
    from_where: &str,
    order: &str,
    p: Pagination,
) -> Result<Loaded, DbErr> {
    let backend = db.get_database_backend();
    let rows = InboxRow::find_by_statement(Statement::from_string(
        backend,
        format!(
            "SELECT {select} {from_where} ORDER BY {order} LIMIT {} OFFSET {}",
            p.per_page,
            p.offset()
        ),
    ))
    .all(db)
    .await?;
    let total = Count::find_by_statement(Statement::from_string(
        backend,
        format!("SELECT COUNT(*) AS n {from_where}"),
    ))
    .one(db)
    .await?
    .map_or(0, |c| c.n);
    Ok((rows, u64::try_from(total).unwrap_or(0)))
}

fn concat(db: &DatabaseConnection, parts: &[&str]) -> String {
    // `||` concatenates on both databases; ids are cast to text first.
    let _ = db;
    parts.join(" || ")
}

async fn request_flags(
    db: &DatabaseConnection,
    p: Pagination,
    escalations: bool,
) -> Result<Loaded, DbErr> {
    let title = concat(
        db,
        &[
            "r.reference",
            "' ('",
            "r.requesting_state",
            "' → '",
            "r.target_state",
            "')'",
        ],
    );
    let link = concat(
        db,
        &["'/coordination-requests/'", "CAST(r.id AS VARCHAR(20))"],
    );
    let reason = if escalations {
        "f.reason = 'escalated'"
    } else {
        "f.reason <> 'escalated'"
    };
    run(
        db,
        &format!(
            "f.id AS flag_id, f.reason AS reason, {title} AS title, {link} AS link, f.raised_at AS since"
        ),
        &format!(
            "FROM flags f JOIN coordination_requests r ON r.id = f.entity_id \
             WHERE f.entity_type = 'coordination_request' AND f.resolved_at IS NULL AND {reason}"
        ),
        "f.raised_at, f.id",
        p,
    )
    .await
}

async fn state_joined(db: &DatabaseConnection, p: Pagination) -> Result<Loaded, DbErr> {
    let link = concat(db, &["'/campaigns/'", "CAST(c.id AS VARCHAR(20))"]);
    run(
        db,
        &format!("f.id AS flag_id, f.reason AS reason, c.name AS title, {link} AS link, f.raised_at AS since"),
        "FROM flags f JOIN campaigns c ON c.id = f.entity_id \
         WHERE f.entity_type = 'campaign' AND f.resolved_at IS NULL AND f.reason = 'state_joined'",
        "f.raised_at, f.id",
        p,
    )
    .await
}

async fn applications_waiting(db: &DatabaseConnection, p: Pagination) -> Result<Loaded, DbErr> {
    let title = concat(
        db,
        &[
            "COALESCE(a.reference, '')",
            "': '",
            "a.title",
            "' ('",
            "o.name",
            "')'",
        ],
    );
    let link = concat(db, &["'/applications/'", "CAST(a.id AS VARCHAR(20))"]);
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, 'submitted' AS reason, {title} AS title, {link} AS link, \
             COALESCE(a.submitted_at, a.updated_at) AS since"
        ),
        "FROM applications a JOIN organizations o ON o.id = a.organization_id \
         WHERE a.status = 'submitted'",
        "COALESCE(a.submitted_at, a.updated_at), a.id",
        p,
    )
    .await
}

/// One kind's share of the inbox.
#[derive(Serialize)]
pub struct Group {
    pub kind: &'static str,
    pub label: &'static str,
    pub total: u64,
    pub items: Vec<GroupRow>,
}

#[derive(Serialize)]
pub struct GroupRow {
    #[serde(flatten)]
    pub row: InboxRow,
    pub reason_label: &'static str,
}

#[derive(Serialize)]
pub struct InboxBody {
    pub groups: Vec<Group>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
}

#[derive(Debug, Default, Deserialize)]
pub struct InboxParams {
    pub kind: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

/// The inbox: the page asked for of each kind (or of the one kind asked for).
pub async fn load(db: &DatabaseConnection, params: &InboxParams) -> Result<InboxBody, AppError> {
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    let kind = params
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty());
    if let Some(k) = kind
        && !KINDS.iter().any(|kind| kind.key == k)
    {
        let keys: Vec<&str> = KINDS.iter().map(|k| k.key).collect();
        errors.add(
            "kind",
            format!(
                "'{k}' is not a kind of the inbox; use one of {}",
                keys.join(", ")
            ),
        );
    }
    if !errors.is_empty() {
        return Err(AppError::bad_request(errors));
    }
    let mut groups = Vec::new();
    for k in KINDS
        .iter()
        .filter(|k| kind.is_none_or(|wanted| wanted == k.key))
    {
        let (rows, total) = (k.load)(db, pagination).await?;
        groups.push(Group {
            kind: k.key,
            label: k.label,
            total,
            items: rows
                .into_iter()
                .map(|row| GroupRow {
                    reason_label: if row.flag_id.is_some() {
                        flags::label_of(&row.reason)
                    } else {
                        "Waiting for review"
                    },
                    row,
                })
                .collect(),
        });
    }
    Ok(InboxBody {
        total: groups.iter().map(|g| g.total).sum(),
        groups,
        page: pagination.page,
        per_page: pagination.per_page,
    })
}

pub async fn get_inbox(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<InboxParams>,
) -> Result<Json<InboxBody>, AppError> {
    policy::authorize(&user, Action::ViewInbox)?;
    Ok(Json(load(&db, &params).await?))
}

/// Resolves a flag in one transaction.
pub async fn resolve(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    input: &ResolveInput,
) -> Result<FlagItem, AppError> {
    policy::authorize(user, Action::ViewInbox)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let resolved = flags::resolve(&txn, &Actor::user(user, request_id), id, input).await?;
    txn.commit().await?;
    Ok(FlagItem::from(resolved))
}

pub async fn resolve_flag(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ResolveInput>,
) -> Result<Json<FlagItem>, AppError> {
    Ok(Json(resolve(&state, &user, request_id, id, &input).await?))
}
