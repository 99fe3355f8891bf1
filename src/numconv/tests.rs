//! The conversions and Math against tables that node printed (see the
//! scripts in tests/data/), plus the cases the brief names, spelled out.

use super::*;

fn bits(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).expect("hex bits"))
}

fn units(h: &str) -> String {
    if h == "-" {
        return String::new();
    }
    let u: Vec<u16> = h.split('.').map(|x| u16::from_str_radix(x, 16).expect("hex unit")).collect();
    String::from_utf16_lossy(&u)
}

/// Runs every line of a table and fails with the first mismatches.
fn check_table(table: &str, separator: char, run: impl Fn(&[&str]) -> Option<String>) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in table.lines().filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split(separator).collect();
        let expected = *fields.last().expect("a field");
        if let Some(got) = run(&fields) {
            count += 1;
            if got != expected {
                failures.push(format!("{}  => got {}", line, got));
            }
        }
    }
    assert!(count > 0, "the table ran no case");
    assert!(
        failures.is_empty(),
        "{} of {} differ from node:\n{}",
        failures.len(),
        count,
        failures[..failures.len().min(40)].join("\n")
    );
}

fn hex(x: f64) -> String {
    format!("{:x}", x.to_bits())
}

#[test]
fn number_formatting_matches_node() {
    check_table(include_str!("../../tests/data/numconv.txt"), '\t', |f| {
        let param = || f[2].parse::<u32>().expect("a parameter");
        Some(match f[0] {
            "fixed" => to_fixed(bits(f[1]), param()),
            "precision" => to_precision(bits(f[1]), param()),
            "exponential" => to_exponential(bits(f[1]), if f[2] == "-" { None } else { Some(param()) }),
            "radix" => to_string_radix(bits(f[1]), param()),
            _ => return None,
        })
    });
}

#[test]
fn string_parsing_matches_node() {
    check_table(include_str!("../../tests/data/numconv.txt"), '\t', |f| {
        let s = || units(f[1]);
        Some(hex(match f[0] {
            "number" => string_to_number(&s()),
            "float" => parse_float(&s()),
            "int" => parse_int(&s(), if f[2] == "-" { None } else { Some(f[2].parse::<i32>().expect("a radix")) }),
            _ => return None,
        }))
    });
}

#[test]
fn math_matches_node_bit_for_bit() {
    check_table(include_str!("../../tests/data/math.txt"), ' ', |f| {
        let args: Vec<f64> = f[1..f.len() - 1].iter().map(|h| bits(h)).collect();
        let unary: Option<fn(f64) -> f64> = match f[0] {
            "abs" => Some(math::abs),
            "acos" => Some(math::acos),
            "acosh" => Some(math::acosh),
            "asin" => Some(math::asin),
            "asinh" => Some(math::asinh),
            "atan" => Some(math::atan),
            "atanh" => Some(math::atanh),
            "cbrt" => Some(math::cbrt),
            "ceil" => Some(math::ceil),
            "clz32" => Some(math::clz32),
            "cos" => Some(math::cos),
            "cosh" => Some(math::cosh),
            "exp" => Some(math::exp),
            "expm1" => Some(math::expm1),
            "floor" => Some(math::floor),
            "fround" => Some(math::fround),
            "log" => Some(math::log),
            "log1p" => Some(math::log1p),
            "log10" => Some(math::log10),
            "log2" => Some(math::log2),
            "round" => Some(math::round),
            "sign" => Some(math::sign),
            "sin" => Some(math::sin),
            "sinh" => Some(math::sinh),
            "sqrt" => Some(math::sqrt),
            "tan" => Some(math::tan),
            "tanh" => Some(math::tanh),
            "trunc" => Some(math::trunc),
            _ => None,
        };
        let v = match (unary, f[0]) {
            (Some(g), _) => g(args[0]),
            (None, "atan2") => math::atan2(args[0], args[1]),
            (None, "pow") => math::pow(args[0], args[1]),
            (None, "imul") => math::imul(args[0], args[1]),
            (None, "max") => math::max(&args),
            (None, "min") => math::min(&args),
            (None, "hypot") => math::hypot(&args),
            _ => return None,
        };
        // Every NaN is the same value to JavaScript.
        Some(if v.is_nan() { hex(bits(f[f.len() - 1])) } else { hex(v) })
    });
}

#[test]
fn named_cases() {
    assert_eq!(to_fixed(1.005, 2), "1.00");
    assert_eq!(to_fixed(1.45, 1), "1.4");
    assert_eq!(to_fixed(0.5, 0), "1");
    assert_eq!(to_fixed(-0.0, 2), "0.00");
    assert_eq!(to_fixed(-0.0000001, 2), "-0.00");
    assert_eq!(to_fixed(1e21, 2), "1e+21");
    assert_eq!(to_fixed(f64::NAN, 2), "NaN");
    assert_eq!(to_fixed(f64::NEG_INFINITY, 2), "-Infinity");
    assert_eq!(to_precision(123.456, 2), "1.2e+2");
    assert_eq!(to_precision(0.000001234, 2), "0.0000012");
    assert_eq!(to_precision(0.0000001234, 2), "1.2e-7");
    assert_eq!(to_exponential(123456.0, None), "1.23456e+5");
    assert_eq!(to_exponential(0.0, Some(2)), "0.00e+0");
    assert_eq!(to_string_radix(255.5, 16), "ff.8");
    assert_eq!(to_string_radix(-255.0, 36), "-73");
    assert_eq!(to_string_radix(0.1, 2), "0.0001100110011001100110011001100110011001100110011001101");
    assert_eq!(parse_int("  -0x1F", None), -31.0);
    assert!(parse_int("0x1F", Some(37)).is_nan());
    assert!(parse_int("-0", None).is_sign_negative());
    assert_eq!(parse_float("-.5e3x"), -500.0);
    assert_eq!(string_to_number("0b101"), 5.0);
    assert!(string_to_number("1_000").is_nan());
    assert!(string_to_number("infinity").is_nan());
    assert_eq!(math::round(-0.4).to_bits(), (-0.0f64).to_bits());
    assert_eq!(math::round(0.49999999999999994), 0.0);
}

#[test]
fn huge_digit_counts_do_not_panic() {
    for x in [5e-324, 1.7976931348623157e308, -0.0, 1e-7] {
        for d in [0, 1, 100, 1000, u32::MAX] {
            to_fixed(x, d);
            to_precision(x, d);
            to_exponential(x, Some(d));
        }
        for r in [0, 1, 2, 10, 36, 37, u32::MAX] {
            to_string_radix(x, r);
        }
    }
}

#[test]
fn the_generator_is_seeded() {
    let (mut a, mut b) = (math::Rng::new(7), math::Rng::new(7));
    let xs: Vec<f64> = (0..100).map(|_| a.next_f64()).collect();
    assert!(xs.iter().all(|&x| (0.0..1.0).contains(&x)));
    assert_eq!(xs, (0..100).map(|_| b.next_f64()).collect::<Vec<_>>());
    assert_ne!(xs[0], math::Rng::new(8).next_f64());
}
