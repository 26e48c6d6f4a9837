//! Analysis: operations and the schema into the model of `model.rs`. Names are claimed here,
//! type references resolved to tokens, and the schema types an output uses recorded once.

mod errors;
mod operation;
mod parts;
mod schema_types;
mod selection;

use std::collections::{BTreeMap, BTreeSet};

use apollo_compiler::ast::Type;
use apollo_compiler::schema::{ExtendedType, Implementers};
use apollo_compiler::Name;
use krakenql_schema::{Coordinate, KrakenSchema};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::document::Prepared;
use super::error::CodegenError;
use super::model::{OperationModule, ResponseStruct, SharedTypes};
use super::names::{ident, Registry};
use super::options::{Resolved, DIRECT_SCALARS};

/// Where an item is emitted, which decides how it refers to shared types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The operation's module.
    Local,
    /// Beside the schema types (`types.rs`, or the same module when self-contained).
    Shared,
}

/// The state of one output: the schema, the options, and what has been claimed and used.
pub(crate) struct Ctx<'a> {
    schema: &'a KrakenSchema,
    options: &'a Resolved,
    implementers: &'a apollo_compiler::collections::HashMap<Name, Implementers>,
    /// The path from an operation module to the shared types: `super::types::` or nothing.
    shared_prefix: TokenStream,
    /// Names in the shared namespace.
    shared_names: Registry,
    /// Names in the current operation's module, when it is not the shared namespace.
    local_names: Option<Registry>,
    scalars: BTreeSet<String>,
    enums: BTreeSet<String>,
    inputs: BTreeSet<String>,
    fragment_idents: BTreeMap<String, Ident>,
    fragments: Vec<ResponseStruct>,
}

impl<'a> Ctx<'a> {
    /// A context whose operation modules refer to shared types through `shared_prefix`
    /// (`None`: the types are inline in the module itself).
    pub(super) fn new(
        schema: &'a KrakenSchema,
        options: &'a Resolved,
        separate_types: bool,
    ) -> Self {
        let valid = schema.schema();
        let reserved = valid
            .types
            .iter()
            .filter(|(_, ty)| ty.is_enum() || ty.is_input_object() || ty.is_scalar())
            .map(|(name, _)| name.to_string());
        Ctx {
            schema,
            options,
            implementers: schema.implementers(),
            shared_prefix: if separate_types {
                quote!(super::types::)
            } else {
                TokenStream::new()
            },
            shared_names: Registry::with(reserved),
            local_names: None,
            scalars: BTreeSet::new(),
            enums: BTreeSet::new(),
            inputs: BTreeSet::new(),
            fragment_idents: BTreeMap::new(),
            fragments: Vec::new(),
        }
    }

    /// Analyses one operation into its module model.
    pub(super) fn operation(
        &mut self,
        prepared: &Prepared,
    ) -> Result<OperationModule, CodegenError> {
        if !self.shared_prefix.is_empty() {
            self.local_names = Some(Registry::default());
        }
        for reserved in ["ResponseData", "Variables", "QUERY", "OPERATION_NAME"] {
            self.names(Scope::Local).reserve(reserved);
        }
        operation::operation(self, prepared)
    }

    /// The schema types and fragments every analysed operation used.
    pub(super) fn shared_types(&mut self) -> Result<SharedTypes, CodegenError> {
        schema_types::shared_types(self)
    }

    fn names(&mut self, scope: Scope) -> &mut Registry {
        match (&mut self.local_names, scope) {
            (Some(local), Scope::Local) => local,
            _ => &mut self.shared_names,
        }
    }

    fn prefix(&self, scope: Scope) -> TokenStream {
        match scope {
            Scope::Local => self.shared_prefix.clone(),
            Scope::Shared => TokenStream::new(),
        }
    }

