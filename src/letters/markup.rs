//! The letter's markup: what a letter template renders to, read into blocks that the printable
//! page shows as HTML (escaped) and the PDF lays out. Line by line:
//!
//! - `# Text` the letter's title, `## Text` a heading;
//! - `| a | b | c |` a row of a table: consecutive rows make one table, the first its header (a
//!   row of dashes only, `|---|---|`, is skipped);
//! - `- Text` an item of a list;
//! - `[signature] For the organization` a signature block: a line to sign on, with its label;
//! - a blank line ends a paragraph (not a table nor a list: they end at the next line of another
//!   kind); any other line is text, joined to the paragraph it is in.
//!
//! Nothing in the markup is HTML: a `<b>` in a template or a value prints as `<b>`.

use serde::Serialize;

/// One block of a letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Signature(String),
}

/// Reads rendered markup into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    fn flush(
        blocks: &mut Vec<Block>,
        paragraph: &mut Vec<&str>,
        list: &mut Vec<String>,
        table: &mut Vec<Vec<String>>,
    ) {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
        if !list.is_empty() {
            blocks.push(Block::List(std::mem::take(list)));
        }
        if !table.is_empty() {
            let mut rows = std::mem::take(table);
            let header = rows.remove(0);
            blocks.push(Block::Table { header, rows });
        }
    }
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            // A blank line ends a paragraph; a table or a list goes on to its next row or
            // item (a template's `{{#each}}` often leaves blank lines between them).
            if !paragraph.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list, &mut table);
            }
            continue;
        }
        if line.starts_with('|') {
            if !paragraph.is_empty() || !list.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list, &mut table);
            }
            let inner = line.trim_start_matches('|');
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_owned()).collect();
            let rule = cells
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
            if !rule {
                table.push(cells);
            }
            continue;
        }
        if !table.is_empty() {
            flush(&mut blocks, &mut paragraph, &mut list, &mut table);
        }
        if let Some(item) = line.strip_prefix("- ") {
            if !paragraph.is_empty() {
                flush(&mut blocks, &mut paragraph, &mut list, &mut table);
            }
            list.push(item.trim().to_owned());
            continue;
        }
        if !list.is_empty() {
            flush(&mut blocks, &mut paragraph, &mut list, &mut table);
        }
        if let Some(title) = line.strip_prefix("## ") {
            flush(&mut blocks, &mut paragraph, &mut list, &mut table);
            blocks.push(Block::Heading(title.trim().to_owned()));
        } else if let Some(title) = line.strip_prefix("# ") {
            flush(&mut blocks, &mut paragraph, &mut list, &mut table);
            blocks.push(Block::Title(title.trim().to_owned()));
        } else if let Some(label) = line.strip_prefix("[signature]") {
            flush(&mut blocks, &mut paragraph, &mut list, &mut table);
            blocks.push(Block::Signature(label.trim().to_owned()));
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut blocks, &mut paragraph, &mut list, &mut table);
    blocks
}

/// A block as the printable page's template receives it (every field always there, for strict
/// mode): `kind` is `title`, `heading`, `paragraph`, `list`, `table` or `signature`.
#[derive(Clone, Debug, Serialize)]
pub struct BlockView {
    pub kind: &'static str,
    pub text: String,
    pub items: Vec<String>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Under a signature's line: what to write there ("Name, date"), in the letter's language.
    pub signed: String,
}

impl BlockView {
    /// The blocks of a letter written in `lang`, as the page shows them.
    pub fn all_in(blocks: &[Block], lang: crate::i18n::Lang) -> Vec<Self> {
        let signed = crate::i18n::text(lang, "letters-name-date");
        blocks
            .iter()
            .map(|block| {
                let mut view = Self::from(block);
                if view.kind == "signature" {
                    view.signed.clone_from(&signed);
                }
                view
            })
            .collect()
    }
}

impl From<&Block> for BlockView {
    fn from(block: &Block) -> Self {
        let mut view = Self {
            kind: "paragraph",
            text: String::new(),
            items: Vec::new(),
            header: Vec::new(),
            rows: Vec::new(),
            signed: String::new(),
        };
        match block {
            Block::Title(t) => (view.kind, view.text) = ("title", t.clone()),
            Block::Heading(t) => (view.kind, view.text) = ("heading", t.clone()),
            Block::Paragraph(t) => view.text = t.clone(),
            Block::List(items) => (view.kind, view.items) = ("list", items.clone()),
            Block::Table { header, rows } => {
                view.kind = "table";
                view.header = header.clone();
                view.rows = rows.clone();
            }
            Block::Signature(t) => (view.kind, view.text) = ("signature", t.clone()),
        }
        view
    }
}

/// A value put into the markup on one line: line breaks become spaces, and a `|` (which would
/// split a table's cell) a `/`.
pub fn one_line(value: &str) -> String {
    value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_reads_into_blocks() {
        let blocks = parse(
            "# Award letter\n\nDear friends,\nwe are glad.\n\n## Schedule\n| No. | Amount |\n\
             |---|---|\n| 1 | 2,800.00 USD |\n| 2 | 1,200.00 USD |\n- first\n- second\n\
             [signature] For ICBL\ntext after\n",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Title("Award letter".into()),
                Block::Paragraph("Dear friends, we are glad.".into()),
                Block::Heading("Schedule".into()),
                Block::Table {
                    header: vec!["No.".into(), "Amount".into()],
                    rows: vec![
                        vec!["1".into(), "2,800.00 USD".into()],
                        vec!["2".into(), "1,200.00 USD".into()],
                    ],
                },
                Block::List(vec!["first".into(), "second".into()]),
                Block::Signature("For ICBL".into()),
                Block::Paragraph("text after".into()),
            ]
        );
    }

    #[test]
    fn values_stay_on_their_line_and_cell() {
        assert_eq!(one_line("a\n# b | c"), "a # b / c");
        // A value cannot start a heading: it is put after other text on its line.
        assert_eq!(
            parse("Dear a # b,"),
            vec![Block::Paragraph("Dear a # b,".into())]
        );
    }
}
