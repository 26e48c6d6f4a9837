//! Pieces give the document one parse gives: on the shipped schema and its sources, and on the
//! texts where a lone `}` line is not the end of a definition.

use apollo_compiler::ast;

use super::{cut_after, cuts, parse, parse_in};

/// Where a definition is: byte offsets, then the line and column of its start and end.
type Place = (usize, usize, (usize, usize), (usize, usize));

/// Each definition printed, with its place as apollo-compiler reports it.
fn outline(document: &ast::Document) -> Vec<(String, Option<Place>)> {
    document
        .definitions
        .iter()
        .map(|definition| {
            let position = definition.location().and_then(|span| {
                let range = span.line_column_range(&document.sources)?;
                Some((
                    span.offset(),
                    span.end_offset(),
                    (range.start.line, range.start.column),
                    (range.end.line, range.end.column),
                ))
            });
            (definition.to_string(), position)
        })
        .collect()
}

fn whole(text: &str) -> ast::Document {
    match ast::Document::parse(text, "schema.graphql") {
        Ok(document) => document,
        Err(with_errors) => panic!("the text does not parse: {}", with_errors.errors),
    }
}

#[test]
fn real_schemas_parse_the_same_in_pieces() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema");
    for file in ["kraken.graphql", "sources/octopus-uk-2024-11.graphql"] {
        let text = std::fs::read_to_string(format!("{root}/{file}")).expect("the schema file");
        let cuts = cuts(&text, 4);
        assert_eq!(cuts.len(), 3, "{file}: three cuts");
        let pieces = parse_in(&text, "schema.graphql", &cuts).expect("every piece parses");
        assert_eq!(pieces.sources.len(), 4, "{file}: one source per piece");
        assert_eq!(outline(&pieces), outline(&whole(&text)), "{file}");
    }
}

#[test]
fn a_lone_brace_in_a_block_string_or_a_value_is_not_a_cut() {
    let texts = [
        // Inside a block string: the first piece ends in an unterminated string.
        "type A {\n  \"\"\"\n  text\n}\n  more\n  \"\"\"\n  f: Int\n}\ntype B {\n  g: Int\n}\n",
        // Inside an object value: the first piece is unbalanced.
        "type A {\n  f(a: I = {\n    x: 1\n}\n  ): Int\n}\ninput I {\n  x: Int\n}\n",
    ];
    for text in texts {
        let first = cut_after(text, 0).expect("a candidate cut");
        assert!(
            parse_in(text, "schema.graphql", &[first]).is_none(),
            "{text:?}"
        );
    }
}

#[test]
fn cuts_keep_locations_with_crlf_and_multibyte_text() {
    let text = "\"\"\"Zählerstand €\"\"\"\r\ntype A {\r\n  f: Int\r\n}\r\n# ünïcode comment\r\ntype B {\r\n  g: Int\r\n}\r\ntype C { h: Int }\r\n";
    let cuts = cuts(text, 3);
    assert_eq!(cuts.len(), 2);
    let pieces = parse_in(text, "schema.graphql", &cuts).expect("every piece parses");
    assert_eq!(outline(&pieces), outline(&whole(text)));
}

#[test]
fn small_files_and_errors_parse_whole() {
    let broken = "type A {\n  f: Int\n}\ntype B {\n  g:\n}\n";
    let errors = parse(broken, "schema.graphql").expect_err("a syntax error");
    let whole = ast::Document::parse(broken, "schema.graphql").expect_err("a syntax error");
    assert_eq!(errors.errors.to_string(), whole.errors.to_string());
    assert!(parse_in(broken, "schema.graphql", &cuts(broken, 2)).is_none());
}
