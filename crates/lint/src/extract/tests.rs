//! Tests of the extractor against `tests/fixtures/rust/inline.rs`, its CRLF variant and bad input.

use super::*;
use crate::source::SourceKind;

const FIXTURE: &str = include_str!("../../tests/fixtures/rust/inline.rs");

fn extract(text: &str) -> (Vec<EmbeddedDocument>, Vec<LintDiagnostic>) {
    extract_rust_documents(&LintSource::new("inline.rs", text, SourceKind::Rust))
}

/// A text in a document, which occurrence of it, and its expected line and column in the file.
type Expected = (&'static str, usize, (usize, usize));

/// The file position of the `nth` occurrence of `needle` in the document (`<end>`: its end).
fn at(text: &str, document: &EmbeddedDocument, needle: &str, nth: usize) -> (usize, usize) {
    let offset = match needle {
        "<end>" => document.text.len(),
        _ => document.text.match_indices(needle).nth(nth).unwrap().0,
    };
    line_column(text, document.file_offset(offset))
}

/// Checks the documents of the fixture, as written and with CRLF line endings.
fn check_fixture_positions(text: &str) {
    let (documents, _) = extract(text);
    assert_eq!(documents.len(), 4);
    let expected: [&[Expected]; 4] = [
        &[
            ("query", 0, (6, 19)),
            ("AccountBalance", 0, (6, 25)),
            ("account", 0, (7, 3)),
            ("balance", 0, (8, 5)),
            ("<end>", 0, (10, 2)),
        ],
        &[
            ("query", 0, (15, 28)),
            ("Viewer", 0, (15, 34)),
            ("\n", 0, (15, 42)),
            ("viewer", 0, (15, 46)),
            ("\"", 0, (15, 55)),
            ("id", 0, (15, 57)),
            ("}", 1, (15, 65)),
            ("<end>", 0, (15, 66)),
        ],
        &[
            ("query", 0, (20, 64)),
            ("Ünïcode", 0, (20, 70)),
            ("meters", 0, (21, 35)),
            ("\"", 0, (21, 48)),
            ("é", 0, (21, 50)),
            ("id", 0, (21, 57)),
            ("<end>", 0, (21, 63)),
        ],
        &[
            ("query", 0, (26, 54)),
            ("Inner", 0, (26, 60)),
            ("x", 0, (26, 68)),
            ("<end>", 0, (26, 71)),
        ],
    ];
    for (document, positions) in documents.iter().zip(expected) {
        for &(needle, nth, position) in positions {
            assert_eq!(
                at(text, document, needle, nth),
                position,
                "{needle:?} in {:?}",
                document.text
            );
        }
    }
    // The second byte of `é` maps to the same character.
    let third = &documents[2];
    let e = third.text.find('é').unwrap();
    assert_eq!(line_column(text, third.file_offset(e + 1)), (21, 50));
}

#[test]
fn fixture_documents_and_problems() {
    let (documents, diagnostics) = extract(FIXTURE);
    let mut out = String::new();
    for document in &documents {
        let (line, column) = line_column(FIXTURE, document.file_offset(0));
        out.push_str(&format!(
            "document at {line}:{column}\n{}\n\n",
            document.text
        ));
    }
    for diagnostic in &diagnostics {
        let span = diagnostic.span.as_ref().unwrap();
        out.push_str(&format!(
            "{} {}:{}-{}:{} {}\n",
            diagnostic.rule.code,
            span.line,
            span.column,
            span.end_line,
            span.end_column,
            diagnostic.message
        ));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn fixture_positions() {
    check_fixture_positions(FIXTURE);
}

#[test]
fn fixture_positions_with_crlf() {
    let crlf = FIXTURE.replace('\n', "\r\n");
    check_fixture_positions(&crlf);
    let (lf, _) = extract(FIXTURE);
    let (documents, _) = extract(&crlf);
    let texts: Vec<_> = documents.iter().map(|document| &document.text).collect();
    assert_eq!(
        texts,
        lf.iter().map(|document| &document.text).collect::<Vec<_>>()
    );
}

#[test]
fn byte_order_mark_shifts_nothing() {
    let text = "\u{feff}#[kraken_query(document = \"query Q { x }\")] struct Q;";
    let (documents, diagnostics) = extract(text);
    assert!(diagnostics.is_empty());
    assert!(text[documents[0].file_offset(0)..].starts_with("query Q"));
}

#[test]
fn garbage_gives_one_syntax_error() {
    let cases = [
        (
            "fn main() {\n    let x = ;\n}\n",
            (2, 13),
            "expected an expression",
        ),
        (
            "struct A;\nfn f() { let s = \"abc; }\n",
            (2, 18),
            "cannot be split into tokens",
        ),
        ("fn f() {\n", (1, 8), "cannot be split into tokens"),
        (
            "#[kraken_query(document = \"q\")]\n",
            (2, 1),
            "unexpected end of input",
        ),
        ("§ café ∞", (1, 1), "cannot be split into tokens"),
    ];
    for (text, position, message) in cases {
        let (documents, diagnostics) = extract(text);
        assert!(documents.is_empty(), "{text:?}");
        assert_eq!(diagnostics.len(), 1, "{text:?}");
        let diagnostic = &diagnostics[0];
        assert_eq!(diagnostic.rule.code, "KQL101");
        assert!(
            diagnostic.message.contains(message),
            "{}",
            diagnostic.message
        );
        let span = diagnostic.span.as_ref().unwrap();
        assert_eq!((span.line, span.column), position, "{text:?}");
    }
}

#[test]
fn malformed_attribute_arguments_are_reported() {
    let text = "#[kraken_query(document \"q\")]\nstruct A;\n#[kraken_query(document = \"query B { x }\")]\nstruct B;\n#[kraken_query(mock(skip), flag, document = \"query C { x }\")]\nstruct C;";
    let (documents, diagnostics) = extract(text);
    assert_eq!(documents.len(), 2);
    assert_eq!(documents[1].text, "query C { x }");
    assert_eq!(diagnostics.len(), 1);
    let span = diagnostics[0].span.as_ref().unwrap();
    assert_eq!((span.line, span.column), (1, 25));
}

#[test]
fn no_panic_on_any_prefix() {
    let mut cut = 0;
    while cut <= FIXTURE.len() {
        for text in [&FIXTURE[..cut], &FIXTURE[cut..]] {
            let (documents, _) = extract(text);
            for document in documents {
                assert_eq!(document.offsets.len(), document.text.len() + 1);
                assert!(document.offsets.windows(2).all(|pair| pair[0] <= pair[1]));
                assert!(document.file_offset(document.text.len()) <= text.len());
            }
        }
        cut += FIXTURE[cut..].chars().next().map_or(1, char::len_utf8);
    }
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 2000;
    let text = format!(
        "fn f() {{ let x = {}1{}; }}",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let (documents, diagnostics) = extract(&text);
    assert!(documents.is_empty() && diagnostics.is_empty());
}

#[test]
fn line_column_and_span_clamp() {
    let text = "ab\r\nçd\n";
    assert_eq!(line_column(text, 0), (1, 1));
    assert_eq!(line_column(text, 4), (2, 1));
    assert_eq!(line_column(text, 5), (2, 1));
    assert_eq!(line_column(text, 6), (2, 2));
    assert_eq!(line_column(text, 99), (3, 1));
    let span = span("f.graphql", text, 6, 2);
    assert_eq!(
        (span.line, span.column, span.end_line, span.end_column),
        (2, 2, 2, 2)
    );
}
