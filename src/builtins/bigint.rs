//! `BigInt`: the conversion function (`BigInt(x)`; `new BigInt` is a
//! TypeError), `BigInt.asIntN`/`asUintN`, and `BigInt.prototype`'s
//! `toString(radix)`, `toLocaleString`, `valueOf`. A BigInt is a heap
//! object of its own kind (`heap::ObjKind::BigInt`), a primitive to the
//! rest of the runtime; its arithmetic is `crate::bigint`.

use num_bigint::BigInt;

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::HIDDEN;
use crate::heap::{JsObject, ObjClass};
use crate::ops;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use super::array::access::to_integer;
use super::{arg, method};

pub fn install(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.realm.intrinsics.bigint_proto = proto;
    let ctor = vm.native_constructor("BigInt", 1, bigint);
    super::constant(vm, ctor, "prototype", proto);
    method(vm, ctor, "asUintN", 2, as_uint_n);
    method(vm, ctor, "asIntN", 2, as_int_n);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    method(vm, proto, "toLocaleString", 0, to_locale_string);
    method(vm, proto, "toString", 0, to_string);
    method(vm, proto, "valueOf", 0, value_of);
    let tag = vm.static_string("BigInt");
    super::symbol::to_string_tag(vm, proto, tag);
    super::global(vm, "BigInt", ctor);
}

/// `BigInt(x)`: a number must be an integer; anything else is ToBigInt.
fn bigint(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target != Value::UNDEFINED {
        return Err(vm.throw_error(ErrorKind::TypeError, "BigInt is not a constructor"));
    }
    let v = arg(args, 0);
    let p = if ops::is_primitive(v) { v } else { ops::to_primitive(vm, v, ops::Hint::Number)? };
    let b = match p.as_number() {
        Some(d) => crate::bigint::from_number(vm, d)?,
        None => {
            let mut s = vm.scope();
            s.root(p);
            ops::to_bigint(&mut s, p)?
        }
    };
    Ok(vm.bigint(b))
}

/// The BigInt `this` is (a primitive or its wrapper), or V8's TypeError.
fn this_bigint(vm: &mut Vm, this: Value, method: &str) -> JsResult<BigInt> {
    if let Some(b) = this.as_bigint() {
        return Ok(b.clone());
    }
    if let Some(ObjClass::Boxed(v)) = this.as_object().map(|o| &o.class) {
        if let Some(b) = v.as_bigint() {
            return Ok(b.clone());
        }
    }
    let msg = format!("{method} requires that 'this' be a BigInt");
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let b = this_bigint(vm, this, "BigInt.prototype.toString")?;
    let r = arg(args, 0);
    let radix = if r == Value::UNDEFINED { 10.0 } else { to_integer(vm, r)? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(vm.throw_error(ErrorKind::RangeError, "toString() radix argument must be between 2 and 36"));
    }
    let text = crate::bigint::to_string_radix(&b, radix as u32);
    Ok(vm.string(text))
}

/// `toLocaleString()`: en-US grouping (`1,234,567`), whatever the locale
/// asked for.
fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let b = this_bigint(vm, this, "BigInt.prototype.toLocaleString")?;
    let digits = b.magnitude().to_string();
    let mut out = String::with_capacity(digits.len() * 4 / 3 + 1);
    if b.sign() == num_bigint::Sign::Minus {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    Ok(vm.string(out))
}

fn value_of(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.is_bigint() {
        return Ok(this);
    }
    let b = this_bigint(vm, this, "BigInt.prototype.valueOf")?;
    Ok(vm.bigint(b))
}

/// ToIndex for `asIntN`/`asUintN`'s width, with V8's RangeError.
fn width(vm: &mut Vm, v: Value) -> JsResult<u64> {
    let n = if v == Value::UNDEFINED { 0.0 } else { to_integer(vm, v)? };
    if !(0.0..=9007199254740991.0).contains(&n) {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid value: not (convertible to) a safe integer"));
    }
    Ok(n as u64)
}

fn as_uint_n(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let bits = width(vm, arg(args, 0))?;
    let b = ops::to_bigint(vm, arg(args, 1))?;
    if bits > b.bits() && b.sign() != num_bigint::Sign::Minus {
        return Ok(vm.bigint(b));
    }
    if bits > crate::bigint::MAX_BITS {
        return Err(vm.throw_error(ErrorKind::RangeError, "Maximum BigInt size exceeded"));
    }
    let r = crate::bigint::as_uint_n(&b, bits);
    Ok(vm.bigint(r))
}

fn as_int_n(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let bits = width(vm, arg(args, 0))?;
    let b = ops::to_bigint(vm, arg(args, 1))?;
    if bits > b.bits() {
        return Ok(vm.bigint(b));
    }
    let r = crate::bigint::as_int_n(&b, bits);
    Ok(vm.bigint(r))
}
