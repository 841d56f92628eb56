//! Attachments: documents uploaded to a record, checked by their content and their size, stored
//! in the file store, downloaded through the policy. Every scenario runs twice: against a local
//! directory, and against an S3-compatible server when CLEARWAY_TEST_S3_URL names one (`.ci/run`
//! starts `moto_server` on loopback and sets it; without it, the S3 variants return at once).

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use clearway::auth::Role;
use clearway::config::{Settings, StorageKind};
use clearway::entities::attachment;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestResponse, application_body};

/// Where the files go.
#[derive(Clone, Copy, Debug)]
enum Backend {
    Local,
    S3,
}

/// The S3-compatible server to test against, if any.
fn s3_url() -> Option<String> {
    std::env::var("CLEARWAY_TEST_S3_URL")
        .ok()
        .filter(|url| !url.is_empty())
}

/// Creates a bucket on the S3-compatible server (moto accepts an unsigned request).
fn create_bucket(url: &str, name: &str) {
    use std::io::{Read, Write};
    let address = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "PUT /{name} HTTP/1.1\r\nHost: {address}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

/// The app on `backend`, with settings changed by `change`; `None` for S3 without a server.
async fn spawn(backend: Backend, change: impl FnOnce(&mut Settings)) -> Option<TestApp> {
    match backend {
        Backend::Local => Some(TestApp::spawn_with(change).await),
        Backend::S3 => {
            let url = s3_url()?;
            let bucket = format!("clearway-{}", uuid::Uuid::new_v4().simple());
            create_bucket(&url, &bucket);
            Some(
                TestApp::spawn_with(|settings| {
                    let a = &mut settings.attachments;
                    a.storage = StorageKind::S3;
                    a.s3_endpoint = url;
                    a.s3_bucket = bucket;
                    a.s3_allow_http = true;
                    a.s3_access_key_id = "testing".into();
                    a.s3_secret_access_key = "testing".into();
                    change(settings);
                })
                .await,
            )
        }
    }
}

/// One part of a multipart body.
enum Part<'a> {
    Text(&'a str, &'a str),
    File(&'a str, &'a str, &'a [u8]),
}

const BOUNDARY: &str = "clearway-test-boundary-7MA4YWxkTrZu0gW";

fn multipart(parts: &[Part<'_>]) -> Vec<u8> {
    let mut body = Vec::new();
    for part in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match part {
            Part::Text(name, value) => {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                        .as_bytes(),
                );
            }
            Part::File(name, file_name, bytes) => {
                body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                         Content-Type: application/octet-stream\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(bytes);
                body.extend_from_slice(b"\r\n");
            }
        }
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn multipart_type() -> String {
    format!("multipart/form-data; boundary={BOUNDARY}")
}

/// Uploads with an API token.
async fn upload(app: &TestApp, token: &str, path: &str, parts: &[Part<'_>]) -> TestResponse {
    let body = multipart(parts);
    app.request(
        Request::post(path)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, multipart_type())
            .header(header::CONTENT_LENGTH, body.len())
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

/// A small PDF, `size` bytes long.
fn pdf(size: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
    while bytes.len() + 6 < size {
        bytes.extend_from_slice(b"% pad\n");
    }
    bytes.extend_from_slice(b"%%EOF\n");
    bytes
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip of `entries`, stored (not compressed), as a spreadsheet or a document is.
fn zip(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in entries {
        let offset = u32::try_from(out.len()).unwrap();
        let crc = crc32(content.as_bytes());
        let size = u32::try_from(content.len()).unwrap();
        let name_len = u16::try_from(name.len()).unwrap();
        let mut header = Vec::new();
        header.extend_from_slice(&[0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
        header.extend_from_slice(&crc.to_le_bytes());
        header.extend_from_slice(&size.to_le_bytes());
        header.extend_from_slice(&size.to_le_bytes());
        header.extend_from_slice(&name_len.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&header);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(content.as_bytes());
        central.extend_from_slice(&[
            0x50, 0x4B, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0,
        ]);
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = u32::try_from(out.len()).unwrap();
    let central_size = u32::try_from(central.len()).unwrap();
    out.extend_from_slice(&central);
    let count = u16::try_from(entries.len()).unwrap();
    out.extend_from_slice(&[0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

/// A minimal spreadsheet (xlsx): its content types, its relations and a workbook.
fn xlsx() -> Vec<u8> {
    zip(&[
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
        ),
        (
            "xl/workbook.xml",
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"Budget\" sheetId=\"1\"/></sheets></workbook>",
        ),
    ])
}

/// An ELF program's first bytes.
fn elf() -> Vec<u8> {
    let mut bytes =
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00".to_vec();
    bytes.resize(4096, 0);
    bytes
}

/// A Windows program's first bytes.
fn exe() -> Vec<u8> {
    let mut bytes = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
    bytes.resize(4096, 0);
    bytes
}

async fn rows(app: &TestApp) -> u64 {
    attachment::Entity::find().count(&app.db).await.unwrap()
}

async fn objects(app: &TestApp) -> usize {
    app.state.files.list().await.unwrap().len()
}

/// A member's draft application; returns (application id, member token, organization).
async fn draft(app: &TestApp) -> (i64, String, i64) {
    let round = app.open_round().await;
    let org = app.organization("Cameroon Campaign", "CMR").await;
    let token = app.member_token(org).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    (created.json()["id"].as_i64().unwrap(), token, org)
}

async fn get(app: &TestApp, token: &str, path: &str) -> TestResponse {
    app.with_token(token, Method::GET, path, None).await
}

/// The "done when": a member attaches a registration certificate and a budget to a
/// draft and submits; staff download both, byte for byte, as downloads; a member of another
/// organization gets 404 for the same files; once submitted they can no longer be removed.
async fn documents_travel_with_the_application(backend: Backend) {
    let Some(app) = spawn(backend, |_| {}).await else {
        return;
    };
    let (id, member, _) = draft(&app).await;
    let path = format!("/api/v1/applications/{id}/attachments");
    let certificate = pdf(20_000);
    let budget = xlsx();

    let first = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "registration_certificate"),
            Part::Text("title", "Registration certificate 2026"),
            Part::File("file", "certificat d'enregistrement.pdf", &certificate),
        ],
    )
    .await;
    first.assert_status(StatusCode::CREATED);
    let first = first.json();
    assert_eq!(first["media_type"], "application/pdf");
    assert_eq!(first["kind"], "registration_certificate");
    assert_eq!(first["size_bytes"], certificate.len());
    assert_eq!(first["file_name"], "certificat d'enregistrement.pdf");
    // The file comes first here: the fields may come in any order.
    let second = upload(
        &app,
        &member,
        &path,
        &[
            Part::File("file", "budget.xlsx", &budget),
            Part::Text("kind", "budget"),
        ],
    )
    .await;
    second.assert_status(StatusCode::CREATED);
    let second = second.json();
    assert_eq!(
        second["media_type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(second["title"], "budget", "the name stands in for a title");
    let listed = get(&app, &member, &path).await;
    listed.assert_status(StatusCode::OK);
    assert_eq!(listed.json()["items"].as_array().unwrap().len(), 2);
    assert_eq!(listed.json()["may_change"], true);
    assert_eq!((rows(&app).await, objects(&app).await), (2, 2));

    app.with_token(
        &member,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);

    let staff = app.user(Role::Staff, None).await;
    let staff = app.token(&staff).await;
    // The revision kept at submission lists the documents as they were submitted.
    let revisions = get(
        &app,
        &staff,
        &format!("/api/v1/applications/{id}/revisions"),
    )
    .await;
    revisions.assert_status(StatusCode::OK);
    let documents = revisions.json()["items"][0]["content"]["documents"].clone();
    assert_eq!(documents.as_array().map(Vec::len), Some(2), "{documents}");
    assert!(
        documents[0]
            .as_str()
            .unwrap()
            .starts_with("Registration certificate: Registration certificate 2026 (certificat d'enregistrement.pdf, "),
        "{documents}"
    );
    for (item, bytes, media_type, name) in [
        (
            &first,
            &certificate,
            "application/pdf",
            "certificat d'enregistrement.pdf",
        ),
        (
            &second,
            &budget,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "budget.xlsx",
        ),
    ] {
        let attachment = item["id"].as_i64().unwrap();
        let content = get(
            &app,
            &staff,
            &format!("/api/v1/attachments/{attachment}/content"),
        )
        .await;
        content.assert_status(StatusCode::OK);
        assert_eq!(
            &content.body[..],
            &bytes[..],
            "the bytes come back as they went"
        );
        assert_eq!(content.header("content-type"), media_type);
        assert_eq!(content.header("x-content-type-options"), "nosniff");
        let disposition = content.header("content-disposition");
        assert!(disposition.starts_with("attachment;"), "{disposition}");
        assert!(
            disposition.contains(&format!("filename=\"{name}\"")),
            "{disposition}"
        );
        use sha2::Digest;
        let digest: String = sha2::Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let meta = get(&app, &staff, &format!("/api/v1/attachments/{attachment}")).await;
        meta.assert_status(StatusCode::OK);
        assert_eq!(meta.json()["sha256"], digest);
    }

    // Another organization's member sees none of it: the same 404 as for nothing at all.
    let other_org = app.organization("Another Campaign", "NPL").await;
    let other = app.member_token(other_org).await;
    for item in [&first, &second] {
        let attachment = item["id"].as_i64().unwrap();
        for path in [
            format!("/api/v1/attachments/{attachment}"),
            format!("/api/v1/attachments/{attachment}/content"),
        ] {
            let answer = get(&app, &other, &path).await;
            answer.assert_status(StatusCode::NOT_FOUND);
            assert_eq!(
                answer.json()["message"],
                "there is no attachment with this number"
            );
        }
        let removal = app
            .with_token(
                &other,
                Method::DELETE,
                &format!("/api/v1/attachments/{attachment}"),
                None,
            )
            .await;
        removal.assert_status(StatusCode::NOT_FOUND);
    }
    let nothing = get(&app, &other, "/api/v1/attachments/999999").await;
    nothing.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        nothing.json()["message"],
        "there is no attachment with this number"
    );
    get(&app, &other, &path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    let late = upload(
        &app,
        &other,
        &path,
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "b.pdf", &certificate),
        ],
    )
    .await;
    late.assert_status(StatusCode::NOT_FOUND);

    // Submitted: the documents stay as they were submitted.
    let attachment = first["id"].as_i64().unwrap();
    let removal = app
        .with_token(
            &member,
            Method::DELETE,
            &format!("/api/v1/attachments/{attachment}"),
            None,
        )
        .await;
    removal.assert_status(StatusCode::CONFLICT);
    let more = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "other"),
            Part::File("file", "late.pdf", &certificate),
        ],
    )
    .await;
    more.assert_status(StatusCode::CONFLICT);
    assert_eq!((rows(&app).await, objects(&app).await), (2, 2));

    // Both uploads are in the application's audit trail.
    let audit = get(
        &app,
        &staff,
        &format!("/api/v1/audit?entity_type=application&entity_id={id}"),
    )
    .await;
    let actions: Vec<String> = audit.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| a.as_str() == "attachment_added")
            .count(),
        2,
        "{actions:?}"
    );
}

/// A program renamed `.pdf`, a file over the limit, text that is not text, a kind the record
/// does not hold: each refused with a sentence, and nothing stays (no row, no object).
async fn refused_uploads_leave_nothing(backend: Backend) {
    let Some(app) = spawn(backend, |s| {
        s.attachments.max_file_bytes = 8 * 1024;
        s.attachments.max_record_bytes = 12 * 1024;
    })
    .await
    else {
        return;
    };
    let (id, member, _) = draft(&app).await;
    let path = format!("/api/v1/applications/{id}/attachments");
    let refused = |answer: &TestResponse| -> String {
        answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        answer.json()["fields"]["file"][0]
            .as_str()
            .unwrap_or_else(|| panic!("no sentence for the file: {}", answer.text()))
            .to_owned()
    };

    for (bytes, name) in [(elf(), "cv.pdf"), (exe(), "budget.xlsx")] {
        let answer = upload(
            &app,
            &member,
            &path,
            &[
                Part::Text("kind", "budget"),
                Part::File("file", name, &bytes),
            ],
        )
        .await;
        let sentence = refused(&answer);
        assert!(sentence.starts_with("the file is a program"), "{sentence}");
        assert!(sentence.contains("PDF"), "{sentence}");
    }

    // Over the limit per file: refused while it streams, with the limit said.
    let big = pdf(20 * 1024);
    let answer = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "big.pdf", &big),
        ],
    )
    .await;
    assert_eq!(
        refused(&answer),
        "the file is larger than '8 KB', the largest file accepted"
    );

    // Declared larger than any upload may be: refused before it is read.
    let huge = pdf(8 * 1024 + 1024 * 1024 + 10);
    let answer = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "huge.pdf", &huge),
        ],
    )
    .await;
    answer.assert_status(StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        answer.json()["message"],
        "the file is larger than '8 KB', the largest file accepted"
    );

    // Text must be UTF-8 without NUL, to its very end.
    let mut text = "date,amount\n2027-01-05,100\n".repeat(200).into_bytes();
    text.truncate(6000);
    text.extend_from_slice(b"\n\0oops\n");
    let answer = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "budget.csv", &text),
        ],
    )
    .await;
    assert!(refused(&answer).contains("NUL"), "{}", answer.text());

    // A kind the record does not hold: the file was stored, then given up.
    let answer = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "receipt"),
            Part::File("file", "receipt.pdf", &pdf(1000)),
        ],
    )
    .await;
    answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.json()["fields"]["kind"][0]
            .as_str()
            .unwrap()
            .contains("is not a kind of document an application holds")
    );
    // No file at all.
    let answer = upload(&app, &member, &path, &[Part::Text("kind", "budget")]).await;
    answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        answer.json()["fields"]["file"][0],
        "choose a file to attach"
    );

    assert_eq!(rows(&app).await, 0, "no row after a refused upload");
    assert_eq!(objects(&app).await, 0, "no object after a refused upload");

    // The limit per record: 12 KB in all.
    upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "one.pdf", &pdf(7 * 1024)),
        ],
    )
    .await
    .assert_status(StatusCode::CREATED);
    let answer = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "other"),
            Part::File("file", "two.pdf", &pdf(7 * 1024)),
        ],
    )
    .await;
    let sentence = refused(&answer);
    assert!(
        sentence.starts_with("the file would take the documents of this application above '12 KB'"),
        "{sentence}"
    );
    assert_eq!((rows(&app).await, objects(&app).await), (1, 1));
}

