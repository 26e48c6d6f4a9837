//! Decoding the bytes of a file krakenql reads into text: UTF-8, with or without a byte order
//! mark, and UTF-16 marked as such (what Windows PowerShell's `>` writes). The mark is dropped,
//! so every reader (SDL, introspection JSON, operations, Rust, TOML, JSON) sees the text itself.

/// Why bytes are not text: the byte offset where decoding failed and the encoding tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NotText {
    /// The offset of the first byte that does not decode.
    pub offset: usize,
    /// `UTF-8`, `UTF-16LE` or `UTF-16BE`.
    pub encoding: &'static str,
    /// The text before that byte, for a line and column.
    pub prefix: String,
}

/// The text of `bytes`.
pub(super) fn decode(bytes: Vec<u8>) -> Result<String, NotText> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest.to_vec(), 3);
    }
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => utf16(&bytes[2..], "UTF-16LE", u16::from_le_bytes),
        Some([0xFE, 0xFF]) => utf16(&bytes[2..], "UTF-16BE", u16::from_be_bytes),
        _ => utf8(bytes, 0),
    }
}

fn utf8(bytes: Vec<u8>, skipped: usize) -> Result<String, NotText> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        NotText {
            offset: skipped + valid,
            encoding: "UTF-8",
            prefix: String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned(),
        }
    })
}

fn utf16(
    bytes: &[u8],
    encoding: &'static str,
    unit: fn([u8; 2]) -> u16,
) -> Result<String, NotText> {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| unit([pair[0], pair[1]]))
        .collect();
    let mut text = String::with_capacity(units.len());
    for (index, decoded) in char::decode_utf16(units.iter().copied()).enumerate() {
        match decoded {
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(NotText {
                    offset: 2 + 2 * index,
                    encoding,
                    prefix: text,
                })
            }
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(NotText {
            offset: 2 + bytes.len() - 1,
            encoding,
            prefix: text,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_a_mark() {
        assert_eq!(
            decode(b"type Query { a: Int }".to_vec()).unwrap(),
            "type Query { a: Int }"
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBF{\"data\":1}".to_vec()).unwrap(),
            "{\"data\":1}"
        );
    }

    #[test]
    fn reads_marked_utf16() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("{ a }\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(le).unwrap(), "{ a }\r\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("é".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(be).unwrap(), "é");
    }

    #[test]
    fn reports_where_decoding_fails() {
        let error = decode(b"ab\xFFcd".to_vec()).unwrap_err();
        assert_eq!(
            (error.offset, error.encoding, error.prefix.as_str()),
            (2, "UTF-8", "ab")
        );
        let odd = decode(vec![0xFF, 0xFE, b'a', 0, b'b']).unwrap_err();
        assert_eq!(
            (odd.offset, odd.encoding, odd.prefix.as_str()),
            (4, "UTF-16LE", "a")
        );
    }
}
