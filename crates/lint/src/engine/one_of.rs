//! The "OneOf Input Objects" rules of the GraphQL specification (September 2025 edition), which
//! apollo-compiler 1.33 does not check: a literal of a `@oneOf` input object names exactly one
//! field, that field is not `null`, and a variable that fills it is of a non-null type.

use std::collections::HashSet;

use apollo_compiler::ast::{self, Type};
use apollo_compiler::executable::{ExecutableDocument, Operation, Selection, SelectionSet};
use apollo_compiler::parser::SourceSpan;
use apollo_compiler::schema::InputObjectType;
use apollo_compiler::{Name, Node, Schema};

use super::literal::{walk_literal, LiteralVisitor};

/// One violation: where, and the message.
pub(crate) type Violation = (Option<SourceSpan>, String);

/// Every violation in the operations of `document`, following fragment spreads (so that a
/// variable used inside a fragment is judged by the operation's declaration). A fragment used
/// by several operations gives its literal violations once per operation; the caller removes
/// the repeats.
pub(crate) fn one_of_violations(schema: &Schema, document: &ExecutableDocument) -> Vec<Violation> {
    let mut checker = Checker {
        schema,
        document,
        variables: Vec::new(),
        seen_fragments: HashSet::new(),
        violations: Vec::new(),
    };
    for operation in document.operations.iter() {
        checker.operation(operation);
    }
    // Fragments no operation spreads are checked on their own, without variable types.
    for (name, fragment) in &document.fragments {
        if checker.seen_fragments.insert(name.clone()) {
            checker.variables.clear();
            checker.selection_set(&fragment.selection_set);
        }
    }
    checker.violations
}

struct Checker<'a> {
    schema: &'a Schema,
    document: &'a ExecutableDocument,
    variables: Vec<Node<ast::VariableDefinition>>,
    seen_fragments: HashSet<Name>,
    violations: Vec<Violation>,
}

impl LiteralVisitor for Checker<'_> {
    fn object(
        &mut self,
        named: &Name,
        input: Option<&Node<InputObjectType>>,
        value: &Node<ast::Value>,
        fields: &[(Name, Node<ast::Value>)],
    ) {
        if input.is_some_and(|input| input.directives.get("oneOf").is_some()) {
            self.one_of_literal(named, value, fields);
        }
    }
}

impl Checker<'_> {
    fn operation(&mut self, operation: &Node<Operation>) {
        self.variables = operation.variables.clone();
        let mut visited = HashSet::new();
        for variable in &operation.variables {
            if let Some(default) = &variable.default_value {
                self.value(default, &variable.ty);
            }
        }
        self.directives(&operation.directives);
        self.walk(&operation.selection_set, &mut visited);
    }

    /// A selection set and the fragments it spreads, each fragment once per operation.
    fn walk(&mut self, set: &SelectionSet, visited: &mut HashSet<Name>) {
        for selection in &set.selections {
            match selection {
                Selection::Field(field) => {
                    for argument in &field.arguments {
                        if let Some(definition) = field.definition.argument_by_name(&argument.name)
                        {
                            self.value(&argument.value, &definition.ty);
                        }
                    }
                    self.directives(&field.directives);
                    self.walk(&field.selection_set, visited);
                }
                Selection::InlineFragment(inline) => {
                    self.directives(&inline.directives);
                    self.walk(&inline.selection_set, visited);
                }
                Selection::FragmentSpread(spread) => {
                    self.directives(&spread.directives);
                    if visited.insert(spread.fragment_name.clone()) {
                        self.seen_fragments.insert(spread.fragment_name.clone());
                        if let Some(fragment) = self.document.fragments.get(&spread.fragment_name) {
                            self.directives(&fragment.directives);
                            self.walk(&fragment.selection_set, visited);
                        }
                    }
                }
            }
        }
    }

    /// A fragment's selection set checked alone.
    fn selection_set(&mut self, set: &SelectionSet) {
        let mut visited = HashSet::new();
        self.walk(set, &mut visited);
    }

    fn directives(&mut self, list: &ast::DirectiveList) {
        for directive in list.iter() {
            let Some(definition) = self.schema.directive_definitions.get(&directive.name) else {
                continue;
            };
            for argument in &directive.arguments {
                if let Some(ty) = definition.argument_by_name(&argument.name) {
                    let ty = ty.ty.clone();
                    self.value(&argument.value, &ty);
                }
            }
        }
    }

    /// Checks a literal of type `ty`, and every literal nested in it.
    fn value(&mut self, value: &Node<ast::Value>, ty: &Type) {
        walk_literal(self.schema, self, value, ty);
    }

    /// The three rules on one literal of the one-of input object `named`.
    fn one_of_literal(
        &mut self,
        named: &Name,
        value: &Node<ast::Value>,
        fields: &[(Name, Node<ast::Value>)],
    ) {
        let [(field, field_value)] = fields else {
            self.violations.push((
                value.location(),
                format!(
                    "`{named}` is a one-of input object (`@oneOf`): give exactly one of its fields, not {}",
                    fields.len()
                ),
            ));
            return;
        };
        match field_value.as_ref() {
            ast::Value::Null => self.violations.push((
                field_value.location().or(value.location()),
                format!(
                    "field `{named}.{field}` of the one-of input object `{named}` must not be `null`"
                ),
            )),
            ast::Value::Variable(variable) => {
                let nullable = self
                    .variables
                    .iter()
                    .find(|definition| definition.name == *variable)
                    .is_some_and(|definition| !definition.ty.is_non_null());
                if nullable {
                    self.violations.push((
                        field_value.location().or(value.location()),
                        format!(
                            "variable `${variable}` fills field `{named}.{field}` of the one-of input object `{named}`, so its type must be non-null (add `!`)"
                        ),
                    ));
                }
            }
            _ => {}
        }
    }
}
