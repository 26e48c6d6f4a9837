//! Operations and fragments from the documents: each operation is built into its own executable
//! document holding the fragments it uses, with `__typename` added to every selection on an
//! abstract type, and printed by apollo-compiler into the text sent to the server.

use apollo_compiler::ast;
use apollo_compiler::executable::{ExecutableDocument, Selection, SelectionSet};
use apollo_compiler::validation::Valid;
use apollo_compiler::{name, Name, Node, Schema};
use indexmap::IndexMap;
use krakenql_lint::{LintSource, SourceKind};

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
) -> Result<Vec<Prepared>, CodegenError> {
    let mut operations = Vec::new();
    let mut fragments: IndexMap<Name, Node<ast::FragmentDefinition>> = IndexMap::new();
    for (index, document) in documents.iter().enumerate() {
        let parsed = ast::Document::parse(&document.text, format!("{index}-{}", document.file))
            .map_err(|errors| internal(&document.file, &errors.errors.to_string()))?;
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
        .map(|(file, operation)| build(schema, &fragments, file, operation))
        .collect()
}

fn build(
    schema: &Valid<Schema>,
    fragments: &IndexMap<Name, Node<ast::FragmentDefinition>>,
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
    let mut used = Vec::new();
    spreads(&operation.selection_set, fragments, &mut used);
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

/// The fragments a selection uses, directly or through other fragments, in order of first use.
fn spreads(
    selections: &[ast::Selection],
    fragments: &IndexMap<Name, Node<ast::FragmentDefinition>>,
    used: &mut Vec<Name>,
) {
    for selection in selections {
        match selection {
            ast::Selection::Field(field) => spreads(&field.selection_set, fragments, used),
            ast::Selection::InlineFragment(inline) => {
                spreads(&inline.selection_set, fragments, used);
            }
            ast::Selection::FragmentSpread(spread) => {
                if !used.contains(&spread.fragment_name) {
                    used.push(spread.fragment_name.clone());
                    if let Some(fragment) = fragments.get(&spread.fragment_name) {
                        spreads(&fragment.selection_set, fragments, used);
                    }
                }
            }
        }
    }
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
