//! `x ** y` as V8 computes it, bit for bit.
//!
//! The C library's `pow` is correctly rounded (or nearly so) and differs from
//! V8 in the last digit for about one pair in thirty (`10 ** -5` is
//! `0.000009999999999999999` in node, `0.00001` with glibc). V8 uses its own
//! port of fdlibm's `__ieee754_pow` (Sun Microsystems, 1993), so this is the
//! same algorithm, written again in Rust:
//!
//! 1. log2(|x|) = n + log2(1 + f), computed in two pieces `t1 + t2` where `t1`
//!    has its low 32 bits clear, so `y1 * t1` below is exact;
//! 2. y * log2(|x|) in the same extra precision: `y` is split into
//!    `y1 + (y - y1)` the same way, giving `p_h + p_l`;
//! 3. 2^(p_h + p_l) = 2^m * 2^r with |r| <= 0.5, where 2^r = e^(r ln 2) comes
//!    from a rational approximation, and 2^m is added to the exponent field.
//!
//! The special cases (zeros, infinities, NaN, negative bases with integer
//! and non-integer exponents, ±1 ** ±Infinity = NaN) follow ECMAScript's
//! Number::exponentiate, which is also what fdlibm's table gives.

// The constants keep every digit fdlibm publishes, so that each can be
// checked against its source (and its hexadecimal form there).
#![allow(clippy::excessive_precision)]

/// The high (sign, exponent, top of the fraction) and low 32 bits of `d`.
fn words(d: f64) -> (i32, u32) {
    let bits = d.to_bits();
    ((bits >> 32) as u32 as i32, bits as u32)
}

fn high(d: f64) -> i32 {
    words(d).0
}

fn from_words(hi: i32, lo: u32) -> f64 {
    f64::from_bits(((hi as u32 as u64) << 32) | lo as u64)
}

fn with_high(d: f64, hi: i32) -> f64 {
    from_words(hi, words(d).1)
}

/// `d` with its low 32 bits cleared: a value whose products with another
/// such value are exact.
fn trunc_low(d: f64) -> f64 {
    from_words(high(d), 0)
}

