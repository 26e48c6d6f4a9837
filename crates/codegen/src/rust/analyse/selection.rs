//! Selection sets into response structs: fields merged by response key, named fragments kept
//! as their shared structs, and type-conditioned selections on abstract types as an enum.

use apollo_compiler::ast::{DirectiveList, Type};
use apollo_compiler::executable::Selection;
use apollo_compiler::executable::{ExecutableDocument, Field, SelectionSet};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{Name, Node};
use indexmap::IndexMap;
use krakenql_schema::Coordinate;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{docs_or, Ctx, Scope};
use crate::rust::error::CodegenError;
use crate::rust::model::{ResponseField, ResponseStruct, SpreadPart};
use crate::rust::names::{pascal, snake, Registry};

/// One occurrence of a response key, and the type of the selection set it is in.
pub(super) struct Occurrence<'d> {
    field: &'d Node<Field>,
    parent: &'d str,
    conditional: bool,
}

/// A selection that applies only to some of the concrete types of an abstract selection.
pub(super) struct Conditioned<'d> {
    pub condition: String,
    pub part: Part<'d>,
    pub conditional: bool,
}

pub(super) enum Part<'d> {
    Inline(&'d SelectionSet),
    Spread(&'d Name),
}

/// What the selection sets of one struct hold.
#[derive(Default)]
pub(super) struct Collected<'d> {
    fields: IndexMap<Name, Vec<Occurrence<'d>>>,
    spreads: IndexMap<&'d Name, bool>,
    conditioned: Vec<Conditioned<'d>>,
}

impl<'d> Collected<'d> {
    /// The fragment, when the selection is nothing but one unconditional spread: the field
    /// then holds the fragment's struct itself.
    fn only_spread(&self) -> Option<&'d Name> {
        match self.spreads.iter().collect::<Vec<_>>().as_slice() {
            [(name, false)] if self.fields.is_empty() && self.conditioned.is_empty() => Some(*name),
            _ => None,
        }
    }

    pub(super) fn spread(&mut self, name: &'d Name, conditional: bool) {
        let entry = self.spreads.entry(name).or_insert(true);
        *entry = *entry && conditional;
    }
}

/// Walks the selections of one document, claiming names and recording used types.
pub(super) struct Walker<'c, 'a, 'd> {
    pub ctx: &'c mut Ctx<'a>,
    pub document: &'d ExecutableDocument,
    pub scope: Scope,
}

