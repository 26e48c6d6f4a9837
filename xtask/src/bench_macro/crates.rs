//! The bench crates: one per tool, schema and size, written under `target/bench-macro/`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use krakenql_codegen::project::prepare::{prepare_files, write_prepared};
use krakenql_codegen::rust::{generate_single, RustOptions};
use krakenql_schema::load::load_sources;
use krakenql_schema::{KrakenSchema, SourceFile};

use super::{Config, Tool};
use crate::generated::{root, write_atomic};

/// One operation per invocation, all the same shape so both tools do the same work.
fn operation(index: usize) -> String {
    format!(
        "query AccountBalance{index}($accountNumber: String!) {{\n  account(accountNumber: $accountNumber) {{\n    number\n    balance\n    overdueBalance\n    billingName\n  }}\n}}\n"
    )
}

pub(super) fn write_crate(
    dir: &Path,
    tool: Tool,
    config: Config,
    schema_path: &str,
    size: usize,
) -> Result<(), String> {
    let schema = root().join(schema_path);
    let dependencies = match tool {
        Tool::Krakenql | Tool::Prepared | Tool::Expanded => format!(
            "krakenql = {{ path = {:?}, features = [\"macros\"] }}\n",
            root().join("crates/krakenql").display().to_string()
        ),
        Tool::GraphqlClient => {
            "graphql_client = \"0.16\"\nserde = { version = \"1\", features = [\"derive\"] }\n"
                .to_owned()
        }
    };
    let manifest = format!(
        "[package]\nname = \"bench-{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{dependencies}{}\n[workspace]\n",
        tool.name().replace('_', "-"),
        config.profile()
    );
    write_atomic(&dir.join("Cargo.toml"), &manifest)?;
    let mut lib = String::from("#![allow(dead_code)]\n");
    let expanded = match tool {
        Tool::Expanded => Some(load_schema(&schema)?),
        _ => None,
    };
    for index in 0..size {
        let query: PathBuf = dir.join(format!("operations/op{index}.graphql"));
        write_atomic(&query, &operation(index))?;
        match tool {
            Tool::Expanded => {
                let Some(schema) = &expanded else {
                    return Err("the schema was not loaded".to_owned());
                };
                lib.push_str(&expanded_module(schema, index)?);
            }
            Tool::Krakenql | Tool::Prepared => {
                // The bundled schema is the one krakenql ships: a crate without a schema file
                // uses it, and has no file for rustc to track.
                let schema_argument = match schema_path == super::SHIPPED_SCHEMA {
                    true => String::new(),
                    false => format!(", schema = {:?}", schema.display().to_string()),
                };
                let _ = writeln!(
                    lib,
                    "#[krakenql::kraken_query(query = \"operations/op{index}.graphql\"{schema_argument})]\npub struct AccountBalance{index};"
                );
            }
            Tool::GraphqlClient => {
                let _ = writeln!(
                    lib,
                    "#[derive(graphql_client::GraphQLQuery)]\n#[graphql(schema_path = {:?}, query_path = \"operations/op{index}.graphql\", response_derives = \"Debug, Clone\", variables_derives = \"Debug, Clone\")]\npub struct AccountBalance{index};",
                    schema.display().to_string()
                );
            }
        }
    }
    let lib_path = dir.join("src/lib.rs");
    write_atomic(&lib_path, &lib)?;
    if matches!(tool, Tool::Prepared) {
        prepare_files(dir, &[lib_path])
            .and_then(|prepared| write_prepared(&prepared, false))
            .map_err(|error| format!("{} does not prepare:\n{error}", dir.display()))?;
    }
    Ok(())
}

/// The schema, loaded as `#[kraken_query]` loads it.
fn load_schema(path: &Path) -> Result<KrakenSchema, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    load_sources(&[SourceFile::new(path.display().to_string(), text)])
        .map_err(|error| format!("{} does not load: {error:?}", path.display()))
}

/// What `#[kraken_query(query = "operations/op{index}.graphql", …)] pub struct
/// AccountBalance{index};` expands to, without its file tracking: the re-export and the module
/// holding the file `generate_single` writes (minus its header comment).
fn expanded_module(schema: &KrakenSchema, index: usize) -> Result<String, String> {
    let file = format!("operations/op{index}.graphql");
    let text = generate_single(schema, &operation(index), &file, &RustOptions::default())
        .map_err(|error| format!("{file} does not generate: {error}"))?;
    let body = text
        .split_once("\n\n")
        .map_or(text.as_str(), |(_, body)| body);
    Ok(format!(
        "pub use account_balance{index}::AccountBalance{index};\n#[allow(deprecated)]\npub mod account_balance{index} {{\n{body}}}\n"
    ))
}
