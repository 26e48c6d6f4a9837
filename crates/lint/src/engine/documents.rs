//! Parsing and validating units: each operation is validated against the schema together with
//! the fragments it uses, wherever in the project they are defined.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use apollo_compiler::ast::{self, Definition};
use apollo_compiler::diagnostic::ToCliReport;
use apollo_compiler::executable::ExecutableDocument;
use apollo_compiler::validation::DiagnosticList;
use apollo_compiler::{Name, Node};
use krakenql_schema::KrakenSchema;

use super::one_of::one_of_violations;
use super::suggest::did_you_mean;
use super::units::Unit;
use crate::diagnostic::LintDiagnostic;
use crate::rules;
use crate::source::LintSource;

/// A unit that parsed, with its AST.
pub(crate) struct Parsed<'u> {
    pub unit: &'u Unit,
    pub ast: ast::Document,
}

/// Parses every unit; syntax errors and empty documents become KQL101 diagnostics.
pub(crate) fn parse_units<'u>(
    units: &'u [Unit],
    sources: &[LintSource],
    diagnostics: &mut Vec<LintDiagnostic>,
) -> Vec<Parsed<'u>> {
    let mut parsed = Vec::new();
    for unit in units {
        match ast::Document::parse(unit.text.as_str(), &unit.key) {
            Ok(document) => {
                let executable = document.definitions.iter().any(|d| {
                    matches!(
                        d,
                        Definition::OperationDefinition(_) | Definition::FragmentDefinition(_)
                    )
                });
                if executable {
                    parsed.push(Parsed {
                        unit,
                        ast: document,
                    });
                } else {
                    diagnostics.push(
                        LintDiagnostic::new(
                            &rules::syntax_error::RULE,
                            "the document holds no operation or fragment",
                            Some(unit.span(sources, 0, 0)),
                        )
                        .with_help("write a `query`, `mutation` or `fragment`, or leave the file out of the lint paths"),
                    );
                }
            }
            Err(with_errors) => {
                for error in with_errors.errors.iter() {
                    let (start, end) = error
                        .error
                        .location()
                        .map_or((0, 0), |span| (span.offset(), span.end_offset()));
                    diagnostics.push(LintDiagnostic::new(
                        &rules::syntax_error::RULE,
                        error.error.to_string(),
                        Some(unit.span(sources, start, end)),
                    ));
                }
            }
        }
    }
    parsed
}

/// Fragment definitions of the whole project by name: the first definition wins.
pub(crate) struct FragmentIndex<'p> {
    fragments: HashMap<Name, (usize, &'p Node<ast::FragmentDefinition>)>,
    spread_anywhere: BTreeSet<Name>,
}

impl<'p> FragmentIndex<'p> {
    /// Indexes fragments; a name defined twice is reported at the second definition.
    pub(crate) fn new(
        parsed: &'p [Parsed<'_>],
        sources: &[LintSource],
        diagnostics: &mut Vec<LintDiagnostic>,
    ) -> Self {
        let mut fragments: HashMap<Name, (usize, &'p Node<ast::FragmentDefinition>)> =
            HashMap::new();
        for (index, unit) in parsed.iter().enumerate() {
            for definition in &unit.ast.definitions {
                let Definition::FragmentDefinition(fragment) = definition else {
                    continue;
                };
                if let Some((first, _)) = fragments.get(&fragment.name) {
                    if *first != index {
                        let (start, end) = span_of(fragment.name.location());
                        diagnostics.push(
                            LintDiagnostic::new(
                                &rules::invalid_operation::RULE,
                                format!(
                                    "fragment `{}` is also defined in {}; fragment names must be unique in the project",
                                    fragment.name, parsed[*first].unit.file
                                ),
                                Some(unit.unit.span(sources, start, end)),
                            )
                            .with_help("rename one of the fragments"),
                        );
                    }
                    continue;
                }
                fragments.insert(fragment.name.clone(), (index, fragment));
            }
        }
        let spread_anywhere = parsed
            .iter()
            .flat_map(|unit| spreads_in(unit.ast.definitions.iter()))
            .collect();
        FragmentIndex {
            fragments,
            spread_anywhere,
        }
    }

    /// Fragments that `document` spreads but does not define, transitively, with their sources.
    pub(crate) fn external_for(
        &self,
        parsed: &[Parsed<'_>],
        document: &ast::Document,
    ) -> ast::Document {
        let local: BTreeSet<Name> = document
            .definitions
            .iter()
            .filter_map(|d| match d {
                Definition::FragmentDefinition(f) => Some(f.name.clone()),
                _ => None,
            })
            .collect();
        let mut wanted: Vec<Name> = spreads_in(document.definitions.iter());
        let mut taken = BTreeSet::new();
        let mut external = ast::Document::new();
        let mut sources = (*external.sources).clone();
        while let Some(name) = wanted.pop() {
            if local.contains(&name) || !taken.insert(name.clone()) {
                continue;
            }
            let Some((index, fragment)) = self.fragments.get(&name) else {
                continue;
            };
            let definition = Definition::FragmentDefinition((*fragment).clone());
            wanted.extend(spreads_in(std::iter::once(&definition)));
            for (id, file) in parsed[*index].ast.sources.iter() {
                sources.insert(*id, file.clone());
            }
            external.definitions.push(definition);
        }
        external.sources = Arc::new(sources);
        external
    }

    /// Whether any unit of the project spreads the fragment `name`.
    pub(crate) fn is_spread(&self, name: &str) -> bool {
        self.spread_anywhere.iter().any(|spread| spread == name)
    }
}

/// Every fragment name spread in the definitions.
fn spreads_in<'d>(definitions: impl Iterator<Item = &'d Definition>) -> Vec<Name> {
    let mut names = Vec::new();
    for definition in definitions {
        let selections = match definition {
            Definition::OperationDefinition(op) => &op.selection_set,
            Definition::FragmentDefinition(fragment) => &fragment.selection_set,
            _ => continue,
        };
        collect_spreads(selections, &mut names);
    }
    names
}

