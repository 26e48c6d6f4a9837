//! The project shell of codegen: reads `graphql.config.toml`, the schema and the documents
//! from disk, generates, and writes the output atomically (or checks it).
//!
//! This is the one module of a library crate that touches files. It exists so that the CLI
//! and a downstream `cargo xtask codegen` run the very same code and write the same bytes:
//!
//! ```no_run
//! let project = krakenql_codegen::project::Project::load("graphql.config.toml")?;
//! let generated = project.generate()?;
//! krakenql_codegen::project::write(&generated.files, false)?;
//! # Ok::<(), krakenql_codegen::project::ProjectError>(())
//! ```

mod decode;
mod output_set;
pub mod prepare;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_lint::{LintOptions, LintReport, LintSource};
use krakenql_schema::bundle::{SHIPPED_SCHEMA, SHIPPED_SCHEMA_NAME};
use krakenql_schema::codes;
use krakenql_schema::config::Config;
use krakenql_schema::files;
use krakenql_schema::line_index::LineIndex;
use krakenql_schema::load::load_sources;
use krakenql_schema::render::render_all_with;
use krakenql_schema::{Diagnostic, KrakenSchema, SourceFile};

use crate::config::CodegenConfig;

use crate::rust::{self, CodegenError, RustOptions};

/// A failed codegen run: every problem found, as diagnostics, with the texts their code frames
/// show.
///
/// `Display` and `Debug` render them (frames included), so `fn main() -> Result<(),
/// ProjectError>` in a downstream xtask shows the diagnostics as they are meant to be read.
#[derive(Clone)]
pub struct ProjectError {
    /// What went wrong.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of the files the diagnostics point into, by name, for code frames.
    pub sources: BTreeMap<String, String>,
    /// Whether the problems are findings in the operations (invalid operations) rather than a
    /// run that could not be done (config, schema, files).
    pub findings: bool,
    /// The lint report the findings come from, for a shell that prints them exactly as
    /// `krakenql lint` does (summary line included).
    pub report: Option<Box<LintReport>>,
}

impl ProjectError {
    /// The diagnostics rendered by the one renderer, with code frames.
    pub fn render(&self, color: bool) -> String {
        render_all_with(&self.diagnostics, &self.sources, color)
    }

    /// Adds the sources of a codegen error (its lint report's documents).
    fn from_codegen(error: CodegenError) -> Self {
        let findings = matches!(error, CodegenError::Lint(_));
        let mut project_error = ProjectError::from(error.to_diagnostics());
        project_error.findings = findings;
        if let CodegenError::Lint(report) = error {
            project_error.sources.extend(
                report
                    .sources
                    .iter()
                    .map(|source| (source.file.clone(), source.text.clone())),
            );
            project_error.report = Some(report);
        }
        project_error
    }
}

impl fmt::Debug for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\n{}", self.render(false))
    }
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl std::error::Error for ProjectError {}

impl From<Diagnostic> for ProjectError {
    fn from(diagnostic: Diagnostic) -> Self {
        ProjectError::from(vec![diagnostic])
    }
}

impl From<Vec<Diagnostic>> for ProjectError {
    fn from(diagnostics: Vec<Diagnostic>) -> Self {
        ProjectError {
            diagnostics,
            sources: BTreeMap::new(),
            findings: false,
            report: None,
        }
    }
}

impl From<CodegenError> for ProjectError {
    fn from(error: CodegenError) -> Self {
        ProjectError::from_codegen(error)
    }
}

/// A generated file with its path on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Where it goes.
    pub path: PathBuf,
    /// Its bytes.
    pub contents: String,
}

/// A project as its config file describes it.
#[derive(Debug, Clone)]
pub struct Project {
    /// The directory relative paths of the config start from.
    pub dir: PathBuf,
    /// The config as parsed.
    pub config: Config,
    /// Its codegen settings.
    pub codegen: CodegenConfig,
    /// How the generated header names the command.
    pub command: String,
    /// The day removal dates are judged by: the config's `today`, else the current date (UTC);
    /// `krakenql generate --today` sets it.
    pub today: NaiveDate,
}

/// What [`Project::generate`] gives: the files to write, and the report of the lint run that
/// validated the operations (its warnings and notes, e.g. a deprecated field in use or a stale
/// schema, for the caller to show).
#[derive(Debug, Clone)]
pub struct Generated {
    /// The files, with their paths on disk.
    pub files: Vec<OutputFile>,
    /// The findings of the day; none of them is an error (an error fails the run).
    pub report: LintReport,
}

