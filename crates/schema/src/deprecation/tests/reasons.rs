//! Reason parsing: real reasons from `fixtures/reasons.txt`, then wording variants in a snapshot.

use super::render_parsed;
use crate::deprecation::parse_reason;

/// One case of the fixture file: a label, the reason verbatim, the expected rendering.
struct Case {
    label: String,
    reason: String,
    expected: String,
}

/// Reads `=== label` / reason / `--- expect` / fields blocks; lines before the first case are notes.
fn read_cases(text: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for block in text.split("\n=== ").skip(1) {
        let (label, body) = block.split_once('\n').unwrap_or((block, ""));
        let (reason, expected) = body.split_once("\n--- expect\n").unwrap_or((body, ""));
        cases.push(Case {
            label: label.to_owned(),
            reason: reason.to_owned(),
            expected: format!("{}\n", expected.trim_end()),
        });
    }
    cases
}

#[test]
fn real_reasons_parse_as_the_fixture_expects() {
    let cases = read_cases(include_str!("fixtures/reasons.txt"));
    assert_eq!(cases.len(), 20, "the fixture file should hold 20 cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let actual = render_parsed(&parse_reason(&case.reason));
            (actual != case.expected).then(|| {
                format!(
                    "=== {}\n--- expected\n{}--- actual\n{actual}",
                    case.label, case.expected
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Wording variants that no bundled schema uses today but that the house style allows.
const VARIANTS: &[(&str, &str)] = &[
    (
        "dates that are not calendar dates",
        "The 'amount' field is deprecated.\n\nUse `amounts` instead.\n\n- Marked as deprecated on 2024-02-30.\n- Scheduled for removal on or after 2024-13-01.",
    ),
    (
        "a removal date written in words",
        "The 'amount' field is deprecated.\n\n- Marked as deprecated on 2024-01-02.\n- Scheduled for removal on or after 1st January 2025.",
    ),
    (
        "an argument heading",
        "The 'canCreatePayment' argument is deprecated.\n\nPlease use 'includeDormant' instead.\n\n- Marked as deprecated on 2023-12-06.\n- Will be removed on 2024-12-06.",
    ),
    (
        "an input field heading",
        "The 'cclAmount' input field is deprecated.\n\nCCL amount should not be passed in by the API.\n\n- Marked as deprecated on 2022-10-18.\n- Scheduled for removal on or after 2024-01-01.",
    ),
    (
        "an enum value heading",
        "The 'HEAT_PUMPS' enum value is deprecated.\n\n- Marked as deprecated on 2023-12-06.\n- Will be removed on 2024-06-06.",
    ),
    (
        "a value heading",
        "The 'ACTIVE' value is deprecated.\n\nUse 'ENABLED' instead.\n\n- Marked as deprecated on 2023-12-06.\n- Will be removed on or after 2024-06-06.",
    ),
    (
        "other capitalisation, no bullets, no full stops, trailing spaces",
        "the 'displayName' Field is Deprecated  \n\nPlease use fullName instead of this field  \n\nMARKED AS DEPRECATED ON 2019-12-11\nwill be removed on 2024-01-01   ",
    ),
    (
        "Windows line endings",
        "The 'mpan' field is deprecated.\r\n\r\nUse mpxn instead.\r\n\r\n- Marked as deprecated on 2022-11-07.\r\n- Will be removed on 2023-11-07.",
    ),
    (
        "newlines collapsed into spaces",
        "The 'deleteBoostCharge' field is deprecated. Please use 'updateBoostCharge' instead. - Marked as deprecated on 2025-05-12. - Scheduled for removal on or after 2026-01-26. You can read more about this deprecation on: https://announcements.kraken.tech/announcements/public/607/",
    ),
    ("the GraphQL default reason", "No longer supported"),
    ("an empty reason", ""),
    ("a heading and nothing else", "The 'deprecated' field is deprecated."),
    (
        "a removal date but no marked date",
        "The 'logo_mobile' field is deprecated.\n\nPlease use logo instead\n\n- Will be removed on 2024-01-10.",
    ),
    (
        "a removal date in a prose sentence is not read",
        "This field will be removed on 2024-01-01 when the new API ships.",
    ),
    (
        "an announcement line with no URL after it",
        "The 'x' field is deprecated.\n\n- Scheduled for removal on or after 2026-01-01.\n\nYou can read more about this deprecation on:\n\nSee the changelog.",
    ),
];

#[test]
fn wording_variants() {
    let rendered: String = VARIANTS
        .iter()
        .map(|(label, reason)| {
            format!(
                "## {label}\nreason: {reason:?}\n{}\n",
                render_parsed(&parse_reason(reason))
            )
        })
        .collect();
    insta::assert_snapshot!("reason_wording_variants", rendered);
}