/// A draft's document can be removed: it is gone from the list and from the store, and the
/// removal is audited.
async fn a_drafts_document_is_removed(backend: Backend) {
    let Some(app) = spawn(backend, |_| {}).await else {
        return;
    };
    let (id, member, _) = draft(&app).await;
    let path = format!("/api/v1/applications/{id}/attachments");
    let created = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "letter_of_support"),
            Part::File(
                "file",
                "letter.txt",
                "Dear ministry,\nWe support.\n".as_bytes(),
            ),
        ],
    )
    .await;
    created.assert_status(StatusCode::CREATED);
    assert_eq!(created.json()["media_type"], "text/plain");
    let attachment = created.json()["id"].as_i64().unwrap();
    assert_eq!(objects(&app).await, 1);
    app.with_token(
        &member,
        Method::DELETE,
        &format!("/api/v1/attachments/{attachment}"),
        None,
    )
    .await
    .assert_status(StatusCode::NO_CONTENT);
    assert_eq!(get(&app, &member, &path).await.json()["items"], json!([]));
    get(&app, &member, &format!("/api/v1/attachments/{attachment}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(objects(&app).await, 0, "the bytes are deleted");
    let staff = app.user(Role::Staff, None).await;
    let staff = app.token(&staff).await;
    let audit: Value = get(
        &app,
        &staff,
        &format!("/api/v1/audit?entity_type=application&entity_id={id}"),
    )
    .await
    .json();
    assert_eq!(audit["items"][0]["action"], "attachment_removed");
    assert_eq!(audit["items"][0]["before"]["file_name"], "letter.txt");
}

/// An award's signed agreement: staff upload it, the organization's members see and download
/// it but cannot add to the award's documents.
async fn staff_attach_the_signed_agreement(backend: Backend) {
    let Some(app) = spawn(backend, |_| {}).await else {
        return;
    };
    let (award, member, _, staff, _) = crate::awards::approved(&app, "3000.00").await;
    let path = format!("/api/v1/awards/{award}/attachments");
    let agreement = pdf(3000);
    let created = upload(
        &app,
        &staff,
        &path,
        &[
            Part::Text("kind", "signed_agreement"),
            Part::Text("title", "Grant agreement, signed"),
            Part::File("file", "agreement.pdf", &agreement),
        ],
    )
    .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    let listed = get(&app, &member, &path).await;
    listed.assert_status(StatusCode::OK);
    assert_eq!(listed.json()["may_change"], false);
    assert_eq!(
        listed.json()["items"][0]["title"],
        "Grant agreement, signed"
    );
    let content = get(&app, &member, &format!("/api/v1/attachments/{id}/content")).await;
    content.assert_status(StatusCode::OK);
    assert_eq!(&content.body[..], &agreement[..]);
    assert_eq!(content.header("content-type"), "application/pdf");
    let refused = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "amendment"),
            Part::File("file", "mine.pdf", &agreement),
        ],
    )
    .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    app.with_token(
        &member,
        Method::DELETE,
        &format!("/api/v1/attachments/{id}"),
        None,
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    assert_eq!((rows(&app).await, objects(&app).await), (1, 1));
}

