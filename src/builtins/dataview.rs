//! `DataView`: reads and writes numbers of any element type at any byte
//! offset of an `ArrayBuffer`, big-endian unless asked for little-endian.
//! Binary formats are parsed this way (JetStream's file-system benchmarks
//! swap a file's byte order with `getFloat64`/`setFloat64`).
//!
//! A DataView is `ObjClass::DataView` holding a byte view of its buffer
//! (`heap::typed::View` of kind Uint8, `byteLength` long), so bounds and
//! lifetime are the typed arrays' (`read_bytes`/`write_bytes`); the element
//! types' conversions are `TypedKind::encode`/`decode`, which are
//! little-endian, so a big-endian access reverses the bytes. The BigInt
//! accessors (`getBigInt64`, `getBigUint64` and their setters) read and
//! write 8 bytes as an i64/u64 (`big_get`, `big_set`).

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{CONFIGURABLE, HIDDEN};
use crate::heap::typed::{TypedKind, View};
use crate::heap::{JsObject, ObjClass, ObjKind};
use crate::ops;
use crate::property;
use crate::value::Value;
use crate::vm::{NativeFn, Vm};

use super::array::access::to_integer;
use super::{arg, method};

pub fn install(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.realm.intrinsics.dataview_proto = proto;
    let ctor = vm.native_constructor("DataView", 1, construct);
    vm.realm.intrinsics.dataview_ctor = ctor;
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    let getters: [(&str, &'static str, NativeFn); 3] = [
        ("buffer", "get buffer", get_buffer),
        ("byteLength", "get byteLength", get_byte_length),
        ("byteOffset", "get byteOffset", get_byte_offset),
    ];
    for (name, full, f) in getters {
        let g = vm.native_function(full, 0, f);
        if let Some(o) = proto.as_object() {
            let a = vm.atoms.intern(name);
            property::define_accessor(vm, o, a, false, g, CONFIGURABLE);
        }
    }
    let accessors: [(&str, NativeFn, &str, NativeFn); 8] = [
        ("getInt8", get::<0>, "setInt8", set::<0>),
        ("getUint8", get::<1>, "setUint8", set::<1>),
        ("getInt16", get::<3>, "setInt16", set::<3>),
        ("getUint16", get::<4>, "setUint16", set::<4>),
        ("getInt32", get::<5>, "setInt32", set::<5>),
        ("getUint32", get::<6>, "setUint32", set::<6>),
        ("getFloat32", get::<7>, "setFloat32", set::<7>),
        ("getFloat64", get::<8>, "setFloat64", set::<8>),
    ];
    for (get_name, g, set_name, s) in accessors {
        method(vm, proto, get_name, 1, g);
        method(vm, proto, set_name, 2, s);
    }
    let big: [(&str, NativeFn, &str, NativeFn); 2] = [
        ("getBigInt64", big_get::<true>, "setBigInt64", big_set::<true>),
        ("getBigUint64", big_get::<false>, "setBigUint64", big_set::<false>),
    ];
    for (get_name, g, set_name, s) in big {
        method(vm, proto, get_name, 1, g);
        method(vm, proto, set_name, 2, s);
    }
    let tag = vm.static_string("DataView");
    super::symbol::to_string_tag(vm, proto, tag);
    super::global(vm, "DataView", ctor);
}

/// The byte view of DataView `v`, or V8's TypeError. (V8 names the
/// receiver `undefined` whatever it is, and the `byteLength` getter
/// `byte_length`; node prints exactly that.)
fn view_of(vm: &mut Vm, v: Value, what: &str) -> JsResult<&'static View> {
    match v.as_object().map(|o| &o.class) {
        Some(ObjClass::DataView(view)) => Ok(view),
        _ => {
            let msg = format!("Method {what} called on incompatible receiver undefined");
            Err(vm.throw_error(ErrorKind::TypeError, &msg))
        }
    }
}

/// ToIndex: the integer, and whether it is in 0..=2^53-1 (if not, the
/// caller's RangeError names it).
fn to_index(vm: &mut Vm, v: Value) -> JsResult<(f64, bool)> {
    if v == Value::UNDEFINED {
        return Ok((0.0, true));
    }
    let n = to_integer(vm, v)?;
    Ok((n, (0.0..=9007199254740991.0).contains(&n)))
}

/// `new DataView(buffer, byteOffset, byteLength)`.
fn construct(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        return Err(vm.throw_error(ErrorKind::TypeError, "Constructor DataView requires 'new'"));
    }
    let buffer = arg(args, 0);
    let Some(ObjClass::ArrayBuffer(bytes)) = buffer.as_object().map(|o| &o.class) else {
        let msg = "First argument to DataView constructor must be an ArrayBuffer";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    };
    let mut s = vm.scope();
    s.root(buffer);
    let buf_len = bytes.len() as f64;
    let (offset, valid) = to_index(&mut s, arg(args, 1))?;
    if !valid || offset > buf_len {
        let text = crate::value::number_to_string(offset);
        let msg = format!("Start offset {text} is outside the bounds of the buffer");
        return Err(s.throw_error(ErrorKind::RangeError, &msg));
    }
    let length = if arg(args, 2) == Value::UNDEFINED {
        buf_len - offset
    } else {
        let (n, valid) = to_index(&mut s, arg(args, 2))?;
        if !valid || offset + n > buf_len {
            let msg = format!("Invalid DataView length {}", crate::value::number_to_string(n));
            return Err(s.throw_error(ErrorKind::RangeError, &msg));
        }
        n
    };
    // A subclass's prototype (`class D extends DataView`).
    let (fallback, own) = (s.realm.intrinsics.dataview_proto, s.realm.intrinsics.dataview_ctor);
    let proto = super::proto_from_new_target(&mut s, fallback, own)?;
    s.root(proto);
    let view = View::new(TypedKind::Uint8, buffer, bytes, offset as u32, length as u32);
    let Some(view) = view else {
        let msg = format!("Invalid DataView length {}", crate::value::number_to_string(length));
        return Err(s.throw_error(ErrorKind::RangeError, &msg));
    };
    let shape = s.shapes.root(proto);
    Ok(s.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::DataView(Box::new(view))))))
}

