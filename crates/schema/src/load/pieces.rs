//! Parsing a large SDL file in pieces, one thread each: apollo-parser and the conversion of its
//! syntax tree to an AST are most of a schema load, and `#[kraken_query]` runs them unoptimised
//! (a proc macro is built without optimisation in cargo's default profile).
//!
//! A piece ends after a line that is a lone `}`, which is how every schema printer closes a
//! top-level definition. When a piece parses without error it is a sequence of whole
//! definitions (a `}` that closes anything else, or one inside a block string, leaves the piece
//! unbalanced or unterminated, which is an error), so the pieces' definitions, in order, are the
//! file's. Each piece is parsed as the whole file with every byte before the piece blanked
//! (made a space, line breaks kept), so every location in it — byte offset, line, column — is
//! the file's own. When any piece has an error, the file is parsed again whole, so the errors a
//! user sees are exactly those of one parse.

use std::sync::Arc;

use apollo_compiler::ast;
use apollo_compiler::collections::IndexMap;
use apollo_compiler::validation::WithErrors;

/// Files smaller than this (bytes) are parsed whole: a thread would cost more than it saves.
const MIN_FILE: usize = 256 * 1024;

/// The most pieces a file is cut into, however many cores there are.
const MAX_PIECES: usize = 4;

/// Parses SDL text as `ast::Document::parse` does, in pieces on up to
/// `available_parallelism()` threads when the file is large. The result is the same document
/// (definitions, locations and errors) as one parse gives; only the source map holds one entry
/// per piece, each with the file's path.
pub(super) fn parse(text: &str, path: &str) -> Result<ast::Document, WithErrors<ast::Document>> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let count = threads.min(MAX_PIECES).min(text.len() / (MIN_FILE / 2));
    if text.len() < MIN_FILE || count < 2 {
        return ast::Document::parse(text, path);
    }
    match parse_in(text, path, &cuts(text, count)) {
        Some(document) => Ok(document),
        None => ast::Document::parse(text, path),
    }
}

/// The pieces' documents merged, or `None` when a piece has an error (or its thread panicked).
fn parse_in(text: &str, path: &str, cuts: &[usize]) -> Option<ast::Document> {
    let mut bounds = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &cut in cuts.iter().chain([text.len()].iter()) {
        bounds.push((start, cut));
        start = cut;
    }
    let documents: Vec<Option<ast::Document>> = std::thread::scope(|scope| {
        let later: Vec<_> = bounds[1..]
            .iter()
            .map(|&(start, end)| scope.spawn(move || parse_piece(text, start, end, path)))
            .collect();
        let first = parse_piece(text, bounds[0].0, bounds[0].1, path);
        std::iter::once(first)
            .chain(later.into_iter().map(|handle| handle.join().ok().flatten()))
            .collect()
    });
    let mut sources = IndexMap::default();
    let mut definitions = Vec::new();
    for document in documents {
        let document = document?;
        sources.extend(
            document
                .sources
                .iter()
                .map(|(id, file)| (*id, Arc::clone(file))),
        );
        definitions.extend(document.definitions);
    }
    let mut merged = ast::Document::new();
    merged.sources = Arc::new(sources);
    merged.definitions = definitions;
    Some(merged)
}

/// One piece, parsed with everything before it blanked; `None` when it has an error.
fn parse_piece(text: &str, start: usize, end: usize, path: &str) -> Option<ast::Document> {
    let mut blanked = text.as_bytes()[..start].to_vec();
    for byte in &mut blanked {
        if *byte != b'\n' && *byte != b'\r' {
            *byte = b' ';
        }
    }
    let mut source = String::from_utf8(blanked).ok()?;
    source.push_str(&text[start..end]);
    ast::Document::parse(source, path).ok()
}

/// Up to `count - 1` cut points (byte offsets, increasing), each at the start of the line after
/// a line that is a lone `}`, near equal shares of the text.
fn cuts(text: &str, count: usize) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut from = 0;
    for share in 1..count {
        let mut target = (text.len() * share / count).max(from);
        while !text.is_char_boundary(target) {
            target += 1;
        }
        match cut_after(text, target) {
            Some(cut) => {
                cuts.push(cut);
                from = cut;
            }
            None => break,
        }
    }
    cuts
}

/// The start of the first line at or after `from` that follows a line holding only `}`
/// (ending in `\n` or `\r\n`); `None` when there is none before the end of the text.
fn cut_after(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(found) = text.get(at..)?.find("\n}") {
        let brace = at + found + 1;
        let rest = &bytes[brace + 1..];
        let line_end = match rest {
            [b'\n', ..] => Some(brace + 2),
            [b'\r', b'\n', ..] => Some(brace + 3),
            _ => None,
        };
        if let Some(cut) = line_end.filter(|&cut| cut < text.len()) {
            return Some(cut);
        }
        at = brace;
    }
    None
}

#[cfg(test)]
mod tests;
