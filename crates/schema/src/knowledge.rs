//! How old a schema's knowledge is and which source speaks for each deprecation, as a schema
//! file states them in comment lines before and after its definitions.
//!
//! The lines have the form `# Key : value` (spaces around the colon free), as in the header of
//! the EDF GB schema file. The keys read here:
//!
//! - `Fetched : 2026-11-30 (UTC)` — written by `krakenql schema fetch` (and present in the EDF
//!   file): the date the schema was introspected.
//! - `Source endpoint : https://…` — the endpoint it was fetched from.
//! - `Newest source : 2026-07-27 (edf-gb-2026-07)` — written atop the bundled schema: the date
//!   of its newest dated source.
//! - `Source : edf-gb-2026-07 | 2026-07-27 | other brand | EDF GB schema` — one per source of a
//!   merged schema: label, date (or `-`), `uk` or `other brand`, and its title.
//! - `Deprecation : Query.plannedDispatches | edf-gb-2026-07` — after the definitions of the
//!   bundled schema: the source that speaks for one deprecated coordinate.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::NaiveDate;

/// What a schema file says about its own knowledge; everything is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Knowledge {
    /// The date of the schema's newest knowledge: its fetch date, or the date of its newest
    /// source. `None` when the file states neither.
    pub date: Option<NaiveDate>,
    /// The endpoint the schema was fetched from.
    pub endpoint: Option<String>,
    /// The sources of a merged schema, in the order the file lists them.
    pub sources: Vec<SourceInfo>,
    /// The source label that speaks for each deprecated coordinate, keyed by the coordinate as
    /// printed (`Query.plannedDispatches`, `Query.bills(first:)`).
    pub deprecation_sources: BTreeMap<String, String>,
}

/// One source of a merged schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceInfo {
    /// Its short name, e.g. `edf-gb-2026-07`.
    pub label: String,
    /// The date of its knowledge, when known.
    pub date: Option<NaiveDate>,
    /// Whether it is a schema of another Kraken brand than the one the schema is for.
    pub other_brand: bool,
    /// How a person names it, e.g. `EDF GB schema`.
    pub title: String,
}

impl SourceInfo {
    /// "the EDF GB schema of 2026-07-27" (or without the date when it has none).
    pub fn described(&self) -> String {
        match self.date {
            Some(date) => format!("the {} of {date}", self.title),
            None => format!("the {}", self.title),
        }
    }
}

impl Knowledge {
    /// Reads the comment lines before the first and after the last definition of an SDL text.
    pub fn from_sdl(text: &str) -> Self {
        let lines: Vec<&str> = text.lines().collect();
        let is_meta = |line: &str| line.trim().is_empty() || line.trim_start().starts_with('#');
        let head = lines.iter().take_while(|line| is_meta(line));
        let tail_len = lines.iter().rev().take_while(|line| is_meta(line)).count();
        let tail = lines[lines.len().saturating_sub(tail_len)..].iter();
        let mut knowledge = Knowledge::default();
        for line in head.chain(tail) {
            knowledge.read_line(line);
        }
        knowledge
    }

    fn read_line(&mut self, line: &str) {
        let Some(body) = line.trim_start().strip_prefix('#') else {
            return;
        };
        let Some((key, value)) = body.split_once(':') else {
            return;
        };
        let value = value.trim();
        let first_date = || {
            value
                .split_whitespace()
                .next()
                .and_then(|word| NaiveDate::parse_from_str(word, "%Y-%m-%d").ok())
        };
        match key.trim() {
            "Fetched" | "Newest source" => self.date = self.date.max(first_date()),
            "Source endpoint" => self.endpoint = Some(value.to_owned()),
            "Source" => {
                let parts: Vec<&str> = value.split('|').map(str::trim).collect();
                if let [label, date, brand, title] = parts.as_slice() {
                    self.sources.push(SourceInfo {
                        label: (*label).to_owned(),
                        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
                        other_brand: *brand == "other brand",
                        title: (*title).to_owned(),
                    });
                }
            }
            "Deprecation" => {
                if let Some((coordinate, source)) = value.split_once('|') {
                    self.deprecation_sources
                        .insert(coordinate.trim().to_owned(), source.trim().to_owned());
                }
            }
            _ => {}
        }
    }

