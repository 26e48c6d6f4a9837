//! The prepared path: an invocation's key, and its entry read from the crate's folder of
//! prepared expansions (`krakenql prepare` writes them; `krakenql_codegen::prepared` says what
//! they hold). On a hit the macro parses neither the schema nor the operation: it hashes the
//! schema's bytes (once per compiler process), reads the entry's small JSON file, judges the
//! stored deprecated uses on the build's day, and hands the stored code to rustc as the module's
//! file (`#[path = "…"] mod …;`), which rustc reads and parses as it does any source file.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use krakenql_codegen::prepared::{
    entry_stem, key, EntryMeta, InputDigests, KeyInputs, MacroSettings, SchemaHash, GENERATOR,
};
use krakenql_lint::{judge, LintReport, LintSource, SourceKind};
use krakenql_schema::{codes, Diagnostic};
use proc_macro2::Span;

use crate::diagnostics::message;
use crate::inputs::{self, SchemaFile};

/// Where the macro looks for prepared entries.
#[derive(Debug, Clone)]
pub(crate) enum Folder {
    /// The config's `prepared` folder (default `.krakenql`), relative to the crate: every real
    /// expansion.
    FromConfig,
    /// This folder: tests that prepare entries of their own.
    #[cfg(test)]
    At(PathBuf),
    /// Nowhere: tests that compare a fresh expansion with a prepared one.
    #[cfg(test)]
    Off,
}

/// One invocation's inputs, as the prepared path needs them.
pub(crate) struct Invocation<'a> {
    pub(crate) settings: &'a MacroSettings,
    pub(crate) schema_files: &'a [SchemaFile],
    pub(crate) document: &'a str,
    pub(crate) file_name: &'a str,
    pub(crate) struct_name: &'a str,
    pub(crate) today: NaiveDate,
    /// The literal diagnostics point at.
    pub(crate) span: Span,
}

impl Invocation<'_> {
    /// What the invocation's key hashes, with `schema` the hash of its schema's files.
    fn key_inputs<'s>(&'s self, schema: &'s SchemaHash) -> KeyInputs<'s> {
        KeyInputs {
            schema,
            file_name: self.file_name,
            document: self.document,
            options: &self.settings.options,
        }
    }
}

/// A prepared entry found for an invocation.
pub(crate) struct Entry {
    /// The name of the operation struct in the stored module.
    pub(crate) operation: syn::Ident,
    /// The stored module: the file rustc reads as the module's body.
    pub(crate) code: PathBuf,
    /// The entry's JSON file, which the expansion tracks so that cargo expands again when it
    /// changes (rustc tracks `code` itself).
    pub(crate) meta: PathBuf,
    /// The stored deprecated uses, judged on the invocation's day.
    pub(crate) report: LintReport,
}

/// What the lookup found.
pub(crate) enum Lookup {
    /// The invocation's entry.
    Hit(Entry),
    /// No entry: the folder that was searched (`None` when none was).
    Miss(Option<PathBuf>),
}

/// Looks the invocation's entry up. A folder that does not exist is a miss without hashing
/// anything; an entry that exists but cannot be read, or whose code file does not have the
/// length it was written with, is an error naming it.
pub(crate) fn lookup(
    manifest_dir: &Path,
    folder: &Folder,
    invocation: &Invocation<'_>,
) -> Result<Lookup, syn::Error> {
    let folder = match folder {
        Folder::FromConfig => manifest_dir.join(&invocation.settings.prepared),
        #[cfg(test)]
        Folder::At(folder) => folder.clone(),
        #[cfg(test)]
        Folder::Off => return Ok(Lookup::Miss(None)),
    };
    if !folder.is_dir() {
        return Ok(Lookup::Miss(Some(folder)));
    }
    let schema = inputs::schema_hash(invocation.schema_files)?;
    let key = key(&invocation.key_inputs(&schema));
    let stem = entry_stem(invocation.struct_name, &key);
    // Absolute, because rustc resolves a relative `#[path]` from the invoking source file.
    let code_path = folder.join(format!("{stem}.rs"));
    let code_path = std::path::absolute(&code_path).unwrap_or(code_path);
    // The stored code is not read here: rustc reads it as the module's file, which also makes
    // the entry a dependency of the build. Only its presence and length are checked.
    let code_len = match std::fs::metadata(&code_path) {
        Ok(metadata) if metadata.is_file() => metadata.len(),
        Ok(_) => return Err(broken(&code_path, "it is not a file", invocation.span)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Lookup::Miss(Some(folder)))
        }
        Err(error) => return Err(broken(&code_path, &error.to_string(), invocation.span)),
    };
    if code_path.to_str().is_none() {
        return Err(broken(
            &code_path,
            "its path is not valid UTF-8, so it cannot be named in a `#[path]` attribute",
            invocation.span,
        ));
    }
    let meta_path = code_path.with_extension("json");
    let meta = std::fs::read_to_string(&meta_path)
        .map_err(|error| error.to_string())
        .and_then(|text| EntryMeta::from_json(&text).map_err(|error| error.to_string()))
        .map_err(|error| broken(&meta_path, &error, invocation.span))?;
    if !meta.fits(code_len) {
        return Err(broken(
            &code_path,
            &format!(
                "it holds {code_len} bytes, where `krakenql prepare` wrote {}: it was cut short \
                 or edited since",
                meta.code_bytes
            ),
            invocation.span,
        ));
    }
    let operation = syn::parse_str::<syn::Ident>(&meta.operation)
        .map_err(|error| broken(&meta_path, &error.to_string(), invocation.span))?;
    let source = LintSource::new(
        invocation.file_name,
        invocation.document,
        SourceKind::Graphql,
    );
    let report = judge(
        &meta.deprecated_uses,
        meta.schema_age.as_ref(),
        vec![source],
        &invocation.settings.lint_options(invocation.today),
    );
    Ok(Lookup::Hit(Entry {
        operation,
        code: code_path,
        meta: meta_path,
        report,
    }))
}

