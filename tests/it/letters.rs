//! Award letters: the letter of an award as a PDF (with the award's figures in its text) and as
//! a page to print; a round's own letter template, refused with its line when it does not
//! compile or names a variable a letter does not have; sending the letter, which keeps it among
//! the award's documents and tells the organization; and the print stylesheet.

use std::time::{Duration, Instant};

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::awards::{approved, award};
use crate::helpers::{TestApp, TestResponse, has, select, set_stored};

/// The text of a PDF, page after page, as a reader (or a search) finds it.
fn pdf_text(bytes: &[u8]) -> String {
    let document = lopdf::Document::load_mem(bytes).expect("a PDF lopdf reads");
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).expect("the PDF's text")
}

/// The text with its white space folded, for `contains`.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[track_caller]
fn assert_pdf(response: &TestResponse) -> String {
    response.assert_status(StatusCode::OK);
    assert_eq!(response.header("content-type"), "application/pdf");
    assert!(
        response
            .header("content-disposition")
            .starts_with("attachment"),
        "{}",
        response.header("content-disposition")
    );
    assert!(response.body.starts_with(b"%PDF-"), "not a PDF");
    folded(&pdf_text(&response.body))
}

/// An approved award of 4,000.00 USD whose organization has an accented name: (award, its
/// JSON, the organization's member, a staff token).
async fn letter_award(app: &TestApp) -> (i64, Value, crate::helpers::TestUser, String, String) {
    let (id, _, member_email, staff_token, finance_token) = approved(app, "4000.00").await;
    let a = award(app, &staff_token, id).await;
    let org = a["organization_id"].as_i64().unwrap();
    set_stored(
        app,
        "organizations",
        "name",
        org,
        "Campaña Nepalí contra las Minas",
    )
    .await;
    let member = app.user(Role::Member, Some(org)).await;
    let _ = member_email;
    (id, a, member, staff_token, finance_token)
}

