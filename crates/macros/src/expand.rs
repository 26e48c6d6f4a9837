//! The expansion: read the inputs, take the module from the crate's prepared entry when one
//! matches them (`prepared.rs`), else call `krakenql_codegen::rust::generate_single_tokens`
//! (which validates and lints the document once, with today's date), and assemble the tokens.
//! No generation happens here.
//!
//! For `#[kraken_query(…)] pub struct AccountBalance;` the output is
//!
//! ```text
//! /// (the struct's doc comments)
//! pub use account_balance::<Operation struct> as AccountBalance;
//! /// The types of `AccountBalance`, written by `#[kraken_query]`: …
//! #[allow(deprecated, clippy::pedantic, clippy::nursery)]
//! pub mod account_balance { /* the items of the generate_single file, verbatim */ }
//! // or, on a prepared hit, the same attributes and the entry as the module's file:
//! // #[path = "/abs/.krakenql/account_balance-<key>.rs"] pub mod account_balance;
//! const _: () = { fn track() { let _ = include_bytes!("/abs/schema.graphql"); } … option_env!(…); };
//! const _: () = { #[deprecated(note = "…")] const __krakenql_deprecated_0: () = (); … };
//! ```
//!
//! The module holds exactly the file `krakenql generate` writes for the operation (whose `//`
//! header comment is the only thing tokens cannot carry), so `krakenql expand` prints the same
//! bytes. The tokens go into the module as codegen made them: formatting them to text and
//! parsing that back would cost a proc macro, which runs unoptimised in a debug build, more than
//! the generation itself. A prepared entry is already text, so a hit names it as the module's
//! file and rustc parses it as it parses any source file; that is what makes a hit cost about
//! what the same module costs as plain source, with no proc-macro bridge in between.
//!
//! The struct the user wrote becomes a re-export of the module's operation struct, which
//! implements `krakenql::Operation`; the name the user gave is the one in scope. The re-export's
//! path has no `self::`, so the macro also works on a struct inside a function body; a crate
//! named like the module (`serde` for `struct Serde`) makes it ambiguous, which rustc reports.
//!
//! The `include_bytes!`s (schema, query, graphql.config.toml) and the `option_env!`s
//! (`SOURCE_DATE_EPOCH`, `KRAKENQL_OFFLINE`) put those inputs in rustc's dep-info, so cargo
//! expands again when one of them changes; the shared ones are emitted once per compiler
//! process, which compiles one crate. A hit's code is in dep-info as the module's file and its
//! JSON file is tracked like the query file; its key holds every input, so a changed input
//! looks up another entry. A file created after a build (a `schema/kraken.graphql` or a
//! graphql.config.toml where there was none) cannot be tracked before it exists: cargo notices
//! it only when the crate is rebuilt for another reason.
//!
//! The module carries a doc comment and `#[allow(…)]` as outer attributes (outside the file's
//! bytes; `krakenql_codegen::prepared::MODULE_ALLOWED_LINTS` says why each lint). Uses of
//! deprecated items in the user's code still warn, and so does the macro call.

use std::path::{Path, PathBuf};

use krakenql_codegen::prepared::{
    module_doc, module_name, uses_shipped_schema, DEFAULT_SCHEMA, MODULE_ALLOWED_LINTS,
};
use krakenql_codegen::rust::generate_single_tokens;
use krakenql_lint::LintReport;
use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::args::{self, Document, Errors};
use crate::diagnostics::{self, Place, Shown};
use crate::inputs::{self, SchemaFile};
use crate::prepared::{self, Folder, Invocation, Lookup};
use crate::warnings;

/// What the macro reads from its environment.
pub(crate) struct Env {
    /// `CARGO_MANIFEST_DIR` of the crate being compiled.
    pub(crate) manifest_dir: PathBuf,
    /// `SOURCE_DATE_EPOCH`, when set.
    pub(crate) source_date_epoch: Option<String>,
    /// `KRAKENQL_OFFLINE=true` (or `1`): a miss is a compile error instead of a generation.
    pub(crate) offline: bool,
    /// Where prepared entries are looked up.
    pub(crate) folder: Folder,
}

/// The whole expansion; on failure, the errors, the item unchanged and a placeholder
/// `Operation` impl for it, so that each problem is one error and code that uses the struct
/// as an operation adds none of its own ("the trait `Operation` is not implemented").
pub(crate) fn expand(env: &Env, args: TokenStream, item: TokenStream) -> TokenStream {
    match try_expand(env, args, item.clone()) {
        Ok(tokens) => tokens,
        Err(errors) => {
            let mut tokens = errors.to_compile_errors();
            tokens.extend(placeholder(env, &item));
            tokens.extend(item);
            tokens
        }
    }
}

