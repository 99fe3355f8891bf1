//! The full semantics of every operator, shared by both tiers.
//!
//! The interpreter calls these after its own Smi fast paths miss; compiled
//! code reaches them through the JIT's slow-path helpers. One implementation
//! means the tiers cannot disagree about doubles, strings or coercions.

use crate::error::{ErrorKind, JsError};
use crate::format::to_string;
use crate::value::{string_to_number, to_int32, Value};
use crate::vm::Vm;

/// ECMAScript ToNumber for our primitive types (functions become NaN via
/// their source text, as ToPrimitive would make them).
pub fn to_number(v: Value) -> f64 {
    if v.is_smi() {
        return v.as_smi() as f64;
    }
    match v.0 {
        crate::value::UNDEFINED_BITS => f64::NAN,
        crate::value::NULL_BITS | crate::value::FALSE_BITS => 0.0,
        crate::value::TRUE_BITS => 1.0,
        _ => match (v.as_double(), v.as_str()) {
            (Some(d), _) => d,
            (_, Some(s)) => string_to_number(s),
            _ => f64::NAN,
        },
    }
}

/// `a + b`: string concatenation if either side is (or converts to) a string.
pub fn add(vm: &mut Vm, a: Value, b: Value) -> Value {
    if Value::both_smi(a, b) {
        return match a.as_smi().checked_add(b.as_smi()) {
            Some(r) => Value::smi(r),
            None => vm.number(a.as_smi() as f64 + b.as_smi() as f64),
        };
    }
    let stringy = |v: Value| v.is_string() || v.is_function();
    if stringy(a) || stringy(b) {
        let mut s = to_string(a);
        s.push_str(&to_string(b));
        return vm.string(s);
    }
    vm.number(to_number(a) + to_number(b))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// The numeric binary operators, with int32 fast paths that give exactly the
/// double JavaScript computes (overflow, -0 and fractions leave Smi range).
pub fn arith(vm: &mut Vm, op: Arith, a: Value, b: Value) -> Value {
    if Value::both_smi(a, b) {
        if let Some(v) = smi_arith(op, a.as_smi(), b.as_smi()) {
            return v;
        }
    }
    let (x, y) = (to_number(a), to_number(b));
    vm.number(float_arith(op, x, y))
}

#[inline]
pub fn smi_arith(op: Arith, x: i32, y: i32) -> Option<Value> {
    match op {
        Arith::Sub => x.checked_sub(y).map(Value::smi),
        Arith::Mul => match x.checked_mul(y) {
            Some(0) if x < 0 || y < 0 => None,
            r => r.map(Value::smi),
        },
        Arith::Div => {
            if y != 0 && x.wrapping_rem(y) == 0 && !(x == 0 && y < 0) && !(x == i32::MIN && y == -1) {
                Some(Value::smi(x / y))
            } else {
                None
            }
        }
        Arith::Mod => {
            if y == 0 {
                return None;
            }
            let r = x.wrapping_rem(y);
            if r == 0 && x < 0 {
                None
            } else {
                Some(Value::smi(r))
            }
        }
        Arith::Pow => None,
    }
}

pub fn float_arith(op: Arith, x: f64, y: f64) -> f64 {
    match op {
        Arith::Sub => x - y,
        Arith::Mul => x * y,
        Arith::Div => x / y,
        Arith::Mod => x % y,
        Arith::Pow => pow(x, y),
    }
}

/// Number::exponentiate: differs from C's pow for NaN exponents and ±1 ** ±∞.
pub fn pow(x: f64, y: f64) -> f64 {
    if y.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return 1.0;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    crate::pow::pow(x, y)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bitwise {
    And,
    Or,
    Xor,
    Shl,
    Shr,
    UShr,
}

pub fn bitwise(vm: &mut Vm, op: Bitwise, a: Value, b: Value) -> Value {
    let (x, y) =
        if Value::both_smi(a, b) { (a.as_smi(), b.as_smi()) } else { (to_int32(to_number(a)), to_int32(to_number(b))) };
    let shift = (y as u32) & 31;
    match op {
        Bitwise::And => Value::smi(x & y),
        Bitwise::Or => Value::smi(x | y),
        Bitwise::Xor => Value::smi(x ^ y),
        Bitwise::Shl => Value::smi(x.wrapping_shl(shift)),
        Bitwise::Shr => Value::smi(x >> shift),
        Bitwise::UShr => {
            let r = (x as u32) >> shift;
            if r <= i32::MAX as u32 {
                Value::smi(r as i32)
            } else {
                vm.number(r as f64)
            }
        }
    }
}

pub fn bit_not(a: Value) -> Value {
    let x = if a.is_smi() { a.as_smi() } else { to_int32(to_number(a)) };
    Value::smi(!x)
}

pub fn negate(vm: &mut Vm, a: Value) -> Value {
    if a.is_smi() {
        let x = a.as_smi();
        if x != 0 && x != i32::MIN {
            return Value::smi(-x);
        }
    }
    vm.number(-to_number(a))
}

pub fn to_number_value(vm: &mut Vm, a: Value) -> Value {
    if a.is_smi() || a.is_number() {
        a
    } else {
        vm.number(to_number(a))
    }
}

/// `a + imm` after ToNumber: the compiler's form of `x++`, `x--`, `x - 1`.
pub fn add_imm(vm: &mut Vm, a: Value, imm: i16) -> Value {
    if a.is_smi() {
        if let Some(r) = a.as_smi().checked_add(imm as i32) {
            return Value::smi(r);
        }
    }
    vm.number(to_number(a) + imm as f64)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
}

/// Relational comparison: strings compare by UTF-16 code units, everything
/// else numerically, and any NaN makes the answer false.
pub fn compare(op: Cmp, a: Value, b: Value) -> bool {
    if Value::both_smi(a, b) {
        let (x, y) = (a.as_smi(), b.as_smi());
        return match op {
            Cmp::Lt => x < y,
            Cmp::Le => x <= y,
            Cmp::Gt => x > y,
            Cmp::Ge => x >= y,
        };
    }
    let prim = |v: Value| if v.is_function() { Some(to_string(v)) } else { v.as_str().map(str::to_string) };
    if let (Some(x), Some(y)) = (prim(a), prim(b)) {
        let ord = x.encode_utf16().cmp(y.encode_utf16());
        return match op {
            Cmp::Lt => ord.is_lt(),
            Cmp::Le => ord.is_le(),
            Cmp::Gt => ord.is_gt(),
            Cmp::Ge => ord.is_ge(),
        };
    }
    let (x, y) = (to_number(a), to_number(b));
    match op {
        Cmp::Lt => x < y,
        Cmp::Le => x <= y,
        Cmp::Gt => x > y,
        Cmp::Ge => x >= y,
    }
}

/// `===`.
pub fn strict_equals(a: Value, b: Value) -> bool {
    if a == b {
        // Identical bits: equal, except a NaN double is never equal to itself.
        return !a.as_double().is_some_and(f64::is_nan);
    }
    if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
        return x == y;
    }
    if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
        return x == y;
    }
    false
}

