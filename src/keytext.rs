//! Property names are interned as Rust strings (`Atoms`), but a JavaScript
//! string may hold lone surrogates, which UTF-8 cannot. A key with one is
//! stored in an escaped form that decodes back to the exact UTF-16 units,
//! so `o['\ud800']`, `o['\udc00']` and `o['\ufffd']` are three different
//! properties and `Object.keys`, `for...in`, JSON and console.log give the
//! lone surrogate back, as node does.
//!
//! The escape uses the last 2049 code points of Supplementary Private Use
//! Area-B: a lone surrogate `u` is the one char `U+10F800 + (u - 0xD800)`;
//! a string's own char in `U+10F7FF..=U+10FFFF` is written as `U+10F7FF`
//! and then itself. The map is injective, and a key without surrogates or
//! those private-use chars (every key of every real program) is stored as
//! is, so only keys that need it pay anything.

use std::borrow::Cow;

const ESC: u32 = 0x10F7FF;
const LONE_BASE: u32 = 0x10F800;

/// The interned form of a key given as UTF-16 units.
pub fn encode(units: &[u16]) -> String {
    let mut out = String::with_capacity(units.len());
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) if (c as u32) >= ESC => {
                out.push(char::from_u32(ESC).unwrap_or(c));
                out.push(c);
            }
            Ok(c) => out.push(c),
            Err(e) => {
                let u = e.unpaired_surrogate() as u32;
                out.push(char::from_u32(LONE_BASE + (u - 0xD800)).unwrap_or('\u{FFFD}'));
            }
        }
    }
    out
}

/// The UTF-16 units an interned key stands for.
pub fn decode(name: &str) -> Cow<'_, [u16]> {
    if !name.chars().any(|c| c as u32 >= ESC) {
        return Cow::Owned(name.encode_utf16().collect());
    }
    let mut out = Vec::with_capacity(name.len());
    let mut chars = name.chars();
    while let Some(c) = chars.next() {
        let n = c as u32;
        if n == ESC {
            if let Some(real) = chars.next() {
                out.extend(real.encode_utf16(&mut [0; 2]).iter());
            }
        } else if n >= LONE_BASE {
            out.push((0xD800 + (n - LONE_BASE)) as u16);
        } else {
            out.extend(c.encode_utf16(&mut [0; 2]).iter());
        }
    }
    Cow::Owned(out)
}

/// Whether `name` is stored escaped (and must be decoded to be shown).
pub fn is_escaped(name: &str) -> bool {
    name.chars().any(|c| c as u32 >= ESC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let cases: [&[u16]; 6] = [
            &[0x61, 0xD800, 0x62],
            &[0xDC00],
            &[0xD83D, 0xDE00],
            &[0xFFFD],
            &[0xDBFF, 0xDFFF], // U+10FFFF itself: escaped, not a lone surrogate
            &[0xDBFE, 0xDFFF, 0xDFFF],
        ];
        for units in cases {
            assert_eq!(&*decode(&encode(units)), units);
        }
        assert_ne!(encode(&[0xD800]), encode(&[0xFFFD]));
        assert_eq!(encode(&[0x61, 0x62]), "ab");
    }
}
