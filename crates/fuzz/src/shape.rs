//! The JSON-shape check of a response against generated code, without compiling it.
//!
//! Compiling the generated module of every case is far too slow for a fuzz loop, so this reads
//! the module with syn and follows what its serde impls would do: each struct's
//! `Fields::KEYS` and `Fields::Slots` give its JSON keys and their Rust types, an `…On` enum
//! picks the struct of the object's `__typename`, a type alias stands for its target, and a
//! schema enum reads a string. `Option<T>` admits `null`, `Vec<T>` an array, `String`,
//! `bool`, `i32`, `i64` and `f64` their JSON kinds. A required key missing from an object, or
//! a value of the wrong kind, is a mismatch: exactly what would make deserialising the
//! response into `ResponseData` fail.

use std::collections::HashMap;

use serde_json::Value;
use syn::{Expr, GenericArgument, ImplItem, Item, Lit, PathArguments, Type};

/// The document a generated module sends (its `QUERY`: the operation, its fragments and the
/// `__typename`s the generated types read) and, when its `mock_json` is one JSON literal (no
/// `@skip`/`@include` conditions), that typed mock's data.
pub(crate) fn sent_and_mocked(source: &str) -> Result<(String, Option<Value>), String> {
    let file = syn::parse_file(source).map_err(|error| format!("generated code: {error}"))?;
    let mut query = None;
    let mut mocked = None;
    for item in &file.items {
        match item {
            Item::Const(constant) if constant.ident == "QUERY" => {
                if let Expr::Lit(syn::ExprLit {
                    lit: Lit::Str(text),
                    ..
                }) = &*constant.expr
                {
                    query = Some(text.value());
                }
            }
            Item::Fn(function) if function.sig.ident == "mock_json" => {
                let literals = string_literals(quote::ToTokens::to_token_stream(&function.block));
                if let [literal] = literals.as_slice() {
                    mocked = serde_json::from_str(literal).ok();
                }
            }
            _ => {}
        }
    }
    let query = query.ok_or("generated code has no `QUERY` string")?;
    Ok((query, mocked))
}

/// Every string literal in a token stream, unescaped.
fn string_literals(tokens: proc_macro2::TokenStream) -> Vec<String> {
    let mut found = Vec::new();
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Group(group) => found.extend(string_literals(group.stream())),
            proc_macro2::TokenTree::Literal(literal) => {
                if let Ok(Lit::Str(text)) = syn::parse_str::<Lit>(&literal.to_string()) {
                    found.push(text.value());
                }
            }
            _ => {}
        }
    }
    found
}

/// The types of one generated module that the check follows.
struct Module {
    /// A struct's JSON keys with the Rust type each reads into.
    fields: HashMap<String, Vec<(String, Type)>>,
    /// A struct's Rust fields that are not read from a key (an `on` dispatch), by type.
    extra: HashMap<String, Vec<Type>>,
    /// An `…On` enum: `__typename` to the struct of that concrete type.
    dispatch: HashMap<String, HashMap<String, String>>,
    /// The schema enums, which read a string.
    enums: Vec<String>,
    /// Type aliases (custom scalars) to their target.
    aliases: HashMap<String, Type>,
}

/// Checks `data` against the `ResponseData` of the generated `source`. Returns how many
/// values it could not judge (types it does not model, such as `serde_json::Value`).
/// Errors: the JSON path and what does not match, or why the source cannot be read.
pub(crate) fn check(source: &str, data: &Value) -> Result<usize, String> {
    let file = syn::parse_file(source).map_err(|error| format!("generated code: {error}"))?;
    let module = Module::read(&file.items);
    if !module.fields.contains_key("ResponseData") {
        return Err("generated code has no `Fields` impl for `ResponseData`".to_owned());
    }
    let mut unjudged = 0;
    module.object("ResponseData", data, "data", &mut unjudged)?;
    Ok(unjudged)
}

