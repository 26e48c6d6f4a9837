//! The schema types an output uses: scalar aliases, enums and input objects, each once.

use std::collections::BTreeSet;

use apollo_compiler::ast::Type;
use apollo_compiler::schema::ExtendedType;
use krakenql_schema::Coordinate;
use quote::quote;

use super::{doc_lines, docs_or, Ctx, Scope};
use crate::rust::error::CodegenError;
use crate::rust::model::{
    EnumVariant, InputField, InputObject, ScalarAlias, SchemaEnum, SharedTypes,
};
use crate::rust::names::{ident, pascal, snake, Registry};

/// Records every type an input object's fields use, so that it is emitted too.
pub(super) fn use_input(ctx: &mut Ctx<'_>, name: &str) -> Result<(), CodegenError> {
    if let Some(ExtendedType::InputObject(input)) = ctx.valid().types.get(name) {
        for field in input.fields.values() {
            ctx.input_type(&field.ty, Scope::Shared)?;
        }
    }
    Ok(())
}

/// The models of every recorded scalar, enum and input object, and the fragments.
pub(super) fn shared_types(ctx: &mut Ctx<'_>) -> Result<SharedTypes, CodegenError> {
    let scalars = ctx
        .scalars
        .iter()
        .filter_map(|name| {
            let target = ctx.options.scalars.get(name)?.clone();
            let description = ctx
                .valid()
                .types
                .get(name.as_str())
                .filter(|definition| !definition.is_built_in())
                .and_then(|definition| definition.description());
            let docs = super::summary_and(
                format!("The `{name}` scalar."),
                description.map(|d| d.as_str()),
            );
            Some(ScalarAlias {
                ident: ident(name),
                target,
                docs,
            })
        })
        .collect();
    let enums = ctx
        .enums
        .iter()
        .filter_map(|name| schema_enum(ctx, name))
        .collect();
    let mut inputs = Vec::new();
    for name in ctx.inputs.clone() {
        inputs.push(input_object(ctx, &name)?);
    }
    Ok(SharedTypes {
        scalars,
        enums,
        inputs,
        fragments: std::mem::take(&mut ctx.fragments),
    })
}

fn schema_enum(ctx: &Ctx<'_>, name: &str) -> Option<SchemaEnum> {
    let Some(ExtendedType::Enum(definition)) = ctx.valid().types.get(name) else {
        return None;
    };
    let mut names = Registry::default();
    let variants = definition
        .values
        .values()
        .map(|value| EnumVariant {
            ident: names.claim(&pascal(&value.value)),
            value: value.value.to_string(),
            docs: docs_or(value.description.as_ref().map(|d| d.as_str()), || {
                format!("The `{}` value of `{name}`.", value.value)
            }),
            deprecated: ctx.deprecation_note(Coordinate::enum_value(name, value.value.as_str())),
        })
        .collect();
    let other = (!ctx.options.exhaustive_enums.contains(name)).then(|| names.claim_other());
    Some(SchemaEnum {
        ident: ident(name),
        runtime: ctx.options.runtime.clone(),
        name: name.to_owned(),
        docs: docs_or(definition.description.as_ref().map(|d| d.as_str()), || {
            format!("The `{name}` enum.")
        }),
        derives: ctx
            .options
            .derives(&["Debug", "Clone", "PartialEq", "Eq", "Hash"]),
        variants,
        other,
    })
}

fn input_object(ctx: &mut Ctx<'_>, name: &str) -> Result<InputObject, CodegenError> {
    let Some(ExtendedType::InputObject(definition)) = ctx.valid().types.get(name) else {
        return Err(CodegenError::Internal {
            message: format!("`{name}` is not an input object"),
        });
    };
    let runtime = ctx.options.runtime.clone();
    if definition.directives.get("oneOf").is_some() {
        return one_of_input(ctx, name);
    }
    let mut names = Registry::default();
    let mut fields = Vec::new();
    for (field_name, field) in &definition.fields {
        let (mut ty, nullable) = ctx.input_type(&field.ty, Scope::Shared)?;
        if let Type::Named(inner) | Type::NonNullNamed(inner) = field.ty.as_ref() {
            if reaches(ctx, inner, name, &mut BTreeSet::new()) {
                ty = quote!(Box<#ty>);
            }
        }
        fields.push(InputField {
            ident: names.claim(&snake(field_name)),
            json_name: field_name.to_string(),
            ty: if nullable {
                quote!(#runtime::InputValue<#ty>)
            } else {
                ty
            },
            docs: docs_or(field.description.as_ref().map(|d| d.as_str()), || {
                format!("The `{field_name}` field of `{name}`.")
            }),
            deprecated: ctx.deprecation_note(Coordinate::input_field(name, field_name.as_str())),
            optional: nullable,
        });
    }
    // With every field optional, `..Default::default()` writes a partial update.
    let derives: &[&str] = if fields.iter().all(|field| field.optional) {
        &["Debug", "Clone", "Default"]
    } else {
        &["Debug", "Clone"]
    };
    Ok(InputObject {
        ident: ident(name),
        runtime,
        docs: docs_or(definition.description.as_ref().map(|d| d.as_str()), || {
            format!("The `{name}` input object.")
        }),
        derives: ctx.options.derives(derives),
        fields,
        one_of: false,
    })
}

/// A `@oneOf` input object (GraphQL, September 2025): one variant per field, each holding the
/// field's type as if it were non-null, since exactly one field is sent and never `null`.
fn one_of_input(ctx: &mut Ctx<'_>, name: &str) -> Result<InputObject, CodegenError> {
    let Some(ExtendedType::InputObject(definition)) = ctx.valid().types.get(name) else {
        return Err(CodegenError::Internal {
            message: format!("`{name}` is not an input object"),
        });
    };
    let mut names = Registry::default();
    let mut variants = Vec::new();
    for (field_name, field) in &definition.fields {
        let inner = field.ty.as_ref().clone().non_null();
        let (mut ty, _) = ctx.input_type(&inner, Scope::Shared)?;
        if let Type::NonNullNamed(named) = &inner {
            if reaches(ctx, named, name, &mut BTreeSet::new()) {
                ty = quote!(Box<#ty>);
            }
        }
        variants.push(InputField {
            ident: names.claim(&pascal(field_name)),
            json_name: field_name.to_string(),
            ty,
            docs: doc_lines(field.description.as_ref().map(|d| d.as_str())),
            deprecated: ctx.deprecation_note(Coordinate::input_field(name, field_name.as_str())),
            optional: false,
        });
    }
    Ok(InputObject {
        ident: ident(name),
        runtime: ctx.options.runtime.clone(),
        docs: doc_lines(definition.description.as_ref().map(|d| d.as_str())),
        derives: ctx.options.derives(&["Debug", "Clone"]),
        fields: variants,
        one_of: true,
    })
}

/// Whether input object `from` contains `to` by value (not through a list), so that a field
/// of type `from` inside `to` needs a `Box` to have a size.
fn reaches(ctx: &Ctx<'_>, from: &str, to: &str, seen: &mut BTreeSet<String>) -> bool {
    if from == to {
        return true;
    }
    if !seen.insert(from.to_owned()) {
        return false;
    }
    let Some(ExtendedType::InputObject(definition)) = ctx.valid().types.get(from) else {
        return false;
    };
    definition
        .fields
        .values()
        .any(|field| match field.ty.as_ref() {
            Type::Named(inner) | Type::NonNullNamed(inner) => reaches(ctx, inner, to, seen),
            Type::List(_) | Type::NonNullList(_) => false,
        })
}
