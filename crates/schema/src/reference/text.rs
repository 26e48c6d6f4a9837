//! Reads the text parts of an entry: table rows, descriptions and deprecation reasons.

/// The text of one table row (`| The account number. |`), or `None` for an empty row.
pub(super) fn table_cell(row: &str) -> Option<String> {
    let inner = row.strip_prefix('|').unwrap_or(row);
    let inner = inner.strip_suffix('|').unwrap_or(inner).trim();
    (!inner.is_empty()).then(|| inner.to_owned())
}

/// Joins description lines: a line that starts in lower case continues the sentence before it (the
/// scrape broke lines where inline code was), any other line starts a paragraph.
pub(super) fn join_description(lines: &[String]) -> Option<String> {
    let mut text = String::new();
    for line in lines.iter().filter(|line| !line.is_empty()) {
        if !text.is_empty() {
            let continues = line.chars().next().is_some_and(char::is_lowercase);
            text.push_str(if continues { " " } else { "\n\n" });
        }
        text.push_str(line);
    }
    (!text.is_empty()).then_some(text)
}

/// Rebuilds the reason in Kraken's format: paragraphs separated by blank lines, the date lines together.
pub(super) fn rebuild_deprecation(lines: &[String]) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for line in lines.iter().filter(|line| !line.is_empty()) {
        match parts.last_mut() {
            Some(last) if line.starts_with("- ") && last.starts_with("- ") => {
                last.push('\n');
                last.push_str(line);
            }
            _ => parts.push(line.clone()),
        }
    }
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}
