//! The walk over an operation's typed tree that finds every use of a deprecated schema item.
//!
//! Fields and arguments are found in selections, input fields and enum values in argument
//! literals and in variables' default values, and input fields also in the input types of
//! variables (the code that fills a variable may set them). Directives are walked wherever an
//! operation can carry them (operations, variables, fields, fragments, inline fragments and
//! spreads): their deprecated arguments, and the input fields and enum values in their literals.

use std::collections::HashSet;

use apollo_compiler::ast::{self, Type};
use apollo_compiler::executable::{ExecutableDocument, Selection, SelectionSet};
use apollo_compiler::parser::SourceSpan;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{Name, Node};
use krakenql_schema::{Coordinate, Deprecation, KrakenSchema};

use super::literal::{walk_literal, LiteralVisitor};

/// One use of a deprecated item, located in the unit's text.
#[derive(Debug, Clone)]
pub(super) struct Usage<'s> {
    /// The deprecated item.
    pub deprecation: &'s Deprecation,
    /// Byte range in the unit's text.
    pub start: usize,
    pub end: usize,
    /// The operation or fragment it is in.
    pub owner: Option<String>,
    /// For uses through a variable's input type: the variable's name.
    pub via_variable: Option<(String, String)>,
}

/// Finds every deprecated use in the operations and fragments defined in the unit named `key`.
pub(super) fn deprecated_usages<'s>(
    schema: &'s KrakenSchema,
    document: &ExecutableDocument,
    key: &str,
) -> Vec<Usage<'s>> {
    let mut walker = Walker {
        schema,
        document,
        key,
        owner: None,
        usages: Vec::new(),
    };
    for operation in document.operations.iter() {
        if !walker.is_here(operation.location()) {
            continue;
        }
        walker.owner = operation.name.as_ref().map(Name::to_string);
        for variable in &operation.variables {
            if let Some(default) = &variable.default_value {
                walker.value(default, &variable.ty);
            }
            walker.variable_type(variable);
            walker.directives(&variable.directives);
        }
        walker.directives(&operation.directives);
        walker.selection_set(&operation.selection_set);
    }
    for (name, fragment) in &document.fragments {
        if !walker.is_here(fragment.location()) {
            continue;
        }
        walker.owner = Some(name.to_string());
        walker.directives(&fragment.directives);
        walker.selection_set(&fragment.selection_set);
    }
    walker.usages
}

struct Walker<'s, 'd> {
    schema: &'s KrakenSchema,
    document: &'d ExecutableDocument,
    key: &'d str,
    owner: Option<String>,
    usages: Vec<Usage<'s>>,
}

impl LiteralVisitor for Walker<'_, '_> {
    fn input_field(&mut self, named: &Name, field: &Name, value: &Node<ast::Value>) {
        let span = field.location().or(value.location());
        self.record(
            Coordinate::input_field(named.as_str(), field.as_str()),
            span,
            None,
        );
    }

    fn enum_value(&mut self, named: &Name, value: &Name, node: &Node<ast::Value>) {
        self.record(
            Coordinate::enum_value(named.as_str(), value.as_str()),
            node.location(),
            None,
        );
    }
}

impl<'s> Walker<'s, '_> {
    /// Whether a node was parsed from this unit (fragments of other files are walked there).
    fn is_here(&self, span: Option<SourceSpan>) -> bool {
        span.and_then(|span| self.document.sources.get(&span.file_id()))
            .is_some_and(|file| file.path().to_str() == Some(self.key))
    }

    fn record(
        &mut self,
        coordinate: Coordinate,
        span: Option<SourceSpan>,
        via: Option<(String, String)>,
    ) {
        let Some(deprecation) = self.schema.deprecation(&coordinate) else {
            return;
        };
        let Some(span) = span.filter(|span| self.is_here(Some(*span))) else {
            return;
        };
        self.usages.push(Usage {
            deprecation,
            start: span.offset(),
            end: span.end_offset(),
            owner: self.owner.clone(),
            via_variable: via,
        });
    }

    fn selection_set(&mut self, set: &SelectionSet) {
        for selection in &set.selections {
            match selection {
                Selection::Field(field) => {
                    let span = field.name.location().or(field.location());
                    self.record(
                        Coordinate::field(set.ty.as_str(), field.name.as_str()),
                        span,
                        None,
                    );
                    for argument in &field.arguments {
                        let coordinate = Coordinate::argument(
                            set.ty.as_str(),
                            field.name.as_str(),
                            argument.name.as_str(),
                        );
                        let span = argument.name.location().or(argument.location());
                        self.record(coordinate, span, None);
                        if let Some(definition) = field.definition.argument_by_name(&argument.name)
                        {
                            self.value(&argument.value, &definition.ty);
                        }
                    }
                    self.directives(&field.directives);
                    self.selection_set(&field.selection_set);
                }
                Selection::InlineFragment(inline) => {
                    self.directives(&inline.directives);
                    self.selection_set(&inline.selection_set);
                }
                Selection::FragmentSpread(spread) => self.directives(&spread.directives),
            }
        }
    }

    /// Deprecated arguments of the directives in `list`, and deprecated input fields and enum
    /// values in their literals.
    fn directives(&mut self, list: &ast::DirectiveList) {
        for directive in list.iter() {
            let definition = self
                .schema
                .schema()
                .directive_definitions
                .get(&directive.name)
                .cloned();
            for argument in &directive.arguments {
                let coordinate =
                    Coordinate::directive_argument(directive.name.as_str(), argument.name.as_str());
                let span = argument.name.location().or(argument.location());
                self.record(coordinate, span, None);
                if let Some(ty) = definition
                    .as_ref()
                    .and_then(|d| d.argument_by_name(&argument.name))
                    .map(|a| a.ty.clone())
                {
                    self.value(&argument.value, &ty);
                }
            }
        }
    }

    /// Input fields and enum values written in a literal of type `ty`.
    fn value(&mut self, value: &Node<ast::Value>, ty: &Type) {
        walk_literal(self.schema.schema(), self, value, ty);
    }

    /// Deprecated input fields reachable from a variable's input type.
    fn variable_type(&mut self, variable: &Node<ast::VariableDefinition>) {
        let span = variable.ty.location().or(variable.location());
        let mut seen = HashSet::new();
        let mut stack = vec![variable.ty.inner_named_type().clone()];
        while let Some(name) = stack.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            let Some(ExtendedType::InputObject(input)) = self.schema.schema().types.get(&name)
            else {
                continue;
            };
            for (field_name, field) in &input.fields {
                let via = Some((variable.name.to_string(), name.to_string()));
                self.record(
                    Coordinate::input_field(name.as_str(), field_name.as_str()),
                    span,
                    via,
                );
                stack.push(field.ty.inner_named_type().clone());
            }
        }
    }
}
