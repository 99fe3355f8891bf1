//! Values: V8-style tagged 64-bit words.
//!
//! ```text
//!  63                              32 31                            3 2 1 0
//! +----------------------------------+-------------------------------+-----+
//! |        int32 payload             |            zero               |x x 0|  Smi
//! +----------------------------------+-------------------------------+-----+
//! |               address of an 8-byte aligned heap object           |0 0 1|  pointer
//! +------------------------------------------------------------------+-----+
//! |                          small constant k                        |k 1 1|  immediate
//! +------------------------------------------------------------------+-----+
//! ```
//!
//! Because a Smi keeps its integer in the upper half with the lower half zero,
//! two Smis add, subtract and compare as plain 64-bit integers, and the CPU's
//! overflow flag after a 64-bit `add` is exactly int32 overflow. The JIT's
//! stencils depend on these constants: keep them in step with `build.rs`.

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

pub const TAG_PTR: u64 = 0b001;
pub const UNDEFINED_BITS: u64 = 0x03;
pub const NULL_BITS: u64 = 0x07;
pub const FALSE_BITS: u64 = 0x0b;
pub const TRUE_BITS: u64 = 0x0f;
/// Marks a binding that exists but is not initialised yet (let/const TDZ),
/// or a global slot reserved for a name nobody declared.
pub const HOLE_BITS: u64 = 0x13;
/// Returned by compiled code and helpers to say "an error is pending in the VM".
pub const EXCEPTION_BITS: u64 = 0x17;
/// Never a valid value: an unpatched call site's guard compares against it.
pub const NEVER_BITS: u64 = 0x1f;

/// Clears the low half of a word: whatever the operands, the result is a Smi
/// (so `smi_and`/`smi_or`/`smi_xor` can never forge a pointer).
const SMI_PAYLOAD: u64 = 0xffff_ffff_0000_0000;

impl Value {
    pub const UNDEFINED: Value = Value(UNDEFINED_BITS);
    pub const NULL: Value = Value(NULL_BITS);
    pub const FALSE: Value = Value(FALSE_BITS);
    pub const TRUE: Value = Value(TRUE_BITS);
    pub const HOLE: Value = Value(HOLE_BITS);
    pub const EXCEPTION: Value = Value(EXCEPTION_BITS);

    /// The raw word (what compiled code and the listings see).
    #[inline(always)]
    pub fn to_bits(self) -> u64 {
        self.0
    }

    /// The value whose word is `bits`.
    ///
    /// # Safety
    ///
    /// `bits` must be a Smi, an immediate, or the word of a pointer value
    /// the heap made (`heap::Heap::alloc`) whose object is still live (or
    /// permanent): a word with the pointer tag is dereferenced by every
    /// accessor that reads the heap. Only the heap and the JIT (which gets
    /// words back from compiled code) make values from words.
    #[inline(always)]
    pub(crate) unsafe fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    /// The value of a Smi's or an immediate's word (`undefined`, `null`,
    /// a boolean); any other word gives `undefined` (nothing is
    /// dereferenced, so this is safe for any bits).
    pub fn from_immediate_bits(bits: u64) -> Value {
        let v = Value(bits);
        let immediate = matches!(bits, UNDEFINED_BITS | NULL_BITS | FALSE_BITS | TRUE_BITS);
        if v.is_smi() || immediate {
            v
        } else {
            Value::UNDEFINED
        }
    }

    /// Whether this is a Smi or one of the immediates `undefined`, `null`,
    /// `true`, `false`: a word that means the same in any process, which
    /// compiled code may hold as an immediate.
    pub fn is_smi_or_immediate(self) -> bool {
        self.is_smi() || matches!(self.0, UNDEFINED_BITS | NULL_BITS | FALSE_BITS | TRUE_BITS)
    }

    /// `a & b` of two Smis (the bitwise fast path): a Smi whatever the words.
    #[inline(always)]
    pub fn smi_and(a: Value, b: Value) -> Value {
        Value(a.0 & b.0 & SMI_PAYLOAD)
    }
    /// `a | b` of two Smis.
    #[inline(always)]
    pub fn smi_or(a: Value, b: Value) -> Value {
        Value((a.0 | b.0) & SMI_PAYLOAD)
    }
    /// `a ^ b` of two Smis.
    #[inline(always)]
    pub fn smi_xor(a: Value, b: Value) -> Value {
        Value((a.0 ^ b.0) & SMI_PAYLOAD)
    }

