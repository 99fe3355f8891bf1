//! `Number`, its static methods and constants, `Number.prototype`'s
//! formatting methods, `Boolean`, and the global number functions
//! (`parseInt`, `parseFloat`, `isNaN`, `isFinite`). The digits come from
//! `numconv`, which follows V8 exactly.

use crate::error::{ErrorKind, JsResult};
use crate::numconv;
use crate::ops::{to_number, to_string};
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

/// thisNumberValue: the number a `Number.prototype` method runs on.
fn this_number(vm: &mut Vm, this: Value, method: &str) -> JsResult<f64> {
    if let Some(d) = this.as_number() {
        return Ok(d);
    }
    if let Some(crate::heap::ObjClass::Boxed(v)) = this.as_object().map(|o| &o.class) {
        if let Some(d) = v.as_number() {
            return Ok(d);
        }
    }
    let msg = format!("Number.prototype.{} requires that 'this' be a Number", method);
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

/// An integer argument in `lo..=hi` (undefined gives `default`), else the
/// RangeError node raises.
fn digits(vm: &mut Vm, v: Value, lo: f64, hi: f64, msg: &str) -> JsResult<f64> {
    let d = to_number(vm, v)?;
    let d = if d.is_nan() { 0.0 } else { d.trunc() };
    if d < lo || d > hi {
        return Err(vm.throw_error(ErrorKind::RangeError, msg));
    }
    Ok(d)
}

fn to_fixed(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toFixed")?;
    let f = digits(vm, arg(args, 0), 0.0, 100.0, "toFixed() digits argument must be between 0 and 100")?;
    Ok(vm.string(numconv::to_fixed(x, f as u32)))
}

/// `toLocaleString(locales, options)`: `numconv::locale` says which
/// locales and options it follows (stitch has no `Intl`).
fn to_locale_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toLocaleString")?;
    let (locales, options) = (arg(args, 0), arg(args, 1));
    if locales == Value::UNDEFINED && options == Value::UNDEFINED {
        return Ok(vm.string(numconv::to_locale_en(x)));
    }
    let f = number_format(vm, locales, options)?;
    Ok(vm.string(numconv::locale::format(x, &f)))
}

/// The first locale of `locales` (a tag or a list of them).
fn locale_tag(vm: &mut Vm, locales: Value) -> JsResult<String> {
    let first = match locales.as_object() {
        Some(o) if o.is_array() => o.element(0).and_then(|e| match e {
            crate::heap::object::Elem::Value(v) => Some(v),
            _ => None,
        }),
        _ => Some(locales),
    };
    match first {
        Some(v) if v.as_js_str().is_some() => {
            let tag = crate::format::to_string(v);
            let ok = !tag.is_empty()
                && tag
                    .split(['-', '_'])
                    .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()));
            if !ok {
                return Err(vm.throw_error(ErrorKind::RangeError, "Incorrect locale information provided"));
            }
            Ok(tag)
        }
        _ => Ok(String::from("en-US")),
    }
}

