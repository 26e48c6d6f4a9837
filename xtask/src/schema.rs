//! Generating the bundled schemas from `schema/sources/`.

use chrono::NaiveDate;
use krakenql_schema::bundle::{build_bundle, BundleSources};
use krakenql_schema::render::render_all;
use krakenql_schema::{SourceFile, SourceInfo};

use crate::generated::{root, File};

/// The source files, relative to the workspace root.
const BASE: &str = "schema/sources/octopus-uk-2024-07.graphql";
const NEWER: &[&str] = &["schema/sources/octopus-uk-2024-11.graphql"];
const REFERENCE: &str = "schema/sources/kraken-query-reference.txt";
const FALLBACKS: &[&str] = &[
    "schema/sources/edf-gb-2026-07.graphql",
    "schema/sources/octopus-it-2026-02.graphql",
];

/// Label, date (as `schema/sources/PROVENANCE.md` gives it; a month alone is its first day),
/// whether the source is another brand's, and its title, for each source.
const INFO: &[(&str, Option<&str>, bool, &str)] = &[
    (
        "octopus-uk-2024-07",
        Some("2024-07-01"),
        false,
        "Octopus UK schema",
    ),
    (
        "octopus-uk-2024-11",
        Some("2024-11-01"),
        false,
        "Octopus UK schema",
    ),
    (
        "kraken-query-reference",
        None,
        false,
        "Octopus UK Query reference",
    ),
    ("edf-gb-2026-07", Some("2026-07-27"), true, "EDF GB schema"),
    (
        "octopus-it-2026-02",
        Some("2026-02-01"),
        true,
        "Octopus IT schema",
    ),
];

fn info() -> Result<Vec<SourceInfo>, String> {
    INFO.iter()
        .map(|(label, date, other_brand, title)| {
            let date = date
                .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
                .transpose()
                .map_err(|error| format!("bad date for {label}: {error}"))?;
            Ok(SourceInfo {
                label: (*label).to_owned(),
                date,
                other_brand: *other_brand,
                title: (*title).to_owned(),
            })
        })
        .collect()
}

fn read(path: &str) -> Result<SourceFile, String> {
    let text = std::fs::read_to_string(root().join(path))
        .map_err(|error| format!("cannot read {path}: {error}"))?;
    Ok(SourceFile::new(path, text))
}

/// The bundled schemas, their provenance tables and the merge report.
pub fn generate() -> Result<Vec<File>, String> {
    let sources = BundleSources {
        base: read(BASE)?,
        newer: NEWER.iter().map(|p| read(p)).collect::<Result<_, _>>()?,
        reference: read(REFERENCE)?,
        fallbacks: FALLBACKS
            .iter()
            .map(|p| read(p))
            .collect::<Result<_, _>>()?,
        info: info()?,
    };
    let bundle = build_bundle(&sources).map_err(|error| render_all(&error.diagnostics))?;
    Ok(vec![
        File {
            path: "schema/kraken.graphql".to_owned(),
            contents: bundle.api.sdl,
        },
        File {
            path: "schema/kraken.provenance.tsv".to_owned(),
            contents: bundle.api.provenance,
        },
        File {
            path: "schema/kraken-auth.graphql".to_owned(),
            contents: bundle.auth.sdl,
        },
        File {
            path: "schema/kraken-auth.provenance.tsv".to_owned(),
            contents: bundle.auth.provenance,
        },
        File {
            path: "schema/MERGE-REPORT.md".to_owned(),
            contents: bundle.report,
        },
    ])
}
