//! Operations and fragments from the documents: each operation is built into its own executable
//! document holding the fragments it uses, checked against the operation limits (an operation
//! whose typed mock would be exponentially large is an error at its location, not an abort),
//! with `__typename` added to every selection on an abstract type, and printed by
//! apollo-compiler into the text sent to the server.

use std::sync::Arc;

use apollo_compiler::ast;
use apollo_compiler::executable::{ExecutableDocument, Selection, SelectionSet};
use apollo_compiler::parser::SourceMap;
use apollo_compiler::validation::Valid;
use apollo_compiler::{name, Name, Node, Schema};
use indexmap::IndexMap;
use krakenql_lint::{LintSource, SourceKind};
use krakenql_schema::limits::OperationLimits;

use super::error::CodegenError;

/// One GraphQL document and the file it came from.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    pub file: String,
    pub text: String,
}

/// An operation ready for analysis.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    /// The file that defines the operation.
    pub file: String,
    /// The operation's name.
    pub name: String,
    /// The operation and its fragments, `__typename` added.
    pub document: ExecutableDocument,
    /// The document as sent to the server.
    pub query: String,
}

/// The GraphQL documents of the sources: whole `.graphql` files, and each inline document of a
/// Rust file.
pub(crate) fn documents(sources: &[LintSource]) -> Vec<Document> {
    let mut documents = Vec::new();
    for source in sources {
        match source.kind {
            SourceKind::Graphql => documents.push(Document {
                file: source.file.clone(),
                text: source.text.clone(),
            }),
            SourceKind::Rust => {
                let (embedded, _) = krakenql_lint::extract::extract_rust_documents(source);
                documents.extend(embedded.into_iter().map(|document| Document {
                    file: source.file.clone(),
                    text: document.text,
                }));
            }
        }
    }
    documents
}

/// Builds every operation of the documents, with the fragments of all documents available.
pub(crate) fn prepare(
    schema: &Valid<Schema>,
    documents: &[Document],
    limits: &OperationLimits,
) -> Result<Vec<Prepared>, CodegenError> {
    let mut operations = Vec::new();
    let mut fragments: IndexMap<Name, Node<ast::FragmentDefinition>> = IndexMap::new();
    let mut sources = SourceMap::default();
    for (index, document) in documents.iter().enumerate() {
        let parsed = ast::Document::parse(&document.text, format!("{index}-{}", document.file))
            .map_err(|errors| internal(&document.file, &errors.errors.to_string()))?;
        Arc::make_mut(&mut sources).extend(
            parsed
                .sources
                .iter()
                .map(|(id, file)| (*id, Arc::clone(file))),
        );
        for definition in parsed.definitions {
            match definition {
                ast::Definition::OperationDefinition(operation) => {
                    operations.push((document.file.clone(), operation));
                }
                ast::Definition::FragmentDefinition(fragment) => {
                    fragments.entry(fragment.name.clone()).or_insert(fragment);
                }
                _ => {}
            }
        }
    }
    operations
        .into_iter()
        .map(|(file, operation)| build(schema, &fragments, &sources, limits, file, operation))
        .collect()
}

