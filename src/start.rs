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
use crate::i18n::{self, Lang};
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
    heading: String,
    items: Vec<Item>,
    total: u64,
    more: bool,
    all_link: &'static str,
    /// What an empty list says.
    empty: String,
}

impl List {
    /// `heading` and `empty` are the catalogue's ids.
    fn new(
        lang: Lang,
        id: &'static str,
        heading: &str,
        items: Vec<Item>,
        total: u64,
        all_link: &'static str,
        empty: &str,
    ) -> Self {
        Self {
            id,
            heading: i18n::text(lang, heading),
            more: total > items.len() as u64,
            items,
            total,
            all_link,
            empty: i18n::text(lang, empty),
        }
    }
}

/// A count of the inbox, linked to those items.
#[derive(Serialize)]
struct Count {
    label: String,
    total: u64,
    link: String,
}

/// One section: a part the person plays.
#[derive(Serialize)]
struct Section {
    id: &'static str,
    heading: String,
    counts: Vec<Count>,
    lists: Vec<List>,
}

#[derive(Serialize)]
struct StartView {
    name: String,
    sections: Vec<Section>,
}

/// `2 Dec 2026`, `2 déc. 2026`.
fn short(lang: Lang, date: NaiveDate) -> String {
    i18n::formats::date(lang, date)
}

fn due(lang: Lang, date: NaiveDate) -> String {
    i18n::format(lang, "start-due", &[("date", short(lang, date).into())])
}

fn shown() -> Pagination {
    Pagination {
        page: 1,
        per_page: SHOWN,
    }
}

fn application_item(row: &list::Row, detail: String, lang: Lang) -> Item {
    let reference = row
        .reference
        .clone()
        .unwrap_or_else(|| format!("#{}", row.id));
    let title = if row.title.trim().is_empty() {
        i18n::format(lang, "start-untitled", &[("reference", reference.into())])
    } else {
        format!("{reference} {}", row.title)
    };
    Item {
        title,
        link: format!("/applications/{}", row.id),
        detail,
        aside: i18n::formats::money(lang, &row.requested()),
        overdue: false,
    }
}

fn deadline_item(mut d: Deadline, today: NaiveDate, detail: String, lang: Lang) -> Item {
    d.localize(lang);
    Item {
        aside: due(lang, d.due_on),
        overdue: d.due_on < today,
        title: d.title,
        link: d.link,
        detail,
    }
}

fn installment_item(row: &DueRow, today: NaiveDate, paid: bool, lang: Lang) -> Item {
    let date = if paid { row.paid_on } else { row.due_on };
    let amount = i18n::formats::money(lang, &row.amount());
    let args = |date: NaiveDate| {
        [
            ("amount", amount.clone().into()),
            ("date", short(lang, date).into()),
        ]
    };
    Item {
        title: i18n::format(
            lang,
            "start-installment",
            &[
                ("number", row.sequence.into()),
                ("reference", row.reference.clone().into()),
            ],
        ),
        link: format!("/awards/{}", row.award_id),
        detail: row.organization_name.clone(),
        aside: match date {
            Some(date) if paid => i18n::format(lang, "start-amount-paid", &args(date)),
            Some(date) => i18n::format(lang, "start-amount-due", &args(date)),
            None => amount.clone(),
        },
        overdue: !paid && row.due_on.is_some_and(|d| d < today),
    }
}

async fn member_section(
    state: &AppState,
    organization: i64,
    today: NaiveDate,
    lang: Lang,
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
                format!("{}: {}", row.round_name, Status::Draft.next_step_in(lang)),
                lang,
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
                i18n::format(
                    lang,
                    "start-status-next",
                    &[
                        ("status", row.status.label_in(lang).into_owned().into()),
                        ("next", row.status.next_step_in(lang).into()),
                    ],
                ),
                lang,
            )
        })
        .collect();
    // Every report still owed, however far its date: a final report falls due after the
    // award ends, an overdue one may be long past.
    let (reports, reports_total) = deadlines::reports_owed(db, organization, SHOWN).await?;
    let reports = reports
        .into_iter()
        .map(|d| {
            let detail = i18n::text(
                lang,
                if d.due_on < today {
                    "start-report-overdue"
                } else {
                    "start-report-submit"
                },
            );
            deadline_item(d, today, detail, lang)
        })
        .collect();
    let (payments, payments_total) = disbursements::paid_recently(db, organization, SHOWN).await?;
    let payments = payments
        .iter()
        .map(|row| installment_item(row, today, true, lang))
        .collect();
    Ok(Section {
        id: "organization",
        heading: i18n::text(lang, "start-organization"),
        counts: Vec::new(),
        lists: vec![
            List::new(
                lang,
                "drafts",
                "start-drafts",
                drafts,
                drafts_total,
                "/applications?status=draft",
                "start-drafts-none",
            ),
            List::new(
                lang,
                "in-progress",
                "start-in-progress",
                in_progress,
                in_progress_total,
                "/applications",
                "start-in-progress-none",
            ),
            List::new(
                lang,
                "reports-due",
                "start-reports-due",
                reports,
                reports_total,
                "/deadlines",
                "start-reports-due-none",
            ),
            List::new(
                lang,
                "payments",
                "start-payments",
                payments,
                payments_total,
                "/awards",
                "start-payments-none",
            ),
        ],
    })
}

