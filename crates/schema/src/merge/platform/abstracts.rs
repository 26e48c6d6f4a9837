//! Implementations of interfaces and members of unions that the platform sources define for
//! abstract types the bundle has (e.g. the steps of `SmartFlexOnboardingStepInterface`, which
//! the bundle takes from EDF: without them `currentStep` can only be answered with an error).

use apollo_compiler::schema::{ComponentName, ExtendedType};
use apollo_compiler::Name;

use super::Layer;
use crate::merge::overlay::record_type;

impl Layer<'_> {
    /// Adds, for each interface and union of the bundle, the object types the newest platform
    /// source defining it lists as implementations or members: a type the bundle lacks is taken
    /// whole from that source; a union gains the member when the bundle has it as an object.
    pub(super) fn add_implementations(&mut self) {
        let abstracts: Vec<Name> = self
            .schema
            .types
            .iter()
            .filter(|(_, ty)| matches!(ty, ExtendedType::Interface(_) | ExtendedType::Union(_)))
            .map(|(name, _)| name.clone())
            .collect();
        for name in abstracts {
            let Some(source) = self
                .platform
                .iter()
                .find(|p| p.schema.types.contains_key(&name))
                .copied()
            else {
                continue;
            };
            let wanted: Vec<Name> = match source.schema.types.get(&name) {
                Some(ExtendedType::Union(union_)) => {
                    union_.members.iter().map(|m| m.name.clone()).collect()
                }
                Some(ExtendedType::Interface(_)) => source
                    .schema
                    .types
                    .iter()
                    .filter(|(_, ty)| match ty {
                        ExtendedType::Object(o) => {
                            o.implements_interfaces.iter().any(|i| i.name == name)
                        }
                        _ => false,
                    })
                    .map(|(object, _)| object.clone())
                    .collect(),
                _ => continue,
            };
            for member in wanted {
                let mut added = false;
                if !self.schema.types.contains_key(&member) {
                    if let Some(ty) = source.schema.types.get(&member) {
                        record_type(&member, ty, source.label, self.provenance);
                        self.schema.types.insert(member.clone(), ty.clone());
                        added = true;
                    }
                }
                let is_object = matches!(
                    self.schema.types.get(&member),
                    Some(ExtendedType::Object(_))
                );
                if let (Some(ExtendedType::Union(union_)), true) =
                    (self.schema.types.get_mut(&name), is_object)
                {
                    if !union_.members.iter().any(|m| m.name == member) {
                        union_
                            .make_mut()
                            .members
                            .insert(ComponentName::from(member.clone()));
                        added = true;
                    }
                }
                if added {
                    self.counts(source.label).implementations += 1;
                }
            }
        }
    }
}
