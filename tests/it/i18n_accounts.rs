//! Accounts in French and Spanish: the account's language setting, e-mails in the recipient's
//! language, and the pages of signing in and of accounts in both languages.

use axum::http::StatusCode;
use clearway::auth::Role;
use clearway::entities::{organization, outbox, user};
use clearway::i18n::Lang;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::helpers::{Browser, PASSWORD, TestApp, TestUser, select};
use crate::i18n::{assert_speaks, page_text};

async fn language_of(app: &TestApp, person: &TestUser) -> Lang {
    user::Entity::find_by_id(person.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .language
}

/// An organization that works in `lang`.
async fn organization_in(app: &TestApp, name: &str, lang: Lang) -> i64 {
    let id = app.organization(name, "SEN").await;
    organization::ActiveModel {
        id: Set(id),
        language: Set(lang),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    id
}

/// The messages queued to `address`, oldest first.
async fn queued_to(app: &TestApp, address: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::ToAddress.eq(address))
        .order_by_asc(outbox::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

fn link_in(body: &str, path: &str) -> String {
    let start = body.find(path).expect("a link in the e-mail");
    body[start..start + path.len() + 64].to_owned()
}

#[tokio::test]
async fn the_account_page_sets_the_language_of_pages_and_emails() {
    let app = TestApp::spawn().await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = browser.get("/account").await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    assert!(html.contains(r#"<html lang="en">"#));
    assert_eq!(select(&html, "#language option[selected]"), ["English"]);
    assert_eq!(
        select(&html, "#language option"),
        ["English", "Français", "Español"]
    );

    let saved = browser
        .post_form("/account/language", &[("language", "fr")])
        .await;
    saved.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(saved.header("location"), "/account");
    assert_eq!(language_of(&app, &staff).await, Lang::Fr);
    // This browser follows at once: the switch's cookie.
    assert_eq!(browser.cookies.get("lang").map(String::as_str), Some("fr"));
    let html = browser.get("/account").await.text();
    assert_speaks(&html, Lang::Fr);
    assert!(html.contains("Vos pages et vos courriels sont désormais en français."));
    assert_eq!(select(&html, "#language option[selected]"), ["Français"]);
    assert!(html.contains("<h1>Votre compte</h1>"));

    // Without the cookie (another browser), the account's setting chooses.
    let mut other = app.signed_in(&staff).await;
    assert!(!other.cookies.contains_key("lang"));
    assert_speaks(&other.get("/account").await.text(), Lang::Fr);

    // Spanish, then a language Clearway does not have: refused, nothing changed.
    browser
        .post_form("/account/language", &[("language", "es")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(language_of(&app, &staff).await, Lang::Es);
    let html = browser.get("/account").await.text();
    assert_speaks(&html, Lang::Es);
    assert!(html.contains("Sus páginas y correos están ahora en español."));
    browser
        .post_form("/account/language", &[("language", "de")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(language_of(&app, &staff).await, Lang::Es);
    assert!(
        browser
            .get("/account")
            .await
            .text()
            .contains("«de» no es un idioma de Clearway")
    );
}

#[tokio::test]
async fn a_french_member_gets_the_password_reset_email_in_french() {
    let app = TestApp::spawn().await;
    let org = organization_in(&app, "Campagne sénégalaise", Lang::Fr).await;
    // A member's account takes the language their organization works in.
    let member = app.user(Role::Member, Some(org)).await;
    assert_eq!(language_of(&app, &member).await, Lang::Fr);
    let staff = app.user(Role::Staff, None).await;
    assert_eq!(language_of(&app, &staff).await, Lang::En);

    // Asked from an English browser: the e-mail follows the account, not the page.
    let mut browser = app.browser();
    browser
        .post_form("/password-reset", &[("email", &member.email)])
        .await
        .assert_status(StatusCode::OK);
    let queued = queued_to(&app, &member.email).await;
    assert_eq!(queued.len(), 1);
    let email = &queued[0];
    assert_eq!(email.subject, "Choisir un nouveau mot de passe Clearway");
    assert!(
        email.text_body.starts_with("Bonjour,"),
        "{}",
        email.text_body
    );
    assert!(
        email
            .text_body
            .contains("le lien est valable une heure, une seule fois"),
        "{}",
        email.text_body
    );
    assert!(email.html_body.contains(r#"<html lang="fr">"#));
    assert!(
        email
            .html_body
            .contains("Choisir un nouveau mot de passe</a>")
    );

    // The link's page, in the language of the browser that opens it.
    let link = link_in(&email.text_body, "/password-reset/");
    browser.cookies.insert("lang".into(), "fr".into());
    let html = browser.get(&link).await.text();
    assert_speaks(&html, Lang::Fr);
    assert!(html.contains("Choisir un nouveau mot de passe"));

    // An English person's stays English.
    browser.cookies.clear();
    browser
        .post_form("/password-reset", &[("email", &staff.email)])
        .await;
    let queued = queued_to(&app, &staff.email).await;
    assert_eq!(queued[0].subject, "Choose a new Clearway password");
}

#[tokio::test]
async fn an_invitation_to_a_spanish_organization_is_in_spanish_and_so_is_the_account() {
    let app = TestApp::spawn().await;
    let org = organization_in(&app, "Campaña Colombiana", Lang::Es).await;
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    browser
        .post_form(
            "/users",
            &[
                ("email", "lucia@example.org"),
                ("name", "Lucía"),
                ("role", "member"),
                ("organization_id", &org.to_string()),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let queued = queued_to(&app, "lucia@example.org").await;
    assert_eq!(queued.len(), 1);
    let email = &queued[0];
    assert_eq!(
        email.subject,
        "Invitación a Clearway, el programa de subvenciones de la ICBL"
    );
    assert!(
        email.text_body.starts_with("Estimado/a Lucía:"),
        "{}",
        email.text_body
    );
    assert!(
        email
            .text_body
            .contains("con el rol «Organización miembro» de Campaña Colombiana"),
        "{}",
        email.text_body
    );
    assert!(email.html_body.contains(r#"<html lang="es">"#));

    // Accepted, the account is Spanish: its pages are, with no cookie.
    let link = link_in(&email.text_body, "/invitations/");
    let mut invited = app.browser();
    invited
        .post_form_of(
            &link,
            &link,
            &[
                ("name", "Lucía"),
                ("password", "copper kettle violin harbour"),
                ("confirm", "copper kettle violin harbour"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let account = user::Entity::find()
        .filter(user::Column::EmailKey.eq("lucia@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.language, Lang::Es);
    let html = invited.get("/account").await.text();
    assert_speaks(&html, Lang::Es);
    assert!(html.contains("Organización miembro"));
}

/// A browser asking for `lang`'s pages.
fn speaking<'a>(mut browser: Browser<'a>, lang: Lang) -> Browser<'a> {
    let cookie = crate::i18n::cookie(lang);
    let (name, value) = cookie.split_once('=').unwrap();
    browser.cookies.insert(name.into(), value.into());
    browser
}

#[tokio::test]
async fn the_pages_of_signing_in_and_of_accounts_speak_french_and_spanish() {
    let app = TestApp::spawn().await;
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member = app.user(Role::Member, Some(org)).await;
    let admin = app.user(Role::Admin, None).await;
    for (lang, expected) in [
        (
            Lang::Fr,
            [
                "Mot de passe oublié\u{a0}?",
                "M'envoyer un lien",
                "Le profil de votre organisation",
                "Activer la connexion à deux facteurs",
                "Inviter une personne",
                "Boîte d'envoi",
                "L'adresse e-mail ou le mot de passe n'est pas correct.",
            ],
        ),
        (
            Lang::Es,
            [
                "¿Olvidó su contraseña?",
                "Enviarme un enlace",
                "El perfil de su organización",
                "Activar el inicio de sesión en dos pasos",
                "Invitar a alguien",
                "Bandeja de salida",
                "El correo electrónico o la contraseña no son correctos.",
            ],
        ),
    ] {
        let mut anonymous = speaking(app.browser(), lang);
        for (path, text) in [("/login", expected[0]), ("/password-reset", expected[1])] {
            let page = anonymous.get(path).await;
            page.assert_status(StatusCode::OK);
            assert_speaks(&page.text(), lang);
            assert!(page_text(&page.text()).contains(text), "{path} in {lang:?}");
        }
        let sent = anonymous
            .post_form("/password-reset", &[("email", "nobody@example.org")])
            .await;
        assert_speaks(&sent.text(), lang);
        let wrong = anonymous.sign_in(&member.email, "not the password").await;
        wrong.assert_status(StatusCode::UNAUTHORIZED);
        assert_speaks(&wrong.text(), lang);
        assert!(page_text(&wrong.text()).contains(expected[6]));

        let mut browser = speaking(app.browser(), lang);
        browser
            .sign_in(&member.email, PASSWORD)
            .await
            .assert_status(StatusCode::SEE_OTHER);
        for (path, text) in [
            ("/account", expected[2]),
            ("/account/second-factor", expected[3]),
        ] {
            let page = browser.get(path).await;
            page.assert_status(StatusCode::OK);
            assert_speaks(&page.text(), lang);
            assert!(page_text(&page.text()).contains(text), "{path} in {lang:?}");
        }

        let mut admin_browser = speaking(app.signed_in(&admin).await, lang);
        for (path, text) in [("/users", expected[4]), ("/admin/outbox", expected[5])] {
            let page = admin_browser.get(path).await;
            page.assert_status(StatusCode::OK);
            assert_speaks(&page.text(), lang);
            assert!(page_text(&page.text()).contains(text), "{path} in {lang:?}");
        }
    }
}

/// The code an authenticator app with `secret` shows `offset` seconds from now.
fn code_at(secret: &str, offset: i64) -> String {
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).unwrap())
        .build()
        .unwrap();
    totp.generate(u64::try_from(chrono::Utc::now().timestamp() + offset).unwrap())
        .to_string()
}

fn code(secret: &str) -> String {
    code_at(secret, 0)
}

/// Six digits that are none of the codes the app shows around now.
fn wrong_code(secret: &str) -> String {
    let right: Vec<String> = (-2..=2).map(|s| code_at(secret, s * 30)).collect();
    (0..1_000_000)
        .map(|n| format!("{n:06}"))
        .find(|c| !right.contains(c))
        .unwrap()
}

#[tokio::test]
async fn the_second_factor_pages_speak_french() {
    let app = TestApp::spawn().await;
    let org = app.organization("Azerbaijan Campaign", "AZE").await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = speaking(app.browser(), Lang::Fr);
    browser.sign_in(&member.email, PASSWORD).await;
    let html = browser.get("/account/second-factor").await.text();
    assert_speaks(&html, Lang::Fr);
    let secret = select(&html, "#secret")[0].replace(' ', "");
    let codes = browser
        .post_form_of(
            "/account/second-factor",
            "/account/second-factor",
            &[("code", &code(&secret))],
        )
        .await;
    codes.assert_status(StatusCode::OK);
    assert_speaks(&codes.text(), Lang::Fr);
    assert!(codes.text().contains("Voici vos codes de secours."));

    // Signing in again asks for a code, in French; a wrong one is refused in French.
    let mut later = speaking(app.browser(), Lang::Fr);
    later.sign_in(&member.email, PASSWORD).await;
    let page = later.get("/sign-in/second-factor").await;
    assert_speaks(&page.text(), Lang::Fr);
    assert!(page.text().contains("Votre mot de passe est correct."));
    let refused = later
        .post_form_of(
            "/sign-in/second-factor",
            "/sign-in/second-factor",
            &[("code", &wrong_code(&secret))],
        )
        .await;
    refused.assert_status(StatusCode::UNAUTHORIZED);
    assert_speaks(&refused.text(), Lang::Fr);
    assert!(select(&refused.text(), "#code-error")[0].starts_with("Ce code n'est pas correct."));

    // The status page of the second factor, once on.
    let html = browser.get("/account/second-factor").await.text();
    assert_speaks(&html, Lang::Fr);
    assert!(html.contains("Codes de secours restants"));
}

#[tokio::test]
async fn the_email_that_says_only_that_something_needs_attention_is_in_the_recipients_language() {
    let app = TestApp::spawn().await;
    let org = organization_in(&app, "Campagne sénégalaise", Lang::Fr).await;
    let member = app.user(Role::Member, Some(org)).await;
    let mail = clearway::notify::Mail::from(&app.state);
    let lang = clearway::notify::language_of(&app.db, &member.email)
        .await
        .unwrap();
    assert_eq!(lang, Lang::Fr);
    mail.attention(
        &app.db,
        lang,
        &member.email,
        "https://clearway.test/awards/1".into(),
    )
    .await
    .unwrap();
    let queued = queued_to(&app, &member.email).await;
    assert_eq!(
        queued[0].subject,
        "Clearway\u{a0}: un élément requiert votre attention"
    );
    assert!(
        queued[0]
            .text_body
            .contains("Voir ce qui requiert votre attention\u{a0}: https://")
    );
    assert!(queued[0].html_body.contains(r#"<html lang="fr">"#));
    // An address that is nobody's account: English.
    assert_eq!(
        clearway::notify::language_of(&app.db, "nobody@example.org")
            .await
            .unwrap(),
        Lang::En
    );
}
