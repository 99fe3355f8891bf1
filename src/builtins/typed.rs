//! `ArrayBuffer` and the nine typed arrays (`Int8Array` … `Float64Array`)
//! with their shared prototype `%TypedArray%.prototype`. The storage is
//! `heap::typed` (a buffer's bytes, a view's pointer into them); element
//! reads and writes go through `JsObject::element` and `property::put`
//! like any object's, which convert between numbers and the element type.
//!
//! The methods whose generic Array.prototype algorithm gives a typed
//! array's answer (a typed array is an array-like with no holes whose
//! stores convert) are those very functions, installed on
//! `%TypedArray%.prototype` too: `forEach`, `reduce`, `indexOf`, `join`,
//! `reverse`, `keys`/`values`/`entries`, … The ones that make a typed
//! array, convert once, or sort numerically are here.

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{CONFIGURABLE, HIDDEN};
use crate::heap::typed::{Bytes, TypedKind, View};
use crate::heap::{JsObject, ObjClass, ObjKind, PropKey};
use crate::ops;
use crate::property;
use crate::value::Value;
use crate::vm::{NativeFn, Vm};

use super::array::access::{call, index_value, length_of, relative, relative_end, require_callable, to_integer};
use super::{arg, method};

/// The largest buffer stitch makes (V8's limit on this host is larger, but
/// a program asking for more than 2 GiB is not one stitch can run anyway).
const MAX_BYTES: f64 = 2147483647.0;

/// Array.prototype's methods that serve typed arrays unchanged.
const SHARED: &[&str] = &[
    "forEach",
    "reduce",
    "reduceRight",
    "join",
    "indexOf",
    "lastIndexOf",
    "includes",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "every",
    "some",
    "reverse",
    "at",
    "keys",
    "values",
    "entries",
    "toString",
    "toLocaleString",
];

pub fn install(vm: &mut Vm) {
    install_buffer(vm);
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    let abstract_ctor = vm.native_constructor("TypedArray", 0, abstract_ctor);
    super::constant(vm, abstract_ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, abstract_ctor);
    getter(vm, proto, "buffer", get_buffer);
    getter(vm, proto, "byteLength", get_byte_length);
    getter(vm, proto, "byteOffset", get_byte_offset);
    getter(vm, proto, "length", get_length);
    if let Some(o) = proto.as_object() {
        let f = vm.native_function("get [Symbol.toStringTag]", 0, get_tag);
        let a = vm.realm.intrinsics.tag;
        property::define_accessor(vm, o, a, false, f, CONFIGURABLE);
    }
    method(vm, proto, "set", 1, set);
    method(vm, proto, "subarray", 2, subarray);
    method(vm, proto, "slice", 2, slice);
    method(vm, proto, "fill", 1, fill);
    method(vm, proto, "map", 1, map);
    method(vm, proto, "filter", 1, filter);
    method(vm, proto, "sort", 1, sort);
    let array_proto = vm.realm.array_proto;
    for name in SHARED {
        let a = vm.atoms.intern(name);
        if let Some(f) = array_proto.as_object().and_then(|o| o.get_named(a)) {
            property::define_named(vm, proto, name, HIDDEN, f);
        }
    }
    let values = vm.atoms.intern("values");
    if let Some(f) = proto.as_object().and_then(|o| o.get_named(values)) {
        let sym = vm.realm.intrinsics.sym_iterator;
        super::symbol::symbol_method(vm, proto, sym, f);
    }
    method(vm, abstract_ctor, "from", 1, from);
    method(vm, abstract_ctor, "of", 0, of);
    let ctors: [NativeFn; 9] = [int8, uint8, uint8_clamped, int16, uint16, int32, uint32, float32, float64];
    for (kind, ctor) in TypedKind::ALL.into_iter().zip(ctors) {
        let shape = vm.shapes.root(proto);
        let kproto = vm.pin(JsObject::new(shape, ObjClass::Plain));
        let f = vm.native_constructor(kind.name(), 3, ctor);
        if let Some(o) = f.as_object() {
            // `Float64Array.from` is `%TypedArray%.from`, inherited.
            o.set_proto(&mut vm.shapes, abstract_ctor);
        }
        super::constant(vm, f, "prototype", kproto);
        property::define_named(vm, kproto, "constructor", HIDDEN, f);
        let size = Value::smi(kind.size() as i32);
        super::constant(vm, f, "BYTES_PER_ELEMENT", size);
        super::constant(vm, kproto, "BYTES_PER_ELEMENT", size);
        vm.realm.intrinsics.typed_protos[kind.index()] = kproto;
        vm.realm.intrinsics.typed_ctors[kind.index()] = f;
        super::global(vm, kind.name(), f);
    }
}

