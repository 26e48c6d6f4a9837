//! Conditions of `@skip`/`@include`: constants, variables, and their combinations.

use apollo_compiler::ast::Value;
use apollo_compiler::executable::DirectiveList;

/// When a response key is present, given the operation's variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cond {
    /// Always (or, negated, never).
    Const(bool),
    /// A Boolean variable, with its default in the operation; `negated` for `@skip`.
    Var {
        name: String,
        default: bool,
        negated: bool,
    },
    /// Every part holds.
    All(Vec<Cond>),
    /// Some part holds.
    Any(Vec<Cond>),
}

impl Cond {
    /// Both conditions, simplified.
    pub(crate) fn and(self, other: Cond) -> Cond {
        match (self, other) {
            (Cond::Const(true), other) | (other, Cond::Const(true)) => other,
            (Cond::Const(false), _) | (_, Cond::Const(false)) => Cond::Const(false),
            (Cond::All(mut parts), Cond::All(more)) => {
                parts.extend(more);
                Cond::All(parts)
            }
            (Cond::All(mut parts), other) | (other, Cond::All(mut parts)) => {
                parts.push(other);
                Cond::All(parts)
            }
            (left, right) if left == right => left,
            (left, right) => Cond::All(vec![left, right]),
        }
    }

    /// Either condition, simplified.
    pub(crate) fn or(self, other: Cond) -> Cond {
        match (self, other) {
            (Cond::Const(true), _) | (_, Cond::Const(true)) => Cond::Const(true),
            (Cond::Const(false), other) | (other, Cond::Const(false)) => other,
            (Cond::Any(mut parts), Cond::Any(more)) => {
                parts.extend(more);
                Cond::Any(parts)
            }
            (Cond::Any(mut parts), other) | (other, Cond::Any(mut parts)) => {
                parts.push(other);
                Cond::Any(parts)
            }
            (left, right) if left == right => left,
            (left, right) => Cond::Any(vec![left, right]),
        }
    }

    /// The condition of a selection's `@skip` and `@include` directives; `defaults` gives the
    /// default of each Boolean variable of the operation.
    pub(crate) fn of(directives: &DirectiveList, defaults: &dyn Fn(&str) -> bool) -> Cond {
        let mut cond = Cond::Const(true);
        for (directive, negated) in [("include", false), ("skip", true)] {
            let Some(directive) = directives.get(directive) else {
                continue;
            };
            let Some(argument) = directive.specified_argument_by_name("if") else {
                continue;
            };
            let part = match argument.as_ref() {
                Value::Boolean(value) => Cond::Const(*value != negated),
                Value::Variable(name) => Cond::Var {
                    name: name.to_string(),
                    default: defaults(name),
                    negated,
                },
                // Validation admits nothing else for a `Boolean!` argument.
                _ => Cond::Const(true),
            };
            cond = cond.and(part);
        }
        cond
    }
}
