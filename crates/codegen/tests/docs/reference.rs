//! Conformance with the official reference: the text form of the bundled schemas' `Query` roots
//! reproduces the reference page (schema/sources/) entry by entry.
//!
//! Both sides are read with the reference importer, so the comparison is of what the page says,
//! not of how the scrape wrapped lines. Before reading, the scrape's documented losses are applied
//! to the rendering (DESIGN.md, "Data you have"): the 21 entries without a name line lose their
//! name, `Type:`, `URL:` and description; the 14 that kept their name lose their `Type:` line; every
//! argument row loses its name cell; two entries lose their example response. Every entry that
//! still differs must be listed in `reference-differences.txt` beside this file, with the reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use krakenql_codegen::docs::{DocsFormat, API_ENDPOINT};
use krakenql_schema::reference::{parse_reference, ReferenceEntry, Section};

use super::{load, page, render, root};

/// The entries whose example response the scrape lost.
const LOST_RESPONSE: [&str; 2] = [
    "octoHeatPumpLifetimePerformance",
    "octoHeatPumpTimeRangedPerformance",
];

const AUTH_ENDPOINT: &str = "https://auth.octopus.energy/graphql/";

/// The committed list of entries that differ, with the reason for each.
const EXPECTED: &str = "tests/docs/reference-differences.txt";

#[test]
fn text_form_reproduces_the_reference_entry_by_entry() {
    let page_text =
        std::fs::read_to_string(root().join("schema/sources/kraken-query-reference.txt"))
            .expect("the reference page");
    let reference = parse_reference("kraken-query-reference.txt", &page_text).expect("reads");
    let mut report = String::new();
    let mut identical = 0;
    let mut total = 0;
    for (section, schema_path, endpoint, heading) in [
        (
            Section::Api,
            "schema/kraken.graphql",
            API_ENDPOINT,
            "API Site",
        ),
        (
            Section::Auth,
            "schema/kraken-auth.graphql",
            AUTH_ENDPOINT,
            "Authentication Server",
        ),
    ] {
        let schema = load(&[schema_path]);
        let files = render(&schema, DocsFormat::Text, Some(endpoint));
        let rendered = split_entries(page(&files, "queries.txt"));
        for expected in reference.section(section) {
            total += 1;
            let Some(text) = rendered.get(&expected.name) else {
                writeln!(
                    report,
                    "{}: not rendered (the schema has no such Query field)",
                    expected.name
                )
                .ok();
                continue;
            };
            let lossy = apply_scrape_losses(text, expected);
            let ours = parse_reference("rendered", &format!("{heading}\n{lossy}"))
                .unwrap_or_else(|error| panic!("{}: {error:?}", expected.name));
            let [ours] = ours.entries.as_slice() else {
                panic!(
                    "{}: the rendering reads as {} entries",
                    expected.name,
                    ours.entries.len()
                );
            };
            let differences = compare(ours, expected);
            if differences.is_empty() {
                identical += 1;
            } else {
                writeln!(report, "{}: {}", expected.name, differences.join("; ")).ok();
            }
        }
    }
    println!("identical entries: {identical} of {total}");
    print!("{report}");
    let summary = format!("identical entries: {identical} of {total}\n{report}");
    let expected_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(EXPECTED);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        let explained = explanations(&std::fs::read_to_string(&expected_path).unwrap_or_default());
        std::fs::write(&expected_path, with_explanations(&summary, &explained)).expect("writes");
    }
    let committed = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(
        strip_explanations(&committed),
        summary,
        "the comparison changed; check it, then rerun with UPDATE_EXPECT=1 and explain new lines"
    );
    let explained = explanations(&committed);
    for line in summary.lines().skip(1) {
        let name = line.split(':').next().unwrap_or_default();
        assert!(
            explained.contains_key(name),
            "{name} differs from the reference with no explanation in {EXPECTED}"
        );
    }
}

/// The rendered entries by name: an entry starts at a name line followed by its `Type:` line.
fn split_entries(text: &str) -> BTreeMap<String, String> {
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&i| lines[i + 1].starts_with("Type:") && !lines[i].contains(' '))
        .collect();
    let mut entries = BTreeMap::new();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(lines.len());
        entries.insert(lines[start].to_owned(), lines[start..end].join("\n") + "\n");
    }
    entries
}

