//! An operation into its module model: the `Variables` struct, the response from
//! `ResponseData` down, and the `Error` enum of its possible errors.

use apollo_compiler::executable::Operation;
use quote::quote;

use super::errors;
use super::selection::Walker;
use super::{Ctx, Scope};
use crate::rust::document::Prepared;
use crate::rust::error::CodegenError;
use crate::rust::mock::MockFunctions;
use crate::rust::model::{InputField, OperationModule, Variables};
use crate::rust::names::{ident, pascal, snake, Registry};

/// Analyses an operation: its variables, and its selection from `ResponseData` down.
pub(super) fn operation(
    ctx: &mut Ctx<'_>,
    prepared: &Prepared,
) -> Result<OperationModule, CodegenError> {
    let document = &prepared.document;
    let operation =
        document
            .operations
            .named
            .values()
            .next()
            .ok_or_else(|| CodegenError::Internal {
                message: format!("no operation `{}` after building it", prepared.name),
            })?;
    let base = pascal(&prepared.name);
    let op_ident = ctx.names(Scope::Local).claim(&base);
    let error_ident = ctx.names(Scope::Local).claim("Error");
    let errors = errors::error_enum(
        ctx.schema,
        document,
        &operation.selection_set,
        (error_ident, op_ident.clone(), prepared.name.clone()),
        ctx.options.runtime.clone(),
        ctx.options.derives(errors::ERROR_DERIVES),
    );
    let variables = variables(ctx, operation)?;
    let docs = vec![format!("The data of the `{}` response.", prepared.name)];
    let mut walker = Walker {
        ctx,
        document,
        scope: Scope::Local,
    };
    let structs = walker.structure(
        ident("ResponseData"),
        &base,
        &operation.selection_set.ty,
        &[&operation.selection_set],
        docs,
    )?;
    let mock = match walker.ctx.options.typed_mocks.clone() {
        Some(cfg) => Some(MockFunctions::new(
            walker.ctx.valid(),
            document,
            operation,
            &variables,
            cfg,
        )?),
        None => None,
    };
    Ok(OperationModule {
        name: prepared.name.clone(),
        ident: op_ident,
        kind: operation.operation_type.to_string(),
        query: prepared.query.clone(),
        runtime: walker.ctx.options.runtime.clone(),
        variables,
        structs,
        inline: None,
        mock,
        errors,
    })
}

fn variables(ctx: &mut Ctx<'_>, operation: &Operation) -> Result<Variables, CodegenError> {
    let mut names = Registry::default();
    let mut fields = Vec::new();
    for variable in &operation.variables {
        let (ty, nullable) = ctx.input_type(&variable.ty, Scope::Local)?;
        let optional = nullable || variable.default_value.is_some();
        let mut signature = format!("`${}: {}", variable.name, variable.ty);
        if let Some(default) = &variable.default_value {
            signature.push_str(&format!(" = {default}"));
        }
        signature.push('`');
        let mut docs = vec![signature];
        let ty = if optional {
            // Three states, as for nullable input fields: `Absent` leaves the variable out (its
            // default, if any, applies), `Null` sends an explicit `null`.
            docs.push(String::new());
            docs.push(
                "`InputValue::Absent` (the default) leaves it out, `InputValue::Null` sends `null`, `value.into()` sends a value."
                    .to_owned(),
            );
            let runtime = &ctx.options.runtime;
            quote!(#runtime::InputValue<#ty>)
        } else {
            ty
        };
        fields.push(InputField {
            ident: names.claim(&snake(&variable.name)),
            json_name: variable.name.to_string(),
            ty,
            docs,
            deprecated: None,
            optional,
        });
    }
    let derives: &[&str] = if fields.iter().all(|field| field.optional) {
        &["Debug", "Clone", "Default"]
    } else {
        &["Debug", "Clone"]
    };
    Ok(Variables {
        runtime: ctx.options.runtime.clone(),
        derives: ctx.options.derives(derives),
        fields,
    })
}
