//! Number.prototype.toLocaleString(locales, options): the digit options
//! of ECMA-402's NumberFormat (`minimumIntegerDigits`, `minimum`/
//! `maximumFractionDigits`, `minimum`/`maximumSignificantDigits`,
//! `useGrouping`), the styles `decimal`, `percent` and `currency`, and the
//! separators of a table of common locales as node's ICU prints them.
//! Not modelled: other notations and units, currency names, most
//! locales' own currency symbols (a non-English locale gets the euro and
//! dollar signs, others the ISO code), numbering systems.

use super::{round_digits, shortest_digits};

/// How a locale writes numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    pub group: &'static str,
    pub decimal: &'static str,
    /// Grouping starts at 5 integer digits (`1234` stays ungrouped).
    pub min2: bool,
    /// Groups of two above the first three (`12,34,567`).
    pub indian: bool,
    /// The text between the number and `%` (`%` first when `None`).
    pub percent: Option<&'static str>,
    /// The currency sign goes after the number, with a no-break space.
    pub currency_after: bool,
    pub minus: &'static str,
    pub english: bool,
}

const EN: Locale = Locale {
    group: ",",
    decimal: ".",
    min2: false,
    indian: false,
    percent: Some(""),
    currency_after: false,
    minus: "-",
    english: true,
};

