//! The letter as a PDF, drawn by the service itself: the blocks of the letter's markup are laid
//! out on A4 pages (lines wrapped to the measure, a heading kept with what follows, a table's
//! rows never split and its header repeated on each page, a footer with the reference and the
//! page number), then drawn with krilla in DejaVu Sans, the font shipped in `assets/fonts`
//! (embedded, subset to the glyphs used, so that every accented name prints).
//!
//! Layout and drawing are apart: [`layout`] answers pages of positioned text and lines (tested
//! without a PDF), [`render`] draws them.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::prelude::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::markup::Block;
use crate::i18n::Lang;

static REGULAR_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// A4, in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN_X: f32 = 62.0;
const MARGIN_TOP: f32 = 64.0;
const MARGIN_BOTTOM: f32 = 72.0;
const BODY: f32 = 10.5;
const LEADING: f32 = 1.4;
const CELL_PAD: f32 = 4.0;

/// One face of the font: its glyphs and their advances (a fraction of the em).
struct Face {
    font: Font,
    bytes: &'static [u8],
    advances: Mutex<HashMap<char, (u32, f32)>>,
    ascent: f32,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Option<Self> {
        let font = Font::new(bytes.into(), 0)?;
        let font_ref = FontRef::new(bytes).ok()?;
        let metrics = font_ref.metrics(Size::unscaled(), LocationRef::default());
        let upem = f32::from(metrics.units_per_em.max(1));
        Some(Self {
            font,
            bytes,
            advances: Mutex::new(HashMap::new()),
            ascent: metrics.ascent / upem,
        })
    }

    /// The glyph of `c` (0, the missing glyph, when the font has none) and its advance.
    fn glyph(&self, c: char) -> (u32, f32) {
        if let Ok(cache) = self.advances.lock()
            && let Some(found) = cache.get(&c)
        {
            return *found;
        }
        let found = FontRef::new(self.bytes)
            .ok()
            .map(|font| {
                let upem = f32::from(
                    font.metrics(Size::unscaled(), LocationRef::default())
                        .units_per_em
                        .max(1),
                );
                let id = font.charmap().map(c).unwrap_or_default();
                let advance = font
                    .glyph_metrics(Size::unscaled(), LocationRef::default())
                    .advance_width(id)
                    .unwrap_or_default();
                (id.to_u32(), advance / upem)
            })
            .unwrap_or_default();
        if let Ok(mut cache) = self.advances.lock() {
            cache.insert(c, found);
        }
        found
    }

    /// The width of `text` at `size`, in points.
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }
}

struct Faces {
    regular: Face,
    bold: Face,
}

static FACES: LazyLock<Option<Faces>> = LazyLock::new(|| {
    Some(Faces {
        regular: Face::new(REGULAR_BYTES)?,
        bold: Face::new(BOLD_BYTES)?,
    })
});

fn faces() -> anyhow::Result<&'static Faces> {
    FACES
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("the letter's font (assets/fonts) could not be read"))
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Text on one line, `y` its baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        grey: bool,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// A light grey band (a table's header).
    Band { x: f32, y: f32, w: f32, h: f32 },
}

