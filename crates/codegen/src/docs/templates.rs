//! The docs templates: the ones embedded in the binary, overrides by file name, and the
//! minijinja environment that renders them, with template errors turned into diagnostics.

use std::collections::BTreeMap;

use krakenql_schema::codes;
use krakenql_schema::{Diagnostic, Location};
use minijinja::{Environment, UndefinedBehavior};

use super::filters;

/// Declares the embedded templates: their names under `templates/` and their text.
macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../../templates/", $name)))),*]
    };
}

/// Every template the docs use, by name (its path under `templates/`).
pub const EMBEDDED: &[(&str, &str)] = embedded![
    "text/index.txt",
    "text/root.txt",
    "text/types.txt",
    "text/deprecations.txt",
    "text/errors.txt",
    "text/operations.txt",
    "markdown/index.md",
    "markdown/root.md",
    "markdown/types.md",
    "markdown/deprecations.md",
    "markdown/errors.md",
    "markdown/operations.md",
    "html/layout.html",
    "html/macros.html",
    "html/index.html",
    "html/root.html",
    "html/types.html",
    "html/deprecations.html",
    "html/errors.html",
    "html/operations.html",
];

/// The templates of one run: the embedded ones, some replaced by the user's files.
#[derive(Debug, Clone, Default)]
pub struct Templates {
    /// Replacements by template name: the text and the name to report errors under.
    overrides: BTreeMap<String, (String, String)>,
}

impl Templates {
    /// The embedded templates only.
    pub fn embedded() -> Self {
        Templates::default()
    }

    /// Replaces the template `name` (e.g. `html/root.html`) with `text`, read from `origin`.
    ///
    /// Fails for a name no page uses, so a misspelt file does not go silently unused.
    pub fn with_override(
        mut self,
        name: &str,
        origin: &str,
        text: String,
    ) -> Result<Self, Diagnostic> {
        if !EMBEDDED.iter().any(|(known, _)| *known == name) {
            let known: Vec<&str> = EMBEDDED.iter().map(|(known, _)| *known).collect();
            return Err(Diagnostic::error(
                codes::DOCS_UNKNOWN_TEMPLATE,
                format!("{origin} does not replace any docs template (`{name}` is not one)"),
            )
            .at(Location::new(origin, 1, 1))
            .with_help(format!(
                "name files after the templates they replace, relative to the --templates directory: {}",
                known.join(", ")
            )));
        }
        self.overrides
            .insert(name.to_owned(), (origin.to_owned(), text));
        Ok(self)
    }

    /// The file name a template is reported under.
    fn origin(&self, name: &str) -> String {
        match self.overrides.get(name) {
            Some((origin, _)) => origin.clone(),
            None => format!("templates/{name}"),
        }
    }

    /// Builds the environment; every template that fails to parse is reported.
    pub(crate) fn environment(&self) -> Result<Environment<'static>, Vec<Diagnostic>> {
        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        filters::register(&mut env);
        let mut problems = Vec::new();
        for (name, text) in EMBEDDED {
            let text = match self.overrides.get(*name) {
                Some((_, text)) => text.clone(),
                None => (*text).to_owned(),
            };
            if let Err(error) = env.add_template_owned(*name, text) {
                problems.push(self.diagnostic(&error));
            }
        }
        if problems.is_empty() {
            Ok(env)
        } else {
            Err(problems)
        }
    }

    /// A template error as a diagnostic at the template's file and line.
    pub(crate) fn diagnostic(&self, error: &minijinja::Error) -> Diagnostic {
        // The innermost error names the template that failed (an included one, say).
        let mut innermost = error;
        while let Some(source) = std::error::Error::source(innermost)
            .and_then(|source| source.downcast_ref::<minijinja::Error>())
        {
            innermost = source;
        }
        let name = innermost.name().or(error.name()).unwrap_or("(template)");
        let origin = self.origin(name);
        let line = innermost.line().or(error.line()).unwrap_or(1);
        let detail = innermost
            .detail()
            .map(|detail| format!(": {detail}"))
            .unwrap_or_default();
        Diagnostic::error(
            codes::DOCS_TEMPLATE,
            format!("template {origin} failed: {}{detail}", innermost.kind()),
        )
        .at(Location::new(origin, line, 1))
        .with_help(
            "fix the template, or remove it from the --templates directory to use the built-in one",
        )
    }
}
