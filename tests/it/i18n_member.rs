//! The member's journey in French and Spanish: the application form, the answers to check, the
//! application's page, the start page, the list, the organization's pages and the deadlines.

use axum::http::StatusCode;
use clearway::auth::Role;
use clearway::i18n::Lang;

use crate::helpers::{TestApp, select};
use crate::i18n::assert_speaks;

/// A complete application with one activity and one budget line (tier `low`).
fn complete(round: &str) -> Vec<(&str, &str)> {
    vec![
        ("round_id", round),
        ("organization_id", ""),
        ("target_state", "NPL"),
        ("campaign_id", ""),
        ("title", "Audition parlementaire sur la Convention"),
        ("summary", "Une audition à Katmandou."),
        ("objectives", "Une motion en faveur de l'adhésion."),
        ("tier", "low"),
        ("lower_tier_plan", "L'audition seulement."),
        ("activity_kind", "parliamentary_engagement"),
        ("activity_description", "Audition devant la commission"),
        ("activity_starts_on", "2027-04-10"),
        ("activity_ends_on", "2027-04-11"),
        ("line_category", "meetings"),
        ("line_description", "Salle et interprétation"),
        ("line_amount", "1200.50"),
        ("intent", "submit"),
    ]
}

#[tokio::test]
async fn a_member_drafts_checks_and_submits_an_application_in_french_and_spanish() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await.to_string();
    let org = app.organization("Nepal Campaign", "NPL").await;
    let member = app.user(Role::Member, Some(org)).await;
    for (lang, words) in [
        (
            Lang::Fr,
            [
                "Enregistrer le brouillon",
                "Ajouter une activité",
                "Vérifiez vos réponses avant de soumettre",
                "Rencontre avec les autorités",
                "Soumettre la demande",
                "Demande soumise\u{a0}: sa référence est",
                "Activités prévues",
            ],
        ),
        (
            Lang::Es,
            [
                "Guardar el borrador",
                "Añadir otra actividad",
                "Revise sus respuestas antes de enviar",
                "Reunión con las autoridades",
                "Enviar la solicitud",
                "Solicitud enviada: su referencia es",
                "Actividades previstas",
            ],
        ),
    ] {
        let mut browser = app.signed_in(&member).await;
        // The header's switch: the `lang` cookie.
        let cookie = crate::i18n::cookie(lang);
        let (name, value) = cookie.split_once('=').unwrap();
        browser.cookies.insert(name.into(), value.into());

        // The form.
        let new = browser
            .get(&format!("/applications/new?round_id={round}"))
            .await;
        new.assert_status(StatusCode::OK);
        let new = new.text();
        assert_speaks(&new, lang);
        assert!(new.contains(words[0]) && new.contains(words[1]), "{new}");
        // Activity kinds in the page's language; states by their name in it.
        assert!(new.contains(words[3]));
        let nepal = if lang == Lang::Fr { "Népal" } else { "Nepal" };
        assert!(new.contains(&format!(">{nepal}")), "{nepal}");

        // A refused save: the form again, in the language, with the error summary.
        let refused = browser
            .post_form(
                "/applications",
                &[
                    ("round_id", round.as_str()),
                    ("intent", "submit"),
                    ("title", ""),
                ],
            )
            .await;
        // (The sentences of the messages are error.rs's, translated apart.)
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        let refused = refused.text();
        assert!(refused.contains(&format!(r#"<html lang="{}">"#, lang.as_str())));
        assert!(refused.contains(words[0]));

        // Save and check.
        let saved = browser.post_form("/applications", &complete(&round)).await;
        saved.assert_status(StatusCode::SEE_OTHER);
        let check = saved.header("location").to_owned();
        assert!(check.ends_with("/check"), "{check}");
        let page = browser.get(&check).await;
        page.assert_status(StatusCode::OK);
        let page = page.text();
        assert_speaks(&page, lang);
        assert!(page.contains(words[2]), "{page}");
        // Amounts as the language writes them (`select` folds the no-break spaces).
        let amount = select(&page, ".check-answer dd.prose");
        assert!(
            amount.iter().any(|a| a.ends_with("200,50 USD")),
            "{amount:?}"
        );
        let id = check
            .trim_start_matches("/applications/")
            .trim_end_matches("/check")
            .to_owned();
        assert_eq!(
            select(
                &page,
                &format!("form[action=\"/applications/{id}/submit\"] button")
            ),
            [words[4]]
        );

        // The application's page, before and after submitting.
        let show = browser.get(&format!("/applications/{id}")).await.text();
        assert_speaks(&show, lang);
        assert!(show.contains(words[6]));
        let submitted = browser
            .post_form(&format!("/applications/{id}/submit"), &[])
            .await;
        submitted.assert_status(StatusCode::SEE_OTHER);
        let show = browser.get(&format!("/applications/{id}")).await;
        show.assert_status(StatusCode::OK);
        let show = show.text();
        assert_speaks(&show, lang);
        assert!(show.contains(words[5]), "{show}");
        let soumise = if lang == Lang::Fr {
            "Soumise"
        } else {
            "Enviada"
        };
        assert_eq!(select(&show, ".lead .badge"), [soumise]);

        // The member's list and start page.
        let list = browser.get("/applications").await;
        list.assert_status(StatusCode::OK);
        let list = list.text();
        assert_speaks(&list, lang);
        let yours = if lang == Lang::Fr {
            "Vos demandes"
        } else {
            "Sus solicitudes"
        };
        assert!(list.contains(yours));
        assert!(select(&list, "td .badge").iter().any(|b| b == soumise));
        let start = browser.get("/start").await;
        start.assert_status(StatusCode::OK);
        let start = start.text();
        assert_speaks(&start, lang);
        let in_progress = if lang == Lang::Fr {
            "Demandes en cours"
        } else {
            "Solicitudes en curso"
        };
        assert!(start.contains(in_progress), "{start}");
        let deadlines = browser.get("/deadlines").await;
        deadlines.assert_status(StatusCode::OK);
        let deadlines = deadlines.text();
        assert_speaks(&deadlines, lang);
        let feed = if lang == Lang::Fr {
            "Dans votre agenda"
        } else {
            "En su calendario"
        };
        assert!(deadlines.contains(feed));
    }
}

#[tokio::test]
async fn an_organization_has_a_working_language_set_by_the_api_and_the_form() {
    use axum::http::Method;
    use serde_json::json;

    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let token = app.token(&staff).await;
    let stored = |id: i64| {
        let db = app.db.clone();
        async move {
            use sea_orm::EntityTrait;
            clearway::entities::organization::Entity::find_by_id(id)
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .language
        }
    };

    // The API: optional, English when not given, one of the three.
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(json!({"name": "Campagne sénégalaise", "country": "SEN", "kind": "national_campaign", "language": "fr"})),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    assert_eq!(created.json()["language"], "fr");
    let id = created.json()["id"].as_i64().unwrap();
    assert_eq!(stored(id).await, Lang::Fr);
    let plain = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/organizations",
            Some(json!({"name": "Finnish Campaign", "country": "FIN", "kind": "ngo"})),
        )
        .await;
    plain.assert_status(StatusCode::CREATED);
    assert_eq!(plain.json()["language"], "en");
    let refused = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{id}"),
            Some(json!({"language": "de"})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("language"), "{}", refused.text());
    assert_eq!(stored(id).await, Lang::Fr);
    let changed = app
        .with_token(
            &token,
            Method::PATCH,
            &format!("/api/v1/organizations/{id}"),
            Some(json!({"language": "es"})),
        )
        .await;
    changed.assert_status(StatusCode::OK);
    assert_eq!(stored(id).await, Lang::Es);

    // The form: the select offers the three, each in its own name; a member of the
    // organization changes it.
    let member = app.user(Role::Member, Some(id)).await;
    let mut browser = app.signed_in(&member).await;
    let form = browser
        .get(&format!("/organizations/{id}/edit"))
        .await
        .text();
    assert_eq!(
        select(&form, "select#language option"),
        ["English", "Français", "Español"]
    );
    assert_eq!(
        select(&form, "select#language option[selected]"),
        ["Español"]
    );
    let saved = browser
        .post_form(
            &format!("/organizations/{id}"),
            &[("name", "Campagne sénégalaise"), ("language", "fr")],
        )
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(stored(id).await, Lang::Fr);

    // The registry's pages in French and Spanish.
    let mut staff_browser = app.signed_in(&staff).await;
    for (lang, words) in [
        (
            Lang::Fr,
            [
                "Organisations membres",
                "Langue de travail",
                "Campagne nationale",
            ],
        ),
        (
            Lang::Es,
            [
                "Organizaciones miembros",
                "Idioma de trabajo",
                "Campaña nacional",
            ],
        ),
    ] {
        staff_browser
            .cookies
            .insert("lang".into(), lang.as_str().into());
        for (path, expected) in [
            ("/organizations".to_owned(), words[0]),
            (format!("/organizations/{id}"), words[0]),
            (format!("/organizations/{id}/edit"), words[1]),
            ("/organizations/new".to_owned(), words[1]),
        ] {
            let page = staff_browser.get(&path).await;
            page.assert_status(StatusCode::OK);
            let page = page.text();
            assert_speaks(&page, lang);
            assert!(page.contains(expected), "{path}: {expected}");
        }
        let applications = staff_browser.get("/applications").await;
        applications.assert_status(StatusCode::OK);
        assert_speaks(&applications.text(), lang);
        let show = staff_browser
            .get(&format!("/organizations/{id}"))
            .await
            .text();
        assert!(show.contains(words[1]) && show.contains(words[2]));
        assert!(
            show.contains(">Français</dd>"),
            "the language in its own name"
        );
    }
}