/// An object without a row (the service stopped between storing the bytes and writing the row)
/// is removed by the cleanup job once it is a day old; the files of attachments stay.
async fn orphans_older_than_a_day_are_removed(backend: Backend) {
    let Some(app) = spawn(backend, |_| {}).await else {
        return;
    };
    let (id, member, _) = draft(&app).await;
    let live = upload(
        &app,
        &member,
        &format!("/api/v1/applications/{id}/attachments"),
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "budget.xlsx", &xlsx()),
        ],
    )
    .await;
    live.assert_status(StatusCode::CREATED);
    let live = live.json()["id"].as_i64().unwrap();
    let mut writer = app.state.files.writer().await.unwrap();
    writer.write(b"%PDF-1.4 never recorded").await.unwrap();
    let orphan = writer.finish().await.unwrap();
    assert_eq!(objects(&app).await, 2);

    let now = chrono::Utc::now();
    let said = clearway::attachments::orphans::remove(&app.db, &app.state.files, now)
        .await
        .unwrap();
    assert_eq!(said, "0 orphaned attachment files removed", "too young yet");
    let later = now + chrono::Duration::days(2);
    let said = clearway::attachments::orphans::remove(&app.db, &app.state.files, later)
        .await
        .unwrap();
    assert_eq!(said, "1 orphaned attachment file removed");
    assert!(!app.state.files.exists(&orphan.key).await.unwrap());
    assert_eq!(objects(&app).await, 1);
    let content = get(
        &app,
        &member,
        &format!("/api/v1/attachments/{live}/content"),
    )
    .await;
    content.assert_status(StatusCode::OK);
    assert_eq!(&content.body[..], &xlsx()[..]);
}

/// A backup holds the attachments' files beside the database's copy; restoring puts back those
/// the store lacks, byte for byte.
async fn backups_hold_the_files(backend: Backend) {
    let Some(app) = spawn(backend, |_| {}).await else {
        return;
    };
    let (id, member, _) = draft(&app).await;
    let path = format!("/api/v1/applications/{id}/attachments");
    let mut ids = Vec::new();
    for (kind, name, bytes) in [
        ("registration_certificate", "certificate.pdf", pdf(30_000)),
        ("budget", "budget.xlsx", xlsx()),
    ] {
        let created = upload(
            &app,
            &member,
            &path,
            &[Part::Text("kind", kind), Part::File("file", name, &bytes)],
        )
        .await;
        created.assert_status(StatusCode::CREATED);
        ids.push((created.json()["id"].as_i64().unwrap(), bytes));
    }
    let folder = tempfile::tempdir().unwrap();
    let dir = clearway::backup::files_dir(&folder.path().join("clearway.backup"));
    let copied = clearway::backup::backup_files(&app.state.files, &dir)
        .await
        .unwrap();
    assert_eq!(copied.files, 2);
    let total: usize = ids.iter().map(|(_, bytes)| bytes.len()).sum();
    assert_eq!(copied.bytes, total as u64);
    assert!(
        clearway::backup::backup_files(&app.state.files, &dir)
            .await
            .is_err(),
        "a backup is never written over"
    );

    // The store loses its files; the backup brings them back.
    for object in app.state.files.list().await.unwrap() {
        app.state.files.delete(&object.key).await.unwrap();
    }
    assert_eq!(objects(&app).await, 0);
    let restored = clearway::backup::restore_files(&app.state.files, &dir)
        .await
        .unwrap();
    assert_eq!(
        (restored.files, restored.bytes),
        (copied.files, copied.bytes)
    );
    for (id, bytes) in &ids {
        let content = get(&app, &member, &format!("/api/v1/attachments/{id}/content")).await;
        content.assert_status(StatusCode::OK);
        assert_eq!(&content.body[..], &bytes[..]);
    }
    let again = clearway::backup::restore_files(&app.state.files, &dir)
        .await
        .unwrap();
    assert_eq!(again.files, 0, "files the store holds are left alone");
}

