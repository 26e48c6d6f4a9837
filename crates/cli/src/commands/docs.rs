//! `krakenql docs`: renders the reference site, reading templates and documents from disk.

use std::path::{Path, PathBuf};

use krakenql_codegen::docs::{render_docs, DocsFormat, DocsOptions, Templates, API_ENDPOINT};
use krakenql_codegen::project::write;
use krakenql_lint::{lint, LintOptions, LintReport};
use krakenql_schema::codes;
use krakenql_schema::render::NoSources;
use krakenql_schema::{Diagnostic, KrakenSchema};

use crate::cli::{DocsArgs, DocsFormatArg, GlobalArgs, MessageFormat};
use crate::failure::{Failure, Outcome};
use crate::inputs::{
    load_config, load_schema, read_documents, read_text, schema_paths, shown_paths, today,
};
use crate::output;
use crate::CommandResult;
use krakenql_schema::files::Relative;

/// Renders the site into `--out`.
pub fn run(global: &GlobalArgs, args: &DocsArgs) -> CommandResult {
    let config = load_config(global)?;
    let schema = load_schema(global, config.as_ref())?;
    let bundled = global.schema.is_empty()
        && config
            .as_ref()
            .is_none_or(|loaded| loaded.config.schema.is_empty());
    let templates = match &args.templates {
        Some(dir) => read_templates(dir)?,
        None => Templates::embedded(),
    };
    let today = today(args.today, config.as_ref());
    let report = if args.documents.is_empty() {
        None
    } else {
        let paths = DocumentPaths {
            shown: shown_paths(config.as_ref()),
            schema: schema_paths(global, config.as_ref()),
        };
        Some(lint_documents(
            &schema,
            &args.documents,
            &paths,
            today,
            global.message_format,
        )?)
    };
    let format = match args.format {
        DocsFormatArg::Markdown => DocsFormat::Markdown,
        DocsFormatArg::Html => DocsFormat::Html,
        DocsFormatArg::Text => DocsFormat::Text,
    };
    let mut options = DocsOptions::new(format, &args.out, today);
    options.endpoint = args
        .endpoint
        .clone()
        .or_else(|| bundled.then(|| API_ENDPOINT.to_owned()));
    let files = render_docs(&schema, &options, report.as_ref(), &templates)?;
    let outcome = write(&files, false).map_err(Failure::from)?;
    for cleaned in &outcome.cleaned {
        crate::messages::progress(
            global.message_format,
            format_args!("removed {}, left by an interrupted run", cleaned.display()),
        );
    }
    output::println(format_args!(
        "wrote {} pages to {} ({} changed)",
        files.len(),
        args.out.display(),
        outcome.changed.len()
    ))?;
    Ok(Outcome::Clean)
}

/// Reads every file under `dir` as a template override named by its path relative to `dir`.
fn read_templates(dir: &Path) -> Result<Templates, Failure> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current).map_err(|error| {
            Diagnostic::error(
                codes::UNREADABLE_FILE,
                format!("cannot read the templates directory {}: {error}", current.display()),
            )
            .with_help("pass a directory holding templates named like the built-in ones, e.g. html/root.html")
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut templates = Templates::embedded();
    let mut problems = Vec::new();
    for path in files {
        let name = template_name(dir, &path);
        match read_text(&path) {
            Ok(source) => match templates
                .clone()
                .with_override(&name, &source.name, source.text)
            {
                Ok(updated) => templates = updated,
                Err(problem) => problems.push(problem),
            },
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(templates)
    } else {
        Err(Failure::from(problems))
    }
}

/// A template's name: its path under the templates directory, with `/` separators.
fn template_name(dir: &Path, path: &Path) -> String {
    let relative: PathBuf = path.strip_prefix(dir).unwrap_or(path).to_path_buf();
    relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// How the documents' paths are shown, and the schema files left out of their walk.
struct DocumentPaths {
    shown: Relative,
    schema: Vec<PathBuf>,
}

/// Lints the user's documents, for the "your operations" page. Operations that do not parse or
/// validate stop the run (exit 2) with their diagnostics: a page listing what the valid ones
/// use would silently leave the others out.
fn lint_documents(
    schema: &KrakenSchema,
    patterns: &[String],
    paths: &DocumentPaths,
    today: chrono::NaiveDate,
    format: MessageFormat,
) -> Result<LintReport, Failure> {
    let (sources, problems) = read_documents(patterns, &paths.shown, &paths.schema);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(Failure::from(problems));
    }
    crate::messages::print_diagnostics(format, &problems, &NoSources);
    let options = LintOptions::new(today);
    let report = lint(schema, sources, &options);
    let blocking: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.makes_document_invalid())
        .cloned()
        .collect();
    if !blocking.is_empty() {
        let invalid_only = LintReport {
            diagnostics: blocking,
            ..report
        };
        let mut diagnostics = invalid_only.to_diagnostics();
        diagnostics.push(
            Diagnostic::error(
                codes::INVALID_DOCUMENTS,
                "the documents given with --documents hold invalid operations",
            )
            .with_help("fix them or leave them out"),
        );
        let failure = invalid_only
            .sources
            .into_iter()
            .fold(Failure::from(diagnostics), |failure, source| {
                failure.with_source(source.file, source.text)
            });
        return Err(failure);
    }
    Ok(report)
}
