//! Items the platform sources define on types the bundle has: fields, optional arguments,
//! optional input fields and enum values, and interface fields stated on every implementation.

use apollo_compiler::ast::{FieldDefinition, InputValueDefinition};
use apollo_compiler::collections::IndexMap;
use apollo_compiler::schema::{Component, ExtendedType};
use apollo_compiler::{Name, Node};

use super::{Layer, Precedence};
use crate::codes;
use crate::coordinate::Coordinate;
use crate::diagnostic::Diagnostic;

impl Layer<'_> {
    /// Adds the items of every platform source to the types the bundle has, newest source
    /// first, so the newest source that defines an item speaks for it.
    pub(super) fn add_items(&mut self) {
        let names: Vec<Name> = self
            .schema
            .types
            .iter()
            .filter(|(_, ty)| !ty.is_built_in())
            .map(|(name, _)| name.clone())
            .collect();
        let mut required = Vec::new();
        // The bundle's types before any addition, to check that an added item's types mean
        // the same kind of type here as in its source.
        let before = self.schema.clone();
        for name in &names {
            for source in self.platform {
                let fits = |ty: &apollo_compiler::ast::Type| same_kind(&before, source.schema, ty);
                let Some(theirs) = source.schema.types.get(name) else {
                    continue;
                };
                let Some(ours) = self.schema.types.get_mut(name) else {
                    continue;
                };
                let mut added = Added::default();
                match (ours, theirs) {
                    (ExtendedType::Object(ours), ExtendedType::Object(theirs)) => {
                        add_fields(
                            name,
                            &mut ours.make_mut().fields,
                            &theirs.fields,
                            &mut added,
                            self.precedence,
                            &fits,
                        );
                    }
                    (ExtendedType::InputObject(ours), ExtendedType::InputObject(theirs)) => {
                        let ours = ours.make_mut();
                        for (field_name, field) in &theirs.fields {
                            if ours.fields.contains_key(field_name) {
                                continue;
                            }
                            let coordinate =
                                Coordinate::input_field(name.as_str(), field_name.as_str());
                            if is_required(field) {
                                added.required.push(coordinate);
                                continue;
                            }
                            if !fits(&field.ty) {
                                continue;
                            }
                            ours.fields.insert(field_name.clone(), field.clone());
                            added.input_fields.push(coordinate);
                        }
                    }
                    (ExtendedType::Enum(ours), ExtendedType::Enum(theirs)) => {
                        let ours = ours.make_mut();
                        for (value_name, value) in &theirs.values {
                            if !ours.values.contains_key(value_name) {
                                ours.values.insert(value_name.clone(), value.clone());
                                added.enum_values.push(Coordinate::enum_value(
                                    name.as_str(),
                                    value_name.as_str(),
                                ));
                            }
                        }
                    }
                    _ => {}
                }
                required.extend(
                    added
                        .required
                        .iter()
                        .map(|c| format!("{c} ({})", source.label)),
                );
                self.record(source.label, added);
            }
        }
        for name in &names {
            for source in self.platform {
                let ours_is_interface = matches!(
                    self.schema.types.get(name),
                    Some(ExtendedType::Interface(_))
                );
                if let (true, Some(ExtendedType::Interface(theirs))) =
                    (ours_is_interface, source.schema.types.get(name))
                {
                    self.add_interface_fields(name, &theirs.fields, source.label, source.schema);
                }
            }
        }
        if !required.is_empty() {
            self.outcome.notes.push(Diagnostic::note(
                codes::PLATFORM_REQUIRED_INPUT,
                format!(
                    "{} required arguments or input fields that platform sources define on items the bundle has were left out, so that operations valid against the UK sources stay valid: {}",
                    required.len(),
                    required.join(", ")
                ),
            ));
        }
    }

    /// Records added items in the provenance and the counts of their source.
    fn record(&mut self, source: &str, added: Added) {
        let counts = self.counts(source);
        counts.fields += added.fields.len();
        counts.arguments += added.arguments.len();
        counts.input_fields += added.input_fields.len();
        counts.enum_values += added.enum_values.len();
        for coordinate in added
            .fields
            .into_iter()
            .chain(added.arguments)
            .chain(added.input_fields)
            .chain(added.enum_values)
        {
            self.provenance.define(coordinate, source);
        }
    }

    /// Adds the fields (and optional arguments) an interface of the platform has and ours lacks,
    /// when every implementation in the bundle has the field with the same type the platform
    /// source gives it; otherwise leaves it out with a note.
    fn add_interface_fields(
        &mut self,
        interface: &Name,
        theirs: &IndexMap<Name, Component<FieldDefinition>>,
        source: &str,
        source_schema: &apollo_compiler::Schema,
    ) {
        let implementations: Vec<Name> = self
            .schema
            .types
            .iter()
            .filter(|(_, ty)| match ty {
                ExtendedType::Object(o) => {
                    o.implements_interfaces.iter().any(|i| i.name == *interface)
                }
                ExtendedType::Interface(i) => {
                    i.implements_interfaces.iter().any(|i| i.name == *interface)
                }
                _ => false,
            })
            .map(|(name, _)| name.clone())
            .collect();
        let mut added = Added::default();
        for (field_name, field) in theirs {
            if !self.precedence.allows_field(interface, field_name)
                || !same_kind(self.schema, source_schema, &field.ty)
                || !field
                    .arguments
                    .iter()
                    .all(|a| same_kind(self.schema, source_schema, &a.ty))
            {
                continue;
            }
            let present = match self.schema.types.get(interface) {
                Some(ExtendedType::Interface(ours)) => ours.fields.get(field_name).cloned(),
                _ => return,
            };
            let missing: Vec<&Name> = implementations
                .iter()
                .filter(|implementation| {
                    let ours = self.schema.type_field(implementation, field_name).ok();
                    let stated = source_schema.type_field(implementation, field_name).ok();
                    match (ours, stated) {
                        (Some(ours), Some(stated)) => ours.ty != stated.ty,
                        (Some(ours), None) => ours.ty != field.ty,
                        (None, _) => true,
                    }
                })
                .collect();
            match present {
                Some(ours_field) => {
                    // Optional arguments the platform adds, when every implementation has them.
                    for argument in &field.arguments {
                        if ours_field.arguments.iter().any(|a| a.name == argument.name)
                            || is_required(argument)
                        {
                            continue;
                        }
                        let everywhere = implementations.iter().all(|implementation| {
                            self.schema
                                .type_field(implementation, field_name)
                                .is_ok_and(|f| f.arguments.iter().any(|a| a.name == argument.name))
                        });
                        if everywhere {
                            if let Some(ExtendedType::Interface(ours)) =
                                self.schema.types.get_mut(interface)
                            {
                                if let Some(target) = ours.make_mut().fields.get_mut(field_name) {
                                    target.make_mut().arguments.push(argument.clone());
                                    added.arguments.push(Coordinate::argument(
                                        interface.as_str(),
                                        field_name.as_str(),
                                        argument.name.as_str(),
                                    ));
                                }
                            }
                        }
                    }
                }
                None if !missing.is_empty()
                    && self.stated_by_reference(interface, field_name, &missing) =>
                {
                    // The reference lists the field on the interface of the UK API, so every UK
                    // implementation has it; those no platform source defines take the
                    // interface's definition (its type fits any implementation's).
                    let names: Vec<Name> = missing.iter().map(|n| (*n).clone()).collect();
                    for implementation in &names {
                        let target = match self.schema.types.get_mut(implementation) {
                            Some(ExtendedType::Object(o)) => &mut o.make_mut().fields,
                            Some(ExtendedType::Interface(i)) => &mut i.make_mut().fields,
                            _ => continue,
                        };
                        target.insert(field_name.clone(), field.clone());
                        added.fields.push(Coordinate::field(
                            implementation.as_str(),
                            field_name.as_str(),
                        ));
                    }
                    if let Some(ExtendedType::Interface(ours)) =
                        self.schema.types.get_mut(interface)
                    {
                        ours.make_mut()
                            .fields
                            .insert(field_name.clone(), field.clone());
                        added
                            .fields
                            .push(Coordinate::field(interface.as_str(), field_name.as_str()));
                    }
                    let shown: Vec<&str> = names.iter().map(|n| n.as_str()).collect();
                    self.outcome.notes.push(Diagnostic::note(
                        codes::PLATFORM_INTERFACE_FIELD,
                        format!(
                            "`{interface}.{field_name}` is defined by {source} and listed on the interface by the reference; {} (defined by no platform source) take the interface's definition",
                            shown.join(", ")
                        ),
                    ));
                }
                None if missing.is_empty() => {
                    if let Some(ExtendedType::Interface(ours)) =
                        self.schema.types.get_mut(interface)
                    {
                        ours.make_mut()
                            .fields
                            .insert(field_name.clone(), field.clone());
                        added
                            .fields
                            .push(Coordinate::field(interface.as_str(), field_name.as_str()));
                    }
                }
                None => {
                    let names: Vec<&str> = missing.iter().map(|n| n.as_str()).collect();
                    self.outcome.notes.push(Diagnostic::note(
                        codes::PLATFORM_INTERFACE_FIELD,
                        format!(
                            "`{interface}.{field_name}` is defined by {source}, which does not state it (with the same type) on every implementation the bundle has ({}); not added",
                            names.join(", ")
                        ),
                    ));
                }
            }
        }
        self.record(source, added);
    }
}

