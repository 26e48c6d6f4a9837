//! The rewrite of a reference query to what our schema can answer: fragment spreads become
//! `__typename`, and fields it cannot answer are dropped with their response paths recorded.

use apollo_compiler::ast::{self, Selection};
use apollo_compiler::schema::{ExtendedType, FieldDefinition};
use apollo_compiler::{Name, Node, Schema};
use serde_json::Value;

/// The response paths of the fields a rewrite dropped.
#[derive(Default)]
pub(crate) struct Dropped {
    pub required_argument: Vec<String>,
    pub unknown: Vec<String>,
}

fn typename_field() -> Selection {
    Selection::Field(Node::new(ast::Field {
        alias: None,
        name: Name::new_unchecked("__typename"),
        arguments: Vec::new(),
        directives: Default::default(),
        selection_set: Vec::new(),
    }))
}

/// Replaces fragment spreads by `__typename`; drops fields with a missing required argument and
/// fields our schema does not define (a selection left empty selects `__typename`); drops the
/// selection of fields whose type is a leaf in our schema.
pub(crate) fn rewrite(
    schema: &Schema,
    parent: &Name,
    selections: &mut Vec<Selection>,
    path: &str,
    dropped: &mut Dropped,
) {
    let mut kept = Vec::with_capacity(selections.len());
    for selection in selections.drain(..) {
        match selection {
            Selection::FragmentSpread(_) => kept.push(typename_field()),
            Selection::InlineFragment(mut inline) => {
                let ty = inline
                    .type_condition
                    .clone()
                    .unwrap_or_else(|| parent.clone());
                let inline_mut = inline.make_mut();
                rewrite(schema, &ty, &mut inline_mut.selection_set, path, dropped);
                kept.push(Selection::InlineFragment(inline));
            }
            Selection::Field(mut field) => {
                let key = field.response_name().to_string();
                let field_path = if path.is_empty() {
                    key
                } else {
                    format!("{path}.{key}")
                };
                if field.name == "__typename" {
                    kept.push(Selection::Field(field));
                    continue;
                }
                let Some(definition) = find_field(schema, parent, &field.name) else {
                    dropped.unknown.push(field_path);
                    continue;
                };
                let missing = definition.arguments.iter().any(|argument| {
                    argument.is_required()
                        && !field
                            .arguments
                            .iter()
                            .any(|given| given.name == argument.name)
                });
                if missing {
                    dropped.required_argument.push(field_path);
                    continue;
                }
                let inner = definition.ty.inner_named_type().clone();
                let field_mut = field.make_mut();
                if schema.types.get(&inner).is_some_and(ExtendedType::is_leaf) {
                    field_mut.selection_set.clear();
                } else {
                    rewrite(
                        schema,
                        &inner,
                        &mut field_mut.selection_set,
                        &field_path,
                        dropped,
                    );
                }
                kept.push(Selection::Field(field));
            }
        }
    }
    if kept.is_empty() {
        kept.push(typename_field());
    }
    *selections = kept;
}

/// A field of a type, or of one of its possible types when it is abstract.
pub(crate) fn find_field<'s>(
    schema: &'s Schema,
    ty: &str,
    field: &str,
) -> Option<&'s FieldDefinition> {
    if let Ok(definition) = schema.type_field(ty, field) {
        return Some(&*definition.node);
    }
    krakenql_schema::examples::possible_object_types(schema, ty)
        .iter()
        .find_map(|object| schema.type_field(object, field).ok())
        .map(|definition| &*definition.node)
}

/// Removes the member at a dotted path, through every list element.
pub(crate) fn drop_path(value: &mut Value, path: &str) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|item| drop_path(item, path)),
        Value::Object(map) => match path.split_once('.') {
            None => {
                map.shift_remove(path);
            }
            Some((head, rest)) => {
                if let Some(child) = map.get_mut(head) {
                    drop_path(child, rest);
                }
            }
        },
        _ => {}
    }
}
