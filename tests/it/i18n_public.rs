//! The public journey and the treaty record in French and Spanish: the home page, the states
//! page, the coordination form and its confirmation; a request sent from the form in French
//! records its language and gets its confirmation e-mail in French.

use axum::http::{StatusCode, header};
use chrono::{Duration, Utc};
use clearway::entities::coordination_request;
use clearway::i18n::Lang;
use sea_orm::EntityTrait;

use crate::helpers::{TestApp, select};
use crate::i18n::{assert_speaks, cookie, page_text};

async fn page(app: &TestApp, path: &str, lang: Lang) -> String {
    let response = app
        .get_with(path, &[(header::COOKIE, cookie(lang).as_str())])
        .await;
    response.assert_status(StatusCode::OK);
    response.text()
}

#[tokio::test]
async fn home_page_in_french_and_spanish() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/", Lang::Fr).await;
    assert_speaks(&html, Lang::Fr);
    assert!(
        page_text(&html).contains("Coordonnez-la avec l'ICBL"),
        "{html}"
    );
    assert!(html.contains("États parties</a>"), "{html}");
    let html = page(&app, "/", Lang::Es).await;
    assert_speaks(&html, Lang::Es);
    assert!(html.contains("Coordínela con la ICBL"));
    assert!(html.contains("Estados partes</a>"));
}

#[tokio::test]
async fn states_page_in_french_and_spanish() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/states?on=2020-01-01", Lang::Fr).await;
    assert_speaks(&html, Lang::Fr);
    assert_eq!(select(&html, "label[for=on]"), ["Statut au"]);
    assert!(html.contains("1 janvier 2020"), "the date in French");
    // The states' names and the labels of their status, in French and in French order.
    assert!(html.contains(">Allemagne</a>"));
    assert!(html.contains("<title>Allemagne\u{a0}: État partie</title>"));
    let names = select(&html, "table.states th[scope=row] a");
    let afghanistan = names.iter().position(|n| n == "Afghanistan").unwrap();
    let germany = names.iter().position(|n| n == "Allemagne").unwrap();
    assert!(germany < 5 && afghanistan < germany, "{names:?}");
    let html = page(&app, "/states?on=2020-01-01", Lang::Es).await;
    assert_speaks(&html, Lang::Es);
    assert!(html.contains("1 de enero de 2020"));
    assert!(html.contains(">Alemania</a>"));
    assert!(html.contains("Fuera de la lista de Estados"));
}

