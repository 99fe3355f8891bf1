//! Numbers to text and text to numbers, as JavaScript's builtins do them:
//! `Number.prototype.toFixed`, `toPrecision`, `toExponential` and
//! `toString(radix)`, `parseInt`, `parseFloat`, ToNumber of a string, and
//! (in [`math`]) the functions of `Math`. Everything here is a plain function
//! of Rust numbers and strings, so the object model can wrap each as a
//! builtin after it has checked and converted the arguments.
//!
//! node is the oracle: the expected results in `tests/data/` were printed
//! by node, by the scripts beside them.

mod fdlibm;
pub mod locale;
pub mod math;
mod radix;
#[cfg(test)]
mod tests;

pub use radix::to_string_radix;

/// StrWhiteSpaceChar: WhiteSpace and LineTerminator, which the string to
/// number conversions skip.
pub fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}' | '\u{a}' | '\u{b}' | '\u{c}' | '\u{d}' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// ToInt32 from the ECMAScript specification.
pub fn to_int32(d: f64) -> i32 {
    // Within int32's range (after truncation) the conversion is the cast;
    // NaN fails both comparisons. The general case's `rem_euclid` is an
    // fmod call (a typed array store of a double paid it every time).
    if d > -2147483649.0 && d < 2147483648.0 {
        return d as i32;
    }
    if !d.is_finite() {
        return 0;
    }
    (d.trunc().rem_euclid(4294967296.0) as u64 as u32) as i32
}

/// ToUint32 from the ECMAScript specification.
pub fn to_uint32(d: f64) -> u32 {
    to_int32(d) as u32
}

/// Number::toString(x) with radix 10: the shortest text that reads back as
/// `x` (ryu, in JavaScript's layout).
fn shortest(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    ryu_js::Buffer::new().format(x).to_string()
}

/// The exact decimal value of a finite double: its digits (no leading zero;
/// empty for zero) and the position of the decimal point, so that |x| is
/// 0.d1d2d3... × 10^point. Every double is a finite decimal (m × 2^e is
/// m × 5^-e / 10^-e when e < 0), at most 767 significant digits long.
fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, exp) = if biased == 0 { (frac, -1074) } else { (frac | (1u64 << 52), biased - 1075) };
    if mant == 0 {
        return (Vec::new(), 0);
    }
    // Limbs of 9 decimal digits, least significant first.
    const BASE: u64 = 1_000_000_000;
    let mut limbs = vec![mant % BASE, (mant / BASE) % BASE, mant / (BASE * BASE)];
    let mul = |limbs: &mut Vec<u64>, k: u64| {
        let mut carry = 0u64;
        for l in limbs.iter_mut() {
            let t = *l * k + carry;
            *l = t % BASE;
            carry = t / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    };
    let (mut n, factor, chunk, chunk_factor) =
        if exp >= 0 { (exp, 2, 29, 1u64 << 29) } else { (-exp, 5, 13, 1_220_703_125u64) };
    while n >= chunk {
        mul(&mut limbs, chunk_factor);
        n -= chunk;
    }
    mul(&mut limbs, (factor as u64).pow(n as u32));
    let mut text = String::new();
    for (i, l) in limbs.iter().rev().enumerate() {
        if i == 0 {
            text.push_str(&l.to_string());
        } else {
            text.push_str(&format!("{:09}", l));
        }
    }
    let mut digits: Vec<u8> = text.trim_start_matches('0').bytes().map(|b| b - b'0').collect();
    let point = digits.len() as i32 + exp.min(0);
    while digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// The first `n` digits of `digits` (zeros past its end), rounded half up
/// on the rest, which is how the specification breaks ties ("if there are
/// two such n, pick the larger n"). True when rounding carried into a new
/// leading digit, in which case the result is 1 followed by `n` zeros.
fn round_digits(digits: &[u8], n: usize) -> (Vec<u8>, bool) {
    let mut out: Vec<u8> = (0..n).map(|i| digits.get(i).copied().unwrap_or(0)).collect();
    if digits.get(n).copied().unwrap_or(0) < 5 {
        return (out, false);
    }
    for d in out.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return (out, false);
        }
    }
    out.insert(0, 1);
    (out, true)
}

fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|d| (b'0' + d) as char));
}

/// Text for NaN and the infinities, which the three formatting methods
/// share; None for a finite number.
fn non_finite(x: f64) -> Option<String> {
    if x.is_nan() {
        Some("NaN".into())
    } else if x.is_infinite() {
        Some(if x > 0.0 { "Infinity" } else { "-Infinity" }.into())
    } else {
        None
    }
}

/// The shortest digits of a finite, non-negative `x` (no leading or
/// trailing zero; empty for zero) and the point, as `exact_decimal` gives
/// them.
fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let text = shortest(x);
    let (mant, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let int_len = mant.find('.').unwrap_or(mant.len()) as i32;
    let mut digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
    let mut point = int_len + exp;
    while digits.first() == Some(&0) {
        digits.remove(0);
        point -= 1;
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        point = 0;
    }
    (digits, point)
}

/// Number.prototype.toLocaleString() in node's default locale (en-US):
/// at most 3 decimals, integer digits grouped by commas. ICU rounds the
/// shortest decimal text half away from zero (`(1.0005)` gives "1.001",
/// although 1.0005 is really 1.000499999...), and keeps a negative sign
/// on a result of zero.
pub fn to_locale_en(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞" } else { "-∞" }.into();
    }
    let (ds, point) = shortest_digits(x.abs());
    let keep = point + 3;
    let (mut n, point) = if ds.is_empty() || keep < 0 {
        (Vec::new(), 0)
    } else {
        let (r, carried) = round_digits(&ds, keep as usize);
        (r, point + carried as i32)
    };
    while n.last() == Some(&0) {
        n.pop();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if n.is_empty() {
        out.push('0');
        return out;
    }
    let int: Vec<u8> = (0..point.max(0) as usize).map(|i| n.get(i).copied().unwrap_or(0)).collect();
    if int.is_empty() {
        out.push('0');
    }
    for (i, d) in int.iter().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push((b'0' + d) as char);
    }
    let frac: Vec<u8> = if point >= 0 {
        n.get(point as usize..).unwrap_or(&[]).to_vec()
    } else {
        std::iter::repeat_n(0, (-point) as usize).chain(n.iter().copied()).collect()
    };
    if !frac.is_empty() {
        out.push('.');
        push_digits(&mut out, &frac);
    }
    out
}

/// Number.prototype.toFixed(digits): `digits` decimals, exactly rounded,
/// ties away from zero (`(1.005).toFixed(2)` is "1.00" because 1.005 is
/// really 1.00499999999999989...). From 1e21 on it is ToString. The caller
/// checks the range 0..=100; larger values are taken as 100.
pub fn to_fixed(x: f64, digits: u32) -> String {
    let f = digits.min(100) as usize;
    if let Some(s) = non_finite(x) {
        return s;
    }
    if x.abs() >= 1e21 {
        return shortest(x);
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let (ds, point) = exact_decimal(x);
    // n = round(|x| × 10^f): the digits up to f places after the point.
    let keep = point + f as i32;
    let mut n: Vec<u8> = if keep < 0 || ds.is_empty() {
        vec![0]
    } else {
        let (r, _) = round_digits(&ds, keep as usize);
        if r.is_empty() {
            vec![0]
        } else {
            r
        }
    };
    // Leading zeros so that there is a digit before the point.
    while n.len() < f + 1 {
        n.insert(0, 0);
    }
    let int_len = n.len() - f;
    push_digits(&mut out, &n[..int_len]);
    if f > 0 {
        out.push('.');
        push_digits(&mut out, &n[int_len..]);
    }
    out
}

/// The significant digits and decimal exponent of `x` (finite, nonzero):
/// exactly rounded to `n` digits, or the shortest round-tripping digits when
/// `n` is None. |x| ≈ d1.d2d3... × 10^exponent.
fn significant(x: f64, n: Option<usize>) -> (Vec<u8>, i32) {
    match n {
        Some(n) => {
            let (ds, point) = exact_decimal(x);
            let (mut r, carried) = round_digits(&ds, n);
            r.truncate(n);
            (r, point - 1 + carried as i32)
        }
        None => {
            // ryu's text, taken apart: "1.5e+21", "0.001", "123", "1e-7".
            let text = shortest(x.abs());
            let (mantissa, exp) = match text.split_once('e') {
                Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
                None => (text.as_str(), 0),
            };
            let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
            let all: Vec<u8> = mantissa.bytes().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
            let lead = all.iter().take_while(|&&d| d == 0).count();
            let mut ds = all[lead..].to_vec();
            while ds.len() > 1 && ds.last() == Some(&0) {
                ds.pop();
            }
            (ds, int_len - lead as i32 - 1 + exp)
        }
    }
}

fn exponential_text(negative: bool, ds: &[u8], e: i32) -> String {
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    push_digits(&mut out, &ds[..1]);
    if ds.len() > 1 {
        out.push('.');
        push_digits(&mut out, &ds[1..]);
    }
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&e.unsigned_abs().to_string());
    out
}

