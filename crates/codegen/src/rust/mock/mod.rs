//! Typed mocks: every operation module gets `mock_json`, `mock_builder` and `mock`, which build
//! the response the krakenql mock executor gives for the operation (`plan.rs`), with the keys
//! under `@skip`/`@include` kept or removed by the variables (`cond.rs`).

mod cond;
mod plan;

use std::collections::BTreeMap;

use apollo_compiler::executable::Operation;
use apollo_compiler::{ExecutableDocument, Schema};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote, ToTokens};

use self::cond::Cond;
use super::emit::module::raw_string;
use super::error::CodegenError;
use super::model::Variables;

pub(crate) use self::plan::plan;

/// The mock functions of one operation module.
#[derive(Debug, Clone)]
pub(crate) struct MockFunctions {
    pub runtime: TokenStream,
    /// The mock data as compact JSON in a raw string literal, every conditional key present.
    pub json: Literal,
    /// `(path, key, condition)` of every conditional key, the condition as tokens.
    pub conditionals: Vec<(Vec<String>, String, TokenStream)>,
    /// The cfg predicate the functions are compiled under, if any.
    pub cfg: Option<TokenStream>,
}

impl MockFunctions {
    /// The mock functions of `operation`, reading conditions from `variables`.
    pub(super) fn new(
        schema: &Schema,
        document: &ExecutableDocument,
        operation: &Operation,
        variables: &Variables,
        cfg: Option<TokenStream>,
    ) -> Result<Self, CodegenError> {
        let plan = plan(schema, document, operation);
        let idents: BTreeMap<&str, &Ident> = variables
            .fields
            .iter()
            .map(|field| (field.json_name.as_str(), &field.ident))
            .collect();
        let runtime = variables.runtime.clone();
        let conditionals = plan
            .conditionals
            .into_iter()
            .map(|conditional| {
                let tokens = cond_tokens(&conditional.cond, &idents, &runtime);
                (conditional.path, conditional.key, tokens)
            })
            .collect();
        Ok(MockFunctions {
            runtime,
            json: raw_string(&plan.data.to_string())?,
            conditionals,
            cfg,
        })
    }
}

fn cond_tokens(cond: &Cond, idents: &BTreeMap<&str, &Ident>, runtime: &TokenStream) -> TokenStream {
    match cond {
        Cond::Const(value) => quote!(#value),
        Cond::Var {
            name,
            default,
            negated,
        } => {
            let Some(ident) = idents.get(name.as_str()) else {
                // Validation guarantees the variable is defined; without it the default decides.
                return quote!(#default);
            };
            let flag = quote!(#runtime::__private::mock::flag(&variables.#ident, #default));
            if *negated {
                quote!(!#flag)
            } else {
                flag
            }
        }
        Cond::All(parts) => {
            let parts = parts.iter().map(|part| cond_tokens(part, idents, runtime));
            quote!((#(#parts)&&*))
        }
        Cond::Any(parts) => {
            let parts = parts.iter().map(|part| cond_tokens(part, idents, runtime));
            quote!((#(#parts)||*))
        }
    }
}

/// The functions are `#[inline]`: a crate that never calls them (most builds outside tests)
/// does not compile their bodies to machine code, which halves their cost in a build with many
/// operations.
impl ToTokens for MockFunctions {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let runtime = &self.runtime;
        let json = &self.json;
        let parse = quote!(#runtime::__private::mock::parse(#json));
        let body = if self.conditionals.is_empty() {
            quote! {
                let _ = variables;
                #parse
            }
        } else {
            let keeps = self.conditionals.iter().map(|(path, key, cond)| {
                quote!(#runtime::__private::mock::keep_if(&mut data, &[#(#path),*], #key, #cond);)
            });
            quote! {
                let mut data = #parse;
                #(#keeps)*
                data
            }
        };
        let cfg = self
            .cfg
            .as_ref()
            .map(|predicate| quote!(#[cfg(#predicate)]));
        tokens.extend(quote! {
            /// The response data the krakenql mock executor gives for this operation and these
            /// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
            #cfg
            #[inline]
            pub fn mock_json(variables: &Variables) -> #runtime::__private::serde_json::Value {
                #body
            }

            /// The mock response data, to override values by response path before it is typed.
            #cfg
            #[inline]
            pub fn mock_builder(variables: &Variables) -> #runtime::MockData<ResponseData> {
                #runtime::MockData::new(mock_json(variables))
            }

            /// The mock response data, typed.
            ///
            /// # Panics
            ///
            /// Never for data the generator wrote; a panic here is a krakenql bug.
            #cfg
            #[inline]
            pub fn mock(variables: &Variables) -> ResponseData {
                #runtime::__private::mock::typed(mock_json(variables))
            }
        });
    }
}
