//! The money pages in French and Spanish: an award, the awards, payments, budgets, rounds,
//! campaigns, the inbox and the exchange rates speak the reader's language, with amounts and
//! dates written as that language writes them.

use axum::http::StatusCode;
use clearway::auth::Role;
use clearway::i18n::Lang;

use crate::awards::{approved_signed, award};
use crate::helpers::{Browser, TestApp};
use crate::i18n::{assert_speaks, without_letters};

/// `browser` asks for its pages in `lang`.
fn speaking<'a>(mut browser: Browser<'a>, lang: Lang) -> Browser<'a> {
    browser
        .cookies
        .insert("lang".into(), lang.as_str().to_owned());
    browser
}

/// The page at `path` in `lang`, checked to speak it, as text.
async fn page_in(browser: &mut Browser<'_>, path: &str, lang: Lang) -> String {
    let page = browser.get(path).await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    let shown = without_letters(&html);
    assert_speaks(&shown, lang);
    html
}

#[tokio::test]
async fn an_award_speaks_french_and_spanish_to_staff() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved_signed(&app, "1950.50").await;
    let _ = award(&app, &staff_token, id).await;
    let staff = app.user(Role::Staff, None).await;
    let path = format!("/awards/{id}");

    let mut french = speaking(app.signed_in(&staff).await, Lang::Fr);
    let html = page_in(&mut french, &path, Lang::Fr).await;
    assert!(html.contains("Échéancier des paiements"), "{html}");
    assert!(html.contains("1\u{202f}950,50\u{a0}USD"), "{html}");
    assert!(html.contains("En cours"));

    let mut spanish = speaking(app.signed_in(&staff).await, Lang::Es);
    let html = page_in(&mut spanish, &path, Lang::Es).await;
    assert!(html.contains("Calendario de pagos"), "{html}");
    assert!(
        html.contains("1950,50\u{a0}USD") || html.contains("1.950,50\u{a0}USD"),
        "{html}"
    );
}

#[tokio::test]
async fn the_money_pages_speak_french_and_spanish() {
    let app = TestApp::spawn().await;
    let (id, _, _, staff_token, _) = approved_signed(&app, "1950.50").await;
    let round = award(&app, &staff_token, id).await["round_id"]
        .as_i64()
        .unwrap();
    let staff = app.user(Role::Staff, None).await;
    let finance = app.user(Role::Finance, None).await;
    let expected: [(&str, Lang, &str); 12] = [
        ("/awards", Lang::Fr, "Réinitialiser"),
        ("/awards", Lang::Es, "Restablecer"),
        ("/rounds", Lang::Fr, "Appels à propositions"),
        ("/rounds", Lang::Es, "Convocatorias"),
        ("/rounds/new", Lang::Fr, "Paliers de subvention"),
        ("/rounds/new", Lang::Es, "Niveles de subvención"),
        ("/campaigns", Lang::Fr, "Nouvelle campagne"),
        ("/campaigns", Lang::Es, "Nueva campaña"),
        ("/campaigns/new", Lang::Fr, "Organisations chefs de file"),
        ("/campaigns/new", Lang::Es, "Organizaciones responsables"),
        ("/awards/{id}/letter", Lang::Fr, "Télécharger le PDF"),
        ("/awards/{id}/letter", Lang::Es, "Descargar el PDF"),
    ];
    for (path, lang, text) in expected {
        let path = path.replace("{id}", &id.to_string());
        let mut browser = speaking(app.signed_in(&staff).await, lang);
        let html = page_in(&mut browser, &path, lang).await;
        assert!(html.contains(text), "{path} in {lang:?}: {html}");
    }
    for (path, lang, text) in [
        (format!("/rounds/{round}"), Lang::Fr, "Règles"),
        (format!("/rounds/{round}"), Lang::Es, "Reglas"),
        (
            format!("/rounds/{round}/letter"),
            Lang::Fr,
            "Modèle de lettre",
        ),
        (
            format!("/rounds/{round}/letter"),
            Lang::Es,
            "Plantilla de la carta",
        ),
        ("/finance".to_owned(), Lang::Fr, "Échéance"),
        ("/finance".to_owned(), Lang::Es, "Vence"),
        ("/budgets".to_owned(), Lang::Fr, "Par appel"),
        (
            "/budgets?by=state".to_owned(),
            Lang::Es,
            "Por Estado destinatario",
        ),
        ("/finance/rates".to_owned(), Lang::Fr, "Taux de change"),
        ("/finance/rates".to_owned(), Lang::Es, "Tipos de cambio"),
    ] {
        let who = if path.starts_with("/rounds") {
            &staff
        } else {
            &finance
        };
        let mut browser = speaking(app.signed_in(who).await, lang);
        let html = page_in(&mut browser, &path, lang).await;
        assert!(html.contains(text), "{path} in {lang:?}: {html}");
    }
    // The budget's figures are written as the language writes them.
    let mut french = speaking(app.signed_in(&finance).await, Lang::Fr);
    let html = page_in(&mut french, "/budgets", Lang::Fr).await;
    assert!(html.contains("1\u{202f}950,50\u{a0}USD"), "{html}");
}

#[tokio::test]
async fn a_campaign_speaks_french_and_spanish() {
    let app = TestApp::spawn().await;
    let lead = app.organization("Azerbaijan Campaign", "AZE").await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let created = app
        .with_token(
            &token,
            axum::http::Method::POST,
            "/api/v1/campaigns",
            Some(
                serde_json::json!({"state": "aze", "name": "Azerbaijan joins",
                "status": "active", "asks": ["accession"], "lead_organization_ids": [lead]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let path = format!("/campaigns/{id}");
    let mut french = speaking(app.signed_in(&staff).await, Lang::Fr);
    let html = page_in(&mut french, &path, Lang::Fr).await;
    assert!(html.contains("Journal des activités"), "{html}");
    assert!(html.contains("Adhésion à la Convention"), "{html}");
    let mut spanish = speaking(app.signed_in(&staff).await, Lang::Es);
    let html = page_in(&mut spanish, &path, Lang::Es).await;
    assert!(html.contains("Registro de actividades"), "{html}");
    assert!(html.contains("En curso"), "{html}");
}
