//! Rust names from GraphQL names: snake_case fields, PascalCase types, keywords escaped, and
//! registries that keep names unique within a namespace.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Words that need a raw identifier (`r#type`) to be used as a name.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Words that cannot even be raw identifiers; they get a trailing underscore.
const RESERVED: &[&str] = &["self", "Self", "super", "crate", "_"];

/// An identifier for `name`, escaped if it is a keyword.
pub(crate) fn ident(name: &str) -> Ident {
    if RESERVED.contains(&name) {
        Ident::new(&format!("{name}_"), Span::call_site())
    } else if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// The snake_case Rust name of a GraphQL field, argument or variable name.
pub(crate) fn snake(name: &str) -> String {
    let snake = name.to_snake_case();
    if snake.is_empty() {
        "field".to_owned()
    } else {
        snake
    }
}

/// The PascalCase Rust name of a GraphQL name (response keys, enum values).
pub(crate) fn pascal(name: &str) -> String {
    let pascal = name.to_upper_camel_case();
    if pascal.is_empty() {
        "Value".to_owned()
    } else {
        pascal
    }
}

/// The names already taken in one namespace; later claims get a numeric suffix.
#[derive(Debug, Clone, Default)]
pub(crate) struct Registry {
    taken: BTreeSet<String>,
}

impl Registry {
    /// A registry where `reserved` are already taken.
    pub(super) fn with(reserved: impl IntoIterator<Item = String>) -> Self {
        Registry {
            taken: reserved.into_iter().collect(),
        }
    }

    /// Claims `base`, or `base2`, `base3`, … when taken, and returns the identifier.
    pub(super) fn claim(&mut self, base: &str) -> Ident {
        let mut name = base.to_owned();
        let mut n = 2;
        while self.taken.contains(&name) || RESERVED.contains(&name.as_str()) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        ident(&name)
    }

    /// The unknown-value variant: `Other`, or `UnknownValue` when a real value is `Other`.
    pub(super) fn claim_other(&mut self) -> Ident {
        if self.taken.contains("Other") {
            self.claim("UnknownValue")
        } else {
            self.claim("Other")
        }
    }

    /// Whether a name is taken.
    pub(super) fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Marks a name as taken without claiming it.
    pub(super) fn reserve(&mut self, name: &str) {
        self.taken.insert(name.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_keywords_and_reserved_words() {
        assert_eq!(ident(&snake("type")).to_string(), "r#type");
        assert_eq!(ident(&snake("self")).to_string(), "self_");
        assert_eq!(ident(&snake("__typename")).to_string(), "typename");
        assert_eq!(ident(&snake("accountNumber")).to_string(), "account_number");
    }

    #[test]
    fn registry_suffixes_repeated_names() {
        let mut registry = Registry::default();
        assert_eq!(registry.claim("Account").to_string(), "Account");
        assert_eq!(registry.claim("Account").to_string(), "Account2");
    }
}
