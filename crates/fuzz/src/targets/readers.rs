//! Arbitrary bytes into every reader of the libraries: SDL and introspection JSON (the schema
//! loader), operation documents, Rust sources (lint's `#[kraken_query]` extraction),
//! `graphql.config.toml`, mock overrides and the lint baseline. Each one either reads the
//! text or answers with an error located inside it; what it reads is used once more.

use std::sync::Arc;

use chrono::NaiveDate;
use krakenql::mock::{MockRequest, Mocks, Overrides};
use krakenql_codegen::config::CodegenConfig;
use krakenql_lint::baseline::Baseline;
use krakenql_lint::{lint, LintOptions, LintSource, SourceKind};
use krakenql_schema::config::Config;
use krakenql_schema::diff::diff_schemas;
use krakenql_schema::load::load_sources;
use krakenql_schema::{Diagnostic, Severity, SourceFile};

use crate::fixture::Fixture;
use crate::operation::{self, Scalars};
use crate::violation::{Outcome, Violation};

/// The operation run against the bundled schema with fuzzed overrides or baseline.
const PROBE: &str = "query Probe { viewer { givenName accounts { __typename number } } }";

/// The property every reader keeps.
const LOCATED: &str = "a refused input gets an error located inside it";

/// The text the readers see: the CLI decodes files before reading them, and invalid UTF-8
/// is its own error there, so here it is replaced.
fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The date every lint run of the targets judges by (fixed, so runs are reproducible).
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
}

/// Whether a 1-based line and column lie in `text` (one past the end counts: an error at the
/// end of input points there). Lines end at `\n` for most readers, and at every line
/// terminator ariadne knows for apollo-compiler's (`\r`, form feed, U+2028, …): either counts.
fn within(text: &str, line: usize, column: usize) -> bool {
    let fits = |lines: Vec<&str>| {
        lines
            .get(line.wrapping_sub(1))
            .is_some_and(|content| column <= content.chars().count() + 2)
    };
    let ariadne = [
        '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}',
    ];
    let unified = text.replace("\r\n", "\n");
    line >= 1
        && column >= 1
        && (fits(text.split('\n').collect()) || fits(unified.split(ariadne).collect()))
}

/// Checks that every error diagnostic of a refusal has a location inside `text`.
fn located(diagnostics: &[Diagnostic], text: &str) -> Result<Outcome, Violation> {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return Err(Violation::new(
            LOCATED,
            "refused without an error diagnostic",
            text,
        ));
    }
    for error in errors {
        match &error.location {
            Some(at) if within(text, at.line, at.column) => {}
            Some(at) => {
                return Err(Violation::new(
                    LOCATED,
                    format!(
                        "`{}` at {at} lies outside the text: {}",
                        error.code, error.message
                    ),
                    text,
                ))
            }
            // The introspection converter names the JSON path of the value at fault (e.g.
            // `data.__schema.types[3].name`): serde_json keeps no positions once parsed.
            None if error.code == "introspection-shape" && error.message.contains("`data.") => {}
            None => {
                return Err(Violation::new(
                    LOCATED,
                    format!("`{}` has no location: {}", error.code, error.message),
                    text,
                ))
            }
        }
    }
    Ok(Outcome::Rejected)
}

/// Loads `text` as the schema file `name`; a loaded schema is printed, loaded again and must
/// diff as unchanged.
fn schema_file(name: &str, text: &str) -> Result<Outcome, Violation> {
    let schema = match load_sources(&[SourceFile::new(name, text)]) {
        Ok(schema) => schema,
        Err(error) => return located(&error.diagnostics, text),
    };
    let printed = schema.to_sdl();
    let again =
        load_sources(&[SourceFile::new("printed.graphql", printed.as_str())]).map_err(|error| {
            Violation::new(
                "a loaded schema, printed, loads again",
                format!("{error}\n--- printed ---\n{printed}"),
                text,
            )
        })?;
    let changes = diff_schemas(&schema, &again);
    if let Some(first) = changes.first() {
        return Err(Violation::new(
            "a loaded schema, printed and loaded again, is unchanged",
            format!("{} changes, the first: {first:?}", changes.len()),
            text,
        ));
    }
    Ok(Outcome::Accepted)
}

/// Bytes as an SDL file.
pub(crate) fn sdl(_fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    schema_file("fuzz.graphql", &text_of(bytes))
}

/// Bytes as an introspection JSON file.
pub(crate) fn introspection(_fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    schema_file("fuzz.json", &text_of(bytes))
}

/// Bytes as an operation document against the bundled schema.
pub(crate) fn document(fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    operation::check(
        &fixture.schema,
        &fixture.mocks,
        &text_of(bytes),
        Scalars::Mapped,
    )
}

/// Bytes as a Rust source: every error lint reports has a span.
pub(crate) fn rust_source(fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    let text = text_of(bytes);
    let source = LintSource::new("fuzz.rs", text.as_str(), SourceKind::Rust);
    let report = lint(&fixture.schema, vec![source], &LintOptions::new(today()));
    let mut outcome = Outcome::Accepted;
    for diagnostic in &report.diagnostics {
        if diagnostic.severity != Severity::Error {
            continue;
        }
        outcome = Outcome::Rejected;
        match &diagnostic.span {
            Some(span) if span.end <= text.len() && within(&text, span.line, span.column) => {}
            span => {
                return Err(Violation::new(
                    LOCATED,
                    format!(
                        "{} `{}` has span {span:?}",
                        diagnostic.rule.code, diagnostic.message
                    ),
                    text,
                ))
            }
        }
    }
    Ok(outcome)
}

/// Bytes as `graphql.config.toml`, then its codegen keys.
pub(crate) fn config(_fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    let text = text_of(bytes);
    let file = "graphql.config.toml";
    let config = match Config::parse(file, &text) {
        Ok(config) => config,
        Err(error) => return located(&[error], &text),
    };
    match CodegenConfig::from_config(&config, file, &text) {
        Ok(_) => Ok(Outcome::Accepted),
        Err(error) => located(&[error], &text),
    }
}

/// Bytes as a mock overrides file, read as TOML and as JSON; overrides that read are checked
/// against the bundled schema (each problem located) and answer a probe operation.
pub(crate) fn overrides(fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    let text = text_of(bytes);
    let mut outcome = Outcome::Rejected;
    for read in [Overrides::from_toml, Overrides::from_json] {
        let overrides = match read("overrides", &text) {
            Ok(overrides) => overrides,
            Err(error) => {
                located(&[error], &text)?;
                continue;
            }
        };
        let problems: Vec<Diagnostic> = overrides
            .problems(fixture.schema.schema())
            .iter()
            .map(|problem| problem.locate("overrides", &text))
            .collect();
        if !problems.is_empty() {
            located(&problems, &text)?;
        }
        let mocks = Mocks::new(Arc::clone(&fixture.schema)).with_overrides(overrides);
        mocks.execute(&MockRequest::new(PROBE));
        outcome = Outcome::Accepted;
    }
    Ok(outcome)
}

/// Bytes as a lint baseline; a baseline that reads is applied to a lint run.
pub(crate) fn baseline(fixture: &Fixture, bytes: &[u8]) -> Result<Outcome, Violation> {
    let text = text_of(bytes);
    let baseline = match Baseline::parse("baseline.json", &text) {
        Ok(baseline) => baseline,
        Err(error) => return located(&[error], &text),
    };
    let mut options = LintOptions::new(today());
    options.baseline = Some(baseline);
    let source = LintSource::new("probe.graphql", PROBE, SourceKind::Graphql);
    lint(&fixture.schema, vec![source], &options);
    Ok(Outcome::Accepted)
}