fn install_buffer(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.realm.intrinsics.buffer_proto = proto;
    let f = vm.native_constructor("ArrayBuffer", 1, buffer_ctor);
    super::constant(vm, f, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, f);
    getter(vm, proto, "byteLength", buffer_byte_length);
    method(vm, proto, "slice", 2, buffer_slice);
    method(vm, f, "isView", 1, is_view);
    let tag = vm.static_string("ArrayBuffer");
    super::symbol::to_string_tag(vm, proto, tag);
    super::global(vm, "ArrayBuffer", f);
}

/// A getter named `get <name>` on `o`, as V8's built-in accessors are.
fn getter(vm: &mut Vm, o: Value, name: &'static str, f: NativeFn) {
    let full: &'static str = Box::leak(format!("get {name}").into_boxed_str());
    let g = vm.native_function(full, 0, f);
    if let Some(obj) = o.as_object() {
        let a = vm.atoms.intern(name);
        property::define_accessor(vm, obj, a, false, g, CONFIGURABLE);
    }
}

macro_rules! typed_ctors {
    ($($name:ident => $kind:ident),*) => {
        $(fn $name(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
            construct(vm, TypedKind::$kind, args)
        })*
    };
}

typed_ctors!(int8 => Int8, uint8 => Uint8, uint8_clamped => Uint8Clamped, int16 => Int16, uint16 => Uint16,
    int32 => Int32, uint32 => Uint32, float32 => Float32, float64 => Float64);

fn abstract_ctor(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(vm.throw_error(ErrorKind::TypeError, "Abstract class TypedArray not directly constructable"))
}

/// The view of typed array `v`, or V8's TypeError naming `what`.
fn view_of(vm: &mut Vm, v: Value, what: &str) -> JsResult<&'static View> {
    match v.as_object().and_then(|o| o.typed()) {
        Some(view) => Ok(view),
        None => {
            let text = crate::iteration::receiver_text(vm, v);
            let msg = format!("Method %TypedArray%.prototype.{what} called on incompatible receiver {text}");
            Err(vm.throw_error(ErrorKind::TypeError, &msg))
        }
    }
}

fn bytes_of(v: Value) -> Option<&'static Bytes> {
    match &v.as_object()?.class {
        ObjClass::ArrayBuffer(b) => Some(b),
        _ => None,
    }
}

/// A new `ArrayBuffer` holding `bytes`.
fn new_buffer(vm: &mut Vm, bytes: Bytes) -> Value {
    vm.heap.charge(bytes.len());
    let proto = vm.realm.intrinsics.buffer_proto;
    let shape = vm.shapes.root(proto);
    vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::ArrayBuffer(Box::new(bytes)))))
}

/// A typed array of `kind` over `length` elements of `buffer` from byte
/// `offset` (which the caller checked fit), with prototype `proto`.
fn new_view(vm: &mut Vm, kind: TypedKind, proto: Value, buffer: Value, offset: u32, length: u32) -> JsResult<Value> {
    let mut s = vm.scope();
    // The view's payload refers to the buffer before the heap knows it.
    s.root(buffer);
    s.root(proto);
    let view = bytes_of(buffer).and_then(|b| View::new(kind, buffer, b, offset, length));
    let Some(view) = view else {
        return Err(s.throw_error(ErrorKind::RangeError, &format!("Invalid typed array length: {length}")));
    };
    let shape = s.shapes.root(proto);
    Ok(s.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Typed(Box::new(view))))))
}