/// Number.prototype.toExponential(digits): one digit, the point, `digits`
/// more (exactly rounded, ties away from zero), and the exponent; with
/// `None` (undefined), as many digits as it takes to read back as `x`.
/// Values above 100 are taken as 100.
pub fn to_exponential(x: f64, digits: Option<u32>) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    let n = digits.map(|d| d.min(100) as usize + 1);
    if x == 0.0 {
        return exponential_text(false, &vec![0; n.unwrap_or(1)], 0);
    }
    let (ds, e) = significant(x, n);
    exponential_text(x < 0.0, &ds, e)
}

/// Number.prototype.toPrecision(p): `p` significant digits, exactly
/// rounded; in exponential form when the exponent is below -6 or not below
/// `p`, as the specification says. The caller checks 1..=100; values out of
/// it are clamped.
pub fn to_precision(x: f64, p: u32) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    let p = p.clamp(1, 100) as usize;
    let (ds, e) = if x == 0.0 { (vec![0; p], 0) } else { significant(x, Some(p)) };
    if e < -6 || e >= p as i32 {
        return exponential_text(x < 0.0, &ds, e);
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    if e >= 0 {
        let int_len = e as usize + 1;
        push_digits(&mut out, &ds[..int_len]);
        if int_len < p {
            out.push('.');
            push_digits(&mut out, &ds[int_len..]);
        }
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-e - 1) as usize));
        push_digits(&mut out, &ds);
    }
    out
}

/// The value of a string of digits in a radix that is a power of two,
/// correctly rounded (ties to even), as V8 reads `0x...`, `0b...`, `0o...`
/// and parseInt with radix 2, 4, 8, 16 or 32. Digits must be valid.
fn power_of_two_digits(digits: &str, radix: u32) -> f64 {
    let bits_per = radix.trailing_zeros();
    let mut mant: u64 = 0;
    let mut mant_bits = 0u32;
    // Bits past the 54 kept: how many, and whether any of them was one.
    let mut extra = 0i32;
    let mut sticky = false;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as u64;
        for i in (0..bits_per).rev() {
            let bit = (d >> i) & 1;
            if mant_bits == 0 && bit == 0 {
                continue;
            }
            if mant_bits < 54 {
                mant = (mant << 1) | bit;
                mant_bits += 1;
            } else {
                extra += 1;
                sticky |= bit == 1;
            }
        }
    }
    if mant_bits == 54 {
        // Round the 54th bit away: ties to even, unless a later bit is set.
        let half = mant & 1 == 1;
        mant >>= 1;
        extra += 1;
        if half && (sticky || mant & 1 == 1) {
            mant += 1;
        }
    }
    let mut v = mant as f64;
    // Scaling by powers of two is exact short of overflow, which is right.
    while extra > 0 && v.is_finite() {
        let step = extra.min(1000);
        v *= f64::from_bits(((1023 + step) as u64) << 52);
        extra -= step;
    }
    v
}