impl Layer<'_> {
    /// Whether the reference lists `field` on `interface` and every implementation lacking it
    /// is a UK-only type that no platform source defines.
    fn stated_by_reference(&self, interface: &Name, field: &Name, missing: &[&Name]) -> bool {
        let listed = self
            .precedence
            .field_lists
            .get(interface.as_str())
            .is_some_and(|fields| fields.contains(field.as_str()));
        listed
            && missing.iter().all(|implementation| {
                self.schema.type_field(implementation, field).is_err()
                    && !self
                        .platform
                        .iter()
                        .any(|p| p.schema.types.contains_key(*implementation))
            })
    }
}

/// The items one source added to one type.
#[derive(Default)]
struct Added {
    fields: Vec<Coordinate>,
    arguments: Vec<Coordinate>,
    input_fields: Vec<Coordinate>,
    enum_values: Vec<Coordinate>,
    required: Vec<Coordinate>,
}

/// Adds the fields `theirs` has and `ours` lacks, and the optional arguments of shared fields.
fn add_fields(
    type_name: &Name,
    ours: &mut IndexMap<Name, Component<FieldDefinition>>,
    theirs: &IndexMap<Name, Component<FieldDefinition>>,
    added: &mut Added,
    precedence: &Precedence,
    fits: &dyn Fn(&apollo_compiler::ast::Type) -> bool,
) {
    for (field_name, field) in theirs {
        let Some(existing) = ours.get_mut(field_name) else {
            if !precedence.allows_field(type_name, field_name)
                || !fits(&field.ty)
                || !field.arguments.iter().all(|a| fits(&a.ty))
            {
                continue;
            }
            ours.insert(field_name.clone(), field.clone());
            added
                .fields
                .push(Coordinate::field(type_name.as_str(), field_name.as_str()));
            continue;
        };
        for argument in &field.arguments {
            if existing.arguments.iter().any(|a| a.name == argument.name) {
                continue;
            }
            let coordinate = Coordinate::argument(
                type_name.as_str(),
                field_name.as_str(),
                argument.name.as_str(),
            );
            if is_required(argument) {
                added.required.push(coordinate);
                continue;
            }
            if !fits(&argument.ty) {
                continue;
            }
            existing.make_mut().arguments.push(argument.clone());
            added.arguments.push(coordinate);
        }
    }
}

/// Whether the type a source gives an item names, in the bundle, the same kind of type (or a
/// type the bundle lacks, which is then taken from a platform source).
pub(super) fn same_kind(
    ours: &apollo_compiler::Schema,
    theirs: &apollo_compiler::Schema,
    ty: &apollo_compiler::ast::Type,
) -> bool {
    let name = ty.inner_named_type();
    match (ours.types.get(name), theirs.types.get(name)) {
        (Some(ours), Some(theirs)) => {
            std::mem::discriminant(ours) == std::mem::discriminant(theirs)
        }
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// Whether an argument or input field must be given: non-null without a default.
fn is_required(value: &Node<InputValueDefinition>) -> bool {
    value.ty.is_non_null() && value.default_value.is_none()
}