/// ECMA-402's InitializeNumberFormat for the options `numconv::locale`
/// follows, read in its order, with V8's errors.
fn number_format(vm: &mut Vm, locales: Value, options: Value) -> JsResult<numconv::locale::Format> {
    use numconv::locale::{Format, Grouping, Sign, Style};
    let tag = locale_tag(vm, locales)?;
    let mut f = Format::new(numconv::locale::locale(&tag));
    if options == Value::UNDEFINED {
        return Ok(f);
    }
    if options == Value::NULL {
        // V8 words a null options object as it words a null receiver.
        let message = "Number.prototype.toLocaleString called on null or undefined";
        return Err(vm.throw_error(ErrorKind::TypeError, message));
    }
    if options.as_object().is_none() {
        return Ok(f);
    }
    let read = super::option;
    let choice = |s: &mut Vm, options: Value, name: &str, allowed: &[&str]| {
        super::option_choice(s, options, name, allowed, "Number.prototype.toLocaleString")
    };
    /// A digit option in `lo..=hi`, or None when absent.
    fn number(s: &mut Vm, options: Value, name: &str, lo: f64, hi: f64) -> JsResult<Option<u32>> {
        let v = super::option(s, options, name)?;
        if v == Value::UNDEFINED {
            return Ok(None);
        }
        let d = to_number(s, v)?;
        if d.is_nan() || d < lo || d > hi {
            return Err(s.throw_error(ErrorKind::RangeError, &format!("{name} value is out of range.")));
        }
        Ok(Some(d.floor() as u32))
    }
    let mut s = vm.scope();
    s.root(options);
    choice(&mut s, options, "localeMatcher", &["lookup", "best fit"])?;
    let style = choice(&mut s, options, "style", &["decimal", "percent", "currency", "unit"])?;
    let code = read(&mut s, options, "currency")?;
    let code = if code == Value::UNDEFINED {
        None
    } else {
        let text = crate::format::lossy(crate::ops::to_js_string(&mut s, code)?).into_owned();
        if text.len() != 3 || !text.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(s.throw_error(ErrorKind::RangeError, &format!("Invalid currency code : {text}")));
        }
        Some(text.to_ascii_uppercase())
    };
    let display = choice(&mut s, options, "currencyDisplay", &["code", "symbol", "narrowSymbol", "name"])?;
    let accounting = choice(&mut s, options, "currencySign", &["standard", "accounting"])?;
    let (mut min_frac_default, mut max_frac_default) = (0, 3);
    match style.as_deref() {
        Some("currency") => {
            let Some(code) = code else {
                return Err(s.throw_error(ErrorKind::TypeError, "Currency code is required with currency style."));
            };
            let (mut sign, digits) = numconv::locale::currency(&code, f.locale.english);
            if display.as_deref() == Some("code") {
                sign = format!("{code}\u{a0}");
            }
            f.style = Style::Currency(sign, accounting.as_deref() == Some("accounting"));
            (min_frac_default, max_frac_default) = (digits, digits);
        }
        Some("percent") => {
            f.style = Style::Percent;
            max_frac_default = 0;
        }
        _ => {}
    }
    f.min_int = number(&mut s, options, "minimumIntegerDigits", 1.0, 21.0)?.unwrap_or(1);
    let min_frac = read(&mut s, options, "minimumFractionDigits")?;
    let max_frac = read(&mut s, options, "maximumFractionDigits")?;
    let min_sig = number(&mut s, options, "minimumSignificantDigits", 1.0, 21.0)?;
    let max_sig = number(&mut s, options, "maximumSignificantDigits", 1.0, 21.0)?;
    if min_sig.is_some() || max_sig.is_some() {
        let min = min_sig.unwrap_or(1);
        let max = max_sig.unwrap_or(21);
        if max < min {
            return Err(s.throw_error(ErrorKind::RangeError, "maximumSignificantDigits value is out of range."));
        }
        f.significant = Some((min, max));
    } else {
        let digit = |s: &mut Vm, v: Value, name: &str| -> JsResult<Option<u32>> {
            if v == Value::UNDEFINED {
                return Ok(None);
            }
            let d = to_number(s, v)?;
            if d.is_nan() || !(0.0..=100.0).contains(&d) {
                return Err(s.throw_error(ErrorKind::RangeError, &format!("{name} value is out of range.")));
            }
            Ok(Some(d.floor() as u32))
        };
        let min = digit(&mut s, min_frac, "minimumFractionDigits")?;
        let max = digit(&mut s, max_frac, "maximumFractionDigits")?;
        (f.min_frac, f.max_frac) = match (min, max) {
            (None, None) => (min_frac_default, max_frac_default),
            (None, Some(max)) => (min_frac_default.min(max), max),
            (Some(min), None) => (min, max_frac_default.max(min)),
            (Some(min), Some(max)) if min > max => {
                return Err(s.throw_error(ErrorKind::RangeError, "maximumFractionDigits value is out of range."))
            }
            (Some(min), Some(max)) => (min, max),
        };
    }
    let grouping = read(&mut s, options, "useGrouping")?;
    f.grouping = if grouping == Value::UNDEFINED {
        Grouping::Auto
    } else if grouping == Value::TRUE {
        Grouping::Always
    } else if !grouping.truthy() {
        Grouping::Off
    } else {
        match crate::format::lossy(crate::ops::to_js_string(&mut s, grouping)?).as_ref() {
            "always" => Grouping::Always,
            "auto" | "true" | "false" => Grouping::Auto,
            "min2" => Grouping::Min2,
            other => {
                let message = format!(
                    "Value {other} out of range for Number.prototype.toLocaleString options property useGrouping"
                );
                return Err(s.throw_error(ErrorKind::RangeError, &message));
            }
        }
    };
    f.sign = match choice(&mut s, options, "signDisplay", &["auto", "never", "always", "exceptZero", "negative"])?
        .as_deref()
    {
        Some("never") => Sign::Never,
        Some("always") => Sign::Always,
        Some("exceptZero") => Sign::ExceptZero,
        Some("negative") => Sign::Negative,
        _ => Sign::Auto,
    };
    Ok(f)
}