impl Module {
    fn read(items: &[Item]) -> Module {
        let mut module = Module {
            fields: HashMap::new(),
            extra: HashMap::new(),
            dispatch: HashMap::new(),
            enums: Vec::new(),
            aliases: HashMap::new(),
        };
        let mut struct_fields: HashMap<String, Vec<(String, Type)>> = HashMap::new();
        for item in items {
            match item {
                Item::Impl(block) if is_fields_impl(block) => {
                    if let Some(name) = last_ident(&block.self_ty) {
                        module.fields.insert(name, keyed_types(&block.items));
                    }
                }
                Item::Struct(item) => {
                    let fields = item
                        .fields
                        .iter()
                        .filter_map(|f| Some((f.ident.as_ref()?.to_string(), f.ty.clone())))
                        .collect();
                    struct_fields.insert(item.ident.to_string(), fields);
                }
                Item::Enum(item) => {
                    let variants: HashMap<String, String> = item
                        .variants
                        .iter()
                        .filter_map(|variant| {
                            let field = variant.fields.iter().next()?;
                            let target = last_ident(&field.ty)?;
                            (target != "String").then(|| (variant.ident.to_string(), target))
                        })
                        .collect();
                    if variants.is_empty() {
                        module.enums.push(item.ident.to_string());
                    } else {
                        module.dispatch.insert(item.ident.to_string(), variants);
                    }
                }
                Item::Type(alias) => {
                    module
                        .aliases
                        .insert(alias.ident.to_string(), (*alias.ty).clone());
                }
                Item::Mod(inner) => {
                    if let Some((_, items)) = &inner.content {
                        let nested = Module::read(items);
                        module.fields.extend(nested.fields);
                        module.extra.extend(nested.extra);
                        module.dispatch.extend(nested.dispatch);
                        module.enums.extend(nested.enums);
                        module.aliases.extend(nested.aliases);
                    }
                }
                _ => {}
            }
        }
        for (name, fields) in struct_fields {
            let keyed = module.fields.get(&name).map_or(0, Vec::len);
            let extra: Vec<Type> = fields.into_iter().skip(keyed).map(|(_, ty)| ty).collect();
            module.extra.insert(name, extra);
        }
        module
    }

    /// Checks one JSON object against the struct `name`.
    fn object(
        &self,
        name: &str,
        value: &Value,
        path: &str,
        unjudged: &mut usize,
    ) -> Result<(), String> {
        let Some(object) = value.as_object() else {
            return Err(format!(
                "{path}: `{name}` reads an object, the response has {value}"
            ));
        };
        for (key, ty) in self.fields.get(name).into_iter().flatten() {
            let at = format!("{path}.{key}");
            match object.get(key) {
                Some(value) => self.value(ty, value, &at, unjudged)?,
                None if option_inner(ty).is_some() => {}
                None => {
                    return Err(format!(
                        "{at}: required by `{name}`, missing from the response"
                    ))
                }
            }
        }
        for ty in self.extra.get(name).into_iter().flatten() {
            let Some(target) = last_ident(ty) else {
                continue;
            };
            if let Some(variants) = self.dispatch.get(&target) {
                let typename = object.get("__typename").and_then(Value::as_str);
                let Some(typename) = typename else {
                    return Err(format!(
                        "{path}: `{target}` needs `__typename`, the response has none"
                    ));
                };
                if let Some(concrete) = variants.get(typename) {
                    self.object(concrete, value, path, unjudged)?;
                }
            } else if self.fields.contains_key(&target) {
                self.object(&target, value, path, unjudged)?;
            }
        }
        Ok(())
    }

    /// Checks one JSON value against the Rust type `ty`.
    fn value(
        &self,
        ty: &Type,
        value: &Value,
        path: &str,
        unjudged: &mut usize,
    ) -> Result<(), String> {
        if let Some(inner) = option_inner(ty) {
            return if value.is_null() {
                Ok(())
            } else {
                self.value(inner, value, path, unjudged)
            };
        }
        if let Some(inner) = generic_inner(ty, "Vec") {
            let Some(items) = value.as_array() else {
                return Err(format!(
                    "{path}: a list is expected, the response has {value}"
                ));
            };
            for (index, item) in items.iter().enumerate() {
                self.value(inner, item, &format!("{path}[{index}]"), unjudged)?;
            }
            return Ok(());
        }
        let Some(name) = last_ident(ty) else {
            *unjudged += 1;
            return Ok(());
        };
        let fits = match name.as_str() {
            "String" => value.is_string(),
            "bool" => value.is_boolean(),
            "i32" => value.as_i64().is_some_and(|n| i32::try_from(n).is_ok()),
            "i64" => value.is_i64(),
            "f64" => value.is_number(),
            _ if self.fields.contains_key(&name) => {
                return self.object(&name, value, path, unjudged)
            }
            _ if self.enums.contains(&name) => value.is_string(),
            _ => match self.aliases.get(&name) {
                Some(target) => return self.value(target, value, path, unjudged),
                None => {
                    *unjudged += 1;
                    true
                }
            },
        };
        if fits {
            Ok(())
        } else {
            Err(format!("{path}: `{name}` cannot read {value}"))
        }
    }
}