/// `==`: the abstract equality algorithm for our primitive types.
pub fn loose_equals(a: Value, b: Value) -> bool {
    if a.is_nullish() || b.is_nullish() {
        return a.is_nullish() && b.is_nullish();
    }
    let kind = |v: Value| {
        if v.is_number() {
            'n'
        } else if v.is_string() {
            's'
        } else if v.0 == crate::value::TRUE_BITS || v.0 == crate::value::FALSE_BITS {
            'b'
        } else {
            'f'
        }
    };
    // A function's primitive is its source text, which is never numeric:
    // against a number or boolean it is NaN, against a string it is text.
    match (kind(a), kind(b)) {
        (x, y) if x == y => strict_equals(a, b),
        ('f', 's') | ('s', 'f') => to_string(a) == to_string(b),
        _ => to_number(a) == to_number(b),
    }
}

pub fn type_of(v: Value) -> &'static str {
    match v.0 {
        crate::value::UNDEFINED_BITS => "undefined",
        crate::value::NULL_BITS => "object",
        crate::value::TRUE_BITS | crate::value::FALSE_BITS => "boolean",
        _ if v.is_smi() => "number",
        _ if v.as_double().is_some() => "number",
        _ if v.is_string() => "string",
        _ if v.is_function() => "function",
        _ => "undefined",
    }
}

/// `v.length`.
pub fn length(v: Value) -> Result<Value, JsError> {
    if let Some(s) = v.as_js_str() {
        return Ok(Value::smi(s.utf16_len() as i32));
    }
    match v.as_function() {
        Some(p) => Ok(Value::smi(p.nparams as i32)),
        _ if v.is_nullish() => Err(JsError::new(
            ErrorKind::TypeError,
            format!("Cannot read properties of {} (reading 'length')", to_string(v)),
        )),
        _ => Ok(Value::UNDEFINED),
    }
}