/// Every fragment name spread in `selections`, at any depth, in order (repeats kept).
pub(crate) fn collect_spreads(selections: &[ast::Selection], names: &mut Vec<Name>) {
    for selection in selections {
        match selection {
            ast::Selection::Field(field) => collect_spreads(&field.selection_set, names),
            ast::Selection::InlineFragment(inline) => collect_spreads(&inline.selection_set, names),
            ast::Selection::FragmentSpread(spread) => names.push(spread.fragment_name.clone()),
        }
    }
}

/// Byte range of an optional span.
pub(crate) fn span_of(span: Option<apollo_compiler::parser::SourceSpan>) -> (usize, usize) {
    span.map_or((0, 0), |span| (span.offset(), span.end_offset()))
}

/// Builds and validates one unit (with its external fragments) and returns the document for
/// the deprecation walk; validation errors become KQL100 diagnostics.
pub(crate) fn build_and_validate(
    schema: &KrakenSchema,
    parsed: &Parsed<'_>,
    external: &ast::Document,
    units_by_key: &HashMap<&str, &Unit>,
    sources: &[LintSource],
    used_elsewhere: &dyn Fn(&str) -> bool,
    diagnostics: &mut Vec<LintDiagnostic>,
) -> ExecutableDocument {
    let mut errors = DiagnosticList::new(Default::default());
    let mut builder = ExecutableDocument::builder(Some(schema.schema()), &mut errors);
    builder.add_ast_document(&parsed.ast, true);
    builder.add_ast_document(external, true);
    let document = builder.build();
    let validated = document.clone().validate(schema.schema());
    let mut all: Vec<(
        Option<apollo_compiler::parser::SourceSpan>,
        String,
        Option<&'static str>,
    )> = Vec::new();
    for error in errors.iter() {
        all.push((
            error.error.location(),
            error.error.to_string(),
            error.error.unstable_error_name(),
        ));
    }
    if let Err(with_errors) = validated {
        for error in with_errors.errors.iter() {
            all.push((
                error.error.location(),
                error.error.to_string(),
                error.error.unstable_error_name(),
            ));
        }
    }
    for (span, message) in one_of_violations(schema.schema(), &document) {
        all.push((span, message, Some("OneOfInputObject")));
    }
    let positions: Vec<(apollo_compiler::parser::FileId, usize)> = all
        .iter()
        .filter_map(|(span, _, _)| span.map(|span| (span.file_id(), span.offset())))
        .collect();
    // The text of every unknown field or argument, to tell "unused variable" echoes apart.
    let unknown_texts: Vec<&str> = all
        .iter()
        .filter(|(_, _, name)| matches!(name, Some("UndefinedField" | "UndefinedArgument")))
        .filter_map(|(span, _, _)| {
            let span = (*span)?;
            let whole = enclosing_field(&parsed.ast, span.offset()).unwrap_or(span);
            span_text(&document, Some(whole))
        })
        .collect();
    for (span, message, name) in &all {
        if *name == Some("UnusedFragment") && message_fragment_used(message, used_elsewhere) {
            continue;
        }
        // A variable passed only to an unknown field or argument looks unused once the builder
        // drops that field; the unknown field is the finding, the unused variable its echo.
        if *name == Some("UnusedVariable")
            && message.split('`').nth(1).is_some_and(|variable| {
                unknown_texts.iter().any(|text| {
                    text.match_indices(variable).any(|(at, _)| {
                        !text[at + variable.len()..]
                            .starts_with(|c: char| c == '_' || c.is_alphanumeric())
                    })
                })
            })
        {
            continue;
        }
        // A field whose sub-fields were all unknown is left with an empty selection by the
        // builder; the unknown fields are reported, the empty selection is only their echo.
        if *name == Some("MissingSubselection")
            && span.is_some_and(|outer| {
                positions.iter().any(|(file, offset)| {
                    *file == outer.file_id()
                        && *offset > outer.offset()
                        && *offset < outer.end_offset()
                })
            })
        {
            continue;
        }
        let (span, message) = (*span, message.clone());
        let unit = span
            .and_then(|span| document.sources.get(&span.file_id()))
            .and_then(|file| file.path().to_str())
            .and_then(|key| units_by_key.get(key))
            .copied()
            .unwrap_or(parsed.unit);
        let (start, end) = span_of(span);
        let mut diagnostic = LintDiagnostic::new(
            &rules::invalid_operation::RULE,
            message.clone(),
            Some(unit.span(sources, start, end)),
        );
        diagnostic.help = did_you_mean(schema, &message);
        diagnostic.operation = span.and_then(|span| definition_at(&document, span));
        diagnostics.push(diagnostic);
    }
    document
}