/// `z * 2^n` with a single rounding (the result may be subnormal).
fn scale(mut z: f64, mut n: i32) -> f64 {
    let two = |e: i32| f64::from_bits(((0x3ff + e) as u64) << 52);
    if n > 1023 {
        z *= two(1023);
        n -= 1023;
        if n > 1023 {
            z *= two(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale down in two steps that stay normal until the last multiply,
        // which is then the only one that rounds.
        z *= two(-1022) * two(53);
        n += 1022 - 53;
        if n < -1022 {
            z *= two(-1022) * two(53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    z * two(n)
}

/// Whether y is an integer, and if so whether odd, read from its bits:
/// 0 = not an integer, 1 = odd, 2 = even. (Only needed for negative x.)
fn integer_kind(iy: i32, ly: u32) -> i32 {
    if iy >= 0x4340_0000 {
        return 2; // |y| >= 2^53: every such double is an even integer
    }
    if iy < 0x3ff0_0000 {
        return 0; // |y| < 1
    }
    let e = (iy >> 20) - 0x3ff; // unbiased exponent, 0..=52
    if e > 20 {
        // The units bit is in the low word.
        let shift = (52 - e) as u32;
        let j = ly >> shift;
        if j << shift == ly {
            return 2 - (j & 1) as i32;
        }
    } else if ly == 0 {
        let shift = (20 - e) as u32;
        let j = iy >> shift;
        if j << shift == iy {
            return 2 - (j & 1);
        }
    }
    0
}

const HUGE: f64 = 1.0e300;
const TINY: f64 = 1.0e-300;

/// `x ** y` (ECMAScript Number::exponentiate), rounded exactly as V8 does.
pub fn pow(x: f64, y: f64) -> f64 {
    let (hx, lx) = words(x);
    let (hy, ly) = words(y);
    let ix = hx & 0x7fff_ffff;
    let iy = hy & 0x7fff_ffff;

    // Anything ** ±0 is 1, even NaN.
    if iy as u32 | ly == 0 {
        return 1.0;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }

    let yisint = if hx < 0 { integer_kind(iy, ly) } else { 0 };

    // Exponents that are exact shortcuts: ±Infinity, ±1, 2, 0.5.
    if ly == 0 {
        if iy == 0x7ff0_0000 {
            return if (ix - 0x3ff0_0000) as u32 | lx == 0 {
                f64::NAN // ±1 ** ±Infinity
            } else if ix >= 0x3ff0_0000 {
                if hy >= 0 {
                    y
                } else {
                    0.0
                }
            } else if hy < 0 {
                -y
            } else {
                0.0
            };
        }
        if iy == 0x3ff0_0000 {
            return if hy < 0 { 1.0 / x } else { x };
        }
        if hy == 0x4000_0000 {
            return x * x;
        }
        if hy == 0x3fe0_0000 && hx >= 0 {
            return x.sqrt();
        }
    }

    let mut ax = x.abs();
    // Bases that are exact: ±0, ±Infinity, ±1.
    if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) {
        let mut z = if hy < 0 { 1.0 / ax } else { ax };
        if hx < 0 {
            if (ix - 0x3ff0_0000) | yisint == 0 {
                z = f64::NAN; // (-1) ** non-integer
            } else if yisint == 1 {
                z = -z; // negative base, odd exponent
            }
        }
        return z;
    }

    // A negative base needs an integer exponent; an odd one flips the sign.
    let negative = hx < 0;
    if negative && yisint == 0 {
        return f64::NAN;
    }
    let sign = if negative && yisint == 1 { -1.0 } else { 1.0 };

    // log2(|x|) as t1 + t2.
    let (t1, t2) = if iy > 0x41e0_0000 {
        // |y| > 2^31: the result over- or underflows unless |x| is within
        // 2^-20 of 1.
        if iy > 0x43f0_0000 {
            // |y| > 2^64: it always does.
            if ix <= 0x3fef_ffff {
                return if hy < 0 { HUGE * HUGE } else { TINY * TINY };
            }
            if ix >= 0x3ff0_0000 {
                return if hy > 0 { HUGE * HUGE } else { TINY * TINY };
            }
        }
        if ix < 0x3fef_ffff {
            return if hy < 0 { sign * HUGE * HUGE } else { sign * TINY * TINY };
        }
        if ix > 0x3ff0_0000 {
            return if hy > 0 { sign * HUGE * HUGE } else { sign * TINY * TINY };
        }
        log2_near_one(ax)
    } else {
        // Normalise subnormal bases first.
        let mut n = 0;
        let mut ix = ix;
        if ix < 0x0010_0000 {
            ax *= TWO53;
            n -= 53;
            ix = high(ax);
        }
        log2_general(ax, ix, n)
    };

    // y * log2(|x|) = p_h + p_l, with y split so that y1 * t1 is exact.
    let y1 = trunc_low(y);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    let (j, i) = words(z);
    if j >= 0x4090_0000 {
        // z >= 1024: overflow, unless z is exactly 1024 and the tail says
        // the true value is still below it.
        if (j - 0x4090_0000) as u32 | i != 0 || p_l + OVT > z - p_h {
            return sign * HUGE * HUGE;
        }
    } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
        // z <= -1075: underflow, with the same care at the boundary.
        if (j as u32).wrapping_sub(0xc090_cc00) | i != 0 || p_l <= z - p_h {
            return sign * TINY * TINY;
        }
    }

    // 2^(p_h + p_l) = 2^n * 2^r: take the nearest integer n out of p_h.
    let i = j & 0x7fff_ffff;
    let mut k = (i >> 20) - 0x3ff;
    let mut n = 0;
    if i > 0x3fe0_0000 {
        // |z| > 0.5
        n = j + (0x0010_0000 >> (k + 1));
        k = ((n & 0x7fff_ffff) >> 20) - 0x3ff;
        let t = from_words(n & !(0x000f_ffff >> k), 0);
        n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k);
        if j < 0 {
            n = -n;
        }
        p_h -= t;
    }
    // e^(r ln 2) for the remainder r = p_h + p_l, |r| <= 0.5.
    let t = trunc_low(p_l + p_h);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LG2 + t * LG2_L;
    let mut z = u + v;
    let w = v - (z - u);
    let t = z * z;
    let t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    let j = high(z).wrapping_add(((n as u32) << 20) as i32);
    if (j >> 20) <= 0 {
        z = scale(z, n); // the result is subnormal
    } else {
        z = with_high(z, j);
    }
    sign * z
}

const TWO53: f64 = 9007199254740992.0;
/// -(1024 - log2(overflow threshold + 0.5 ulp)).
const OVT: f64 = 8.008_566_259_537_294_4e-17;
const LG2: f64 = std::f64::consts::LN_2; // 0x3FE62E42_FEFA39EF
const LG2_H: f64 = 6.931_471_824_645_996_093_75e-01;
const LG2_L: f64 = -1.904_654_299_957_768_045_25e-09;
// 1/ln 2 in one piece and as a 24-bit head plus a tail.
const IVLN2: f64 = std::f64::consts::LOG2_E; // 0x3FF71547_652B82FE
const IVLN2_H: f64 = 1.442_695_021_629_333_496_09e+00;
const IVLN2_L: f64 = 1.925_962_991_126_617_468_87e-08;
// Coefficients of the rational approximation of e^r.
const P1: f64 = 1.666_666_666_666_660_190_37e-01;
const P2: f64 = -2.777_777_777_701_559_338_42e-03;
const P3: f64 = 6.613_756_321_437_934_361_17e-05;
const P4: f64 = -1.653_390_220_546_525_153_90e-06;
const P5: f64 = 4.138_136_797_057_238_460_39e-08;

/// log2(x) for x within 2^-20 of 1, from the first terms of the series of
/// log(1 + t), as a head with a clear low word and a tail.
fn log2_near_one(ax: f64) -> (f64, f64) {
    let t = ax - 1.0; // exact: t has 20 trailing zero bits
    let w = (t * t) * (0.5 - t * (0.333_333_333_333_333_333_333_3 - t * 0.25));
    let u = IVLN2_H * t;
    let v = t * IVLN2_L - w * IVLN2;
    let t1 = trunc_low(u + v);
    let t2 = v - (t1 - u);
    (t1, t2)
}

/// log2(ax) for a normal positive `ax` whose high word is `ix`, plus `n`
/// (the power of two already taken out of a subnormal), as head and tail.
fn log2_general(mut ax: f64, ix: i32, mut n: i32) -> (f64, f64) {
    // Polynomial for (3/2) * (log(x) - 2s - (2/3) s^3), s = (x - 1)/(x + 1).
    const L1: f64 = 5.999_999_999_999_946_487_25e-01;
    const L2: f64 = 4.285_714_285_785_501_842_52e-01;
    const L3: f64 = 3.333_333_298_183_774_329_18e-01;
    const L4: f64 = 2.727_281_238_085_340_064_89e-01;
    const L5: f64 = 2.306_607_457_755_617_540_67e-01;
    const L6: f64 = 2.069_750_178_003_384_177_84e-01;
    // 2/(3 ln 2), and as a head with 24 bits plus a tail.
    const CP: f64 = 9.617_966_939_259_755_543_29e-01;
    const CP_H: f64 = 9.617_967_009_544_372_558_59e-01;
    const CP_L: f64 = -7.028_461_650_952_758_265_16e-09;
    // The reduction point 1 or 1.5, and log2(1.5) as head and tail.
    const BP: [f64; 2] = [1.0, 1.5];
    const DP_H: [f64; 2] = [0.0, 5.849_624_872_207_641_601_56e-01];
    const DP_L: [f64; 2] = [0.0, 1.350_039_202_129_748_971_28e-08];

    n += (ix >> 20) - 0x3ff;
    let j = ix & 0x000f_ffff;
    // Reduce the mantissa m to [sqrt(2)/2·…): compare with 1 or with 1.5.
    let mut ix = j | 0x3ff0_0000;
    let k = if j <= 0x3988e {
        0 // m < sqrt(3/2)
    } else if j < 0xbb67a {
        1 // m < sqrt(3)
    } else {
        n += 1;
        ix -= 0x0010_0000;
        0
    };
    ax = with_high(ax, ix);

    // ss = s_h + s_l = (m - bp) / (m + bp)
    let u = ax - BP[k];
    let v = 1.0 / (ax + BP[k]);
    let ss = u * v;
    let s_h = trunc_low(ss);
    // t_h = m + bp rounded to its high word; t_l the rest.
    let t_h = from_words(((ix >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as i32) << 18), 0);
    let t_l = ax - (t_h - BP[k]);
    let s_l = v * ((u - s_h * t_h) - s_h * t_l);
    // log(m / bp) = 2s + (2/3) s^3 + ... in extra precision.
    let s2 = ss * ss;
    let mut r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    let s2 = s_h * s_h;
    let t_h = trunc_low(3.0 + s2 + r);
    let t_l = r - ((t_h - 3.0) - s2);
    let u = s_h * t_h;
    let v = s_l * t_h + t_l * ss;
    let p_h = trunc_low(u + v);
    let p_l = v - (p_h - u);
    // Times 2/(3 ln 2) gives log2(m / bp); add log2(bp) and n.
    let z_h = CP_H * p_h;
    let z_l = CP_L * p_h + p_l * CP + DP_L[k];
    let t = n as f64;
    let t1 = trunc_low(((z_h + z_l) + DP_H[k]) + t);
    let t2 = z_l - (((t1 - t) - DP_H[k]) - z_h);
    (t1, t2)
}

#[cfg(test)]
mod tests {
    use super::pow;

    #[test]
    fn matches_v8_where_the_c_library_differs() {
        // node's values, not the correctly rounded ones.
        assert_eq!(pow(2.0, -0.5), 0.7071067811865475);
        assert_eq!(pow(10.0, -5.0), 0.000009999999999999999);
        assert_eq!(pow(10.0, 23.0), 1e23);
        assert_eq!(pow(31.0, 31.0), 1.7069174130723234e46);
    }

    #[test]
    fn constants_have_fdlibms_bits() {
        assert_eq!(super::LG2.to_bits(), 0x3FE62E42_FEFA39EF);
        assert_eq!(super::IVLN2.to_bits(), 0x3FF71547_652B82FE);
        assert_eq!(super::LG2_H.to_bits(), 0x3FE62E43_00000000);
        assert_eq!(super::IVLN2_H.to_bits(), 0x3FF71547_60000000);
        assert_eq!(super::OVT.to_bits(), 0x3C971547_652B82FE);
    }

    #[test]
    fn special_cases() {
        assert!(pow(f64::NAN, 1.0).is_nan());
        assert_eq!(pow(f64::NAN, 0.0), 1.0);
        assert!(pow(1.0, f64::NAN).is_nan());
        assert!(pow(1.0, f64::INFINITY).is_nan());
        assert!(pow(-1.0, f64::NEG_INFINITY).is_nan());
        assert!(pow(-2.0, 0.5).is_nan());
        assert_eq!(pow(-0.0, -3.0), f64::NEG_INFINITY);
        assert_eq!(pow(-0.0, 3.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(pow(-8.0, 3.0), -512.0);
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY);
        assert_eq!(pow(2.0, -1074.0), 5e-324);
        assert_eq!(pow(2.0, 1024.0), f64::INFINITY);
        assert_eq!(pow(0.5, f64::INFINITY), 0.0);
    }
}
