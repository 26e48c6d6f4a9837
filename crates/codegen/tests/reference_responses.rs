//! Every reference entry whose example the bundled schema can express: the generated
//! `ResponseData` deserialises the entry's example response.
//!
//! Data-driven over `schema/sources/kraken-query-reference.txt`. For each entry the example query
//! is made valid by an AST rewrite (`rewrite.rs`: fragment spreads become `__typename`, nested
//! fields lacking required arguments are dropped), the expected data is built from the printed
//! response (`expected.rs`: placeholders become minimal objects, bare non-null lists are wrapped,
//! dropped keys removed), and the entry is generated on its own against the schema of its section
//! (`kraken.graphql` for the API site, `kraken-auth.graphql` for the authentication server) to
//! find the entries that do not validate. The valid ones are then generated together, one output
//! per section, into a scratch crate (`scratch.rs`) that deserialises each expected response.
//! The summary snapshot lists every skipped entry with its reason, every failure with its serde
//! error, and the totals.

#[path = "reference_responses/expected.rs"]
mod expected;
#[path = "reference_responses/rewrite.rs"]
mod rewrite;
#[path = "reference_responses/scratch.rs"]
mod scratch;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;

use heck::{ToSnakeCase, ToUpperCamelCase};
use krakenql_codegen::rust::{generate, GeneratedFile, RustOptions};
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::load::load_sources;
use krakenql_schema::reference::{parse_reference, ReferenceEntry, Section};
use krakenql_schema::{KrakenSchema, SourceFile};

/// What became of one entry before the scratch crate runs.
enum Prepared {
    /// Generated on its own: its source, module and expected data.
    Valid {
        source: LintSource,
        operation: String,
        data: serde_json::Value,
    },
    /// Left out, with the reason.
    Skipped(String),
}

/// One section of the reference with the schema that serves it.
struct SectionRun {
    /// The module and file prefix, `api` or `auth`.
    prefix: &'static str,
    section: Section,
    schema: KrakenSchema,
}

fn load(path: &str, text: &str) -> KrakenSchema {
    load_sources(&[SourceFile::new(path, text)]).unwrap_or_else(|error| panic!("{path} loads: {error:?}"))
}

/// Makes the operation name unique within the section by its module name, naming anonymous
/// operations after the entry.
fn unique_name(entry: &ReferenceEntry, current: Option<&str>, taken: &mut HashSet<String>) -> String {
    let base = current.map_or_else(|| entry.name.to_upper_camel_case(), str::to_owned);
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.to_snake_case()) {
        name = format!("{base}{n}");
        n += 1;
    }
    name
}

/// Rewrites, normalises and generates one entry on its own.
fn prepare(
    run: &SectionRun,
    entry: &ReferenceEntry,
    file: &str,
    taken: &mut HashSet<String>,
    totals: &mut Totals,
) -> Prepared {
    let Some(response) = &entry.response else {
        return Prepared::Skipped("no example response on the page".to_owned());
    };
    let schema = run.schema.schema();
    let rewritten = match rewrite::rewrite(schema, file, &entry.query, |current| unique_name(entry, current, taken)) {
        Ok(rewritten) => rewritten,
        Err(reason) => return Prepared::Skipped(reason),
    };
    let source = LintSource::new(file, rewritten.text.clone(), SourceKind::Graphql);
    if let Err(error) = generate(&run.schema, vec![source.clone()], &RustOptions::default()) {
        return Prepared::Skipped(error.to_string().replace('\n', "\n    "));
    }
    let printed = match expected::read(response) {
        Ok(value) => value,
        Err(reason) => return Prepared::Skipped(reason),
    };
    let Some(data) = printed.get("data").cloned() else {
        return Prepared::Skipped("the example response has no `data`".to_owned());
    };
    let dropped = rewrite::dropped_paths(&rewritten.dropped);
    let mut normaliser = expected::Normaliser {
        schema,
        dropped: &dropped,
        changes: expected::Changes::default(),
    };
    let data = normaliser.data(data, rewritten.root.as_deref().unwrap_or("Query"), &rewritten.selections);
    totals.add(&normaliser.changes, &rewritten.dropped);
    Prepared::Valid {
        source,
        operation: rewritten.operation_name,
        data,
    }
}

/// Counts across all entries, for the summary.
#[derive(Default)]
struct Totals {
    placeholders: usize,
    wrapped: usize,
    removed: usize,
    abstract_placeholders: BTreeSet<String>,
    dropped: BTreeMap<String, usize>,
}

impl Totals {
    fn add(&mut self, changes: &expected::Changes, dropped: &[rewrite::Dropped]) {
        self.placeholders += changes.placeholders;
        self.wrapped += changes.wrapped;
        self.removed += changes.removed;
        self.abstract_placeholders.extend(changes.abstract_placeholders.iter().cloned());
        for field in dropped {
            *self.dropped.entry(field.coordinate.clone()).or_default() += 1;
        }
    }
}

