//! The parts of a selection that are not plain fields: the enum of type-conditioned
//! selections on an abstract type, and named fragments as shared structs.

use apollo_compiler::Name;
use proc_macro2::Ident;

use super::selection::{Collected, Conditioned, Part, Walker};
use super::Scope;
use crate::rust::error::CodegenError;
use crate::rust::model::{OnEnum, OnVariant, ResponseStruct};
use crate::rust::names::{pascal, Registry};

impl<'d> Walker<'_, '_, 'd> {
    /// The enum of the type-conditioned selections on `parent`: one variant (and struct) per
    /// concrete type they select, plus the unknown-type variant.
    pub(super) fn on_enum(
        &mut self,
        base: &str,
        parent: &str,
        conditioned: &[Conditioned<'d>],
        names: &mut Registry,
        nested: &mut Vec<ResponseStruct>,
    ) -> Result<OnEnum, CodegenError> {
        let possible = self.ctx.possible_types(parent);
        let mut concrete: Vec<String> = Vec::new();
        for item in conditioned {
            for ty in self
                .ctx
                .possible_types(&item.condition)
                .intersection(&possible)
            {
                if !concrete.contains(ty) {
                    concrete.push(ty.clone());
                }
            }
        }
        let enum_ident = self.ctx.names(self.scope).claim(&format!("{base}On"));
        let mut variant_names = Registry::default();
        let mut variants = Vec::new();
        for ty in &concrete {
            let struct_ident = self
                .ctx
                .names(self.scope)
                .claim(&format!("{enum_ident}{ty}"));
            let mut collected = Collected::default();
            for item in conditioned {
                if self.ctx.possible_types(&item.condition).contains(ty) {
                    match item.part {
                        Part::Inline(set) => {
                            self.collect(set, ty, item.conditional, &mut collected)
                        }
                        Part::Spread(name) => collected.spread(name, item.conditional),
                    }
                }
            }
            let description = self
                .ctx
                .valid()
                .types
                .get(ty.as_str())
                .and_then(|d| d.description());
            let docs = super::summary_and(
                format!("The fields selected on `{ty}`."),
                description.map(|d| d.as_str()),
            );
            let base = struct_ident.to_string();
            nested.extend(self.finish(struct_ident.clone(), &base, ty, collected, docs)?);
            variants.push(OnVariant {
                ident: variant_names.claim(ty),
                typename: ty.clone(),
                ty: struct_ident,
            });
        }
        Ok(OnEnum {
            field: names.claim("on"),
            ident: enum_ident,
            derives: self.ctx.options.derives(&["Debug", "Clone"]),
            parent_type: parent.to_owned(),
            variants,
            other: variant_names.claim_other(),
        })
    }

    /// The struct of a named fragment, analysed on first use into the shared types.
    pub(super) fn fragment(&mut self, name: &Name) -> Result<Ident, CodegenError> {
        if let Some(ident) = self.ctx.fragment_idents.get(name.as_str()) {
            return Ok(ident.clone());
        }
        let fragment = self
            .document
            .fragments
            .get(name)
            .ok_or_else(|| CodegenError::Internal {
                message: format!("fragment `{name}` is not in the document"),
            })?;
        let ident = self.ctx.shared_names.claim(&pascal(name));
        self.ctx
            .fragment_idents
            .insert(name.to_string(), ident.clone());
        let ty = fragment.type_condition();
        let description = self.ctx.valid().types.get(ty).and_then(|d| d.description());
        let docs = super::summary_and(
            format!("The fragment `{name}` on `{ty}`."),
            description.map(|d| d.as_str()),
        );
        let mut walker = Walker {
            ctx: &mut *self.ctx,
            document: self.document,
            scope: Scope::Shared,
        };
        let base = ident.to_string();
        let structs =
            walker.structure(ident.clone(), &base, ty, &[&fragment.selection_set], docs)?;
        self.ctx.fragments.extend(structs);
        Ok(ident)
    }
}
