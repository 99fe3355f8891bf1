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
    /// 0 lower case, 1 a compatibility form, 2 upper case.
    third: u8,
}

/// A printable ASCII character's place in `ASCII_ORDER`, spaced out so
/// that the letters ICU sorts as their own letters after a base letter
/// (`ø` after `o`) and the non-ASCII punctuation and symbols fit between.
fn ascii_primary(c: char) -> u32 {
    let rank = ASCII_ORDER.iter().position(|&b| b as char == c).unwrap_or(0);
    0x20 + 16 * rank as u32
}

fn primary(c: char) -> Option<u32> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let after = |base: char, k: u32| Some(ascii_primary(base) + k);
    match lower as u32 {
        // Controls other than the white space ones are ignorable.
        0x09..=0x0d => Some(lower as u32),
        0x00..=0x1f | 0x7f => None,
        0x20..=0x7e => Some(ascii_primary(lower)),
        // Ignorable: soft hyphen, zero-width characters, variation selectors.
        0xad | 0x200b..=0x200f | 0x2060..=0x2064 | 0xfe00..=0xfe0f | 0xfeff | 0xe0100..=0xe01ef => None,
        // Spaces of other widths are spaces.
        0xa0 | 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000 => Some(ascii_primary(' ')),
        // Letters ICU sorts after a base letter, not with its accents.
        0xe6 => after('a', 1),  // æ
        0x131 => after('i', 1), // ı
        0x153 => after('o', 2), // œ
        0xfe => after('z', 1),  // þ
        // Punctuation beyond ASCII after ASCII's, symbols before the
        // currency signs, which come before the digits (as `$` does).
        0xa1
        | 0xa7
        | 0xab
        | 0xb6
        | 0xb7
        | 0xbb
        | 0xbf
        | 0x2010..=0x2027
        | 0x2030..=0x205e
        | 0x3001..=0x3003
        | 0x3008..=0x3011 => Some(ascii_primary('%') + 1),
        0xa2..=0xa5 | 0x20a0..=0x20cf => Some(ascii_primary('$') + 1),
        0xa6 | 0xa8 | 0xa9 | 0xac | 0xae..=0xb1 | 0xb4 | 0xb8 | 0xd7 | 0xf7 | 0x2100..=0x2bff | 0x1f000..=0x1faff => {
            Some(ascii_primary('~') + 1)
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
        // ß is "ss" to ICU, differing only at the third level.
        if c == 'ß' || c == 'ẞ' {
            for _ in 0..2 {
                out.push(Element {
                    primary: ascii_primary('s'),
                    accents: Vec::new(),
                    third: 1 + c.is_uppercase() as u8,
                });
            }
            continue;
        }
        // Letters with a stroke are their base letter with an accent.
        let stroke = match c.to_lowercase().next().unwrap_or(c) {
            'đ' => Some(('d', '\u{335}')),
            'ð' => Some(('d', '\u{336}')),
            'ħ' => Some(('h', '\u{335}')),
            'ł' => Some(('l', '\u{337}')),
            'ø' => Some(('o', '\u{338}')),
            'ŧ' => Some(('t', '\u{335}')),
            _ => None,
        };
        if let Some((base, mark)) = stroke {
            out.push(Element { primary: ascii_primary(base), accents: vec![mark], third: 2 * c.is_uppercase() as u8 });
            continue;
        }
        // Compatibility forms (ﬁ, ², ½, Ǆ) sort as what they stand for,
        // after it at the third level.
        let compat = std::iter::once(c).nfd().ne(std::iter::once(c).nfkd());
        let mut first = true;
        for part in std::iter::once(c).nfkd() {
            // A combining mark accents the character before it.
            if unicode_normalization::char::is_combining_mark(part) && (!first || !out.is_empty()) {
                if let Some(last) = out.last_mut() {
                    last.accents.push(part);
                    continue;
                }
            }
            // A mark with nothing before it weighs next to nothing.
            if unicode_normalization::char::is_combining_mark(part) {
                first = false;
                out.push(Element { primary: 1, accents: vec![part], third: 0 });
                continue;
            }
            first = false;
            if let Some(p) = primary(part) {
                let third = if part.is_uppercase() || c.is_uppercase() { 2 } else { compat as u8 };
                out.push(Element { primary: p, accents: Vec::new(), third });
            }
        }
    }
    out
}

