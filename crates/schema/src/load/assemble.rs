//! Assembling parsed documents into one validated schema.

use apollo_compiler::ast;
use apollo_compiler::Schema;

use super::locate::validation_diagnostics;
use super::one_of::declare_one_of;
use super::{introspection, sdl};
use crate::codes;
use crate::diagnostic::{Diagnostic, LoadError, Location};
use crate::knowledge::Knowledge;
use crate::model::{KrakenSchema, SourceFile};

/// The format of a schema source, told apart by its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// GraphQL SDL.
    Sdl,
    /// An introspection response in JSON.
    Introspection,
}

impl SourceFormat {
    /// JSON starts with `{` or `[` (after any byte order mark), and is read as introspection, so
    /// that JSON which is not an introspection response is reported as such rather than as an
    /// SDL syntax error; everything else is read as SDL.
    pub fn detect(text: &str) -> Self {
        let text = text.trim_start_matches('\u{feff}').trim_start();
        if text.starts_with('{') || text.starts_with('[') {
            SourceFormat::Introspection
        } else {
            SourceFormat::Sdl
        }
    }
}

/// Parses one source of either format into an AST document and the loader's notes.
pub fn parse_source(source: &SourceFile) -> Result<(ast::Document, Vec<Diagnostic>), LoadError> {
    match SourceFormat::detect(&source.text) {
        SourceFormat::Sdl => sdl::parse_sdl(source),
        SourceFormat::Introspection => {
            introspection::introspection_to_document(source).map(|doc| (doc, Vec::new()))
        }
    }
}

/// Loads several sources as one schema (types may be split across files) and validates it.
///
/// Every source is parsed even when an earlier one fails, so all syntax errors are reported.
pub fn load_sources(sources: &[SourceFile]) -> Result<KrakenSchema, LoadError> {
    if sources.is_empty() {
        return Err(
            Diagnostic::error(codes::NO_SCHEMA, "no schema source was given")
                .with_help("pass --schema PATH or set `schema` in graphql.config.toml")
                .into(),
        );
    }
    let mut documents = Vec::new();
    let mut notes = Vec::new();
    let mut errors = Vec::new();
    let mut knowledge = Knowledge::default();
    for source in sources {
        if SourceFormat::detect(&source.text) == SourceFormat::Sdl {
            knowledge.merge(Knowledge::from_sdl(&source.text));
        }
        match parse_source(source) {
            Ok((document, source_notes)) => {
                documents.push(document);
                notes.extend(source_notes);
            }
            Err(error) => errors.extend(error.diagnostics),
        }
    }
    if !errors.is_empty() {
        return Err(LoadError {
            diagnostics: errors,
        });
    }
    let schema = validate_documents(&documents, notes).map_err(|mut error| {
        // A problem of the schema as a whole (no query type) has no span of its own: it is
        // shown at the start of the first file, so that every error names a place to look.
        for diagnostic in &mut error.diagnostics {
            if diagnostic.location.is_none() {
                diagnostic.location = Some(Location::new(&sources[0].name, 1, 1));
            }
        }
        error
    })?;
    Ok(schema.with_knowledge(knowledge))
}

/// Builds and validates a schema from AST documents.
pub fn validate_documents(
    documents: &[ast::Document],
    notes: Vec<Diagnostic>,
) -> Result<KrakenSchema, LoadError> {
    let mut builder = Schema::builder();
    for document in documents {
        builder = builder.add_ast(document);
    }
    let schema = builder.build().map_err(|with_errors| LoadError {
        diagnostics: validation_diagnostics(&with_errors.errors),
    })?;
    validate_schema(schema, notes)
}

/// Validates a built schema (declaring the built-in `@oneOf` first) and indexes its
/// deprecations.
pub fn validate_schema(
    mut schema: Schema,
    notes: Vec<Diagnostic>,
) -> Result<KrakenSchema, LoadError> {
    declare_one_of(&mut schema);
    let valid = schema.validate().map_err(|with_errors| LoadError {
        diagnostics: validation_diagnostics(&with_errors.errors),
    })?;
    Ok(KrakenSchema::from_valid(valid, notes))
}
