//! Benchmark: render the full HTML site of the 1.5 MB EDF schema in memory, with the embedded
//! templates. Schema load is outside the timing; building the views and rendering are inside.

use std::sync::OnceLock;

use chrono::NaiveDate;
use krakenql_codegen::docs::{render_docs, DocsFormat, DocsOptions, Templates};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

const EDF: &str = include_str!("../../../schema/sources/edf-gb-2026-07.graphql");

fn schema() -> &'static KrakenSchema {
    static SCHEMA: OnceLock<KrakenSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        load_sources(&[SourceFile::new("edf-gb-2026-07.graphql", EDF)]).expect("EDF loads")
    })
}

#[divan::bench(sample_count = 10)]
fn edf_html_site() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("a real date");
    let options = DocsOptions::new(DocsFormat::Html, "site", today);
    let files = render_docs(schema(), &options, None, &Templates::embedded()).expect("renders");
    divan::black_box(files);
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("a real date");
    let options = DocsOptions::new(DocsFormat::Html, "site", today);
    let files = render_docs(schema(), &options, None, &Templates::embedded()).expect("renders");
    let bytes: usize = files.iter().map(|file| file.contents.len()).sum();
    println!("EDF HTML site: {} pages, {} KiB", files.len(), bytes / 1024);
    divan::main();
}