/// The reviews assigned to the person and not yet given, soonest due first.
async fn reviewer_section(
    state: &AppState,
    user: &CurrentUser,
    today: NaiveDate,
    lang: Lang,
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
            let detail = i18n::text(
                lang,
                if d.due_on < today {
                    "start-review-overdue"
                } else {
                    "start-review-todo"
                },
            );
            deadline_item(d, today, detail, lang)
        })
        .collect();
    Ok(Some(Section {
        id: "reviews",
        heading: i18n::text(lang, "start-reviews"),
        counts: Vec::new(),
        lists: vec![List::new(
            lang,
            "assignments",
            "start-assigned",
            items,
            total,
            "/applications",
            "start-assigned-none",
        )],
    }))
}

async fn staff_section(
    state: &AppState,
    today: NaiveDate,
    lang: Lang,
) -> Result<Section, AppError> {
    let db = &state.db;
    // The inbox's counts: each kind counted in SQL (one row of each read with it).
    let inbox = inbox::load(
        db,
        &InboxParams {
            per_page: Some("1".to_owned()),
            ..InboxParams::default()
        },
        lang,
    )
    .await?;
    let counts = inbox
        .groups
        .into_iter()
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
            let state_name = match (&row.target_state, &row.state_name) {
                (Some(code), Some(name)) => i18n::states::name(lang, code, name).to_owned(),
                (_, Some(name)) => name.clone(),
                _ => i18n::text(lang, "start-no-state"),
            };
            application_item(
                row,
                format!("{} · {state_name}", row.organization_name),
                lang,
            )
        })
        .collect();
    // However long ago received: no lower bound on the date.
    let (requests, requests_total) = deadlines::requests_unacknowledged(state, SHOWN).await?;
    let requests = requests
        .into_iter()
        .map(|d| deadline_item(d, today, i18n::text(lang, "start-request-todo"), lang))
        .collect();
    let overdue_kind = inbox::KINDS
        .iter()
        .find(|k| k.key == "overdue_report")
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the inbox has no overdue reports")))?;
    let (overdue, overdue_total) = (overdue_kind.load)(db, shown(), lang).await?;
    let overdue = overdue
        .into_iter()
        .map(|row| Item {
            title: row.title,
            link: row.link,
            detail: i18n::text(lang, "start-report-remind"),
            aside: due(lang, row.since.date_naive()),
            overdue: true,
        })
        .collect();
    Ok(Section {
        id: "staff",
        heading: i18n::text(lang, "start-staff"),
        counts,
        lists: vec![
            List::new(
                lang,
                "applications-waiting",
                "start-applications-waiting",
                applications,
                applications_total,
                "/applications?status=submitted",
                "start-applications-waiting-none",
            ),
            List::new(
                lang,
                "requests",
                "start-requests",
                requests,
                requests_total,
                "/coordination-requests?status=received",
                "start-requests-none",
            ),
            List::new(
                lang,
                "reports-overdue",
                "start-reports-overdue",
                overdue,
                overdue_total,
                "/inbox?kind=overdue_report",
                "start-reports-overdue-none",
            ),
        ],
    })
}

async fn finance_section(
    state: &AppState,
    today: NaiveDate,
    lang: Lang,
) -> Result<Section, AppError> {
    let horizon = today + chrono::Days::new(30);
    let (due, due_total) =
        disbursements::queue(&state.db, Queue::Due { until: horizon }, shown()).await?;
    let (approved, approved_total) =
        disbursements::queue(&state.db, Queue::Approved, shown()).await?;
    let items = |rows: Vec<DueRow>| -> Vec<Item> {
        rows.into_iter()
            .map(|row| installment_item(&row, today, false, lang))
            .collect()
    };
    Ok(Section {
        id: "finance",
        heading: i18n::text(lang, "start-finance"),
        counts: Vec::new(),
        lists: vec![
            List::new(
                lang,
                "to-approve",
                "start-to-approve",
                items(due),
                due_total,
                "/finance",
                "start-to-approve-none",
            ),
            List::new(
                lang,
                "to-pay",
                "start-to-pay",
                items(approved),
                approved_total,
                "/finance",
                "start-to-pay-none",
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
    let lang = page.lang;
    let mut sections = Vec::new();
    if user.role == Role::Member
        && let Some(organization) = user.organization_id
    {
        sections.push(member_section(&state, organization, today, lang).await?);
    }
    if user.role != Role::Member
        && let Some(section) = reviewer_section(&state, &user, today, lang).await?
    {
        sections.push(section);
    }
    if policy::allows(&user, Action::ViewInbox) {
        sections.push(staff_section(&state, today, lang).await?);
    }
    if policy::allows(&user, Action::PayInstallments) {
        sections.push(finance_section(&state, today, lang).await?);
    }
    state.views.page(
        "start",
        &page.layout(i18n::text(lang, "nav-start"), "start"),
        &StartView {
            name: user.display_name().to_owned(),
            sections,
        },
    )
}
