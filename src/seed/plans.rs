//! The demo's people, organizations and applications: what `demo` makes, as data.

use crate::auth::Role;

/// A member organization of the demo.
pub(super) struct Org {
    /// How the plans below name it.
    pub(super) key: &'static str,
    pub(super) name: &'static str,
    pub(super) acronym: &'static str,
    pub(super) country: &'static str,
    pub(super) kind: &'static str,
    pub(super) joined_on: &'static str,
    /// The address of its office (`…@example.org`).
    pub(super) contact: &'static str,
    /// Its coordinator, who has the organization's account.
    pub(super) person: &'static str,
    pub(super) email: &'static str,
    /// The language it works in, and its coordinator's pages and e-mails.
    pub(super) language: &'static str,
}

pub(super) const ORGANIZATIONS: &[Org] = &[
    Org {
        key: "AZE",
        name: "Azerbaijan Campaign to Ban Landmines",
        acronym: "AzCBL",
        country: "AZE",
        kind: "national_campaign",
        joined_on: "1998-03-01",
        contact: "office@azcbl.example.org",
        person: "Nigar Mammadova",
        email: "nigar.mammadova@example.org",
        language: "en",
    },
    Org {
        key: "IND",
        name: "India Campaign to Ban Landmines",
        acronym: "ICBL-India",
        country: "IND",
        kind: "national_campaign",
        joined_on: "1997-06-15",
        contact: "office@icbl-india.example.org",
        person: "Priya Raman",
        email: "priya.raman@example.org",
        language: "en",
    },
    Org {
        key: "NPL",
        name: "Nepal Campaign to Ban Landmines",
        acronym: "NCBL",
        country: "NPL",
        kind: "national_campaign",
        joined_on: "1995-11-20",
        contact: "office@ncbl.example.org",
        person: "Sanjay Thapa",
        email: "sanjay.thapa@example.org",
        language: "en",
    },
    Org {
        key: "MMR",
        name: "Myanmar Campaign to Ban Landmines",
        acronym: "MCBL",
        country: "MMR",
        kind: "national_campaign",
        joined_on: "2004-09-01",
        contact: "office@mcbl.example.org",
        person: "Thandar Aung",
        email: "thandar.aung@example.org",
        language: "en",
    },
    Org {
        key: "LKA",
        name: "Sri Lanka Campaign to Ban Landmines",
        acronym: "SLCBL",
        country: "LKA",
        kind: "national_campaign",
        joined_on: "1999-05-10",
        contact: "office@slcbl.example.org",
        person: "Dilani Perera",
        email: "dilani.perera@example.org",
        language: "en",
    },
    Org {
        key: "LKA-SURVIVORS",
        name: "Sri Lanka Landmine Survivors Network",
        acronym: "SLLSN",
        country: "LKA",
        kind: "survivor_network",
        joined_on: "2008-02-01",
        contact: "office@sllsn.example.org",
        person: "Ruwan Fernando",
        email: "ruwan.fernando@example.org",
        language: "en",
    },
    Org {
        key: "PAK",
        name: "Pakistan Campaign to Ban Landmines",
        acronym: "PCBL",
        country: "PAK",
        kind: "national_campaign",
        joined_on: "2001-04-12",
        contact: "office@pcbl.example.org",
        person: "Ayesha Khan",
        email: "ayesha.khan@example.org",
        language: "en",
    },
    Org {
        key: "EGY",
        name: "Egyptian Campaign to Ban Landmines",
        acronym: "ECBL",
        country: "EGY",
        kind: "national_campaign",
        joined_on: "2003-10-05",
        contact: "office@ecbl.example.org",
        person: "Omar Hassan",
        email: "omar.hassan@example.org",
        language: "en",
    },
    Org {
        key: "MAR",
        name: "Moroccan Campaign to Ban Landmines",
        acronym: "MaCBL",
        country: "MAR",
        kind: "national_campaign",
        joined_on: "2002-01-15",
        contact: "office@macbl.example.org",
        person: "Salma Benali",
        email: "salma.benali@example.org",
        language: "en",
    },
    Org {
        key: "LBN",
        name: "Lebanon Campaign to Ban Landmines",
        acronym: "LCBL",
        country: "LBN",
        kind: "national_campaign",
        joined_on: "2000-06-01",
        contact: "office@lcbl.example.org",
        person: "Rami Haddad",
        email: "rami.haddad@example.org",
        language: "en",
    },
    Org {
        key: "VNM",
        name: "Viet Nam Network for Mine Action",
        acronym: "VNMA",
        country: "VNM",
        kind: "ngo",
        joined_on: "2006-03-20",
        contact: "office@vnma.example.org",
        person: "Nguyen Thi Lan",
        email: "nguyen.thi.lan@example.org",
        language: "en",
    },
    Org {
        key: "GEO",
        name: "Georgian Campaign to Ban Landmines",
        acronym: "GCBL",
        country: "GEO",
        kind: "national_campaign",
        joined_on: "1999-09-09",
        contact: "office@gcbl.example.org",
        person: "Nino Beridze",
        email: "nino.beridze@example.org",
        language: "en",
    },
    Org {
        key: "ARM",
        name: "Armenian Campaign to Ban Landmines",
        acronym: "ArmCBL",
        country: "ARM",
        kind: "national_campaign",
        joined_on: "2001-11-30",
        contact: "office@armcbl.example.org",
        person: "Anahit Petrosyan",
        email: "anahit.petrosyan@example.org",
        language: "en",
    },
    Org {
        key: "USA",
        name: "US Campaign to Ban Landmines",
        acronym: "USCBL",
        country: "USA",
        kind: "national_campaign",
        joined_on: "1992-10-01",
        contact: "office@uscbl.example.org",
        person: "Jessica Miller",
        email: "jessica.miller@example.org",
        language: "en",
    },
    Org {
        key: "SGP",
        name: "Singapore Coalition Against Landmines",
        acronym: "SCAL",
        country: "SGP",
        kind: "ngo",
        joined_on: "2010-05-01",
        contact: "office@scal.example.org",
        person: "Tan Wei Ling",
        email: "tan.weiling@example.org",
        language: "en",
    },
    Org {
        key: "LBY",
        name: "Libyan Campaign to Ban Landmines",
        acronym: "LyCBL",
        country: "LBY",
        kind: "national_campaign",
        joined_on: "2012-04-01",
        contact: "office@lycbl.example.org",
        person: "Khaled Mansour",
        email: "khaled.mansour@example.org",
        language: "en",
    },
    Org {
        key: "KOR",
        name: "Korea Campaign to Ban Landmines",
        acronym: "KCBL",
        country: "KOR",
        kind: "national_campaign",
        joined_on: "1997-09-01",
        contact: "office@kcbl.example.org",
        person: "Park Ji-woo",
        email: "park.jiwoo@example.org",
        language: "en",
    },
    Org {
        key: "LAO",
        name: "Lao Network Against Landmines",
        acronym: "LNAL",
        country: "LAO",
        kind: "ngo",
        joined_on: "2009-12-01",
        contact: "office@lnal.example.org",
        person: "Souksavanh Phommachanh",
        email: "souksavanh.p@example.org",
        language: "en",
    },
    Org {
        key: "FIN",
        name: "Finnish Campaign to Ban Landmines",
        acronym: "FiCBL",
        country: "FIN",
        kind: "national_campaign",
        joined_on: "1996-02-01",
        contact: "office@ficbl.example.org",
        person: "Aino Virtanen",
        email: "aino.virtanen@example.org",
        language: "en",
    },
    Org {
        key: "SEN",
        name: "Campagne sénégalaise pour interdire les mines",
        acronym: "CSIM",
        country: "SEN",
        kind: "national_campaign",
        joined_on: "1998-09-12",
        contact: "bureau@csim.example.org",
        person: "Aïssatou Diallo",
        email: "aissatou.diallo@example.org",
        language: "fr",
    },
    Org {
        key: "COL",
        name: "Red Colombiana contra las Minas Antipersonal",
        acronym: "RCMA",
        country: "COL",
        kind: "national_campaign",
        joined_on: "2000-03-01",
        contact: "oficina@rcma.example.org",
        person: "Valentina Rojas",
        email: "valentina.rojas@example.org",
        language: "es",
    },
];