    fn valid(&self) -> &'a apollo_compiler::Schema {
        self.schema.schema()
    }

    /// The concrete object types a type stands for, sorted by name.
    fn possible_types(&self, ty: &str) -> BTreeSet<String> {
        match self.valid().types.get(ty) {
            Some(ExtendedType::Object(_)) => BTreeSet::from([ty.to_owned()]),
            Some(ExtendedType::Union(union)) => {
                union.members.iter().map(|m| m.name.to_string()).collect()
            }
            Some(ExtendedType::Interface(_)) => self
                .implementers
                .get(ty)
                .map(|i| i.objects.iter().map(|o| o.to_string()).collect())
                .unwrap_or_default(),
            _ => BTreeSet::new(),
        }
    }

    /// Whether a selection with type condition `condition` applies to every `target` object.
    ///
    /// Only what the schema states for good counts: an object matches the interfaces it
    /// implements and the unions it belongs to, an interface the interfaces it extends. An
    /// interface with one implementation today is not merged into it, so that a type the server
    /// adds later still deserialises (as the `Other` variant).
    fn always_applies(&self, target: &str, condition: &str) -> bool {
        if target == condition {
            return true;
        }
        match self.valid().types.get(target) {
            Some(ExtendedType::Object(_)) => self.possible_types(condition).contains(target),
            Some(ExtendedType::Interface(interface)) => interface
                .implements_interfaces
                .iter()
                .any(|parent| parent.name == condition),
            _ => false,
        }
    }

    /// The Rust type of a leaf (scalar or enum) or input object, recording its use.
    fn leaf(&mut self, name: &str, scope: Scope) -> Result<TokenStream, CodegenError> {
        let prefix = self.prefix(scope);
        let id = ident(name);
        match self.valid().types.get(name) {
            Some(ExtendedType::Scalar(_)) => {
                let Some(target) = self.options.scalars.get(name) else {
                    return Err(CodegenError::UnmappedScalar {
                        scalar: name.to_owned(),
                    });
                };
                if DIRECT_SCALARS.contains(&name) {
                    return Ok(target.clone());
                }
                self.scalars.insert(name.to_owned());
                Ok(quote!(#prefix #id))
            }
            Some(ExtendedType::Enum(_)) => {
                self.enums.insert(name.to_owned());
                Ok(quote!(#prefix #id))
            }
            Some(ExtendedType::InputObject(_)) => {
                if self.inputs.insert(name.to_owned()) {
                    schema_types::use_input(self, name)?;
                }
                Ok(quote!(#prefix #id))
            }
            _ => Err(CodegenError::Internal {
                message: format!("`{name}` is not a leaf or input type"),
            }),
        }
    }

    /// The type of an input value (variable or input field) without its outer nullability,
    /// and whether it is nullable.
    fn input_type(&mut self, ty: &Type, scope: Scope) -> Result<(TokenStream, bool), CodegenError> {
        match ty {
            Type::Named(name) => Ok((self.leaf(name, scope)?, true)),
            Type::NonNullNamed(name) => Ok((self.leaf(name, scope)?, false)),
            Type::List(inner) | Type::NonNullList(inner) => {
                let (element, nullable) = self.input_type(inner, scope)?;
                let element = if nullable {
                    quote!(Option<#element>)
                } else {
                    element
                };
                Ok((quote!(Vec<#element>), matches!(ty, Type::List(_))))
            }
        }
    }

    /// The `#[deprecated]` note of a schema coordinate, if it is deprecated.
    fn deprecation_note(&self, coordinate: Coordinate) -> Option<String> {
        let deprecation = self.schema.deprecation(&coordinate)?;
        let mut note = format!("`{coordinate}` is deprecated");
        if let Some(date) = deprecation.removal_on_or_after {
            note.push_str(&format!(" and scheduled for removal on or after {date}"));
        }
        match deprecation.replacement_hint() {
            Some(hint) => note.push_str(&format!(": {hint}")),
            None if deprecation.removal_on_or_after.is_none() => {
                let reason = deprecation.reason.lines().next().unwrap_or_default().trim();
                if !reason.is_empty() {
                    note.push_str(&format!(": {reason}"));
                }
            }
            None => {}
        }
        Some(note)
    }
}

/// A summary line, then the description as its own paragraph.
pub(crate) fn summary_and(summary: String, description: Option<&str>) -> Vec<String> {
    let mut lines = vec![summary];
    let description = doc_lines(description);
    if !description.is_empty() {
        lines.push(String::new());
        lines.extend(description);
    }
    lines
}

/// Doc lines from a schema description, or else the one line `fallback` gives: every generated
/// item is documented, so a crate with `#![deny(missing_docs)]` builds the module as it is.
pub(crate) fn docs_or(description: Option<&str>, fallback: impl FnOnce() -> String) -> Vec<String> {
    let lines = doc_lines(description);
    if lines.is_empty() {
        vec![fallback()]
    } else {
        lines
    }
}

/// Doc lines from a schema description, made safe for rustdoc: no indented code blocks, and
/// fenced blocks marked as text so they are never compiled as doctests. A carriage return
/// ends a line too (a description may hold one, e.g. `"a\rb"`): rustc refuses a bare CR in
/// a doc comment, so the module would not compile (found by the `smith_schema` fuzz target).
pub(crate) fn doc_lines(description: Option<&str>) -> Vec<String> {
    let Some(description) = description else {
        return Vec::new();
    };
    let description = description.replace("\r\n", "\n").replace('\r', "\n");
    let mut in_fence = false;
    let mut lines: Vec<String> = description
        .trim()
        .lines()
        .map(|line| {
            let line = line.trim();
            if line.starts_with("```") {
                in_fence = !in_fence;
                if in_fence {
                    return "```text".to_owned();
                }
                return "```".to_owned();
            }
            line.to_owned()
        })
        .collect();
    if in_fence {
        lines.push("```".to_owned());
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_undescribed_item_gets_the_fallback() {
        assert_eq!(super::docs_or(None, || "F.".to_owned()), ["F."]);
        assert_eq!(super::docs_or(Some("  "), || "F.".to_owned()), ["F."]);
        assert_eq!(super::docs_or(Some("D."), || "F.".to_owned()), ["D."]);
    }

    #[test]
    fn a_carriage_return_ends_a_doc_line() {
        assert_eq!(super::doc_lines(Some("a\rb\r\nc")), ["a", "b", "c"]);
    }
}