/// The locale a BCP 47 tag names (en-US, node's default, for any other).
pub fn locale(tag: &str) -> Locale {
    let tag = tag.to_ascii_lowercase();
    let mut parts = tag.split(['-', '_']);
    let lang = parts.next().unwrap_or("");
    let region = parts.find(|p| p.len() == 2).unwrap_or("");
    let europe = |group: &'static str, percent: &'static str, min2: bool| Locale {
        group,
        decimal: ",",
        min2,
        indian: false,
        percent: Some(percent),
        currency_after: true,
        minus: "-",
        english: false,
    };
    const NB: &str = "\u{a0}";
    match (lang, region) {
        ("en", "in") | ("hi", _) => Locale { indian: true, ..EN },
        ("en" | "ja" | "zh" | "ko", _) | ("es", "mx" | "us") => EN,
        ("de", "ch") => Locale { group: "'", decimal: ".", percent: Some(""), ..europe("'", "", false) },
        ("de", "at") => europe(NB, NB, false),
        ("de" | "da", _) => europe(".", NB, false),
        ("fr", "ca") => europe(NB, NB, false),
        ("fr", _) => europe("\u{202f}", NB, false),
        ("es", _) => europe(".", NB, true),
        ("it", _) => europe(".", "", true),
        ("pt", "br" | "") => europe(".", "", false),
        ("pt", _) => europe(NB, "", true),
        ("nl", _) => europe(".", "", false),
        ("ru" | "cs", _) => europe(NB, NB, false),
        ("sv" | "nb" | "no" | "fi", _) => Locale { minus: "\u{2212}", ..europe(NB, NB, false) },
        ("pl", _) => europe(NB, "", true),
        ("tr", _) => Locale { percent: None, currency_after: false, ..europe(".", "", false) },
        _ => EN,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Style {
    Decimal,
    Percent,
    /// The sign or code to print, and whether negatives are in parentheses
    /// (`currencySign: 'accounting'`).
    Currency(String, bool),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Grouping {
    Auto,
    Always,
    Min2,
    Off,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sign {
    Auto,
    Always,
    Never,
    ExceptZero,
    Negative,
}

/// A resolved NumberFormat.
#[derive(Clone, Debug)]
pub struct Format {
    pub locale: Locale,
    pub style: Style,
    pub min_int: u32,
    pub min_frac: u32,
    pub max_frac: u32,
    /// Significant digits (min, max) instead of fraction digits.
    pub significant: Option<(u32, u32)>,
    pub grouping: Grouping,
    pub sign: Sign,
}

impl Format {
    pub fn new(locale: Locale) -> Format {
        Format {
            locale,
            style: Style::Decimal,
            min_int: 1,
            min_frac: 0,
            max_frac: 3,
            significant: None,
            grouping: Grouping::Auto,
            sign: Sign::Auto,
        }
    }
}

/// The sign (or code) en-US prints for a currency, and its usual number
/// of decimals.
pub fn currency(code: &str, english: bool) -> (String, u32) {
    let digits = match code {
        "JPY" | "KRW" | "VND" | "CLP" | "ISK" | "UGX" | "PYG" => 0,
        "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "IQD" | "LYD" => 3,
        _ => 2,
    };
    let sign = match (code, english) {
        ("USD", _) => "$",
        ("EUR", _) => "€",
        ("GBP", true) => "£",
        ("JPY", true) => "¥",
        ("INR", true) => "₹",
        ("CAD", true) => "CA$",
        ("AUD", true) => "A$",
        ("CNY", true) => "CN¥",
        ("KRW", true) => "₩",
        ("BRL", true) => "R$",
        ("MXN", true) => "MX$",
        ("HKD", true) => "HK$",
        ("NZD", true) => "NZ$",
        ("ILS", true) => "₪",
        ("TWD", true) => "NT$",
        ("VND", true) => "₫",
        ("PHP", true) => "₱",
        _ => return (format!("{code}\u{a0}"), digits),
    };
    (sign.to_string(), digits)
}

/// `x` formatted by `f`.
pub fn format(x: f64, f: &Format) -> String {
    let l = &f.locale;
    let negative = x.is_sign_negative() && !x.is_nan();
    let body = if x.is_nan() {
        (String::from("NaN"), true)
    } else if x.is_infinite() {
        (String::from("∞"), false)
    } else {
        digits_text(x.abs(), f)
    };
    let (text, zero) = body;
    let sign = match f.sign {
        Sign::Auto if negative => l.minus,
        Sign::Always | Sign::ExceptZero if negative && !(zero && f.sign == Sign::ExceptZero) => l.minus,
        Sign::Always => "+",
        Sign::ExceptZero if !zero => "+",
        Sign::Negative if negative && !zero => l.minus,
        _ => "",
    };
    match &f.style {
        Style::Decimal => format!("{sign}{text}"),
        Style::Percent => match l.percent {
            Some(gap) => format!("{sign}{text}{gap}%"),
            None => format!("{sign}%{text}"),
        },
        Style::Currency(c, accounting) => {
            let accounting = *accounting && l.english && sign == l.minus;
            let with_sign = if l.currency_after {
                format!("{text}\u{a0}{}", c.trim_end_matches('\u{a0}'))
            } else {
                format!("{c}{text}")
            };
            if accounting {
                format!("({with_sign})")
            } else {
                format!("{sign}{with_sign}")
            }
        }
    }
}

/// The digits of finite `x` ≥ 0 with separators, and whether they are
/// all zeros.
fn digits_text(x: f64, f: &Format) -> (String, bool) {
    let l = &f.locale;
    let (ds, mut point) = shortest_digits(x);
    if f.style == Style::Percent {
        point += 2;
    }
    // ICU rounds the shortest decimal text half away from zero.
    let keep = match f.significant {
        Some((_, max)) => max as i32,
        None => point + f.max_frac as i32,
    };
    let (mut n, point) = if ds.is_empty() || keep < 0 {
        (Vec::new(), 0)
    } else {
        let (r, carried) = round_digits(&ds, keep as usize);
        (r, point + carried as i32)
    };
    let zero = n.iter().all(|&d| d == 0);
    if zero {
        n.clear();
    }
    let point = if zero { 1 } else { point };
    // The fraction digits to show at least.
    let min_frac = match f.significant {
        Some((min, _)) => (min as i32 - point).max(0) as usize,
        None => f.min_frac as usize,
    };
    let int: Vec<u8> = (0..point.max(0) as usize).map(|i| n.get(i).copied().unwrap_or(0)).collect();
    let mut frac: Vec<u8> = if point >= 0 {
        n.get(point as usize..).unwrap_or(&[]).to_vec()
    } else {
        std::iter::repeat_n(0, (-point) as usize).chain(n.iter().copied()).collect()
    };
    while frac.len() > min_frac && frac.last() == Some(&0) {
        frac.pop();
    }
    while frac.len() < min_frac {
        frac.push(0);
    }
    let mut int: Vec<u8> = int.into_iter().skip_while(|&d| d == 0).collect();
    while int.len() < f.min_int as usize {
        int.insert(0, 0);
    }
    let grouped = match f.grouping {
        Grouping::Off => false,
        Grouping::Always => int.len() > 3,
        Grouping::Min2 => int.len() > 4,
        Grouping::Auto => int.len() > if l.min2 { 4 } else { 3 },
    };
    let mut out = String::new();
    for (i, d) in int.iter().enumerate() {
        let left = int.len() - i;
        let boundary =
            left == 3 || (left > 3 && if l.indian { (left - 3).is_multiple_of(2) } else { left.is_multiple_of(3) });
        if grouped && i > 0 && boundary {
            out.push_str(l.group);
        }
        out.push((b'0' + d) as char);
    }
    if !frac.is_empty() {
        out.push_str(l.decimal);
        out.extend(frac.iter().map(|d| (b'0' + d) as char));
    }
    (out, zero)
}