/// ICBL's own people: (name, email, role, country).
pub(super) const PEOPLE: &[(&str, &str, Role, Option<&str>)] = &[
    (
        "Helena Brandt",
        "helena.brandt@example.org",
        Role::Admin,
        None,
    ),
    (
        "Claire Dubois",
        "claire.dubois@example.org",
        Role::Staff,
        None,
    ),
    (
        "Martin Keller",
        "martin.keller@example.org",
        Role::Finance,
        None,
    ),
    (
        "Sarah Whitfield",
        "sarah.whitfield@example.org",
        Role::Reviewer,
        Some("GBR"),
    ),
    (
        "Daniel Osei",
        "daniel.osei@example.org",
        Role::Reviewer,
        None,
    ),
];

/// Which round an application is made in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Which {
    Past,
    Open,
}

/// A review: by the first or second reviewer of [`PEOPLE`]; scored (relevance, feasibility,
/// value for money, capacity, recommendation, comment) or only assigned.
pub(super) struct ReviewPlan {
    pub(super) reviewer: usize,
    pub(super) scores: Option<([i64; 4], &'static str, &'static str)>,
}

/// Where an application ends up, and how it gets there.
pub(super) enum Fate {
    Draft,
    Submitted,
    UnderReview(&'static [ReviewPlan]),
    ChangesRequested(&'static str),
    /// Changes requested, made (the budget replaced), resubmitted: under review again.
    Revised {
        message: &'static str,
        lines: &'static [(&'static str, &'static str, &'static str)],
        reviews: &'static [ReviewPlan],
    },
    Approved {
        amount: &'static str,
        conditions: &'static str,
        reviews: &'static [ReviewPlan],
    },
    Rejected {
        reason: &'static str,
        reviews: &'static [ReviewPlan],
    },
    /// Withdrawn by the organization, after submitting it or as a draft.
    Withdrawn {
        submitted: bool,
    },
}

