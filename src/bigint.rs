//! BigInt semantics: the arithmetic of `+ - * / % **`, the bitwise
//! operators and shifts on two BigInts (`num_bigint`, whose bit operations
//! and `>>` already follow two's complement, as JavaScript's do), exact
//! comparison with numbers and strings, and the conversions ToBigInt,
//! StringToBigInt and Number ⇄ BigInt. `ops.rs` sends an operator here
//! once ToNumeric made both operands BigInts (or finds one mixed with a
//! number: the TypeError), so the tiers' Smi and double fast paths never
//! see a BigInt: it is a heap object of its own tag (`heap::ObjKind::BigInt`).

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::error::{ErrorKind, JsResult, Thrown};
use crate::value::Value;
use crate::vm::Vm;

/// V8's limit on a BigInt's size (`BigInt::kMaxLengthBits`, 2^30 bits):
/// past it `RangeError: Maximum BigInt size exceeded`.
pub const MAX_BITS: u64 = 1 << 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    UShr,
}

/// `TypeError: Cannot mix BigInt and other types, use explicit conversions`.
pub fn mix_error(vm: &mut Vm) -> Thrown {
    vm.throw_error(ErrorKind::TypeError, "Cannot mix BigInt and other types, use explicit conversions")
}

/// `TypeError: Cannot convert a BigInt value to a number` (ToNumber of a
/// BigInt: unary `+`, `Math.*`, `isNaN` …).
pub fn to_number_error(vm: &mut Vm) -> Thrown {
    vm.throw_error(ErrorKind::TypeError, "Cannot convert a BigInt value to a number")
}

fn too_big(vm: &mut Vm) -> Thrown {
    vm.throw_error(ErrorKind::RangeError, "Maximum BigInt size exceeded")
}

/// A BigInt result, checked against the size limit.
fn result(vm: &mut Vm, r: BigInt) -> JsResult<Value> {
    if r.bits() > MAX_BITS {
        return Err(too_big(vm));
    }
    Ok(vm.bigint(r))
}

/// `a op b` on two BigInts.
pub fn binary(vm: &mut Vm, op: Op, a: &BigInt, b: &BigInt) -> JsResult<Value> {
    let r = match op {
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul => {
            if a.bits() + b.bits() > MAX_BITS + 1 {
                return Err(too_big(vm));
            }
            a * b
        }
        Op::Div | Op::Mod if b.is_zero() => {
            return Err(vm.throw_error(ErrorKind::RangeError, "Division by zero"));
        }
        // Both truncate toward zero, as BigInt's `/` and `%` do.
        Op::Div => a / b,
        Op::Mod => a % b,
        Op::Pow => return pow(vm, a, b),
        Op::And => a & b,
        Op::Or => a | b,
        Op::Xor => a ^ b,
        Op::Shl => return shift(vm, a, b, false),
        Op::Shr => return shift(vm, a, b, true),
        Op::UShr => {
            return Err(vm.throw_error(ErrorKind::TypeError, "BigInts have no unsigned right shift, use >> instead"))
        }
    };
    result(vm, r)
}

fn pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> JsResult<Value> {
    if b.is_negative() {
        // V8's message names no operand here (node 20 prints it so).
        return Err(vm.throw_error(ErrorKind::RangeError, "undefined must be positive"));
    }
    if b.is_zero() {
        return Ok(vm.bigint(BigInt::one()));
    }
    // 0, 1 and -1 stay small whatever the exponent.
    if a.is_zero() || a.is_one() {
        return Ok(vm.bigint(a.clone()));
    }
    if *a == BigInt::from(-1) {
        let odd = b.bit(0);
        return Ok(vm.bigint(if odd { a.clone() } else { BigInt::one() }));
    }
    let Some(e) = b.to_u64().filter(|&e| e <= MAX_BITS) else { return Err(too_big(vm)) };
    // |a| ≥ 2: the result has at least (bits(a) - 1) * e + 1 bits.
    if (a.bits() - 1).saturating_mul(e) >= MAX_BITS {
        return Err(too_big(vm));
    }
    result(vm, num_traits::pow::Pow::pow(a, e))
}

/// `a << b` (or `a >> b`: `right`); a negative count shifts the other way,
/// and `>>` rounds toward -∞ (num_bigint's `>>` on a negative value does).
fn shift(vm: &mut Vm, a: &BigInt, b: &BigInt, right: bool) -> JsResult<Value> {
    let left = b.is_negative() == right;
    let n = b.magnitude();
    if a.is_zero() {
        return Ok(vm.bigint(BigInt::zero()));
    }
    if left {
        match n.to_u64().filter(|&n| n <= MAX_BITS) {
            Some(n) => result(vm, a << n),
            None => Err(too_big(vm)),
        }
    } else {
        match n.to_u64().filter(|&n| n <= a.bits()) {
            Some(n) => Ok(vm.bigint(a >> n)),
            // Every bit shifted out: 0, or -1 for a negative value.
            None => Ok(vm.bigint(if a.is_negative() { BigInt::from(-1) } else { BigInt::zero() })),
        }
    }
}

