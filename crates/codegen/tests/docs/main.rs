//! Tests of the docs emitter: conformance with the official reference, the HTML site's links
//! and behaviour in a real browser, determinism, and snapshots of a small fixture's pages.

mod browser;
mod reference;
mod site;
mod snapshots;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_codegen::docs::{render_docs, DocsFormat, DocsOptions, Templates};
use krakenql_codegen::OutputFile;
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Loads schema files given relative to the workspace root.
pub fn load(paths: &[&str]) -> KrakenSchema {
    let sources: Vec<SourceFile> = paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(root().join(path))
                .unwrap_or_else(|error| panic!("cannot read {path}: {error}"));
            SourceFile::new(*path, text)
        })
        .collect();
    load_sources(&sources).unwrap_or_else(|error| panic!("{error:?}"))
}

/// The date every test judges deprecations against.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a real date")
}

/// Renders a site with the embedded templates.
pub fn render(
    schema: &KrakenSchema,
    format: DocsFormat,
    endpoint: Option<&str>,
) -> Vec<OutputFile> {
    let mut options = DocsOptions::new(format, "", today());
    options.endpoint = endpoint.map(str::to_owned);
    render_docs(schema, &options, None, &Templates::embedded())
        .unwrap_or_else(|problems| panic!("{problems:?}"))
}

/// One page of a rendered site.
pub fn page<'a>(files: &'a [OutputFile], name: &str) -> &'a str {
    files
        .iter()
        .find(|file| file.path == Path::new(name))
        .map(|file| file.contents.as_str())
        .unwrap_or_else(|| panic!("no page {name}"))
}