impl<'d> Walker<'_, '_, 'd> {
    /// The struct `ident` for the merged selection sets on `ty`, then its nested structs.
    pub(super) fn structure(
        &mut self,
        ident: Ident,
        base: &str,
        ty: &str,
        sets: &[&'d SelectionSet],
        docs: Vec<String>,
    ) -> Result<Vec<ResponseStruct>, CodegenError> {
        let mut collected = Collected::default();
        for set in sets {
            self.collect(set, ty, false, &mut collected);
        }
        self.finish(ident, base, ty, collected, docs)
    }

    pub(super) fn collect(
        &mut self,
        set: &'d SelectionSet,
        target: &str,
        conditional: bool,
        out: &mut Collected<'d>,
    ) {
        for selection in &set.selections {
            let conditional = conditional || is_conditional(selection.directives());
            let (condition, part) = match selection {
                Selection::Field(field) => {
                    out.fields
                        .entry(field.response_key().clone())
                        .or_default()
                        .push(Occurrence {
                            field,
                            parent: set.ty.as_str(),
                            conditional,
                        });
                    continue;
                }
                Selection::InlineFragment(inline) => (
                    inline.type_condition.as_ref().unwrap_or(&set.ty),
                    Part::Inline(&inline.selection_set),
                ),
                Selection::FragmentSpread(spread) => {
                    let Some(fragment) = self.document.fragments.get(&spread.fragment_name) else {
                        continue;
                    };
                    (
                        fragment.type_condition(),
                        Part::Spread(&spread.fragment_name),
                    )
                }
            };
            if self.ctx.always_applies(target, condition) {
                match part {
                    Part::Inline(inner) => self.collect(inner, target, conditional, out),
                    Part::Spread(name) => out.spread(name, conditional),
                }
            } else if !self
                .ctx
                .possible_types(target)
                .is_disjoint(&self.ctx.possible_types(condition))
            {
                out.conditioned.push(Conditioned {
                    condition: condition.to_string(),
                    part,
                    conditional,
                });
            }
        }
    }

    pub(super) fn finish(
        &mut self,
        ident: Ident,
        base: &str,
        ty: &str,
        collected: Collected<'d>,
        docs: Vec<String>,
    ) -> Result<Vec<ResponseStruct>, CodegenError> {
        let mut nested = Vec::new();
        let mut names = Registry::default();
        let mut fields = Vec::new();
        for (key, occurrences) in &collected.fields {
            fields.push(self.field(base, key, occurrences, &mut names, &mut nested)?);
        }
        let mut spreads = Vec::new();
        for (fragment, conditional) in &collected.spreads {
            let fragment_ident = self.fragment(fragment)?;
            let prefix = self.ctx.prefix(self.scope);
            spreads.push(SpreadPart {
                ident: names.claim(&snake(fragment)),
                fragment: fragment.to_string(),
                ty: quote!(#prefix #fragment_ident),
                conditional: *conditional,
            });
        }
        let on = if collected.conditioned.is_empty() {
            None
        } else {
            Some(self.on_enum(base, ty, &collected.conditioned, &mut names, &mut nested)?)
        };
        let mut structs = vec![ResponseStruct {
            ident,
            runtime: self.ctx.options.runtime.clone(),
            docs,
            derives: self.ctx.options.derives(&["Debug", "Clone"]),
            fields,
            spreads,
            on,
        }];
        structs.extend(nested);
        Ok(structs)
    }

    fn field(
        &mut self,
        base: &str,
        key: &Name,
        occurrences: &[Occurrence<'d>],
        names: &mut Registry,
        nested: &mut Vec<ResponseStruct>,
    ) -> Result<ResponseField, CodegenError> {
        let Some(first) = occurrences.first() else {
            return Err(CodegenError::Internal {
                message: format!("no occurrence of `{key}`"),
            });
        };
        let definition = &first.field.definition;
        let inner = definition.ty.inner_named_type();
        let inner_def = self.ctx.valid().types.get(inner);
        let leaf = if matches!(
            inner_def,
            Some(ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_))
        ) {
            let mut collected = Collected::default();
            for occurrence in occurrences {
                self.collect(
                    &occurrence.field.selection_set,
                    inner,
                    false,
                    &mut collected,
                );
            }
            if let Some(fragment) = collected.only_spread() {
                let fragment_ident = self.fragment(fragment)?;
                let prefix = self.ctx.prefix(self.scope);
                quote!(#prefix #fragment_ident)
            } else {
                let child = self
                    .ctx
                    .names(self.scope)
                    .claim(&format!("{base}{}", pascal(key)));
                let description = inner_def.and_then(|def| def.description());
                let docs = docs_or(description.map(|d| d.as_str()), || {
                    format!("The fields selected on `{inner}`.")
                });
                let child_base = child.to_string();
                nested.extend(self.finish(child.clone(), &child_base, inner, collected, docs)?);
                quote!(#child)
            }
        } else {
            self.ctx.leaf(inner, self.scope)?
        };
        let conditional = occurrences.iter().all(|occurrence| occurrence.conditional);
        let mut ty = output_type(&definition.ty, leaf);
        if conditional && definition.ty.is_non_null() {
            ty = quote!(Option<#ty>);
        }
        let deprecated = if first.field.name.starts_with("__") {
            None
        } else {
            self.ctx
                .deprecation_note(Coordinate::field(first.parent, first.field.name.as_str()))
        };
        Ok(ResponseField {
            ident: names.claim(&snake(key)),
            json_name: key.to_string(),
            ty,
            docs: docs_or(definition.description.as_ref().map(|d| d.as_str()), || {
                let name = &first.field.name;
                let parent = first.parent;
                if name == "__typename" {
                    format!("The name of this `{parent}`'s concrete type (`__typename`).")
                } else if key == name.as_str() {
                    format!("The `{name}` field of `{parent}`.")
                } else {
                    format!("The `{name}` field of `{parent}`, aliased `{key}`.")
                }
            }),
            deprecated,
            conditional,
        })
    }
}

/// The Rust type of a response field: `Option` where nullable, `Vec` for lists.
fn output_type(ty: &Type, leaf: TokenStream) -> TokenStream {
    match ty {
        Type::Named(_) => quote!(Option<#leaf>),
        Type::NonNullNamed(_) => leaf,
        Type::List(inner) => {
            let inner = output_type(inner, leaf);
            quote!(Option<Vec<#inner>>)
        }
        Type::NonNullList(inner) => {
            let inner = output_type(inner, leaf);
            quote!(Vec<#inner>)
        }
    }
}

fn is_conditional(directives: &DirectiveList) -> bool {
    directives
        .iter()
        .any(|directive| directive.name == "skip" || directive.name == "include")
}