#[tokio::test]
async fn an_award_letter_downloads_as_a_pdf_with_the_award_s_figures() {
    let app = TestApp::spawn().await;
    let (id, a, member, staff_token, finance_token) = letter_award(&app).await;
    let reference = a["reference"].as_str().unwrap().to_owned();

    // The API: staff and finance download it; its text carries the award's figures.
    let started = Instant::now();
    let pdf = app
        .with_token(
            &staff_token,
            Method::GET,
            &format!("/api/v1/awards/{id}/letter.pdf"),
            None,
        )
        .await;
    let request_time = started.elapsed();
    let text = assert_pdf(&pdf);
    if let Ok(path) = std::env::var("CLEARWAY_LETTER_SAMPLE") {
        // To look at: `pdftoppm -png` turns it into pictures.
        std::fs::write(path, &pdf.body).unwrap();
    }
    assert!(text.contains(&reference), "{text}");
    assert!(text.contains("4,000.00 USD"), "{text}");
    assert!(text.contains("2,800.00 USD"), "{text}");
    assert!(text.contains("1,200.00 USD"), "{text}");
    assert!(text.contains("Campaña Nepalí contra las Minas"), "{text}");
    assert!(text.contains("Final narrative report"), "{text}");
    assert!(
        text.contains(&format!("Award letter {reference}")),
        "{text}"
    );
    assert!(
        pdf.header("content-disposition")
            .contains(&format!("award-letter-{reference}.pdf")),
        "{}",
        pdf.header("content-disposition")
    );
    app.with_token(
        &finance_token,
        Method::GET,
        &format!("/api/v1/awards/{id}/letter.pdf"),
        None,
    )
    .await
    .assert_status(StatusCode::OK);

    // The organization's member: the page to print shows the figures, and its PDF downloads.
    let mut browser = app.signed_in(&member).await;
    let page = browser.get(&format!("/awards/{id}/letter")).await;
    page.assert_status(StatusCode::OK);
    let html = page.text();
    let letter = select(&html, "article.letter").join(" ");
    assert!(letter.contains(&reference), "{letter}");
    assert!(letter.contains("4,000.00 USD"), "{letter}");
    assert!(
        letter.contains("Campaña Nepalí contra las Minas"),
        "{letter}"
    );
    let rows = select(&html, "article.letter table tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].contains("2,800.00 USD"), "{rows:?}");
    assert!(has(&html, "a[href$=\"/letter.pdf\"]"));
    // Only staff are offered to send it.
    assert!(!has(
        &html,
        &format!("form[action=\"/awards/{id}/letter/send\"]")
    ));
    let text = assert_pdf(&browser.get(&format!("/awards/{id}/letter.pdf")).await);
    assert!(text.contains(&reference), "{text}");
    // The award's page leads to the letter.
    let award_page = browser.get(&format!("/awards/{id}")).await.text();
    assert!(has(
        &award_page,
        &format!("a[href=\"/awards/{id}/letter\"]")
    ));

    // Another organization's member finds no such award, nor its letter.
    let other = app.organization("Another Campaign", "AZE").await;
    let stranger = app.user(Role::Member, Some(other)).await;
    let stranger_token = app.token(&stranger).await;
    app.with_token(
        &stranger_token,
        Method::GET,
        &format!("/api/v1/awards/{id}/letter.pdf"),
        None,
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    let mut stranger_browser = app.signed_in(&stranger).await;
    for path in [
        format!("/awards/{id}/letter"),
        format!("/awards/{id}/letter.pdf"),
    ] {
        stranger_browser
            .get(&path)
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }

    // The render time, for the record (never asserted): the letter composed and drawn, and the
    // whole request.
    let full = clearway::awards::model::load(
        &app.db,
        clearway::awards::model::get(&app.db, id).await.unwrap(),
    )
    .await
    .unwrap();
    let runs: u32 = 20;
    let (mut composing, mut drawing, mut size) = (Duration::ZERO, Duration::ZERO, 0);
    for _ in 0..runs {
        let started = Instant::now();
        let letter = clearway::letters::compose(&app.db, &full, clearway::dates::today())
            .await
            .unwrap();
        composing += started.elapsed();
        let started = Instant::now();
        size = letter.pdf().unwrap().len();
        drawing += started.elapsed();
    }
    let ms = |total: Duration| total.as_secs_f64() * 1000.0 / f64::from(runs);
    eprintln!(
        "award letter, average of {runs} runs: composed (its figures read, the template \
         rendered) in {:.1} ms, the PDF drawn in {:.1} ms ({size} bytes); the first request \
         took {:.1} ms",
        ms(composing),
        ms(drawing),
        request_time.as_secs_f64() * 1000.0
    );
}

#[tokio::test]
async fn staff_give_a_round_its_own_letter_and_a_broken_template_is_refused_with_its_line() {
    let app = TestApp::spawn().await;
    let (id, a, member, _, _) = letter_award(&app).await;
    let round = a["round_id"].as_i64().unwrap();
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let path = format!("/rounds/{round}/letter");

    // The round's page leads to its letter; the form holds the default letter, with a preview.
    let round_page = browser.get(&format!("/rounds/{round}")).await.text();
    assert!(has(&round_page, &format!("a[href=\"{path}\"]")));
    let form = browser.get(&path).await;
    form.assert_status(StatusCode::OK);
    let html = form.text();
    assert!(
        select(&html, "textarea#letter_template")[0].contains("{{award.amount}}"),
        "{html}"
    );
    assert!(select(&html, "label[for=letter_template]")[0].contains("Letter template"));
    assert!(select(&html, "#preview-heading ~ article.letter")[0].contains("4,000.00 USD"));

    // A template that does not compile: 422, the line beside the field, what was typed kept.
    let broken = "# Our letter\n\nDear {{organization.name}},\n{{#if award.amount}}\nno end";
    let refused = browser
        .post_form(&path, &[("letter_template", broken), ("action", "save")])
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    let message = select(&html, "#letter_template-error").join(" ");
    assert!(message.starts_with("Line "), "{message}");
    assert!(message.contains("does not compile"), "{message}");
    assert!(has(&html, "textarea#letter_template[aria-invalid=true]"));
    assert!(select(&html, "textarea#letter_template")[0].contains("no end"));

    // A variable a letter does not have, and a partial: refused alike.
    let refused = browser
        .post_form(
            &path,
            &[
                (
                    "letter_template",
                    "Dear {{organization.name}},\n{{award.amont}}",
                ),
                ("action", "save"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let message = select(&refused.text(), "#letter_template-error").join(" ");
    assert!(message.starts_with("Line 2:"), "{message}");
    assert!(message.contains("award.amont"), "{message}");
    let refused = browser
        .post_form(
            &path,
            &[
                ("letter_template", "{{> layouts/base}}"),
                ("action", "save"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("partials"));
    let stored = clearway::rounds::model::get(&app.db, round).await.unwrap();
    assert_eq!(stored.model.letter_template, None);

    // A preview saves nothing; saving keeps the template, and the awards' letters use it.
    let own = "# Grant letter of the round\n\nSpecial terms for this round: {{organization.name}} \
               receives {{award.amount}}, <b>not bold</b>.\n\n| Installment | Amount |\n\
               {{#each installments}}\n| {{number}} | {{amount}} |\n{{/each}}\n\n\
               [signature] For {{organization.name}}\n";
    let preview = browser
        .post_form(&path, &[("letter_template", own), ("action", "preview")])
        .await;
    preview.assert_status(StatusCode::OK);
    assert!(
        select(&preview.text(), "#preview-heading ~ article.letter")[0]
            .contains("Special terms for this round: Campaña Colombiana Contra Minas")
    );
    assert_eq!(
        clearway::rounds::model::get(&app.db, round)
            .await
            .unwrap()
            .model
            .letter_template,
        None
    );
    browser
        .post_form(&path, &[("letter_template", own), ("action", "save")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let mut member_browser = app.signed_in(&member).await;
    let html = member_browser
        .get(&format!("/awards/{id}/letter"))
        .await
        .text();
    let letter = select(&html, "article.letter").join(" ");
    assert!(
        letter.contains(
            "Special terms for this round: Campaña Nepalí contra las Minas receives 4,000.00 USD"
        ),
        "{letter}"
    );
    // Markup is text: the template's HTML is shown, not obeyed.
    assert!(html.contains("&lt;b&gt;not bold&lt;/b&gt;"), "{html}");
    assert!(has(&html, "article.letter h2.letter-title"));
    assert!(has(&html, "article.letter .signature"));
    let text = assert_pdf(
        &member_browser
            .get(&format!("/awards/{id}/letter.pdf"))
            .await,
    );
    assert!(text.contains("Special terms for this round"), "{text}");
    assert!(text.contains("2,800.00 USD"), "{text}");

    // Back to the default letter; members may not edit a round's letter.
    browser
        .post_form(&path, &[("letter_template", ""), ("action", "reset")])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    assert_eq!(
        clearway::rounds::model::get(&app.db, round)
            .await
            .unwrap()
            .model
            .letter_template,
        None
    );
    member_browser
        .get(&path)
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn sending_the_letter_keeps_it_among_the_award_s_documents_and_tells_the_organization() {
    use clearway::attachments::{Kind, RecordType};
    use clearway::entities::{attachment, audit_event};

    let app = TestApp::spawn().await;
    let (id, a, member, staff_token, finance_token) = letter_award(&app).await;
    let reference = a["reference"].as_str().unwrap().to_owned();
    let stored_letters = || async {
        attachment::Entity::find()
            .filter(attachment::Column::RecordType.eq(RecordType::Award))
            .filter(attachment::Column::RecordId.eq(id))
            .filter(attachment::Column::Kind.eq(Kind::AwardLetter))
            .all(&app.db)
            .await
            .unwrap()
    };

    // Only staff send it.
    let member_token = app.token(&member).await;
    for token in [&member_token, &finance_token] {
        app.with_token(
            token,
            Method::POST,
            &format!("/api/v1/awards/{id}/letter"),
            None,
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    }
    assert!(stored_letters().await.is_empty());

    // Staff send it from the letter's page.
    let staff = app.user(Role::Staff, None).await;
    let mut browser = app.signed_in(&staff).await;
    let page = browser.get(&format!("/awards/{id}/letter")).await.text();
    assert!(has(
        &page,
        &format!("form[action=\"/awards/{id}/letter/send\"] button")
    ));
    let sent = browser
        .post_form(&format!("/awards/{id}/letter/send"), &[])
        .await;
    sent.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(sent.header("location"), format!("/awards/{id}#documents"));
    let letters = stored_letters().await;
    assert_eq!(letters.len(), 1);
    let kept = &letters[0];
    assert_eq!(kept.media_type, "application/pdf");
    assert_eq!(kept.file_name, format!("award-letter-{reference}.pdf"));
    assert_eq!(kept.uploaded_by, staff.id);

    // Its bytes are the letter, and the organization reads it among the award's documents.
    let content = app
        .with_token(
            &member_token,
            Method::GET,
            &format!("/api/v1/attachments/{}/content", kept.id),
            None,
        )
        .await;
    let text = assert_pdf(&content);
    assert!(text.contains("4,000.00 USD"), "{text}");
    let award_page = app
        .signed_in(&member)
        .await
        .get(&format!("/awards/{id}"))
        .await
        .text();
    assert!(
        select(&award_page, "#documents")
            .join(" ")
            .contains("Award letter")
    );

    // The audit log says who sent it, and the organization is told by e-mail.
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("award_letter_sent"))
        .filter(audit_event::Column::EntityId.eq(id.to_string()))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 1, "{audited:?}");
    let emails = app.emails_to(&member.email).await;
    let told = emails
        .iter()
        .find(|(subject, _)| subject == &format!("{reference}: your award letter"))
        .unwrap_or_else(|| panic!("{emails:?}"));
    assert!(told.1.contains(&format!("/awards/{id}")), "{}", told.1);

    // The API sends it again: a new copy is kept.
    let again = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/awards/{id}/letter"),
            None,
        )
        .await;
    again.assert_status(StatusCode::CREATED);
    assert_eq!(again.json()["kind"], "award_letter");
    assert_eq!(stored_letters().await.len(), 2);

    // A terminated award's letter is not sent (409), and nothing is kept.
    app.with_token(
        &staff_token,
        Method::POST,
        &format!("/api/v1/awards/{id}/terminate"),
        Some(json!({"reason": "The organization closed."})),
    )
    .await
    .assert_status(StatusCode::OK);
    let refused = app
        .with_token(
            &staff_token,
            Method::POST,
            &format!("/api/v1/awards/{id}/letter"),
            None,
        )
        .await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(refused.text().contains("terminated"), "{}", refused.text());
    assert_eq!(stored_letters().await.len(), 2);
}

#[tokio::test]
async fn every_page_links_the_stylesheet_that_prints_content_only() {
    let app = TestApp::spawn().await;
    let (id, a, member, _, _) = letter_award(&app).await;
    let css = app.get("/static/app.css").await;
    css.assert_status(StatusCode::OK);
    let css = css.text();
    let print = &css[css.find("@media print").expect("print rules")..];
    for rule in [
        "header.site, footer.site, nav",
        "form, button",
        "display: none !important",
        "a[href^=\"/\"]::after { content: \" (\" attr(href) \")\"",
        "tr, th, td { break-inside: avoid",
        "thead { display: table-header-group; }",
        ".table-wrap { overflow: visible !important",
        "color: #000",
    ] {
        assert!(print.contains(rule), "the print rules lack {rule}");
    }
    let mut browser = app.signed_in(&member).await;
    let application = a["application_id"].as_i64().unwrap();
    for path in [
        format!("/awards/{id}"),
        format!("/awards/{id}/letter"),
        format!("/applications/{application}"),
        "/awards".to_owned(),
    ] {
        let html = browser.get(&path).await.text();
        assert!(
            has(&html, "link[rel=stylesheet][href^=\"/static/app.css?v=\"]"),
            "{path} does not link the stylesheet"
        );
    }
}
