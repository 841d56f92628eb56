//! The treaty record through the HTTP API and the public pages.

use axum::http::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, has, select};

fn names(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn on_2022_06_20_there_are_164_parties_1_signatory_and_32_outside() {
    let app = TestApp::spawn().await;
    let body = app
        .get("/api/v1/states?on=2022-06-20")
        .await
        .assert_status(StatusCode::OK)
        .json();
    assert_eq!(body["on"], "2022-06-20");
    assert_eq!(body["total"], 197);
    assert_eq!(body["counts"]["state_party"], 164);
    assert_eq!(body["counts"]["signatory"], 1);
    assert_eq!(body["counts"]["not_party"], 32);
    assert_eq!(body["counts"]["withdrawing"], 0);
    assert_eq!(body["counts"]["withdrawn"], 0);

    let parties = app
        .get("/api/v1/states?on=2022-06-20&status=state_party")
        .await
        .json();
    assert_eq!(parties["total"], 164);
    let signatories = app
        .get("/api/v1/states?on=2022-06-20&status=signatory")
        .await
        .json();
    assert_eq!(names(&signatories), ["Marshall Islands"]);
    let outside = app
        .get("/api/v1/states?on=2022-06-20&status=not_party&per_page=200")
        .await
        .json();
    assert_eq!(outside["total"], 32);
    assert!(names(&outside).contains(&"Azerbaijan".to_owned()));
}

#[tokio::test]
async fn on_2026_11_28_five_states_have_withdrawn() {
    let app = TestApp::spawn().await;
    let body = app.get("/api/v1/states?on=2026-11-28").await.json();
    assert_eq!(body["counts"]["state_party"], 161);
    assert_eq!(body["counts"]["withdrawn"], 5);
    assert_eq!(body["counts"]["not_party"], 31);
    assert_eq!(body["counts"]["signatory"], 0);
    let withdrawn = app
        .get("/api/v1/states?on=2026-11-28&status=withdrawn")
        .await
        .json();
    assert_eq!(
        names(&withdrawn),
        ["Estonia", "Finland", "Latvia", "Lithuania", "Poland"]
    );
    assert_eq!(
        withdrawn["items"][4]["withdrawal_effective_on"],
        "2026-02-20"
    );
}

#[tokio::test]
async fn on_2025_09_01_five_states_are_withdrawing() {
    let app = TestApp::spawn().await;
    let body = app.get("/api/v1/states?on=2025-09-01").await.json();
    assert_eq!(body["counts"]["state_party"], 161);
    assert_eq!(body["counts"]["withdrawing"], 5);
    assert_eq!(body["counts"]["not_party"], 31);
}

#[tokio::test]
async fn lists_are_paged_filtered_by_region_and_sorted() {
    let app = TestApp::spawn().await;
    let last = app.get("/api/v1/states?page=4").await.json();
    assert_eq!(
        (last["page"].as_u64(), last["per_page"].as_u64()),
        (Some(4), Some(50))
    );
    assert_eq!(last["items"].as_array().unwrap().len(), 47);
    assert_eq!(last["total"], 197);

    let oceania = app
        .get("/api/v1/states?region=oceania&on=2026-11-28")
        .await
        .json();
    assert_eq!(oceania["total"], 16);
    let counted: u64 = oceania["counts"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(key, _)| *key != "in_force")
        .map(|(_, n)| n.as_u64().unwrap())
        .sum();
    assert_eq!(counted, 16);
    assert!(
        oceania["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["region"] == "Oceania")
    );

    let by_joining = app
        .get("/api/v1/states?sort=joined_on&per_page=200")
        .await
        .json();
    let items = by_joining["items"].as_array().unwrap();
    assert_eq!(items[0]["joined_on"], "1997-12-03");
    let joined: Vec<&str> = items
        .iter()
        .filter_map(|s| s["joined_on"].as_str())
        .collect();
    assert!(
        joined.windows(2).all(|w| w[0] <= w[1]),
        "not in order of joining"
    );
    assert!(
        items.last().unwrap()["joined_on"].is_null(),
        "states that never joined come last"
    );

    let latest = app
        .get("/api/v1/states?sort=-joined_on&per_page=2")
        .await
        .json();
    assert_eq!(names(&latest), ["Tonga", "Marshall Islands"]);
    let reversed = app.get("/api/v1/states?sort=-name&per_page=1").await.json();
    assert_eq!(names(&reversed), ["Zimbabwe"]);
}

#[tokio::test]
async fn one_state_has_its_record_and_timeline() {
    let app = TestApp::spawn().await;
    let poland = app
        .get("/api/v1/states/pol?on=2025-09-01")
        .await
        .assert_status(StatusCode::OK)
        .json();
    assert_eq!(poland["iso3"], "POL");
    assert_eq!(poland["status"], "withdrawing");
    let kinds: Vec<&str> = poland["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "signature",
            "ratification",
            "entry_into_force",
            "withdrawal_notified",
            "withdrawal_effective"
        ]
    );
    let azerbaijan = app.get("/api/v1/states/AZE").await.json();
    assert_eq!(azerbaijan["status"], "not_party");
    assert_eq!(azerbaijan["timeline"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx_never_a_500() {
    let app = TestApp::spawn().await;
    let cases = [
        (
            "/api/v1/states?on=2022-13-45",
            StatusCode::BAD_REQUEST,
            "on",
        ),
        ("/api/v1/states?on=yesterday", StatusCode::BAD_REQUEST, "on"),
        (
            "/api/v1/states?status=party",
            StatusCode::BAD_REQUEST,
            "status",
        ),
        (
            "/api/v1/states?region=Atlantis",
            StatusCode::BAD_REQUEST,
            "region",
        ),
        ("/api/v1/states?sort=size", StatusCode::BAD_REQUEST, "sort"),
        (
            "/api/v1/states?per_page=201",
            StatusCode::BAD_REQUEST,
            "per_page",
        ),
        ("/api/v1/states?page=-1", StatusCode::BAD_REQUEST, "page"),
        (
            "/api/v1/states/AZE?on=2022-02-30",
            StatusCode::BAD_REQUEST,
            "on",
        ),
    ];
    for (uri, status, field) in cases {
        let response = app.get(uri).await;
        assert_eq!(response.status, status, "{uri}: {}", response.text());
        let body = response.json();
        assert_eq!(body["error"], "bad_request", "{uri}");
        assert!(
            body["fields"][field][0].is_string(),
            "{uri}: no message for {field}: {body}"
        );
    }
    let status = app.get("/api/v1/states?status=party").await.json();
    assert!(
        status["fields"]["status"][0]
            .as_str()
            .unwrap()
            .contains("state_party")
    );

    for uri in [
        "/api/v1/states/XYZ",
        "/api/v1/states/toolong",
        "/api/v1/states/%C3%A9t%C3%A9",
    ] {
        let response = app.get(uri).await;
        response.assert_status(StatusCode::NOT_FOUND);
        assert_eq!(response.json()["error"], "not_found", "{uri}");
    }
    let repeated = app.get("/api/v1/states?on=2022-06-20&on=2023-01-01").await;
    repeated.assert_status(StatusCode::BAD_REQUEST);
    assert_eq!(repeated.json()["error"], "bad_request");
}

#[tokio::test]
async fn the_states_page_shows_counts_filters_and_every_state() {
    let app = TestApp::spawn().await;
    let page = app
        .get("/states?on=2022-06-20")
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(page.contains("20 June 2022"));
    assert!(
        page.contains("State Party <strong>164</strong>"),
        "counts at the top"
    );
    assert!(page.contains("Signatory <strong>1</strong>"));
    assert!(page.contains("Not party <strong>32</strong>"));
    assert!(page.contains("197 states"));
    assert_eq!(
        select(&page, r#"a[href="/states/MHL"]"#),
        ["Marshall Islands"]
    );
    assert!(has(&page, "svg"), "the status chart is drawn");
    assert_eq!(select(&page, "label[for=on]"), ["Status on"]);

    let withdrawn = app
        .get("/states?on=2026-11-28&status=withdrawn&region=Europe")
        .await
        .text();
    assert!(withdrawn.contains("5 states"));
    assert!(withdrawn.contains("Lithuania"));
    assert!(!withdrawn.contains(">France</a>"));
    assert!(
        has(&withdrawn, "option[value=withdrawn][selected]"),
        "the filter is kept"
    );
}

#[tokio::test]
async fn a_bad_filter_comes_back_with_the_message_next_to_the_field_and_the_value_kept() {
    let app = TestApp::spawn().await;
    let response = app.get("/states?on=20-06-2022&region=Europe").await;
    response.assert_status(StatusCode::BAD_REQUEST);
    assert!(response.header("content-type").starts_with("text/html"));
    let page = response.text();
    assert!(
        has(&page, r#"input#on[value="20-06-2022"]"#),
        "the typed value is kept"
    );
    assert!(has(
        &page,
        r#"input#on[aria-invalid=true][aria-describedby=on-error]"#
    ));
    assert!(page.contains("write it as YYYY-MM-DD"));
    assert!(has(&page, "option[value=Europe][selected]"));
}

#[tokio::test]
async fn a_state_page_shows_its_timeline_and_an_unknown_one_is_a_404_page() {
    let app = TestApp::spawn().await;
    let page = app
        .get("/states/POL")
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert_eq!(select(&page, "h1"), ["Poland"]);
    assert!(page.contains("Withdrawal took effect"));
    assert_eq!(
        select(&page, r#"time[datetime="2026-02-20"]"#),
        ["20 February 2026"]
    );
    let azerbaijan = app.get("/states/aze").await.text();
    assert!(azerbaijan.contains("Azerbaijan has not signed or joined the Convention."));

    let missing = app.get("/states/ZZZ").await;
    missing.assert_status(StatusCode::NOT_FOUND);
    assert!(missing.header("content-type").starts_with("text/html"));
    assert!(missing.text().contains("Page not found"));
    assert!(missing.text().contains("no state has the ISO 3166 code"));
}

#[tokio::test]
async fn a_change_to_the_record_shows_on_every_instance_at_once() {
    use clearway::entities::{state, treaty_event};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

    let app = TestApp::spawn().await;
    // A second instance on the same database, as behind a load balancer.
    let other = clearway::router(
        clearway::AppState::new((*app.state.settings).clone(), app.db.clone()).unwrap(),
    );
    let ask = |uri: &'static str| {
        let other = other.clone();
        async move {
            let response = tower::ServiceExt::oneshot(
                other,
                axum::http::Request::get(uri)
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
            let bytes = http_body_util::BodyExt::collect(response.into_body())
                .await
                .unwrap()
                .to_bytes();
            serde_json::from_slice::<Value>(&bytes).unwrap()
        }
    };
    let parties = "/api/v1/states?on=2026-12-01&status=state_party&per_page=200";
    // Both instances have read (and keep) the record.
    assert_eq!(app.get(parties).await.json()["total"], 161);
    assert_eq!(ask(parties).await["total"], 161);

    // An accession recorded behind their backs.
    let event = treaty_event::ActiveModel {
        state_iso3: Set("LBN".into()),
        kind: Set(clearway::treaty::EventKind::Accession),
        occurred_on: Set("2026-11-30".parse().unwrap()),
        note: Set("deposit recorded in a test".into()),
        source: Set("staff".into()),
        recorded_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    for body in [app.get(parties).await.json(), ask(parties).await] {
        assert_eq!(body["total"], 162);
        assert!(names(&body).contains(&"Lebanon".to_owned()));
    }
    let on_the_eve = app
        .get("/api/v1/states?on=2026-11-29&status=state_party")
        .await
        .json();
    assert_eq!(on_the_eve["total"], 161);

    // A correction in place: the deposit was in 2027.
    let mut corrected: treaty_event::ActiveModel = event.into();
    corrected.occurred_on = Set("2027-01-15".parse().unwrap());
    corrected.update(&app.db).await.unwrap();
    assert_eq!(app.get(parties).await.json()["total"], 161);
    assert_eq!(ask(parties).await["total"], 161);

    // A state renamed.
    state::Entity::update_many()
        .col_expr(
            state::Column::Name,
            sea_orm::sea_query::Expr::val("Lebanese Republic"),
        )
        .filter(state::Column::Iso3.eq("LBN"))
        .exec(&app.db)
        .await
        .unwrap();
    let outside = "/api/v1/states?on=2026-12-01&status=not_party&per_page=200";
    assert!(names(&ask(outside).await).contains(&"Lebanese Republic".to_owned()));
    assert!(names(&app.get(outside).await.json()).contains(&"Lebanese Republic".to_owned()));
}

#[tokio::test]
async fn the_home_page_counts_link_to_exactly_those_states() {
    let app = TestApp::spawn().await;
    let home = app.get("/").await.assert_status(StatusCode::OK).text();
    let today = chrono::Utc::now().date_naive();
    let list = app.get(&format!("/api/v1/states?on={today}")).await.json();
    for (status, count) in list["counts"].as_object().unwrap() {
        if status == "in_force" {
            continue;
        }
        let count = count.as_u64().unwrap();
        let link = format!("/states?on={today}&amp;status={status}");
        if count == 0 {
            assert!(!home.contains(&link), "no figure for {status}");
            continue;
        }
        let listed = app
            .get(&format!("/api/v1/states?on={today}&status={status}"))
            .await
            .json();
        assert_eq!(listed["total"].as_u64(), Some(count));
        assert!(
            home.contains(&format!(r#"<a href="{link}"><strong>{count}</strong>"#)),
            "{status}: {home}"
        );
    }
}

#[tokio::test]
async fn staff_record_an_accession_and_every_list_follows() {
    use axum::http::Method;
    use clearway::auth::Role;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let today = chrono::Utc::now().date_naive();
    let before = app.get(&format!("/api/v1/states?on={today}")).await.json();

    let recorded = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/states/lbn/events",
            Some(serde_json::json!({"kind": "accession", "occurred_on": today.to_string(), "note": "instrument deposited"})),
        )
        .await;
    recorded.assert_status(StatusCode::CREATED);
    assert_eq!(recorded.header("location"), "/api/v1/states/LBN");
    let body = recorded.json();
    assert_eq!(body["status"], "state_party");
    assert_eq!(body["join_method"], "accession");

    let after = app.get(&format!("/api/v1/states?on={today}")).await.json();
    assert_eq!(
        after["counts"]["state_party"].as_u64().unwrap(),
        before["counts"]["state_party"].as_u64().unwrap() + 1
    );
    let log = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/audit?entity=state&entity_id=LBN",
            None,
        )
        .await
        .json();
    assert_eq!(log["items"][0]["action"], "treaty_event_recorded");
    assert_eq!(log["items"][0]["after"]["kind"], "accession");

    // What does not fit the history is refused with a reason, and nothing is recorded.
    let cases = [
        (
            serde_json::json!({"kind": "accession", "occurred_on": today.to_string()}),
            StatusCode::CONFLICT,
        ),
        (
            serde_json::json!({"kind": "withdrawal_effective", "occurred_on": today.to_string()}),
            StatusCode::CONFLICT,
        ),
        (
            serde_json::json!({"kind": "signature", "occurred_on": "2001-01-01"}),
            StatusCode::CONFLICT,
        ),
        (
            serde_json::json!({"kind": "joined", "occurred_on": "tomorrow"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (serde_json::json!({}), StatusCode::UNPROCESSABLE_ENTITY),
    ];
    for (body, status) in cases {
        let refused = app
            .with_token(
                &token,
                Method::POST,
                "/api/v1/states/LBN/events",
                Some(body.clone()),
            )
            .await;
        refused.assert_status(status);
        assert!(refused.json()["message"].is_string(), "{body}");
    }
    // The accession and its entry into force, nothing more.
    let timeline = app.get("/api/v1/states/LBN").await.json();
    assert_eq!(timeline["timeline"].as_array().unwrap().len(), 2);

    let member_org = app.organization("Lebanon Campaign", "LBN").await;
    let member = app.user(Role::Member, Some(member_org)).await;
    let member_token = app.token(&member).await;
    app.with_token(
        &member_token,
        Method::POST,
        "/api/v1/states/AZE/events",
        Some(serde_json::json!({"kind": "accession", "occurred_on": today.to_string()})),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    app.with_token(
        &token,
        Method::POST,
        "/api/v1/states/ZZZ/events",
        Some(serde_json::json!({"kind": "accession", "occurred_on": today.to_string()})),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_state_page_offers_staff_a_form_to_record_an_event() {
    use clearway::auth::Role;

    let app = TestApp::spawn().await;
    assert!(
        !app.get("/states/AZE")
            .await
            .text()
            .contains("Record an event")
    );
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = browser.get("/states/AZE").await.text();
    assert!(page.contains("Record an event"));
    let today = chrono::Utc::now().date_naive().to_string();
    let done = browser
        .post_form(
            "/states/AZE/events",
            &[("kind", "accession"), ("occurred_on", &today), ("note", "")],
        )
        .await;
    done.assert_status(StatusCode::SEE_OTHER);
    let page = browser.get("/states/AZE").await.text();
    assert!(page.contains("Recorded: accession on"), "flash");
    assert!(page.contains("Instrument of accession deposited"));
    let in_force_from = clearway::treaty::views::long_date(
        clearway::treaty::status::entry_into_force_by_rule(chrono::Utc::now().date_naive()),
    );
    assert!(
        page.contains(&format!(
            "The Convention is in force for Azerbaijan from {in_force_from}."
        )),
        "{page}"
    );
    assert!(page.contains(&format!("by accession, in force from {in_force_from}")));
    // The same accession again does not fit the history: the page says why (409), the form
    // holding what was sent, and nothing more is recorded.
    let recorded = events_of(&app, "AZE").await;
    let refused = browser
        .post_form(
            "/states/AZE/events",
            &[
                ("kind", "accession"),
                ("occurred_on", &today),
                ("note", "Twice"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    let page = refused.text();
    crate::helpers::assert_refused_form(
        &page,
        "event-message",
        &format!(
            "The event is not recorded: on {today} the state is state party: a accession does \
             not fit there."
        ),
    );
    assert_eq!(
        select(&page, "#kind option[selected]"),
        ["Instrument of accession deposited"]
    );
    assert!(has(&page, "#note[value='Twice']"));
    assert!(!page.contains("Recorded: accession"), "no flash");
    assert_eq!(events_of(&app, "AZE").await, recorded);
}

/// How many treaty events are stored for `iso3`.
async fn events_of(app: &TestApp, iso3: &str) -> u64 {
    use clearway::entities::treaty_event;
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    treaty_event::Entity::find()
        .filter(treaty_event::Column::StateIso3.eq(iso3))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_refused_event_comes_back_on_the_state_s_page_with_the_reason_at_its_field() {
    use clearway::auth::Role;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let before = events_of(&app, "AZE").await;
    let refused = browser
        .post_form(
            "/states/AZE/events",
            &[
                ("kind", "signature"),
                ("occurred_on", ""),
                ("note", "From the depositary's notice"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    crate::helpers::assert_refused_form(&page, "occurred_on-error", "Enter the date");
    assert!(has(
        &page,
        "#occurred_on[aria-invalid=true][aria-describedby='occurred_on-error']"
    ));
    assert!(has(&page, ".error-summary a[href='#occurred_on']"));
    assert_eq!(
        select(&page, "#kind option[selected]"),
        ["Signed the Convention"]
    );
    assert!(has(&page, "#note[value=\"From the depositary's notice\"]"));
    assert!(!has(&page, "#kind[aria-invalid]"), "only the date is wrong");
    assert_eq!(events_of(&app, "AZE").await, before);
}

#[tokio::test]
async fn on_1999_03_01_the_convention_is_in_force_for_45_of_the_67_that_had_joined() {
    let app = TestApp::spawn().await;
    let opening = app.get("/api/v1/states?on=1999-03-01").await.json();
    assert_eq!(opening["counts"]["state_party"], 67);
    assert_eq!(opening["counts"]["in_force"], 45);
    let eve = app.get("/api/v1/states?on=1998-12-31").await.json();
    assert_eq!(eve["counts"]["state_party"], 58);
    assert_eq!(
        eve["counts"]["in_force"], 0,
        "in force for no one before 1999"
    );
    let later = app.get("/api/v1/states?on=2022-06-20").await.json();
    assert_eq!(
        later["counts"]["state_party"], 164,
        "ICBL's count is unchanged"
    );

    // Per state: Albania deposited in February 2000, in force from 1 August 2000.
    let albania = |on: &str| format!("/api/v1/states/ALB?on={on}");
    let joined = app.get(&albania("2000-03-01")).await.json();
    assert_eq!(joined["status"], "state_party");
    assert_eq!(joined["in_force"], false);
    assert_eq!(joined["entry_into_force_on"], "2000-08-01");
    assert_eq!(
        app.get(&albania("2000-08-01")).await.json()["in_force"],
        true
    );
    let listed = app
        .get("/api/v1/states?on=2000-03-01&region=Europe&per_page=100")
        .await
        .json();
    let item = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["iso3"] == "ALB")
        .unwrap()
        .clone();
    assert_eq!(item["in_force"], false);

    // The pages say both.
    let page = app.get("/states?on=1999-03-01").await.text();
    assert!(
        page.contains("The Convention is in force for <strong>45</strong> of these states"),
        "{page}"
    );
    let state = app.get("/states/ALB?on=2000-03-01").await.text();
    assert!(
        state.contains("on 29 February 2000, by ratification, in force from 1 August 2000"),
        "{state}"
    );
    assert!(!state.contains("the Convention is in force for Albania"));
    let state = app.get("/states/ALB?on=2001-01-01").await.text();
    assert!(state.contains("the Convention is in force for Albania"));
}

#[tokio::test]
async fn the_shipped_record_follows_article_17_except_south_sudans_succession() {
    use clearway::treaty::status::entry_into_force_by_rule;
    let app = TestApp::spawn().await;
    let all = app
        .get("/api/v1/states?on=2026-12-01&per_page=200")
        .await
        .json();
    let mut agree = 0;
    let mut differ = Vec::new();
    for state in all["items"].as_array().unwrap() {
        let Some(joined) = state["joined_on"].as_str() else {
            continue;
        };
        let rule = entry_into_force_by_rule(joined.parse().unwrap()).to_string();
        if state["entry_into_force_on"].as_str() == Some(rule.as_str()) {
            agree += 1;
        } else {
            differ.push(state["iso3"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(agree, 165);
    assert_eq!(differ, ["SSD"]);
}

#[tokio::test]
async fn recording_a_deposit_records_its_entry_into_force_which_staff_may_override_with_a_reason() {
    use axum::http::Method;
    use clearway::auth::Role;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let today = chrono::Utc::now().date_naive();
    async fn post_event(
        app: &TestApp,
        token: &str,
        iso3: &str,
        body: Value,
    ) -> crate::helpers::TestResponse {
        app.with_token(
            token,
            Method::POST,
            &format!("/api/v1/states/{iso3}/events"),
            Some(body),
        )
        .await
    }
    let post = |iso3: &'static str, body: Value| post_event(&app, &token, iso3, body);
    let rule = clearway::treaty::status::entry_into_force_by_rule(today).to_string();
    let lebanon = post(
        "LBN",
        serde_json::json!({"kind": "accession", "occurred_on": today.to_string()}),
    )
    .await;
    lebanon.assert_status(StatusCode::CREATED);
    let body = lebanon.json();
    assert_eq!(body["entry_into_force_on"], rule.as_str());
    assert_eq!(body["status"], "state_party");
    assert_eq!(body["in_force"], false, "not before Article 17's date");
    let kinds: Vec<&str> = body["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["accession", "entry_into_force"]);
    let on_the_day = app
        .get(&format!("/api/v1/states/LBN?on={rule}"))
        .await
        .json();
    assert_eq!(on_the_day["in_force"], true);

    // Another date needs a reason, next to its field; nothing is recorded without it.
    let other = (today + chrono::Duration::days(40)).to_string();
    let refused = post(
        "EGY",
        serde_json::json!({"kind": "ratification", "occurred_on": today.to_string(),
            "entry_into_force_on": other}),
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let errors = refused.json();
    assert!(
        errors["fields"]["entry_into_force_reason"][0]
            .as_str()
            .unwrap()
            .contains("Article 17"),
        "{errors}"
    );
    assert_eq!(
        app.get("/api/v1/states/EGY").await.json()["status"],
        "not_party"
    );
    let overridden = post(
        "EGY",
        serde_json::json!({"kind": "ratification", "occurred_on": today.to_string(),
            "entry_into_force_on": other, "entry_into_force_reason": "depositary notification C.N.12"}),
    )
    .await;
    overridden.assert_status(StatusCode::CREATED);
    assert_eq!(overridden.json()["entry_into_force_on"], other.as_str());
    let log = app
        .with_token(
            &token,
            Method::GET,
            "/api/v1/audit?entity=state&entity_id=EGY",
            None,
        )
        .await
        .json();
    assert_eq!(
        log["items"][0]["after"]["entry_into_force_note"],
        "depositary notification C.N.12"
    );

    // A succession takes the date the successor names, which it must name.
    let unnamed = post(
        "ARM",
        serde_json::json!({"kind": "succession", "occurred_on": today.to_string()}),
    )
    .await;
    unnamed.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unnamed.json()["fields"]["entry_into_force_on"].is_array());
    // An entry into force goes only with a deposit.
    let stray = post(
        "ARM",
        serde_json::json!({"kind": "signature", "occurred_on": today.to_string(),
            "entry_into_force_on": rule}),
    )
    .await;
    stray.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    // A second entry into force for the same membership does not fit.
    post(
        "LBN",
        serde_json::json!({"kind": "entry_into_force", "occurred_on": rule}),
    )
    .await
    .assert_status(StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_future_dated_accession_raises_nothing_until_it_has_happened() {
    use clearway::auth::Role;
    use clearway::auth::extract::{AuthMethod, Caller, CurrentUser};
    use clearway::entities::treaty_event;
    use clearway::treaty::commands::record_event;
    use clearway::treaty::record::EventInput;
    use sea_orm::{EntityTrait, PaginatorTrait};

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    app.with_token(
        &token,
        axum::http::Method::POST,
        "/api/v1/campaigns",
        Some(serde_json::json!({"state": "IND", "name": "India joins", "status": "active"})),
    )
    .await
    .assert_status(StatusCode::CREATED);
    let caller = Caller {
        user: CurrentUser {
            id: staff.id,
            email: staff.email.clone(),
            name: "Test staff".into(),
            role: Role::Staff,
            organization_id: None,
            time_zone: chrono_tz::UTC,
            via: AuthMethod::Token,
            language: clearway::i18n::Lang::En,
        },
        request_id: None,
    };
    let input = EventInput {
        kind: Some("accession".into()),
        occurred_on: Some("2027-06-01".into()),
        ..Default::default()
    };
    let events_before = treaty_event::Entity::find().count(&app.db).await.unwrap();
    async fn state_joined_flags(app: &TestApp, token: &str) -> u64 {
        app.with_token(
            token,
            axum::http::Method::GET,
            "/api/v1/inbox?kind=state_joined",
            None,
        )
        .await
        .json()["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["total"].as_u64().unwrap())
            .sum::<u64>()
    }

    // On 1 December 2026 the deposit has not happened: refused, nothing recorded or raised.
    let early = record_event(
        &app.db,
        &caller,
        "IND",
        &input,
        "2026-12-01".parse().unwrap(),
    )
    .await
    .err()
    .expect("refused");
    let clearway::error::AppError::Validation(errors) = early else {
        panic!("{early:?}")
    };
    assert!(
        errors
            .first("occurred_on")
            .unwrap()
            .contains("in the future"),
        "{errors:?}"
    );
    assert_eq!(
        treaty_event::Entity::find().count(&app.db).await.unwrap(),
        events_before
    );
    assert_eq!(state_joined_flags(&app, &token).await, 0);
    // The same through the API, dated tomorrow.
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    app.with_token(
        &token,
        axum::http::Method::POST,
        "/api/v1/states/IND/events",
        Some(serde_json::json!({"kind": "accession", "occurred_on": tomorrow})),
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(state_joined_flags(&app, &token).await, 0);

    // On its day it is recorded and India's campaign is flagged.
    record_event(
        &app.db,
        &caller,
        "IND",
        &input,
        "2027-06-01".parse().unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(state_joined_flags(&app, &token).await, 1);
}

#[tokio::test]
async fn the_map_links_each_state_with_its_status_on_the_date_asked_for() {
    let app = TestApp::spawn().await;
    let before = app
        .get("/states?on=2025-06-01")
        .await
        .assert_status(StatusCode::OK)
        .text();
    // Finland, a State Party then, is a link to its page, titled with its name and status.
    assert_eq!(
        select(&before, "svg.world-map a[href=\"/states/FIN\"] title"),
        ["Finland: State Party"]
    );
    assert!(has(
        &before,
        "svg.world-map a.m-state_party[href=\"/states/FIN\"]"
    ));
    assert!(has(
        &before,
        "svg.world-map a.m-not_party[href=\"/states/USA\"]"
    ));
    // States too small to draw are named, and the table lists them.
    let notes = select(&before, ".map-figure figcaption p");
    assert!(notes.iter().any(|n| n.contains("Andorra")), "{notes:?}");
    assert!(has(&before, "table.states a[href=\"/states/AND\"]"));

    // After its withdrawal took effect, the same shape is filled as withdrawn.
    let after = app.get("/states?on=2026-11-28").await.text();
    assert!(has(
        &after,
        "svg.world-map a.m-withdrawn[href=\"/states/FIN\"]"
    ));
    assert_eq!(
        select(&after, "svg.world-map a[href=\"/states/FIN\"] title"),
        ["Finland: Withdrawn"]
    );
    // The legend counts the same date.
    let legend = select(&after, ".map-legend li");
    assert!(legend.contains(&"Withdrawn 5".to_owned()), "{legend:?}");
}
