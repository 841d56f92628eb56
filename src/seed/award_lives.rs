//! The demo's awards after the decision: each is taken through a different life with the
//! service's own model functions, so that every status of awards, installments and reports
//! shows up: completed, active with payments pending and reports overdue, suspended,
//! terminated, a report sent back for revision.

use anyhow::Context;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};

use crate::audit::Actor;
use crate::awards::model::{self as awards, AwardStepInput, Full};
use crate::awards::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::awards::{disbursements, reports};
use crate::entities::award;
use crate::error::AppError;

fn explain(error: AppError) -> anyhow::Error {
    match error {
        AppError::Validation(fields) => anyhow::anyhow!("{:?}", fields.first_of_each()),
        other => anyhow::anyhow!("{other}"),
    }
}

/// The demo's reports declare what they planned: any tolerance will do.
const DEMO_TOLERANCE_PERCENT: u32 = 10;

async fn reload<C: ConnectionTrait>(db: &C, id: i64) -> anyhow::Result<Full> {
    let award = crate::db::get_for_update::<award::Entity, _>(db, id, "award")
        .await
        .map_err(explain)?;
    awards::load(db, award).await.map_err(explain)
}

async fn pay<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    award: i64,
    nth: usize,
    on: &str,
) -> anyhow::Result<()> {
    let full = reload(db, award).await?;
    let id = full.disbursements[nth].id;
    disbursements::take(
        db,
        actor,
        &full,
        id,
        InstallmentStep::Approve,
        &Default::default(),
    )
    .await
    .map_err(explain)?;
    let full = reload(db, award).await?;
    let input = disbursements::InstallmentInput {
        paid_on: Some(on.to_owned()),
        payment_reference: Some(format!("ICBL-PAY-{award}-{}", nth + 1)),
        ..Default::default()
    };
    disbursements::take(db, actor, &full, id, InstallmentStep::Pay, &input)
        .await
        .map_err(explain)?;
    Ok(())
}

async fn report<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    award: i64,
    nth: usize,
    steps: &[ReportStep],
) -> anyhow::Result<()> {
    for step in steps {
        let full = reload(db, award).await?;
        let id = full.reports[nth].id;
        let input = reports::ReportInput {
            narrative: Some(
                "The campaign met the Ministry of Foreign Affairs twice and briefed the parliamentary \
                 committee; survivors spoke at both meetings."
                    .to_owned(),
            ),
            outcomes: Some(vec![
                "A meeting with the Deputy Minister of Foreign Affairs".to_owned(),
                "A written answer to the parliamentary question on accession".to_owned(),
            ]),
            spending: Some(vec![
                reports::SpendingInput {
                    category: "travel".to_owned(),
                    amount: "900.00".to_owned(),
                },
                reports::SpendingInput {
                    category: "meetings".to_owned(),
                    amount: "650.00".to_owned(),
                },
            ]),
            message: Some("Please add the names of the officials met and the dates.".to_owned()),
        };
        reports::take(db, actor, &full, id, *step, &input, DEMO_TOLERANCE_PERCENT)
            .await
            .map_err(explain)?;
    }
    Ok(())
}

async fn award_step<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    award: i64,
    step: AwardStep,
    reason: &str,
) -> anyhow::Result<()> {
    let full = reload(db, award).await?;
    let input = AwardStepInput {
        reason: Some(reason.to_owned()),
    };
    awards::take(db, actor, full, step, &input)
        .await
        .map_err(explain)?;
    Ok(())
}

/// Plays the lives over the awards, oldest first. Returns how many awards it touched.
pub async fn play<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    past_year: i32,
) -> anyhow::Result<usize> {
    let ids: Vec<i64> = award::Entity::find()
        .order_by_asc(award::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let signed_on = format!("{past_year}-04-20");
    let paid_on = format!("{past_year}-05-15");
    let later = format!("{}-02-10", past_year + 1);
    use ReportStep::{Accept, RequestRevision, Submit};
    for (i, id) in ids.iter().copied().enumerate() {
        let life = async {
            let full = reload(db, id).await?;
            let reports = full.reports.len();
            // Every agreement is signed, but that of the organization that dissolved first.
            if i % 6 != 4 {
                awards::record_signature(db, actor, full, &Some(signed_on.clone()))
                    .await
                    .map_err(explain)?;
            }
            match i % 6 {
                // Completed: paid in full, every report accepted.
                0 => {
                    pay(db, actor, id, 0, &paid_on).await?;
                    for n in 0..reports {
                        report(db, actor, id, n, &[Submit, Accept]).await?;
                    }
                    pay(db, actor, id, 1, &later).await?;
                    award_step(db, actor, id, AwardStep::Complete, "").await?;
                }
                // Active: first installment paid, interim accepted, final narrative submitted,
                // final financial still owed (overdue once its date passes).
                1 => {
                    pay(db, actor, id, 0, &paid_on).await?;
                    report(db, actor, id, 0, &[Submit, Accept]).await?;
                    if reports > 1 {
                        report(db, actor, id, 1, &[Submit]).await?;
                    }
                }
                // Suspended while an audit runs.
                2 => {
                    pay(db, actor, id, 0, &paid_on).await?;
                    award_step(
                        db,
                        actor,
                        id,
                        AwardStep::Suspend,
                        "Financial audit of the campaign's accounts under way",
                    )
                    .await?;
                }
                // Active: the first installment approved, waiting for payment.
                3 => {
                    let full = reload(db, id).await?;
                    let first = full.disbursements[0].id;
                    disbursements::take(
                        db,
                        actor,
                        &full,
                        first,
                        InstallmentStep::Approve,
                        &Default::default(),
                    )
                    .await
                    .map_err(explain)?;
                }
                // Terminated: the partner organization dissolved; the installment cancelled.
                4 => {
                    let full = reload(db, id).await?;
                    let first = full.disbursements[0].id;
                    let input = disbursements::InstallmentInput {
                        reason: Some("The organization dissolved before signing".to_owned()),
                        ..Default::default()
                    };
                    disbursements::take(db, actor, &full, first, InstallmentStep::Cancel, &input)
                        .await
                        .map_err(explain)?;
                    award_step(
                        db,
                        actor,
                        id,
                        AwardStep::Terminate,
                        "The organization dissolved before signing the agreement",
                    )
                    .await?;
                }
                // Active: its interim report sent back for revision.
                _ => {
                    report(db, actor, id, 0, &[Submit, RequestRevision]).await?;
                }
            }
            anyhow::Ok(())
        };
        life.await
            .with_context(|| format!("the life of award {id}"))?;
    }
    Ok(ids.len())
}
