//! The schema diff against graphql-js and against the per-change-type fixtures.
//!
//! `diff/graphql-js/*.tsv` are what graphql-js 17.1.0's `findSchemaChanges` reports for the
//! shared pairs and for the fixtures (`diff/graphql-js/README.md` regenerates them with node);
//! this test needs no node. Each `diff/fixtures/<case>/` holds `old.graphql`, `new.graphql`,
//! our rendered changes in `expected.txt` (`UPDATE_EXPECT=1` rewrites it) and graphql-js's in
//! `graphql-js.tsv`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use krakenql_schema::diff::{diff_schemas, ChangeType, SchemaChange};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff")
}

fn load(path: &Path) -> KrakenSchema {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    load_sources(&[SourceFile::new(path.display().to_string(), text)])
        .unwrap_or_else(|error| panic!("{} does not load: {error:?}", path.display()))
}

/// Coordinates of the built-in directives, whose definitions the loader does not diff.
fn built_in_directive(coordinate: &str) -> bool {
    ["@skip", "@include", "@deprecated", "@specifiedBy", "@oneOf"]
        .iter()
        .any(|name| coordinate == *name || coordinate.starts_with(&format!("{name}(")))
}

/// `criticality<TAB>type<TAB>coordinate` lines with their counts.
type Multiset = BTreeMap<String, usize>;

/// graphql-js's changes from a `.tsv`, built-in directives left out.
fn graphql_js_changes(path: &Path, skip_descriptions: bool) -> Multiset {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let mut set = Multiset::new();
    for line in text.lines() {
        let columns: Vec<&str> = line.split('\t').collect();
        assert!(
            columns.len() >= 3,
            "{}: malformed line {line:?}",
            path.display()
        );
        if built_in_directive(columns[2])
            || (skip_descriptions && columns[1] == "DESCRIPTION_CHANGED")
        {
            continue;
        }
        *set.entry(columns[..3].join("\t")).or_default() += 1;
    }
    set
}

/// Our changes of the types graphql-js knows, in the same form.
fn our_changes(changes: &[SchemaChange], skip_descriptions: bool) -> Multiset {
    let mut set = Multiset::new();
    for change in changes {
        if !change.kind.is_graphql_js()
            || (skip_descriptions && change.kind == ChangeType::DescriptionChanged)
        {
            continue;
        }
        let line = format!(
            "{}\t{}\t{}",
            change.criticality.as_str(),
            change.kind.as_str(),
            change.coordinate
        );
        *set.entry(line).or_default() += 1;
    }
    set
}

/// Lines one multiset has more often than the other, for a readable failure.
fn difference(left: &Multiset, right: &Multiset) -> Vec<String> {
    left.iter()
        .filter(|(line, count)| right.get(*line).copied().unwrap_or(0) < **count)
        .map(|(line, count)| format!("{line} (x{count})"))
        .collect()
}

fn assert_same_as_graphql_js(ours: &Multiset, theirs: &Multiset, what: &str) {
    let missing = difference(theirs, ours);
    let extra = difference(ours, theirs);
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: graphql-js reports but krakenql does not:\n{}\nkrakenql reports but graphql-js does not:\n{}",
        missing.join("\n"),
        extra.join("\n")
    );
}

/// Descriptions are left out on the shared pairs: octopus-uk-2024-11 writes them as `#`
/// comments, which the loader reads as descriptions and graphql-js ignores.
fn check_pair(old: &str, new: &str, expectation: &str) {
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/sources");
    let changes = diff_schemas(&load(&sources.join(old)), &load(&sources.join(new)));
    let theirs = graphql_js_changes(&root().join("graphql-js").join(expectation), true);
    assert!(!theirs.is_empty(), "{expectation} holds no change");
    assert_same_as_graphql_js(&our_changes(&changes, true), &theirs, expectation);
}

#[test]
fn uk_2024_07_to_2024_11_matches_graphql_js() {
    check_pair(
        "octopus-uk-2024-07.graphql",
        "octopus-uk-2024-11.graphql",
        "uk-2024-07-to-2024-11.tsv",
    );
}

#[test]
fn italy_introspection_to_sdl_matches_graphql_js() {
    check_pair(
        "octopus-it-2025-11.introspection.json",
        "octopus-it-2026-02.graphql",
        "it-2025-11-to-2026-02.tsv",
    );
}

/// One change per line: `criticality TYPE coordinate: message`.
fn render(changes: &[SchemaChange]) -> String {
    changes
        .iter()
        .map(|change| {
            format!(
                "{} {} {}: {}\n",
                change.criticality.as_str(),
                change.kind.as_str(),
                change.coordinate,
                change.message
            )
        })
        .collect()
}

fn fixture_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .expect("the fixtures directory exists")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn fixtures_give_their_expected_changes() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let mut seen = Vec::new();
    for dir in fixture_dirs() {
        let changes = diff_schemas(
            &load(&dir.join("old.graphql")),
            &load(&dir.join("new.graphql")),
        );
        seen.extend(changes.iter().map(|change| change.kind));
        let actual = render(&changes);
        let expected_path = dir.join("expected.txt");
        if update {
            std::fs::write(&expected_path, &actual).expect("expected.txt is writable");
        } else if std::fs::read_to_string(&expected_path).ok().as_deref() != Some(&actual) {
            failures.push(format!("{}:\n{actual}", expected_path.display()));
        }
        let graphql_js = dir.join("graphql-js.tsv");
        assert_same_as_graphql_js(
            &our_changes(&changes, false),
            &graphql_js_changes(&graphql_js, false),
            &graphql_js.display().to_string(),
        );
    }
    assert!(
        failures.is_empty(),
        "fixtures differ (UPDATE_EXPECT=1 rewrites after review):\n{}",
        failures.join("\n")
    );
    let missing: Vec<&str> = ChangeType::ALL
        .iter()
        .filter(|kind| !seen.contains(kind))
        .map(|kind| kind.as_str())
        .collect();
    assert!(missing.is_empty(), "no fixture shows {missing:?}");
}