/// A fresh typed array of `kind` holding `numbers`.
fn from_numbers(vm: &mut Vm, kind: TypedKind, numbers: &[f64]) -> JsResult<Value> {
    let t = zeroed(vm, kind, numbers.len() as f64, None)?;
    if let Some(view) = t.as_object().and_then(|o| o.typed()) {
        for (i, &d) in numbers.iter().enumerate() {
            view.set(i as u32, d);
        }
    }
    Ok(t)
}

/// `new <kind>(length)` with prototype `proto` (the kind's own when None).
fn zeroed(vm: &mut Vm, kind: TypedKind, length: f64, proto: Option<Value>) -> JsResult<Value> {
    if !(0.0..=MAX_BYTES).contains(&(length * kind.size() as f64)) {
        let msg = format!("Invalid typed array length: {}", crate::value::number_to_string(length));
        return Err(vm.throw_error(ErrorKind::RangeError, &msg));
    }
    let n = length as usize;
    let buffer = new_buffer(vm, Bytes::zeroed(n * kind.size()));
    let proto = proto.unwrap_or(vm.realm.intrinsics.typed_protos[kind.index()]);
    new_view(vm, kind, proto, buffer, 0, n as u32)
}

/// ToIndex for a typed array's length argument (`new Int8Array(-1)`).
fn to_length_arg(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let n = to_integer(vm, v)?;
    if n < 0.0 {
        let msg = format!("Invalid typed array length: {}", crate::value::number_to_string(n));
        return Err(vm.throw_error(ErrorKind::RangeError, &msg));
    }
    Ok(n)
}

/// The numbers of a typed array, iterable or array-like `src`, each put
/// through `mapper` (a `from` callback) when given, then ToNumber.
fn collect_numbers(vm: &mut Vm, src: Value, mapper: Option<(Value, Value)>) -> JsResult<Vec<f64>> {
    if mapper.is_none() {
        if let Some(view) = src.as_object().and_then(|o| o.typed()) {
            return Ok(view.numbers());
        }
    }
    let mut out = Vec::new();
    let mut s = vm.scope();
    let rsrc = s.root(src);
    let map = |vm: &mut Vm, v: Value, k: usize| -> JsResult<f64> {
        let v = match mapper {
            Some((f, this)) => {
                let i = index_value(vm, k as u64);
                call(vm, f, this, &[v, i])?
            }
            None => v,
        };
        ops::to_number(vm, v)
    };
    if crate::iteration::iterator_method(&mut s, src)?.is_some() {
        let text = crate::iteration::describe(src);
        let mut k = 0;
        crate::objects::for_each(&mut s, src, &text, |vm, v| {
            out.push(map(vm, v, k)?);
            k += 1;
            Ok(())
        })?;
        return Ok(out);
    }
    if src.is_nullish() {
        return Ok(out);
    }
    let obj = super::to_object(&mut s, src)?;
    s.set(rsrc, obj);
    let len = length_of(&mut s, obj)?;
    for k in 0..len {
        let o = s.get(rsrc);
        let key = PropKey::Index(k as u32);
        let v = property::get(&mut s, o, key)?;
        out.push(map(&mut s, v, k as usize)?);
    }
    Ok(out)
}