/// Lines of `text` no wider than `width` at `size`: broken between words, and inside a word
/// longer than the line.
fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if face.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if face.width(word, size) <= width {
            line = word.to_owned();
            continue;
        }
        // A word longer than the line: cut where it no longer fits.
        for c in word.chars() {
            if !line.is_empty() && face.width(&format!("{line}{c}"), size) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Pages being filled, top to bottom.
struct Pages<'a> {
    faces: &'a Faces,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Pages<'_> {
    fn width(&self) -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN_X
    }

    fn bottom(&self) -> f32 {
        PAGE_HEIGHT - MARGIN_BOTTOM
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    /// Room for `height` more on this page, or a new page.
    fn room(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN_TOP {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.faces.bold
        } else {
            &self.faces.regular
        }
    }

    /// Wrapped text at `x`, `width` wide, each line on the page it fits on.
    fn text(&mut self, text: &str, x: f32, width: f32, size: f32, bold: bool) {
        let line_height = size * LEADING;
        let ascent = self.face(bold).ascent * size;
        for line in wrap(self.face(bold), text, size, width) {
            self.room(line_height);
            let y = self.y + ascent;
            self.push(Op::Text {
                x,
                y,
                size,
                bold,
                grey: false,
                text: line,
            });
            self.y += line_height;
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let columns = rows
            .iter()
            .map(Vec::len)
            .chain([header.len()])
            .max()
            .unwrap_or(0);
        if columns == 0 {
            return;
        }
        let size = BODY - 1.0;
        let cell = |row: &[String], i: usize| row.get(i).cloned().unwrap_or_default();
        // Each column's natural width (its widest cell on one line) and its least (its longest
        // word); the line's width is shared between them.
        let mut natural = vec![0.0f32; columns];
        let mut least = vec![0.0f32; columns];
        for (row, bold) in
            std::iter::once((header, true)).chain(rows.iter().map(|r| (&r[..], false)))
        {
            for (i, (n, l)) in natural.iter_mut().zip(least.iter_mut()).enumerate() {
                let text = cell(row, i);
                let face = self.face(bold);
                *n = n.max(face.width(&text, size) + 2.0 * CELL_PAD);
                let longest = text
                    .split_whitespace()
                    .map(|w| face.width(w, size))
                    .fold(0.0, f32::max);
                *l = l.max(longest + 2.0 * CELL_PAD);
            }
        }
        let total = self.width();
        let natural_sum: f32 = natural.iter().sum();
        let least_sum: f32 = least.iter().sum();
        let widths: Vec<f32> = if natural_sum <= total {
            natural.iter().map(|n| n * total / natural_sum).collect()
        } else if least_sum <= total {
            let spare = total - least_sum;
            let wish: f32 = natural.iter().zip(&least).map(|(n, l)| n - l).sum();
            natural
                .iter()
                .zip(&least)
                .map(|(n, l)| {
                    l + if wish > 0.0 {
                        (n - l) * spare / wish
                    } else {
                        0.0
                    }
                })
                .collect()
        } else {
            least.iter().map(|l| l * total / least_sum).collect()
        };
        let line_height = size * LEADING;
        let draw_row = |pages: &mut Self, bold: bool, lines: &[Vec<String>]| {
            let height =
                lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * line_height + 2.0 * CELL_PAD;
            let top = pages.y;
            if bold {
                pages.push(Op::Band {
                    x: MARGIN_X,
                    y: top,
                    w: total,
                    h: height,
                });
            }
            let ascent = pages.face(bold).ascent * size;
            let mut x = MARGIN_X;
            for (i, column_lines) in lines.iter().enumerate() {
                for (n, line) in column_lines.iter().enumerate() {
                    pages.push(Op::Text {
                        x: x + CELL_PAD,
                        y: top + CELL_PAD + ascent + n as f32 * line_height,
                        size,
                        bold,
                        grey: false,
                        text: line.clone(),
                    });
                }
                x += widths.get(i).copied().unwrap_or_default();
            }
            pages.y = top + height;
            pages.push(Op::Line {
                x1: MARGIN_X,
                y1: pages.y,
                x2: MARGIN_X + total,
                y2: pages.y,
                width: if bold { 0.8 } else { 0.4 },
            });
        };
        let lines_of = |pages: &Self, row: &[String], bold: bool| -> Vec<Vec<String>> {
            (0..columns)
                .map(|i| {
                    let width = widths.get(i).copied().unwrap_or_default() - 2.0 * CELL_PAD;
                    wrap(pages.face(bold), &cell(row, i), size, width.max(1.0))
                })
                .collect()
        };
        let height_of = |lines: &[Vec<String>]| {
            lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * line_height + 2.0 * CELL_PAD
        };
        let header_lines = lines_of(self, header, true);
        let header_height = height_of(&header_lines);
        let first_row = rows
            .first()
            .map_or(0.0, |r| height_of(&lines_of(self, r, false)));
        // The header stays with the first row.
        self.room(header_height + first_row);
        let top = self.y;
        self.push(Op::Line {
            x1: MARGIN_X,
            y1: top,
            x2: MARGIN_X + total,
            y2: top,
            width: 0.8,
        });
        draw_row(self, true, &header_lines);
        for row in rows {
            let lines = lines_of(self, row, false);
            let height = height_of(&lines);
            if self.y + height > self.bottom() {
                // A row is never split: it goes to the next page, under the header again.
                self.new_page();
                let top = self.y;
                self.push(Op::Line {
                    x1: MARGIN_X,
                    y1: top,
                    x2: MARGIN_X + total,
                    y2: top,
                    width: 0.8,
                });
                draw_row(self, true, &header_lines);
            }
            draw_row(self, false, &lines);
        }
    }
}

/// The blocks laid out on pages, each page's footer (`footer`, "page n of m") included; the
/// words the layout adds (the footer's, under a signature) in `lang`, the letter's.
pub fn layout(blocks: &[Block], footer: &str, lang: Lang) -> anyhow::Result<Vec<Vec<Op>>> {
    let faces = faces()?;
    let name_date = crate::i18n::text(lang, "letters-name-date");
    let mut pages = Pages {
        faces,
        pages: Vec::new(),
        y: MARGIN_TOP,
    };
    pages.new_page();
    let width = pages.width();
    let line = BODY * LEADING;
    for block in blocks {
        match block {
            Block::Title(text) => {
                pages.room(18.0 * LEADING + 3.0 * line);
                pages.text(text, MARGIN_X, width, 18.0, true);
                pages.y += 8.0;
            }
            Block::Heading(text) => {
                // A heading is kept with the two lines that follow it.
                pages.y += 6.0;
                pages.room(12.5 * LEADING + 2.0 * line);
                pages.text(text, MARGIN_X, width, 12.5, true);
                pages.y += 3.0;
            }
            Block::Paragraph(text) => {
                pages.text(text, MARGIN_X, width, BODY, false);
                pages.y += line * 0.6;
            }
            Block::List(items) => {
                for item in items {
                    pages.room(line);
                    let y = pages.y + pages.faces.regular.ascent * BODY;
                    pages.push(Op::Text {
                        x: MARGIN_X + 4.0,
                        y,
                        size: BODY,
                        bold: false,
                        grey: false,
                        text: "•".to_owned(),
                    });
                    pages.text(item, MARGIN_X + 16.0, width - 16.0, BODY, false);
                }
                pages.y += line * 0.6;
            }
            Block::Table { header, rows } => {
                pages.table(header, rows);
                pages.y += line;
            }
            Block::Signature(label) => {
                pages.room(44.0 + line * 2.0);
                pages.y += 40.0;
                pages.push(Op::Line {
                    x1: MARGIN_X,
                    y1: pages.y,
                    x2: MARGIN_X + 220.0,
                    y2: pages.y,
                    width: 0.6,
                });
                pages.y += 3.0;
                pages.text(label, MARGIN_X, width * 0.7, BODY - 1.0, false);
                pages.text(&name_date, MARGIN_X, 300.0, BODY - 2.0, false);
                pages.y += line * 0.4;
            }
        }
    }
    let count = pages.pages.len();
    let mut out = pages.pages;
    for (index, page) in out.iter_mut().enumerate() {
        page.push(Op::Text {
            x: MARGIN_X,
            y: PAGE_HEIGHT - MARGIN_BOTTOM / 2.0,
            size: 8.0,
            bold: false,
            grey: true,
            text: crate::i18n::format(
                lang,
                "letters-pdf-footer",
                &[
                    ("footer", footer.to_owned().into()),
                    ("page", (index + 1).into()),
                    ("count", count.into()),
                ],
            ),
        });
    }
    Ok(out)
}

/// The PDF of the blocks, titled `title`, written in `lang`.
pub fn render(blocks: &[Block], title: &str, footer: &str, lang: Lang) -> anyhow::Result<Vec<u8>> {
    let faces = faces()?;
    let pages = layout(blocks, footer, lang)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language("en".to_owned())
            .creator("Clearway".to_owned()),
    );
    for ops in &pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
            .ok_or_else(|| anyhow::anyhow!("the page's size"))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold,
                    grey,
                    text,
                } => {
                    let face = if *bold { &faces.bold } else { &faces.regular };
                    let glyphs: Vec<KrillaGlyph> = text
                        .char_indices()
                        .map(|(at, c)| {
                            let (id, advance) = face.glyph(c);
                            KrillaGlyph::new(
                                GlyphId::new(id),
                                advance,
                                0.0,
                                0.0,
                                0.0,
                                at..at + c.len_utf8(),
                                None,
                            )
                        })
                        .collect();
                    let shade = if *grey { 90 } else { 0 };
                    surface.set_fill(Some(Fill {
                        paint: rgb::Color::new(shade, shade, shade).into(),
                        ..Fill::default()
                    }));
                    surface.draw_glyphs(
                        Point::from_xy(*x, *y),
                        &glyphs,
                        face.font.clone(),
                        text,
                        *size,
                        false,
                    );
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                } => {
                    let mut builder = PathBuilder::new();
                    builder.move_to(*x1, *y1);
                    builder.line_to(*x2, *y2);
                    if let Some(path) = builder.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: rgb::Color::new(60, 60, 60).into(),
                            width: *width,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
                Op::Band { x, y, w, h } => {
                    let mut builder = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                        builder.push_rect(rect);
                    }
                    if let Some(path) = builder.finish() {
                        surface.set_stroke(None);
                        surface.set_fill(Some(Fill {
                            paint: rgb::Color::new(235, 235, 235).into(),
                            ..Fill::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| anyhow::anyhow!("the letter's PDF could not be written: {e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_and_flows_onto_more_pages_with_the_table_header_repeated() {
        let long = "Campaña Colombiana Contra Minas ".repeat(40);
        let mut blocks = vec![
            Block::Title("Award letter".into()),
            Block::Paragraph(long.clone()),
        ];
        let rows: Vec<Vec<String>> = (1..=60)
            .map(|i| {
                vec![
                    i.to_string(),
                    format!("{i},000.00 USD"),
                    long[..60].to_owned(),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            header: vec!["No.".into(), "Amount".into(), "Condition".into()],
            rows,
        });
        blocks.push(Block::Signature("For ICBL".into()));
        let pages = layout(&blocks, "Award letter X", Lang::En).unwrap();
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let texts = |page: &Vec<Op>| -> Vec<String> {
            page.iter()
                .filter_map(|op| match op {
                    Op::Text { text, .. } => Some(text.clone()),
                    _ => None,
                })
                .collect()
        };
        // Every line fits the measure.
        let faces = faces().unwrap();
        for page in &pages {
            for op in page {
                if let Op::Text {
                    x,
                    size,
                    bold,
                    text,
                    y,
                    ..
                } = op
                {
                    let face = if *bold { &faces.bold } else { &faces.regular };
                    assert!(
                        x + face.width(text, *size) <= PAGE_WIDTH - MARGIN_X + 0.5,
                        "{text}"
                    );
                    assert!(*y <= PAGE_HEIGHT, "{text}");
                }
            }
        }
        // The header is on the second page again, and each page says its number.
        assert!(texts(&pages[1]).contains(&"Amount".to_owned()));
        let last = texts(pages.last().unwrap());
        assert!(last.iter().any(|t| t.ends_with(&format!(
            "page {} of {}",
            pages.len(),
            pages.len()
        ))));
        let pdf = render(&blocks, "Award letter X", "Award letter X", Lang::En).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let faces = faces().unwrap();
        let lines = wrap(&faces.regular, &"x".repeat(300), BODY, 100.0);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| faces.regular.width(l, BODY) <= 100.0));
    }
}
