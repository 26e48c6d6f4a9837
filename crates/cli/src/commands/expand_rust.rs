//! `krakenql expand FILE.rs`: every `#[kraken_query]` of a Rust file expanded as the macro
//! expands it in its crate (the nearest folder above the file holding a Cargo.toml): the
//! re-export and the module, with the macro's verdict on the day (a passed removal date not in
//! `allow_removed` exits 1).
//!
//! The expansions come from `krakenql_codegen::project::prepare::expansions`, the code
//! `krakenql prepare` stores for the macro, so the printed modules are the macro's tokens.

use std::path::{Path, PathBuf};

use krakenql_codegen::project::prepare::expansions;
use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::{judge, LintReport, LintSource, SourceKind};
use krakenql_schema::{codes, Diagnostic, Severity};

use crate::cli::{ExpandArgs, GlobalArgs};
use crate::failure::{Failure, Outcome};
use crate::output;
use crate::CommandResult;

/// Prints each invocation's module after a comment naming its struct and place; the findings
/// of the day go to stderr.
pub fn run(global: &GlobalArgs, args: &ExpandArgs) -> CommandResult {
    if !global.schema.is_empty() || global.config.is_some() {
        return Err(Failure::from(Diagnostic::error(
            codes::USAGE,
            "`krakenql expand FILE.rs` resolves each invocation's schema and options as #[kraken_query] does (its `schema` argument, else the crate's graphql.config.toml); it takes no --schema or --config",
        )));
    }
    let Some(crate_dir) = crate_dir(&args.file) else {
        return Err(Failure::from(
            Diagnostic::error(
                codes::NO_CRATE,
                format!("no Cargo.toml in the folders above {}", args.file.display()),
            )
            .with_help("#[kraken_query] resolves `query` and `schema` paths from its crate's directory (CARGO_MANIFEST_DIR); expand a file inside a crate"),
        ));
    };
    let (settings, found) = match expansions(&crate_dir, std::slice::from_ref(&args.file)) {
        Ok(found) => found,
        Err(error) if error.findings => {
            eprint!("{error}");
            return Ok(Outcome::Findings);
        }
        Err(error) => return Err(Failure::from(error)),
    };
    if found.is_empty() {
        return Err(Failure::from(
            Diagnostic::error(
                codes::NO_INVOCATIONS,
                format!("{} holds no #[kraken_query] attribute", args.file.display()),
            )
            .with_help("give a .rs file that uses #[kraken_query], or a .graphql file"),
        ));
    }
    let today = args
        .today
        .or(settings.today)
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let options = settings.lint_options(today);
    let mut text = String::new();
    let mut report = LintReport::default();
    for expansion in &found {
        // The macro's own wrapping: the module named after the struct, and the struct's name
        // for the module's operation struct.
        let module = expansion.entry.stem.split('-').next().unwrap_or_default();
        let operation = &expansion.entry.meta.operation;
        let alias = match operation == &expansion.struct_name {
            true => String::new(),
            false => format!(" as {}", expansion.struct_name),
        };
        text.push_str(&format!(
            "// {}: #[kraken_query] on `{}`\npub use {module}::{operation}{alias};\n\n#[allow(deprecated)]\npub mod {module} {{\n{}}}\n\n",
            expansion.at, expansion.struct_name, expansion.entry.code
        ));
        let source = LintSource::new(
            &expansion.file_name,
            &expansion.document,
            SourceKind::Graphql,
        );
        let judged = judge(
            &expansion.entry.meta.deprecated_uses,
            expansion.entry.meta.schema_age.as_ref(),
            vec![source],
            &options,
        );
        report.diagnostics.extend(judged.diagnostics);
        report.files += judged.files;
        // Each expansion is one operation, as the macro requires.
        report.operations += 1;
        report.sources.extend(judged.sources);
    }
    // A passed removal that the config allows is a warning, as in the macro.
    for diagnostic in &mut report.diagnostics {
        let allowed = diagnostic
            .coordinate
            .as_ref()
            .is_some_and(|coordinate| settings.allow_removed.contains(&coordinate.to_string()));
        if allowed && diagnostic.severity == Severity::Error {
            diagnostic.severity = Severity::Warning;
        }
    }
    output::print(&text)?;
    if report.diagnostics.is_empty() {
        return Ok(Outcome::Clean);
    }
    eprint!(
        "{}",
        render(&report, Format::Human, &RenderOptions { color: false })
    );
    match report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        true => Ok(Outcome::Findings),
        false => Ok(Outcome::Clean),
    }
}

/// The crate of a Rust file: the nearest folder above it holding a Cargo.toml.
fn crate_dir(file: &Path) -> Option<PathBuf> {
    let folder = file.parent().unwrap_or(Path::new(""));
    folder
        .ancestors()
        .find(|dir| dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}
