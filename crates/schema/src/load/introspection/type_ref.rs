//! Type references: `NON_NULL` and `LIST` wrappers around a named type.

use apollo_compiler::ast::Type;
use apollo_compiler::Name;

use super::convert::Converter;
use super::json::TypeRef;

/// The kinds of a named type reference.
pub(super) const NAMED_KINDS: [&str; 6] = [
    "SCALAR",
    "OBJECT",
    "INTERFACE",
    "UNION",
    "ENUM",
    "INPUT_OBJECT",
];

impl Converter<'_> {
    /// The names of a list of type references: interfaces or union members.
    pub(super) fn named_list(
        &mut self,
        refs: Option<&[TypeRef]>,
        path: &str,
        key: &str,
    ) -> Vec<Name> {
        let mut names = Vec::new();
        for (index, type_ref) in refs.unwrap_or_default().iter().enumerate() {
            let path = format!("{path}.{key}[{index}]");
            match self.type_ref(type_ref, &path) {
                Some(Type::Named(name)) => names.push(name),
                Some(_) => self.problem(&path, "is a wrapped type where a named type is expected"),
                None => {}
            }
        }
        names
    }

    /// A type reference, with every problem named by its JSON path.
    pub(super) fn type_ref(&mut self, type_ref: &TypeRef, path: &str) -> Option<Type> {
        let kind = match type_ref.kind.as_deref() {
            Some(kind) => kind,
            None => {
                self.problem(path, "has no `kind`");
                return None;
            }
        };
        match kind {
            "NON_NULL" | "LIST" => {
                let inner_path = format!("{path}.ofType");
                let Some(inner) = type_ref.of_type.as_deref() else {
                    self.problem(path, format!("has the kind `{kind}` but no `ofType`"));
                    return None;
                };
                match (kind, self.type_ref(inner, &inner_path)?) {
                    ("LIST", inner) => Some(Type::List(Box::new(inner))),
                    (_, Type::Named(name)) => Some(Type::NonNullNamed(name)),
                    (_, Type::List(item)) => Some(Type::NonNullList(item)),
                    (_, Type::NonNullNamed(_) | Type::NonNullList(_)) => {
                        self.problem(path, "is a `NON_NULL` that wraps another `NON_NULL`");
                        None
                    }
                }
            }
            kind if NAMED_KINDS.contains(&kind) => match type_ref.name.as_deref() {
                Some(name) => self.name(name, &format!("{path}.name")).map(Type::Named),
                None => {
                    self.problem(path, format!("has the kind `{kind}` but no `name`"));
                    None
                }
            },
            other => {
                self.problem(
                    path,
                    format!(
                        "has the unknown kind `{other}` (expected NON_NULL, LIST or one of {})",
                        NAMED_KINDS.join(", ")
                    ),
                );
                None
            }
        }
    }
}