/// Every file under a directory, however deep (the local store's, staging files included).
fn files_under(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        files_under(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// A client that goes away halfway through a 12 MB file (past the first part sent on to the
/// store): the upload is given up, and neither a row nor a file (nor a staging file) stays.
async fn an_interrupted_upload_leaves_nothing(backend: Backend) {
    let Some(app) = spawn(backend, |_| {}).await else {
        return;
    };
    let (id, member, _) = draft(&app).await;
    let body = multipart(&[
        Part::Text("kind", "budget"),
        Part::File("file", "big.pdf", &pdf(12 * 1024 * 1024)),
    ]);
    let half = axum::body::Bytes::copy_from_slice(&body[..body.len() / 2]);
    let chunks: Vec<Result<axum::body::Bytes, std::io::Error>> =
        vec![Ok(half), Err(std::io::Error::other("the client went away"))];
    let answer = app
        .request(
            Request::post(format!("/api/v1/applications/{id}/attachments"))
                .header(header::AUTHORIZATION, format!("Bearer {member}"))
                .header(header::CONTENT_TYPE, multipart_type())
                .body(Body::from_stream(futures_util::stream::iter(chunks)))
                .unwrap(),
        )
        .await;
    answer.assert_status(StatusCode::BAD_REQUEST);
    assert!(
        answer.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("the upload could not be read")
    );
    assert_eq!((rows(&app).await, objects(&app).await), (0, 0));
    if let Backend::Local = backend {
        let dir = std::path::Path::new(&app.state.settings.attachments.directory);
        assert_eq!(files_under(dir), 0, "no staging file is left behind");
    }
}

/// Each scenario against each backend.
macro_rules! on_both_backends {
    ($($scenario:ident => $local:ident, $s3:ident;)+) => {
        $(
            #[tokio::test]
            async fn $local() {
                $scenario(Backend::Local).await;
            }

            #[tokio::test]
            async fn $s3() {
                $scenario(Backend::S3).await;
            }
        )+
    };
}

on_both_backends! {
    documents_travel_with_the_application => local_documents_travel_with_the_application,
        s3_documents_travel_with_the_application;
    refused_uploads_leave_nothing => local_refused_uploads_leave_nothing,
        s3_refused_uploads_leave_nothing;
    a_drafts_document_is_removed => local_a_drafts_document_is_removed,
        s3_a_drafts_document_is_removed;
    staff_attach_the_signed_agreement => local_staff_attach_the_signed_agreement,
        s3_staff_attach_the_signed_agreement;
    orphans_older_than_a_day_are_removed => local_orphans_older_than_a_day_are_removed,
        s3_orphans_older_than_a_day_are_removed;
    backups_hold_the_files => local_backups_hold_the_files, s3_backups_hold_the_files;
    an_interrupted_upload_leaves_nothing => local_an_interrupted_upload_leaves_nothing,
        s3_an_interrupted_upload_leaves_nothing;
}

/// A browser posts the multipart form of the page: its CSRF token first, then the file.
async fn post_multipart(
    browser: &mut crate::helpers::Browser<'_>,
    uri: &str,
    parts: &[Part<'_>],
) -> TestResponse {
    let body = multipart(parts);
    browser
        .send(
            Request::post(uri)
                .header(header::CONTENT_TYPE, multipart_type())
                .header(header::CONTENT_LENGTH, body.len()),
            Body::from(body),
        )
        .await
}

/// The forms of the pages work without JavaScript: a multipart form carrying its CSRF token as
/// its first field attaches the file; without the token, or with it anywhere but first, the
/// form is refused (403) and nothing is stored. A refused file is said on the page it came from.
#[tokio::test]
async fn the_application_page_attaches_lists_and_removes_documents() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let org = app.organization("Sri Lanka Campaign", "LKA").await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    let page = format!("/applications/{id}");
    let action = format!("/applications/{id}/attachments");
    let mut browser = app.signed_in(&member).await;

    let html = browser.get(&page).await.text();
    let form = format!("form[action=\"{action}\"][enctype=\"multipart/form-data\"]");
    assert!(
        crate::helpers::has(&html, &form),
        "a draft's page has the form"
    );
    assert!(crate::helpers::has(
        &html,
        &format!("{form} input[type=\"file\"][name=\"file\"]")
    ));
    let csrf = browser.csrf_token_of(&page).await;
    let certificate = pdf(5000);

    // No token, or the token after the file: refused, nothing stored.
    let refused = post_multipart(
        &mut browser,
        &action,
        &[
            Part::Text("kind", "registration_certificate"),
            Part::File("file", "certificate.pdf", &certificate),
        ],
    )
    .await;
    refused.assert_status(StatusCode::FORBIDDEN);
    let late = post_multipart(
        &mut browser,
        &action,
        &[
            Part::Text("kind", "registration_certificate"),
            Part::File("file", "certificate.pdf", &certificate),
            Part::Text("csrf_token", &csrf),
        ],
    )
    .await;
    late.assert_status(StatusCode::FORBIDDEN);
    let wrong = post_multipart(
        &mut browser,
        &action,
        &[
            Part::Text("csrf_token", &"0".repeat(64)),
            Part::Text("kind", "registration_certificate"),
            Part::File("file", "certificate.pdf", &certificate),
        ],
    )
    .await;
    wrong.assert_status(StatusCode::FORBIDDEN);
    assert_eq!((rows(&app).await, objects(&app).await), (0, 0));

    // With the token first, as the page's form sends it.
    let sent = post_multipart(
        &mut browser,
        &action,
        &[
            Part::Text("csrf_token", &csrf),
            Part::Text("kind", "registration_certificate"),
            Part::Text("title", ""),
            Part::File("file", "Certificate of registration.pdf", &certificate),
        ],
    )
    .await;
    sent.assert_status(StatusCode::SEE_OTHER);
    assert_eq!(sent.header("location"), page);
    let html = browser.get(&page).await.text();
    let flash = crate::helpers::select(&html, ".flash");
    assert!(
        flash[0].starts_with("Attached “Certificate of registration”"),
        "{flash:?}"
    );
    let links = crate::helpers::select(&html, ".documents li a");
    assert_eq!(links, ["Certificate of registration"]);
    let attachment: i64 = app
        .with_token(
            &token,
            Method::GET,
            &format!("/api/v1/applications/{id}/attachments"),
            None,
        )
        .await
        .json()["items"][0]["id"]
        .as_i64()
        .unwrap();
    let download = browser
        .get(&format!("/attachments/{attachment}/content"))
        .await;
    download.assert_status(StatusCode::OK);
    assert_eq!(&download.body[..], &certificate[..]);
    assert_eq!(download.header("x-content-type-options"), "nosniff");

    // A program is refused, and the page says which file and why.
    let program = post_multipart(
        &mut browser,
        &action,
        &[
            Part::Text("csrf_token", &csrf),
            Part::Text("kind", "budget"),
            Part::Text("title", "Budget for 2027"),
            Part::File("file", "budget.pdf", &exe()),
        ],
    )
    .await;
    // The page again (422), the form keeping what was typed and saying why next to the file.
    program.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let form_id = format!("application-{id}");
    let html = program.text();
    let said = crate::helpers::select(&html, &format!("#file-{form_id}-error"));
    assert!(said[0].starts_with("The file is a program"), "{said:?}");
    crate::helpers::assert_refused_form(&html, &format!("file-{form_id}-error"), &said[0]);
    assert!(crate::helpers::has(
        &html,
        &format!(".error-summary a[href='#file-{form_id}']")
    ));
    assert!(
        crate::helpers::select(&html, ".flash").is_empty(),
        "no flash"
    );
    assert_eq!(
        crate::helpers::select(&html, &format!("#kind-{form_id} option[selected]")),
        ["Budget"]
    );
    assert!(crate::helpers::has(
        &html,
        &format!("#title-{form_id}[value=\"Budget for 2027\"]")
    ));
    assert!(crate::helpers::has(
        &html,
        &format!(
            "#file-{form_id}[aria-invalid=\"true\"][aria-describedby=\"file-{form_id}-error\"]"
        )
    ));
    assert!(!crate::helpers::has(
        &html,
        &format!("#title-{form_id}[aria-invalid]")
    ));
    // Shown once: the next visit has an empty form again.
    let again = browser.get(&page).await.text();
    assert!(crate::helpers::has(
        &again,
        &format!("#title-{form_id}[value=\"\"]")
    ));
    assert!(!crate::helpers::has(
        &again,
        &format!("#file-{form_id}-error")
    ));
    assert_eq!((rows(&app).await, objects(&app).await), (1, 1));

    // Removed from the page while a draft.
    let removed = browser
        .post_form_of(&page, &format!("/attachments/{attachment}/remove"), &[])
        .await;
    removed.assert_status(StatusCode::SEE_OTHER);
    let html = browser.get(&page).await.text();
    assert!(crate::helpers::select(&html, ".documents li a").is_empty());
    assert_eq!(objects(&app).await, 0);

    // Another organization's member: the same 404 as for nothing.
    let other_org = app.organization("Other Campaign", "NPL").await;
    let other = app.user(Role::Member, Some(other_org)).await;
    let mut stranger = app.signed_in(&other).await;
    let csrf = stranger.csrf_token().await;
    let answer = post_multipart(
        &mut stranger,
        &action,
        &[
            Part::Text("csrf_token", &csrf),
            Part::Text("kind", "budget"),
            Part::File("file", "budget.pdf", &certificate),
        ],
    )
    .await;
    answer.assert_status(StatusCode::NOT_FOUND);
    assert_eq!((rows(&app).await, objects(&app).await), (1, 0));
}

/// The award's page: staff attach the signed agreement from it; the organization's members see
/// it listed with a download link, and no form.
#[tokio::test]
async fn the_award_page_shows_the_signed_agreement_to_members() {
    let app = TestApp::spawn().await;
    let (award, _, member_email, _, _) = crate::awards::approved(&app, "3000.00").await;
    let staff = app.user(Role::Staff, None).await;
    let page = format!("/awards/{award}");
    let mut browser = app.signed_in(&staff).await;
    let html = browser.get(&page).await.text();
    let action = format!("/awards/{award}/attachments");
    assert!(crate::helpers::has(
        &html,
        &format!("form[action=\"{action}\"][enctype=\"multipart/form-data\"]")
    ));
    let csrf = browser.csrf_token_of(&page).await;
    post_multipart(
        &mut browser,
        &action,
        &[
            Part::Text("csrf_token", &csrf),
            Part::Text("kind", "signed_agreement"),
            Part::Text("title", "Signed agreement"),
            Part::File("file", "agreement.pdf", &pdf(2000)),
        ],
    )
    .await
    .assert_status(StatusCode::SEE_OTHER);
    // The agreement is attached and its date not recorded: staff are asked to confirm it.
    let html = browser.get(&page).await.text();
    assert!(crate::helpers::has(&html, "#agreement-awaits-date"));
    browser
        .post_form_of(
            &page,
            &format!("/awards/{award}/signature"),
            &[("signed_on", "2026-11-20")],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let html = browser.get(&page).await.text();
    assert!(!crate::helpers::has(&html, "#agreement-awaits-date"));

    let member = clearway::entities::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == member_email)
        .unwrap();
    let member = crate::helpers::TestUser {
        id: member.id,
        email: member.email,
    };
    let mut browser = app.signed_in(&member).await;
    let html = browser.get(&page).await.text();
    assert_eq!(
        crate::helpers::select(&html, "#documents .documents li a"),
        ["Signed agreement"]
    );
    assert!(!crate::helpers::has(
        &html,
        &format!("form[action=\"{action}\"]")
    ));
    // Each report owed has its own form for receipts and photos.
    assert!(crate::helpers::has(
        &html,
        "#reports form[enctype=\"multipart/form-data\"]"
    ));
}

/// A round lists the documents an application must carry: submission refuses, naming each one
/// missing under `documents`, until they are attached.
#[tokio::test]
async fn a_round_requires_its_documents_before_submission() {
    let app = TestApp::spawn().await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let staff = app.token(&staff).await;
    let refused = app
        .with_token(
            &staff,
            Method::PATCH,
            &format!("/api/v1/rounds/{round}"),
            Some(json!({"required_documents": ["registration_certificate", "receipt"]})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.json()["fields"]["required_documents[1]"][0]
            .as_str()
            .unwrap()
            .starts_with("'receipt' is not a kind of document an application holds")
    );
    let changed = app
        .with_token(
            &staff,
            Method::PATCH,
            &format!("/api/v1/rounds/{round}"),
            Some(json!({"required_documents": ["registration_certificate", "budget"]})),
        )
        .await;
    changed.assert_status(StatusCode::OK);
    assert_eq!(
        changed.json()["required_documents"],
        json!(["registration_certificate", "budget"])
    );

    let org = app.organization("Uganda Campaign", "UGA").await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/applications/{id}/attachments");
    upload(
        &app,
        &token,
        &path,
        &[
            Part::Text("kind", "registration_certificate"),
            Part::File("file", "certificate.pdf", &pdf(2000)),
        ],
    )
    .await
    .assert_status(StatusCode::CREATED);
    let submit = format!("/api/v1/applications/{id}/submit");
    let refused = app
        .with_token(&token, Method::POST, &submit, Some(json!({})))
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.json()["fields"],
        json!({"documents": ["attach the budget (budget): the round requires it"]})
    );

    // The page says so, where documents are attached.
    let mut browser = app.signed_in(&member).await;
    let page = format!("/applications/{id}");
    let html = browser.get(&page).await.text();
    assert_eq!(
        crate::helpers::select(&html, ".documents .missing"),
        ["Budget (missing)"]
    );
    let answer = browser
        .post_form_of(&page, &format!("/applications/{id}/submit"), &[])
        .await;
    answer.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let html = answer.text();
    assert_eq!(
        crate::helpers::select(
            &html,
            &format!(".error-summary a[href='#kind-application-{id}']")
        ),
        ["Attach the budget (budget): the round requires it"]
    );
    assert_eq!(
        crate::helpers::select(&html, ".error-summary h2"),
        ["Your draft is saved, but the application is not submitted yet"]
    );

    upload(
        &app,
        &token,
        &path,
        &[
            Part::Text("kind", "budget"),
            Part::File("file", "budget.xlsx", &xlsx()),
        ],
    )
    .await
    .assert_status(StatusCode::CREATED);
    app.with_token(&token, Method::POST, &submit, Some(json!({})))
        .await
        .assert_status(StatusCode::OK);
}

/// The other places documents go, each with its own rules: an organization's (its people add
/// them), a report's (the award's organization, while the report is owed), a campaign's (its
/// lead organization and staff). Outsiders get the same 404 as for nothing.
#[tokio::test]
async fn organizations_reports_and_campaigns_hold_their_own_documents() {
    let app = TestApp::spawn().await;
    let (award, member, _, staff, _) = crate::awards::approved(&app, "3000.00").await;
    let outsider_org = app.organization("Outsider Campaign", "PER").await;
    let outsider = app.member_token(outsider_org).await;
    let org: i64 = get(&app, &staff, &format!("/api/v1/awards/{award}"))
        .await
        .json()["organization_id"]
        .as_i64()
        .unwrap();

    // The organization's registration, by its own member.
    let path = format!("/api/v1/organizations/{org}/attachments");
    let statutes = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "statutes"),
            Part::File("file", "statutes.odt.pdf", &pdf(1500)),
        ],
    )
    .await;
    statutes.assert_status(StatusCode::CREATED);
    let wrong_kind = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "receipt"),
            Part::File("file", "r.pdf", &pdf(1500)),
        ],
    )
    .await;
    wrong_kind.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    get(&app, &outsider, &path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        get(&app, &staff, &path).await.json()["items"][0]["kind"],
        "statutes"
    );

    // A receipt with the report the award owes, as a CSV; downloaded as UTF-8 text.
    let report = get(&app, &staff, &format!("/api/v1/awards/{award}"))
        .await
        .json()["reports"][0]["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/reports/{report}/attachments");
    let receipts = "date,amount,what\n2027-02-01,350.00,Flights to Kathmandu\n";
    let receipt = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "receipt"),
            Part::File("file", "receipts.csv", receipts.as_bytes()),
        ],
    )
    .await;
    receipt.assert_status(StatusCode::CREATED);
    assert_eq!(receipt.json()["media_type"], "text/csv");
    let id = receipt.json()["id"].as_i64().unwrap();
    let content = get(&app, &staff, &format!("/api/v1/attachments/{id}/content")).await;
    content.assert_status(StatusCode::OK);
    assert_eq!(content.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(content.text(), receipts);
    get(&app, &outsider, &path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    get(
        &app,
        &outsider,
        &format!("/api/v1/attachments/{id}/content"),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
    // Staff read reports; adding to them is the organization's.
    let by_staff = upload(
        &app,
        &staff,
        &path,
        &[
            Part::Text("kind", "photo"),
            Part::File("file", "p.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01"),
        ],
    )
    .await;
    by_staff.assert_status(StatusCode::FORBIDDEN);
    // The organization's photo: a download, or shown inline in the page.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    let photo = upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "photo"),
            Part::File("file", "meeting", png),
        ],
    )
    .await;
    photo.assert_status(StatusCode::CREATED);
    assert_eq!(photo.json()["file_name"], "meeting.png");
    let photo = photo.json()["id"].as_i64().unwrap();
    let shown = get(
        &app,
        &staff,
        &format!("/attachments/{photo}/content?inline=1"),
    )
    .await;
    shown.assert_status(StatusCode::OK);
    assert_eq!(shown.header("content-type"), "image/png");
    assert!(shown.header("content-disposition").starts_with("inline;"));
    let csv_inline = get(&app, &staff, &format!("/attachments/{id}/content?inline=1")).await;
    assert!(
        csv_inline
            .header("content-disposition")
            .starts_with("attachment;"),
        "only images are shown inline"
    );
    let page = get(&app, &staff, &format!("/awards/{award}")).await.text();
    assert!(crate::helpers::has(
        &page,
        &format!("img.thumb[src=\"/attachments/{photo}/content?inline=1\"]")
    ));

    // A campaign's output, by its lead organization's member.
    let created = app
        .with_token(
            &staff,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "npl", "name": "Nepal joins", "status": "active",
                        "objectives": "Accession.", "asks": ["accession"],
                        "lead_organization_ids": [org]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let campaign = created.json()["id"].as_i64().unwrap();
    let path = format!("/api/v1/campaigns/{campaign}/attachments");
    upload(
        &app,
        &member,
        &path,
        &[
            Part::Text("kind", "output"),
            Part::Text("title", "Briefing paper for the Ministry"),
            Part::File("file", "briefing.pdf", &pdf(4000)),
        ],
    )
    .await
    .assert_status(StatusCode::CREATED);
    get(&app, &outsider, &path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        get(&app, &staff, &path).await.json()["items"][0]["title"],
        "Briefing paper for the Ministry"
    );
}

/// An upload has its own time limit: a file that arrives slowly is not cut off by the limit of
/// other requests (here one second), which still applies to them.
#[tokio::test]
async fn a_slow_upload_has_longer_than_other_requests() {
    let app = TestApp::spawn_with(|s| {
        s.server.request_timeout_secs = 1;
        s.attachments.upload_timeout_secs = 30;
    })
    .await;
    let (id, member, _) = draft(&app).await;
    let body = multipart(&[
        Part::Text("kind", "budget"),
        Part::File("file", "slow.pdf", &pdf(200_000)),
    ]);
    let (first, rest) = body.split_at(body.len() / 2);
    let (first, rest) = (
        axum::body::Bytes::copy_from_slice(first),
        axum::body::Bytes::copy_from_slice(rest),
    );
    let slowly = futures_util::stream::unfold(0, move |step| {
        let (first, rest) = (first.clone(), rest.clone());
        async move {
            match step {
                0 => Some((Ok::<_, std::io::Error>(first), 1)),
                1 => {
                    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
                    Some((Ok(rest), 2))
                }
                _ => None,
            }
        }
    });
    let answer = app
        .request(
            Request::post(format!("/api/v1/applications/{id}/attachments"))
                .header(header::AUTHORIZATION, format!("Bearer {member}"))
                .header(header::CONTENT_TYPE, multipart_type())
                .body(Body::from_stream(slowly))
                .unwrap(),
        )
        .await;
    answer.assert_status(StatusCode::CREATED);
    assert_eq!(rows(&app).await, 1);

    // A change sent as slowly is cut off after a second.
    let slowly = futures_util::stream::unfold(0, |step| async move {
        match step {
            0 => Some((
                Ok::<_, std::io::Error>(axum::body::Bytes::from_static(b"{\"title\": ")),
                1,
            )),
            1 => {
                tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
                Some((Ok(axum::body::Bytes::from_static(b"\"Slow\"}")), 2))
            }
            _ => None,
        }
    });
    let answer = app
        .request(
            Request::patch(format!("/api/v1/applications/{id}"))
                .header(header::AUTHORIZATION, format!("Bearer {member}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from_stream(slowly))
                .unwrap(),
        )
        .await;
    answer.assert_status(StatusCode::SERVICE_UNAVAILABLE);
}

// Virus scanning. `.ci/run` starts a ClamAV daemon on 127.0.0.1:3310 with one signature of its
// own (`Clearway.Test.Marker`, the bytes of MARKER) and names it in CLEARWAY_TEST_CLAMD; the
// scenarios that need a verdict return at once without it. A scanner that does not answer
// needs no daemon: a closed port.

/// The text clamd under `.ci/run` finds infected.
const MARKER: &[u8] = b"CLEARWAY-TEST-VIRUS-MARKER";

/// The ClamAV daemon to test against, if any.
fn clamd() -> Option<String> {
    std::env::var("CLEARWAY_TEST_CLAMD")
        .ok()
        .filter(|url| !url.is_empty())
}

/// A scanner address where nothing listens.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("tcp://127.0.0.1:{port}")
}

/// A text file that holds the marker.
fn infected_text() -> Vec<u8> {
    let mut bytes = b"Minutes of the meeting with the ministry.\n".to_vec();
    bytes.extend_from_slice(MARKER);
    bytes.extend_from_slice(b"\nEnd.\n");
    bytes
}

/// The app's state, with the scanner now at `clamd` (a restarted scanner).
fn with_scanner(app: &TestApp, clamd: &str) -> clearway::state::AppState {
    let mut state = app.state.clone();
    let mut settings = (*state.settings).clone();
    settings.attachments.clamd = clamd.to_owned();
    state.settings = std::sync::Arc::new(settings);
    state
}

/// With a scanner: an upload it finds infected is refused (422, nothing kept, the finding
/// named); a clean one is recorded clean and downloads.
#[tokio::test]
async fn the_scanner_refuses_an_infected_upload_and_passes_a_clean_one() {
    let Some(clamd) = clamd() else { return };
    let app = TestApp::spawn_with(|s| s.attachments.clamd = clamd).await;
    let (id, token, _) = draft(&app).await;
    let path = format!("/api/v1/applications/{id}/attachments");
    let refused = upload(
        &app,
        &token,
        &path,
        &[
            Part::Text("kind", "other"),
            Part::File("file", "minutes.txt", &infected_text()),
        ],
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let said = refused.json()["fields"]["file"][0]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        said.starts_with("the virus scanner found 'Clearway.Test.Marker"),
        "{said}"
    );
    assert_eq!((rows(&app).await, objects(&app).await), (0, 0));

    let certificate = pdf(20_000);
    let stored = upload(
        &app,
        &token,
        &path,
        &[
            Part::Text("kind", "registration_certificate"),
            Part::File("file", "certificate.pdf", &certificate),
        ],
    )
    .await;
    stored.assert_status(StatusCode::CREATED);
    assert_eq!(stored.json()["scan_status"], "clean");
    assert_eq!(stored.json()["downloadable"], true);
    let row = attachment::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.scan_status, clearway::attachments::ScanStatus::Clean);
    assert!(row.scanned_at.is_some());
    let download = get(
        &app,
        &token,
        &format!("/api/v1/attachments/{}/content", row.id),
    )
    .await;
    download.assert_status(StatusCode::OK);
    assert_eq!(&download.body[..], &certificate[..]);
}

/// Without a scanner, files are stored as not scanned and download as before.
#[tokio::test]
async fn without_a_scanner_files_are_not_scanned() {
    let app = TestApp::spawn().await;
    let (id, token, _) = draft(&app).await;
    let stored = upload(
        &app,
        &token,
        &format!("/api/v1/applications/{id}/attachments"),
        &[
            Part::Text("kind", "other"),
            Part::File("file", "minutes.txt", &infected_text()),
        ],
    )
    .await;
    stored.assert_status(StatusCode::CREATED);
    assert_eq!(stored.json()["scan_status"], "not_scanned");
    let content = format!("/api/v1/attachments/{}/content", stored.json()["id"]);
    get(&app, &token, &content)
        .await
        .assert_status(StatusCode::OK);
    let summary = clearway::attachments::scan::scan_pending(&app.state)
        .await
        .unwrap();
    assert_eq!(summary, clearway::attachments::scan::Scanned::default());
}

/// The scanner does not answer: the file is kept pending, listed without a link and refused
/// for download (409) until a later scan finds it clean.
#[tokio::test]
async fn a_file_waits_while_the_scanner_does_not_answer() {
    let app = TestApp::spawn_with(|s| {
        s.attachments.clamd = closed_port();
        s.attachments.scan_timeout_secs = 2;
    })
    .await;
    let (id, token, org) = draft(&app).await;
    let certificate = pdf(3000);
    let stored = upload(
        &app,
        &token,
        &format!("/api/v1/applications/{id}/attachments"),
        &[
            Part::Text("kind", "registration_certificate"),
            Part::Text("title", "Certificate"),
            Part::File("file", "certificate.pdf", &certificate),
        ],
    )
    .await;
    stored.assert_status(StatusCode::CREATED);
    assert_eq!(stored.json()["scan_status"], "pending");
    let attachment = stored.json()["id"].as_i64().unwrap();
    let content = format!("/api/v1/attachments/{attachment}/content");
    let waiting = get(&app, &token, &content).await;
    waiting.assert_status(StatusCode::CONFLICT);
    assert!(
        waiting.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("this file is waiting for its virus scan"),
        "{}",
        waiting.json()
    );
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;
    let html = browser.get(&format!("/applications/{id}")).await.text();
    assert!(crate::helpers::select(&html, ".documents li a").is_empty());
    assert_eq!(
        crate::helpers::select(&html, ".documents li .badge"),
        ["Waiting for the virus scan"]
    );

    // Still no answer: the file keeps waiting.
    let none = clearway::attachments::scan::scan_pending(&app.state)
        .await
        .unwrap();
    assert_eq!(none, clearway::attachments::scan::Scanned::default());
    let Some(clamd) = clamd() else { return };
    let scanned = clearway::attachments::scan::scan_pending(&with_scanner(&app, &clamd))
        .await
        .unwrap();
    assert_eq!((scanned.clean, scanned.infected), (1, 0));
    let download = get(&app, &token, &content).await;
    download.assert_status(StatusCode::OK);
    assert_eq!(&download.body[..], &certificate[..]);
}

/// A file left pending that the scanner later finds infected: marked, its bytes deleted, the
/// finding audited on its record and its uploader told; it no longer counts as a required
/// document, and cannot be downloaded.
#[tokio::test]
async fn a_pending_file_found_infected_is_deleted_and_its_uploader_told() {
    let Some(clamd) = clamd() else { return };
    let app = TestApp::spawn_with(|s| {
        s.attachments.clamd = closed_port();
        s.attachments.scan_timeout_secs = 2;
    })
    .await;
    let round = app.open_round().await;
    let staff = app.user(Role::Staff, None).await;
    let staff = app.token(&staff).await;
    app.with_token(
        &staff,
        Method::PATCH,
        &format!("/api/v1/rounds/{round}"),
        Some(json!({"required_documents": ["other"]})),
    )
    .await
    .assert_status(StatusCode::OK);
    let org = app.organization("Chad Campaign", "TCD").await;
    let member = app.user(Role::Member, Some(org)).await;
    let token = app.token(&member).await;
    let created = app
        .with_token(
            &token,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    let id = created.json()["id"].as_i64().unwrap();
    let stored = upload(
        &app,
        &token,
        &format!("/api/v1/applications/{id}/attachments"),
        &[
            Part::Text("kind", "other"),
            Part::File("file", "minutes.txt", &infected_text()),
        ],
    )
    .await;
    stored.assert_status(StatusCode::CREATED);
    assert_eq!(stored.json()["scan_status"], "pending");
    let attachment = stored.json()["id"].as_i64().unwrap();
    assert_eq!(objects(&app).await, 1);

    let scanned = clearway::attachments::scan::scan_pending(&with_scanner(&app, &clamd))
        .await
        .unwrap();
    assert_eq!((scanned.clean, scanned.infected), (0, 1));
    let row = attachment::Entity::find_by_id(attachment)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.scan_status, clearway::attachments::ScanStatus::Infected);
    let signature = row.scan_signature.clone().unwrap();
    assert!(signature.starts_with("Clearway.Test.Marker"), "{signature}");
    assert_eq!(objects(&app).await, 0, "the bytes are deleted");
    let audited = clearway::entities::audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "attachment_infected" && e.entity_id == id.to_string())
        .count();
    assert_eq!(audited, 1);
    let told = app.emails_to(&member.email).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].0, "Clearway: a document you attached had a virus");
    assert!(
        told[0].1.contains(&format!("/applications/{id}")),
        "{}",
        told[0].1
    );
    assert!(!told[0].1.contains("minutes"), "the e-mail names no file");

    let refused = get(
        &app,
        &token,
        &format!("/api/v1/attachments/{attachment}/content"),
    )
    .await;
    refused.assert_status(StatusCode::CONFLICT);
    assert!(
        refused.json()["message"]
            .as_str()
            .unwrap()
            .contains(&signature),
        "{}",
        refused.json()
    );
    let submitted = app
        .with_token(
            &token,
            Method::POST,
            &format!("/api/v1/applications/{id}/submit"),
            None,
        )
        .await;
    submitted.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        submitted.json()["fields"]["documents"][0]
            .as_str()
            .unwrap()
            .starts_with("attach the other document"),
        "{}",
        submitted.json()
    );
    let mut browser = app.signed_in(&member).await;
    let html = browser.get(&format!("/applications/{id}")).await.text();
    assert_eq!(
        crate::helpers::select(&html, ".documents li .badge"),
        ["Virus found"]
    );
    // A second round finds nothing left to do.
    let again = clearway::attachments::scan::scan_pending(&with_scanner(&app, &clamd))
        .await
        .unwrap();
    assert_eq!(again, clearway::attachments::scan::Scanned::default());
}

