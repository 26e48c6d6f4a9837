//! Tests of the SDL built from the reference, and of input that is not the reference page.

use super::tests::{reference, PAGE, PAGE_NAME};
use super::{parse_reference, Reference, Section};
use crate::diagnostic::Diagnostic;

fn render(document: &apollo_compiler::ast::Document, diagnostics: &[Diagnostic]) -> String {
    let mut out = document.to_string();
    for diagnostic in diagnostics {
        let location = diagnostic
            .location
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push_str(&format!(
            "# {}[{}] {location}: {}\n",
            diagnostic.severity, diagnostic.code.name, diagnostic.message
        ));
    }
    out
}

/// The reference cut down to a few entries that show each way a type is revealed or not.
fn slice() -> Reference {
    let names = [
        "accountConversationHasHandoffEvent",
        "accountReference",
        "accountUrls",
        "backendScreen",
        "caredForAccounts",
        "eligibleDeviceTypes",
        "metadataForKey",
        "octoHeatPumpLifetimePerformance",
    ];
    let mut reference = reference();
    reference
        .entries
        .retain(|entry| names.contains(&entry.name.as_str()));
    reference
}

fn known_uk() -> apollo_compiler::Schema {
    let text = include_str!("../../../../schema/sources/octopus-uk-2024-11.graphql");
    match apollo_compiler::Schema::parse(text, "octopus-uk-2024-11.graphql") {
        Ok(schema) => schema,
        Err(with_errors) => with_errors.partial,
    }
}

#[test]
fn auth_section_document() {
    let (document, diagnostics) = reference().to_document(Section::Auth, None);
    insta::assert_snapshot!(render(&document, &diagnostics));
}

#[test]
fn api_slice_document_without_known_schema() {
    let (document, diagnostics) = slice().to_document(Section::Api, None);
    insta::assert_snapshot!(render(&document, &diagnostics));
}

#[test]
fn api_slice_document_with_uk_schema() {
    let known = known_uk();
    let (document, diagnostics) = slice().to_document(Section::Api, Some(&known));
    insta::assert_snapshot!(render(&document, &diagnostics));
}

#[test]
fn whole_api_document_prints_parsable_sdl() {
    let (document, diagnostics) = reference().to_document(Section::Api, None);
    let printed = document.to_string();
    let reparsed = apollo_compiler::ast::Document::parse(printed.as_str(), "printed.graphql");
    assert!(
        reparsed.is_ok(),
        "{:?}",
        reparsed.err().map(|e| e.errors.to_string())
    );
    assert!(diagnostics.iter().all(|d| !d.is_error()));
    let known = known_uk();
    let (_, with_known) = reference().to_document(Section::Api, Some(&known));
    assert!(with_known.len() < diagnostics.len());
}

#[test]
fn text_that_is_not_the_reference_fails_with_a_located_error() {
    for text in [
        "",
        "   \n\n",
        "hello world\nthis is not it\n",
        "{\"data\": {}}",
    ] {
        let error = parse_reference("bad.txt", text).expect_err(text);
        let first = &error.diagnostics[0];
        assert!(first.is_error());
        assert_eq!(
            first.location.as_ref().map(ToString::to_string).as_deref(),
            Some("bad.txt:1:1")
        );
    }
    let heading_only = parse_reference("bad.txt", "About\nAPI Site\n").expect_err("no entries");
    assert_eq!(
        heading_only.diagnostics[0]
            .location
            .as_ref()
            .map(|l| l.line),
        Some(2)
    );
}

#[test]
fn truncated_and_mangled_pages_never_panic() {
    let lines: Vec<&str> = PAGE.lines().collect();
    for cut in (0..lines.len()).step_by(37) {
        if let Ok(reference) = parse_reference(PAGE_NAME, &lines[..cut].join("\n")) {
            let _ = reference.to_document(Section::Api, None);
        }
    }
    for cut in (0..PAGE.len()).step_by(4099) {
        if PAGE.is_char_boundary(cut) {
            let _ = parse_reference(PAGE_NAME, &PAGE[..cut]);
        }
    }
    let shuffled: String = lines.iter().rev().map(|line| format!("{line}\n")).collect();
    let _ = parse_reference(PAGE_NAME, &shuffled);
    let braces = PAGE.replace('}', "");
    let _ = parse_reference(PAGE_NAME, &braces);
    let quotes = PAGE.replace('"', "");
    if let Ok(reference) = parse_reference(PAGE_NAME, &quotes) {
        let _ = reference.to_document(Section::Api, None);
    }
}

#[test]
fn an_unparsable_example_query_skips_its_entry_with_a_warning() {
    let broken = PAGE.replacen(
        "query AccountChargeReasons {\naccountChargeReasons {",
        "query AccountChargeReasons {\naccountChargeReasons(( {",
        1,
    );
    let reference = parse_reference(PAGE_NAME, &broken).expect("the rest still reads");
    assert_eq!(reference.entries.len(), 164);
    let rendered: Vec<_> = reference
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d.location
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                d.code.name
            )
        })
        .collect();
    assert_eq!(
        rendered,
        [format!("{PAGE_NAME}:304:22 reference-entry-unreadable")]
    );
}

#[test]
fn a_page_cut_off_in_a_query_keeps_the_entries_before_it() {
    let lines: Vec<&str> = PAGE.lines().collect();
    let cut = lines[..600].join("\n");
    let reference = parse_reference(PAGE_NAME, &cut).expect("the first entries read");
    assert_eq!(reference.entries.len(), 7);
    let messages: Vec<_> = reference
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(messages, ["the example query of `accounts` is cut off"]);
}

#[test]
fn text_between_entries_is_reported_once_per_run() {
    let stray = PAGE.replacen(
        "}\naccountChargeReasons\n",
        "}\nsome stray text\nand more of it\naccountChargeReasons\n",
        1,
    );
    let reference = parse_reference(PAGE_NAME, &stray).expect("the page still reads");
    assert_eq!(reference.entries.len(), 165);
    let rendered: Vec<_> = reference
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d.location.as_ref().map(|l| l.line).unwrap_or_default(),
                d.message
            )
        })
        .collect();
    assert_eq!(
        rendered,
        ["298 skipped 2 line(s) that belong to no entry of the reference"]
    );
}
