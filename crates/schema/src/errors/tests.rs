//! The list reader on the wordings of the real schemas, and on entries it must report.

use super::{parse_error_list, without_error_list, PossibleError};

fn entry(code: &str, message: &str) -> PossibleError {
    PossibleError {
        code: code.to_owned(),
        message: message.to_owned(),
    }
}

#[test]
fn reads_a_list_after_the_description_and_keeps_the_first_entry_of_a_code() {
    let description = "Create a Lead instance.\n\nThe possible errors that can be raised are:\n\n\
                       - KT-CT-1111: Unauthorized.\n- KT-GB-9310: Account ineligible for joining Octoplus.\n\
                       - KT-CT-1111: Unauthorized again.\n";
    let parsed = parse_error_list(description).expect("a list");
    assert_eq!(
        parsed.errors,
        [
            entry("KT-CT-1111", "Unauthorized."),
            entry("KT-GB-9310", "Account ineligible for joining Octoplus."),
        ]
    );
    assert!(parsed.unreadable.is_empty());
}

#[test]
fn a_description_without_a_list_has_none() {
    assert_eq!(
        parse_error_list("Field with the possible errors of the query/mutation."),
        None
    );
}

#[test]
fn tolerates_star_bullets_missing_periods_and_spacing() {
    let description = "the possible errors that can be raised are\n*  KT-CT-4321 :  Serializer validation error\n";
    let parsed = parse_error_list(description).expect("a list");
    assert_eq!(
        parsed.errors,
        [entry("KT-CT-4321", "Serializer validation error")]
    );
}

#[test]
fn reports_lines_that_are_not_entries_and_reads_the_rest() {
    let description = "The possible errors that can be raised are:\n\n- KT-CT-1111: Unauthorized.\n\
                       - Unauthorized.\n- KT-CT-1112 'Authorization' header not provided.\nSee the docs.\n";
    let parsed = parse_error_list(description).expect("a list");
    assert_eq!(parsed.errors, [entry("KT-CT-1111", "Unauthorized.")]);
    let reasons: Vec<(&str, &str)> = parsed
        .unreadable
        .iter()
        .map(|(line, reason)| (line.as_str(), reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            ("- Unauthorized.", "no `KT-` error code"),
            (
                "- KT-CT-1112 'Authorization' header not provided.",
                "no `:` between the code and the message"
            ),
            (
                "See the docs.",
                "not a `- KT-XX-NNNN: message` entry (no bullet)"
            ),
        ]
    );
}

#[test]
fn a_header_without_entries_is_reported() {
    let parsed =
        parse_error_list("The possible errors that can be raised are:\n\n").expect("a list");
    assert!(parsed.errors.is_empty());
    assert_eq!(
        parsed.unreadable,
        [(
            "The possible errors that can be raised are:".to_owned(),
            "the list has no entries after its header".to_owned()
        )]
    );
}

#[test]
fn the_prose_is_what_comes_before_the_list() {
    let description = "Get an account.\n\nThe possible errors that can be raised are:\n\n- KT-CT-1111: Unauthorized.\n";
    assert_eq!(without_error_list(description), "Get an account.");
    assert_eq!(without_error_list("  No list.\n"), "No list.");
}
