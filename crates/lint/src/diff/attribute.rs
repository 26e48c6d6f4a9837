//! Which operations each change touches, and which it breaks.
//!
//! A change touches an operation that uses its coordinate (for a required argument, the field;
//! for a union, enum or input type's members, the type). Only breaking and dangerous changes
//! list operations. A breaking change breaks an operation when the operation is broken (valid
//! against the old schema, invalid against the new) and uses the coordinate where validation
//! looks; when no change qualifies that way, the breaking changes the operation's variables
//! reach, and then every change it touches, are named instead, so that every broken operation
//! names at least one change.

use krakenql_schema::diff::{ChangeType, Criticality, SchemaChange};
use krakenql_schema::KrakenSchema;

use super::operations::CheckedOperation;
use super::usage::{usage, Usage};
use super::{AffectedOperation, BrokenOperation, InvalidOperation};

/// The attribution of a set of operations to a list of changes.
pub(super) struct Attributed {
    /// For each change, in order, the operations it touches.
    pub touched: Vec<Vec<AffectedOperation>>,
    /// The broken operations.
    pub broken: Vec<BrokenOperation>,
    /// The operations invalid against both schemas.
    pub invalid: Vec<InvalidOperation>,
}

/// How a change can reach an operation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Touch {
    /// Not at all.
    No,
    /// Through what the operation's variables may carry.
    Reachable,
    /// Where validation looks.
    Direct,
}

/// Attributes operations to changes (see the module documentation).
pub(super) fn attribute(
    old: &KrakenSchema,
    changes: &[SchemaChange],
    checked: &[CheckedOperation],
) -> Attributed {
    let mut touched: Vec<Vec<AffectedOperation>> = vec![Vec::new(); changes.len()];
    let mut broken = Vec::new();
    let mut invalid = Vec::new();
    for operation in checked {
        let document = match &operation.old {
            Ok(document) => document,
            Err(errors) => {
                if !operation.new_errors.is_empty() {
                    invalid.push(InvalidOperation {
                        at: operation.at.clone(),
                        errors: errors.clone(),
                    });
                }
                continue;
            }
        };
        let used = usage(old.schema(), document);
        let touches: Vec<Touch> = changes.iter().map(|change| touch(change, &used)).collect();
        let is_broken = !operation.new_errors.is_empty();
        let mut breaks = vec![false; changes.len()];
        if is_broken {
            broken.push(BrokenOperation {
                at: operation.at.clone(),
                errors: operation.new_errors.clone(),
            });
            let breaking = |index: usize| changes[index].criticality == Criticality::Breaking;
            let pick = |accept: &dyn Fn(usize) -> bool| -> Vec<usize> {
                (0..changes.len()).filter(|&index| accept(index)).collect()
            };
            let mut reasons = pick(&|i| breaking(i) && touches[i] == Touch::Direct);
            if reasons.is_empty() {
                reasons = pick(&|i| breaking(i) && touches[i] != Touch::No);
            }
            if reasons.is_empty() {
                reasons = pick(&|i| touches[i] != Touch::No);
            }
            for index in reasons {
                breaks[index] = true;
            }
        }
        for (index, change) in changes.iter().enumerate() {
            let listed = change.criticality != Criticality::Safe && touches[index] != Touch::No;
            if listed || breaks[index] {
                touched[index].push(AffectedOperation {
                    at: operation.at.clone(),
                    breaks: breaks[index],
                });
            }
        }
    }
    Attributed {
        touched,
        broken,
        invalid,
    }
}

/// How `change` reaches an operation that uses `used`.
fn touch(change: &SchemaChange, used: &Usage) -> Touch {
    let coordinate = change.coordinate.as_str();
    // The coordinate whose use means the change applies: for a new required argument the
    // field, for new members of an input object or enum the type.
    let subject = match change.kind {
        ChangeType::RequiredArgAdded | ChangeType::ArgDefaultValueChange => coordinate
            .split_once('(')
            .map_or(coordinate, |(field, _)| field),
        ChangeType::RequiredInputFieldAdded
        | ChangeType::OptionalInputFieldAdded
        | ChangeType::InputFieldDefaultValueChange
        | ChangeType::ValueAddedToEnum => {
            coordinate.split_once('.').map_or(coordinate, |(ty, _)| ty)
        }
        ChangeType::OptionalArgAdded => return Touch::No,
        _ => coordinate,
    };
    let direct = if change.kind == ChangeType::RequiredInputFieldAdded {
        used.literal_objects.contains(subject)
    } else {
        used.uses_directly(subject)
    };
    if direct {
        Touch::Direct
    } else if used.uses(subject) {
        Touch::Reachable
    } else {
        Touch::No
    }
}