fn build(
    schema: &Valid<Schema>,
    fragments: &IndexMap<Name, Node<ast::FragmentDefinition>>,
    sources: &SourceMap,
    limits: &OperationLimits,
    file: String,
    mut operation: Node<ast::OperationDefinition>,
) -> Result<Prepared, CodegenError> {
    let name = match &operation.name {
        Some(name) => name.clone(),
        None => {
            let name = name_from_file(&file)
                .ok_or_else(|| CodegenError::AnonymousOperation { file: file.clone() })?;
            operation.make_mut().name = Some(name.clone());
            name
        }
    };
    let name = name.to_string();
    let used = spreads(&operation.selection_set, fragments);
    let mut document = ast::Document::new();
    document
        .definitions
        .push(ast::Definition::OperationDefinition(operation));
    for fragment in used {
        if let Some(definition) = fragments.get(&fragment) {
            document
                .definitions
                .push(ast::Definition::FragmentDefinition(definition.clone()));
        }
    }
    if let Some(exceeded) = limits.check(&document) {
        let (line, column) = exceeded
            .location
            .and_then(|span| krakenql_schema::position::apollo_line_column(sources, span))
            .unwrap_or((1, 1));
        return Err(CodegenError::OverLimit {
            operation: name,
            file,
            line,
            column,
            message: exceeded.message(),
        });
    }
    let mut executable = document
        .to_executable_validate(schema)
        .map_err(|errors| internal(&file, &errors.errors.to_string()))?
        .into_inner();
    for operation in executable.operations.named.values_mut() {
        add_typename(schema, &mut operation.make_mut().selection_set, false);
    }
    for fragment in executable.fragments.values_mut() {
        add_typename(schema, &mut fragment.make_mut().selection_set, true);
    }
    let query = executable.to_string().trim_end().to_owned();
    Ok(Prepared {
        file,
        name,
        document: executable,
        query,
    })
}

/// The name an anonymous operation gets: its file's stem in PascalCase, e.g. `AccountQuery`
/// for `queries/account_query.graphql`. The operation is sent under that name too, so that the
/// operation name the runtime sends matches the document.
fn name_from_file(file: &str) -> Option<Name> {
    let stem = file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .split('.')
        .next()
        .unwrap_or_default();
    let pascal: String = super::names::pascal(stem)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let name = match pascal.chars().next() {
        None => return None,
        Some(first) if first.is_ascii_digit() => format!("Operation{pascal}"),
        Some(_) => pascal,
    };
    Name::new(&name).ok()
}

/// The fragments a selection uses, directly or through other fragments, in order of first use
/// (depth first, as written). An explicit stack, so a chain of thousands of fragments cannot
/// overflow the thread's stack.
fn spreads(
    selections: &[ast::Selection],
    fragments: &IndexMap<Name, Node<ast::FragmentDefinition>>,
) -> Vec<Name> {
    let mut used: IndexMap<Name, ()> = IndexMap::new();
    let mut stack: Vec<std::slice::Iter<'_, ast::Selection>> = vec![selections.iter()];
    while let Some(top) = stack.last_mut() {
        let Some(selection) = top.next() else {
            stack.pop();
            continue;
        };
        match selection {
            ast::Selection::Field(field) => stack.push(field.selection_set.iter()),
            ast::Selection::InlineFragment(inline) => stack.push(inline.selection_set.iter()),
            ast::Selection::FragmentSpread(spread) => {
                if used.insert(spread.fragment_name.clone(), ()).is_none() {
                    if let Some(fragment) = fragments.get(&spread.fragment_name) {
                        stack.push(fragment.selection_set.iter());
                    }
                }
            }
        }
    }
    used.into_keys().collect()
}

/// Adds `__typename` first to every field selection (and, with `this`, to `set` itself) whose
/// type is an interface or a union, unless it already selects `__typename` unaliased.
fn add_typename(schema: &Schema, set: &mut SelectionSet, this: bool) {
    for selection in &mut set.selections {
        match selection {
            Selection::Field(field) => {
                let field = field.make_mut();
                if !field.selection_set.selections.is_empty() {
                    add_typename(schema, &mut field.selection_set, true);
                }
            }
            Selection::InlineFragment(inline) => {
                add_typename(schema, &mut inline.make_mut().selection_set, false);
            }
            Selection::FragmentSpread(_) => {}
        }
    }
    let is_abstract = schema
        .types
        .get(&set.ty)
        .is_some_and(|ty| ty.is_interface() || ty.is_union());
    let has_typename = set
        .fields()
        .any(|field| field.alias.is_none() && field.name == "__typename");
    if this && is_abstract && !has_typename {
        if let Ok(field) = set.new_field(schema, name!("__typename")) {
            set.selections.insert(0, Selection::Field(Node::new(field)));
        }
    }
}

fn internal(file: &str, message: &str) -> CodegenError {
    CodegenError::Internal {
        message: format!("{file} passed the linter but not apollo-compiler: {message}"),
    }
}
