//! Response structs, the enums of type-conditioned selections, and the `Deserialize` impl of
//! structs whose parts (own fields, fragments, type-conditioned fields) each read the whole
//! JSON object.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use super::attrs;
use crate::rust::model::{OnEnum, ResponseField, ResponseStruct, SpreadPart};

impl ToTokens for ResponseStruct {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let docs = attrs::docs(&self.docs);
        let ident = &self.ident;
        let serde = attrs::serde(&self.runtime);
        let mut derives = self.derives.clone();
        let mut serde_crate = TokenStream::new();
        if self.derives_deserialize() {
            derives.push(quote!(#serde::Deserialize));
            serde_crate = attrs::serde_crate(&self.runtime);
        }
        let with_serde = self.derives_deserialize();
        let fields = self.fields.iter().map(|field| field.public(with_serde));
        let spreads = &self.spreads;
        let on = self.on.as_ref().map(|on| {
            let field = &on.field;
            let ty = &on.ident;
            let doc = format!(
                " The fields that depend on the concrete type of the `{}`.",
                on.parent_type
            );
            quote!(#[doc = #doc] pub #field: #ty,)
        });
        tokens.extend(quote! {
            #docs
            #[derive(#(#derives),*)]
            #serde_crate
            pub struct #ident {
                #(#fields)*
                #(#spreads)*
                #on
            }
        });
        if let Some(on) = &self.on {
            on.to_tokens(tokens);
        }
        if !self.derives_deserialize() {
            tokens.extend(deserialize_impl(self));
        }
    }
}

impl ResponseField {
    /// The field of the public struct; serde attributes only where serde derives the impl.
    fn public(&self, with_serde: bool) -> TokenStream {
        let docs = attrs::docs(&self.docs);
        let deprecated = attrs::deprecated(self.deprecated.as_ref());
        let serde_attr = if with_serde {
            attrs::serde_field(&self.ident, &self.json_name, &self.serde_extra())
        } else {
            TokenStream::new()
        };
        let ident = &self.ident;
        let ty = &self.ty;
        quote! {
            #docs
            #deprecated
            #serde_attr
            pub #ident: #ty,
        }
    }

    fn serde_extra(&self) -> Vec<TokenStream> {
        if self.conditional {
            vec![quote!(default)]
        } else {
            Vec::new()
        }
    }

    /// The field in the private struct of a generated `Deserialize` impl.
    fn private(&self) -> TokenStream {
        let serde_attr = attrs::serde_field(&self.ident, &self.json_name, &self.serde_extra());
        let ident = &self.ident;
        let ty = &self.ty;
        quote!(#serde_attr #ident: #ty,)
    }
}

impl ToTokens for SpreadPart {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let doc = format!(" The fields of the fragment `{}`.", self.fragment);
        let ident = &self.ident;
        let ty = &self.ty;
        let ty = if self.conditional {
            quote!(Option<#ty>)
        } else {
            ty.clone()
        };
        tokens.extend(quote!(#[doc = #doc] pub #ident: #ty,));
    }
}

impl ToTokens for OnEnum {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let doc = format!(
            " The fields of the `{}` that depend on its concrete type, told by `__typename`.",
            self.parent_type
        );
        let ident = &self.ident;
        let derives = &self.derives;
        let variants = self.variants.iter().map(|variant| {
            let doc = format!(" `{}`.", variant.typename);
            let ident = &variant.ident;
            let ty = &variant.ty;
            quote!(#[doc = #doc] #ident(#ty),)
        });
        let other = &self.other;
        tokens.extend(quote! {
            #[doc = #doc]
            #[derive(#(#derives),*)]
            pub enum #ident {
                #(#variants)*
                /// Any other type, e.g. one added to the schema later; holds its `__typename`.
                #other(String),
            }
        });
    }
}

/// Reads the JSON object once, then deserialises each part from the whole of it, so that a
/// key selected both directly and in a fragment reaches both.
fn deserialize_impl(item: &ResponseStruct) -> TokenStream {
    let ident = &item.ident;
    let serde = attrs::serde(&item.runtime);
    let serde_json = attrs::serde_json(&item.runtime);
    let serde_crate = attrs::serde_crate(&item.runtime);
    let error = quote!(<D::Error as #serde::de::Error>::custom);
    let (private, own) = if item.fields.is_empty() {
        (TokenStream::new(), Vec::new())
    } else {
        let fields = item.fields.iter().map(ResponseField::private);
        let private = quote! {
            #[derive(#serde::Deserialize)]
            #serde_crate
            struct __Fields { #(#fields)* }
            let __fields = <__Fields as #serde::Deserialize>::deserialize(&__value).map_err(#error)?;
        };
        let own = item
            .fields
            .iter()
            .map(|field| {
                let ident = &field.ident;
                quote!(#ident: __fields.#ident,)
            })
            .collect();
        (private, own)
    };
    let spreads = item.spreads.iter().map(|spread| {
        let ident = &spread.ident;
        let ty = &spread.ty;
        let read = quote!(<#ty as #serde::Deserialize>::deserialize(&__value));
        if spread.conditional {
            quote!(#ident: #read.ok(),)
        } else {
            quote!(#ident: #read.map_err(#error)?,)
        }
    });
    let on = item.on.as_ref().map(|on| {
        let field = &on.field;
        let enum_ident = &on.ident;
        let other = &on.other;
        let arms = on.variants.iter().map(|variant| {
            let typename = &variant.typename;
            let variant_ident = &variant.ident;
            let ty = &variant.ty;
            quote! {
                Some(#typename) => #enum_ident::#variant_ident(
                    <#ty as #serde::Deserialize>::deserialize(&__value).map_err(#error)?,
                ),
            }
        });
        quote! {
            #field: match __value.get("__typename").and_then(#serde_json::Value::as_str) {
                #(#arms)*
                Some(other) => #enum_ident::#other(other.to_owned()),
                None => return Err(<D::Error as #serde::de::Error>::missing_field("__typename")),
            },
        }
    });
    quote! {
        #[allow(deprecated)]
        impl<'de> #serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: #serde::Deserializer<'de>,
            {
                let __value = <#serde_json::Value as #serde::Deserialize>::deserialize(deserializer)?;
                #private
                Ok(Self {
                    #(#own)*
                    #(#spreads)*
                    #on
                })
            }
        }
    }
}