/// One application of the demo. Activity dates are month-day: the year is the one after the
/// round's (open round) or the round's own (past round).
pub(super) struct Plan {
    pub(super) org: &'static str,
    pub(super) round: Which,
    pub(super) target: &'static str,
    pub(super) title: &'static str,
    pub(super) summary: &'static str,
    pub(super) objectives: &'static str,
    pub(super) tier: &'static str,
    pub(super) lower_tier_plan: &'static str,
    pub(super) activities: &'static [(&'static str, &'static str, &'static str, &'static str)],
    pub(super) lines: &'static [(&'static str, &'static str, &'static str)],
    pub(super) fate: Fate,
}

pub(super) const PLANS: &[Plan] = &[
    // The past round: decided, as a closed round is.
    Plan {
        org: "AZE",
        round: Which::Past,
        target: "AZE",
        title: "Talks with the Ministry of Defence on accession to the Mine Ban Treaty",
        summary: "Two working meetings in Baku with the Ministry of Defence and the Ministry of \
                  Foreign Affairs on the steps to accession, with a briefing paper on the \
                  stockpile destruction obligations and the support available to meet them.",
        objectives: "A written commitment from the Ministry of Foreign Affairs to study accession; \
                     a contact point in the Ministry of Defence for the campaign.",
        tier: "high",
        lower_tier_plan: "One meeting, with the Ministry of Foreign Affairs only, and the briefing \
                          paper shared by email.",
        activities: &[
            (
                "meeting_with_authorities",
                "Meeting with the Ministry of Defence, Baku",
                "05-12",
                "05-12",
            ),
            (
                "meeting_with_authorities",
                "Meeting with the Ministry of Foreign Affairs, Baku",
                "05-14",
                "05-14",
            ),
        ],
        lines: &[
            ("travel", "Travel of two campaigners to Baku", "1200.00"),
            ("meetings", "Meeting room and interpretation", "1800.00"),
            (
                "personnel",
                "Campaign coordinator, three months part time",
                "1500.00",
            ),
            (
                "communications",
                "Briefing paper: writing and printing",
                "500.00",
            ),
        ],
        fate: Fate::Approved {
            amount: "5000.00",
            conditions: "Share the briefing paper with ICBL before the meetings.",
            reviews: &[
                ReviewPlan {
                    reviewer: 0,
                    scores: Some((
                        [5, 4, 4, 4],
                        "fund",
                        "A clear ask and the right ministries; the campaign has the access.",
                    )),
                },
                ReviewPlan {
                    reviewer: 1,
                    scores: Some((
                        [5, 4, 5, 3],
                        "fund",
                        "Good value; the coordinator's time is well used.",
                    )),
                },
            ],
        },
    },
    Plan {
        org: "IND",
        round: Which::Past,
        target: "IND",
        title: "Parliamentary roundtable on the Mine Ban Treaty in New Delhi",
        summary: "A roundtable for members of the Lok Sabha and the Rajya Sabha with survivors, \
                  deminers and former military officers on what accession would ask of India.",
        objectives: "Ten parliamentarians briefed; a parliamentary question on the Convention \
                     tabled in the following session.",
        tier: "high",
        lower_tier_plan: "A smaller briefing for the members of the Standing Committee on \
                          External Affairs.",
        activities: &[(
            "parliamentary_engagement",
            "Roundtable at the Constitution Club of India, New Delhi",
            "08-06",
            "08-06",
        )],
        lines: &[
            ("meetings", "Venue, interpretation and meals", "2000.00"),
            ("travel", "Travel of four speakers to New Delhi", "1600.00"),
            ("materials", "Briefing pack in Hindi and English", "700.00"),
            (
                "communications",
                "Press release and media follow-up",
                "500.00",
            ),
        ],
        fate: Fate::Approved {
            amount: "4500.00",
            conditions: "Report the parliamentary questions tabled after the roundtable.",
            reviews: &[ReviewPlan {
                reviewer: 0,
                scores: Some((
                    [4, 4, 3, 4],
                    "fund_lower_tier",
                    "Worth funding; the venue costs look high for one day.",
                )),
            }],
        },
    },
    Plan {
        org: "NPL",
        round: Which::Past,
        target: "NPL",
        title: "Briefing the new Parliament of Nepal on accession",
        summary: "Briefings for the International Relations Committee and the main parties' \
                  whips on Nepal's pledge to consider accession.",
        objectives: "A committee hearing on the Convention within the year.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[(
            "parliamentary_engagement",
            "Briefings at the Federal Parliament, Kathmandu",
            "06-02",
            "06-20",
        )],
        lines: &[
            ("meetings", "Briefing sessions", "900.00"),
            (
                "travel",
                "Travel of survivors from Rolpa and Rukum",
                "600.00",
            ),
            ("materials", "Fact sheets in Nepali", "500.00"),
        ],
        fate: Fate::Approved {
            amount: "2000.00",
            conditions: "",
            reviews: &[ReviewPlan {
                reviewer: 1,
                scores: Some((
                    [4, 5, 5, 4],
                    "fund",
                    "Modest, precise and timely after the elections.",
                )),
            }],
        },
    },
    Plan {
        org: "LBN",
        round: Which::Past,
        target: "LBN",
        title: "A roadmap to accession with the Ministry of Foreign Affairs of Lebanon",
        summary: "Technical meetings with the Ministry of Foreign Affairs and the Lebanon Mine \
                  Action Centre on the decree of accession and the deposit of the instrument.",
        objectives: "The accession decree adopted and a date set for the deposit.",
        tier: "high",
        lower_tier_plan: "Meetings with the Ministry of Foreign Affairs only.",
        activities: &[(
            "meeting_with_authorities",
            "Technical meetings, Beirut",
            "09-08",
            "09-19",
        )],
        lines: &[
            (
                "personnel",
                "Legal adviser, two months part time",
                "1800.00",
            ),
            ("meetings", "Meetings and interpretation", "1200.00"),
            ("travel", "Local travel", "300.00"),
            (
                "materials",
                "Translation of the Convention's guides into Arabic",
                "500.00",
            ),
        ],
        fate: Fate::Approved {
            amount: "3500.00",
            conditions: "Tell ICBL at once of any date set for the deposit.",
            reviews: &[ReviewPlan {
                reviewer: 0,
                scores: Some((
                    [5, 3, 4, 4],
                    "fund",
                    "An opening not to miss; feasibility depends on the government's calendar.",
                )),
            }],
        },
    },
    Plan {
        org: "MMR",
        round: Which::Past,
        target: "MMR",
        title: "Mapping landmine use and survivors' needs in Myanmar",
        summary: "A desk and field study of new landmine use and of survivors' access to care in \
                  three states.",
        objectives: "A published report for the Landmine Monitor and the Meeting of States \
                     Parties.",
        tier: "high",
        lower_tier_plan: "A desk study only.",
        activities: &[(
            "research",
            "Field interviews in three states",
            "04-01",
            "07-31",
        )],
        lines: &[
            ("personnel", "Two researchers, four months", "3200.00"),
            ("travel", "Field travel", "1300.00"),
            ("materials", "Layout and printing of the report", "400.00"),
        ],
        fate: Fate::Rejected {
            reason: "The panel valued the research but found no plan to bring it to the \
                     authorities; this programme funds advocacy. Please apply again with one.",
            reviews: &[ReviewPlan {
                reviewer: 1,
                scores: Some((
                    [2, 3, 3, 4],
                    "decline",
                    "Important work, but research rather than advocacy toward accession.",
                )),
            }],
        },
    },
    Plan {
        org: "EGY",
        round: Which::Past,
        target: "EGY",
        title: "A media campaign on the landmines of the Western Desert",
        summary: "Radio spots and a press trip to El Alamein on the legacy of landmines and the \
                  case for joining the Convention.",
        objectives: "Ten articles or programmes in national media.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[("media", "Press trip to El Alamein", "10-15", "10-17")],
        lines: &[
            ("communications", "Radio spots", "1100.00"),
            ("travel", "Press trip", "850.00"),
        ],
        fate: Fate::Rejected {
            reason: "Media work alone does not meet the round's focus on engaging the authorities \
                     this year.",
            reviews: &[],
        },
    },
    Plan {
        org: "PAK",
        round: Which::Past,
        target: "PAK",
        title: "A military-to-military dialogue on alternatives to anti-personnel mines",
        summary: "A closed-door dialogue between retired Pakistani and Jordanian officers on \
                  border security without anti-personnel mines.",
        objectives: "A follow-up meeting with the Ministry of Defence.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[(
            "military_dialogue",
            "Dialogue in Islamabad",
            "11-04",
            "11-05",
        )],
        lines: &[
            ("travel", "Travel of two officers from Amman", "1400.00"),
            ("meetings", "Venue", "500.00"),
        ],
        fate: Fate::Withdrawn { submitted: true },
    },
    // The open round: every stage of a round in progress.
    Plan {
        org: "AZE",
        round: Which::Open,
        target: "AZE",
        title: "Follow-up talks in Baku: toward a moratorium on the use of anti-personnel mines",
        summary: "Following last year's meetings, talks with the Ministry of Defence on a \
                  unilateral moratorium on use and on a first stockpile disclosure.",
        objectives: "A draft moratorium text discussed with the Ministry of Defence.",
        tier: "high",
        lower_tier_plan: "The talks without the expert's visit.",
        activities: &[
            (
                "meeting_with_authorities",
                "Talks with the Ministry of Defence, Baku",
                "03-10",
                "03-11",
            ),
            (
                "military_dialogue",
                "Visit of a former Jordanian officer who oversaw stockpile destruction",
                "04-21",
                "04-22",
            ),
        ],
        lines: &[
            ("travel", "Travel", "2200.00"),
            ("meetings", "Meetings and interpretation", "1500.00"),
            ("personnel", "Campaign coordinator", "1000.00"),
        ],
        fate: Fate::Revised {
            message: "Please split the travel costs between the campaigners' trips and the \
                      expert's visit, and cap the total at 4,500.",
            lines: &[
                ("travel", "Travel of two campaigners to Baku", "900.00"),
                ("travel", "Expert's visit from Amman", "1100.00"),
                ("meetings", "Meetings and interpretation", "1500.00"),
                ("personnel", "Campaign coordinator", "1000.00"),
            ],
            reviews: &[ReviewPlan {
                reviewer: 1,
                scores: None,
            }],
        },
    },
    Plan {
        org: "IND",
        round: Which::Open,
        target: "IND",
        title: "Survivors' testimony at the Indian Parliament",
        summary: "Survivors from Jammu and Kashmir and from Punjab speak to parliamentarians \
                  about life after a landmine accident.",
        objectives: "Survivors' needs raised in the debate on the Ministry of Defence's budget.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[(
            "survivor_participation",
            "Testimony at a parliamentary hearing",
            "02-17",
            "02-18",
        )],
        lines: &[
            (
                "travel",
                "Survivors' travel and accessible lodging",
                "1100.00",
            ),
            ("meetings", "Hearing logistics", "400.00"),
        ],
        fate: Fate::Draft,
    },
    Plan {
        org: "GEO",
        round: Which::Open,
        target: "GEO",
        title: "Workshop with Georgian parliamentarians on the Convention",
        summary: "",
        objectives: "",
        tier: "low",
        lower_tier_plan: "",
        activities: &[],
        lines: &[],
        fate: Fate::Draft,
    },
    Plan {
        org: "LAO",
        round: Which::Open,
        target: "LAO",
        title: "Lao PDR and the Convention: a dialogue with the National Assembly",
        summary: "A first dialogue on the Convention with the National Assembly's Foreign \
                  Affairs Committee.",
        objectives: "The committee asks the government for a position on accession.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[(
            "parliamentary_engagement",
            "Dialogue in Vientiane",
            "05-05",
            "05-05",
        )],
        lines: &[("meetings", "Dialogue", "800.00")],
        fate: Fate::Draft,
    },
    Plan {
        org: "VNM",
        round: Which::Open,
        target: "VNM",
        title: "A voluntary transparency report for Viet Nam",
        summary: "Support to the Ministry of National Defence in preparing a voluntary Article 7 \
                  report, a first step before accession.",
        objectives: "A voluntary report submitted before the next Meeting of States Parties.",
        tier: "high",
        lower_tier_plan: "A template and a workshop, without the expert's follow-up.",
        activities: &[
            (
                "workshop",
                "Workshop on transparency reporting, Hanoi",
                "03-03",
                "03-04",
            ),
            (
                "meeting_with_authorities",
                "Follow-up with the Ministry of National Defence",
                "05-12",
                "05-12",
            ),
        ],
        lines: &[
            ("personnel", "Reporting expert, 20 days", "2400.00"),
            ("meetings", "Workshop", "1100.00"),
            ("travel", "Expert's travel", "900.00"),
        ],
        fate: Fate::Submitted,
    },
    Plan {
        org: "SGP",
        round: Which::Open,
        target: "SGP",
        title: "Singapore and the yes vote at the UN General Assembly",
        summary: "Meetings with the Ministry of Foreign Affairs before the First Committee vote \
                  on the annual resolution on the Convention.",
        objectives: "A yes vote, or an explanation of vote that opens the door.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[(
            "meeting_with_authorities",
            "Meetings with the Ministry of Foreign Affairs",
            "09-15",
            "10-15",
        )],
        lines: &[
            ("meetings", "Meetings", "600.00"),
            ("materials", "Briefing note", "300.00"),
        ],
        fate: Fate::Submitted,
    },
    Plan {
        org: "USA",
        round: Which::Open,
        target: "USA",
        title: "Congressional briefings on the United States' landmine policy",
        summary: "Briefings for congressional staff on the policy of not using anti-personnel \
                  mines outside the Korean Peninsula, and on the transfers of 2024.",
        objectives: "A letter from members of Congress to the Administration asking to restore \
                     the policy.",
        tier: "high",
        lower_tier_plan: "Two briefings instead of four.",
        activities: &[(
            "parliamentary_engagement",
            "Four briefings on Capitol Hill",
            "02-01",
            "04-30",
        )],
        lines: &[
            ("personnel", "Policy officer, two months", "3000.00"),
            ("meetings", "Briefings", "800.00"),
            ("communications", "Fact sheets and video", "700.00"),
        ],
        fate: Fate::UnderReview(&[
            ReviewPlan {
                reviewer: 0,
                scores: Some((
                    [4, 4, 3, 5],
                    "fund",
                    "Strong capacity; the outcome depends on the political calendar.",
                )),
            },
            ReviewPlan {
                reviewer: 1,
                scores: None,
            },
        ]),
    },
    Plan {
        org: "LBY",
        round: Which::Open,
        target: "LBY",
        title: "Mine action and the Convention in Libya",
        summary: "Meetings with the Libyan Mine Action Centre and the Ministry of Foreign \
                  Affairs on how the Convention would support clearance in Tripoli and Sirte.",
        objectives: "A joint statement on accession by the Mine Action Centre and civil society.",
        tier: "high",
        lower_tier_plan: "Meetings in Tripoli only.",
        activities: &[(
            "meeting_with_authorities",
            "Meetings in Tripoli and Sirte",
            "03-15",
            "03-25",
        )],
        lines: &[
            ("travel", "Travel between Tripoli and Sirte", "1500.00"),
            ("meetings", "Meetings", "1200.00"),
            ("personnel", "Coordinator", "1300.00"),
        ],
        fate: Fate::UnderReview(&[]),
    },
    Plan {
        org: "FIN",
        round: Which::Open,
        target: "FIN",
        title: "After the withdrawal: keeping Finland's commitments alive",
        summary: "A public debate and meetings with the Parliament's Defence Committee on the \
                  consequences of Finland's withdrawal, which took effect in January.",
        objectives: "A commitment not to produce or transfer anti-personnel mines.",
        tier: "high",
        lower_tier_plan: "The public debate only.",
        activities: &[
            ("media", "Public debate, Helsinki", "04-09", "04-09"),
            (
                "parliamentary_engagement",
                "Meetings with the Defence Committee",
                "04-10",
                "04-30",
            ),
        ],
        lines: &[
            ("meetings", "Public debate", "1500.00"),
            ("communications", "Media work", "1000.00"),
            ("personnel", "Coordinator", "800.00"),
        ],
        fate: Fate::UnderReview(&[ReviewPlan {
            reviewer: 0,
            scores: Some((
                [4, 3, 3, 4],
                "fund_lower_tier",
                "Relevant to the norm after the withdrawals; the debate alone would already help.",
            )),
        }]),
    },
    Plan {
        org: "MAR",
        round: Which::Open,
        target: "MAR",
        title: "A dialogue with the Royal Armed Forces on the Convention",
        summary: "A dialogue between retired Moroccan officers and officers of States Parties \
                  that destroyed their stockpiles.",
        objectives: "A visit of Moroccan officers to a stockpile destruction site.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[("military_dialogue", "Dialogue in Rabat", "06-08", "06-09")],
        lines: &[
            ("travel", "Travel", "1200.00"),
            ("meetings", "Dialogue", "700.00"),
        ],
        fate: Fate::ChangesRequested(
            "Please add the dates and the participants of the dialogue in Rabat, and say who \
             will host it.",
        ),
    },
    Plan {
        org: "KOR",
        round: Which::Open,
        target: "KOR",
        title: "Korea and the Convention: a seminar at the National Assembly",
        summary: "A seminar with the National Assembly's Defence Committee on mine clearance in \
                  the Civilian Control Zone and on the Convention.",
        objectives: "A resolution calling for a study of accession.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[(
            "parliamentary_engagement",
            "Seminar at the National Assembly, Seoul",
            "03-24",
            "03-24",
        )],
        lines: &[
            ("meetings", "Seminar", "1200.00"),
            ("materials", "Report in Korean", "800.00"),
        ],
        fate: Fate::Approved {
            amount: "2000.00",
            conditions: "",
            reviews: &[ReviewPlan {
                reviewer: 1,
                scores: Some((
                    [4, 4, 4, 4],
                    "fund",
                    "A well-prepared ask at the right time.",
                )),
            }],
        },
    },
    Plan {
        org: "LKA-SURVIVORS",
        round: Which::Open,
        target: "LKA",
        title: "Survivors' voices at the Meeting of States Parties",
        summary: "Three survivors from the Northern Province take part in the Meeting of States \
                  Parties and meet the delegations of states not party.",
        objectives: "Survivors heard in the plenary and in five bilateral meetings.",
        tier: "high",
        lower_tier_plan: "Two survivors instead of three.",
        activities: &[(
            "survivor_participation",
            "Meeting of States Parties, Geneva",
            "11-16",
            "11-20",
        )],
        lines: &[
            ("travel", "Travel of three survivors to Geneva", "2700.00"),
            ("other", "Accessible lodging and per diem", "1500.00"),
        ],
        fate: Fate::Approved {
            amount: "4000.00",
            conditions: "Travel must be booked through ICBL's agency.",
            reviews: &[],
        },
    },
    Plan {
        org: "NPL",
        round: Which::Open,
        target: "NPL",
        title: "A radio programme on the Mine Ban Treaty",
        summary: "Twelve episodes on community radio about the Convention.",
        objectives: "Public awareness of the Convention.",
        tier: "low",
        lower_tier_plan: "",
        activities: &[("media", "Twelve radio episodes", "02-01", "04-30")],
        lines: &[("communications", "Production and airtime", "1800.00")],
        fate: Fate::Rejected {
            reason: "Last year's grant already supports the work with Parliament; the panel \
                     prefers to fund new countries this round.",
            reviews: &[],
        },
    },
    Plan {
        org: "ARM",
        round: Which::Open,
        target: "ARM",
        title: "A public debate on landmines along the border",
        summary: "A televised debate in Yerevan.",
        objectives: "",
        tier: "low",
        lower_tier_plan: "",
        activities: &[("media", "Televised debate", "05-20", "05-20")],
        lines: &[("communications", "Production", "900.00")],
        fate: Fate::Withdrawn { submitted: false },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_plans_cover_every_status_and_name_known_organizations() {
        let keys: Vec<&str> = ORGANIZATIONS.iter().map(|o| o.key).collect();
        for plan in PLANS {
            assert!(keys.contains(&plan.org), "{}", plan.org);
        }
        let fates = |f: fn(&Fate) -> bool| PLANS.iter().filter(|p| f(&p.fate)).count();
        assert!(fates(|f| matches!(f, Fate::Draft)) > 0);
        assert!(fates(|f| matches!(f, Fate::Submitted)) > 0);
        assert!(fates(|f| matches!(f, Fate::UnderReview(_) | Fate::Revised { .. })) > 0);
        assert!(fates(|f| matches!(f, Fate::ChangesRequested(_))) > 0);
        assert!(fates(|f| matches!(f, Fate::Approved { .. })) > 0);
        assert!(fates(|f| matches!(f, Fate::Rejected { .. })) > 0);
        assert!(fates(|f| matches!(f, Fate::Withdrawn { .. })) > 0);
        assert!(ORGANIZATIONS.len() >= 12);
    }
}