#[tokio::test]
async fn coordination_form_in_french_and_spanish() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/coordinate", Lang::Fr).await;
    assert_speaks(&html, Lang::Fr);
    assert_eq!(select(&html, "label[for=target_state]"), ["État visé"]);
    assert!(html.contains(r#"<optgroup label="États non liés par la Convention">"#));
    assert!(html.contains("Une démarche conjointe, avec la campagne nationale"));
    let html = page(&app, "/coordinate", Lang::Es).await;
    assert_speaks(&html, Lang::Es);
    assert_eq!(
        select(&html, "button[type=submit]"),
        ["Enviar la solicitud"]
    );
    assert!(html.contains("Reunión en la capital"));
}

#[tokio::test]
async fn a_request_sent_in_french_is_confirmed_in_french() {
    let app = TestApp::spawn().await;
    let mut browser = app.browser();
    browser.cookies.insert("lang".into(), "fr".into());
    let form = browser.get("/coordinate").await.text();
    let key = form
        .split(r#"name="idempotency_key" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let day = |offset| (Utc::now().date_naive() + Duration::days(offset)).to_string();
    let (start, end) = (day(30), day(45));
    let fields = [
        ("idempotency_key", key.as_str()),
        ("requesting_state", "FRA"),
        (
            "ministry",
            "Ministère de l'Europe et des Affaires étrangères",
        ),
        ("contact_name", "Claire Martin"),
        ("contact_email", "claire.martin@diplomatie.example.org"),
        ("target_state", "NPL"),
        ("approach", "demarche"),
        ("window_start", start.as_str()),
        ("window_end", end.as_str()),
        ("mode", "complementary"),
        ("message", ""),
        ("website", ""),
    ];
    let received = browser.post_form("/coordinate", &fields).await;
    received.assert_status(StatusCode::CREATED);
    let html = received.text();
    assert_speaks(&html, Lang::Fr);
    assert!(
        page_text(&html).contains("L'ICBL a reçu votre demande concernant Népal."),
        "{html}"
    );

    // The private status page, in French.
    let status_path = html
        .split(r#"<a href=""#)
        .find(|rest| rest.starts_with("/coordinate/status/"))
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let status = browser.get(&status_path).await;
    status.assert_status(StatusCode::OK);
    let status = status.text();
    assert_speaks(&status, Lang::Fr);
    assert!(
        status.contains(">Reçue</span> France → Népal, du "),
        "{status}"
    );
    assert!(page_text(&status).contains("Votre demande est parvenue à l'ICBL."));
    assert_eq!(select(&status, "button.secondary"), ["Retirer la demande"]);

    // The language is recorded on the request, and its e-mails are written in it.
    let rows = coordination_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].language, Lang::Fr);
    let mails = app.emails_to("claire.martin@diplomatie.example.org").await;
    assert_eq!(mails.len(), 1);
    let (subject, body) = &mails[0];
    assert_eq!(
        subject,
        &format!(
            "L'ICBL a reçu la demande de coordination {}",
            rows[0].reference
        )
    );
    assert!(body.contains("Bonjour,"), "{body}");
    assert!(body.contains("une démarche auprès de Népal (du "), "{body}");
    assert!(body.contains("Suivre la demande"), "{body}");

    // Staff's alert about it stays in English.
    let staff = app.emails_to("grants@localhost").await;
    assert!(
        staff
            .iter()
            .any(|(s, _)| s.starts_with("New coordination request")),
        "{staff:?}"
    );
}

#[tokio::test]
async fn the_api_takes_the_requester_s_language_and_defaults_to_english() {
    let app = TestApp::spawn().await;
    let mut body = crate::coordination::request_body("NPL", "es-1");
    body["language"] = "es".into();
    crate::coordination::post(&app, &body)
        .await
        .assert_status(StatusCode::CREATED);
    let mut english = crate::coordination::request_body("AZE", "en-1");
    english["contact_email"] = "someone@mfa.example.org".into();
    crate::coordination::post(&app, &english)
        .await
        .assert_status(StatusCode::CREATED);
    let mut wrong = crate::coordination::request_body("AZE", "de-1");
    wrong["language"] = "de".into();
    crate::coordination::post(&app, &wrong)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let rows = coordination_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    let languages: Vec<_> = rows.iter().map(|r| r.language).collect();
    assert_eq!(languages, [Lang::Es, Lang::En]);
    let mails = app.emails_to("ingrid.hansen@mfa.example.org").await;
    assert!(
        mails[0]
            .0
            .starts_with("La ICBL recibió la solicitud de coordinación")
    );
}

#[tokio::test]
async fn a_state_page_in_french_and_spanish_and_its_staff_forms() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/states/DEU?on=2020-01-01", Lang::Fr).await;
    assert_speaks(&html, Lang::Fr);
    assert_eq!(select(&html, "h1"), ["Allemagne"]);
    assert!(page_text(&html).contains("Dépôt de l'instrument de ratification"));
    assert!(html.contains("au 1 janvier 2020"));
    let html = page(&app, "/states/NPL", Lang::Es).await;
    assert_speaks(&html, Lang::Es);
    assert_eq!(select(&html, "h1"), ["Nepal"]);
    assert!(html.contains("Este Estado no ha firmado la Convención ni se ha adherido a ella."));

    // Staff see the sensitivity and event forms in their language.
    let staff = app.user(clearway::auth::Role::Staff, None).await;
    for (lang, record) in [
        (Lang::Fr, "Enregistrer un événement"),
        (Lang::Es, "Registrar un acontecimiento"),
    ] {
        let mut browser = app.signed_in(&staff).await;
        browser.cookies.insert("lang".into(), lang.as_str().into());
        let html = browser.get("/states/NPL").await.text();
        assert_speaks(&html, lang);
        assert_eq!(select(&html, "#record-heading"), [record]);
    }
}

#[tokio::test]
async fn staff_pages_of_coordination_requests_in_french_and_spanish() {
    let app = TestApp::spawn().await;
    app.organization("Nepal Campaign to Ban Landmines", "NPL")
        .await;
    crate::coordination::post(&app, &crate::coordination::request_body("NPL", "staff-1"))
        .await
        .assert_status(StatusCode::CREATED);
    let id = coordination_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap()[0]
        .id;
    let staff = app.user(clearway::auth::Role::Staff, None).await;
    for (lang, list_title, flag) in [
        (
            Lang::Fr,
            "Demandes de coordination",
            "Une organisation membre travaille dans l'État visé",
        ),
        (
            Lang::Es,
            "Solicitudes de coordinación",
            "Una organización miembro trabaja en el Estado destinatario",
        ),
    ] {
        let mut browser = app.signed_in(&staff).await;
        browser.cookies.insert("lang".into(), lang.as_str().into());
        let list = browser.get("/coordination-requests").await;
        list.assert_status(StatusCode::OK);
        let list = list.text();
        assert_speaks(&list, lang);
        assert_eq!(select(&list, "h1"), [list_title]);
        assert!(page_text(&list).contains(flag), "{list}");
        let show = browser.get(&format!("/coordination-requests/{id}")).await;
        show.assert_status(StatusCode::OK);
        let show = show.text();
        // The conversation's block is the threads' (partials/thread): the rest of the page.
        let start = show.find(r#"<section id="conversation""#).unwrap();
        let end = start + show[start..].find("</section>").unwrap();
        let without_thread = format!("{}{}", &show[..start], &show[end..]);
        assert_speaks(&without_thread, lang);
        assert!(page_text(&show).contains(flag));
    }
}

#[tokio::test]
async fn open_data_page_in_french_and_spanish() {
    let app = TestApp::spawn().await;
    let html = page(&app, "/open-data", Lang::Fr).await;
    assert_speaks(&html, Lang::Fr);
    assert_eq!(select(&html, "h1"), ["Données ouvertes"]);
    assert!(html.contains("standard de données 360Giving"));
    let html = page(&app, "/open-data", Lang::Es).await;
    assert_speaks(&html, Lang::Es);
    assert!(page_text(&html).contains("Qué se publica y qué no"));
}