fn construct(vm: &mut Vm, kind: TypedKind, args: &[Value]) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        let msg = format!("Constructor {} requires 'new'", kind.name());
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let mut s = vm.scope();
    let (fallback, own) = (s.realm.intrinsics.typed_protos[kind.index()], s.realm.intrinsics.typed_ctors[kind.index()]);
    let proto = super::proto_from_new_target(&mut s, fallback, own)?;
    let rproto = s.root(proto);
    let first = arg(args, 0);
    if first.as_object().is_none() {
        let n = to_length_arg(&mut s, first)?;
        let proto = s.get(rproto);
        return zeroed(&mut s, kind, n, Some(proto));
    }
    if let Some(bytes) = bytes_of(first) {
        let size = kind.size() as f64;
        let buf_len = bytes.len() as f64;
        let offset = to_integer(&mut s, arg(args, 1))?;
        if offset < 0.0 {
            let msg =
                format!("Start offset {} is outside the bounds of the buffer", crate::value::number_to_string(offset));
            return Err(s.throw_error(ErrorKind::RangeError, &msg));
        }
        if offset % size != 0.0 {
            let msg = format!("start offset of {} should be a multiple of {}", kind.name(), kind.size());
            return Err(s.throw_error(ErrorKind::RangeError, &msg));
        }
        let length = if arg(args, 2) == Value::UNDEFINED {
            if buf_len % size != 0.0 {
                let msg = format!("byte length of {} should be a multiple of {}", kind.name(), kind.size());
                return Err(s.throw_error(ErrorKind::RangeError, &msg));
            }
            if offset > buf_len {
                let msg = format!(
                    "Start offset {} is outside the bounds of the buffer",
                    crate::value::number_to_string(offset)
                );
                return Err(s.throw_error(ErrorKind::RangeError, &msg));
            }
            (buf_len - offset) / size
        } else {
            let n = to_length_arg(&mut s, arg(args, 2))?;
            if offset + n * size > buf_len {
                let msg = format!("Invalid typed array length: {}", crate::value::number_to_string(n));
                return Err(s.throw_error(ErrorKind::RangeError, &msg));
            }
            n
        };
        let proto = s.get(rproto);
        return new_view(&mut s, kind, proto, first, offset as u32, length as u32);
    }
    let numbers = collect_numbers(&mut s, first, None)?;
    let proto = s.get(rproto);
    let t = zeroed(&mut s, kind, numbers.len() as f64, Some(proto))?;
    if let Some(view) = t.as_object().and_then(|o| o.typed()) {
        for (i, &d) in numbers.iter().enumerate() {
            view.set(i as u32, d);
        }
    }
    Ok(t)
}

fn get_buffer(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(view_of(vm, this, "buffer")?.buffer)
}

fn get_byte_length(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let n = view_of(vm, this, "byteLength")?.byte_length();
    Ok(vm.number(n as f64))
}

fn get_byte_offset(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let n = view_of(vm, this, "byteOffset")?.offset;
    Ok(vm.number(n as f64))
}

fn get_length(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let n = view_of(vm, this, "length")?.length;
    Ok(vm.number(n as f64))
}

/// `%TypedArray%.prototype[Symbol.toStringTag]`: the kind's name, or
/// undefined for anything else.
fn get_tag(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(match this.as_object().and_then(|o| o.typed()) {
        Some(view) => vm.static_string(view.kind.name()),
        None => Value::UNDEFINED,
    })
}

/// `ta.set(source, offset = 0)`: copies a typed array's or an array-like's
/// elements in, converting each.
fn set(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let view = view_of(vm, this, "set")?;
    let offset = to_integer(vm, arg(args, 1))?;
    if offset < 0.0 {
        return Err(vm.throw_error(ErrorKind::RangeError, "offset is out of bounds"));
    }
    let src = arg(args, 0);
    let numbers = match src.as_object().and_then(|o| o.typed()) {
        // Read all first: the source may share the buffer.
        Some(from) => from.numbers(),
        None => {
            let mut s = vm.scope();
            s.root(this);
            let obj = super::to_object(&mut s, src)?;
            let robj = s.root(obj);
            let len = length_of(&mut s, obj)?;
            if offset + len as f64 > view.length as f64 {
                return Err(s.throw_error(ErrorKind::RangeError, "offset is out of bounds"));
            }
            for k in 0..len {
                let o = s.get(robj);
                let v = property::get(&mut s, o, PropKey::Index(k as u32))?;
                let d = ops::to_number(&mut s, v)?;
                view.set(offset as u32 + k as u32, d);
            }
            return Ok(Value::UNDEFINED);
        }
    };
    if offset + numbers.len() as f64 > view.length as f64 {
        return Err(vm.throw_error(ErrorKind::RangeError, "offset is out of bounds"));
    }
    for (i, d) in numbers.into_iter().enumerate() {
        view.set(offset as u32 + i as u32, d);
    }
    Ok(Value::UNDEFINED)
}

/// The kind's prototype a new typed array made from `this` gets (no
/// species lookup: a subclass's methods make plain typed arrays).
fn proto_for(vm: &Vm, kind: TypedKind) -> Value {
    vm.realm.intrinsics.typed_protos[kind.index()]
}