/// Reads a text file (UTF-8 with or without a byte order mark, or marked UTF-16; see
/// `decode.rs`), naming it in the error.
pub fn read_text(path: &Path) -> Result<SourceFile, Diagnostic> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| {
        Diagnostic::error(
            codes::UNREADABLE_FILE,
            format!("cannot read {name}: {error}"),
        )
        .with_help("check the path: one given on the command line is resolved from the current directory, one in graphql.config.toml from the config's directory")
    })?;
    match decode::decode(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(error) => Err(Diagnostic::error(
            codes::NOT_UTF8,
            format!(
                "{name} is not valid {} (byte {})",
                error.encoding, error.offset
            ),
        )
        .at(LineIndex::new(&error.prefix).location(&name, error.prefix.len()))
        .with_help("save the file as UTF-8")),
    }
}

impl Project {
    /// Reads the config file at `path`.
    pub fn load(path: impl AsRef<Path>) -> Result<Project, ProjectError> {
        let path = path.as_ref();
        let source = read_text(path)?;
        let config = Config::parse(&source.name, &source.text)?;
        let codegen = CodegenConfig::from_config(&config, &source.name, &source.text)?;
        // Only this shell writes files, so only it needs `output`.
        codegen.output(&source.name)?;
        Ok(Project {
            dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            today: config
                .today
                .unwrap_or_else(|| chrono::Utc::now().date_naive()),
            config,
            codegen,
            command: "cargo xtask codegen".to_owned(),
        })
    }

    /// The lint options of a run on [`Project::today`], with every setting of the config that
    /// changes a verdict (`allow_removed`, `max_schema_age_days`), as `krakenql lint` reads them.
    pub fn lint_options(&self) -> LintOptions {
        LintOptions::from_config(self.today, &self.config)
    }

    /// The schema named by the config; without a `schema` key, the schema krakenql ships
    /// (`krakenql_schema::bundle`), as every krakenql command falls back to it.
    pub fn schema(&self) -> Result<KrakenSchema, ProjectError> {
        if self.config.schema.is_empty() {
            let shipped = SourceFile::new(SHIPPED_SCHEMA_NAME, SHIPPED_SCHEMA);
            return load_sources(&[shipped]).map_err(|error| ProjectError::from(error.diagnostics));
        }
        let sources = self
            .config
            .schema
            .iter()
            .map(|path| {
                // Named relative to the config's directory, as every path the project reports.
                let mut source = read_text(&self.dir.join(path))?;
                source.name = files::display(Path::new(path), Path::new(""));
                Ok(source)
            })
            .collect::<Result<Vec<_>, Diagnostic>>()?;
        load_sources(&sources).map_err(|error| ProjectError::from(error.diagnostics))
    }

    /// The documents named by the config's `documents` globs, in path order, named relative to
    /// the config's directory; the config's schema files are left out.
    pub fn documents(&self) -> Result<Vec<LintSource>, ProjectError> {
        let base = Path::new("");
        let patterns: Vec<String> = self
            .config
            .documents
            .iter()
            .map(|pattern| files::display(&self.dir.join(pattern), base))
            .collect();
        // The schema files are never operation documents, even when a glob matches them.
        let schema: Vec<PathBuf> = self
            .config
            .schema
            .iter()
            .map(|path| self.dir.join(path))
            .collect();
        let (paths, problems) = files::collect_skipping(&patterns, base, &schema);
        if problems.iter().any(Diagnostic::is_error) {
            return Err(problems.into());
        }
        paths
            .iter()
            .filter(|path| path.extension().is_some_and(|ext| ext != "rs"))
            .map(|path| {
                let source = read_text(path)?;
                let name = files::display(path.strip_prefix(&self.dir).unwrap_or(path), base);
                Ok(LintSource::from_path(name, source.text))
            })
            .collect::<Result<Vec<_>, Diagnostic>>()
            .map_err(ProjectError::from)
    }

    /// Generates every output file; nothing is written. The operations get `krakenql lint`'s
    /// verdict on [`Project::lint_options`]: an error-level finding (an invalid operation, or a
    /// deprecated item past its removal date that `allow_removed` does not list) fails the run
    /// with `findings` set, and nothing is generated.
    pub fn generate(&self) -> Result<Generated, ProjectError> {
        let schema = self.schema()?;
        let documents = self.documents()?;
        let options = RustOptions {
            command: self.command.clone(),
            ..self.codegen.rust_options()
        };
        let generate = if self.codegen.self_contained {
            rust::generate_self_contained
        } else {
            rust::generate
        };
        let generated = generate(&schema, documents, &options, &self.lint_options())
            .map_err(ProjectError::from)?;
        let output = self
            .dir
            .join(self.codegen.output.as_deref().unwrap_or_default());
        let files = generated
            .files
            .into_iter()
            .map(|file| OutputFile {
                path: output.join(&file.path),
                contents: file.contents,
            })
            .collect();
        Ok(Generated {
            files,
            report: generated.report,
        })
    }
}

