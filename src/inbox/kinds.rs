//! The kinds of item in the inbox, each a loader that answers a page of rows and their count in
//! two SQL queries. The SQL is written here, from constants of this module and the stored values
//! of the enums it names only (no input reaches it), so that one query serves both databases.

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult, Statement};
use serde::Serialize;

use crate::applications::workflow::Status as ApplicationStatus;
use crate::awards::workflow::{AwardStatus, InstallmentStatus, ReportStatus};
use crate::flags::{ON_CAMPAIGN, ON_REQUEST, Reason};
use crate::i18n::{self, Lang};
use crate::pagination::Pagination;

/// One thing that needs a person.
#[derive(Clone, Debug, Serialize, FromQueryResult, utoipa::ToSchema)]
pub struct InboxRow {
    /// The flag, when the row is one (it can then be resolved with a note).
    pub flag_id: Option<i64>,
    /// The flag's reason, or what the item waits for.
    pub reason: String,
    /// What the row is about: `CR-2026-0007 (AZE → IND)`, a campaign's name, an application; in
    /// the language it was loaded in.
    pub title: String,
    /// The page of the record.
    pub link: String,
    /// Since when it has waited.
    pub since: DateTime<Utc>,
    /// The flagged record's id (a coordination request's, a campaign's), when the row is a flag:
    /// its open flags can be resolved at once.
    pub record_id: Option<i64>,
}

/// A page of one kind's rows and how many there are in all.
pub type Loaded = (Vec<InboxRow>, u64);
/// A kind's loader: a page of its rows, their titles in the language given.
pub type Loader =
    for<'a> fn(&'a DatabaseConnection, Pagination, Lang) -> BoxFuture<'a, Result<Loaded, DbErr>>;

/// A kind of item in the inbox.
pub struct Kind {
    pub key: &'static str,
    /// The catalogue's id of its name for people (`inbox-kind-escalation`).
    pub label_id: &'static str,
    pub load: Loader,
}

impl Kind {
    /// The kind for people, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        i18n::text(lang, self.label_id)
    }
}

