//! `krakenql prepare`: every `#[kraken_query]` of a crate expanded ahead of the build into the
//! crate's folder of prepared entries, as the macro would expand it (the same settings, the
//! same schema resolution, the same key; `crate::prepared` says what an entry holds).
//!
//! ```no_run
//! let prepared = krakenql_codegen::project::prepare::prepare(std::path::Path::new("."))?;
//! krakenql_codegen::project::prepare::write_prepared(&prepared, false)?;
//! # Ok::<(), krakenql_codegen::project::ProjectError>(())
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use krakenql_lint::extract::{
    extract_rust_documents, kraken_query_invocations, InvocationDocument,
};
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::bundle::{SHIPPED_SCHEMA, SHIPPED_SCHEMA_NAME};
use krakenql_schema::codes;
use krakenql_schema::config::{Config, CONFIG_FILE};
use krakenql_schema::deprecation::Deprecation;
use krakenql_schema::load::load_sources;
use krakenql_schema::{Diagnostic, KrakenSchema, Location, SourceFile};

use krakenql_schema::files;

use super::{read_text, write_atomic, OutputFile, ProjectError};
use crate::prepared::{prepare_entry, schema_hash, Entry, KeyInputs, MacroSettings, SchemaHash};
use crate::prepared::{schema_paths, uses_shipped_schema, DEFAULT_SCHEMA};

/// The entries a crate needs, not yet written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedFolder {
    /// The folder they go in (`[extensions.krakenql] prepared`, default `.krakenql`).
    pub folder: PathBuf,
    /// Two files per invocation (`.rs` and `.json`), sorted by path, without repeats.
    pub files: Vec<OutputFile>,
    /// How many invocations were found.
    pub invocations: usize,
}

/// What [`write_prepared`] did, or with `check` would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrepareOutcome {
    /// Entry files written (or, with `check`, missing or stale).
    pub changed: Vec<PathBuf>,
    /// Files of the folder no invocation needs any more: removed (or, with `check`, listed).
    pub unused: Vec<PathBuf>,
}

/// Finds every invocation in the `.rs` files under `dir` (walked honouring `.gitignore`,
/// without hidden folders such as the prepared one, or `target`) and prepares its entry.
pub fn prepare(dir: &Path) -> Result<PreparedFolder, ProjectError> {
    let root = match dir.to_string_lossy() {
        text if text.is_empty() => ".".to_owned(),
        text => text.into_owned(),
    };
    let (paths, problems) = files::collect(&[root], Path::new(""));
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems.into());
    }
    let rust_files: Vec<PathBuf> = paths
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .filter(|path| {
            let relative = path.strip_prefix(dir).unwrap_or(path);
            !relative
                .components()
                .any(|part| part.as_os_str() == "target")
        })
        .collect();
    prepare_files(dir, &rust_files)
}

/// One `#[kraken_query]` of a crate, expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// Where the attribute is (the Rust file, its line and column).
    pub at: Location,
    /// The struct the attribute is on.
    pub struct_name: String,
    /// The operation's document.
    pub document: String,
    /// The document's file name as codegen sees it (`<Struct>.graphql` for an inline document).
    pub file_name: String,
    /// The generated module and its deprecated uses, as the macro would emit them.
    pub entry: Entry,
    /// The schema's record of each deprecated item the entry uses (the full reason and its
    /// dates, which an entry does not store), so a shell reports a use as `krakenql lint` does.
    pub deprecations: Vec<Deprecation>,
}

/// The diagnostics of an inline document, which codegen names `<Struct>.graphql`, moved into
/// the Rust file at the literal's line and column (`EmbeddedDocument::file_location`, the
/// linter's mapping), with the Rust file's text for their frames, as `krakenql lint` reports
/// them.
fn into_rust_file(
    mut error: ProjectError,
    file_name: &str,
    document: &str,
    rust: &SourceFile,
) -> ProjectError {
    let source = LintSource::new(&rust.name, &rust.text, SourceKind::Rust);
    let (literals, _) = extract_rust_documents(&source);
    let Some(literal) = literals.iter().find(|literal| literal.text == document) else {
        return error;
    };
    let relocate = |location: &mut Location| {
        if location.file == file_name {
            *location = literal.file_location(location, &rust.text);
        }
    };
    for diagnostic in &mut error.diagnostics {
        if let Some(location) = &mut diagnostic.location {
            relocate(location);
        }
        for label in &mut diagnostic.labels {
            relocate(&mut label.location);
        }
    }
    if error.sources.remove(file_name).is_some() {
        error.sources.insert(rust.name.clone(), rust.text.clone());
    }
    // The report's findings still name the document alone.
    error.report = None;
    error
}

