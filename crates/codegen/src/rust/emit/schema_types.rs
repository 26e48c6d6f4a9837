//! Schema enums, input objects, variables and scalar aliases (`ToTokens`), and their `as_str`
//! and serde impls (`plumbing`), which a module prints after every type.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use super::attrs;
use crate::rust::model::{
    InputField, InputObject, ResponseStruct, ScalarAlias, SchemaEnum, SharedTypes, Variables,
};

impl ToTokens for SharedTypes {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let SharedTypes {
            scalars,
            enums,
            inputs,
            fragments,
        } = self;
        tokens.extend(quote!(#(#scalars)* #(#enums)* #(#inputs)* #(#fragments)*));
    }
}

impl SharedTypes {
    /// The impls of the enums, input objects and fragments, in the order of their types.
    pub(crate) fn plumbing(&self) -> TokenStream {
        let enums = self.enums.iter().map(SchemaEnum::plumbing);
        let inputs = self.inputs.iter().map(InputObject::plumbing);
        let fragments = self.fragments.iter().map(ResponseStruct::plumbing);
        quote!(#(#enums)* #(#inputs)* #(#fragments)*)
    }
}

impl ToTokens for ScalarAlias {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let docs = attrs::docs(&self.docs);
        let ident = &self.ident;
        let target = &self.target;
        tokens.extend(quote!(#docs pub type #ident = #target;));
    }
}

impl ToTokens for SchemaEnum {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let docs = attrs::docs(&self.docs);
        let ident = &self.ident;
        let derives = &self.derives;
        let variants = self.variants.iter().map(|variant| {
            let docs = attrs::docs(&variant.docs);
            let deprecated = attrs::deprecated(variant.deprecated.as_ref());
            let ident = &variant.ident;
            quote!(#docs #deprecated #ident,)
        });
        let other_variant = self.other.as_ref().map(|other| {
            quote! {
                /// A value this code does not know, e.g. one added to the schema later, as sent.
                #other(String),
            }
        });
        tokens.extend(quote! {
            #docs
            #[derive(#(#derives),*)]
            pub enum #ident {
                #(#variants)*
                #other_variant
            }
        });
    }
}

impl SchemaEnum {
    /// The enum's `as_str` and its serde impls.
    fn plumbing(&self) -> TokenStream {
        let ident = &self.ident;
        let serde = attrs::serde(&self.runtime);
        let as_str_arms = self.variants.iter().map(|variant| {
            let ident = &variant.ident;
            let value = &variant.value;
            quote!(Self::#ident => #value,)
        });
        let other_as_str = self
            .other
            .as_ref()
            .map(|other| quote!(Self::#other(value) => value.as_str(),));
        let from_arms = self.variants.iter().map(|variant| {
            let ident = &variant.ident;
            let value = &variant.value;
            quote!(#value => Self::#ident,)
        });
        let fallback = match &self.other {
            Some(other) => quote!(_ => Self::#other(value),),
            None => {
                let values = self.variants.iter().map(|variant| &variant.value);
                quote! {
                    _ => {
                        return Err(<D::Error as #serde::de::Error>::unknown_variant(
                            &value,
                            &[#(#values),*],
                        ))
                    }
                }
            }
        };
        let as_str_doc = format!(
            " The value as GraphQL writes it, e.g. `{}`.",
            self.first_value()
        );
        quote! {
            #[allow(deprecated)]
            impl #ident {
                #[doc = #as_str_doc]
                pub fn as_str(&self) -> &str {
                    match self {
                        #(#as_str_arms)*
                        #other_as_str
                    }
                }
            }

            impl #serde::Serialize for #ident {
                fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
                where
                    S: #serde::Serializer,
                {
                    serializer.serialize_str(self.as_str())
                }
            }

            #[allow(deprecated)]
            impl<'de> #serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: #serde::Deserializer<'de>,
                {
                    let value = <String as #serde::Deserialize>::deserialize(deserializer)?;
                    Ok(match value.as_str() {
                        #(#from_arms)*
                        #fallback
                    })
                }
            }
        }
    }

    fn first_value(&self) -> &str {
        self.variants
            .first()
            .map_or(self.name.as_str(), |variant| variant.value.as_str())
    }
}

impl ToTokens for InputObject {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        if self.one_of {
            tokens.extend(super::one_of::one_of_enum(self));
            return;
        }
        let docs = attrs::docs(&self.docs);
        let ident = &self.ident;
        let derives = &self.derives;
        let fields = &self.fields;
        tokens.extend(quote! {
            #docs
            #[derive(#(#derives),*)]
            pub struct #ident {
                #(#fields)*
            }
        });
    }
}

impl InputObject {
    /// The input object's `Serialize` impl (a one-of input object's is its enum's).
    fn plumbing(&self) -> TokenStream {
        if self.one_of {
            return super::one_of::one_of_serialize(self);
        }
        let ident = &self.ident;
        serialize_impl(&quote!(#ident), &self.runtime, &self.fields)
    }
}

impl ToTokens for Variables {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let derives = &self.derives;
        let fields = &self.fields;
        tokens.extend(quote! {
            /// The variables of the operation.
            #[derive(#(#derives),*)]
            pub struct Variables {
                #(#fields)*
            }
        });
    }
}

impl Variables {
    /// The variables' `Serialize` impl.
    pub(crate) fn plumbing(&self) -> TokenStream {
        serialize_impl(&quote!(Variables), &self.runtime, &self.fields)
    }
}

impl ToTokens for InputField {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let docs = attrs::docs(&self.docs);
        let deprecated = attrs::deprecated(self.deprecated.as_ref());
        let ident = &self.ident;
        let ty = &self.ty;
        tokens.extend(quote! {
            #docs
            #deprecated
            pub #ident: #ty,
        });
    }
}

/// The `Serialize` impl of an input object or the variables: one call per field to the
/// runtime's `__private::ser::Object`, which leaves absent optional values out.
fn serialize_impl(
    ident: &TokenStream,
    runtime: &TokenStream,
    fields: &[InputField],
) -> TokenStream {
    let serde = attrs::serde(runtime);
    let object = if fields.is_empty() {
        quote!(__object)
    } else {
        quote!(mut __object)
    };
    let writes = fields.iter().map(|field| {
        let key = &field.json_name;
        let ident = &field.ident;
        if field.optional {
            quote!(__object.optional(#key, &self.#ident)?;)
        } else {
            quote!(__object.field(#key, &self.#ident)?;)
        }
    });
    quote! {
        #[allow(deprecated)]
        impl #serde::Serialize for #ident {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: #serde::Serializer,
            {
                let #object = #runtime::__private::ser::Object::start(serializer)?;
                #(#writes)*
                __object.end()
            }
        }
    }
}
