//! The validated schema together with its deprecation index and its possible-error lists.

use std::borrow::Cow;
use std::sync::OnceLock;

use apollo_compiler::collections::HashMap;
use apollo_compiler::schema::Implementers;
use apollo_compiler::validation::Valid;
use apollo_compiler::{Name, Schema};

use crate::coordinate::Coordinate;
use crate::deprecation::{collect_deprecations, Deprecation};
use crate::diagnostic::{Diagnostic, LoadError};
use crate::errors::{
    collect_possible_errors, field_possible_errors, PossibleError, PossibleErrorIndex,
};
use crate::knowledge::Knowledge;

/// A named text source: a file path (as the user wrote it) and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The name used in diagnostics, usually the path as given.
    pub name: String,
    /// The full text.
    pub text: String,
}

impl SourceFile {
    /// A source named `name` holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// A validated Kraken schema with the deprecation metadata of every coordinate and the
/// possible errors of every field.
#[derive(Debug, Clone)]
pub struct KrakenSchema {
    schema: Valid<Schema>,
    deprecations: Vec<Deprecation>,
    /// Built on first use: reading every description's list is a tenth of a schema load in an
    /// unoptimised `#[kraken_query]`, which only asks for the fields it selects.
    possible_errors: OnceLock<PossibleErrorIndex>,
    implementers: HashMap<Name, Implementers>,
    notes: Vec<Diagnostic>,
    knowledge: Knowledge,
}

impl KrakenSchema {
    /// Wraps an already validated schema, indexing its deprecations.
    pub fn from_valid(schema: Valid<Schema>, notes: Vec<Diagnostic>) -> Self {
        let deprecations = collect_deprecations(&schema);
        let implementers = schema.implementers_map();
        KrakenSchema {
            schema,
            deprecations,
            possible_errors: OnceLock::new(),
            implementers,
            notes,
            knowledge: Knowledge::default(),
        }
        .attribute_sources()
    }

    /// Sets what the schema's files state about their knowledge, and with it the source of
    /// each deprecation.
    pub fn with_knowledge(mut self, knowledge: Knowledge) -> Self {
        self.knowledge = knowledge;
        self.attribute_sources()
    }

    /// What the schema's files state about their knowledge: its date, sources and the source
    /// of each deprecation.
    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// Gives each deprecation its source: the one the files record, else the file defining it.
    fn attribute_sources(mut self) -> Self {
        for deprecation in &mut self.deprecations {
            let recorded = self
                .knowledge
                .deprecation_sources
                .get(&deprecation.coordinate.to_string())
                .cloned();
            let source = recorded.or_else(|| defining_file(&self.schema, &deprecation.coordinate));
            deprecation.per = source
                .as_deref()
                .and_then(|label| self.knowledge.source(label))
                .filter(|info| info.other_brand)
                .map(|info| info.described());
            deprecation.source = source;
        }
        self
    }

    /// The validated apollo-compiler schema.
    pub fn schema(&self) -> &Valid<Schema> {
        &self.schema
    }

    /// Every deprecated coordinate, sorted by coordinate.
    pub fn deprecations(&self) -> &[Deprecation] {
        &self.deprecations
    }

    /// The deprecation of one coordinate, if it is deprecated.
    pub fn deprecation(&self, coordinate: &Coordinate) -> Option<&Deprecation> {
        self.deprecations
            .binary_search_by(|d| d.coordinate.cmp(coordinate))
            .ok()
            .map(|i| &self.deprecations[i])
    }

    /// The possible errors of every field whose description lists any ("The possible errors
    /// that can be raised are: …"), with the entries that could not be read.
    pub fn possible_errors(&self) -> &PossibleErrorIndex {
        self.possible_errors
            .get_or_init(|| collect_possible_errors(&self.schema))
    }

    /// The possible errors of one field, in the order its description lists them; empty when
    /// it lists none. Read from the field's description alone until the whole index is built.
    pub fn possible_errors_of(&self, coordinate: &Coordinate) -> Cow<'_, [PossibleError]> {
        match self.possible_errors.get() {
            Some(index) => Cow::Borrowed(index.of(coordinate)),
            None => Cow::Owned(field_possible_errors(&self.schema, coordinate)),
        }
    }

    /// The object types and interfaces implementing each interface, computed once per schema
    /// (apollo-compiler's `implementers_map` walks every type each time it is asked).
    pub fn implementers(&self) -> &HashMap<Name, Implementers> {
        &self.implementers
    }

    /// What the loader did that a user may want to know (dropped types, converted comments).
    pub fn notes(&self) -> &[Diagnostic] {
        &self.notes
    }

    /// The schema printed as SDL; the same model always prints the same bytes.
    pub fn to_sdl(&self) -> String {
        self.schema.to_string()
    }
}

/// The name of the file that defines the type of a coordinate, without directories and
/// extensions (`edf-gb-2026-07` for `schema/sources/edf-gb-2026-07.graphql`).
fn defining_file(schema: &Schema, coordinate: &Coordinate) -> Option<String> {
    let ty = schema.types.get(coordinate.type_name())?;
    let file_id = ty.location()?.file_id();
    let path = schema.sources.get(&file_id)?.path();
    let name = path.file_name()?.to_str()?;
    Some(name.split('.').next().unwrap_or(name).to_owned())
}

/// Result alias for loaders.
pub type LoadResult<T> = Result<T, LoadError>;
