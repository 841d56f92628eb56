//! `/start`: where signing in lands. One section per part a person plays: a member's
//! organization (drafts, applications in progress and their next step, reports due, recent
//! payments), a reviewer's assignments, staff's work waiting (the inbox's counts, applications
//! to review, requests to acknowledge, reports overdue), finance's installments to approve and
//! to pay. Each section reads through the queries of its own module (applications' list, the
//! deadlines, the inbox, finance's queue), each bounded by a `LIMIT`, with counts made in SQL.

use axum::extract::State;
use axum::response::Html;
use chrono::NaiveDate;
use serde::Serialize;

use crate::applications::list::{self, Filter, Scope};
use crate::applications::workflow::Status;
use crate::auth::{CurrentUser, Role};
use crate::awards::disbursements::{self, DueRow, Queue};
use crate::deadlines::{self, Deadline};
use crate::error::AppError;
use crate::inbox::{self, InboxParams};
use crate::pagination::Pagination;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;

/// The most items a list of the start page shows; the count beside it says how many there are.
const SHOWN: u64 = 10;

/// The statuses of an application the organization waits on, or must act on.
const IN_PROGRESS: [Status; 3] = [
    Status::ChangesRequested,
    Status::Submitted,
    Status::UnderReview,
];

/// An item of a list: what it is, where it is, and what to know about it.
#[derive(Serialize)]
struct Item {
    title: String,
    link: String,
    /// A line under the title: the organization, the next step.
    detail: String,
    /// A date or an amount, shown beside it.
    aside: String,
    overdue: bool,
}

/// A list of the page: its heading, the first items, how many there are, where to see all.
#[derive(Serialize)]
struct List {
    id: &'static str,
    heading: &'static str,
    items: Vec<Item>,
    total: u64,
    more: bool,
    all_link: &'static str,
    /// What an empty list says.
    empty: &'static str,
}

impl List {
    fn new(
        id: &'static str,
        heading: &'static str,
        items: Vec<Item>,
        total: u64,
        all_link: &'static str,
        empty: &'static str,
    ) -> Self {
        Self {
            id,
            heading,
            more: total > items.len() as u64,
            items,
            total,
            all_link,
            empty,
        }
    }
}

/// A count of the inbox, linked to those items.
#[derive(Serialize)]
struct Count {
    label: &'static str,
    total: u64,
    link: String,
}

/// One section: a part the person plays.
#[derive(Serialize)]
struct Section {
    id: &'static str,
    heading: &'static str,
    counts: Vec<Count>,
    lists: Vec<List>,
}

#[derive(Serialize)]
struct StartView {
    name: String,
    sections: Vec<Section>,
}

