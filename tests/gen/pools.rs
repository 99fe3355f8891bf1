//! The literal pools the grammar draws from: the values where JavaScript's
//! conversions and a JIT's fast paths have edges.

pub const SMALL_INTS: &[&str] = &["0", "1", "2", "3", "5", "7", "10", "-1", "-2", "-7", "31", "100"];

/// Int32 edges, -0, NaN, Infinity, 2**53, doubles that print oddly.
pub const EDGE_NUMBERS: &[&str] = &[
    "2147483647",
    "-2147483648",
    "2147483648",
    "-2147483649",
    "2147483646",
    "-2147483647",
    "4294967295",
    "4294967296",
    "1073741823",
    "1073741824",
    "-1073741825",
    "65535",
    "65536",
    "9007199254740992",
    "9007199254740991",
    "-9007199254740992",
    "9007199254740993",
    "0x7fffffff",
    "0xffffffff",
    "0x80000000",
    "-0",
    "NaN",
    "Infinity",
    "-Infinity",
    "0.5",
    "-0.5",
    "1.5",
    "-2.5",
    "0.1",
    "0.2",
    "1e21",
    "1e-7",
    "123456789",
    "1e300",
    "5e-324",
    "1.7976931348623157e308",
    "32",
    "33",
    "64",
    "255",
    "256",
];

/// Strings that convert to numbers, or almost.
pub const STRINGS: &[&str] = &[
    "",
    " ",
    "0",
    "12",
    "-7",
    " 0x1f ",
    "1e3",
    "abc",
    "-0",
    "Infinity",
    "NaN",
    "0b101",
    "0o17",
    "\t42\n",
    "1_000",
    "+5",
    ".5",
    "5.",
    "00012",
    "2147483648",
    "9007199254740993",
    "true",
    "null",
    "x",
    "12px",
];

pub const OTHERS: &[&str] = &["true", "false", "null", "undefined"];

/// Shift counts that wrap (`& 31`).
pub const SHIFT_COUNTS: &[&str] =
    &["31", "32", "33", "-1", "-31", "-32", "64", "1e10", "-2147483648", "0.5", "NaN", "\"33\""];

/// Right operands of `/` and `%` that are zero after conversion.
pub const ZEROS: &[&str] = &["0", "-0", "\"\"", "null", "false", "\" \"", "\"0\""];

/// Bases and exponents of `**` at the edges, and pairs with inexact results
/// (where pow implementations differ in the last digit). With
/// `KnownBug::PowLastDigit` avoided, only the exact pairs are used.
pub const POW_BASES: &[&str] =
    &["0", "-0", "1", "-1", "2", "-2", "3", "10", "31", "0.5", "-0.5", "1.1", "NaN", "Infinity", "-Infinity"];
pub const POW_EXPS: &[&str] = &[
    "0",
    "-0",
    "1",
    "2",
    "3",
    "5",
    "10",
    "12",
    "23",
    "31",
    "-1",
    "-2",
    "-5",
    "NaN",
    "Infinity",
    "-Infinity",
    "0.5",
    "-0.5",
];

pub fn pow_is_exact(base: &str, exp: &str) -> bool {
    let b: f64 = match base {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        s => s.parse().unwrap_or(f64::NAN),
    };
    let e: f64 = match exp {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        s => s.parse().unwrap_or(f64::NAN),
    };
    if !b.is_finite() || !e.is_finite() || e == 0.0 || b == 0.0 || b.abs() == 1.0 {
        return true;
    }
    let power_of_two = b.abs().log2().fract() == 0.0;
    if e.fract() != 0.0 {
        return false;
    }
    power_of_two || (e > 0.0 && b.fract() == 0.0 && b.abs().powf(e) < 9007199254740992.0)
}

/// Property names of plain objects (dot access and literal keys).
pub const PROPS: &[&str] = &["a", "b", "c", "x", "y", "z"];

/// The properties a polymorphic site reads and writes.
pub const SITE_PROPS: &[&str] = &["x", "y", "z", "w"];

/// Keys of `o[k]` on plain objects, as JavaScript text: names, and strings
/// and numbers that are array indices (or almost).
pub const OBJECT_KEYS: &[&str] =
    &["\"a\"", "\"b\"", "\"x\"", "\"y\"", "0", "1", "\"1\"", "\"01\"", "-1", "1.5", "\"z\""];

/// Indices of `a[k]` on arrays: in range, past the end (holes), not
/// indices at all (`-1`, `1.5`, `"01"`).
pub const INDEX_KEYS: &[&str] =
    &["0", "0", "1", "1", "2", "2", "3", "4", "5", "6", "7", "9", "12", "20", "-1", "1.5", "\"2\"", "\"01\"", "-0"];

/// Indices far past the end: sparse arrays, the largest index, not an index.
pub const FAR_INDICES: &[&str] = &["100", "1000", "65536", "4294967294", "4294967295"];

/// Numeric keys in object literals.
pub const NUMERIC_KEYS: &[&str] = &["0", "1", "2", "10", "1.5", "0x10", "1e3", "4294967295", "0.1"];

/// String keys in object literals that need quotes or look like indices.
pub const STRING_KEYS: &[&str] = &["a b", "0", "-1", "01", "x", "1.0", ""];

/// Values `a.length = n` sets (truncate, extend with holes).
pub const LENGTHS: &[&str] = &["0", "1", "2", "3", "5", "8", "20", "105"];
