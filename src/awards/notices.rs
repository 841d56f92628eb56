//! What the member organization is told of its award, by e-mail (its members' accounts and its
//! contact address): a report accepted or sent back (with the reason), an installment approved
//! or paid (amount, date, reference), the award suspended, resumed, terminated or completed
//! (with the reason), or amended (what changed and why). Queued in the transaction of the step (see `crate::notify`, template `notice`), once per step.

use sea_orm::ConnectionTrait;

use super::model::Full;
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::error::AppError;
use crate::money::Money;
use crate::notify::{Mail, Notice};

/// Sends `subject` and `paragraphs` about `full`'s award to its organization.
async fn tell<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
    subject: &str,
    paragraphs: &[String],
) -> Result<(), AppError> {
    let award = &full.award;
    let notice = Notice {
        subject,
        reference: &award.reference,
        paragraphs,
        link: format!("{}/awards/{}", mail.public_url, award.id),
        link_label: "Open the award",
    };
    let guarded =
        crate::sensitivity::concerning(db, Some(&award.target_state), Some(award.organization_id))
            .await?
            .guarded();
    let addresses = crate::members::model::addresses(db, award.organization_id).await?;
    let languages = crate::notify::languages_of(db, &addresses).await?;
    for address in addresses {
        let lang = languages.get(&address).copied().unwrap_or_default();
        if guarded {
            mail.attention(db, lang, &address, notice.link.clone())
                .await?;
        } else {
            mail.notice(db, lang, &address, &notice).await?;
        }
    }
    Ok(())
}

/// After a step of the award itself.
pub async fn award_step<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
    step: AwardStep,
) -> Result<(), AppError> {
    let award = &full.award;
    let reason = award
        .status_reason
        .as_deref()
        .map(|r| format!("The reason: {r}"));
    let (what, mut paragraphs) = match step {
        AwardStep::Suspend => (
            "suspended",
            vec!["ICBL has suspended your award: no installment is paid while it lasts.".to_owned()],
        ),
        AwardStep::Resume => (
            "resumed",
            vec!["ICBL has resumed your award: payments and reports continue as scheduled.".to_owned()],
        ),
        AwardStep::Terminate => (
            "terminated",
            vec!["ICBL has terminated your award: no further installment will be paid.".to_owned()],
        ),
        AwardStep::Complete => (
            "completed",
            vec!["Your award is complete: every report is accepted and every installment settled. Thank you.".to_owned()],
        ),
    };
    if matches!(step, AwardStep::Suspend | AwardStep::Terminate) {
        paragraphs.extend(reason);
    }
    let subject = format!("{}: award {what}", award.reference);
    tell(db, mail, full, &subject, &paragraphs).await
}

/// After a step of installment `id` (approved or paid; a cancellation is not told).
pub async fn installment_step<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
    id: i64,
    step: InstallmentStep,
) -> Result<(), AppError> {
    let Some(d) = full.disbursements.iter().find(|d| d.id == id) else {
        return Ok(());
    };
    let amount = Money::from_minor(d.amount_minor, full.currency()).display();
    let reference = &full.award.reference;
    let (subject, paragraph) = match step {
        InstallmentStep::Approve => (
            format!("{reference}: installment {} approved", d.sequence),
            format!(
                "Installment {} of your award, {amount}, is approved for payment.",
                d.sequence
            ),
        ),
        InstallmentStep::Pay => (
            format!("{reference}: installment {} paid", d.sequence),
            format!(
                "Installment {} of your award, {amount}, was paid on {} (payment reference {}).",
                d.sequence,
                d.paid_on.map(|p| p.to_string()).unwrap_or_default(),
                d.payment_reference.as_deref().unwrap_or("none")
            ),
        ),
        InstallmentStep::Cancel => return Ok(()),
    };
    tell(db, mail, full, &subject, &[paragraph]).await
}

/// After staff accept report `id` or send it back (a submission is the member's own doing).
pub async fn report_step<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
    id: i64,
    step: ReportStep,
) -> Result<(), AppError> {
    let Some(r) = full.reports.iter().find(|r| r.id == id) else {
        return Ok(());
    };
    let kind = r.kind.label();
    let reference = &full.award.reference;
    let (subject, paragraphs) = match step {
        ReportStep::Accept => (
            format!("{reference}: {} accepted", kind.to_lowercase()),
            vec![format!("ICBL has accepted your {}.", kind.to_lowercase())],
        ),
        ReportStep::RequestRevision => (
            format!("{reference}: {} sent back", kind.to_lowercase()),
            vec![
                format!(
                    "ICBL asks you to revise your {} and submit it again.",
                    kind.to_lowercase()
                ),
                format!(
                    "What to revise: {}",
                    r.staff_message.as_deref().unwrap_or("see the award's page")
                ),
            ],
        ),
        ReportStep::Submit => return Ok(()),
    };
    tell(db, mail, full, &subject, &paragraphs).await
}

