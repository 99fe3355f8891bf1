//! The functions of JavaScript's `Math`, bit for bit as node computes them.
//!
//! V8 computes the transcendental functions with its port of fdlibm
//! (`base::ieee754`), not with the C library, whose results differ in the
//! last bit now and then. The `libm` crate (a port of musl) is fdlibm's
//! code for most of them (acos, asin, atan, atanh, expm1, log2, tan); where
//! musl rewrote a function, `fdlibm.rs` has fdlibm's own version (cbrt,
//! sin, cos, sinh, cosh, tanh, log, log10, log1p, asinh, acosh, and the
//! edges of exp and atan2). `tests/data/math.txt`, made by node, checks all
//! of them. `pow` is the project's own port of fdlibm's (see `crate::pow`);
//! `round`, `hypot`, `max` and `min` follow V8's builtins.

pub fn abs(x: f64) -> f64 {
    x.abs()
}
pub fn acos(x: f64) -> f64 {
    libm::acos(x)
}
pub fn acosh(x: f64) -> f64 {
    super::fdlibm::acosh(x)
}
pub fn asin(x: f64) -> f64 {
    libm::asin(x)
}
pub fn asinh(x: f64) -> f64 {
    super::fdlibm::asinh(x)
}
pub fn atan(x: f64) -> f64 {
    libm::atan(x)
}
pub fn atanh(x: f64) -> f64 {
    libm::atanh(x)
}
pub fn atan2(y: f64, x: f64) -> f64 {
    super::fdlibm::atan2(y, x)
}
pub fn cbrt(x: f64) -> f64 {
    super::fdlibm::cbrt(x)
}
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}
/// Leading zero bits of ToUint32(x).
pub fn clz32(x: f64) -> f64 {
    super::to_uint32(x).leading_zeros() as f64
}
pub fn cos(x: f64) -> f64 {
    super::fdlibm::cos(x)
}
pub fn cosh(x: f64) -> f64 {
    super::fdlibm::cosh(x)
}
pub fn exp(x: f64) -> f64 {
    super::fdlibm::exp(x)
}
pub fn expm1(x: f64) -> f64 {
    libm::expm1(x)
}
pub fn floor(x: f64) -> f64 {
    x.floor()
}
/// The nearest single-precision value (ties to even), as a double.
pub fn fround(x: f64) -> f64 {
    x as f32 as f64
}
/// The square root of the sum of squares, as V8's builtin computes it:
/// scaled by the largest magnitude (so nothing overflows) and summed with
/// Kahan's compensation. Infinity wins over NaN, as the specification says.
pub fn hypot(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        let a = x.abs();
        if a == f64::INFINITY {
            return f64::INFINITY;
        }
        if a.is_nan() {
            nan = true;
        } else if a > max {
            max = a;
        }
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return 0.0;
    }
    let mut sum = 0.0f64;
    let mut compensation = 0.0f64;
    for &x in xs {
        let n = x.abs() / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    sum.sqrt() * max
}
/// The low 32 bits of the product of ToInt32(a) and ToInt32(b).
pub fn imul(a: f64, b: f64) -> f64 {
    super::to_int32(a).wrapping_mul(super::to_int32(b)) as f64
}
pub fn log(x: f64) -> f64 {
    super::fdlibm::log(x)
}
pub fn log1p(x: f64) -> f64 {
    super::fdlibm::log1p(x)
}
pub fn log10(x: f64) -> f64 {
    super::fdlibm::log10(x)
}
pub fn log2(x: f64) -> f64 {
    libm::log2(x)
}
/// The largest argument; NaN if any is NaN, +0 above -0, -Infinity for none.
pub fn max(xs: &[f64]) -> f64 {
    let mut m = f64::NEG_INFINITY;
    for &x in xs {
        if x.is_nan() {
            return f64::NAN;
        }
        if x > m || (x == 0.0 && m == 0.0 && m.is_sign_negative()) {
            m = x;
        }
    }
    m
}
/// The smallest argument; NaN if any is NaN, -0 below +0, Infinity for none.
pub fn min(xs: &[f64]) -> f64 {
    let mut m = f64::INFINITY;
    for &x in xs {
        if x.is_nan() {
            return f64::NAN;
        }
        if x < m || (x == 0.0 && m == 0.0 && x.is_sign_negative()) {
            m = x;
        }
    }
    m
}
pub fn pow(x: f64, y: f64) -> f64 {
    crate::pow::pow(x, y)
}
/// JavaScript rounding: halves go up (toward +Infinity), and a result of
/// zero keeps the argument's sign (`Math.round(-0.4)` is -0). Computed from
/// the ceiling, as V8 does, because `floor(x + 0.5)` rounds wrongly when the
/// addition itself rounds (0.49999999999999994 + 0.5 is 1).
pub fn round(x: f64) -> f64 {
    let r = x.ceil();
    if r - 0.5 > x {
        r - 1.0
    } else {
        r
    }
}
pub fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        x
    }
}
pub fn sin(x: f64) -> f64 {
    super::fdlibm::sin(x)
}
pub fn sinh(x: f64) -> f64 {
    super::fdlibm::sinh(x)
}
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}
pub fn tan(x: f64) -> f64 {
    libm::tan(x)
}
pub fn tanh(x: f64) -> f64 {
    super::fdlibm::tanh(x)
}
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// The generator behind `Math.random`: xorshift128+, the one V8 uses, seeded
/// through splitmix64 so that any seed (even 0) gives a well-mixed, nonzero
/// state. The same seed gives the same sequence, which tests rely on; the VM
/// seeds it from the clock.
#[derive(Clone, Debug)]
pub struct Rng {
    s0: u64,
    s1: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut z = seed;
        let mut split = || {
            z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut x = z;
            x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            x ^ (x >> 31)
        };
        let s0 = split();
        let s1 = split();
        Rng { s0, s1: if s0 == 0 && s1 == 0 { 1 } else { s1 } }
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut a = self.s0;
        let b = self.s1;
        self.s0 = b;
        a ^= a << 23;
        a ^= a >> 17;
        a ^= b ^ (b >> 26);
        self.s1 = a;
        self.s0.wrapping_add(self.s1)
    }

    /// A double in [0, 1) with 53 random bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}
