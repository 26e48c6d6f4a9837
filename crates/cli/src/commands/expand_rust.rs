//! `krakenql expand FILE.rs`: every `#[kraken_query]` of a Rust file expanded as the macro
//! expands it in its crate (the nearest folder above the file holding a Cargo.toml): the
//! re-export and the module, with the macro's verdict on the day (`MacroSettings::lint_options`,
//! the options `krakenql lint` builds from the same config: a passed removal date not in
//! `allow_removed` exits 1).
//!
//! The findings of an inline `document = "…"` are reported in the Rust file, at the literal's
//! line and column, as `krakenql lint` reports them: an invalid document's errors too (moved
//! there by `expansions`), and each deprecated use with the notes lint prints (the schema's
//! record of the deprecation, which a prepared entry does not store).
//!
//! The expansions come from `krakenql_codegen::project::prepare::expansions`, the code
//! `krakenql prepare` stores for the macro, so the printed modules are the macro's tokens.

use std::path::{Path, PathBuf};

use krakenql_codegen::prepared::{module_doc, module_name, MODULE_ALLOWED_LINTS};
use krakenql_codegen::project::prepare::{expansions, Expansion};
use krakenql_lint::extract::{extract_rust_documents, span};
use krakenql_lint::{
    judge, DeprecatedUse, EmbeddedDocument, LintReport, LintSource, SchemaAge, SourceKind,
};
use krakenql_schema::{codes, Deprecation, Diagnostic, Severity};

use crate::cli::{ExpandArgs, GlobalArgs};
use crate::failure::{Failure, Outcome};
use crate::inputs::read_text;
use crate::CommandResult;
use crate::{messages, output};

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
            messages::print_diagnostics(global.message_format, &error.diagnostics, &error.sources);
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
        .or(settings.config.today)
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let options = settings.lint_options(today);
    // Inline documents are judged in the Rust file itself, as `krakenql lint` reads it: each
    // finding at the literal's line and column, and suppression comments inside the literal
    // applied.
    let rust_file = read_text(&args.file)?;
    let rust = LintSource::new(&rust_file.name, &rust_file.text, SourceKind::Rust);
    let (mut embedded, _) = extract_rust_documents(&rust);
    let mut inline = Inline::default();
    let mut text = String::new();
    let mut report = LintReport::default();
    for expansion in &found {
        // The macro's own wrapping: the module named after the struct, and the struct's name
        // for the module's operation struct.
        let module = module_name(&expansion.struct_name);
        let operation = &expansion.entry.meta.operation;
        let alias = match operation == &expansion.struct_name {
            true => String::new(),
            false => format!(" as {}", expansion.struct_name),
        };
        text.push_str(&format!(
            "// {}: #[kraken_query] on `{}`\npub use {module}::{operation}{alias};\n\n///{}\n#[allow({})]\npub mod {module} {{\n{}}}\n\n",
            expansion.at,
            expansion.struct_name,
            module_doc(&expansion.struct_name),
            MODULE_ALLOWED_LINTS.join(", "),
            expansion.entry.code
        ));
        // Each expansion is one operation, as the macro requires.
        report.operations += 1;
        let inline_name = format!("{}.graphql", expansion.struct_name);
        let literal = embedded
            .iter()
            .position(|document| {
                expansion.file_name == inline_name && document.text == expansion.document
            })
            .map(|index| embedded.remove(index));
        if let Some(document) = literal {
            inline.add(expansion, &document, &rust);
            continue;
        }
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
        merge(&mut report, judged, &expansion.deprecations);
    }
    if inline.found {
        let judged = judge(
            &inline.uses,
            inline.schema_age.as_ref(),
            vec![rust],
            &options,
        );
        merge(&mut report, judged, &inline.deprecations);
    }
    output::print(&text)?;
    if report.diagnostics.is_empty() {
        return Ok(Outcome::Clean);
    }
    messages::print_report(global.message_format, &report);
    match report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        true => Ok(Outcome::Findings),
        false => Ok(Outcome::Clean),
    }
}

/// The deprecated uses of a file's inline documents, moved into the Rust file.
#[derive(Default)]
struct Inline {
    /// Whether the file has an inline document at all.
    found: bool,
    /// Every use, its span in the Rust file.
    uses: Vec<DeprecatedUse>,
    /// The schema's age as the expansions knew it.
    schema_age: Option<SchemaAge>,
    /// The schema's records of the deprecated items used.
    deprecations: Vec<Deprecation>,
}

impl Inline {
    /// Adds the uses of one expansion whose document is the literal `document` of `rust`.
    fn add(&mut self, expansion: &Expansion, document: &EmbeddedDocument, rust: &LintSource) {
        self.found = true;
        self.deprecations
            .extend(expansion.deprecations.iter().cloned());
        self.schema_age = self
            .schema_age
            .take()
            .or_else(|| expansion.entry.meta.schema_age.clone());
        self.uses
            .extend(expansion.entry.meta.deprecated_uses.iter().map(|found| {
                let start = document.file_offset(found.span.start);
                let end = document.file_offset(found.span.end);
                DeprecatedUse {
                    span: span(&rust.file, &rust.text, start, end),
                    ..found.clone()
                }
            }));
    }
}

/// Adds one judged file to the report, giving each finding the schema's record of its
/// deprecation (a prepared entry keeps only the use), so its frame carries the notes
/// `krakenql lint` prints for the same use: the marked date, the removal date and the source
/// that speaks for it.
fn merge(report: &mut LintReport, judged: LintReport, records: &[Deprecation]) {
    for mut diagnostic in judged.diagnostics {
        let record = diagnostic.coordinate.as_ref().and_then(|coordinate| {
            records
                .iter()
                .find(|record| &record.coordinate == coordinate)
        });
        if let Some(record) = record {
            diagnostic.deprecation = Some(record.clone());
        }
        report.diagnostics.push(diagnostic);
    }
    report.files += judged.files;
    report.sources.extend(judged.sources);
}

/// The crate of a Rust file: the nearest folder above it holding a Cargo.toml.
fn crate_dir(file: &Path) -> Option<PathBuf> {
    let folder = file.parent().unwrap_or(Path::new(""));
    folder
        .ancestors()
        .find(|dir| dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}