/// Digits in a radix that is neither 10 nor a power of two, read as V8
/// reads them: leading zeros skipped, then chunks that keep the running
/// multiplier within 32 bits, each folded into a double. Exact up to 2^53;
/// above, this is the approximation the specification allows, and node's.
/// Digits must be valid.
fn other_radix_digits(digits: &str, radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut result = 0.0f64;
    // The chunks start after the leading zeros, which moves their bounds.
    let mut chars = digits.trim_start_matches('0').chars().peekable();
    while chars.peek().is_some() {
        let (mut part, mut multiplier) = (0u32, 1u32);
        while let Some(&c) = chars.peek() {
            let m = multiplier * radix;
            if m > MAX_MULTIPLIER {
                break;
            }
            part = part * radix + c.to_digit(radix).unwrap_or(0);
            multiplier = m;
            chars.next();
        }
        result = result * multiplier as f64 + part as f64;
    }
    result
}

/// Digits (all valid in `radix`) as a number, the way node reads them.
fn digits_value(digits: &str, radix: u32) -> f64 {
    if radix == 10 {
        // A decimal digit string always parses; its value is rounded once.
        digits.parse::<f64>().unwrap_or(f64::NAN)
    } else if radix.is_power_of_two() {
        power_of_two_digits(digits, radix)
    } else {
        other_radix_digits(digits, radix)
    }
}

/// JavaScript's parseInt. `radix` is ToInt32 of the argument, None when it
/// was undefined: 0 or None mean 10, or 16 after a `0x`/`0X` (which radix 16
/// also skips); outside 2..=36 the result is NaN. The longest run of digits
/// after the whitespace and sign counts; none is NaN.
pub fn parse_int(s: &str, radix: Option<i32>) -> f64 {
    let t = s.trim_start_matches(is_js_whitespace);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let r = radix.unwrap_or(0);
    let (radix, strip) = match r {
        0 => (10, true),
        16 => (16, true),
        2..=36 => (r as u32, false),
        _ => return f64::NAN,
    };
    let (radix, body) = match body.get(..2) {
        Some("0x" | "0X") if strip => (16, &body[2..]),
        _ => (radix, body),
    };
    let end = body.find(|c: char| !c.is_digit(radix)).unwrap_or(body.len());
    if end == 0 {
        return f64::NAN;
    }
    let v = digits_value(&body[..end], radix);
    if negative {
        -v
    } else {
        v
    }
}

/// The length of the longest StrDecimalLiteral (without sign or
/// "Infinity") at the start of `b`: digits, a point, digits, and an
/// exponent that counts only when it has digits. 0 when there is none.
fn decimal_prefix(b: &[u8]) -> usize {
    let digits = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits(0);
    let mut i = int_end;
    if i < b.len() && b[i] == b'.' {
        i = digits(i + 1);
    }
    if int_end == 0 && i <= 1 {
        return 0;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let end = digits(j);
        if end > j {
            i = end;
        }
    }
    i
}

/// JavaScript's parseFloat: the longest prefix (after whitespace) that is
/// a decimal literal or "Infinity", signed; NaN when there is none.
pub fn parse_float(s: &str) -> f64 {
    let t = s.trim_start_matches(is_js_whitespace);
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body.starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    let end = decimal_prefix(body.as_bytes());
    if end == 0 {
        return f64::NAN;
    }
    body[..end].parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

/// StringToNumber (ToNumber of a string): the whole string, less the
/// whitespace around it, must be a number: empty is 0; `0x`, `0o`, `0b`
/// literals (unsigned); a signed decimal literal or "Infinity". Anything
/// else (`1_000`, `0x`, `- 5`, `infinity`) is NaN.
pub fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(is_js_whitespace);
    if t.is_empty() {
        return 0.0;
    }
    let prefixed = match t.get(..2) {
        Some("0x" | "0X") => Some(16),
        Some("0o" | "0O") => Some(8),
        Some("0b" | "0B") => Some(2),
        _ => None,
    };
    if let Some(radix) = prefixed {
        let digits = &t[2..];
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return f64::NAN;
        }
        return power_of_two_digits(digits, radix);
    }
    let (sign, body) = match t.as_bytes()[0] {
        b'+' => (1.0, &t[1..]),
        b'-' => (-1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if decimal_prefix(body.as_bytes()) != body.len() {
        return f64::NAN;
    }
    body.parse::<f64>().map_or(f64::NAN, |v| sign * v)
}
