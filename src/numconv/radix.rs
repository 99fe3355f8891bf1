//! Number.prototype.toString(radix) for radixes other than 10.
//!
//! node's digits are those of V8's algorithm, which is not the exact
//! expansion: the fraction is produced digit by digit in double arithmetic
//! and stops once the remaining fraction is below half the gap to the next
//! double (the input's own precision), rounding the last digit to even; the
//! integer part is produced by repeated division, with digits below the
//! double's precision (when the integer is 2^53 or more) written as zeros.
//! To be identical, this follows the same steps.

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The power of two that the last bit of the significand of `d` is worth
/// (positive means `d` is at least 2^53, an integer with trailing zeros).
fn binary_exponent(d: f64) -> i32 {
    let biased = ((d.to_bits() >> 52) & 0x7ff) as i32;
    if biased == 0 {
        -1074
    } else {
        biased - 1075
    }
}

fn digit_value(c: u8) -> u32 {
    if c > b'9' {
        (c - b'a' + 10) as u32
    } else {
        (c - b'0') as u32
    }
}

/// `x` in base `radix` (2..=36; others are taken as 10), as
/// `x.toString(radix)` gives it: `(0.1).toString(2)`, `(255.5).toString(16)`
/// is "ff.8", `(-255).toString(36)` is "-73".
pub fn to_string_radix(x: f64, radix: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if !(2..=36).contains(&radix) || radix == 10 {
        return super::shortest(x);
    }
    let r = radix as f64;
    let negative = x < 0.0;
    let value = x.abs();
    let mut integer = value.floor();
    let mut fraction = value - integer;
    // Half the distance to the next double: digits below it say nothing
    // about the input, so the expansion stops there.
    let next = f64::from_bits(value.to_bits() + 1);
    let mut delta = (0.5 * (next - value)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            let digit = fraction as u32;
            frac_digits.push(DIGITS[digit as usize]);
            fraction -= digit as f64;
            if (fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1)) && fraction + delta > 1.0 {
                // Round up, carrying back through the digits written.
                loop {
                    match frac_digits.pop() {
                        None => {
                            integer += 1.0;
                            break;
                        }
                        Some(c) => {
                            let d = digit_value(c);
                            if d + 1 < radix {
                                frac_digits.push(DIGITS[d as usize + 1]);
                                break;
                            }
                        }
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }
    // Integer digits, least significant first.
    let mut int_digits: Vec<u8> = Vec::new();
    while binary_exponent(integer / r) > 0 {
        integer /= r;
        int_digits.push(b'0');
    }
    loop {
        let rem = integer % r;
        int_digits.push(DIGITS[rem as usize]);
        integer = (integer - rem) / r;
        if integer <= 0.0 {
            break;
        }
    }
    let mut out = String::with_capacity(int_digits.len() + frac_digits.len() + 2);
    if negative {
        out.push('-');
    }
    out.extend(int_digits.iter().rev().map(|&c| c as char));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(frac_digits.iter().map(|&c| c as char));
    }
    out
}