/// An upload refused on an organization's page, on an award's page (a report's documents) or on
/// a campaign's page comes back on that page (422): the sentence at the file, what was typed
/// kept, the error summary; nothing is stored.
#[tokio::test]
async fn an_upload_refused_comes_back_on_its_record_s_page_with_what_was_typed() {
    let app = TestApp::spawn().await;
    let (award, _, _, staff, _) = crate::awards::approved(&app, "3000.00").await;
    let award_item = get(&app, &staff, &format!("/api/v1/awards/{award}"))
        .await
        .json();
    let org = award_item["organization_id"].as_i64().unwrap();
    let report = award_item["reports"][0]["id"].as_i64().unwrap();
    let created = app
        .with_token(
            &staff,
            Method::POST,
            "/api/v1/campaigns",
            Some(
                json!({"state": "npl", "name": "Nepal joins", "status": "active",
                        "lead_organization_ids": [org]}),
            ),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let campaign = created.json()["id"].as_i64().unwrap();
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;
    for (page, record, id, kind) in [
        (
            format!("/organizations/{org}"),
            "organization",
            org,
            "statutes",
        ),
        (format!("/awards/{award}"), "report", report, "receipt"),
        (
            format!("/campaigns/{campaign}"),
            "campaign",
            campaign,
            "output",
        ),
    ] {
        let csrf = browser.csrf_token_of(&page).await;
        let refused = post_multipart(
            &mut browser,
            &format!("/{record}s/{id}/attachments"),
            &[
                Part::Text("csrf_token", &csrf),
                Part::Text("kind", kind),
                Part::Text("title", "Meeting with the Minister"),
                Part::File("file", "", b""),
            ],
        )
        .await;
        refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        let html = refused.text();
        let form = format!("{record}-{id}");
        crate::helpers::assert_refused_form(
            &html,
            &format!("file-{form}-error"),
            "Choose a file to attach",
        );
        assert!(
            crate::helpers::has(
                &html,
                &format!("#file-{form}[aria-invalid=true][aria-describedby='file-{form}-error']")
            ),
            "{page}"
        );
        assert!(crate::helpers::has(
            &html,
            &format!(".error-summary a[href='#file-{form}']")
        ));
        assert!(
            crate::helpers::has(
                &html,
                &format!("#title-{form}[value='Meeting with the Minister']")
            ),
            "{page}: the title is kept"
        );
        assert_eq!(
            crate::helpers::select(&html, &format!("#kind-{form} option[selected]")).len(),
            1
        );
        assert!(
            crate::helpers::has(
                &html,
                &format!("#kind-{form} option[value='{kind}'][selected]")
            ),
            "{page}: the kind is kept"
        );
        assert!(
            crate::helpers::select(&html, ".flash").is_empty(),
            "no flash"
        );
    }
    assert_eq!((rows(&app).await, objects(&app).await), (0, 0));
}

/// An application submitted meanwhile (another tab) takes no more documents: its page comes
/// back saying why where the documents are (409), in the page's language, and nothing is stored.
#[tokio::test]
async fn an_upload_to_an_application_submitted_meanwhile_comes_back_saying_why() {
    let app = TestApp::spawn().await;
    let (id, token, org) = draft(&app).await;
    let member = app.user(Role::Member, Some(org)).await;
    let mut browser = app.signed_in(&member).await;
    let page = format!("/applications/{id}");
    let csrf = browser.csrf_token_of(&page).await;
    app.with_token(
        &token,
        Method::POST,
        &format!("/api/v1/applications/{id}/submit"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let action = format!("{page}/attachments");
    let parts = [
        Part::Text("csrf_token", &csrf),
        Part::Text("kind", "budget"),
        Part::File("file", "budget.pdf", &pdf(2000)),
    ];
    let late = post_multipart(&mut browser, &action, &parts).await;
    late.assert_status(StatusCode::CONFLICT);
    let html = late.text();
    let message = format!("documents-application-{id}-message");
    crate::helpers::assert_refused_form(
        &html,
        &message,
        "Nothing was attached: documents can be added to or removed from an application only \
         while it is a draft: once submitted, they are kept as they were submitted.",
    );
    assert!(crate::helpers::has(
        &html,
        &format!(".error-summary a[href='#{message}']")
    ));
    assert!(!crate::helpers::has(
        &html,
        "form[enctype='multipart/form-data']"
    ));
    assert_eq!((rows(&app).await, objects(&app).await), (0, 0));

    let cookie = crate::i18n::cookie(clearway::i18n::Lang::Fr);
    let (name, value) = cookie.split_once('=').unwrap();
    browser.cookies.insert(name.into(), value.into());
    let late = post_multipart(&mut browser, &action, &parts).await;
    late.assert_status(StatusCode::CONFLICT);
    let said = crate::helpers::select(&late.text(), &format!("#{message}"));
    assert!(
        said[0].starts_with("Aucun document n'a été joint"),
        "{said:?}"
    );
    assert_eq!((rows(&app).await, objects(&app).await), (0, 0));
}
