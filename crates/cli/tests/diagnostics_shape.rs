//! One real diagnostic from each layer (schema, config, lint, codegen, project shell, CLI),
//! rendered by the one renderer: they share the header, the code frame and the JSON keys; and
//! with `--message-format json` every failure of the CLI is one JSON document on stderr in
//! that shape.

use std::process::Command;

use chrono::NaiveDate;
use krakenql_codegen::project::Project;
use krakenql_codegen::rust::{generate_single, RustOptions};
use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::{lint, LintOptions, LintSource, SourceKind};
use krakenql_schema::config::Config;
use krakenql_schema::load::load_sources;
use krakenql_schema::render::json::JsonDiagnostic;
use krakenql_schema::render::render_with;
use krakenql_schema::{Diagnostic, KrakenSchema, SourceFile};

const SCHEMA: &str = "scalar Money\ntype Query {\n  price: Money\n  name: String\n}\n";

fn schema() -> KrakenSchema {
    load_sources(&[SourceFile::new("money.graphql", SCHEMA)]).expect("the test schema loads")
}

/// Each layer's diagnostic with the sources its frame needs, rendered.
fn rendered() -> Vec<(&'static str, Diagnostic, String)> {
    let mut out = Vec::new();

    let config_text = "schema = \"schema.graphql\"\ntoday = 2026-13-01\n";
    let config = Config::parse("graphql.config.toml", config_text).expect_err("bad date");
    let sources = vec![SourceFile::new("graphql.config.toml", config_text)];
    out.push((
        "config",
        config.clone(),
        render_with(&config, &sources, false),
    ));

    let sdl = "type Query {\n  price: \n}\n";
    let sdl_sources = vec![SourceFile::new("broken.graphql", sdl)];
    let schema_error = load_sources(&sdl_sources).expect_err("broken SDL");
    let first = schema_error.diagnostics[0].clone();
    out.push((
        "schema",
        first.clone(),
        render_with(&first, &sdl_sources, false),
    ));

    let document = "query Name {\n  nme\n}\n";
    let report = lint(
        &schema(),
        vec![LintSource::new(
            "name.graphql",
            document,
            SourceKind::Graphql,
        )],
        &LintOptions::new(NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date")),
    );
    let finding = report.diagnostics[0].to_diagnostic();
    out.push((
        "lint",
        finding.clone(),
        render_with(&finding, &report, false),
    ));

    let error = generate_single(
        &schema(),
        "query Price { price }",
        "price.graphql",
        &RustOptions::default(),
    )
    .expect_err("Money has no Rust type");
    let codegen = error.to_diagnostics()[0].clone();
    out.push((
        "codegen",
        codegen.clone(),
        render_with(&codegen, &error, false),
    ));

    let project = Project::load("no/such/graphql.config.toml").expect_err("no config");
    let shell = project.diagnostics[0].clone();
    out.push((
        "project",
        shell.clone(),
        render_with(&shell, &project.sources, false),
    ));

    let cli = Command::new(env!("CARGO_BIN_EXE_krakenql"))
        .args(["prepare", "--schema", "schema.graphql"])
        .output()
        .expect("the CLI runs");
    assert_eq!(cli.status.code(), Some(2));
    let text = String::from_utf8(cli.stderr).expect("UTF-8");
    let usage = Diagnostic::error(krakenql_schema::codes::USAGE, "");
    out.push(("cli", usage, text));
    out
}

#[test]
fn every_layer_renders_the_same_header_and_frame() {
    let rendered = rendered();
    for (layer, diagnostic, text) in &rendered {
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        let expected = format!(
            "{}[{}]: {}: ",
            diagnostic.severity, diagnostic.code.id, diagnostic.code.name
        );
        assert!(
            header.starts_with(&expected),
            "{layer}: header `{header}` does not start with `{expected}`"
        );
        if let Some(location) = &diagnostic.location {
            let frame_top = lines.next().unwrap_or_default();
            assert_eq!(
                frame_top.trim_start(),
                format!("╭─[ {location} ]"),
                "{layer}: no code frame under the header:\n{text}"
            );
            assert!(
                text.lines().any(|line| line.ends_with("───╯")),
                "{layer}: the frame is not closed:\n{text}"
            );
        }
        for line in text
            .lines()
            .filter(|line| line.trim_start().starts_with("= "))
        {
            assert!(
                line.starts_with("  = "),
                "{layer}: note `{line}` is not indented"
            );
        }
    }
    let layers: Vec<&str> = rendered.iter().map(|(layer, _, _)| *layer).collect();
    assert_eq!(
        layers,
        ["config", "schema", "lint", "codegen", "project", "cli"]
    );
    let located = rendered
        .iter()
        .filter(|(_, diagnostic, _)| diagnostic.location.is_some())
        .count();
    assert!(
        located >= 3,
        "config, schema and lint diagnostics are located"
    );
    insta::assert_snapshot!(rendered
        .iter()
        .map(|(layer, _, text)| format!("--- {layer}\n{text}"))
        .collect::<String>());
}

#[test]
fn every_layer_has_the_same_json_keys() {
    let keys = |diagnostic: &Diagnostic| -> Vec<String> {
        let value = serde_json::to_value(JsonDiagnostic::new(diagnostic)).expect("serialises");
        value
            .as_object()
            .expect("an object")
            .keys()
            .cloned()
            .collect()
    };
    let rendered = rendered();
    let first = keys(&rendered[0].1);
    for (layer, diagnostic, _) in &rendered {
        assert_eq!(keys(diagnostic), first, "{layer}");
    }
    // The linter's JSON is the same shape with its own keys added.
    let report = lint(
        &schema(),
        vec![LintSource::new(
            "name.graphql",
            "query Name { nme }",
            SourceKind::Graphql,
        )],
        &LintOptions::new(NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date")),
    );
    let json: serde_json::Value =
        serde_json::from_str(&render(&report, Format::Json, &RenderOptions::default()))
            .expect("lint's JSON parses");
    let lint_keys: Vec<String> = json["diagnostics"][0]
        .as_object()
        .expect("a diagnostic")
        .keys()
        .cloned()
        .collect();
    let shared: Vec<&String> = lint_keys.iter().filter(|key| first.contains(key)).collect();
    assert_eq!(shared, first.iter().collect::<Vec<_>>());
}

/// The keys of each diagnostic of a `{"diagnostics": […]}` document.
fn document_keys(text: &str) -> Vec<Vec<String>> {
    let json: serde_json::Value = serde_json::from_str(text)
        .unwrap_or_else(|error| panic!("stderr is not one JSON document ({error}):\n{text}"));
    json["diagnostics"]
        .as_array()
        .expect("a `diagnostics` array")
        .iter()
        .map(|diagnostic| {
            diagnostic
                .as_object()
                .expect("a diagnostic")
                .keys()
                .cloned()
                .collect()
        })
        .collect()
}

#[test]
fn message_format_json_gives_every_failure_the_shared_shape() {
    let shared = {
        let value = serde_json::to_value(JsonDiagnostic::new(&Diagnostic::error(
            krakenql_schema::codes::USAGE,
            "",
        )))
        .expect("serialises");
        value
            .as_object()
            .expect("an object")
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    // A usage error, a schema that does not load, a file that cannot be read, and generate
    // refusing an invalid operation (lint's report, whose diagnostics add lint's keys).
    let runs: [(&str, &[&str], i32); 4] = [
        ("", &["prepare", "--schema", "schema.graphql"], 2),
        ("", &["schema", "stats", "--schema", "invalid.graphql"], 2),
        ("", &["expand", "no-such-operation.graphql"], 2),
        ("generate/invalid", &["generate"], 1),
    ];
    for (dir, args, status) in runs {
        let run = Command::new(env!("CARGO_BIN_EXE_krakenql"))
            .current_dir(format!("{fixtures}/{dir}"))
            .args(args)
            .args(["--message-format", "json"])
            .output()
            .expect("the CLI runs");
        assert_eq!(run.status.code(), Some(status), "{args:?}");
        let text = String::from_utf8(run.stderr).expect("UTF-8");
        let documents = document_keys(&text);
        assert!(!documents.is_empty(), "{args:?}: no diagnostics");
        for keys in documents {
            let common: Vec<&String> = keys.iter().filter(|key| shared.contains(key)).collect();
            assert_eq!(common, shared.iter().collect::<Vec<_>>(), "{args:?}");
        }
    }
}

/// A refused command line with an argument that is not UTF-8 (a path on Unix may be any bytes)
/// is still one usage diagnostic in JSON, not a panic.
#[cfg(unix)]
#[test]
fn a_refused_command_line_that_is_not_utf8_is_a_usage_diagnostic() {
    use std::os::unix::ffi::OsStrExt;

    let path = std::ffi::OsStr::from_bytes(b"queries/\xff.graphql");
    let run = Command::new(env!("CARGO_BIN_EXE_krakenql"))
        .args(["lint", "--no-such-flag"])
        .arg(path)
        .args(["--message-format", "json"])
        .output()
        .expect("the CLI runs");
    assert_eq!(run.status.code(), Some(2));
    let text = String::from_utf8(run.stderr).expect("UTF-8");
    let value: serde_json::Value = serde_json::from_str(&text).expect("one JSON document");
    assert_eq!(value["diagnostics"][0]["code"], "KQX002", "{text}");
}