/// `a.localeCompare(b)` as node's ICU root collation orders most text:
/// base characters first (case- and accent-blind; punctuation before
/// digits before letters), then accents, then case (lower before upper).
/// Strings equal at all three levels compare equal, as in ICU
/// (`'é'.localeCompare('e\u0301')` is 0). Beyond ASCII: spaces of other
/// widths are spaces, letters with a stroke (`ł`, `ø`) their base letter
/// accented, `ß` is `ss`, compatibility forms (`ﬁ`, `½`) what they stand
/// for, other punctuation after ASCII's, symbols and currency signs
/// before the digits. Not modelled: ICU's order among those symbols and
/// among scripts (by code point here), and the backwards accents of some
/// locales.
pub fn locale_compare(a: &[u16], b: &[u16], how: &Collation) -> std::cmp::Ordering {
    let printable = |s: &[u16]| s.iter().all(|&u| (0x20..0x7f).contains(&u));
    if *how == Collation::default() && printable(a) && printable(b) {
        return ascii_compare(a, b);
    }
    collate(a, b, how)
}

/// The options of `localeCompare` (ECMA-402's collator options) that
/// change the order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Collation {
    /// `numeric: true`: a run of ASCII digits is one element weighed by
    /// its value, leading zeros ignored (`'a9' < 'a10'`, `'01'` = `'1'`).
    pub numeric: bool,
    /// How many of the three levels count: 1 for sensitivity `base` and
    /// `case`, 2 for `accent`, 3 for `variant` (the default).
    pub strength: u8,
    /// Sensitivity `case`: case counts, accents do not.
    pub case_level: bool,
    /// `caseFirst: 'upper'`: upper case before lower.
    pub upper_first: bool,
    /// `ignorePunctuation`: spaces and punctuation weigh nothing.
    pub ignore_punctuation: bool,
}

impl Default for Collation {
    fn default() -> Self {
        Collation { numeric: false, strength: 3, case_level: false, upper_first: false, ignore_punctuation: false }
    }
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

#[cfg(test)]
fn general_compare(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    collate(a, b, &Collation::default())
}

/// The elements of `units` as `how` weighs them: each one's primary key
/// (a run of digits, under `numeric`, one element keyed by its
/// significant digits), without those `ignore_punctuation` drops.
fn weighed(units: &[u16], how: &Collation) -> Vec<(Vec<u32>, Element)> {
    let mut out: Vec<(Vec<u32>, Element)> = Vec::new();
    let zero = ascii_primary('0');
    let mut in_run = false;
    for e in elements(units) {
        let digit = (zero..zero + 16 * 10).contains(&e.primary) && e.accents.is_empty();
        if how.ignore_punctuation && e.primary <= ascii_primary('%') + 1 {
            in_run = false;
            continue;
        }
        if how.numeric && digit {
            let d = (e.primary - zero) / 16;
            if in_run {
                if let Some((key, _)) = out.last_mut() {
                    // Leading zeros weigh nothing.
                    if !(key.len() == 2 && key[1] == 0) || d != 0 {
                        if key.len() == 2 && key[1] == 0 {
                            key.pop();
                        }
                        key.push(d);
                    }
                    continue;
                }
            }
            in_run = true;
            // [the digits' place, the digits] (a value of zero keeps one).
            out.push((vec![zero, d], e));
            continue;
        }
        in_run = false;
        out.push((vec![e.primary], e));
    }
    if how.numeric {
        // More significant digits is a greater value: the count first.
        for (key, _) in out.iter_mut().filter(|(k, _)| k.len() > 1) {
            let n = key.len() as u32 - 1;
            key.insert(1, n);
        }
    }
    out
}

fn collate(a: &[u16], b: &[u16], how: &Collation) -> std::cmp::Ordering {
    let (x, y) = (weighed(a, how), weighed(b, how));
    type Weighed = (Vec<u32>, Element);
    let level = |f: &dyn Fn(&Weighed) -> Vec<u32>| {
        let fx: Vec<Vec<u32>> = x.iter().map(f).collect();
        let fy: Vec<Vec<u32>> = y.iter().map(f).collect();
        fx.cmp(&fy)
    };
    let case = |third: u8| match (how.upper_first, third) {
        (true, 2) => 0,
        (true, 0) => 2,
        (_, t) => t as u32,
    };
    let mut order = level(&|(k, _)| k.clone());
    if how.strength >= 2 {
        order = order.then_with(|| level(&|(_, e)| e.accents.iter().map(|&c| c as u32).collect()));
    }
    if how.strength >= 3 || how.case_level {
        order = order.then_with(|| level(&|(_, e)| vec![case(e.third)]));
    }
    order
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