/// After an amendment: its kind and reason (the latest amendment of the award).
pub async fn amended<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
) -> Result<(), AppError> {
    let Some(amendment) = full.amendments.iter().max_by_key(|a| a.id) else {
        return Ok(());
    };
    let award = &full.award;
    let paragraphs = [
        format!(
            "ICBL has amended your award: {}. It now runs from {} to {}, for {}.",
            amendment.kind.label().to_lowercase(),
            award.starts_on,
            award.ends_on,
            Money::from_minor(award.amount_minor, full.currency()).display()
        ),
        format!("The reason: {}", amendment.reason),
    ];
    let subject = format!("{}: award amended", award.reference);
    tell(db, mail, full, &subject, &paragraphs).await
}

/// One line of news on the member's start page: what happened to one of its awards.
#[derive(Clone, Debug, serde::Serialize)]
pub struct NewsLine {
    pub award_id: i64,
    pub reference: String,
    /// "2 Dec 2026", in the reader's zone.
    pub when: String,
    /// "A report was accepted".
    pub what: &'static str,
}

#[derive(Debug, sea_orm::FromQueryResult)]
struct NewsRow {
    occurred_at: chrono::DateTime<chrono::Utc>,
    action: String,
    award_id: i64,
    reference: String,
}

/// The steps the organization is told of by e-mail, in words for its start page.
const NEWS: &[(&str, &str)] = &[
    ("report_accept", "A report was accepted"),
    (
        "report_request_revision",
        "A report was sent back for revision",
    ),
    (
        "installment_approve",
        "An installment was approved for payment",
    ),
    ("installment_pay", "An installment was paid"),
    ("award_suspend", "The award was suspended"),
    ("award_resume", "The award was resumed"),
    ("award_terminate", "The award was terminated"),
    ("award_complete", "The award was completed"),
    ("award_amended_extension", "The award was extended"),
    (
        "award_amended_amount_change",
        "The award's amount was changed",
    ),
    (
        "award_amended_budget_revision",
        "The award's budget was revised",
    ),
];

/// The latest `limit` steps taken on organization `organization_id`'s awards that it was told
/// of, newest first: one query, through the audit log's index on its records.
pub async fn news<C: ConnectionTrait>(
    db: &C,
    organization_id: i64,
    zone: chrono_tz::Tz,
    limit: u64,
) -> Result<Vec<NewsLine>, AppError> {
    use sea_orm::{FromQueryResult, Statement};
    let backend = db.get_database_backend();
    let actions = NEWS
        .iter()
        .map(|(action, _)| format!("'{action}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let (org, lim) = match backend {
        sea_orm::DbBackend::Postgres => ("$1", "$2"),
        _ => ("?", "?"),
    };
    let sql = format!(
        "SELECT e.occurred_at, e.action, w.id AS award_id, w.reference \
         FROM awards w JOIN audit_events e \
           ON e.entity_type = 'award' AND e.entity_id = CAST(w.id AS TEXT) \
         WHERE w.organization_id = {org} AND e.action IN ({actions}) \
         ORDER BY e.id DESC LIMIT {lim}"
    );
    let rows = NewsRow::find_by_statement(Statement::from_sql_and_values(
        backend,
        sql,
        [
            organization_id.into(),
            i64::try_from(limit).unwrap_or(i64::MAX).into(),
        ],
    ))
    .all(db)
    .await?;
    rows.into_iter()
        .map(|r| {
            let what = NEWS
                .iter()
                .find(|(action, _)| *action == r.action)
                .map(|(_, words)| *words)
                .ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!(
                        "news of an action the code does not know: {}",
                        r.action
                    ))
                })?;
            Ok(NewsLine {
                award_id: r.award_id,
                reference: r.reference,
                when: r
                    .occurred_at
                    .with_timezone(&zone)
                    .format("%-d %b %Y")
                    .to_string(),
                what,
            })
        })
        .collect()
}

/// After staff sent the award letter: it is among the award's documents, to sign and return.
pub async fn letter_sent<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
) -> Result<(), AppError> {
    let reference = &full.award.reference;
    let subject = format!("{reference}: your award letter");
    let paragraphs = [
        format!(
            "The award letter of your grant {reference} is ready: it is among the award's \
             documents, and its page prints it."
        ),
        "Please sign it and return it to ICBL: the first installment is paid once the signed \
         letter is received."
            .to_owned(),
    ];
    tell(db, mail, full, &subject, &paragraphs).await
}
