//! Template filters: descriptions as plain text lines, Markdown table cells and safe HTML.

use minijinja::value::Value;
use minijinja::Environment;

/// Registers every filter the templates use.
pub(crate) fn register(env: &mut Environment<'static>) {
    env.add_filter("plain", plain);
    env.add_filter("lines", lines);
    env.add_filter("cell", cell);
    env.add_filter("rich", rich);
    env.add_filter("graphql", graphql);
}

/// A GraphQL document printed with indentation by apollo-compiler; the reference prints its
/// examples flush left, which the text pages keep. Text that does not parse is left as it is.
pub(super) fn graphql(text: &str) -> String {
    match apollo_compiler::ast::Document::parse(text, "example.graphql") {
        Ok(document) => document.to_string().trim_end().to_owned(),
        Err(_) => text.to_owned(),
    }
}

/// Markdown inline code as the rendered page shows it: the text without its backticks.
pub(super) fn plain(text: &str) -> String {
    text.replace('`', "")
}

/// The non-empty lines of a text, trimmed, as the reference page prints a block.
pub(super) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A Markdown table cell: one line, with pipes escaped.
pub(super) fn cell(text: &str) -> String {
    lines(text).join(" ").replace('|', "\\|")
}

/// A description as HTML: escaped, paragraphs in `<p>`, inline code in `<code>`.
pub(super) fn rich(text: &str) -> Value {
    let mut out = String::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        out.push_str("<p>");
        for (index, part) in paragraph.split('`').enumerate() {
            let escaped = escape(part);
            if index % 2 == 1 {
                out.push_str("<code>");
                out.push_str(&escaped);
                out.push_str("</code>");
            } else {
                out.push_str(&escaped);
            }
        }
        out.push_str("</p>");
    }
    Value::from_safe_string(out)
}

/// Escapes text for HTML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}
