//! Generates client code for every corpus operation that validates, into a scratch crate in the
//! system's temporary directory (never in the repository), and builds it with warnings denied.

use std::fmt::Write;
use std::path::Path;

use heck::ToSnakeCase;
use krakenql_codegen::rust::{generate, RustOptions};
use krakenql_lint::{LintOptions, LintSource};
use krakenql_schema::KrakenSchema;

use crate::generated::{root, write_atomic};

/// The operations of one corpus project, all against one endpoint's schema.
pub struct Group {
    pub endpoint: String,
    pub project: String,
    pub sources: Vec<LintSource>,
}

/// Generates every group as a module of one crate, builds it, and returns summary lines.
pub fn build(groups: &[Group], schemas: &[(String, KrakenSchema)]) -> Result<String, String> {
    let dir = std::env::temp_dir().join("krakenql-corpus-codegen");
    let _ = std::fs::remove_dir_all(dir.join("src"));
    let runtime = root().join("crates/krakenql");
    let manifest = format!(
        "[package]\nname = \"krakenql-corpus-codegen\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nkrakenql = {{ path = {:?} }}\n\n[workspace]\n",
        runtime.display().to_string()
    );
    write_atomic(&dir.join("Cargo.toml"), &manifest)?;
    let mut lib = String::from(
        "//! Client code generated from the corpus by `cargo xtask corpus`.\n#![deny(warnings)]\n",
    );
    let mut summary = String::new();
    for group in groups {
        let Some((_, schema)) = schemas.iter().find(|(e, _)| *e == group.endpoint) else {
            return Err(format!("no schema loaded for {}", group.endpoint));
        };
        let options = RustOptions {
            command: "cargo xtask corpus".to_owned(),
            ..RustOptions::default()
        };
        // Judged on a day before every removal date: the corpus checks code generation of every
        // valid operation, while `cargo xtask corpus` reports the deprecations through lint.
        let undated = LintOptions::new(chrono::NaiveDate::default());
        let files = generate(schema, group.sources.clone(), &options, &undated)
            .map_err(|error| format!("codegen failed for {}: {error}", group.project))?
            .files;
        let module = format!("{}_{}", group.endpoint, group.project).to_snake_case();
        for file in &files {
            write_atomic(
                &dir.join("src").join(&module).join(&file.path),
                &file.contents,
            )?;
        }
        let _ = writeln!(lib, "#[rustfmt::skip]\npub mod {module};");
        let _ = writeln!(
            summary,
            "codegen\t{}\t{} operations\t{} files",
            module,
            group.sources.len(),
            files.len()
        );
    }
    write_atomic(&dir.join("src/lib.rs"), &lib)?;
    cargo_build(&dir)?;
    println!("built the generated corpus crate in {}", dir.display());
    Ok(summary)
}

fn cargo_build(dir: &Path) -> Result<(), String> {
    crate::generated::cargo(
        &["build", "--quiet"],
        dir,
        &root().join("target/corpus-codegen"),
    )
}
