//! The `Error` enum of an operation's possible Kraken errors (or, when its fields list none, an
//! alias of the runtime's `UnlistedError`), its `ErrorCode` impl (code to variant and back, with
//! the schema's messages), and the operation's `OperationErrors` impl.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use super::attrs;
use crate::rust::model::ErrorEnum;

impl ToTokens for ErrorEnum {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let ident = &self.ident;
        let runtime = &self.runtime;
        let derives = &self.derives;
        let other = &self.other;
        let docs = attrs::docs(&self.docs());
        let variants = self.variants.iter().map(|variant| {
            let mut lines = vec![format!("`{}`: {}", variant.code, variant.message)];
            lines.push(String::new());
            let listed_by: Vec<String> = variant
                .listed_by
                .iter()
                .map(|coordinate| format!("`{coordinate}`"))
                .collect();
            lines.push(format!("Listed by {}.", listed_by.join(", ")));
            let docs = attrs::docs(&lines);
            let ident = &variant.ident;
            quote!(#docs #ident,)
        });
        if self.unlisted {
            tokens.extend(quote! {
                #docs
                pub type #ident = #runtime::UnlistedError;
            });
            return;
        }
        tokens.extend(quote! {
            #docs
            #[derive(#(#derives),*)]
            pub enum #ident {
                #(#variants)*
                /// A code the schema does not list for these fields, with the message the
                /// server sent.
                #other {
                    /// The Kraken code, e.g. `KT-CT-1199`.
                    code: String,
                    /// The error's message.
                    message: String,
                },
            }
        });
    }
}

impl ErrorEnum {
    /// The `ErrorCode` impl of the enum (none for the runtime's `UnlistedError`) and the
    /// operation's `OperationErrors` impl.
    pub(crate) fn plumbing(&self) -> TokenStream {
        let ident = &self.ident;
        let operation = &self.operation;
        let runtime = &self.runtime;
        let errors_impl = quote! {
            impl #runtime::OperationErrors for #operation {
                type Error = #ident;
            }
        };
        if self.unlisted {
            return errors_impl;
        }
        let other = &self.other;
        let from_code = if self.variants.is_empty() {
            quote! {
                Self::#other {
                    code: code.to_owned(),
                    message: message.to_owned(),
                }
            }
        } else {
            let arms = self.variants.iter().map(|variant| {
                let ident = &variant.ident;
                let code = &variant.code;
                quote!(#code => Self::#ident,)
            });
            quote! {
                match code {
                    #(#arms)*
                    _ => Self::#other {
                        code: code.to_owned(),
                        message: message.to_owned(),
                    },
                }
            }
        };
        let code_arms = self.variants.iter().map(|variant| {
            let ident = &variant.ident;
            let code = &variant.code;
            quote!(Self::#ident => #code,)
        });
        let message_arms = self.variants.iter().map(|variant| {
            let ident = &variant.ident;
            let message = &variant.message;
            quote!(Self::#ident => #message,)
        });
        quote! {
            impl #runtime::ErrorCode for #ident {
                fn from_code(code: &str, message: &str) -> Self {
                    #from_code
                }

                fn code(&self) -> &str {
                    match self {
                        #(#code_arms)*
                        Self::#other { code, .. } => code,
                    }
                }

                fn message(&self) -> &str {
                    match self {
                        #(#message_arms)*
                        Self::#other { message, .. } => message,
                    }
                }
            }

            #errors_impl
        }
    }

    fn docs(&self) -> Vec<String> {
        let name = &self.operation_name;
        let operation = &self.operation;
        let mut lines = if self.unlisted {
            vec![
                format!(
                    "The Kraken errors of `{name}`: its fields list no possible errors in the schema, so"
                ),
                format!("every code is `{}::Other`.", self.ident),
            ]
        } else if self.variants.is_empty() {
            vec![format!(
                "The Kraken errors of `{name}`: its fields list no possible errors in the schema."
            )]
        } else {
            vec![format!(
                "The Kraken errors the fields of `{name}` can raise, as the schema lists them."
            )]
        };
        lines.push(String::new());
        lines.push(format!(
            "Read them from a response with `response.kraken_errors::<{operation}>()`."
        ));
        lines
    }
}