/// Every kind, in the order the inbox shows them.
pub const KINDS: &[Kind] = &[
    Kind {
        key: "coordination_request",
        label_id: "inbox-kind-coordination-request",
        load: |db, p, _| Box::pin(request_flags(db, p, false)),
    },
    Kind {
        key: "escalation",
        label_id: "inbox-kind-escalation",
        load: |db, p, _| Box::pin(request_flags(db, p, true)),
    },
    Kind {
        key: "state_joined",
        label_id: "inbox-kind-state-joined",
        load: |db, p, _| Box::pin(state_joined(db, p)),
    },
    Kind {
        key: "application_review",
        label_id: "inbox-kind-application-review",
        load: |db, p, _| Box::pin(applications_waiting(db, p)),
    },
    Kind {
        key: "disbursement_due",
        label_id: "inbox-kind-disbursement-due",
        load: |db, p, lang| Box::pin(disbursements_due(db, p, lang)),
    },
    Kind {
        key: "overdue_report",
        label_id: "inbox-kind-overdue-report",
        load: |db, p, lang| Box::pin(overdue_reports(db, p, lang)),
    },
    Kind {
        key: "message_reply",
        label_id: "inbox-kind-message-reply",
        load: |db, p, lang| Box::pin(messages_awaiting(db, p, lang)),
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

/// Stored values as SQL string literals, for `=` or `IN (...)`. They are the `as_str()` of
/// enums of this code (lower case letters and underscores), never input: quoting is enough, and
/// a value renamed in its enum is renamed here too.
fn quoted(values: &[&str]) -> String {
    debug_assert!(
        values
            .iter()
            .all(|v| v.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
    );
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Today in UTC, as SQL text (a constant of the server, not input).
fn today_literal() -> String {
    format!("'{}'", Utc::now().date_naive().format("%Y-%m-%d"))
}

async fn disbursements_due(
    db: &DatabaseConnection,
    p: Pagination,
    lang: Lang,
) -> Result<Loaded, DbErr> {
    let title = message_sql(
        lang,
        "inbox-row-installment",
        &[
            ("reference", "w.reference"),
            ("number", "CAST(d.sequence AS VARCHAR(20))"),
            ("organization", "o.name"),
        ],
    );
    let link = concat(
        db,
        &["'/awards/'", "CAST(w.id AS VARCHAR(20))", "'#payments'"],
    );
    let since = day_start(db, "d.due_on");
    let today = today_literal();
    let active = quoted(&[AwardStatus::Active.as_str()]);
    let due = quoted(&[
        InstallmentStatus::Scheduled.as_str(),
        InstallmentStatus::Approved.as_str(),
    ]);
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, d.status AS reason, {title} AS title, {link} AS link, {since} AS since, CAST(NULL AS BIGINT) AS record_id"
        ),
        &format!(
            "FROM disbursements d JOIN awards w ON w.id = d.award_id \
             JOIN organizations o ON o.id = w.organization_id \
             WHERE w.status = {active} AND d.due_on <= {today} \
             AND d.status IN ({due})"
        ),
        "d.due_on, d.id",
        p,
    )
    .await
}

async fn overdue_reports(
    db: &DatabaseConnection,
    p: Pagination,
    lang: Lang,
) -> Result<Loaded, DbErr> {
    // The kind in words ("Final narrative report"), from the labels of its enum.
    let report_kind = labelled(
        "r.kind",
        crate::rounds::model::ReportKind::ALL
            .iter()
            .map(|k| (k.as_str(), k.label_in(lang))),
    );
    let title = message_sql(
        lang,
        "inbox-row-report",
        &[
            ("reference", "w.reference"),
            ("report", &report_kind),
            ("organization", "o.name"),
        ],
    );
    let link = concat(
        db,
        &["'/awards/'", "CAST(w.id AS VARCHAR(20))", "'#reports'"],
    );
    let since = day_start(db, "r.due_on");
    let today = today_literal();
    let overdue = quoted(&[ReportStatus::Overdue.as_str()]);
    let running = quoted(&[
        AwardStatus::Active.as_str(),
        AwardStatus::Suspended.as_str(),
    ]);
    let due = quoted(&[ReportStatus::Due.as_str()]);
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, {overdue} AS reason, {title} AS title, {link} AS link, {since} AS since, CAST(NULL AS BIGINT) AS record_id"
        ),
        &format!(
            "FROM reports r JOIN awards w ON w.id = r.award_id \
             JOIN organizations o ON o.id = w.organization_id \
             WHERE w.status IN ({running}) AND r.status = {due} AND r.due_on < {today}"
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

/// `column`'s stored value in words, as SQL: a `CASE` over `labels` (the values and labels of
/// an enum of this code, never input; a quote in a label is doubled), the value itself when it
/// is none of them.
fn labelled<'a, L: AsRef<str>>(column: &str, labels: impl Iterator<Item = (&'a str, L)>) -> String {
    let whens: String = labels
        .map(|(value, label)| {
            debug_assert!(value.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
            format!(" WHEN '{value}' THEN {}", literal(label.as_ref()))
        })
        .collect();
    format!("(CASE {column}{whens} ELSE {column} END)")
}

/// Text of this code (a label, a catalogue's message) as an SQL string literal, a quote in it
/// doubled.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// Marks an argument's place in a message being turned into SQL (never in the catalogue).
const MARK: char = '\u{1}';

/// The catalogue's message `id` in `lang` as an SQL expression: its words string literals
/// ([`literal`]), each of its arguments the column expression given for it (`("reference",
/// "w.reference")`), wherever the language puts it, concatenated.
fn message_sql(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let marks: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (*name, format!("{MARK}{i}{MARK}").into()))
        .collect();
    let text = i18n::format(lang, id, &marks);
    let parts: Vec<String> = text
        .split(MARK)
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(
            |(i, piece)| match piece.parse::<usize>().ok().and_then(|n| args.get(n)) {
                // Between two marks: an argument's index.
                Some((_, column)) if i % 2 == 1 => (*column).to_owned(),
                _ => literal(piece),
            },
        )
        .collect();
    if parts.is_empty() {
        return "''".to_owned();
    }
    parts.join(" || ")
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
            "COALESCE(sr.name, r.requesting_state)",
            "' → '",
            "COALESCE(st.name, r.target_state)",
            "')'",
        ],
    );
    let link = concat(
        db,
        &["'/coordination-requests/'", "CAST(r.id AS VARCHAR(20))"],
    );
    let escalated = quoted(&[Reason::Escalated.as_str()]);
    let reason = if escalations {
        format!("f.reason = {escalated}")
    } else {
        format!("f.reason <> {escalated}")
    };
    let on = quoted(&[ON_REQUEST.as_str()]);
    run(
        db,
        &format!(
            "f.id AS flag_id, f.reason AS reason, {title} AS title, {link} AS link, f.raised_at AS since, r.id AS record_id"
        ),
        &format!(
            "FROM flags f JOIN coordination_requests r ON r.id = f.entity_id \
             LEFT JOIN states sr ON sr.iso3 = r.requesting_state \
             LEFT JOIN states st ON st.iso3 = r.target_state \
             WHERE f.entity_type = {on} AND f.resolved_at IS NULL AND {reason}"
        ),
        "f.raised_at, f.id",
        p,
    )
    .await
}