/// `-a`.
pub fn negate(vm: &mut Vm, a: &BigInt) -> Value {
    vm.bigint(-a)
}

/// `~a` (= -a - 1).
pub fn bit_not(vm: &mut Vm, a: &BigInt) -> Value {
    vm.bigint(!a)
}

/// `a + imm` for `++`/`--` (the compiler's `AddImm`).
pub fn add_small(vm: &mut Vm, a: &BigInt, imm: i16) -> Value {
    vm.bigint(a + BigInt::from(imm))
}

/// The exact order of a BigInt and a number (None against NaN).
pub fn cmp_number(a: &BigInt, d: f64) -> Option<Ordering> {
    if d.is_nan() {
        return None;
    }
    if d.is_infinite() {
        return Some(if d > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = d.floor();
    let f = BigInt::from_f64(floor)?;
    Some(match a.cmp(&f) {
        // a == ⌊d⌋: less when d has a fraction.
        Ordering::Equal if floor != d => Ordering::Less,
        o => o,
    })
}

/// Whether a BigInt equals a number exactly.
pub fn equals_number(a: &BigInt, d: f64) -> bool {
    cmp_number(a, d) == Some(Ordering::Equal)
}

/// StringToBigInt: whitespace around, then an optionally signed decimal
/// integer or an unsigned `0x`/`0o`/`0b` one; "" is 0n. No separators,
/// no `n`. None when the text is not one.
pub fn parse(text: &str) -> Option<BigInt> {
    let t = text.trim_matches(crate::numconv::is_js_whitespace);
    if t.is_empty() {
        return Some(BigInt::zero());
    }
    let bytes = t.as_bytes();
    if bytes.len() > 2 && bytes[0] == b'0' {
        let radix = match bytes[1] | 0x20 {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if radix != 0 {
            let body = &bytes[2..];
            if body.iter().all(|c| (*c as char).is_digit(radix)) {
                return BigInt::parse_bytes(body, radix);
            }
            return None;
        }
    }
    let (neg, digits) = match bytes[0] {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let m = BigInt::parse_bytes(digits, 10)?;
    Some(if neg { -m } else { m })
}

/// Number(b): the nearest double (ties to even), ±Infinity past the range.
pub fn to_f64(a: &BigInt) -> f64 {
    let m = a.magnitude().to_f64().unwrap_or(f64::INFINITY);
    if a.sign() == Sign::Minus {
        -m
    } else {
        m
    }
}

/// NumberToBigInt: an integral number's exact value, else V8's RangeError.
pub fn from_number(vm: &mut Vm, d: f64) -> JsResult<BigInt> {
    if d.is_finite() && d.trunc() == d {
        if let Some(b) = BigInt::from_f64(d) {
            return Ok(b);
        }
    }
    let text = crate::value::number_to_string(d);
    let msg = format!("The number {text} cannot be converted to a BigInt because it is not an integer");
    Err(vm.throw_error(ErrorKind::RangeError, &msg))
}

/// `SyntaxError: Cannot convert <text> to a BigInt`.
pub fn syntax_error(vm: &mut Vm, text: &str) -> Thrown {
    vm.throw_error(ErrorKind::SyntaxError, &format!("Cannot convert {text} to a BigInt"))
}

/// `b.toString(radix)`: lower-case digits, `-` for a negative value.
pub fn to_string_radix(a: &BigInt, radix: u32) -> String {
    a.to_str_radix(radix)
}

/// BigInt.asUintN(bits, b): b modulo 2^bits.
pub fn as_uint_n(a: &BigInt, bits: u64) -> BigInt {
    if bits == 0 {
        return BigInt::zero();
    }
    let modulus = BigInt::one() << bits;
    let r = a % &modulus;
    if r.is_negative() {
        r + modulus
    } else {
        r
    }
}

/// BigInt.asIntN(bits, b): b modulo 2^bits, as a signed value.
pub fn as_int_n(a: &BigInt, bits: u64) -> BigInt {
    if bits == 0 {
        return BigInt::zero();
    }
    let r = as_uint_n(a, bits);
    if r.bit(bits - 1) {
        r - (BigInt::one() << bits)
    } else {
        r
    }
}

/// The low 64 bits of `a` in two's complement (BigInt.asUintN(64, a)).
pub fn low_u64(a: &BigInt) -> u64 {
    let lo = a.magnitude().iter_u64_digits().next().unwrap_or(0);
    if a.is_negative() {
        lo.wrapping_neg()
    } else {
        lo
    }
}
