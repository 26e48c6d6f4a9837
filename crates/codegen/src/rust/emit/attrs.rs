//! Attributes shared by the emitters: doc comments, `#[deprecated]` and serde renames.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// One `#[doc]` attribute per line, which prettyplease prints as `///` comments.
pub(super) fn docs(lines: &[String]) -> TokenStream {
    let lines = lines.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// `#[deprecated(note = …)]` when there is a note.
pub(super) fn deprecated(note: Option<&String>) -> TokenStream {
    match note {
        Some(note) => quote!(#[deprecated(note = #note)]),
        None => TokenStream::new(),
    }
}

/// The name serde uses for a field: the identifier without `r#`.
fn serde_name(ident: &Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
}

/// The `#[serde(…)]` attribute of a field: a rename where the Rust name differs from the
/// GraphQL one, plus the given extra arguments.
pub(super) fn serde_field(ident: &Ident, json_name: &str, extra: &[TokenStream]) -> TokenStream {
    let mut args: Vec<TokenStream> = Vec::new();
    if serde_name(ident) != json_name {
        args.push(quote!(rename = #json_name));
    }
    args.extend(extra.iter().cloned());
    if args.is_empty() {
        TokenStream::new()
    } else {
        quote!(#[serde(#(#args),*)])
    }
}

/// The runtime's re-export of serde, so generated code needs no serde dependency of its own.
pub(super) fn serde(runtime: &TokenStream) -> TokenStream {
    quote!(#runtime::__private::serde)
}

/// The runtime's re-export of serde_json.
pub(super) fn serde_json(runtime: &TokenStream) -> TokenStream {
    quote!(#runtime::__private::serde_json)
}

/// `#[serde(crate = "…")]`, which serde's derives need to find the re-export.
pub(super) fn serde_crate(runtime: &TokenStream) -> TokenStream {
    let path = serde(runtime).to_string().replace(' ', "");
    quote!(#[serde(crate = #path)])
}