fn subarray(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let view = view_of(vm, this, "subarray")?;
    let len = view.length as u64;
    let begin = relative(vm, arg(args, 0), len)?;
    let end = relative_end(vm, arg(args, 1), len)?;
    let n = end.saturating_sub(begin);
    let offset = view.offset + (begin as usize * view.kind.size()) as u32;
    let proto = proto_for(vm, view.kind);
    new_view(vm, view.kind, proto, view.buffer, offset, n as u32)
}

fn slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let view = view_of(vm, this, "slice")?;
    let len = view.length as u64;
    let begin = relative(vm, arg(args, 0), len)?;
    let end = relative_end(vm, arg(args, 1), len)?;
    let numbers: Vec<f64> = (begin..end.max(begin)).filter_map(|i| view.get(i as u32)).collect();
    from_numbers(vm, view.kind, &numbers)
}

fn fill(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let view = view_of(vm, this, "fill")?;
    let d = ops::to_number(vm, arg(args, 0))?;
    let len = view.length as u64;
    let begin = relative(vm, arg(args, 1), len)?;
    let end = relative_end(vm, arg(args, 2), len)?;
    for i in begin..end.max(begin) {
        view.set(i as u32, d);
    }
    Ok(this)
}

fn map(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let view = view_of(vm, this, "map")?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    require_callable(vm, f)?;
    let out = from_numbers(vm, view.kind, &vec![0.0; view.length as usize])?;
    let mut s = vm.scope();
    let rout = s.root(out);
    s.root(this);
    for i in 0..view.length {
        let Some(d) = view.get(i) else { break };
        let v = s.number(d);
        let r = call(&mut s, f, this_arg, &[v, Value::smi(i as i32), this])?;
        let n = ops::to_number(&mut s, r)?;
        if let Some(o) = s.get(rout).as_object().and_then(|o| o.typed()) {
            o.set(i, n);
        }
    }
    Ok(s.get(rout))
}

fn filter(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let view = view_of(vm, this, "filter")?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    require_callable(vm, f)?;
    let mut kept = Vec::new();
    for i in 0..view.length {
        let Some(d) = view.get(i) else { break };
        let v = vm.number(d);
        let r = call(vm, f, this_arg, &[v, Value::smi(i as i32), this])?;
        if r.truthy() {
            kept.push(d);
        }
    }
    from_numbers(vm, view.kind, &kept)
}

/// The default order: numeric, -0 before +0, NaN last.
fn numeric_order(a: f64, b: f64) -> std::cmp::Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => std::cmp::Ordering::Equal,
        (true, false) => std::cmp::Ordering::Greater,
        (false, true) => std::cmp::Ordering::Less,
        _ => a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal).then_with(|| {
            // -0 before +0.
            b.is_sign_negative().cmp(&a.is_sign_negative())
        }),
    }
}

fn sort(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let cmp = arg(args, 0);
    if cmp != Value::UNDEFINED && cmp.as_callable().is_none() {
        let msg = "The comparison function must be either a function or undefined";
        return Err(vm.throw_error(ErrorKind::TypeError, msg));
    }
    let view = view_of(vm, this, "sort")?;
    let mut numbers = view.numbers();
    if cmp == Value::UNDEFINED {
        numbers.sort_by(|&a, &b| numeric_order(a, b));
    } else {
        numbers = merge_sort(vm, numbers, cmp)?;
    }
    for (i, d) in numbers.into_iter().enumerate() {
        view.set(i as u32, d);
    }
    Ok(this)
}

