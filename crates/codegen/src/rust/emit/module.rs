//! Whole files: an operation's module, the shared `types.rs`, and the `mod.rs` declaring them.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote, ToTokens};

use super::attrs;
use crate::rust::error::CodegenError;
use crate::rust::model::{OperationModule, ResponseStruct, SharedTypes};

/// Lints generated code cannot act on: type names as the schema spells them, items a user
/// does not use, and clippy's style advice, its pedantic and nursery groups included (schema
/// descriptions become docs as Kraken wrote them). Deprecation warnings are never silenced here.
fn allow_lints() -> TokenStream {
    quote!(#![allow(
        dead_code,
        non_camel_case_types,
        clippy::all,
        clippy::pedantic,
        clippy::nursery
    )])
}

/// An operation's module, with the schema types inline when the module is self-contained, ended
/// by the operation's name and document.
pub(crate) fn operation_file(module: &OperationModule) -> Result<TokenStream, CodegenError> {
    let allow = allow_lints();
    let query = raw_string(&module.query)?;
    let kind = &module.kind;
    let ident = &module.ident;
    let docs = attrs::docs(&[
        format!("The document the `{ident}` {kind} sends to the server: the operation, the"),
        "fragments it uses, and `__typename` on every selection of an interface or union."
            .to_owned(),
    ]);
    let name = &module.name;
    Ok(quote! {
        #allow
        #module

        /// The operation's name, as the server sees it.
        pub const OPERATION_NAME: &str = #name;

        #docs
        pub const QUERY: &str = #query;
    })
}

/// The shared `types.rs`: every type first, then their impls.
pub(crate) fn types_file(types: &SharedTypes) -> TokenStream {
    let allow = allow_lints();
    let plumbing = types.plumbing();
    quote! {
        //! The schema types the operations use (scalars, enums, input objects) and their fragments.
        #allow
        #types
        #plumbing
    }
}

/// The `mod.rs` declaring the operation modules and `types`, each with its doc line (`None` for
/// a module whose file documents itself, as `types.rs` does).
pub(crate) fn mod_file(modules: &[(Ident, Option<String>)]) -> TokenStream {
    let modules = modules.iter().map(|(module, doc)| {
        let doc = doc.as_ref().map(|doc| quote!(#[doc = #doc]));
        quote!(#doc pub mod #module;)
    });
    quote! {
        //! Typed Kraken client modules, one per operation, and the schema types they share.
        #(#modules)*
    }
}

/// The module's items in reading order: the operation, its types (each documented) and the mock
/// functions, then the plumbing (the trait and serde impls). `operation_file` ends the module
/// with `OPERATION_NAME` and `QUERY`, the one place the document appears.
impl ToTokens for OperationModule {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let docs = attrs::docs(&[
            format!("The `{}` {}, sent as [`QUERY`].", self.name, self.kind),
            String::new(),
            "Its variables are [`Variables`], its data [`ResponseData`] and its Kraken errors \
             [`Error`]."
                .to_owned(),
        ]);
        let ident = &self.ident;
        let runtime = &self.runtime;
        let variables = &self.variables;
        let structs = &self.structs;
        let inline = &self.inline;
        let mock = &self.mock;
        let errors = &self.errors;
        let error_plumbing = errors.plumbing();
        let variables_plumbing = variables.plumbing();
        let struct_plumbing = structs.iter().map(ResponseStruct::plumbing);
        let inline_plumbing = inline.as_ref().map(SharedTypes::plumbing);
        tokens.extend(quote! {
            #docs
            #[derive(Debug, Clone, Copy, Default)]
            pub struct #ident;

            #variables
            #(#structs)*
            #errors
            #mock
            #inline

            impl #runtime::Operation for #ident {
                const QUERY: &'static str = QUERY;
                const OPERATION_NAME: &'static str = OPERATION_NAME;
                type Variables = Variables;
                type ResponseData = ResponseData;
            }

            #error_plumbing
            #variables_plumbing
            #(#struct_plumbing)*
            #inline_plumbing
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
