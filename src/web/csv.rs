//! CSV exports: one record at a time, so that a download streams from the database in batches
//! instead of holding the whole table.

/// One CSV record (with its line end). Text a spreadsheet would run as a formula (`=`, `+`,
/// `-`, `@` first) starts with a quote instead; numbers such as `-12.50` are left as they are.
pub fn record<S: AsRef<str>>(fields: &[S]) -> Vec<u8> {
    let safe: Vec<String> = fields
        .iter()
        .map(|f| spreadsheet_safe(f.as_ref()))
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(&safe);
    writer.into_inner().unwrap_or_default()
}

fn spreadsheet_safe(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) && value.parse::<f64>().is_err() {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        let line =
            String::from_utf8(record(&["=HYPERLINK(\"x\")", "Talks in Baku", "-12.50"])).unwrap();
        assert_eq!(line, "\"'=HYPERLINK(\"\"x\"\")\",Talks in Baku,-12.50\n");
    }
}
