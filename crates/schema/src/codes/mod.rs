//! The code registry: every diagnostic code krakenql reports outside the linter's rules, with
//! its stable id, kebab-case name and one-line summary. Lint rules keep their own registry
//! (`krakenql_lint::rules`, ids `KQL…`); `docs/codes.md` lists both, generated from these
//! tables by `cargo xtask codegen`.
//!
//! Ids are never reused. The letter after `KQ` says which layer reports the code: `C` the
//! config, `S` the schema loader, merger and importers, `G` the code generator, `P` the project
//! shell (files on disk, generated and prepared folders), `X` the command-line tool.

mod table;

pub use table::*;

use std::fmt;

/// One diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code {
    /// The stable id, e.g. `KQC001`; rendered in the diagnostic's header.
    pub id: &'static str,
    /// The stable kebab-case name, e.g. `config-syntax`.
    pub name: &'static str,
    /// One line: what the code reports.
    pub summary: &'static str,
}

impl Code {
    /// A code; `const` so that the registry is a table of constants.
    pub const fn new(id: &'static str, name: &'static str, summary: &'static str) -> Self {
        Code { id, name, summary }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}

/// Codes compare equal to their name or id, so tests and filters can say `code == "type-unknown"`.
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.name == *other || self.id == *other
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id)
    }
}

/// Finds a registered code by id or name, case-insensitively.
pub fn find(id_or_name: &str) -> Option<Code> {
    ALL.iter()
        .copied()
        .find(|code| code.id.eq_ignore_ascii_case(id_or_name) || code.name == id_or_name)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn ids_and_names_are_unique_and_well_formed() {
        let mut ids = BTreeSet::new();
        let mut names = BTreeSet::new();
        for code in ALL {
            assert!(ids.insert(code.id), "id {} is listed twice", code.id);
            assert!(
                names.insert(code.name),
                "name {} is listed twice",
                code.name
            );
            assert!(
                code.id.len() == 6
                    && code.id.starts_with("KQ")
                    && "CSGPX".contains(&code.id[2..3])
                    && code.id[3..].chars().all(|c| c.is_ascii_digit()),
                "{} is not KQ + layer letter + three digits",
                code.id
            );
            assert!(
                code.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                code.name
            );
            assert!(!code.summary.is_empty() && !code.summary.ends_with('.'));
        }
    }

    #[test]
    fn finds_by_id_and_name() {
        assert_eq!(find("kqc001"), Some(CONFIG_SYNTAX));
        assert_eq!(find("config-syntax"), Some(CONFIG_SYNTAX));
        assert_eq!(find("KQL001"), None);
    }
}
