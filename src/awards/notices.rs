//! What the member organization is told of its award, by e-mail (its members' accounts and its
//! contact address): a report accepted or sent back (with the reason), an installment approved
//! or paid (amount, date, reference), the award suspended, resumed, terminated or completed
//! (with the reason), or amended (what changed and why). Queued in the transaction of the step (see `crate::notify`, template `notice`), once per step.
//! Each e-mail is written in its recipient's language: its subject and paragraphs come from the
//! catalogue (`awards-mail-*`), amounts and dates in that language's format.

use sea_orm::ConnectionTrait;

use super::model::Full;
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::error::AppError;
use crate::i18n::formats::{date, money};
use crate::i18n::{Lang, format, text};
use crate::notify::{Mail, Notice};

/// An e-mail's subject and paragraphs, in the language asked for.
type Words<'a> = &'a (dyn Fn(Lang) -> (String, Vec<String>) + Send + Sync);

/// Sends the e-mail `words` writes about `full`'s award to its organization, each address in
/// its language.
async fn tell<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
    words: Words<'_>,
) -> Result<(), AppError> {
    let award = &full.award;
    let link = format!("{}/awards/{}", mail.public_url, award.id);
    let guarded =
        crate::sensitivity::concerning(db, Some(&award.target_state), Some(award.organization_id))
            .await?
            .guarded();
    let addresses = crate::members::model::addresses(db, award.organization_id).await?;
    let languages = crate::notify::languages_of(db, &addresses).await?;
    for address in addresses {
        let lang = languages.get(&address).copied().unwrap_or_default();
        if guarded {
            mail.attention(db, lang, &address, link.clone()).await?;
        } else {
            let (subject, paragraphs) = words(lang);
            let link_label = text(lang, "awards-mail-link");
            let notice = Notice {
                subject: &subject,
                reference: &award.reference,
                paragraphs: &paragraphs,
                link: link.clone(),
                link_label: &link_label,
            };
            mail.notice(db, lang, &address, &notice).await?;
        }
    }
    Ok(())
}

/// Message `id` with the award's reference.
fn with_reference(lang: Lang, id: &str, full: &Full) -> String {
    format(
        lang,
        id,
        &[("reference", full.award.reference.clone().into())],
    )
}

/// After a step of the award itself.
pub async fn award_step<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    full: &Full,
    step: AwardStep,
) -> Result<(), AppError> {
    let what = match step {
        AwardStep::Suspend => "suspended",
        AwardStep::Resume => "resumed",
        AwardStep::Terminate => "terminated",
        AwardStep::Complete => "completed",
    };
    let reason = full
        .award
        .status_reason
        .clone()
        .filter(|_| matches!(step, AwardStep::Suspend | AwardStep::Terminate));
    let words = |lang: Lang| {
        let mut paragraphs = vec![text(lang, &format!("awards-mail-{what}"))];
        if let Some(reason) = &reason {
            paragraphs.push(format(
                lang,
                "awards-mail-reason",
                &[("reason", reason.clone().into())],
            ));
        }
        (
            with_reference(lang, &format!("awards-mail-{what}-subject"), full),
            paragraphs,
        )
    };
    tell(db, mail, full, &words).await
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
    let what = match step {
        InstallmentStep::Approve => "approved",
        InstallmentStep::Pay => "paid",
        InstallmentStep::Cancel => return Ok(()),
    };
    let words = |lang: Lang| {
        let args = [
            ("reference", full.award.reference.clone().into()),
            ("number", d.sequence.into()),
            ("amount", money(lang, &full.money(d.amount_minor)).into()),
            (
                "date",
                d.paid_on.map(|p| date(lang, p)).unwrap_or_default().into(),
            ),
            (
                "payment",
                d.payment_reference
                    .clone()
                    .unwrap_or_else(|| text(lang, "awards-mail-no-reference"))
                    .into(),
            ),
        ];
        (
            format(
                lang,
                &format!("awards-mail-installment-{what}-subject"),
                &args,
            ),
            vec![format(
                lang,
                &format!("awards-mail-installment-{what}"),
                &args,
            )],
        )
    };
    tell(db, mail, full, &words).await
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
    let what = match step {
        ReportStep::Accept => "accepted",
        ReportStep::RequestRevision => "sent-back",
        ReportStep::Submit => return Ok(()),
    };
    let words = |lang: Lang| {
        let args = [
            ("reference", full.award.reference.clone().into()),
            ("report", r.kind.label_in(lang).to_lowercase().into()),
        ];
        let mut paragraphs = vec![format(lang, &format!("awards-mail-report-{what}"), &args)];
        if step == ReportStep::RequestRevision {
            let revise = r
                .staff_message
                .clone()
                .unwrap_or_else(|| text(lang, "awards-mail-see-the-page"));
            paragraphs.push(format(
                lang,
                "awards-mail-report-revise",
                &[("revise", revise.into())],
            ));
        }
        (
            format(lang, &format!("awards-mail-report-{what}-subject"), &args),
            paragraphs,
        )
    };
    tell(db, mail, full, &words).await
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
    let words = |lang: Lang| {
        let paragraphs = vec![
            format(
                lang,
                "awards-mail-amended",
                &[
                    ("kind", amendment.kind.label_in(lang).to_lowercase().into()),
                    ("from", date(lang, award.starts_on).into()),
                    ("to", date(lang, award.ends_on).into()),
                    ("amount", money(lang, &full.amount()).into()),
                ],
            ),
            format(
                lang,
                "awards-mail-reason",
                &[("reason", amendment.reason.clone().into())],
            ),
        ];
        (
            with_reference(lang, "awards-mail-amended-subject", full),
            paragraphs,
        )
    };
    tell(db, mail, full, &words).await
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
    let words = |lang: Lang| {
        (
            with_reference(lang, "awards-mail-letter-subject", full),
            vec![
                with_reference(lang, "awards-mail-letter", full),
                text(lang, "awards-mail-letter-sign"),
            ],
        )
    };
    tell(db, mail, full, &words).await
}
