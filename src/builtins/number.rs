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

/// node's default locale only: the locale and options arguments are not
/// read (stitch has no `Intl`).
fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let x = this_number(vm, this, "toLocaleString")?;
    Ok(vm.string(numconv::to_locale_en(x)))
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
    let x = if args.is_empty() { 0.0 } else { to_number(vm, args[0])? };
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
