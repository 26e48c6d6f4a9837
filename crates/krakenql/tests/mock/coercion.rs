//! Input coercion as the GraphQL spec states it, as data: each `coercion/NN_name.graphql` holds
//! a `# variables:` line and an operation against `coercion/schema.graphql`, whose fields answer
//! the arguments they received after coercion; the response body is in `NN_name.json` beside it
//! (`UPDATE_EXPECT=1` rewrites them).

use std::path::Path;
use std::sync::Arc;

use krakenql::mock::{Mocks, Overrides};
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;
use serde_json::Value;

use crate::{pretty, run};

/// Mocks over the fixture schema whose fields echo their coerced arguments.
fn echoing_mocks(dir: &Path) -> Mocks {
    let text = std::fs::read_to_string(dir.join("schema.graphql")).expect("the schema is readable");
    let schema = load_sources(&[SourceFile::new("schema.graphql", text)]).expect("schema loads");
    let echo = |ctx: &krakenql::mock::ResolveContext<'_>| Value::Object(ctx.arguments().clone());
    let overrides = Overrides::new()
        .resolver("Query.readings", echo)
        .resolver("Query.search", echo);
    Mocks::new(Arc::new(schema)).with_overrides(overrides)
}

#[test]
fn coercion_follows_the_spec() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mock/coercion");
    let mocks = echoing_mocks(&dir);
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("the fixture folder is readable")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "graphql")
                && path
                    .file_name()
                    .is_some_and(|name| name != "schema.graphql")
        })
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "the fixtures are found");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let text = std::fs::read_to_string(case).expect("the case is readable");
        let variables = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("# variables:"))
            .map(|json| serde_json::from_str(json.trim()).expect("the variables are JSON"))
            .expect("the case starts with a `# variables:` line");
        let actual = format!("{}\n", pretty(&run(&mocks, &text, variables)));
        let expected_path = case.with_extension("json");
        if update {
            std::fs::write(&expected_path, &actual).expect("the expectation is writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                case.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "rerun with UPDATE_EXPECT=1 and review the diff:\n{}",
        failures.join("\n")
    );
}
