//! Every `#[kraken_query(...)]` struct of a Rust source with the arguments the macro reads: what
//! `krakenql prepare` needs to expand each invocation ahead of the build as the macro would.

use krakenql_schema::{codes, Diagnostic, Location};
use syn::visit::{self, Visit};
use syn::{Expr, ExprLit, ItemStruct, Lit, Meta};

/// Where an invocation's operation comes from, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvocationDocument {
    /// `query = "queries/x.graphql"`: a file relative to the crate's manifest directory.
    File(String),
    /// `document = r#"…"#`: the operation's text (the literal's value).
    Inline(String),
}

/// One `#[kraken_query]` invocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    /// The struct the attribute is on.
    pub struct_name: String,
    /// The operation.
    pub document: InvocationDocument,
    /// `schema = "…"`, when given.
    pub schema: Option<String>,
    /// The line the attribute starts on (1-based).
    pub line: usize,
    /// The column the attribute starts at (0-based, in characters).
    pub column: usize,
}

/// The invocations of the Rust source `text` (named `file` in diagnostics), in source order.
/// Invocations whose arguments the macro would reject (not string literals, both `query` and
/// `document`, neither) are left out: the build reports them.
///
/// # Errors
///
/// A `rust-syntax` diagnostic at the parser's line and column when the file is not Rust.
pub fn kraken_query_invocations(file: &str, text: &str) -> Result<Vec<Invocation>, Diagnostic> {
    let file_ast = syn::parse_file(text).map_err(|error| {
        let start = error.span().start();
        Diagnostic::error(
            codes::RUST_SYNTAX,
            format!("{file} does not parse as Rust: {error}"),
        )
        .at(Location::new(file, start.line, start.column + 1))
        .with_help("fix the Rust syntax; prepare reads every #[kraken_query] of the crate")
    })?;
    let mut finder = Finder::default();
    finder.visit_file(&file_ast);
    Ok(finder.found)
}

#[derive(Default)]
struct Finder {
    found: Vec<Invocation>,
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_item_struct(&mut self, item: &'ast ItemStruct) {
        for attribute in &item.attrs {
            let is_kraken_query = attribute
                .path()
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "kraken_query");
            if let (true, Meta::List(list)) = (is_kraken_query, &attribute.meta) {
                let start = attribute.pound_token.span.start();
                if let Some((document, schema)) = arguments(list) {
                    self.found.push(Invocation {
                        struct_name: item.ident.to_string(),
                        document,
                        schema,
                        line: start.line,
                        column: start.column,
                    });
                }
            }
        }
        visit::visit_item_struct(self, item);
    }
}

/// The operation and schema of an attribute, when the macro would accept them.
fn arguments(list: &syn::MetaList) -> Option<(InvocationDocument, Option<String>)> {
    let mut query = None;
    let mut document = None;
    let mut schema = None;
    list.parse_nested_meta(|meta| {
        let value: Expr = meta.value()?.parse()?;
        let Expr::Lit(ExprLit {
            lit: Lit::Str(literal),
            ..
        }) = value
        else {
            return Err(meta.error("not a string literal"));
        };
        let slot = if meta.path.is_ident("query") {
            &mut query
        } else if meta.path.is_ident("document") {
            &mut document
        } else if meta.path.is_ident("schema") {
            &mut schema
        } else {
            return Err(meta.error("unknown argument"));
        };
        if slot.replace(literal.value()).is_some() {
            return Err(meta.error("given twice"));
        }
        Ok(())
    })
    .ok()?;
    let document = match (query, document) {
        (Some(path), None) => InvocationDocument::File(path),
        (None, Some(text)) => InvocationDocument::Inline(text),
        _ => return None,
    };
    Some((document, schema))
}