/// An `Operation` impl with empty variables and data for a unit struct the expansion failed
/// on; nothing when the item is not one (its own error says so).
fn placeholder(env: &Env, item: &TokenStream) -> TokenStream {
    let Ok(item) = syn::parse2::<syn::ItemStruct>(item.clone()) else {
        return TokenStream::new();
    };
    if !matches!(item.fields, syn::Fields::Unit) || !item.generics.params.is_empty() {
        return TokenStream::new();
    }
    // The runtime's path as the config gives it; a config that cannot be read has its own
    // error, and the default path stands in.
    let runtime = inputs::config(&env.manifest_dir)
        .ok()
        .and_then(|config| syn::parse_str::<syn::Path>(&config.options.runtime).ok())
        .map_or_else(|| quote!(::krakenql), |path| quote!(#path));
    let ident = &item.ident;
    quote! {
        impl #runtime::Operation for #ident {
            const QUERY: &'static str = "";
            const OPERATION_NAME: &'static str = "";
            type Variables = ();
            type ResponseData = ();
        }
    }
}

fn try_expand(env: &Env, args: TokenStream, item: TokenStream) -> Result<TokenStream, Errors> {
    let mut errors = Errors::default();
    let args = args::parse(args).map_err(|error| errors.push(error));
    let item = target(item).map_err(|error| errors.push(error));
    let (Ok(args), Ok(item)) = (args, item) else {
        return Err(errors);
    };
    let config = inputs::config(&env.manifest_dir).map_err(single)?;
    let literal = args.document.literal();
    let (text, file_name, document_path) = match &args.document {
        Document::File(literal) => {
            let path = env.manifest_dir.join(literal.value());
            let text = inputs::read(&path, literal.span()).map_err(|error| errors.push(error));
            (text.ok(), literal.value(), Some(path))
        }
        Document::Inline(literal) => (
            Some(literal.value()),
            format!("{}.graphql", item.ident),
            None,
        ),
    };
    let schema_files = schema_files(
        &env.manifest_dir,
        args.schema.as_ref(),
        &config.config.schema,
    );
    let today = crate::today::today(env.source_date_epoch.as_deref(), config.config.today)
        .map_err(|error| errors.push(error));
    let (Some(text), Ok(today)) = (text, today) else {
        // An unreadable schema is reported too, not only the first problem.
        if let Err(error) = inputs::schema_hash(&schema_files) {
            errors.push(error);
        }
        return Err(errors);
    };
    let place = Place {
        name: &file_name,
        shown: match &args.document {
            Document::File(_) => Shown::Named,
            Document::Inline(literal) => Shown::inline(literal),
        },
    };
    let struct_name = item.ident.to_string();
    let invocation = Invocation {
        settings: &config,
        schema_files: &schema_files,
        document: &text,
        file_name: &file_name,
        struct_name: &struct_name,
        today,
        span: literal.span(),
    };
    let module =
        match prepared::lookup(&env.manifest_dir, &env.folder, &invocation).map_err(single)? {
            Lookup::Hit(entry) => Module {
                operation: entry.operation,
                body: Body::File(entry.code),
                meta: Some(entry.meta),
                report: entry.report,
            },
            Lookup::Miss(folder) if env.offline => {
                return Err(single(prepared::offline_miss(
                    &invocation,
                    folder.as_deref(),
                    literal.span(),
                )))
            }
            Lookup::Miss(_) => {
                let schema = inputs::schema(&schema_files).map_err(single)?;
                let module = generate_single_tokens(
                    &schema,
                    &text,
                    &file_name,
                    &config.options,
                    &config.lint_options(today),
                )
                .map_err(|error| diagnostics::codegen_failure(&error, literal.span(), &place))?;
                Module {
                    operation: module.operation,
                    body: Body::Tokens(module.tokens),
                    meta: None,
                    report: module.report,
                }
            }
        };
    let findings = diagnostics::findings(&module.report, literal.span(), &place);
    // The query file belongs to this invocation; the schema and config are shared by every
    // invocation of the crate and tracked once per compiler process.
    let config_path = env.manifest_dir.join(krakenql_schema::config::CONFIG_FILE);
    let shared = schema_files
        .iter()
        .filter(|file| !file.shipped)
        .map(|file| file.path.as_path())
        .chain(config_path.exists().then_some(config_path.as_path()));
    let mut tracked: Vec<&Path> = shared.filter(|path| inputs::needs_tracking(path)).collect();
    tracked.extend(document_path.as_deref());
    tracked.extend(module.meta.as_deref());
    let mut tokens = findings.errors.to_compile_errors();
    tokens.extend(assemble(&item, module.operation, module.body, &tracked));
    tokens.extend(warnings::warnings(&findings.warnings, literal.span()));
    Ok(tokens)
}

/// The schema files: the attribute's, else the config's, else the default path, else (when the
/// crate has no file there) the schema krakenql ships, as every krakenql command does.
fn schema_files(dir: &Path, argument: Option<&syn::LitStr>, config: &[String]) -> Vec<SchemaFile> {
    match argument {
        Some(literal) => vec![SchemaFile {
            path: dir.join(literal.value()),
            span: literal.span(),
            shipped: false,
        }],
        None if !config.is_empty() => config
            .iter()
            .map(|path| SchemaFile {
                path: dir.join(path),
                span: Span::call_site(),
                shipped: false,
            })
            .collect(),
        None if uses_shipped_schema(None, config, dir.join(DEFAULT_SCHEMA).exists()) => {
            vec![SchemaFile::shipped()]
        }
        None => vec![SchemaFile {
            path: dir.join(DEFAULT_SCHEMA),
            span: Span::call_site(),
            shipped: false,
        }],
    }
}

/// The annotated item: a unit struct without generics, with doc comments at most.
fn target(item: TokenStream) -> Result<syn::ItemStruct, syn::Error> {
    let item: syn::ItemStruct = syn::parse2(item).map_err(|error| {
        syn::Error::new(
            error.span(),
            "#[kraken_query] goes on a unit struct, e.g. `pub struct AccountBalance;`",
        )
    })?;
    let mut errors = Errors::default();
    if !matches!(item.fields, syn::Fields::Unit) {
        errors.push(syn::Error::new_spanned(
            &item.fields,
            "the struct is generated: write it without fields, e.g. `pub struct AccountBalance;`",
        ));
    }
    if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
        errors.push(syn::Error::new_spanned(
            &item.generics,
            "the generated operation struct has no generic parameters",
        ));
    }
    for attr in item
        .attrs
        .iter()
        .filter(|attr| !attr.path().is_ident("doc"))
    {
        errors.push(syn::Error::new_spanned(
            attr,
            "only doc comments can go on a #[kraken_query] struct: the struct is generated (without derives)",
        ));
    }
    errors.finish().map(|()| item)
}

