//! Warnings as rustc shows them: a `#[deprecated]` constant per schema coordinate, nested in
//! modules named after the coordinate's parts, used once inside an anonymous `const`, so that
//! rustc says "use of deprecated constant `_::Query::pollDelay`" and then the finding.

use std::collections::BTreeMap;

use heck::ToSnakeCase;
use krakenql_schema::Coordinate;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote_spanned};

/// One warning: what it is about and its text.
pub(crate) struct Warning {
    /// The schema item it is about, when it is about one.
    pub(crate) coordinate: Option<Coordinate>,
    /// The rule's name (`stale-schema`), naming the constant of a warning without a coordinate.
    pub(crate) rule: &'static str,
    /// The finding, as the macro's errors print it.
    pub(crate) text: String,
}

impl Warning {
    /// The constant's path: the coordinate's parts (`Query`, `bills`, `first` for
    /// `Query.bills(first:)`; `deprecated`, `reason` for `@deprecated(reason:)`), else the
    /// rule's name in snake case.
    fn path(&self) -> Vec<String> {
        match &self.coordinate {
            Some(Coordinate::Argument {
                ty,
                field,
                argument,
            }) => vec![ty.clone(), field.clone(), argument.clone()],
            Some(coordinate) => vec![
                coordinate.type_name().to_owned(),
                coordinate.item_name().to_owned(),
            ],
            None => vec![self.rule.to_snake_case()],
        }
    }
}

/// Items that make rustc warn at `span`, once per coordinate (the texts of its uses joined),
/// inside an anonymous `const` so that nothing is added to the user's namespace.
pub(crate) fn warnings(found: &[Warning], span: Span) -> TokenStream {
    if found.is_empty() {
        return TokenStream::new();
    }
    let mut notes: BTreeMap<Vec<String>, Vec<&str>> = BTreeMap::new();
    for warning in found {
        let texts = notes.entry(warning.path()).or_default();
        if !texts.contains(&warning.text.as_str()) {
            texts.push(&warning.text);
        }
    }
    let tree = items(&notes.iter().collect::<Vec<_>>(), 0, span);
    let uses = notes.keys().map(|path| {
        let segments = path.iter().map(|part| ident(part, span));
        quote_spanned! {span=> const _: () = #(#segments)::*; }
    });
    quote_spanned! {span=>
        const _: () = {
            #tree
            #(#uses)*
        };
    }
}

/// The modules and constants of the paths below `depth` (all sharing their first `depth` parts).
fn items(notes: &[(&Vec<String>, &Vec<&str>)], depth: usize, span: Span) -> TokenStream {
    let mut tokens = TokenStream::new();
    let mut index = 0;
    while let Some((path, texts)) = notes.get(index) {
        let name = ident(&path[depth], span);
        if path.len() == depth + 1 {
            let note = texts.join("\n");
            tokens.extend(quote_spanned! {span=>
                #[deprecated(note = #note)]
                #[allow(non_upper_case_globals, non_snake_case)]
                pub(crate) const #name: () = ();
            });
            index += 1;
            continue;
        }
        // Every path that continues under this part, which sorting keeps together.
        let end = notes[index..]
            .iter()
            .position(|(other, _)| other.len() <= depth + 1 || other[depth] != path[depth])
            .map_or(notes.len(), |offset| index + offset);
        let inner = items(&notes[index..end], depth + 1, span);
        tokens.extend(quote_spanned! {span=>
            #[allow(non_snake_case, non_camel_case_types)]
            pub(crate) mod #name { #inner }
        });
        index = end;
    }
    tokens
}

/// A GraphQL name as a Rust identifier: raw for a keyword, with a trailing `_` for the few
/// that cannot be raw.
fn ident(name: &str, span: Span) -> Ident {
    match name {
        "self" | "super" | "crate" | "Self" | "_" => format_ident!("{name}_", span = span),
        _ if syn::parse_str::<Ident>(name).is_ok() => Ident::new(name, span),
        _ => Ident::new_raw(name, span),
    }
}