    /// Combines what several files of one schema state: the newest date, every source.
    pub fn merge(&mut self, other: Knowledge) {
        self.date = self.date.max(other.date);
        if self.endpoint.is_none() {
            self.endpoint = other.endpoint;
        }
        self.sources.extend(other.sources);
        self.deprecation_sources.extend(other.deprecation_sources);
    }

    /// The source with this label, when the schema lists it.
    pub fn source(&self, label: &str) -> Option<&SourceInfo> {
        self.sources.iter().find(|s| s.label == label)
    }

    /// Days from the knowledge date to `today`; `None` when the schema states no date.
    pub fn age_days(&self, today: NaiveDate) -> Option<i64> {
        self.date.map(|date| (today - date).num_days())
    }

    /// The header lines of a merged schema: its newest source and every source.
    pub fn header_lines(&self) -> String {
        let mut out = String::new();
        if let Some(date) = self.date {
            let newest = self
                .sources
                .iter()
                .filter(|s| s.date == Some(date))
                .map(|s| s.label.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(out, "# Newest source   : {date} ({newest})");
        }
        for source in &self.sources {
            let date = source.date.map_or("-".to_owned(), |d| d.to_string());
            let brand = if source.other_brand {
                "other brand"
            } else {
                "uk"
            };
            let _ = writeln!(
                out,
                "# Source          : {} | {date} | {brand} | {}",
                source.label, source.title
            );
        }
        out
    }

    /// The trailer lines of a merged schema: the source of every deprecation, sorted.
    pub fn trailer_lines(&self) -> String {
        let mut out = String::from(
            "\n# The source that speaks for each deprecation (read by krakenql; see schema/MERGE-REPORT.md).\n",
        );
        for (coordinate, source) in &self.deprecation_sources {
            let _ = writeln!(out, "# Deprecation     : {coordinate} | {source}");
        }
        out
    }

    /// The header `krakenql schema fetch` writes: the endpoint and the UTC fetch date.
    pub fn fetch_header(endpoint: &str, fetched: NaiveDate) -> String {
        format!(
            "# Kraken GraphQL schema, introspected by `krakenql schema fetch`.\n# Source endpoint : {endpoint}\n# Fetched         : {fetched} (UTC)\n\n"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_and_trailer_lines_and_nothing_inside_definitions() {
        let text = "# Source endpoint : https://api.example/graphql/\n# Fetched         : 2026-07-27\n\ntype Query {\n  # Fetched : 2030-01-01\n  a: Int\n}\n\n# Deprecation     : Query.a | edf-gb-2026-07\n";
        let knowledge = Knowledge::from_sdl(text);
        assert_eq!(knowledge.date, NaiveDate::from_ymd_opt(2026, 7, 27));
        assert_eq!(
            knowledge.endpoint.as_deref(),
            Some("https://api.example/graphql/")
        );
        assert_eq!(
            knowledge
                .deprecation_sources
                .get("Query.a")
                .map(String::as_str),
            Some("edf-gb-2026-07")
        );
    }

    #[test]
    fn header_lines_read_back_as_written() {
        let knowledge = Knowledge {
            date: NaiveDate::from_ymd_opt(2026, 7, 27),
            endpoint: None,
            sources: vec![SourceInfo {
                label: "edf-gb-2026-07".to_owned(),
                date: NaiveDate::from_ymd_opt(2026, 7, 27),
                other_brand: true,
                title: "EDF GB schema".to_owned(),
            }],
            deprecation_sources: BTreeMap::from([(
                "Query.a".to_owned(),
                "edf-gb-2026-07".to_owned(),
            )]),
        };
        let text = format!(
            "{}\ntype Query {{ a: Int }}\n{}",
            knowledge.header_lines(),
            knowledge.trailer_lines()
        );
        assert_eq!(Knowledge::from_sdl(&text), knowledge);
        assert_eq!(
            knowledge.sources[0].described(),
            "the EDF GB schema of 2026-07-27"
        );
    }

    #[test]
    fn a_file_without_lines_states_no_date() {
        assert_eq!(Knowledge::from_sdl("type Query { a: Int }\n").date, None);
    }
}