fn get_buffer(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(view_of(vm, this, "get DataView.prototype.buffer")?.buffer)
}

fn get_byte_length(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let n = view_of(vm, this, "get DataView.prototype.byte_length")?.byte_length();
    Ok(vm.number(n as f64))
}

fn get_byte_offset(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let n = view_of(vm, this, "get DataView.prototype.byte_offset")?.offset;
    Ok(vm.number(n as f64))
}

/// The method's name, for the receiver error.
fn method_name(kind: TypedKind, set: bool) -> String {
    let name = kind.name().trim_end_matches("Array");
    format!("DataView.prototype.{}{}", if set { "set" } else { "get" }, name)
}

fn out_of_bounds(vm: &mut Vm) -> crate::error::Thrown {
    vm.throw_error(ErrorKind::RangeError, "Offset is outside the bounds of the DataView")
}

/// `dv.get<Kind>(byteOffset, littleEndian)`; `K` is the kind's index.
fn get<const K: usize>(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let kind = TypedKind::ALL[K];
    let view = view_of(vm, this, &method_name(kind, false))?;
    let (at, valid) = to_index(vm, arg(args, 0))?;
    let little = arg(args, 1).truthy();
    if !valid {
        return Err(out_of_bounds(vm));
    }
    let mut b = [0u8; 8];
    let size = kind.size();
    if at + size as f64 > view.byte_length() as f64 || !view.read_bytes(at as usize, &mut b[..size]) {
        return Err(out_of_bounds(vm));
    }
    if !little {
        b[..size].reverse();
    }
    Ok(vm.number(kind.decode(&b)))
}

/// `dv.set<Kind>(byteOffset, value, littleEndian)`: the offset, then the
/// number (which may call `valueOf`), then the bounds, as specified.
fn set<const K: usize>(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let kind = TypedKind::ALL[K];
    let view = view_of(vm, this, &method_name(kind, true))?;
    let (at, valid) = to_index(vm, arg(args, 0))?;
    if !valid {
        return Err(out_of_bounds(vm));
    }
    let d = ops::to_number(vm, arg(args, 1))?;
    let little = arg(args, 2).truthy();
    let size = kind.size();
    let mut b = kind.encode(d);
    if !little {
        b[..size].reverse();
    }
    if at + size as f64 > view.byte_length() as f64 || !view.write_bytes(at as usize, &b[..size]) {
        return Err(out_of_bounds(vm));
    }
    Ok(Value::UNDEFINED)
}

/// `dv.getBigInt64(byteOffset, littleEndian)` (`SIGNED`) and
/// `getBigUint64`: 8 bytes as a BigInt.
fn big_get<const SIGNED: bool>(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let name = if SIGNED { "DataView.prototype.getBigInt64" } else { "DataView.prototype.getBigUint64" };
    let view = view_of(vm, this, name)?;
    let (at, valid) = to_index(vm, arg(args, 0))?;
    let little = arg(args, 1).truthy();
    let mut b = [0u8; 8];
    if !valid || at + 8.0 > view.byte_length() as f64 || !view.read_bytes(at as usize, &mut b) {
        return Err(out_of_bounds(vm));
    }
    let bits = if little { u64::from_le_bytes(b) } else { u64::from_be_bytes(b) };
    let n = if SIGNED { num_bigint::BigInt::from(bits as i64) } else { num_bigint::BigInt::from(bits) };
    Ok(vm.bigint(n))
}

/// `dv.setBigInt64(byteOffset, value, littleEndian)` and `setBigUint64`:
/// the offset, then ToBigInt of the value, then the bounds; the value's
/// low 64 bits are written.
fn big_set<const SIGNED: bool>(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let name = if SIGNED { "DataView.prototype.setBigInt64" } else { "DataView.prototype.setBigUint64" };
    let view = view_of(vm, this, name)?;
    let (at, valid) = to_index(vm, arg(args, 0))?;
    if !valid {
        return Err(out_of_bounds(vm));
    }
    let n = ops::to_bigint(vm, arg(args, 1))?;
    let little = arg(args, 2).truthy();
    let bits = crate::bigint::low_u64(&n);
    let b = if little { bits.to_le_bytes() } else { bits.to_be_bytes() };
    if at + 8.0 > view.byte_length() as f64 || !view.write_bytes(at as usize, &b) {
        return Err(out_of_bounds(vm));
    }
    Ok(Value::UNDEFINED)
}
