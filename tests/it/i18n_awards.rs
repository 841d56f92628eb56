//! Awards and applications in French and Spanish, past their pages' own words: the sentences
//! the code makes (what a condition waits for, where spending goes beyond the budget, what an
//! amendment changed), the history's amounts and times, the results of a bulk action, the award
//! letter in the organization's language and the e-mails in their recipient's.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use clearway::i18n::Lang;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::awards::{approved_signed, award};
use crate::helpers::{TestApp, application_body, select};
use crate::i18n::{assert_speaks, without_letters};

/// The no-break space French and Spanish put between an amount and its currency, and the
/// narrow one French groups thousands with (`select` folds both into spaces).
const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// A call of the API that must succeed.
async fn post(app: &TestApp, token: &str, path: &str, body: serde_json::Value) {
    let answer = app.with_token(token, Method::POST, path, Some(body)).await;
    assert!(
        [StatusCode::OK, StatusCode::CREATED].contains(&answer.status),
        "{path}: {}",
        answer.text()
    );
}

/// The person with address `email` reads Clearway (and its e-mails) in `lang`.
async fn reads_in(app: &TestApp, email: &str, lang: Lang) {
    use clearway::entities::user;
    user::Entity::update_many()
        .col_expr(user::Column::Language, Expr::value(lang.as_str()))
        .filter(user::Column::Email.eq(email))
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn an_amended_and_overspent_award_speaks_french_and_spanish() {
    let app = TestApp::spawn().await;
    let (id, member, _, staff, _) = approved_signed(&app, "1000.00").await;
    let reports: Vec<i64> = award(&app, &staff, id).await["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/amendments"),
        json!({"kind": "extension", "reason": "Élections reportées", "ends_on": "2028-03-01"}),
    )
    .await;
    post(
        &app,
        &member,
        &format!("/api/v1/reports/{}/submit", reports[1]),
        json!({"narrative": "Voyages et une réunion.", "spending": [
            {"category": "travel", "amount": "1150.00"},
            {"category": "meetings", "amount": "49.00"}]}),
    )
    .await;
    let staff_user = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff_user).await;
    for (lang, expected) in [
        (
            Lang::Fr,
            [
                format!("Réunions{NBSP}: 49,00{NBSP}USD déclarés pour 0,00{NBSP}USD prévus"),
                format!(
                    "au total, 1{NNBSP}199,00{NBSP}USD déclarés pour une subvention de \
                     1{NNBSP}000,00{NBSP}USD"
                ),
                format!("date de fin{NBSP}: "),
                "1 mars 2028".to_owned(),
                "Avenant".to_owned(),
            ],
        ),
        (
            Lang::Es,
            [
                format!("Reuniones: 49,00{NBSP}USD declarados frente a 0,00{NBSP}USD previstos"),
                format!(
                    "en total, 1.199,00{NBSP}USD declarados frente a los 1.000,00{NBSP}USD de la \
                     subvención"
                ),
                "fecha de finalización: ".to_owned(),
                "1 mar 2028".to_owned(),
                "Modificación".to_owned(),
            ],
        ),
    ] {
        browser.cookies.insert("lang".into(), lang.as_str().into());
        let page = browser.get(&format!("/awards/{id}")).await;
        page.assert_status(StatusCode::OK);
        let html = page.text();
        assert_speaks(&without_letters(&html), lang);
        for text in &expected {
            assert!(html.contains(text.as_str()), "{lang:?}: {text}\n{html}");
        }
        // The history: its times and its actions in the language, no English month.
        let history = select(&html, "ol.audit li");
        assert!(!history.is_empty());
        assert!(
            history.iter().all(|line| !line.contains(" Dec ")
                && !line.contains(" Nov ")
                && !line.contains("Award amended")),
            "{lang:?}: {history:?}"
        );
    }
}

#[tokio::test]
async fn an_awards_history_gives_amounts_their_currency_in_the_pages_language() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff, _) = approved_signed(&app, "1000.00").await;
    // A larger amount, its schedule confirmed: the amendment keeps the amount as a number.
    let added = award(&app, &staff, id).await["disbursements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| json!({"sequence": d["sequence"], "amount": d["amount"]}))
        .chain([json!({"amount": "200.00"})])
        .collect::<Vec<_>>();
    post(
        &app,
        &staff,
        &format!("/api/v1/awards/{id}/amendments"),
        json!({"kind": "amount_change", "reason": "Une réunion de plus", "amount": "1200.00",
               "installments": added}),
    )
    .await;
    let staff_user = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff_user).await;
    browser.cookies.insert("lang".into(), "fr".into());
    let html = browser.get(&format!("/awards/{id}")).await.text();
    let history = select(&html, "ol.audit li").join("\n");
    assert!(
        history.contains("Montant: 1 000,00 USD → 1 200,00 USD"),
        "{history}"
    );
    assert!(history.contains("Avenant"), "{history}");
    assert!(
        history.contains("n° 3 : 200,00 USD (prévue)"),
        "the schedule in words: {history}"
    );
    // The same history in English names the currency too.
    browser.cookies.insert("lang".into(), "en".into());
    let html = browser.get(&format!("/awards/{id}")).await.text();
    let history = select(&html, "ol.audit li").join("\n");
    assert!(history.contains("1,000.00 USD → 1,200.00 USD"), "{history}");
}

