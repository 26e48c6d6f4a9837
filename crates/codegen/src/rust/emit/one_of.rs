//! A `@oneOf` input object as a Rust enum: one variant per field, serialised as a JSON object
//! with that one key, so that a value naming no field, several fields or `null` cannot be built.

use proc_macro2::TokenStream;
use quote::quote;

use super::attrs;
use crate::rust::model::InputObject;

/// The enum, one variant per field.
pub(super) fn one_of_enum(input: &InputObject) -> TokenStream {
    let docs = attrs::docs(&input.docs);
    let ident = &input.ident;
    let derives = &input.derives;
    let note = format!(
        " A one-of input object (`@oneOf`): exactly one field is sent, so `{ident}` is an enum \
         with one variant per field, serialised as `{{\"field\": value}}`."
    );
    let variants = input.fields.iter().map(|field| {
        let docs = attrs::docs(&field.docs);
        let deprecated = attrs::deprecated(field.deprecated.as_ref());
        let variant = &field.ident;
        let ty = &field.ty;
        let doc = format!(" Sends `{}`.", field.json_name);
        quote!(#docs #[doc = #doc] #deprecated #variant(#ty),)
    });
    let separator = if input.docs.is_empty() {
        TokenStream::new()
    } else {
        quote!(#[doc = ""])
    };
    quote! {
        #docs
        #separator
        #[doc = #note]
        #[derive(#(#derives),*)]
        pub enum #ident {
            #(#variants)*
        }
    }
}

/// The enum's `Serialize` impl (through the runtime's `__private::ser::Object`, as every input
/// object's), which the module prints with the other impls, after every type.
pub(super) fn one_of_serialize(input: &InputObject) -> TokenStream {
    let ident = &input.ident;
    let runtime = &input.runtime;
    let serde = attrs::serde(runtime);
    let arms = input.fields.iter().map(|field| {
        let variant = &field.ident;
        let key = &field.json_name;
        quote!(Self::#variant(value) => __object.field(#key, value)?,)
    });
    quote! {
        #[allow(deprecated)]
        impl #serde::Serialize for #ident {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: #serde::Serializer,
            {
                let mut __object = #runtime::__private::ser::Object::start(serializer)?;
                match self {
                    #(#arms)*
                }
                __object.end()
            }
        }
    }
}