/// What `write` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteOutcome {
    /// Files whose bytes changed (written, or with `check` stale).
    pub changed: Vec<PathBuf>,
    /// Temporaries an interrupted run left beside or inside an output folder, removed (the old
    /// set put back first when the run had moved it aside and got no further).
    pub cleaned: Vec<PathBuf>,
}

/// Writes the files, each output folder (the folder holding a file) all or nothing: when any
/// file's bytes differ, the folder's new set is written beside it and swapped in (see
/// `output_set.rs`), so a failure or a killed run never leaves old and new files mixed; entries
/// of the folder that the set does not replace are kept. Temporaries an interrupted run left
/// are removed. With `check`, writes nothing and fails listing the stale files and temporaries.
pub fn write(files: &[OutputFile], check: bool) -> Result<WriteOutcome, ProjectError> {
    let mut folders: BTreeMap<PathBuf, Vec<&OutputFile>> = BTreeMap::new();
    for file in files {
        let dir = match file.path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        folders.entry(dir).or_default().push(file);
    }
    let changed: Vec<PathBuf> = files
        .iter()
        .filter(|file| {
            std::fs::read_to_string(&file.path).ok().as_deref() != Some(file.contents.as_str())
        })
        .map(|file| file.path.clone())
        .collect();
    let stale: Vec<(PathBuf, Vec<PathBuf>)> = folders
        .keys()
        .map(|dir| (dir.clone(), output_set::stale_temporaries(dir)))
        .collect();
    if check {
        let temporaries: Vec<&PathBuf> = stale.iter().flat_map(|(_, paths)| paths).collect();
        if changed.is_empty() && temporaries.is_empty() {
            return Ok(WriteOutcome::default());
        }
        let mut diagnostics = Vec::new();
        if !changed.is_empty() {
            let stale = Diagnostic::error(
                codes::STALE_GENERATED_CODE,
                format!("{} generated files are out of date", changed.len()),
            );
            diagnostics.push(
                changed
                    .iter()
                    .fold(stale, |stale, path| {
                        stale.with_note("file:", path.display().to_string())
                    })
                    .with_help("run the generator without --check and commit the result"),
            );
        }
        if !temporaries.is_empty() {
            let stale = Diagnostic::error(
                codes::STALE_TEMPORARY,
                format!(
                    "an interrupted run left {} beside the generated files",
                    match temporaries.len() {
                        1 => "a temporary".to_owned(),
                        n => format!("{n} temporaries"),
                    }
                ),
            );
            diagnostics.push(
                temporaries
                    .iter()
                    .fold(stale, |stale, path| {
                        stale.with_note("file:", path.display().to_string())
                    })
                    .with_help(format!(
                        "run the generator without --check, which removes {}",
                        if temporaries.len() == 1 { "it" } else { "them" }
                    )),
            );
        }
        let mut error = ProjectError::from(diagnostics);
        error.findings = true;
        return Err(error);
    }
    let mut cleaned = Vec::new();
    for (dir, temporaries) in &stale {
        output_set::recover(dir, temporaries)?;
        let left: Vec<PathBuf> = temporaries
            .iter()
            .filter(|path| std::fs::symlink_metadata(path).is_ok())
            .cloned()
            .collect();
        output_set::remove_stale(&left)?;
        cleaned.extend(temporaries.iter().cloned());
    }
    for (dir, members) in &folders {
        let new: Vec<output_set::NewFile<'_>> = members
            .iter()
            .filter(|file| changed.contains(&file.path))
            .filter_map(|file| {
                Some(output_set::NewFile {
                    name: file.path.file_name()?,
                    contents: &file.contents,
                })
            })
            .collect();
        if !new.is_empty() {
            output_set::replace(dir, &new)?;
        }
    }
    Ok(WriteOutcome { changed, cleaned })
}

/// Writes one file on its own: to a temporary file beside `path`, then renamed over `path`
/// (for single files such as a fetched schema or a baseline; folders of generated files go
/// through [`write()`]).
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), Diagnostic> {
    let name = path.display().to_string();
    let fail = |error: std::io::Error| {
        Diagnostic::error(
            codes::UNWRITABLE_FILE,
            format!("cannot write {name}: {error}"),
        )
        .with_help("check that the directory is writable")
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{file_name}.krakenql-{}.tmp", std::process::id()));
    std::fs::write(&temp, contents).map_err(fail)?;
    std::fs::rename(&temp, path).map_err(|error| {
        let _ = std::fs::remove_file(&temp);
        fail(error)
    })
}
