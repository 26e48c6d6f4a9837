//! Response structs and the enums of type-conditioned selections (`ToTokens`), and every
//! response struct's `Deserialize` impl (`ResponseStruct::plumbing`).

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use super::attrs;
use crate::rust::model::{OnEnum, ResponseField, ResponseStruct, SpreadPart};

/// The runtime's width of one tuple of slots (`krakenql::__private::de::CHUNK`): structs
/// with more keys chain tuples of this width.
const CHUNK: usize = 16;

impl ToTokens for ResponseStruct {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let docs = attrs::docs(&self.docs);
        let ident = &self.ident;
        let derives = &self.derives;
        let fields = self.fields.iter().map(ResponseField::public);
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
            pub struct #ident {
                #(#fields)*
                #(#spreads)*
                #on
            }
        });
        if let Some(on) = &self.on {
            on.to_tokens(tokens);
        }
    }
}

impl ResponseStruct {
    /// The struct's `Deserialize` impl and the `Fields` impl it reads through, printed after
    /// every type of the module.
    pub(crate) fn plumbing(&self) -> TokenStream {
        deserialize_impl(self)
    }
}

impl ResponseField {
    fn public(&self) -> TokenStream {
        let docs = attrs::docs(&self.docs);
        let deprecated = attrs::deprecated(self.deprecated.as_ref());
        let ident = &self.ident;
        let ty = &self.ty;
        quote! {
            #docs
            #deprecated
            pub #ident: #ty,
        }
    }

    /// The field's value in `Self { … }`, from its slot (`slot`, e.g. `__slots.3`); a field
    /// under `@skip`/`@include` may be missing.
    fn take(&self, slot: &TokenStream, de: &TokenStream) -> TokenStream {
        let ident = &self.ident;
        let key = &self.json_name;
        if self.conditional {
            quote!(#ident: #de::take_or_default(#slot),)
        } else {
            quote!(#ident: #de::take(#slot, #key)?,)
        }
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

/// The `Deserialize` impl, and the `Fields` impl it reads through: the struct's keys, one
/// `Option` slot per key, and `build`, which makes the struct from its slots. The map visitor
/// and the filling of slots are the runtime's (`__private::de::deserialize`, whose `Slots`
/// impls cover tuples of every width), so each struct costs rustc a one-line generic function
/// and a `build` with concrete types instead of a derived visitor. Structs with fragment
/// spreads or type conditions read the JSON object once and give every part the whole of it
/// (`deserialize_whole`), so that a key selected both directly and in a fragment reaches both.
fn deserialize_impl(item: &ResponseStruct) -> TokenStream {
    let ident = &item.ident;
    let serde = attrs::serde(&item.runtime);
    let serde_json = attrs::serde_json(&item.runtime);
    let de = {
        let runtime = &item.runtime;
        quote!(#runtime::__private::de)
    };
    let keys = item.fields.iter().map(|field| field.json_name.as_str());
    let slot_types: Vec<TokenStream> = item
        .fields
        .iter()
        .map(|field| {
            let ty = &field.ty;
            quote!(Option<#ty>)
        })
        .collect();
    let slots_type = chained(&slot_types, &de);
    let own = item
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| field.take(&slot_path(index, item.fields.len()), &de));
    // A struct made only of fragment spreads or type conditions takes nothing from its slots:
    // reading only checks that the value is an object.
    let slots = if item.fields.is_empty() {
        quote!(_)
    } else {
        quote!(__slots)
    };
    let whole = item.reads_whole_object();
    let object = if whole { quote!(__object) } else { quote!(_) };
    let reader = if whole {
        quote!(deserialize_whole)
    } else {
        quote!(deserialize)
    };
    let spreads = item.spreads.iter().map(|spread| {
        let ident = &spread.ident;
        if spread.conditional {
            quote!(#ident: #de::part(__object).ok(),)
        } else {
            quote!(#ident: #de::part(__object)?,)
        }
    });
    let on = item.on.as_ref().map(|on| {
        let field = &on.field;
        let enum_ident = &on.ident;
        let other = &on.other;
        let arms = on.variants.iter().map(|variant| {
            let typename = &variant.typename;
            let variant_ident = &variant.ident;
            quote!(Some(#typename) => #enum_ident::#variant_ident(#de::part(__object)?),)
        });
        quote! {
            #field: match __object.get("__typename").and_then(#serde_json::Value::as_str) {
                #(#arms)*
                Some(other) => #enum_ident::#other(other.to_owned()),
                // A block, as prettyplease prints the arm: the file reads back the same.
                None => {
                    return Err(#de::Invalid::Missing("__typename"));
                }
            },
        }
    });
    // Only `build` names the fields, so only it needs to allow deprecated ones.
    quote! {
        impl<'de> #serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: #serde::Deserializer<'de>,
            {
                #de::#reader(deserializer)
            }
        }

        #[doc(hidden)]
        #[allow(deprecated)]
        impl #de::Fields for #ident {
            const KEYS: &'static [&'static str] = &[#(#keys),*];
            type Slots = #slots_type;

            #[inline]
            fn build(
                #slots: Self::Slots,
                #object: &#serde_json::Value,
            ) -> ::core::result::Result<Self, #de::Invalid> {
                Ok(Self {
                    #(#own)*
                    #(#spreads)*
                    #on
                })
            }
        }
    }
}

/// The `Slots` type of these slot types: a tuple of at most `CHUNK` (the runtime's width), or
/// `Chain<first CHUNK, the rest chained>` for more.
fn chained(slot_types: &[TokenStream], de: &TokenStream) -> TokenStream {
    if slot_types.len() <= CHUNK {
        return quote!((#(#slot_types,)*));
    }
    let (first, rest) = slot_types.split_at(CHUNK);
    let rest = chained(rest, de);
    quote!(#de::Chain<(#(#first,)*), #rest>)
}

/// The place of slot `index` of `width` in `__slots`: `.index` in one tuple, else `.1` once
/// per full chunk before it, then `.0` unless its chunk is the last.
fn slot_path(index: usize, width: usize) -> TokenStream {
    if width <= CHUNK {
        let index = Literal::usize_unsuffixed(index);
        return quote!(__slots.#index);
    }
    let chunk = index / CHUNK;
    let last = (width - 1) / CHUNK;
    let mut path = quote!(__slots);
    for _ in 0..chunk {
        path.extend(quote!(.1));
    }
    if chunk < last {
        path.extend(quote!(.0));
    }
    let within = Literal::usize_unsuffixed(index % CHUNK);
    path.extend(quote!(.#within));
    path
}
