//! Whole files: an operation's module, the shared `types.rs`, and the `mod.rs` declaring them.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote, ToTokens};

use super::attrs;
use crate::rust::error::CodegenError;
use crate::rust::model::{OperationModule, SharedTypes};

/// Lints generated code cannot act on: type names as the schema spells them, items a user
/// does not use, and clippy's style advice. Deprecation warnings are never silenced here.
fn allow_lints() -> TokenStream {
    quote!(#![allow(dead_code, non_camel_case_types, clippy::all)])
}

/// An operation's module, with the schema types inline when the module is self-contained.
pub(crate) fn operation_file(module: &OperationModule) -> Result<TokenStream, CodegenError> {
    let allow = allow_lints();
    let query = raw_string(&module.query)?;
    Ok(quote! {
        #allow
        /// The document sent to the server: the operation, the fragments it uses, and
        /// `__typename` on every selection of an interface or union.
        pub const QUERY: &str = #query;
        #module
    })
}

/// The shared `types.rs`.
pub(crate) fn types_file(types: &SharedTypes) -> TokenStream {
    let allow = allow_lints();
    quote! {
        //! The schema types the operations use (scalars, enums, input objects) and their fragments.
        #allow
        #types
    }
}

/// The `mod.rs` declaring the operation modules and `types`.
pub(crate) fn mod_file(modules: &[Ident]) -> TokenStream {
    quote! {
        //! Typed Kraken client modules, one per operation, and the schema types they share.
        #(pub mod #modules;)*
    }
}

impl ToTokens for OperationModule {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let mut doc_lines = vec![format!("The `{}` {}:", self.name, self.kind), String::new()];
        doc_lines.push("```graphql".to_owned());
        doc_lines.extend(self.query.lines().map(str::to_owned));
        doc_lines.push("```".to_owned());
        let docs = attrs::docs(&doc_lines);
        let ident = &self.ident;
        let runtime = &self.runtime;
        let name = &self.name;
        let variables = &self.variables;
        let structs = &self.structs;
        let inline = &self.inline;
        let mock = &self.mock;
        let errors = &self.errors;
        tokens.extend(quote! {
            #docs
            pub struct #ident;

            impl #runtime::Operation for #ident {
                const QUERY: &'static str = QUERY;
                const OPERATION_NAME: &'static str = OPERATION_NAME;
                type Variables = Variables;
                type ResponseData = ResponseData;
            }

            /// The operation's name, as the server sees it.
            pub const OPERATION_NAME: &str = #name;

            #variables
            #(#structs)*
            #errors
            #mock
            #inline
        });
    }
}

/// A raw string literal holding `text`, with as many `#` as it needs.
pub(crate) fn raw_string(text: &str) -> Result<Literal, CodegenError> {
    let mut hashes = String::new();
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
        .parse()
        .map_err(|error| CodegenError::Internal {
            message: format!("the query is not a valid raw string: {error}"),
        })
}
