//! Decodes the source text of a Rust string literal, keeping for every byte of the value the
//! byte offset in the file it came from.

use std::iter::Peekable;
use std::str::CharIndices;

/// The value of a string literal and where each of its bytes lies in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decoded {
    /// The value, after unescaping; CRLF line endings become `\n`, as rustc reads them.
    pub text: String,
    /// For every byte of `text`, and one past the end, the byte offset in the file.
    pub offsets: Vec<usize>,
}

impl Decoded {
    /// Appends a character whose source starts at file offset `at`.
    /// When the character is written as itself, its bytes map one to one; an escape maps all of
    /// its bytes to the backslash.
    fn push(&mut self, ch: char, at: usize, literal: bool) {
        for index in 0..ch.len_utf8() {
            self.offsets.push(if literal { at + index } else { at });
        }
        self.text.push(ch);
    }
}

/// Decodes `repr`, the exact source text of a string literal (`"…"` or `r#"…"#`, maybe with a
/// suffix), which starts at byte offset `base` of the file.
/// Returns `None` when `repr` is not a well-formed string literal.
pub(super) fn decode(repr: &str, base: usize) -> Option<Decoded> {
    match repr.strip_prefix('r') {
        Some(rest) => decode_raw(rest, base + 1),
        None => decode_cooked(repr, base),
    }
}

/// Decodes the part of a raw string after the `r`: hashes, a quote, the text, a quote, hashes.
fn decode_raw(rest: &str, base: usize) -> Option<Decoded> {
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    let body = rest.get(hashes..)?.strip_prefix('"')?;
    let body_start = base + hashes + 1;
    let closing = format!("\"{}", "#".repeat(hashes));
    let end = body.find(&closing)?;
    let content = body.get(..end)?;
    let mut decoded = Decoded {
        text: String::with_capacity(content.len()),
        offsets: Vec::with_capacity(content.len() + 1),
    };
    let mut chars = content.char_indices().peekable();
    while let Some((index, ch)) = chars.next() {
        if ch == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            continue;
        }
        decoded.push(ch, body_start + index, true);
    }
    decoded.offsets.push(body_start + end);
    Some(decoded)
}

/// Decodes a normal string literal, resolving its escapes.
fn decode_cooked(repr: &str, base: usize) -> Option<Decoded> {
    let body = repr.strip_prefix('"')?;
    let body_start = base + 1;
    let mut decoded = Decoded {
        text: String::with_capacity(body.len()),
        offsets: Vec::with_capacity(body.len() + 1),
    };
    let mut chars = body.char_indices().peekable();
    while let Some((index, ch)) = chars.next() {
        let at = body_start + index;
        match ch {
            '"' => {
                decoded.offsets.push(at);
                return Some(decoded);
            }
            '\\' => {
                if let Some(value) = escape(&mut chars)? {
                    decoded.push(value, at, false);
                }
            }
            '\r' if matches!(chars.peek(), Some((_, '\n'))) => {}
            _ => decoded.push(ch, at, true),
        }
    }
    // The closing quote is missing.
    None
}

/// Reads one escape after its backslash. `Some(None)` is a line continuation, which adds no
/// character; `None` is a malformed escape.
fn escape(chars: &mut Peekable<CharIndices<'_>>) -> Option<Option<char>> {
    let (_, kind) = chars.next()?;
    let value = match kind {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        '\\' => '\\',
        '0' => '\0',
        '\'' => '\'',
        '"' => '"',
        'x' => {
            let high = chars.next()?.1.to_digit(16)?;
            let low = chars.next()?.1.to_digit(16)?;
            let code = high * 16 + low;
            if code > 0x7f {
                return None;
            }
            char::from_u32(code)?
        }
        'u' => unicode(chars)?,
        '\n' | '\r' => {
            while matches!(chars.peek(), Some((_, ' ' | '\t' | '\n' | '\r'))) {
                chars.next();
            }
            return Some(None);
        }
        _ => return None,
    };
    Some(Some(value))
}

/// Reads the `{…}` of a `\u{…}` escape: up to six hex digits, with underscores after the first.
fn unicode(chars: &mut Peekable<CharIndices<'_>>) -> Option<char> {
    if chars.next()?.1 != '{' {
        return None;
    }
    let mut code: u32 = 0;
    let mut digits = 0;
    loop {
        match chars.next()?.1 {
            '}' if digits > 0 => return char::from_u32(code),
            '_' if digits > 0 => {}
            ch => {
                let digit = ch.to_digit(16)?;
                digits += 1;
                if digits > 6 {
                    return None;
                }
                code = code * 16 + digit;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes a literal at offset 10 and checks the value against syn's.
    fn check(repr: &str) -> Decoded {
        let decoded = decode(repr, 10).unwrap();
        let lit: syn::LitStr = syn::parse_str(repr).unwrap();
        // rustc reads CRLF as LF before lexing; syn keeps CRLF in raw strings.
        assert_eq!(decoded.text, lit.value().replace("\r\n", "\n"), "{repr}");
        assert_eq!(decoded.offsets.len(), decoded.text.len() + 1);
        decoded
    }

    #[test]
    fn raw_strings_map_directly() {
        let decoded = check("r#\"a \"b\" é\"#");
        assert_eq!(decoded.offsets, vec![13, 14, 15, 16, 17, 18, 19, 20, 21]);
        assert_eq!(check("r\"x\"").offsets, vec![12, 13]);
        assert_eq!(check("r##\"x\"#y\"##").offsets, vec![14, 15, 16, 17, 18]);
    }

    #[test]
    fn escapes_map_to_their_backslash() {
        let decoded = check(r#""a\nb\"c\\d""#);
        assert_eq!(decoded.text, "a\nb\"c\\d");
        assert_eq!(decoded.offsets, vec![11, 12, 14, 15, 17, 18, 20, 21]);
        let decoded = check(r#""\x41\u{e9}\u{1_F600}\t\0\'z""#);
        assert_eq!(decoded.text, "Aé😀\t\0'z");
        assert_eq!(decoded.offsets[..4], [11, 15, 15, 21]);
        assert_eq!(decoded.offsets[decoded.text.len()], 38);
    }

    #[test]
    fn line_continuations_skip_leading_whitespace() {
        let decoded = check("\"ab\\\n    cd\\\r\n\te\"");
        assert_eq!(decoded.text, "abcde");
        assert_eq!(decoded.offsets, vec![11, 12, 19, 20, 25, 26]);
    }

    #[test]
    fn crlf_becomes_lf() {
        let decoded = check("\"a\r\nb\"");
        assert_eq!(decoded.text, "a\nb");
        assert_eq!(decoded.offsets, vec![11, 13, 14, 15]);
        assert_eq!(check("r\"a\r\nb\"").offsets, vec![12, 14, 15, 16]);
    }

    #[test]
    fn malformed_literals_give_none() {
        for repr in [
            "",
            "r",
            "r#",
            "r#\"x\"",
            "\"abc",
            "\"\\",
            "\"\\q\"",
            "\"\\x8f\"",
            "\"\\x4\"",
            "\"\\u{}\"",
            "\"\\u{_1}\"",
            "\"\\u{1234567}\"",
            "\"\\u{d800}\"",
            "\"\\u12\"",
            "x",
        ] {
            assert_eq!(decode(repr, 0), None, "{repr:?}");
        }
    }
}
