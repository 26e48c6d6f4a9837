//! Reading one description's possible-error list.

use std::sync::LazyLock;

use regex::Regex;

use super::PossibleError;

/// The sentence that opens a list, in every schema of `schema/sources/`.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*the possible errors that can be raised are:?[ \t]*$")
        .expect("a valid regex")
});

/// One entry: a bullet, a code, a colon and the message. The bullet may be `-` or `*`, the
/// final period may be missing; codes are `KT-` then a scope (`CT` for the platform, a brand's
/// country code) then digits.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[-*][ \t]+(KT-[A-Z]{2,}-[0-9]+)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
        .expect("a valid regex")
});

/// What one description says about possible errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedErrorList {
    /// The entries read, in order, each code once (the first entry of a code wins).
    pub errors: Vec<PossibleError>,
    /// The lines of the list that are not entries, with the reason.
    pub unreadable: Vec<(String, String)>,
}

/// Reads the possible-error list of a description; `None` when it has none.
///
/// The list is the block of non-blank lines after the header (blank lines right after the
/// header are skipped). Every line of that block must be an entry; one that is not is reported
/// in [`ParsedErrorList::unreadable`], and a header followed by no entry at all is reported too.
pub fn parse_error_list(description: &str) -> Option<ParsedErrorList> {
    let header = HEADER.find(description)?;
    let mut parsed = ParsedErrorList::default();
    let mut lines = description[header.end()..]
        .lines()
        .map(str::trim)
        .skip_while(|line| line.is_empty());
    for line in lines.by_ref().take_while(|line| !line.is_empty()) {
        match ENTRY.captures(line) {
            Some(captures) => {
                let code = &captures[1];
                if parsed.errors.iter().all(|error| error.code != code) {
                    parsed.errors.push(PossibleError {
                        code: code.to_owned(),
                        message: captures[2].to_owned(),
                    });
                }
            }
            None => parsed
                .unreadable
                .push((line.to_owned(), unreadable_reason(line))),
        }
    }
    if parsed.errors.is_empty() && parsed.unreadable.is_empty() {
        parsed.unreadable.push((
            header.as_str().trim().to_owned(),
            "the list has no entries after its header".to_owned(),
        ));
    }
    Some(parsed)
}

/// Says why a line of a list is not an entry.
fn unreadable_reason(line: &str) -> String {
    if !line.starts_with(['-', '*']) {
        "not a `- KT-XX-NNNN: message` entry (no bullet)".to_owned()
    } else if !line.contains("KT-") {
        "no `KT-` error code".to_owned()
    } else if !line.contains(':') {
        "no `:` between the code and the message".to_owned()
    } else {
        "not a `- KT-XX-NNNN: message` entry".to_owned()
    }
}

/// The description before its possible-error list (all of it when it has none), trimmed: what
/// a page that shows the list as a table prints as prose.
pub fn without_error_list(description: &str) -> &str {
    match HEADER.find(description) {
        Some(header) => description[..header.start()].trim(),
        None => description.trim(),
    }
}
