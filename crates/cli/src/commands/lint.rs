//! `krakenql lint`: the deprecation gate a CI step runs.

use std::io::IsTerminal;

use krakenql_lint::baseline::Baseline;
use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::{lint, LintOptions};
use krakenql_schema::render::NoSources;
use krakenql_schema::Diagnostic;

use crate::cli::{GlobalArgs, LintArgs, LintFormat};
use crate::failure::{Failure, Outcome};
use crate::inputs::{
    config_documents, lint_options, load_config, load_schema, read_documents, read_text,
    schema_paths, shown_paths,
};
use crate::CommandResult;
use crate::{messages, output};
use krakenql_codegen::project::write_atomic;

/// Lints the paths (or the config's `documents`, or the current directory).
pub fn run(global: &GlobalArgs, args: &LintArgs) -> CommandResult {
    let config = load_config(global)?;
    let schema = load_schema(global, config.as_ref())?;
    let patterns: Vec<String> = if !args.paths.is_empty() {
        args.paths.clone()
    } else if let Some(loaded) = config.as_ref().filter(|c| !c.config.documents.is_empty()) {
        config_documents(loaded)
    } else {
        vec![".".to_owned()]
    };
    let (sources, problems) = read_documents(
        &patterns,
        &shown_paths(config.as_ref()),
        &schema_paths(global, config.as_ref()),
    );
    // Nothing readable: the run could not be done, and an empty report ("0 errors …") would
    // read as a pass. Only the errors are printed (exit 2).
    if sources.is_empty() && problems.iter().any(Diagnostic::is_error) {
        return Err(Failure::from(problems));
    }
    let baseline = match &args.baseline {
        Some(path) => {
            let source = read_text(path)?;
            Some(Baseline::parse(&source.name, &source.text)?)
        }
        None => None,
    };
    let options = LintOptions {
        warn_within: args.error_within,
        baseline: if args.write_baseline.is_some() {
            None
        } else {
            baseline
        },
        ..lint_options(args.today, config.as_ref())
    };
    let report = lint(&schema, sources, &options);
    if let Some(path) = &args.write_baseline {
        let baseline = Baseline::from_diagnostics(&report.diagnostics);
        write_atomic(path, &baseline.to_json())?;
        messages::progress(
            global.message_format,
            format_args!(
                "wrote {} with {} findings; later runs with --baseline {} report only new ones",
                path.display(),
                report.diagnostics.len(),
                path.display()
            ),
        );
        return Ok(Outcome::Clean);
    }
    let format = match args.format {
        LintFormat::Human => Format::Human,
        LintFormat::Json => Format::Json,
        LintFormat::Sarif => Format::Sarif,
        LintFormat::Github => Format::Github,
        LintFormat::Junit => Format::Junit,
    };
    let color = args.format == LintFormat::Human
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    output::print(render(&report, format, &RenderOptions { color }))?;
    // Unreadable inputs mean the run was incomplete (exit 2), but every readable file was
    // still linted and reported above.
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Failure::from(problems));
    }
    messages::print_diagnostics(global.message_format, &problems, &NoSources);
    Ok(if report.errors() > 0 {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}