/// The rendering as the scrape would have kept it.
fn apply_scrape_losses(text: &str, expected: &ReferenceEntry) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if !expected.has_name_line {
        let body = lines
            .iter()
            .position(|line| matches!(line.as_str(), "Deprecated" | "Arguments" | "Query"))
            .unwrap_or(0);
        lines.drain(..body);
    } else if !expected.has_header {
        lines.retain(|line| !line.starts_with("Type:"));
    }
    if LOST_RESPONSE.contains(&expected.name.as_str()) {
        if let Some(response) = lines.iter().position(|line| line == "Response") {
            lines.truncate(response);
        }
    }
    let mut in_table = false;
    for line in &mut lines {
        match line.as_str() {
            "Arguments" => in_table = true,
            "Query" => in_table = false,
            _ if in_table && line.starts_with("| ") => {
                // `| name: Type | description |` keeps only `| description |`.
                let rest = line[2..].split_once(" |").map_or("", |(_, rest)| rest);
                *line = if rest.is_empty() {
                    "|".to_owned()
                } else {
                    format!("| {}", rest.trim_start())
                };
            }
            _ => {}
        }
    }
    lines.join("\n") + "\n"
}

/// The parts of two entries that differ.
fn compare(ours: &ReferenceEntry, expected: &ReferenceEntry) -> Vec<String> {
    let mut differences = Vec::new();
    let mut check = |part: &str, same: bool, detail: String| {
        if !same {
            differences.push(format!("{part} differs ({detail})"));
        }
    };
    check(
        "name",
        ours.name == expected.name,
        format!("{:?}", ours.name),
    );
    check(
        "header",
        (ours.has_header, ours.has_name_line) == (expected.has_header, expected.has_name_line),
        String::new(),
    );
    check(
        "type",
        ours.stated_type == expected.stated_type,
        format!(
            "{} vs {}",
            show(&ours.stated_type),
            show(&expected.stated_type)
        ),
    );
    check("url", ours.url == expected.url, format!("{:?}", ours.url));
    for (part, ours_text, expected_text) in [
        ("description", &ours.description, &expected.description),
        ("deprecation", &ours.deprecation, &expected.deprecation),
    ] {
        check(
            part,
            ours_text == expected_text,
            first_difference(
                ours_text.as_deref().unwrap_or(""),
                expected_text.as_deref().unwrap_or(""),
            ),
        );
    }
    check(
        "arguments",
        ours.arguments == expected.arguments,
        argument_difference(ours, expected),
    );
    check(
        "query",
        ours.query == expected.query,
        first_difference(&ours.query, &expected.query),
    );
    for (part, ours_text, expected_text) in [
        ("variables", &ours.variables, &expected.variables),
        ("response", &ours.response, &expected.response),
    ] {
        check(
            part,
            ours_text == expected_text,
            first_difference(
                ours_text.as_deref().unwrap_or(""),
                expected_text.as_deref().unwrap_or(""),
            ),
        );
    }
    differences
}

fn show(ty: &Option<apollo_compiler::ast::Type>) -> String {
    ty.as_ref()
        .map_or_else(|| "none".to_owned(), ToString::to_string)
}

fn argument_difference(ours: &ReferenceEntry, expected: &ReferenceEntry) -> String {
    let render = |entry: &ReferenceEntry| -> Vec<String> {
        entry
            .arguments
            .iter()
            .map(|a| {
                format!(
                    "{}: {}{} {:?}",
                    a.name,
                    a.ty,
                    a.default_value
                        .as_ref()
                        .map(|v| format!(" = {v}"))
                        .unwrap_or_default(),
                    a.description
                )
            })
            .collect()
    };
    first_difference(&render(ours).join("\n"), &render(expected).join("\n"))
}

/// The first line where two texts differ: `ours` vs `reference`.
fn first_difference(ours: &str, expected: &str) -> String {
    let mut a = ours.lines();
    let mut b = expected.lines();
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                return format!(
                    "ours `{}` vs reference `{}`",
                    x.unwrap_or("(end)"),
                    y.unwrap_or("(end)")
                )
            }
        }
    }
}

/// The committed explanations: lines `  why: …` under the entry line they explain.
fn explanations(text: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let mut current = None;
    for line in text.lines() {
        if let Some(why) = line.strip_prefix("  why: ") {
            if let Some(name) = &current {
                map.insert(String::clone(name), why.to_owned());
            }
        } else {
            current = line.split(':').next().map(str::to_owned);
        }
    }
    map
}

fn strip_explanations(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with("  why: "))
        .map(|line| format!("{line}\n"))
        .collect()
}

fn with_explanations(summary: &str, explained: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    for (index, line) in summary.lines().enumerate() {
        out.push_str(line);
        out.push('\n');
        let name = line.split(':').next().unwrap_or_default();
        if index > 0 {
            if let Some(why) = explained.get(name) {
                writeln!(out, "  why: {why}").ok();
            }
        }
    }
    out
}
