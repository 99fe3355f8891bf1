//! The string methods that need Unicode data: `normalize` (the
//! `unicode-normalization` crate's tables) and `localeCompare` (an
//! approximation of the ICU root collation node uses).

use unicode_normalization::UnicodeNormalization;

/// `s.normalize(form)` on UTF-16 code units. Lone surrogates are not
/// characters: they stay where they are and split the text around them
/// into runs that are normalized on their own, as V8 does.
pub fn normalize(units: &[u16], form: &str) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<u16>| {
        let text: String = match form {
            "NFD" => run.nfd().collect(),
            "NFKC" => run.nfkc().collect(),
            "NFKD" => run.nfkd().collect(),
            _ => run.nfc().collect(),
        };
        out.extend(text.encode_utf16());
        run.clear();
    };
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                flush(&mut run, &mut out);
                out.push(e.unpaired_surrogate());
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The printable ASCII characters in the order of ICU's root collation
/// (node printed it: `[...' ' to '~'].sort((a, b) => a.localeCompare(b))`),
/// with each letter's two cases at one place: spaces and punctuation,
/// then symbols, digits, letters.
const ASCII_ORDER: &[u8] = b" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/// One character's collation element: primary weight (what it is),
/// secondary (its accents), tertiary (its case).
struct Element {
    primary: u32,
    accents: Vec<char>,
    upper: bool,
}

fn primary(c: char) -> Option<u32> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower as u32 {
        // Controls other than the white space ones are ignorable.
        0x09..=0x0d => Some(lower as u32),
        0x00..=0x1f | 0x7f => None,
        0x20..=0x7e => {
            let rank = ASCII_ORDER.iter().position(|&b| b as char == lower).unwrap_or(0);
            Some(0x20 + rank as u32)
        }
        // Everything else after ASCII, by code point (ICU interleaves
        // scripts its own way; Latin letters with accents come here only
        // when they have no decomposition).
        x => Some(0x1_0000 + x),
    }
}

fn elements(units: &[u16]) -> Vec<Element> {
    let mut out: Vec<Element> = Vec::new();
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.unwrap_or('\u{FFFD}');
        let mut parts = std::iter::once(c).nfd();
        let Some(base) = parts.next() else { continue };
        let marks: Vec<char> = parts.collect();
        if unicode_normalization::char::is_combining_mark(base) {
            // A combining mark on its own accents the previous character.
            if let Some(last) = out.last_mut() {
                last.accents.push(base);
                last.accents.extend(marks);
                continue;
            }
        }
        if let Some(p) = primary(base) {
            out.push(Element { primary: p, accents: marks, upper: base.is_uppercase() });
        }
    }
    out
}

/// `a.localeCompare(b)` as node's ICU root collation orders most text:
/// base characters first (case- and accent-blind; punctuation before
/// digits before letters), then accents, then case (lower before upper).
/// Strings equal at all three levels compare equal, as in ICU
/// (`'é'.localeCompare('e\u0301')` is 0). Not modelled: ICU's ordering of
/// scripts and symbols beyond ASCII (by code point here), contractions
/// and expansions (`'æ'`), and the backwards accents of some locales.
pub fn locale_compare(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    let printable = |s: &[u16]| s.iter().all(|&u| (0x20..0x7f).contains(&u));
    if printable(a) && printable(b) {
        return ascii_compare(a, b);
    }
    general_compare(a, b)
}

/// Where ICU's root collation puts each printable ASCII character (both
/// cases of a letter at one place).
const ASCII_RANK: [u8; 128] = {
    let mut rank = [0u8; 128];
    let mut i = 0;
    while i < ASCII_ORDER.len() {
        let c = ASCII_ORDER[i];
        rank[c as usize] = i as u8;
        if c.is_ascii_lowercase() {
            rank[c.to_ascii_uppercase() as usize] = i as u8;
        }
        i += 1;
    }
    rank
};

/// `locale_compare` of printable ASCII text without building elements
/// (the same three levels: ASCII has no accents, so after the primary
/// weights only case is left). AWFY's CD sorts call signs with
/// `localeCompare`, and the general path spent 43% of its run allocating.
fn ascii_compare(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    fn rank(s: &[u16]) -> impl Iterator<Item = u8> + '_ {
        s.iter().map(|&u| ASCII_RANK[u as usize])
    }
    fn upper(s: &[u16]) -> impl Iterator<Item = bool> + '_ {
        s.iter().map(|&u| (u as u8).is_ascii_uppercase())
    }
    rank(a).cmp(rank(b)).then_with(|| upper(a).cmp(upper(b)))
}

fn general_compare(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    let (x, y) = (elements(a), elements(b));
    let level = |f: &dyn Fn(&Element) -> Vec<u32>| {
        let fx: Vec<Vec<u32>> = x.iter().map(f).collect();
        let fy: Vec<Vec<u32>> = y.iter().map(f).collect();
        fx.cmp(&fy)
    };
    level(&|e| vec![e.primary])
        .then_with(|| level(&|e| e.accents.iter().map(|&c| c as u32).collect()))
        .then_with(|| level(&|e| vec![e.upper as u32]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII shortcut orders exactly as the general path does.
    #[test]
    fn ascii_compare_agrees_with_general() {
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        let alphabet: Vec<u16> = b"aAbBzZ09 _-.!$~`xX".iter().map(|&c| c as u16).collect();
        for _ in 0..20000 {
            let word = |next: &mut dyn FnMut() -> u32| {
                let n = next() % 5;
                (0..n).map(|_| alphabet[(next() as usize) % alphabet.len()]).collect::<Vec<u16>>()
            };
            let (a, b) = (word(&mut next), word(&mut next));
            assert_eq!(
                ascii_compare(&a, &b),
                general_compare(&a, &b),
                "{:?} {:?}",
                String::from_utf16_lossy(&a),
                String::from_utf16_lossy(&b)
            );
        }
        for c in 0x20u16..0x7f {
            for d in 0x20u16..0x7f {
                assert_eq!(ascii_compare(&[c], &[d]), general_compare(&[c], &[d]));
            }
        }
    }
}