/// The name of the operation or fragment of `document` whose text holds `span`; `None` for an
/// anonymous operation or a span outside every definition.
fn definition_at(
    document: &ExecutableDocument,
    span: apollo_compiler::parser::SourceSpan,
) -> Option<String> {
    let holds = |location: Option<apollo_compiler::parser::SourceSpan>| {
        location.is_some_and(|location| {
            location.file_id() == span.file_id()
                && location.offset() <= span.offset()
                && span.offset() < location.end_offset()
        })
    };
    match document
        .operations
        .iter()
        .find(|operation| holds(operation.location()))
    {
        Some(operation) => operation.name.as_ref().map(ToString::to_string),
        None => document
            .fragments
            .values()
            .find(|fragment| holds(fragment.location()))
            .map(|fragment| fragment.name.to_string()),
    }
}

/// The span of the whole field (arguments and sub-selection included) whose name or start is
/// at `offset`, or that contains the argument starting there.
fn enclosing_field(
    document: &ast::Document,
    offset: usize,
) -> Option<apollo_compiler::parser::SourceSpan> {
    fn search(
        selections: &[ast::Selection],
        offset: usize,
    ) -> Option<apollo_compiler::parser::SourceSpan> {
        selections.iter().find_map(|selection| match selection {
            ast::Selection::Field(field) => {
                let span = field.location()?;
                let starts_here = field.name.location().map(|n| n.offset()) == Some(offset)
                    || span.offset() == offset
                    || field
                        .arguments
                        .iter()
                        .any(|a| a.location().map(|l| l.offset()) == Some(offset));
                if starts_here {
                    Some(span)
                } else {
                    search(&field.selection_set, offset)
                }
            }
            ast::Selection::InlineFragment(inline) => search(&inline.selection_set, offset),
            ast::Selection::FragmentSpread(_) => None,
        })
    }
    document
        .definitions
        .iter()
        .find_map(|definition| match definition {
            Definition::OperationDefinition(op) => search(&op.selection_set, offset),
            Definition::FragmentDefinition(fragment) => search(&fragment.selection_set, offset),
            _ => None,
        })
}

/// The source text a span covers.
fn span_text(
    document: &ExecutableDocument,
    span: Option<apollo_compiler::parser::SourceSpan>,
) -> Option<&str> {
    let span = span?;
    let file = document.sources.get(&span.file_id())?;
    file.source_text().get(span.offset()..span.end_offset())
}

/// Whether an "unused fragment" message names a fragment that another unit spreads.
fn message_fragment_used(message: &str, used_elsewhere: &dyn Fn(&str) -> bool) -> bool {
    message.split('`').nth(1).is_some_and(used_elsewhere)
}
