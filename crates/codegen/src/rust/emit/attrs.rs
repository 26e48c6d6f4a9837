//! Attributes and paths shared by the emitters: doc comments, `#[deprecated]`, the runtime's
//! serde re-exports.

use proc_macro2::TokenStream;
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

/// The runtime's re-export of serde, so generated code needs no serde dependency of its own.
pub(super) fn serde(runtime: &TokenStream) -> TokenStream {
    quote!(#runtime::__private::serde)
}

/// The runtime's re-export of serde_json.
pub(super) fn serde_json(runtime: &TokenStream) -> TokenStream {
    quote!(#runtime::__private::serde_json)
}
