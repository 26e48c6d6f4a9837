//! `krakenql schema diff OLD NEW`: loads both schemas (at once, on two threads), reads the
//! operations to check, and prints the diff (`krakenql_lint::diff`) in the chosen format.

use std::path::Path;

use krakenql_lint::diff::diff_report;
use krakenql_lint::diff::render::{render_diff, DiffFormat};
use krakenql_lint::LintSource;
use krakenql_schema::codes;
use krakenql_schema::load::load_sources;
use krakenql_schema::render::NoSources;
use krakenql_schema::{Diagnostic, KrakenSchema, SourceFile};

use crate::cli::{DiffArgs, DiffFormatArg, DiffOptions, GlobalArgs, MessageFormat};
use crate::failure::{Failure, Outcome};
use crate::inputs::{
    config_documents, config_schema_paths, load_config, read_documents, read_text, shown_paths,
    today, LoadedConfig,
};
use crate::CommandResult;

/// Diffs the two schema files.
pub fn run(global: &GlobalArgs, args: &DiffArgs) -> CommandResult {
    let config = load_config(global)?;
    let (old, new) = std::thread::scope(|scope| {
        let old = scope.spawn(|| load_file(&args.old));
        let new = load_file(&args.new);
        let old = old.join().unwrap_or_else(|_| {
            Err(vec![Diagnostic::error(
                codes::INTERNAL,
                format!("loading {} stopped unexpectedly", args.old.display()),
            )])
        });
        (old, new)
    });
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            let mut errors = old.err().unwrap_or_default();
            errors.extend(new.err().unwrap_or_default());
            return Err(Failure::from(errors));
        }
    };
    print_diff(
        &old,
        &new,
        &args.options,
        config.as_ref(),
        global.message_format,
    )
}

/// Prints the diff of two loaded schemas and says how the run ended; `schema fetch --diff`
/// shares it.
pub fn print_diff(
    old: &KrakenSchema,
    new: &KrakenSchema,
    options: &DiffOptions,
    config: Option<&LoadedConfig>,
    messages: MessageFormat,
) -> CommandResult {
    let documents = documents(options, config, messages)?;
    let today = today(options.today, config);
    let report = diff_report(old, new, documents.as_deref(), today);
    let format = match options.format {
        DiffFormatArg::Human => DiffFormat::Human,
        DiffFormatArg::Json => DiffFormat::Json,
        DiffFormatArg::Markdown => DiffFormat::Markdown,
        DiffFormatArg::Github => DiffFormat::Github,
    };
    print!("{}", render_diff(&report, format));
    Ok(if report.fails() {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// Reads and loads one schema file; the diagnostics name the file, line and column.
fn load_file(path: &Path) -> Result<KrakenSchema, Vec<Diagnostic>> {
    let source: SourceFile = read_text(path).map_err(|problem| vec![problem])?;
    load_sources(&[source]).map_err(|error| error.diagnostics)
}

/// The operations to check: `--documents`, else the config's `documents`, else none. Patterns
/// that match no operation file are an error, not an empty check.
fn documents(
    options: &DiffOptions,
    config: Option<&LoadedConfig>,
    messages: MessageFormat,
) -> Result<Option<Vec<LintSource>>, Failure> {
    let patterns: Vec<String> = if !options.documents.is_empty() {
        options.documents.clone()
    } else if let Some(loaded) = config.filter(|loaded| !loaded.config.documents.is_empty()) {
        config_documents(loaded)
    } else {
        return Ok(None);
    };
    let schema = config_schema_paths(config);
    let (sources, problems) = read_documents(&patterns, &shown_paths(config), &schema);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Failure::from(problems));
    }
    crate::messages::print_diagnostics(messages, &problems, &NoSources);
    if sources.is_empty() {
        return Err(Failure::from(
            Diagnostic::error(
                codes::NO_DOCUMENTS,
                format!(
                    "--documents {} matched no .graphql, .gql or .rs file holding operations",
                    patterns.join(" ")
                ),
            )
            .with_help(
                "check the paths and quote globs so the shell passes them as written, e.g. --documents 'queries/**/*.graphql'",
            ),
        ));
    }
    Ok(Some(sources))
}
