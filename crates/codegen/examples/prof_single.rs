//! Scratch: time generate_single per call (debug build), to find per-invocation costs.
use krakenql_codegen::rust::{generate_single, RustOptions};
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;
fn main() {
    let text = std::fs::read_to_string("schema/sources/edf-gb-2026-07.graphql").unwrap();
    let t = std::time::Instant::now();
    let schema = load_sources(&[SourceFile::new("edf", text)]).unwrap();
    println!("load {:?}", t.elapsed());
    let doc = "query AccountBalance($accountNumber: String!) {\n  account(accountNumber: $accountNumber) {\n    number\n    balance\n    overdueBalance\n    billingName\n  }\n}\n";
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let out = generate_single(&schema, doc, "op.graphql", &RustOptions::default()).unwrap();
        println!("generate_single {:?} ({} bytes)", t.elapsed(), out.len());
    }
    let t = std::time::Instant::now();
    let r = krakenql_lint::lint(
        &schema,
        vec![krakenql_lint::LintSource::from_path("op.graphql", doc)],
        &krakenql_lint::LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
    );
    println!("lint {:?} {}", t.elapsed(), r.diagnostics.len());
}
