//! Keeping every object and interface consistent with the interfaces it implements after the
//! platform layer added types and fields: a field an interface declares is taken from the
//! platform's same coordinate when the implementation lacks it, an argument the interface
//! field declares is copied, interfaces implemented transitively are declared, and where none
//! of that can make the implementation valid it no longer claims the interface (with a note).

use apollo_compiler::ast::Type;
use apollo_compiler::schema::{ComponentName, ExtendedType};
use apollo_compiler::{Name, Schema};

use super::additions::same_kind;
use super::Layer;
use crate::codes;
use crate::coordinate::Coordinate;
use crate::diagnostic::Diagnostic;

impl Layer<'_> {
    /// Repairs or drops every `implements` the bundle's types cannot honour.
    pub(super) fn keep_consistent(&mut self) {
        // Each pass can only add fields or remove claims, so a handful of passes settle.
        for _ in 0..8 {
            if !self.repair_pass() {
                return;
            }
        }
    }

    /// One pass over every type; returns whether anything changed.
    fn repair_pass(&mut self) -> bool {
        let mut changed = false;
        let implementors: Vec<(Name, Vec<Name>)> = self
            .schema
            .types
            .iter()
            .filter_map(|(name, ty)| match ty {
                ExtendedType::Object(o) => Some((name.clone(), names(&o.implements_interfaces))),
                ExtendedType::Interface(i) => Some((name.clone(), names(&i.implements_interfaces))),
                _ => None,
            })
            .collect();
        for (type_name, interfaces) in implementors {
            for interface_name in &interfaces {
                let Some(interface) = self.schema.get_interface(interface_name).cloned() else {
                    continue;
                };
                for inherited in &interface.implements_interfaces {
                    if !interfaces.contains(&inherited.name) {
                        self.claims_mut(&type_name, |claims| {
                            claims.insert(inherited.clone());
                        });
                        changed = true;
                    }
                }
                let mut problem = None;
                for (field_name, field) in &interface.fields {
                    if self.schema.type_field(&type_name, field_name).is_err() {
                        let taken = self.platform.iter().find_map(|p| {
                            p.schema
                                .type_field(&type_name, field_name)
                                .ok()
                                .filter(|f| same_kind(self.schema, p.schema, &f.ty))
                                .map(|f| (p.label, f.clone()))
                        });
                        match taken {
                            Some((label, definition)) => {
                                self.fields_mut(&type_name, |fields| {
                                    fields.insert(field_name.clone(), definition);
                                });
                                self.provenance.define(
                                    Coordinate::field(type_name.as_str(), field_name.as_str()),
                                    label,
                                );
                                self.counts(label).fields += 1;
                                changed = true;
                            }
                            None => {
                                problem = Some(format!("it lacks `{field_name}`"));
                                break;
                            }
                        }
                    }
                    let Ok(ours) = self.schema.type_field(&type_name, field_name) else {
                        continue;
                    };
                    if !is_subtype(self.schema, &ours.ty, &field.ty) {
                        problem = Some(format!(
                            "its `{field_name}: {}` does not fit the interface's `{}`",
                            ours.ty, field.ty
                        ));
                        break;
                    }
                    let missing: Vec<_> = field
                        .arguments
                        .iter()
                        .filter(|a| !ours.arguments.iter().any(|o| o.name == a.name))
                        .cloned()
                        .collect();
                    if !missing.is_empty() {
                        self.fields_mut(&type_name, |fields| {
                            if let Some(target) = fields.get_mut(field_name) {
                                target.make_mut().arguments.extend(missing);
                            }
                        });
                        changed = true;
                    }
                }
                if let Some(problem) = problem {
                    self.claims_mut(&type_name, |claims| {
                        claims.retain(|claim| claim.name != *interface_name);
                    });
                    self.outcome.notes.push(Diagnostic::note(
                        codes::PLATFORM_IMPLEMENTATION_DROPPED,
                        format!("`{type_name}` no longer claims to implement `{interface_name}`: {problem}, and no platform source defines it"),
                    ));
                    changed = true;
                }
            }
        }
        changed
    }

    fn claims_mut(
        &mut self,
        type_name: &Name,
        change: impl FnOnce(&mut apollo_compiler::collections::IndexSet<ComponentName>),
    ) {
        match self.schema.types.get_mut(type_name) {
            Some(ExtendedType::Object(o)) => change(&mut o.make_mut().implements_interfaces),
            Some(ExtendedType::Interface(i)) => change(&mut i.make_mut().implements_interfaces),
            _ => {}
        }
    }

    fn fields_mut(
        &mut self,
        type_name: &Name,
        change: impl FnOnce(
            &mut apollo_compiler::collections::IndexMap<
                Name,
                apollo_compiler::schema::Component<apollo_compiler::ast::FieldDefinition>,
            >,
        ),
    ) {
        match self.schema.types.get_mut(type_name) {
            Some(ExtendedType::Object(o)) => change(&mut o.make_mut().fields),
            Some(ExtendedType::Interface(i)) => change(&mut i.make_mut().fields),
            _ => {}
        }
    }
}

fn names(set: &apollo_compiler::collections::IndexSet<ComponentName>) -> Vec<Name> {
    set.iter().map(|c| c.name.clone()).collect()
}

/// Whether a field of type `sub` may implement an interface field of type `sup` (GraphQL's
/// covariance: non-null fits nullable, lists fit lists of fitting items, an object fits an
/// interface it implements or a union it is a member of).
pub(super) fn is_subtype(schema: &Schema, sub: &Type, sup: &Type) -> bool {
    match (sub, sup) {
        (Type::NonNullNamed(a), Type::NonNullNamed(b))
        | (Type::NonNullNamed(a), Type::Named(b)) => named_fits(schema, a, b),
        (Type::Named(a), Type::Named(b)) => named_fits(schema, a, b),
        (Type::NonNullList(a), Type::NonNullList(b))
        | (Type::NonNullList(a), Type::List(b))
        | (Type::List(a), Type::List(b)) => is_subtype(schema, a, b),
        _ => false,
    }
}

fn named_fits(schema: &Schema, sub: &Name, sup: &Name) -> bool {
    if sub == sup {
        return true;
    }
    match (schema.types.get(sub), schema.types.get(sup)) {
        (Some(ExtendedType::Object(o)), Some(ExtendedType::Interface(_))) => {
            o.implements_interfaces.iter().any(|i| i.name == *sup)
        }
        (Some(ExtendedType::Interface(o)), Some(ExtendedType::Interface(_))) => {
            o.implements_interfaces.iter().any(|i| i.name == *sup)
        }
        (Some(ExtendedType::Object(_)), Some(ExtendedType::Union(u))) => {
            u.members.iter().any(|m| m.name == *sub)
        }
        _ => false,
    }
}
