//! What a file is, told from its bytes (never from its name or the type a client claims), and
//! whether it may be attached: PDF, PNG, JPEG, GIF, WebP, the office documents (docx, xlsx,
//! pptx, odt, ods), CSV and plain text. Text must be UTF-8 without NUL from its first byte to
//! its last: [`TextCheck`] follows it as it streams.
//!
//! Names are cleaned for display and downloads by [`clean_name`].

use unicode_normalization::UnicodeNormalization;

/// How many bytes of a file's start are looked at (office documents are zip files whose entries
/// say what they hold; the first few kilobytes name them).
pub const HEAD_BYTES: usize = 64 * 1024;

/// A type that may be attached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub media_type: &'static str,
    /// The extension a download's name ends with.
    pub extension: &'static str,
    /// Text: the rest must be checked as it comes.
    pub is_text: bool,
}

/// The allow-list: a type sniffed from the bytes, and the extension its downloads carry.
const ALLOWED: [(&str, &str); 10] = [
    ("application/pdf", "pdf"),
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/gif", "gif"),
    ("image/webp", "webp"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
];

/// Every type a stored file may have.
pub fn media_types() -> impl Iterator<Item = &'static str> {
    ALLOWED
        .iter()
        .map(|(media_type, _)| *media_type)
        .chain(["text/csv", "text/plain"])
}

/// What may be attached, in a sentence.
pub const WHAT_IS_ACCEPTED: &str = "attach a PDF, an image (PNG, JPEG, GIF or WebP), an office \
    document (docx, xlsx, pptx, odt or ods), a CSV file or plain text";

/// The type of a file whose first bytes are `head` (all of it when `complete`), named `name`
/// by its uploader; or why it is refused, as a sentence.
pub fn classify(head: &[u8], complete: bool, name: &str) -> Result<Accepted, String> {
    if head.is_empty() {
        return Err("the file is empty".to_owned());
    }
    if let Some(found) = infer::get(head) {
        let mime = office_in_zip(head).unwrap_or(found.mime_type());
        if let Some((media_type, extension)) = ALLOWED.iter().find(|(m, _)| *m == mime) {
            return Ok(Accepted {
                media_type,
                extension,
                is_text: false,
            });
        }
        if found.matcher_type() == infer::MatcherType::App || is_program(head) {
            return Err(format!(
                "the file is a program ({mime}), whatever its name says, and programs cannot \
                 be attached: {WHAT_IS_ACCEPTED}"
            ));
        }
        return Err(format!(
            "the file is of a type that cannot be attached ({mime}): {WHAT_IS_ACCEPTED}"
        ));
    }
    if is_program(head) {
        return Err(format!(
            "the file is a program, whatever its name says, and programs cannot be attached: \
             {WHAT_IS_ACCEPTED}"
        ));
    }
    let mut text = TextCheck::default();
    if let Err(why) = text
        .feed(head)
        .and_then(|()| if complete { text.finish() } else { Ok(()) })
    {
        return Err(format!(
            "the file is not one of the types that can be attached ({why}): {WHAT_IS_ACCEPTED}"
        ));
    }
    let csv = name.to_ascii_lowercase().ends_with(".csv");
    Ok(Accepted {
        media_type: if csv { "text/csv" } else { "text/plain" },
        extension: if csv { "csv" } else { "txt" },
        is_text: true,
    })
}

/// The office document a zip holds, told by its entries' names (`infer` looks at the first
/// four entries only, in the order Microsoft Office writes them).
fn office_in_zip(head: &[u8]) -> Option<&'static str> {
    const SIGNATURE: &[u8] = b"PK\x03\x04";
    if !head.starts_with(SIGNATURE) {
        return None;
    }
    let mut names = Vec::new();
    for (at, _) in head
        .windows(SIGNATURE.len())
        .enumerate()
        .filter(|(_, w)| *w == SIGNATURE)
    {
        let Some(len) = head.get(at + 26..at + 28) else {
            break;
        };
        let len = usize::from(u16::from_le_bytes([len[0], len[1]]));
        if let Some(name) = head.get(at + 30..at + 30 + len) {
            names.push(name);
        }
    }
    if !names.iter().any(|n| *n == b"[Content_Types].xml") {
        return None;
    }
    let under = |dir: &[u8]| names.iter().any(|n| n.starts_with(dir));
    if under(b"xl/") {
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    } else if under(b"word/") {
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    } else if under(b"ppt/") {
        Some("application/vnd.openxmlformats-officedocument.presentationml.presentation")
    } else {
        None
    }
}

/// Headers of executables that `infer` may not name (a script with its `#!`, say).
fn is_program(head: &[u8]) -> bool {
    head.starts_with(b"MZ")
        || head.starts_with(b"\x7fELF")
        || head.starts_with(b"#!")
        || head.starts_with(&[0xCF, 0xFA, 0xED, 0xFE])
        || head.starts_with(&[0xCE, 0xFA, 0xED, 0xFE])
        || head.starts_with(&[0xCA, 0xFE, 0xBA, 0xBE])
}