/// Whether an impl block is `impl …::Fields for X`.
fn is_fields_impl(block: &syn::ItemImpl) -> bool {
    block
        .trait_
        .as_ref()
        .and_then(|(path, _)| path.segments.last())
        .is_some_and(|segment| segment.ident == "Fields")
}

/// The `KEYS` of a `Fields` impl paired with its `Slots` types, each without the slot's
/// outer `Option`.
fn keyed_types(items: &[ImplItem]) -> Vec<(String, Type)> {
    let mut keys = Vec::new();
    let mut slots = Vec::new();
    for item in items {
        match item {
            ImplItem::Const(constant) if constant.ident == "KEYS" => {
                let mut expr = &constant.expr;
                if let Expr::Reference(reference) = expr {
                    expr = &reference.expr;
                }
                if let Expr::Array(array) = expr {
                    for element in &array.elems {
                        if let Expr::Lit(syn::ExprLit {
                            lit: Lit::Str(key), ..
                        }) = element
                        {
                            keys.push(key.value());
                        }
                    }
                }
            }
            ImplItem::Type(alias) if alias.ident == "Slots" => {
                slots = slot_types(&alias.ty)
                    .into_iter()
                    .map(|slot| option_inner(slot).unwrap_or(slot).clone())
                    .collect();
            }
            _ => {}
        }
    }
    keys.into_iter().zip(slots).collect()
}

/// The slots of a `Slots` type in key order: a tuple's elements, or those of both halves of a
/// `Chain<A, B>` (a struct with more keys than one tuple of the runtime holds).
fn slot_types(ty: &Type) -> Vec<&Type> {
    match ty {
        Type::Tuple(tuple) => tuple.elems.iter().collect(),
        Type::Path(path) => {
            let Some(segment) = path.path.segments.last() else {
                return Vec::new();
            };
            let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
                return Vec::new();
            };
            if segment.ident != "Chain" {
                return Vec::new();
            }
            arguments
                .args
                .iter()
                .filter_map(|argument| match argument {
                    GenericArgument::Type(half) => Some(slot_types(half)),
                    _ => None,
                })
                .flatten()
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The last identifier of a type path, e.g. `AccountStatus` of `super::types::AccountStatus`.
fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `T` of `Option<T>`.
fn option_inner(ty: &Type) -> Option<&Type> {
    generic_inner(ty, "Option")
}

/// `T` of `wrapper<T>`.
fn generic_inner<'t>(ty: &'t Type, wrapper: &str) -> Option<&'t Type> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    if segment.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
        return None;
    };
    match arguments.args.first()? {
        GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::check;

    /// A module `cargo xtask codegen` generated: an interface selection with an `…On` enum.
    const VIEWER_ACCOUNTS: &str =
        include_str!("../../../tests/compile-run/src/generated/viewer_accounts.rs");

    fn account(balance: serde_json::Value) -> serde_json::Value {
        json!({"viewer": {"givenName": "A", "accounts": [
            {"__typename": "AccountType", "number": null, "balance": balance}
        ]}})
    }

    #[test]
    fn the_typed_mock_fits() {
        assert_eq!(check(VIEWER_ACCOUNTS, &account(json!(1))), Ok(0));
    }

    #[test]
    fn a_value_of_the_wrong_kind_does_not() {
        let error = check(VIEWER_ACCOUNTS, &account(json!("1"))).unwrap_err();
        assert_eq!(
            error,
            "data.viewer.accounts[0].balance: `i32` cannot read \"1\""
        );
        let error = check(VIEWER_ACCOUNTS, &account(json!(1u64 << 40))).unwrap_err();
        assert!(
            error.starts_with("data.viewer.accounts[0].balance"),
            "{error}"
        );
    }

    #[test]
    fn a_missing_required_key_does_not() {
        let data = json!({"viewer": {"accounts": []}});
        let error = check(VIEWER_ACCOUNTS, &data).unwrap_err();
        assert_eq!(
            error,
            "data.viewer.givenName: required by `ViewerAccountsViewer`, missing from the response"
        );
        let data = json!({"viewer": {"givenName": "A", "accounts": [{"number": "1"}]}});
        let error = check(VIEWER_ACCOUNTS, &data).unwrap_err();
        assert!(error.contains("__typename"), "{error}");
    }

    #[test]
    fn an_unknown_concrete_type_reads_as_other() {
        let data = json!({"viewer": {"givenName": "A", "accounts": [{"__typename": "Later", "number": "1"}]}});
        assert_eq!(check(VIEWER_ACCOUNTS, &data), Ok(0));
    }
}
