//! The demo's campaigns (Azerbaijan, India, Nepal, Myanmar, the United States) with their
//! activity logs, and coordination requests in every status, some of them overlapping: made
//! through the model functions, as staff and States would make them.

use std::collections::HashMap;

use anyhow::{Context, anyhow};
use chrono::{Duration, Utc};
use sea_orm::ConnectionTrait;

use super::explain;
use crate::audit::Actor;
use crate::campaigns::model::{self as campaigns, ActivityInput, CampaignInput};
use crate::coordination::input::RequestInput;
use crate::coordination::model as requests;
use crate::coordination::transitions::{self, StepInput};
use crate::coordination::workflow::Step;
use crate::entities::organization;
use crate::input::NumberInput;
use crate::notify::Mail;
use crate::treaty::model::{Record, states_with_histories};

/// (state, lead organization keys, name, status, asks, activities (days ago, kind, text, outcome))
type CampaignPlan = (
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [(i64, &'static str, &'static str, &'static str)],
);

const CAMPAIGNS: &[CampaignPlan] = &[
    (
        "AZE",
        &["AZE"],
        "Azerbaijan: from moratorium to accession",
        "active",
        &["accession", "moratorium", "unga_vote"],
        &[
            (
                120,
                "meeting_with_authorities",
                "Meeting with the Ministry of Defence on a moratorium.",
                "A written reply promised.",
            ),
            (
                45,
                "media",
                "Op-ed on the 25th anniversary of the Convention.",
                "Picked up by two national papers.",
            ),
        ],
    ),
    (
        "IND",
        &["IND"],
        "India: a yes vote at the General Assembly",
        "active",
        &["unga_vote", "transparency_report"],
        &[
            (
                90,
                "parliamentary_engagement",
                "Briefing for the parliamentary committee on defence.",
                "Three members asked for a follow-up.",
            ),
            (
                20,
                "workshop",
                "Workshop with survivors in Chhattisgarh.",
                "",
            ),
        ],
    ),
    (
        "NPL",
        &["NPL"],
        "Nepal joins the Convention",
        "active",
        &["accession", "treaty_meetings"],
        &[
            (
                60,
                "meeting_with_authorities",
                "Meeting with the Foreign Ministry on accession.",
                "The ministry will consult the army.",
            ),
            (
                10,
                "military_dialogue",
                "Military-to-military dialogue with a State Party's army.",
                "",
            ),
        ],
    ),
    (
        "MMR",
        &["MMR"],
        "Myanmar: condemnation of use",
        "paused",
        &["condemnation", "stockpile"],
        &[(
            200,
            "research",
            "Landmine Monitor research on new use.",
            "Findings published.",
        )],
    ),
    (
        "USA",
        &[],
        "United States: back to the Ottawa policy",
        "planning",
        &["accession", "moratorium"],
        &[(
            30,
            "research",
            "Mapping of the congressional offices to approach.",
            "",
        )],
    ),
];

/// (requesting, target, approach, starts in days, lasts days, mode, consent, steps taken)
type RequestPlan = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    i64,
    &'static str,
    bool,
    &'static [Step],
);

const REQUESTS: &[RequestPlan] = &[
    ("NOR", "AZE", "capital_meeting", 40, 10, "joint", true, &[]),
    (
        "CAN",
        "AZE",
        "demarche",
        45,
        5,
        "complementary",
        true,
        &[Step::Acknowledge],
    ),
    (
        "AUT",
        "NPL",
        "high_level_visit",
        10,
        3,
        "joint",
        true,
        &[Step::Acknowledge, Step::Coordinate],
    ),
    (
        "CHE",
        "IND",
        "military_dialogue",
        60,
        20,
        "joint",
        false,
        &[Step::Acknowledge, Step::Coordinate, Step::Agree],
    ),
    (
        "NZL",
        "MMR",
        "regional_event",
        30,
        2,
        "complementary",
        true,
        &[
            Step::Acknowledge,
            Step::Coordinate,
            Step::Agree,
            Step::Complete,
        ],
    ),
    (
        "IRL",
        "USA",
        "demarche",
        90,
        10,
        "complementary",
        false,
        &[Step::Decline],
    ),
    (
        "BEL",
        "NPL",
        "capital_meeting",
        12,
        5,
        "joint",
        true,
        &[Step::Withdraw],
    ),
];

pub async fn seed<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    mail: Mail<'_>,
    secret: &[u8],
    orgs: &HashMap<&'static str, organization::Model>,
) -> anyhow::Result<(usize, usize)> {
    let today = Utc::now().date_naive();
    for (state, leads, name, status, asks, activities) in CAMPAIGNS {
        let lead_ids = leads
            .iter()
            .map(|k| {
                orgs.get(k)
                    .map(|o| NumberInput::Number(o.id))
                    .ok_or_else(|| anyhow!("no organization {k} in the demo"))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let input = CampaignInput {
            state: Some((*state).to_owned()),
            name: Some((*name).to_owned()),
            status: Some((*status).to_owned()),
            objectives: Some(format!(
                "{name}: the asks below, pursued by the national campaign with ICBL."
            )),
            asks: Some(asks.iter().map(|a| (*a).to_owned()).collect()),
            lead_organization_ids: Some(lead_ids),
            ..CampaignInput::default()
        };
        let values = input.parse(db, None).await.map_err(explain)?;
        let made = campaigns::create(db, actor, values)
            .await
            .map_err(explain)
            .with_context(|| format!("cannot create the campaign for {state}"))?;
        for (days_ago, kind, description, outcome) in *activities {
            let entry = ActivityInput {
                occurred_on: Some((today - Duration::days(*days_ago)).to_string()),
                kind: Some((*kind).to_owned()),
                description: Some((*description).to_owned()),
                outcome: Some((*outcome).to_owned()),
            };
            campaigns::add_activity(db, actor, made.id, &entry)
                .await
                .map_err(explain)?;
        }
    }
    let record = Record::new(states_with_histories(db).await?);
    for (i, (from, to, approach, starts, lasts, mode, consent, steps)) in
        REQUESTS.iter().enumerate()
    {
        let input = RequestInput {
            requesting_state: Some((*from).to_owned()),
            ministry: Some("Ministry of Foreign Affairs, Arms Control".to_owned()),
            contact_name: Some(format!("Desk officer {}", i + 1)),
            contact_email: Some(format!(
                "desk{}@mfa-{}.example.org",
                i + 1,
                from.to_lowercase()
            )),
            target_state: Some((*to).to_owned()),
            approach: Some((*approach).to_owned()),
            window_start: Some((today + Duration::days(*starts)).to_string()),
            window_end: Some((today + Duration::days(starts + lasts)).to_string()),
            mode: Some((*mode).to_owned()),
            message: Some("We would welcome a word with the national campaign first.".to_owned()),
            consent_to_share: Some(crate::input::YesNo::Bool(*consent)),
            ..RequestInput::default()
        };
        let values = input
            .parse(&record, today)
            .map_err(|e| anyhow!("a demo request does not parse: {e:?}"))?;
        let mut current = requests::record_in(db, mail, &record, actor.clone(), secret, &values)
            .await
            .map_err(explain)?
            .request;
        for step in *steps {
            let message = StepInput {
                message: Some(format!("Demo: {}.", step.label())),
            };
            current = transitions::take(db, mail, secret, actor, current, *step, &message)
                .await
                .map_err(explain)?;
        }
        // Staff share what the requester agreed to share once they have looked at it.
        if *consent && !steps.is_empty() && current.status.is_open() {
            transitions::share(db, mail, &record, actor, current)
                .await
                .map_err(explain)?;
        }
    }
    Ok((CAMPAIGNS.len(), REQUESTS.len()))
}
