//! The attribute's arguments: `query = "…"` or `document = "…"`, and an optional `schema = "…"`.
//!
//! Every problem is a `syn::Error` spanned on the argument it concerns, and all of them are
//! reported together.

use proc_macro2::{Span, TokenStream};
use syn::parse::Parser;

/// Where the operation comes from.
pub(crate) enum Document {
    /// `query = "queries/x.graphql"`: a file relative to `CARGO_MANIFEST_DIR`.
    File(syn::LitStr),
    /// `document = r#"query X { … }"#`: the operation itself.
    Inline(syn::LitStr),
}

impl Document {
    /// The literal that diagnostics about the operation point at.
    pub(crate) fn literal(&self) -> &syn::LitStr {
        match self {
            Document::File(literal) | Document::Inline(literal) => literal,
        }
    }
}

/// The parsed arguments.
pub(crate) struct Args {
    pub(crate) document: Document,
    /// `schema = "schema/kraken.graphql"`, relative to `CARGO_MANIFEST_DIR`.
    pub(crate) schema: Option<syn::LitStr>,
}

/// Parses the attribute's arguments, reporting every bad one.
pub(crate) fn parse(args: TokenStream) -> Result<Args, syn::Error> {
    let mut query = None;
    let mut document = None;
    let mut schema = None;
    let mut bad_operation = false;
    let mut errors = Errors::default();
    let parser = syn::meta::parser(|meta| {
        let key = meta.path.get_ident().map(ToString::to_string);
        let slot = match key.as_deref() {
            Some("query") => &mut query,
            Some("document") => &mut document,
            Some("schema") => &mut schema,
            _ => {
                errors.push(syn::Error::new_spanned(
                    &meta.path,
                    "unknown argument: expected `query = \"path.graphql\"`, `document = r#\"…\"#` or `schema = \"path.graphql\"`",
                ));
                // Skip the value, if any, so the remaining arguments are still checked.
                if meta.input.peek(syn::Token![=]) {
                    meta.value()?.parse::<syn::Expr>()?;
                }
                return Ok(());
            }
        };
        let key = key.unwrap_or_default();
        let value = meta.value()?.parse::<syn::Expr>()?;
        let literal = match value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(literal),
                ..
            }) => literal,
            other => {
                bad_operation |= key != "schema";
                errors.push(syn::Error::new_spanned(
                    other,
                    format!(
                        "`{key}` takes a string literal, e.g. `{key} = \"{}\"`",
                        example(&key)
                    ),
                ));
                return Ok(());
            }
        };
        if slot.is_some() {
            errors.push(syn::Error::new_spanned(
                &literal,
                format!("`{key}` is given twice"),
            ));
        } else {
            *slot = Some(literal);
        }
        Ok(())
    });
    if let Err(error) = parser.parse2(args) {
        errors.push(error);
    }
    let document = match (query, document) {
        (Some(query), None) => Some(Document::File(query)),
        (None, Some(document)) => Some(Document::Inline(document)),
        (Some(_), Some(document)) => {
            errors.push(syn::Error::new_spanned(
                document,
                "give either `query = \"path.graphql\"` or `document = r#\"…\"#`, not both",
            ));
            None
        }
        (None, None) if bad_operation => None,
        (None, None) => {
            errors.push(syn::Error::new(
                Span::call_site(),
                "#[kraken_query] needs the operation: `query = \"queries/x.graphql\"` or `document = r#\"query X { … }\"#`",
            ));
            None
        }
    };
    errors.finish()?;
    match document {
        Some(document) => Ok(Args { document, schema }),
        None => Err(syn::Error::new(Span::call_site(), "no operation given")),
    }
}

fn example(key: &str) -> &'static str {
    match key {
        "document" => "query Viewer { viewer { id } }",
        "schema" => "schema/kraken.graphql",
        _ => "queries/account.graphql",
    }
}

/// Collects errors so that every one of them is reported, not only the first.
#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    /// Adds an error.
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(first) => first.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// Whether no error was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// `Err` holding every error added, if any.
    pub(crate) fn finish(self) -> Result<(), syn::Error> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// The compile errors of every error added (empty when there are none).
    pub(crate) fn to_compile_errors(&self) -> TokenStream {
        self.0
            .as_ref()
            .map(syn::Error::to_compile_error)
            .unwrap_or_default()
    }
}