    #[inline(always)]
    pub fn smi(i: i32) -> Value {
        Value(((i as i64) << 32) as u64)
    }
    #[inline(always)]
    pub fn is_smi(self) -> bool {
        self.0 & 1 == 0
    }
    #[inline(always)]
    pub fn as_smi(self) -> i32 {
        ((self.0 as i64) >> 32) as i32
    }
    #[inline(always)]
    pub fn both_smi(a: Value, b: Value) -> bool {
        (a.0 | b.0) & 1 == 0
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 & 3 == TAG_PTR
    }
    pub fn is_nullish(self) -> bool {
        self.0 == UNDEFINED_BITS || self.0 == NULL_BITS
    }

    /// The Smi for `d` when `d` is an int32 other than -0.
    #[inline]
    pub fn smi_from_f64(d: f64) -> Option<Value> {
        // Adding 1.5 * 2^52 leaves `d` rounded to an integer in the low 32
        // bits of the sum (two's complement, for |d| < 2^51); that integer
        // equals `d` exactly when `d` is an int32. Every double result of
        // the interpreter's arithmetic passes here, and `d as i32`
        // saturates (a clamp and a NaN select: five more instructions).
        const ROUND: f64 = 6755399441055744.0;
        let i = (d + ROUND).to_bits() as u32 as i32;
        if i as f64 == d && !(i == 0 && d.is_sign_negative()) {
            Some(Value::smi(i))
        } else {
            None
        }
    }
}

/// Formats a number the way JavaScript's Number::toString does.
pub fn number_to_string(d: f64) -> String {
    if d == 0.0 {
        return "0".to_string();
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(d).to_string()
}

// The number conversions live in numconv; these names stay here for the
// modules that have always found them here.
pub use crate::numconv::{is_js_whitespace, string_to_number, to_int32, to_uint32};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smi_layout() {
        assert_eq!(Value::smi(1).0, 1 << 32);
        assert_eq!(Value::smi(-1).as_smi(), -1);
        assert!(Value::smi(i32::MIN).is_smi());
        assert!(!Value::UNDEFINED.is_smi());
        assert!(!Value::UNDEFINED.is_ptr());
    }

    #[test]
    fn numbers_format_like_js() {
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(f64::NEG_INFINITY), "-Infinity");
        assert_eq!(number_to_string(123456789012.0), "123456789012");
    }

    #[test]
    fn string_to_number_follows_spec() {
        assert_eq!(string_to_number("  42 "), 42.0);
        assert_eq!(string_to_number(""), 0.0);
        assert_eq!(string_to_number("0x1F"), 31.0);
        assert!(string_to_number("1e").is_nan());
        assert!(string_to_number("abc").is_nan());
        assert_eq!(string_to_number("-Infinity"), f64::NEG_INFINITY);
        assert_eq!(string_to_number(".5"), 0.5);
        assert_eq!(string_to_number("5."), 5.0);
        assert!(string_to_number("-0x10").is_nan());
    }

    #[test]
    fn smi_from_f64_takes_int32s_only() {
        let smi = |d: f64| Value::smi_from_f64(d).map(Value::as_smi);
        for i in [0, 1, -1, 7, -7, i32::MAX, i32::MIN, 1 << 30, -(1 << 30)] {
            assert_eq!(smi(i as f64), Some(i));
        }
        for d in [
            -0.0,
            0.5,
            -0.5,
            1.5,
            2147483648.0,
            -2147483649.0,
            4294967296.0,
            4294967297.0,
            2f64.powi(51),
            2f64.powi(52) + 3.0,
            2f64.powi(60),
            -(2f64.powi(63)),
            1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::MIN_POSITIVE,
            1.0 - f64::EPSILON,
        ] {
            assert_eq!(smi(d), None, "{d}");
        }
    }

    #[test]
    fn int32_conversion() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(2147483648.0), i32::MIN);
        assert_eq!(to_int32(-1.5), -1);
        assert_eq!(to_uint32(-1.0), u32::MAX);
    }
}