/// Follows text as it streams: UTF-8 throughout (a character may be cut between two chunks),
/// no NUL.
#[derive(Debug, Default)]
pub struct TextCheck {
    /// The start of a character cut at the end of the last chunk.
    carry: Vec<u8>,
}

impl TextCheck {
    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), &'static str> {
        if chunk.contains(&0) {
            return Err("text must not contain NUL characters");
        }
        let mut joined;
        let bytes = if self.carry.is_empty() {
            chunk
        } else {
            joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(chunk);
            &joined[..]
        };
        match std::str::from_utf8(bytes) {
            Ok(_) => Ok(()),
            // A character cut at the end: kept for the next chunk.
            Err(error) if error.error_len().is_none() => {
                self.carry = bytes[error.valid_up_to()..].to_vec();
                Ok(())
            }
            Err(_) => Err("text must be UTF-8"),
        }
    }

    /// At the end: no character may be left cut.
    pub fn finish(&self) -> Result<(), &'static str> {
        if self.carry.is_empty() {
            Ok(())
        } else {
            Err("text must be UTF-8")
        }
    }
}

/// The uploaded name, fit for display and for a download's name: its last path segment, in
/// Unicode NFC, without control or direction-changing characters nor characters that file
/// systems refuse, at most 120 characters (the extension kept), and ending with `extension`
/// (the sniffed type's) when it ends with another.
pub fn clean_name(given: &str, extension: &str) -> String {
    let last = given.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut name: String = last
        .nfc()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}')
        })
        .map(|c| match c {
            '"' | '*' | ':' | '<' | '>' | '?' | '|' | ';' => '_',
            c => c,
        })
        .collect();
    name = name.trim().trim_start_matches('.').trim().to_owned();
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), ext.to_ascii_lowercase()),
        _ => (name.clone(), String::new()),
    };
    let stem = if stem.is_empty() {
        "file".to_owned()
    } else {
        stem
    };
    let stem: String = stem.chars().take(100).collect();
    let same = ext == extension || (extension == "jpg" && ext == "jpeg");
    if same {
        format!("{stem}.{ext}")
    } else if ext.is_empty() {
        format!("{stem}.{extension}")
    } else {
        let ext: String = ext.chars().take(10).collect();
        format!("{stem}.{ext}.{extension}")
    }
}

/// `Content-Disposition: attachment` for `name`: an ASCII fallback and the exact UTF-8 name
/// (RFC 6266).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded =
        percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_bytes_not_the_name() {
        let pdf = classify(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", false, "x.txt").unwrap();
        assert_eq!(pdf.media_type, "application/pdf");
        let png = classify(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false, "a.pdf").unwrap();
        assert_eq!(png.media_type, "image/png");
        let elf = classify(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", false, "cv.pdf");
        assert!(elf.unwrap_err().contains("program"));
        let mz = classify(b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff", false, "cv.pdf");
        assert!(mz.unwrap_err().contains("program"));
        let script = classify(b"#!/bin/sh\nrm -rf /\n", true, "notes.txt");
        assert!(script.unwrap_err().contains("program"));
        let csv = classify(b"a,b\n1,2\n", true, "budget.CSV").unwrap();
        assert_eq!(csv.media_type, "text/csv");
        let text = classify("Notes, é\n".as_bytes(), true, "notes").unwrap();
        assert_eq!(text.media_type, "text/plain");
        assert!(classify(b"a\0b", true, "x.txt").is_err());
        assert!(classify(b"\xff\xfe\xfd", true, "x.txt").is_err());
        assert!(classify(b"", true, "x.txt").is_err());
    }

    #[test]
    fn text_is_checked_across_chunks() {
        let word = "é".as_bytes();
        let mut check = TextCheck::default();
        check.feed(&[b'a', word[0]]).unwrap();
        check.feed(&[word[1], b'b']).unwrap();
        check.finish().unwrap();
        let mut cut = TextCheck::default();
        cut.feed(&[b'a', word[0]]).unwrap();
        assert!(cut.finish().is_err());
        assert!(TextCheck::default().feed(b"a\0").is_err());
    }

    #[test]
    fn names_are_cleaned_and_end_with_their_type() {
        assert_eq!(
            clean_name("C:\\Users\\x\\Budget 2027.xlsx", "xlsx"),
            "Budget 2027.xlsx"
        );
        assert_eq!(clean_name("../../etc/passwd", "txt"), "passwd.txt");
        assert_eq!(clean_name("evil\u{202E}fdp.exe", "pdf"), "evilfdp.exe.pdf");
        assert_eq!(clean_name("photo.JPEG", "jpg"), "photo.jpeg");
        assert_eq!(clean_name("", "pdf"), "file.pdf");
        assert_eq!(clean_name("a\"b;c.pdf", "pdf"), "a_b_c.pdf");
        assert!(clean_name(&"x".repeat(500), "pdf").chars().count() <= 110);
        assert_eq!(
            content_disposition("Résumé \"final\".pdf"),
            "attachment; filename=\"R_sum_ _final_.pdf\"; \
             filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22%2Epdf"
        );
    }
}