/// The expansions of the invocations in `rust_files`, in the order they appear, `dir` being
/// the crate's manifest directory (where the macro resolves paths from), with the settings the
/// crate's config gives. Every invocation whose operation does not generate is reported in one
/// error (`findings` set), with its location.
pub fn expansions(
    dir: &Path,
    rust_files: &[PathBuf],
) -> Result<(MacroSettings, Vec<Expansion>), ProjectError> {
    let settings = settings(dir)?;
    let mut schemas: HashMap<Vec<String>, (KrakenSchema, SchemaHash)> = HashMap::new();
    let mut expansions = Vec::new();
    let mut failures = ProjectError::from(Vec::new());
    for path in rust_files {
        let source = read_text(path)?;
        let found =
            kraken_query_invocations(&source.name, &source.text).map_err(ProjectError::from)?;
        for invocation in found {
            let at = Location::new(&source.name, invocation.line, invocation.column + 1);
            let (text, file_name) = match &invocation.document {
                InvocationDocument::File(query) => {
                    (read_text(&dir.join(query))?.text, query.clone())
                }
                InvocationDocument::Inline(text) => {
                    (text.clone(), format!("{}.graphql", invocation.struct_name))
                }
            };
            let shipped = uses_shipped_schema(
                invocation.schema.as_deref(),
                &settings.config.schema,
                dir.join(DEFAULT_SCHEMA).exists(),
            );
            // An empty list stands for the shipped schema.
            let paths = match shipped {
                true => Vec::new(),
                false => schema_paths(invocation.schema.as_deref(), &settings.config.schema),
            };
            if !schemas.contains_key(&paths) {
                let loaded = load_schema(dir, &paths, &at)?;
                schemas.insert(paths.clone(), loaded);
            }
            let Some((schema, hash)) = schemas.get(&paths) else {
                continue;
            };
            let inputs = KeyInputs {
                schema: hash,
                file_name: &file_name,
                document: &text,
                options: &settings.options,
            };
            match prepare_entry(schema, &inputs, &invocation.struct_name) {
                Ok(entry) => expansions.push(Expansion {
                    at,
                    struct_name: invocation.struct_name,
                    deprecations: entry
                        .meta
                        .deprecated_uses
                        .iter()
                        .filter_map(|found| schema.deprecation(&found.coordinate))
                        .cloned()
                        .collect(),
                    document: text,
                    file_name,
                    entry,
                }),
                Err(error) => {
                    failures.diagnostics.push(
                        Diagnostic::error(
                            codes::INVALID_OPERATIONS,
                            format!("`{}` does not expand", invocation.struct_name),
                        )
                        .at(at)
                        .with_help("fix the problems listed after this one"),
                    );
                    let mut error = ProjectError::from(error);
                    if let InvocationDocument::Inline(_) = &invocation.document {
                        error = into_rust_file(error, &file_name, &text, &source);
                    }
                    failures.diagnostics.extend(error.diagnostics);
                    failures.sources.extend(error.sources);
                }
            }
        }
    }
    if !failures.diagnostics.is_empty() {
        failures.findings = true;
        return Err(failures);
    }
    Ok((settings, expansions))
}

/// [`prepare`] for the invocations of the given Rust files, `dir` being the crate's manifest
/// directory (where the macro resolves paths from).
pub fn prepare_files(dir: &Path, rust_files: &[PathBuf]) -> Result<PreparedFolder, ProjectError> {
    let (settings, expansions) = expansions(dir, rust_files)?;
    let invocations = expansions.len();
    let entries: BTreeMap<String, Entry> = expansions
        .into_iter()
        .map(|expansion| (expansion.entry.stem.clone(), expansion.entry))
        .collect();
    // `krakenql prepare` in the crate itself names the folder as the config does.
    let folder = if dir == Path::new(".") || dir.as_os_str().is_empty() {
        PathBuf::from(&settings.prepared)
    } else {
        dir.join(&settings.prepared)
    };
    let mut out = Vec::new();
    for entry in entries.into_values() {
        out.push(OutputFile {
            path: folder.join(format!("{}.json", entry.stem)),
            contents: entry.meta.to_json(),
        });
        out.push(OutputFile {
            path: folder.join(format!("{}.rs", entry.stem)),
            contents: entry.code,
        });
    }
    Ok(PreparedFolder {
        folder,
        files: out,
        invocations,
    })
}