#[tokio::test]
async fn the_results_of_a_bulk_action_speak_french() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Campagne sénégalaise", "SEN").await;
    let member = app.member_token(org).await;
    let mut ids = Vec::new();
    for (title, submit) in [("Rencontres à Dakar", true), ("Encore un brouillon", false)] {
        let mut body = application_body(round, "low", "1500.00");
        body["title"] = json!(title);
        let created = app
            .with_token(&member, Method::POST, "/api/v1/applications", Some(body))
            .await;
        created.assert_status(StatusCode::CREATED);
        let id = created.json()["id"].as_i64().unwrap();
        if submit {
            post(
                &app,
                &member,
                &format!("/api/v1/applications/{id}/submit"),
                json!({}),
            )
            .await;
        }
        ids.push(id.to_string());
    }
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    browser.cookies.insert("lang".into(), "fr".into());
    let summary = browser
        .post_form_of(
            "/applications",
            "/applications/bulk",
            &[
                ("action", "start_review"),
                ("ids", &ids[0]),
                ("ids", &ids[1]),
            ],
        )
        .await;
    summary.assert_status(StatusCode::OK);
    let html = summary.text();
    assert_speaks(&html, Lang::Fr);
    assert_eq!(
        select(&html, "h1"),
        ["Commencer l'évaluation : 1 sur 2 traitée"]
    );
    let done = select(&html, "ul.bulk-done li");
    assert_eq!(done.len(), 1);
    assert!(
        done[0].contains("« Rencontres à Dakar » : l'évaluation a commencé"),
        "{done:?}"
    );
    assert_eq!(select(&html, "ul.bulk-refused li").len(), 1);
    assert!(html.contains("Retour à la liste des demandes"));

    // A form without a selection: nothing done, said in French.
    let nothing = browser
        .post_form_of(
            "/applications",
            "/applications/bulk",
            &[("action", "start_review")],
        )
        .await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = nothing.text();
    assert_speaks(&html, Lang::Fr);
    assert_eq!(select(&html, "h1"), ["Rien n'a été fait"]);
}

#[tokio::test]
async fn a_spanish_member_is_told_of_a_payment_in_spanish() {
    let app = TestApp::spawn().await;
    let (id, _, member_email, staff, finance) = approved_signed(&app, "1950.50").await;
    reads_in(&app, &member_email, Lang::Es).await;
    let before = app.emails_to(&member_email).await.len();
    let a = award(&app, &staff, id).await;
    let reference = a["reference"].as_str().unwrap().to_owned();
    let first = a["disbursements"][0]["id"].as_i64().unwrap();
    for step in ["approve", "pay"] {
        post(
            &app,
            &finance,
            &format!("/api/v1/disbursements/{first}/{step}"),
            json!({"paid_on": "2026-11-20", "payment_reference": "WIRE-77"}),
        )
        .await;
    }
    let mails = app.emails_to(&member_email).await;
    let (subject, body) = &mails[before + 1];
    assert_eq!(subject, &format!("{reference}: tramo 1 pagado"));
    assert!(
        body.contains(&format!(
            "El tramo 1 de su subvención, 1.365,35{NBSP}USD, se pagó el 20 nov 2026 \
             (referencia del pago: WIRE-77)."
        )),
        "{body}"
    );
    assert!(body.contains("Abrir la subvención"), "{body}");
    for english in ["Installment", "was paid", "Open the award"] {
        assert!(!body.contains(english), "{english} in {body}");
    }
}

#[tokio::test]
async fn the_award_letter_is_written_in_the_organizations_language() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff, _) = approved_signed(&app, "1000.00").await;
    let organization = award(&app, &staff, id).await["organization_id"]
        .as_i64()
        .unwrap();
    app.with_token(
        &staff,
        Method::PATCH,
        &format!("/api/v1/organizations/{organization}"),
        Some(json!({"language": "fr"})),
    )
    .await
    .assert_status(StatusCode::OK);
    let staff_user = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff_user).await;
    // The page is English; the letter on it is French, and says so.
    let html = browser.get(&format!("/awards/{id}/letter")).await.text();
    assert_eq!(select(&html, "article.letter[lang=fr]").len(), 1, "{html}");
    let letter = select(&html, "article.letter").join("\n");
    assert!(
        letter.contains("Lettre d'attribution de subvention"),
        "{letter}"
    );
    assert!(letter.contains("1 000,00 USD"), "{letter}");
    assert!(
        letter.contains("Nom, date") && !letter.contains("Name, date"),
        "{letter}"
    );
    assert!(
        letter.contains("Pour la Campagne internationale"),
        "{letter}"
    );
    assert!(!letter.contains("Dear colleagues"), "{letter}");
    // In a Spanish page, the letter stays French: it is the organization's.
    browser.cookies.insert("lang".into(), "es".into());
    let html = browser.get(&format!("/awards/{id}/letter")).await.text();
    assert!(
        select(&html, "article.letter")
            .join("\n")
            .contains("Chères et chers collègues")
    );
}
