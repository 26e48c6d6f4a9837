//! The schema coordinates one valid operation uses, in the notation of the schema diff.
//!
//! `direct` holds what validation checks: root types, type conditions, fields, arguments, the
//! types of variables and of literal arguments, input fields and enum values written in
//! literals, directives. `reachable` adds what the operation reads and what its variables may
//! carry: the types fields return (a type removed or changed there always comes with a change
//! of the field, which is the reason an operation breaks), and every input field and enum
//! value reachable from a variable's type, which a client fills at run time and validation
//! never sees.

use std::collections::HashSet;

use apollo_compiler::ast::{self, Type};
use apollo_compiler::executable::{ExecutableDocument, Selection, SelectionSet};
use apollo_compiler::schema::{ExtendedType, InputObjectType};
use apollo_compiler::{Name, Node, Schema};

use crate::engine::literal::{walk_literal, LiteralVisitor};

/// The coordinates an operation uses (`Type`, `Type.field`, `Type.field(arg:)`,
/// `Input.field`, `Enum.VALUE`, `@directive`, `@directive(arg:)`).
#[derive(Debug, Default)]
pub(super) struct Usage {
    /// What validation checks.
    pub direct: HashSet<String>,
    /// What the operation's variables may carry, on top of `direct`.
    pub reachable: HashSet<String>,
    /// The input object types written as object literals (whose fields validation checks).
    pub literal_objects: HashSet<String>,
}

impl Usage {
    /// Whether the operation uses `coordinate` in a way validation checks.
    pub(super) fn uses_directly(&self, coordinate: &str) -> bool {
        self.direct.contains(coordinate)
    }

    /// Whether the operation uses `coordinate` at all.
    pub(super) fn uses(&self, coordinate: &str) -> bool {
        self.direct.contains(coordinate) || self.reachable.contains(coordinate)
    }
}

/// Walks the one operation of `document` and the fragments it spreads.
pub(super) fn usage(schema: &Schema, document: &ExecutableDocument) -> Usage {
    let mut walker = Walker {
        schema,
        usage: Usage::default(),
    };
    for operation in document.operations.iter() {
        for variable in &operation.variables {
            walker.type_name(variable.ty.inner_named_type());
            if let Some(default) = &variable.default_value {
                walker.value(default, &variable.ty);
            }
            walker.reachable_from(variable.ty.inner_named_type());
        }
        walker.directives(&operation.directives);
        walker.type_name(&operation.selection_set.ty);
        walker.selection_set(&operation.selection_set);
    }
    for fragment in document.fragments.values() {
        walker.type_name(fragment.type_condition());
        walker.directives(&fragment.directives);
        walker.selection_set(&fragment.selection_set);
    }
    walker.usage
}

struct Walker<'s> {
    schema: &'s Schema,
    usage: Usage,
}

impl LiteralVisitor for Walker<'_> {
    fn object(
        &mut self,
        named: &Name,
        _input: Option<&Node<InputObjectType>>,
        _value: &Node<ast::Value>,
        _fields: &[(Name, Node<ast::Value>)],
    ) {
        self.type_name(named);
        self.usage.literal_objects.insert(named.to_string());
    }

    fn input_field(&mut self, named: &Name, field: &Name, _value: &Node<ast::Value>) {
        self.insert(format!("{named}.{field}"));
    }

    fn enum_value(&mut self, named: &Name, value: &Name, _node: &Node<ast::Value>) {
        self.type_name(named);
        self.insert(format!("{named}.{value}"));
    }

    fn leaf(&mut self, named: &Name, _value: &Node<ast::Value>) {
        self.type_name(named);
    }
}

impl Walker<'_> {
    fn insert(&mut self, coordinate: String) {
        self.usage.direct.insert(coordinate);
    }

    fn type_name(&mut self, name: &Name) {
        self.insert(name.to_string());
    }

    /// A type the operation only reads (see the module documentation).
    fn read_type(&mut self, name: &Name) {
        self.usage.reachable.insert(name.to_string());
    }

    fn selection_set(&mut self, set: &SelectionSet) {
        self.read_type(&set.ty);
        for selection in &set.selections {
            match selection {
                Selection::Field(field) => {
                    let coordinate = format!("{}.{}", set.ty, field.name);
                    self.read_type(field.definition.ty.inner_named_type());
                    for argument in &field.arguments {
                        self.insert(format!("{coordinate}({}:)", argument.name));
                        if let Some(definition) = field.definition.argument_by_name(&argument.name)
                        {
                            self.value(&argument.value, &definition.ty);
                        }
                    }
                    self.insert(coordinate);
                    self.directives(&field.directives);
                    self.selection_set(&field.selection_set);
                }
                Selection::InlineFragment(inline) => {
                    if let Some(condition) = &inline.type_condition {
                        self.type_name(condition);
                    }
                    self.directives(&inline.directives);
                    self.selection_set(&inline.selection_set);
                }
                Selection::FragmentSpread(spread) => self.directives(&spread.directives),
            }
        }
    }

    fn directives(&mut self, directives: &apollo_compiler::executable::DirectiveList) {
        for directive in directives.iter() {
            self.insert(format!("@{}", directive.name));
            for argument in &directive.arguments {
                self.insert(format!("@{}({}:)", directive.name, argument.name));
            }
        }
    }

    /// A literal of type `ty`: its named type, and the input fields and enum values written.
    fn value(&mut self, value: &Node<ast::Value>, ty: &Type) {
        walk_literal(self.schema, self, value, ty);
    }

    /// Every input type, input field and enum value a variable of type `name` may carry.
    fn reachable_from(&mut self, name: &Name) {
        let mut seen = HashSet::new();
        let mut stack = vec![name.clone()];
        while let Some(name) = stack.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            self.usage.reachable.insert(name.to_string());
            match self.schema.types.get(&name) {
                Some(ExtendedType::InputObject(input)) => {
                    for (field_name, field) in &input.fields {
                        self.usage.reachable.insert(format!("{name}.{field_name}"));
                        stack.push(field.ty.inner_named_type().clone());
                    }
                }
                Some(ExtendedType::Enum(values)) => {
                    for value in values.values.keys() {
                        self.usage.reachable.insert(format!("{name}.{value}"));
                    }
                }
                _ => {}
            }
        }
    }
}