/// The generated module of one invocation.
struct Module {
    /// The name of the operation struct, which implements the runtime's `Operation`.
    operation: syn::Ident,
    body: Body,
    /// A prepared entry's JSON file, tracked like the document.
    meta: Option<PathBuf>,
    /// The findings of the document, judged on the build's day.
    report: LintReport,
}

/// The body of the generated module.
pub(crate) enum Body {
    /// Tokens generated by this expansion.
    Tokens(TokenStream),
    /// A prepared entry's code (`prepared::lookup` checked that the path is a UTF-8 file), which
    /// rustc reads as the module's file: the same items as the tokens a miss generates, parsed by
    /// rustc from the file instead of lexed through the proc-macro bridge.
    File(PathBuf),
}

/// Assembles the re-export, the module and the file tracking.
pub(crate) fn assemble(
    item: &syn::ItemStruct,
    operation: syn::Ident,
    body: Body,
    tracked: &[&Path],
) -> TokenStream {
    let name = &item.ident;
    let vis = &item.vis;
    let docs = &item.attrs;
    let module_name = module_ident(&name.to_string());
    let alias = (operation != *name).then(|| quote!(as #name));
    let doc = module_doc(&name.to_string());
    // Constant lint names, which always parse as paths.
    let lints = MODULE_ALLOWED_LINTS
        .iter()
        .filter_map(|lint| syn::parse_str::<syn::Path>(lint).ok());
    let attributes = quote! {
        #[doc = #doc]
        #[allow(#(#lints),*)]
    };
    let module = match body {
        Body::Tokens(contents) => quote! {
            #attributes
            #vis mod #module_name {
                #contents
            }
        },
        Body::File(path) => {
            let path = path.to_string_lossy();
            quote! {
                #attributes
                #[path = #path]
                #vis mod #module_name;
            }
        }
    };
    let files = tracked.iter().map(|path| path.display().to_string());
    let variables = inputs::needs_variable_tracking().then(|| {
        quote! {
            const _: ::core::option::Option<&str> = ::core::option_env!("SOURCE_DATE_EPOCH");
            const _: ::core::option::Option<&str> = ::core::option_env!("KRAKENQL_OFFLINE");
        }
    });
    // The bytes go into the body of a function nothing calls: rustc reads the files (and lists
    // them in dep-info) but keeps them out of the crate's metadata and incremental cache, where
    // a `const` would store the whole schema twice (3.5 MB for the bundled one, about 30 ms of
    // every rebuild).
    let files = (!tracked.is_empty()).then(|| {
        quote! {
            #[allow(dead_code)]
            fn track() {
                #(let _ = include_bytes!(#files);)*
            }
        }
    });
    let tracking = (files.is_some() || variables.is_some()).then(|| {
        quote! {
            const _: () = {
                #files
                #variables
            };
        }
    });
    quote! {
        #(#docs)*
        #vis use #module_name::#operation #alias;
        #module
        #tracking
    }
}

/// The module's name, as `krakenql expand FILE.rs` names it
/// (`krakenql_codegen::prepared::module_name`: `type_` for a keyword).
pub(crate) fn module_ident(name: &str) -> syn::Ident {
    syn::Ident::new(&module_name(name), Span::call_site())
}

fn single(error: syn::Error) -> Errors {
    let mut errors = Errors::default();
    errors.push(error);
    errors
}