/// The crate's macro settings, from its graphql.config.toml when it has one.
fn settings(dir: &Path) -> Result<MacroSettings, ProjectError> {
    let path = dir.join(CONFIG_FILE);
    if !path.exists() {
        return Ok(MacroSettings::default());
    }
    let source = read_text(&path)?;
    let config = Config::parse(&source.name, &source.text)?;
    Ok(MacroSettings::from_config(
        &config,
        &source.name,
        &source.text,
    )?)
}

/// Loads a schema as the macro does, with the hash of its files' bytes; no paths stand for the
/// shipped schema.
fn load_schema(
    dir: &Path,
    paths: &[String],
    at: &Location,
) -> Result<(KrakenSchema, SchemaHash), ProjectError> {
    if paths.is_empty() {
        let hash = schema_hash([SHIPPED_SCHEMA.as_bytes()]);
        let source = SourceFile::new(SHIPPED_SCHEMA_NAME, SHIPPED_SCHEMA);
        let schema =
            load_sources(&[source]).map_err(|error| ProjectError::from(error.diagnostics))?;
        return Ok((schema, hash));
    }
    let sources = paths
        .iter()
        .map(|path| {
            read_text(&dir.join(path)).map_err(|diagnostic| {
                diagnostic.with_help(format!(
                    "the schema of the #[kraken_query] at {at}, relative to the crate"
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let hash = schema_hash(sources.iter().map(|source| source.text.as_bytes()));
    let schema = load_sources(&sources).map_err(|error| ProjectError::from(error.diagnostics))?;
    Ok((schema, hash))
}

/// Writes the entries whose bytes differ (atomically) and removes the folder's files no
/// invocation needs; with `check`, changes nothing and fails listing both.
pub fn write_prepared(
    prepared: &PreparedFolder,
    check: bool,
) -> Result<PrepareOutcome, ProjectError> {
    let changed: Vec<PathBuf> = prepared
        .files
        .iter()
        .filter(|file| {
            std::fs::read_to_string(&file.path).ok().as_deref() != Some(file.contents.as_str())
        })
        .map(|file| file.path.clone())
        .collect();
    let mut unused: Vec<PathBuf> = std::fs::read_dir(&prepared.folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.is_file())
                .filter(|path| !prepared.files.iter().any(|file| &file.path == path))
                .collect()
        })
        .unwrap_or_default();
    unused.sort();
    if check {
        if changed.is_empty() && unused.is_empty() {
            return Ok(PrepareOutcome::default());
        }
        let count = changed.len() + unused.len();
        let stale = Diagnostic::error(
            codes::STALE_PREPARED_EXPANSIONS,
            format!(
                "{} in {} {} out of date",
                plural(count),
                prepared.folder.display(),
                if count == 1 { "is" } else { "are" },
            ),
        );
        let stale = changed.iter().fold(stale, |stale, path| {
            stale.with_note("missing or stale:", path.display().to_string())
        });
        let stale = unused.iter().fold(stale, |stale, path| {
            stale.with_note("unused:", path.display().to_string())
        });
        let mut error =
            ProjectError::from(stale.with_help("run `krakenql prepare` and commit the folder"));
        error.findings = true;
        return Err(error);
    }
    for file in prepared
        .files
        .iter()
        .filter(|file| changed.contains(&file.path))
    {
        write_atomic(&file.path, &file.contents)?;
    }
    for path in &unused {
        std::fs::remove_file(path).map_err(|error| {
            ProjectError::from(Diagnostic::error(
                codes::UNWRITABLE_FILE,
                format!("cannot remove {}: {error}", path.display()),
            ))
        })?;
    }
    Ok(PrepareOutcome { changed, unused })
}

fn plural(count: usize) -> String {
    if count == 1 {
        "1 file".to_owned()
    } else {
        format!("{count} files")
    }
}