async fn state_joined(db: &DatabaseConnection, p: Pagination) -> Result<Loaded, DbErr> {
    let link = concat(db, &["'/campaigns/'", "CAST(c.id AS VARCHAR(20))"]);
    let on = quoted(&[ON_CAMPAIGN.as_str()]);
    let joined = quoted(&[Reason::StateJoined.as_str()]);
    run(
        db,
        &format!("f.id AS flag_id, f.reason AS reason, c.name AS title, {link} AS link, f.raised_at AS since, c.id AS record_id"),
        &format!(
            "FROM flags f JOIN campaigns c ON c.id = f.entity_id \
             WHERE f.entity_type = {on} AND f.resolved_at IS NULL AND f.reason = {joined}"
        ),
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
    let submitted = quoted(&[ApplicationStatus::Submitted.as_str()]);
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, {submitted} AS reason, {title} AS title, {link} AS link, \
             COALESCE(a.submitted_at, a.updated_at) AS since, CAST(NULL AS BIGINT) AS record_id"
        ),
        &format!(
            "FROM applications a JOIN organizations o ON o.id = a.organization_id \
             WHERE a.status = {submitted}"
        ),
        "COALESCE(a.submitted_at, a.updated_at), a.id",
        p,
    )
    .await
}

/// The threads whose last message (notes aside) is the organization's or the requester's: ICBL
/// owes an answer. One row per thread, since that message.
async fn messages_awaiting(
    db: &DatabaseConnection,
    p: Pagination,
    lang: Lang,
) -> Result<Loaded, DbErr> {
    use crate::threads::{RecordKind, Side};
    let kind = |k: RecordKind| quoted(&[k.as_str()]);
    let (app, award, report, request) = (
        kind(RecordKind::Application),
        kind(RecordKind::Award),
        kind(RecordKind::Report),
        kind(RecordKind::CoordinationRequest),
    );
    let staff = quoted(&[Side::Staff.as_str()]);
    let id = "CAST(m.record_id AS VARCHAR(20))";
    let title = format!(
        "CASE m.record_kind \
         WHEN {app} THEN {} \
         WHEN {award} THEN {} \
         WHEN {report} THEN {} \
         ELSE {} END",
        message_sql(
            lang,
            "inbox-row-message-application",
            &[
                ("reference", "COALESCE(a.reference, a.title)"),
                ("organization", "ao.name"),
            ]
        ),
        message_sql(
            lang,
            "inbox-row-message-award",
            &[("reference", "w.reference"), ("organization", "wo.name")]
        ),
        message_sql(
            lang,
            "inbox-row-message-report",
            &[("reference", "rw.reference"), ("organization", "ro.name")]
        ),
        message_sql(
            lang,
            "inbox-row-message-request",
            &[("reference", "c.reference")]
        ),
    );
    let link = format!(
        "CASE m.record_kind \
         WHEN {app} THEN {} \
         WHEN {award} THEN {} \
         WHEN {report} THEN {} \
         ELSE {} END",
        concat(db, &["'/applications/'", id, "'#conversation'"]),
        concat(db, &["'/awards/'", id, "'#conversation'"]),
        concat(
            db,
            &[
                "'/awards/'",
                "CAST(r.award_id AS VARCHAR(20))",
                "'#report-'",
                id
            ]
        ),
        concat(db, &["'/coordination-requests/'", id, "'#conversation'"]),
    );
    run(
        db,
        &format!(
            "CAST(NULL AS BIGINT) AS flag_id, m.side AS reason, {title} AS title, {link} AS link, \
             m.created_at AS since, CAST(NULL AS BIGINT) AS record_id"
        ),
        &format!(
            "FROM messages m \
             LEFT JOIN applications a ON m.record_kind = {app} AND a.id = m.record_id \
             LEFT JOIN organizations ao ON ao.id = a.organization_id \
             LEFT JOIN awards w ON m.record_kind = {award} AND w.id = m.record_id \
             LEFT JOIN organizations wo ON wo.id = w.organization_id \
             LEFT JOIN reports r ON m.record_kind = {report} AND r.id = m.record_id \
             LEFT JOIN awards rw ON rw.id = r.award_id \
             LEFT JOIN organizations ro ON ro.id = rw.organization_id \
             LEFT JOIN coordination_requests c ON m.record_kind = {request} AND c.id = m.record_id \
             WHERE NOT m.internal AND m.side <> {staff} \
             AND m.id = (SELECT MAX(l.id) FROM messages l WHERE l.record_kind = m.record_kind \
             AND l.record_id = m.record_id AND NOT l.internal)"
        ),
        "m.created_at, m.id",
        p,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_becomes_sql_with_its_arguments_where_the_language_puts_them() {
        let args = [
            ("reference", "w.reference"),
            ("number", "CAST(d.sequence AS VARCHAR(20))"),
            ("organization", "o.name"),
        ];
        assert_eq!(
            message_sql(Lang::En, "inbox-row-installment", &args),
            "w.reference || ': installment ' || CAST(d.sequence AS VARCHAR(20)) || ' (' \
             || o.name || ')'"
        );
        assert_eq!(
            message_sql(Lang::Fr, "inbox-row-installment", &args),
            "w.reference || '\u{a0}: tranche ' || CAST(d.sequence AS VARCHAR(20)) || ' (' \
             || o.name || ')'"
        );
        // A quote of the language's words is doubled.
        assert_eq!(
            labelled("r.kind", [("final_narrative", "l'État")].into_iter()),
            "(CASE r.kind WHEN 'final_narrative' THEN 'l''État' ELSE r.kind END)"
        );
    }
}