fn to_precision(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toPrecision")?;
    if arg(args, 0) == Value::UNDEFINED {
        return Ok(vm.string(crate::value::number_to_string(x)));
    }
    let p = to_number(vm, arg(args, 0))?;
    if !x.is_finite() {
        return Ok(vm.string(crate::value::number_to_string(x)));
    }
    let p = if p.is_nan() { 0.0 } else { p.trunc() };
    if !(1.0..=100.0).contains(&p) {
        return Err(vm.throw_error(ErrorKind::RangeError, "toPrecision() argument must be between 1 and 100"));
    }
    Ok(vm.string(numconv::to_precision(x, p as u32)))
}

fn to_exponential(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toExponential")?;
    let a = arg(args, 0);
    let d = to_number(vm, a)?;
    if !x.is_finite() {
        return Ok(vm.string(crate::value::number_to_string(x)));
    }
    let d = if d.is_nan() { 0.0 } else { d.trunc() };
    if !(0.0..=100.0).contains(&d) {
        return Err(vm.throw_error(ErrorKind::RangeError, "toExponential() argument must be between 0 and 100"));
    }
    let digits = if a == Value::UNDEFINED { None } else { Some(d as u32) };
    Ok(vm.string(numconv::to_exponential(x, digits)))
}

fn number_to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toString")?;
    let r = arg(args, 0);
    let radix = if r == Value::UNDEFINED { 10.0 } else { to_number(vm, r)?.trunc() };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.throw_error(ErrorKind::RangeError, "toString() radix argument must be between 2 and 36"));
    }
    let s = if radix == 10.0 { crate::value::number_to_string(x) } else { numconv::to_string_radix(x, radix as u32) };
    Ok(vm.string(s))
}

fn value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "valueOf")?;
    Ok(vm.number(x))
}

fn number(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    // ToNumeric: a BigInt converts (to the nearest double) here only.
    let x = match args.first() {
        None => 0.0,
        Some(&v) => match crate::ops::to_numeric(vm, v)? {
            crate::ops::Numeric::Num(d) => d,
            crate::ops::Numeric::Big(b) => b.as_bigint().map_or(f64::NAN, crate::bigint::to_f64),
        },
    };
    let n = vm.number(x);
    if vm.new_target != Value::UNDEFINED {
        return super::object::box_primitive(vm, n);
    }
    Ok(n)
}

fn boolean(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let b = Value::bool(arg(args, 0).truthy());
    if vm.new_target != Value::UNDEFINED {
        return super::object::box_primitive(vm, b);
    }
    Ok(b)
}

/// thisBooleanValue: a boolean or a wrapped one.
fn this_boolean(this: Value) -> Option<Value> {
    if this == Value::TRUE || this == Value::FALSE {
        return Some(this);
    }
    match this.as_object().map(|o| &o.class) {
        Some(crate::heap::ObjClass::Boxed(v)) if *v == Value::TRUE || *v == Value::FALSE => Some(*v),
        _ => None,
    }
}

fn boolean_to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    match this_boolean(this).unwrap_or(Value::UNDEFINED).to_bits() {
        crate::value::TRUE_BITS => Ok(vm.static_string("true")),
        crate::value::FALSE_BITS => Ok(vm.static_string("false")),
        _ => Err(vm.throw_error(ErrorKind::TypeError, "Boolean.prototype.toString requires that 'this' be a Boolean")),
    }
}

