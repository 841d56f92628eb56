//! The inbox, the start page, times, deadlines' e-mails and feed, the conversations' e-mails and
//! the exports' headers in French and Spanish.

use axum::http::{Method, StatusCode};
use chrono::{Duration, Utc};
use clearway::auth::Role;
use clearway::entities::{flag, user};
use clearway::i18n::Lang;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use crate::helpers::{Browser, TestApp, TestUser, select};
use crate::i18n::{assert_speaks, page_text, without_letters};

/// `browser` asks for its pages in `lang`.
fn speaking<'a>(mut browser: Browser<'a>, lang: Lang) -> Browser<'a> {
    browser
        .cookies
        .insert("lang".into(), lang.as_str().to_owned());
    browser
}

/// The page at `path` in `lang`, checked to speak it.
async fn page_in(browser: &mut Browser<'_>, path: &str, lang: Lang) -> String {
    let page = browser.get(path).await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert_speaks(&without_letters(&html), lang);
    html
}

/// `person`'s account set to `lang`.
async fn speaks(app: &TestApp, person: &TestUser, lang: Lang) {
    user::ActiveModel {
        id: Set(person.id),
        language: Set(lang),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn the_inbox_and_the_start_page_speak_french_and_spanish() {
    let app = TestApp::spawn().await;
    clearway::seed::demo(
        &app.db,
        clearway::notify::Mail::from(&app.state),
        app.state.cookie_key.signing(),
    )
    .await
    .unwrap();
    let staff = app.user(Role::Staff, None).await;

    let mut french = speaking(app.signed_in(&staff).await, Lang::Fr);
    let html = page_in(&mut french, "/inbox", Lang::Fr).await;
    let kinds = select(&html, "nav ul.counts a");
    assert_eq!(kinds[0], "Demandes de coordination", "{kinds:?}");
    assert!(
        kinds.contains(&"Rapports en retard".to_owned()),
        "{kinds:?}"
    );
    // Since when, as French writes a date and a time.
    let since = select(&html, "ul.inbox .small");
    assert!(!since.is_empty(), "{html}");
    assert!(
        since
            .iter()
            .all(|s| s.starts_with("depuis le ") && s.contains(", ") && s.contains(" UTC")),
        "{since:?}"
    );
    page_in(&mut french, "/start", Lang::Fr).await;

    let mut spanish = speaking(app.signed_in(&staff).await, Lang::Es);
    let html = page_in(&mut spanish, "/inbox", Lang::Es).await;
    assert_eq!(
        select(&html, "nav ul.counts a")[0],
        "Solicitudes de coordinación"
    );
    let html = page_in(&mut spanish, "/start", Lang::Es).await;
    assert!(
        html.contains("Solicitudes en espera de evaluación"),
        "{html}"
    );

    // A flag resolved from the French inbox: said in French.
    let open = flag::Entity::find()
        .filter(flag::Column::ResolvedAt.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo raises flags");
    let resolved = french
        .post_form_of(
            "/inbox",
            &format!("/inbox/flags/{}/resolve", open.id),
            &[("note", "Vu avec le ministère.")],
        )
        .await;
    resolved.assert_status(StatusCode::SEE_OTHER);
    let html = page_in(&mut french, "/inbox", Lang::Fr).await;
    let text = page_text(&html).replace('\u{a0}', " ");
    let reason = open.reason.label_in(Lang::Fr);
    let mut lowered = reason.chars();
    let first = lowered.next().unwrap().to_lowercase().to_string();
    assert!(
        text.contains(&format!("Levé : {first}{}.", lowered.as_str())),
        "{text}"
    );
}

/// A round's opening and closing on its pages, in Spanish: CLDR's medium date and the time.
#[tokio::test]
async fn a_rounds_times_are_written_in_spanish() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    app.with_token(
        &token,
        Method::PATCH,
        &format!("/api/v1/rounds/{round}"),
        Some(json!({"closes_at": "2031-01-15T17:30:00Z"})),
    )
    .await
    .assert_status(StatusCode::OK);
    let mut spanish = speaking(app.signed_in(&staff).await, Lang::Es);
    let html = page_in(&mut spanish, "/rounds", Lang::Es).await;
    assert!(html.contains("15 ene 2031, 17:30 UTC"), "{html}");
    let mut english = app.signed_in(&staff).await;
    let html = english.get("/rounds").await.text();
    assert!(html.contains("15 Jan 2031 17:30 UTC"), "{html}");
}

/// Finance's reminder of an installment, in the officer's Spanish: the subject, the words and
/// the date as Spanish writes them.
#[tokio::test]
async fn an_installment_reminder_is_written_in_the_recipients_spanish() {
    let app = TestApp::spawn().await;
    let (award, _, _, staff_token, _) = crate::awards::approved(&app, "3000.00").await;
    let reference = crate::awards::award(&app, &staff_token, award).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let installment = clearway::entities::disbursement::Entity::find()
        .filter(clearway::entities::disbursement::Column::AwardId.eq(award))
        .filter(clearway::entities::disbursement::Column::Sequence.eq(1))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let due = (Utc::now() + Duration::days(5)).date_naive();
    crate::helpers::set_stored(
        &app,
        "disbursements",
        "due_on",
        installment.id,
        &due.to_string(),
    )
    .await;
    let finance = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Finance))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let officer = TestUser {
        id: finance.id,
        email: finance.email.clone(),
    };
    speaks(&app, &officer, Lang::Es).await;
    clearway::deadlines::reminders::send(&app.state, Utc::now())
        .await
        .unwrap();
    let told = app.emails_to(&finance.email).await;
    let (subject, body) = told.last().unwrap();
    let day = clearway::i18n::formats::date(Lang::Es, due);
    assert_eq!(
        subject,
        &format!("Clearway: el tramo 1 de {reference} vence el {day}")
    );
    assert!(body.contains("Compruebe su condición"), "{body}");
    assert!(body.contains("Abrirlo en Clearway"), "{body}");
    assert!(!body.contains("is due on"), "{body}");
}