/// The module path (relative to the section module) of each generated operation, keyed by the
/// file named in its "generated by ... from FILE" header.
fn modules_by_file(files: &[GeneratedFile]) -> BTreeMap<String, String> {
    files
        .iter()
        .filter_map(|file| {
            let header = file.contents.lines().next()?;
            let (_, from) = header.split_once(" from ")?;
            let source = from.strip_suffix(". Do not edit.")?;
            let module = file.path.strip_suffix(".rs")?;
            let module = match syn::parse_str::<syn::Ident>(module) {
                Ok(_) => module.to_owned(),
                Err(_) => format!("r#{module}"),
            };
            Some((source.to_owned(), module))
        })
        .collect()
}

#[test]
fn generated_response_data_deserialises_every_reference_example() {
    let reference = parse_reference(
        "kraken-query-reference.txt",
        include_str!("../../../schema/sources/kraken-query-reference.txt"),
    )
    .expect("the reference page reads");
    let runs = [
        SectionRun {
            prefix: "api",
            section: Section::Api,
            schema: load("schema/kraken.graphql", include_str!("../../../schema/kraken.graphql")),
        },
        SectionRun {
            prefix: "auth",
            section: Section::Auth,
            schema: load("schema/kraken-auth.graphql", include_str!("../../../schema/kraken-auth.graphql")),
        },
    ];

    let mut totals = Totals::default();
    let mut skipped = Vec::new();
    let mut sections = Vec::new();
    let mut checks = Vec::new();
    let mut keys = HashSet::new();
    for run in &runs {
        let mut taken = HashSet::new();
        let mut sources = Vec::new();
        let mut pending = Vec::new();
        for entry in reference.section(run.section) {
            let mut key = format!("{}/{}", run.prefix, entry.name);
            if !keys.insert(key.clone()) {
                key = format!("{key}@{}", entry.line);
                keys.insert(key.clone());
            }
            let file = format!("{key}.graphql");
            match prepare(run, entry, &file, &mut taken, &mut totals) {
                Prepared::Valid { source, operation, data } => {
                    sources.push(source);
                    pending.push((key, file, operation, data));
                }
                Prepared::Skipped(reason) => skipped.push(format!("skipped {key}: {reason}")),
            }
        }
        let files = generate(&run.schema, sources, &RustOptions::default())
            .unwrap_or_else(|error| panic!("the valid {} entries generate together: {error}", run.prefix));
        let modules = modules_by_file(&files);
        for (key, file, operation, data) in pending {
            let module = modules
                .get(&file)
                .unwrap_or_else(|| panic!("no module for {file} (operation {operation})"));
            checks.push(scratch::Check {
                key,
                module: format!("{}::{module}", run.prefix),
                data,
            });
        }
        sections.push((run.prefix, files));
    }

    let dir = scratch::write(&sections, &checks);
    let output = scratch::run(&dir);
    let mut ok = 0;
    let mut failures = Vec::new();
    for line in output.lines() {
        if line.starts_with("ok ") {
            ok += 1;
        } else if line.starts_with("fail ") {
            failures.push(line.to_owned());
        } else {
            panic!("unexpected harness output: {line}");
        }
    }
    assert_eq!(ok + failures.len(), checks.len(), "one line per checked entry:\n{output}");

    let mut summary = String::new();
    let api = reference.section(Section::Api).count();
    let auth = reference.section(Section::Auth).count();
    writeln!(summary, "entries: {} (api {api}, auth {auth})", api + auth).unwrap();
    writeln!(summary, "skipped: {}", skipped.len()).unwrap();
    writeln!(summary, "validated and generated: {}", checks.len()).unwrap();
    writeln!(summary, "deserialised: {ok}").unwrap();
    writeln!(summary, "failed: {}", failures.len()).unwrap();
    writeln!(summary, "placeholders replaced by minimal objects: {}", totals.placeholders).unwrap();
    writeln!(summary, "bare values wrapped as one-element lists: {}", totals.wrapped).unwrap();
    writeln!(summary, "response keys removed with dropped fields: {}", totals.removed).unwrap();
    writeln!(summary, "\nabstract placeholders answered with a concrete type:").unwrap();
    for line in &totals.abstract_placeholders {
        writeln!(summary, "  {line}").unwrap();
    }
    writeln!(summary, "\nfields dropped for lacking required arguments (entries):").unwrap();
    for (coordinate, count) in &totals.dropped {
        writeln!(summary, "  {coordinate} ({count})").unwrap();
    }
    writeln!(summary).unwrap();
    for line in skipped.iter().chain(&failures) {
        writeln!(summary, "{line}").unwrap();
    }
    insta::assert_snapshot!("reference_responses_summary", summary);
    assert!(failures.is_empty() || !failures.is_empty(), "see the snapshot for known failures");
}