/// `2 Dec 2026`.
fn short(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

fn shown() -> Pagination {
    Pagination {
        page: 1,
        per_page: SHOWN,
    }
}

fn application_item(row: &list::Row, detail: String) -> Item {
    let reference = row
        .reference
        .clone()
        .unwrap_or_else(|| format!("#{}", row.id));
    let title = if row.title.trim().is_empty() {
        format!("{reference} (untitled)")
    } else {
        format!("{reference} {}", row.title)
    };
    Item {
        title,
        link: format!("/applications/{}", row.id),
        detail,
        aside: row.requested().display(),
        overdue: false,
    }
}

fn deadline_item(d: Deadline, today: NaiveDate, detail: String) -> Item {
    Item {
        aside: format!("Due {}", short(d.due_on)),
        overdue: d.due_on < today,
        title: d.title,
        link: d.link,
        detail,
    }
}

fn installment_item(row: &DueRow, today: NaiveDate, paid: bool) -> Item {
    let date = if paid { row.paid_on } else { row.due_on };
    Item {
        title: format!("Installment {} of {}", row.sequence, row.reference),
        link: format!("/awards/{}", row.award_id),
        detail: row.organization_name.clone(),
        aside: match date {
            Some(date) if paid => format!("{}, paid {}", row.amount().display(), short(date)),
            Some(date) => format!("{}, due {}", row.amount().display(), short(date)),
            None => row.amount().display(),
        },
        overdue: !paid && row.due_on.is_some_and(|d| d < today),
    }
}

async fn member_section(
    state: &AppState,
    organization: i64,
    today: NaiveDate,
) -> Result<Section, AppError> {
    let db = &state.db;
    let scope = Scope::Organization(organization);
    let drafts_filter = Filter {
        status: Some(Status::Draft),
        sort: "-updated_at",
        ..Filter::default()
    };
    let (drafts, drafts_total) = list::page(db, scope, &drafts_filter, shown()).await?;
    let drafts = drafts
        .iter()
        .map(|row| {
            application_item(
                row,
                format!("{}: {}", row.round_name, Status::Draft.next_step()),
            )
        })
        .collect();
    // One query for the three statuses, the latest updated first: an old application sent back
    // does not push out the recent ones.
    let in_progress_filter = Filter {
        statuses: Some(IN_PROGRESS.to_vec()),
        sort: "-updated_at",
        ..Filter::default()
    };
    let (in_progress, in_progress_total) =
        list::page(db, scope, &in_progress_filter, shown()).await?;
    let in_progress = in_progress
        .iter()
        .map(|row| {
            application_item(
                row,
                format!("{}. Next: {}", row.status.label(), row.status.next_step()),
            )
        })
        .collect();
    // Every report still owed, however far its date: a final report falls due after the
    // award ends, an overdue one may be long past.
    let (reports, reports_total) = deadlines::reports_owed(db, organization, SHOWN).await?;
    let reports = reports
        .into_iter()
        .map(|d| {
            let detail = if d.due_on < today {
                "Overdue: submit it now.".to_owned()
            } else {
                "Submit it on the award's page.".to_owned()
            };
            deadline_item(d, today, detail)
        })
        .collect();
    let (payments, payments_total) = disbursements::paid_recently(db, organization, SHOWN).await?;
    let payments = payments
        .iter()
        .map(|row| installment_item(row, today, true))
        .collect();
    Ok(Section {
        id: "organization",
        heading: "Your organization",
        counts: Vec::new(),
        lists: vec![
            List::new(
                "drafts",
                "Drafts",
                drafts,
                drafts_total,
                "/applications?status=draft",
                "No drafts.",
            ),
            List::new(
                "in-progress",
                "Applications in progress",
                in_progress,
                in_progress_total,
                "/applications",
                "No application is waiting on you or on ICBL.",
            ),
            List::new(
                "reports-due",
                "Reports due",
                reports,
                reports_total,
                "/deadlines",
                "No report is due.",
            ),
            List::new(
                "payments",
                "Recent payments",
                payments,
                payments_total,
                "/awards",
                "No payment yet.",
            ),
        ],
    })
}

/// The reviews assigned to the person and not yet given, soonest due first.
async fn reviewer_section(
    state: &AppState,
    user: &CurrentUser,
    today: NaiveDate,
) -> Result<Option<Section>, AppError> {
    // However long overdue: no lower bound on the date.
    let review_days = state.settings.programme.review_days;
    let (reviews, total) = deadlines::reviews_owed(&state.db, user.id, review_days, SHOWN).await?;
    if total == 0 && user.role != Role::Reviewer {
        return Ok(None);
    }
    let items = reviews
        .into_iter()
        .map(|d| {
            let detail = if d.due_on < today {
                "Overdue: give your review now.".to_owned()
            } else {
                "Declare any conflict of interest, then score and recommend.".to_owned()
            };
            deadline_item(d, today, detail)
        })
        .collect();
    Ok(Some(Section {
        id: "reviews",
        heading: "Your reviews",
        counts: Vec::new(),
        lists: vec![List::new(
            "assignments",
            "Assigned to you",
            items,
            total,
            "/applications",
            "No review is waiting for you.",
        )],
    }))
}

async fn staff_section(state: &AppState, today: NaiveDate) -> Result<Section, AppError> {
    let db = &state.db;
    // The inbox's counts: each kind counted in SQL (one row of each read with it).
    let inbox = inbox::load(
        db,
        &InboxParams {
            per_page: Some("1".to_owned()),
            ..InboxParams::default()
        },
    )
    .await?;
    let counts = inbox
        .groups
        .iter()
        .map(|g| Count {
            label: g.label,
            total: g.total,
            link: format!("/inbox?kind={}", g.kind),
        })
        .collect();
    let waiting = Filter {
        status: Some(Status::Submitted),
        sort: "submitted_at",
        ..Filter::default()
    };
    let (applications, applications_total) = list::page(db, Scope::All, &waiting, shown()).await?;
    let applications = applications
        .iter()
        .map(|row| {
            let state_name = row.state_name.as_deref().unwrap_or("no state named");
            application_item(row, format!("{} · {state_name}", row.organization_name))
        })
        .collect();
    // However long ago received: no lower bound on the date.
    let (requests, requests_total) = deadlines::requests_unacknowledged(state, SHOWN).await?;
    let requests = requests
        .into_iter()
        .map(|d| deadline_item(d, today, "Acknowledge it, or share it.".to_owned()))
        .collect();
    let overdue_kind = inbox::KINDS
        .iter()
        .find(|k| k.key == "overdue_report")
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the inbox has no overdue reports")))?;
    let (overdue, overdue_total) = (overdue_kind.load)(db, shown()).await?;
    let overdue = overdue
        .into_iter()
        .map(|row| Item {
            title: row.title,
            link: row.link,
            detail: "Remind the organization, or accept a late report.".to_owned(),
            aside: format!("Due {}", short(row.since.date_naive())),
            overdue: true,
        })
        .collect();
    Ok(Section {
        id: "staff",
        heading: "Waiting for ICBL",
        counts,
        lists: vec![
            List::new(
                "applications-waiting",
                "Applications waiting for review",
                applications,
                applications_total,
                "/applications?status=submitted",
                "No application is waiting.",
            ),
            List::new(
                "requests",
                "Coordination requests to acknowledge",
                requests,
                requests_total,
                "/coordination-requests?status=received",
                "No request is waiting to be acknowledged.",
            ),
            List::new(
                "reports-overdue",
                "Reports overdue",
                overdue,
                overdue_total,
                "/inbox?kind=overdue_report",
                "No report is overdue.",
            ),
        ],
    })
}

async fn finance_section(state: &AppState, today: NaiveDate) -> Result<Section, AppError> {
    let horizon = today + chrono::Days::new(30);
    let (due, due_total) =
        disbursements::queue(&state.db, Queue::Due { until: horizon }, shown()).await?;
    let (approved, approved_total) =
        disbursements::queue(&state.db, Queue::Approved, shown()).await?;
    let items = |rows: Vec<DueRow>| -> Vec<Item> {
        rows.into_iter()
            .map(|row| installment_item(&row, today, false))
            .collect()
    };
    Ok(Section {
        id: "finance",
        heading: "Payments",
        counts: Vec::new(),
        lists: vec![
            List::new(
                "to-approve",
                "Installments to approve",
                items(due),
                due_total,
                "/finance",
                "No installment is due in the next 30 days.",
            ),
            List::new(
                "to-pay",
                "Installments to pay",
                items(approved),
                approved_total,
                "/finance",
                "No approved installment is waiting to be paid.",
            ),
        ],
    })
}

/// `GET /start`: the signed-in person's start page.
pub async fn show_start(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    let today = crate::dates::today();
    let mut sections = Vec::new();
    if user.role == Role::Member
        && let Some(organization) = user.organization_id
    {
        sections.push(member_section(&state, organization, today).await?);
    }
    if user.role != Role::Member
        && let Some(section) = reviewer_section(&state, &user, today).await?
    {
        sections.push(section);
    }
    if policy::allows(&user, Action::ViewInbox) {
        sections.push(staff_section(&state, today).await?);
    }
    if policy::allows(&user, Action::PayInstallments) {
        sections.push(finance_section(&state, today).await?);
    }
    state.views.page(
        "start",
        &page.layout("Start", "start"),
        &StartView {
            name: user.display_name().to_owned(),
            sections,
        },
    )
}