/// A stable sort by a script comparator, which may throw (so not
/// `sort_by`): bottom-up merges of runs.
fn merge_sort(vm: &mut Vm, mut items: Vec<f64>, cmp: Value) -> JsResult<Vec<f64>> {
    let n = items.len();
    let mut width = 1;
    let mut buf = Vec::with_capacity(n);
    while width < n {
        buf.clear();
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                let (a, b) = (vm.number(items[j]), items[i]);
                let b = vm.number(b);
                let r = call(vm, cmp, Value::UNDEFINED, &[a, b])?;
                let r = ops::to_number(vm, r)?;
                // items[j] goes first only when strictly less.
                if r < 0.0 {
                    buf.push(items[j]);
                    j += 1;
                } else {
                    buf.push(items[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&items[i..mid]);
            buf.extend_from_slice(&items[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut items, &mut buf);
        width *= 2;
    }
    Ok(items)
}

/// The kind `this` constructs (`Float64Array.from`), or V8's TypeError.
fn kind_of_ctor(vm: &mut Vm, this: Value) -> JsResult<TypedKind> {
    let ctors = vm.realm.intrinsics.typed_ctors;
    if let Some(i) = ctors.iter().position(|&c| c == this) {
        return Ok(TypedKind::ALL[i]);
    }
    // A subclass: the kind whose prototype its prototype inherits.
    if this.as_callable().is_some() {
        let key = PropKey::Name(vm.realm.prototype);
        let mut p = property::get(vm, this, key)?;
        while let Some(o) = p.as_object() {
            if let Some(i) = vm.realm.intrinsics.typed_protos.iter().position(|&q| q == p) {
                return Ok(TypedKind::ALL[i]);
            }
            p = o.proto();
        }
    }
    let text = crate::format::debug(this);
    Err(vm.throw_error(ErrorKind::TypeError, &format!("{text} is not a constructor")))
}

fn from(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let kind = kind_of_ctor(vm, this)?;
    let f = arg(args, 1);
    let mapper = if f == Value::UNDEFINED {
        None
    } else {
        require_callable(vm, f)?;
        Some((f, arg(args, 2)))
    };
    let numbers = collect_numbers(vm, arg(args, 0), mapper)?;
    from_numbers(vm, kind, &numbers)
}

fn of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let kind = kind_of_ctor(vm, this)?;
    let mut numbers = Vec::with_capacity(args.len());
    for &a in args {
        numbers.push(ops::to_number(vm, a)?);
    }
    from_numbers(vm, kind, &numbers)
}

fn buffer_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        return Err(vm.throw_error(ErrorKind::TypeError, "Constructor ArrayBuffer requires 'new'"));
    }
    let n = to_integer(vm, arg(args, 0))?;
    if !(0.0..=MAX_BYTES).contains(&n) {
        return Err(vm.throw_error(ErrorKind::RangeError, "Invalid array buffer length"));
    }
    Ok(new_buffer(vm, Bytes::zeroed(n as usize)))
}

fn this_bytes(vm: &mut Vm, this: Value, what: &str) -> JsResult<&'static Bytes> {
    match bytes_of(this) {
        Some(b) => Ok(b),
        None => {
            let text = crate::iteration::receiver_text(vm, this);
            let msg = format!("Method ArrayBuffer.prototype.{what} called on incompatible receiver {text}");
            Err(vm.throw_error(ErrorKind::TypeError, &msg))
        }
    }
}

fn buffer_byte_length(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let n = this_bytes(vm, this, "byteLength")?.len();
    Ok(vm.number(n as f64))
}

fn buffer_slice(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let bytes = this_bytes(vm, this, "slice")?;
    let len = bytes.len() as u64;
    let begin = relative(vm, arg(args, 0), len)?;
    let end = relative_end(vm, arg(args, 1), len)?;
    let copy = bytes.copy(begin as usize, end.max(begin) as usize);
    Ok(new_buffer(vm, Bytes::from_vec(copy)))
}

fn is_view(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0).as_object();
    Ok(Value::bool(v.is_some_and(|o| o.typed().is_some() || matches!(o.class, ObjClass::DataView(_)))))
}

/// A new Uint8Array holding `bytes` (TextEncoder's `encode`).
pub(crate) fn uint8_array_of(vm: &mut Vm, bytes: Vec<u8>) -> JsResult<Value> {
    let n = bytes.len();
    if n as f64 > MAX_BYTES {
        let msg = format!("Invalid typed array length: {n}");
        return Err(vm.throw_error(ErrorKind::RangeError, &msg));
    }
    let buffer = new_buffer(vm, Bytes::from_vec(bytes));
    let proto = vm.realm.intrinsics.typed_protos[TypedKind::Uint8.index()];
    new_view(vm, TypedKind::Uint8, proto, buffer, 0, n as u32)
}