fn boolean_value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if let Some(b) = this_boolean(this) {
        return Ok(b);
    }
    Err(vm.throw_error(ErrorKind::TypeError, "Boolean.prototype.valueOf requires that 'this' be a Boolean"))
}

fn parse_int(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = to_string(vm, arg(args, 0))?;
    let r = arg(args, 1);
    let radix = if r == Value::UNDEFINED { None } else { Some(numconv::to_int32(to_number(vm, r)?)) };
    Ok(vm.number(numconv::parse_int(&s, radix)))
}

fn parse_float(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = to_string(vm, arg(args, 0))?;
    Ok(vm.number(numconv::parse_float(&s)))
}

fn is_nan(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(to_number(vm, arg(args, 0))?.is_nan()))
}

fn is_finite(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(to_number(vm, arg(args, 0))?.is_finite()))
}

fn number_is_nan(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_number().is_some_and(f64::is_nan)))
}

fn number_is_finite(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_number().is_some_and(f64::is_finite)))
}

fn is_integer(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_number().is_some_and(|d| d.is_finite() && d.trunc() == d)))
}

fn is_safe_integer(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let safe = |d: f64| d.is_finite() && d.trunc() == d && d.abs() <= 9007199254740991.0;
    Ok(Value::bool(arg(args, 0).as_number().is_some_and(safe)))
}

pub fn install(vm: &mut Vm) {
    let n = vm.native_constructor("Number", 1, number);
    let proto = vm.realm.number_proto;
    super::constant(vm, n, "prototype", proto);
    crate::property::define_named(vm, proto, "constructor", crate::heap::shape::HIDDEN, n);
    super::method(vm, proto, "toFixed", 1, to_fixed);
    super::method(vm, proto, "toPrecision", 1, to_precision);
    super::method(vm, proto, "toExponential", 1, to_exponential);
    super::method(vm, proto, "toString", 1, number_to_string);
    super::method(vm, proto, "toLocaleString", 0, to_locale_string);
    super::method(vm, proto, "valueOf", 0, value_of);
    super::method(vm, n, "isNaN", 1, number_is_nan);
    super::method(vm, n, "isFinite", 1, number_is_finite);
    super::method(vm, n, "isInteger", 1, is_integer);
    super::method(vm, n, "isSafeInteger", 1, is_safe_integer);
    let pi = super::method(vm, n, "parseInt", 2, parse_int);
    let pf = super::method(vm, n, "parseFloat", 1, parse_float);
    let constants = [
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("EPSILON", f64::EPSILON),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("POSITIVE_INFINITY", f64::INFINITY),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("NaN", f64::NAN),
    ];
    let mut global_values = Vec::new();
    for (name, x) in constants {
        let v = vm.number(x);
        super::constant(vm, n, name, v);
        match name {
            "NaN" => global_values.push(("NaN", v)),
            "POSITIVE_INFINITY" => global_values.push(("Infinity", v)),
            _ => {}
        }
    }
    super::global(vm, "Number", n);
    super::global(vm, "parseInt", pi);
    super::global(vm, "parseFloat", pf);
    let f = vm.native_function("isNaN", 1, is_nan);
    super::global(vm, "isNaN", f);
    let f = vm.native_function("isFinite", 1, is_finite);
    super::global(vm, "isFinite", f);
    // The global object's read-only values, which a sloppy function called
    // without a receiver sees on `this` (`delete this.NaN` is false): the
    // numbers `Number`'s constants hold already.
    let g = vm.realm.global_this;
    global_values.push(("undefined", crate::value::Value::UNDEFINED));
    for (name, v) in global_values {
        super::constant(vm, g, name, v);
    }

    let b = vm.native_constructor("Boolean", 1, boolean);
    let bproto = vm.realm.boolean_proto;
    super::constant(vm, b, "prototype", bproto);
    crate::property::define_named(vm, bproto, "constructor", crate::heap::shape::HIDDEN, b);
    super::method(vm, bproto, "toString", 0, boolean_to_string);
    super::method(vm, bproto, "valueOf", 0, boolean_value_of);
    super::global(vm, "Boolean", b);
}