/// The error for an entry that exists but cannot be used.
fn broken(path: &Path, problem: &str, span: Span) -> syn::Error {
    let diagnostic = Diagnostic::error(
        codes::UNUSABLE_PREPARED_EXPANSION,
        format!(
            "the prepared expansion {} cannot be used: {problem}",
            path.display()
        ),
    )
    .with_help("run `krakenql prepare` in the crate's directory to write it again");
    syn::Error::new(span, message(&diagnostic, None))
}

/// The error for a miss under `KRAKENQL_OFFLINE=true`, on the document's literal. When the
/// folder holds an entry of the same struct made for other inputs, it says which changed.
pub(crate) fn offline_miss(
    invocation: &Invocation<'_>,
    folder: Option<&Path>,
    span: Span,
) -> syn::Error {
    let shown = folder.map_or_else(
        || "the prepared folder".to_owned(),
        |folder| {
            folder.file_name().map_or_else(
                || folder.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            )
        },
    );
    let struct_name = invocation.struct_name;
    let text = match folder.and_then(|folder| what_changed(invocation, folder)) {
        Some((entry, changed)) => format!(
            "KRAKENQL_OFFLINE is set and the prepared expansion of `{struct_name}` in {shown}/ \
             ({entry}) was made for other inputs: {changed} changed since `krakenql prepare` ran"
        ),
        None => format!(
            "KRAKENQL_OFFLINE is set and {shown}/ holds no prepared expansion of `{struct_name}` \
             for its current inputs (schema, document, codegen options and krakenql version)"
        ),
    };
    let diagnostic = Diagnostic::error(codes::MISSING_PREPARED_EXPANSION, text).with_help(format!(
        "run `krakenql prepare` in the crate's directory and commit {shown}/, or unset \
             KRAKENQL_OFFLINE to generate it during the build"
    ));
    syn::Error::new(span, message(&diagnostic, None))
}

/// An entry of the invocation's struct in `folder` (the one for the same document file when
/// there are several) and what differs between its inputs and the invocation's, in words, e.g.
/// `("urls-0f3c….json", "the schema and the document")`. `None` when there is no such entry.
fn what_changed(invocation: &Invocation<'_>, folder: &Path) -> Option<(String, String)> {
    // `<module>-`: the stem with an empty key.
    let prefix = entry_stem(invocation.struct_name, "");
    let mut found: Vec<(String, EntryMeta)> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_owned();
            let key = name.strip_prefix(&prefix)?.strip_suffix(".json")?;
            if !key.bytes().all(|byte| byte.is_ascii_hexdigit()) {
                return None;
            }
            let text = std::fs::read_to_string(entry.path()).ok()?;
            Some((name, EntryMeta::from_json(&text).ok()?))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let index = found
        .iter()
        .position(|(_, meta)| meta.file == invocation.file_name)
        .unwrap_or(0);
    let (name, meta) = found.into_iter().nth(index)?;
    let schema = inputs::schema_hash(invocation.schema_files).ok()?;
    let now = InputDigests::of(&invocation.key_inputs(&schema));
    let mut changed: Vec<String> = meta
        .inputs
        .changed_in(&now)
        .into_iter()
        .map(str::to_owned)
        .collect();
    if meta.generator != GENERATOR {
        changed.push(format!(
            "krakenql (it was prepared by {}, this build is {GENERATOR})",
            meta.generator
        ));
    }
    let changed = match changed.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    Some((name, changed))
}