/// The calendar feed of a person whose account is in French: its name and its events' summaries
/// in French, though no request says which language.
#[tokio::test]
async fn the_calendar_feed_speaks_its_owners_french() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    speaks(&app, &staff, Lang::Fr).await;
    let token = app.token(&staff).await;
    let name = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/rounds/{round}"),
            None,
        )
        .await
        .json()["name"]
        .as_str()
        .unwrap()
        .to_owned();
    let url = app
        .with_token(&token, Method::POST, "/api/v1/deadlines/feed", None)
        .await
        .json()["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let feed = app
        .get(&format!(
            "/calendar/{}",
            url.split("/calendar/").nth(1).unwrap()
        ))
        .await
        .text();
    let unfolded = icalendar::parser::unfold(&feed);
    assert!(unfolded.contains("Échéances Clearway"), "{unfolded}");
    assert!(
        unfolded.contains(&format!(
            "SUMMARY:Clôture d'un appel\u{a0}: Clôture de l'appel {name}"
        )),
        "{unfolded}"
    );
    assert!(!unfolded.contains("Round closes"), "{unfolded}");
}

/// A page's export names its columns in the page's language; the open data keeps the
/// standard's.
#[tokio::test]
async fn an_exports_header_follows_the_page_language() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    app.organization("Campagne sénégalaise", "SEN").await;
    let mut french = speaking(app.signed_in(&staff).await, Lang::Fr);
    let csv = french.get("/organizations.csv").await.text();
    assert_eq!(
        csv.lines().next().unwrap(),
        "id,nom,sigle,pays,type,statut d'adhésion,adresse de contact,site web"
    );
    let mut english = app.signed_in(&staff).await;
    let csv = english.get("/organizations.csv").await.text();
    assert_eq!(
        csv.lines().next().unwrap(),
        "id,name,acronym,country,kind,membership_status,contact_email,website"
    );
}
