//! `Reflect`: the object operations as functions. Most are
//! `Object`'s statics (builtins/object.rs) that insist on an object
//! (`Reflect.ownKeys called on non-object`) and answer a refused change
//! with `false` where `Object`'s throw.

use super::object::{self, Descriptor};
use super::{arg, method};
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::{ACCESSOR, WRITABLE};
use crate::heap::{JsObject, PropKey};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// The target, which every Reflect function requires to be an object.
fn target(vm: &mut Vm, args: &[Value], name: &str) -> JsResult<&'static JsObject> {
    match arg(args, 0).as_object() {
        Some(o) => Ok(o),
        None => Err(vm.throw_error(ErrorKind::TypeError, &format!("Reflect.{} called on non-object", name))),
    }
}

fn own_keys(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    target(vm, args, "ownKeys")?;
    let names = object::get_own_property_names(vm, Value::UNDEFINED, args)?;
    let mut s = vm.scope();
    let r = s.root(names);
    let syms = object::get_own_property_symbols(&mut s, Value::UNDEFINED, args)?;
    let list = s.get(r);
    if let (Some(out), Some(syms)) = (list.as_object(), syms.as_object()) {
        for i in 0..syms.length() {
            if let Some(v) = syms.get_index(&mut s.heap, i) {
                out.push(&mut s.heap, v);
            }
        }
    }
    Ok(list)
}

fn has(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    target(vm, args, "has")?;
    Ok(Value::bool(property::has(vm, arg(args, 1), arg(args, 0))?))
}

fn get(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "get")?;
    let key = property::to_key(vm, arg(args, 1))?;
    let receiver = if args.len() > 2 { args[2] } else { arg(args, 0) };
    property::get_with_receiver(vm, o, key, receiver)
}

/// Whether `o[key] = v` would be refused (a read-only property, own or
/// inherited, a getter without a setter, or a new property on an object
/// that takes none): what `Reflect.set` answers false to.
fn refuses_write(vm: &mut Vm, o: &'static JsObject, key: PropKey) -> bool {
    if matches!(key, PropKey::Index(i) if o.is_array() && i >= o.length() && !o.length_writable()) {
        return true;
    }
    let mut cur = o;
    loop {
        let own = property::get_own(vm, cur, key).is_some();
        if own {
            if cur.is_frozen() {
                return true;
            }
            let attrs = match key {
                PropKey::Name(a) => match cur.find(a) {
                    Some(crate::heap::object::Found::Slot(_, at) | crate::heap::object::Found::Dict(at, _)) => at,
                    // A virtual property: an array's `length` is writable,
                    // a function's `name` and `length` are not.
                    None => {
                        if cur.is_array() && cur.length_writable() {
                            WRITABLE
                        } else {
                            0
                        }
                    }
                },
                PropKey::Index(_) => WRITABLE,
            };
            if attrs & ACCESSOR != 0 {
                let setter = match key {
                    PropKey::Name(a) => cur.get_named(a).and_then(property::accessor_of).map(|(_, s)| s),
                    PropKey::Index(_) => None,
                };
                return setter.is_none_or(|s| s.as_callable().is_none());
            }
            if attrs & WRITABLE == 0 {
                return true;
            }
            return !std::ptr::eq(cur, o) && !o.is_extensible();
        }
        match cur.proto().as_object() {
            Some(p) => cur = p,
            None => return !o.is_extensible(),
        }
    }
}

fn set(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "set")?;
    let key = property::to_key(vm, arg(args, 1))?;
    if args.len() > 3 && args[3] != args[0] {
        return set_with_receiver(vm, o, key, arg(args, 2), args[3]).map(Value::bool);
    }
    if refuses_write(vm, o, key) {
        return Ok(Value::FALSE);
    }
    property::put(vm, o, key, arg(args, 2), false)?;
    Ok(Value::TRUE)
}

/// OrdinarySet with a receiver other than the target: the property
/// found from `o` up decides (a setter is called on `receiver`; a
/// read-only property refuses), and a data write lands on `receiver` as
/// its own property, never on `o`.
fn set_with_receiver(vm: &mut Vm, o: &'static JsObject, key: PropKey, v: Value, receiver: Value) -> JsResult<bool> {
    let mut cur = o;
    let found = loop {
        if let Some(d) = object::own_descriptor(vm, property::object_value(cur), key)? {
            break Some(d);
        }
        match cur.proto().as_object() {
            Some(p) => cur = p,
            None => break None,
        }
    };
    if let Some((attrs, found)) = found {
        if attrs & ACCESSOR != 0 {
            let setter = property::accessor_of(found).map(|(_, s)| s).filter(|s| s.as_callable().is_some());
            let Some(setter) = setter else { return Ok(false) };
            crate::calls::call_function(vm, setter, receiver, &[v])?;
            return Ok(true);
        }
        if attrs & WRITABLE == 0 {
            return Ok(false);
        }
    }
    let Some(r) = receiver.as_object() else { return Ok(false) };
    let d = match object::own_descriptor(vm, receiver, key)? {
        Some((attrs, _)) if attrs & ACCESSOR != 0 || attrs & WRITABLE == 0 => return Ok(false),
        Some(_) => Descriptor::value(v),
        None => Descriptor::data(v),
    };
    // Only validation fails in a definition (no user code runs).
    if object::define_own(vm, r, key, d).is_err() {
        let _ = vm.take_exception();
        return Ok(false);
    }
    Ok(true)
}

fn get_prototype_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    target(vm, args, "getPrototypeOf")?;
    object::get_prototype_of(vm, this, args)
}

fn set_prototype_of(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "setPrototypeOf")?;
    let proto = arg(args, 1);
    object::check_proto(vm, proto)?;
    if o.proto() == proto {
        return Ok(Value::TRUE);
    }
    let mut cur = proto;
    while let Some(p) = cur.as_object() {
        if std::ptr::eq(p, o) {
            return Ok(Value::FALSE);
        }
        cur = p.proto();
    }
    if !o.is_extensible() {
        return Ok(Value::FALSE);
    }
    object::set_prototype_of(vm, this, args)?;
    Ok(Value::TRUE)
}

fn define_property(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "defineProperty")?;
    let key = property::to_key(vm, arg(args, 1))?;
    let d: Descriptor = object::to_descriptor(vm, arg(args, 2))?;
    // Only validation fails here (no user code runs): the error it made
    // is dropped for the answer false.
    if object::define_own(vm, o, key, d).is_err() {
        let _ = vm.take_exception();
        return Ok(Value::FALSE);
    }
    Ok(Value::TRUE)
}

fn get_own_property_descriptor(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    target(vm, args, "getOwnPropertyDescriptor")?;
    object::get_own_property_descriptor(vm, this, args)
}

fn delete_property(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    target(vm, args, "deleteProperty")?;
    let key = property::to_key(vm, arg(args, 1))?;
    Ok(Value::bool(property::delete(vm, arg(args, 0), key)?))
}

fn is_extensible(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    target(vm, args, "isExtensible")?;
    object::is_extensible(vm, this, args)
}

fn prevent_extensions(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = target(vm, args, "preventExtensions")?;
    o.prevent_extensions(&mut vm.shapes);
    Ok(Value::TRUE)
}

fn apply(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if f.as_callable().is_none() {
        let text = crate::property::receiver_text(vm, f);
        let msg =
            format!("Function.prototype.apply was called on {}, which is {} and not a function", text, type_word(f));
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let list = arg(args, 2);
    if list.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "CreateListFromArrayLike called on non-object"));
    }
    let items = object::list_from_array_like(vm, list)?;
    crate::calls::call_function(vm, f, arg(args, 1), &items)
}

/// How V8's message names a value's type: "a string", "an object", "number".
fn type_word(v: Value) -> String {
    let t = crate::ops::type_of(v);
    match t {
        "object" => {
            if v == Value::NULL {
                "null".into()
            } else {
                "an object".into()
            }
        }
        "string" | "symbol" | "number" | "boolean" | "bigint" => format!("a {}", t),
        _ => t.into(),
    }
}

fn construct(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    let new_target = if args.len() > 2 { args[2] } else { f };
    for v in [f, new_target] {
        if !crate::classes::is_constructor(vm, v) {
            let text = crate::property::receiver_text(vm, v);
            return Err(vm.throw_error(ErrorKind::TypeError, &format!("{} is not a constructor", text)));
        }
    }
    let list = arg(args, 1);
    if list.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "CreateListFromArrayLike called on non-object"));
    }
    let items = object::list_from_array_like(vm, list)?;
    crate::classes::construct_with(vm, f, &items, new_target)
}

/// Makes the `Reflect` namespace and declares it.
pub fn install(vm: &mut Vm) -> Value {
    let r = super::namespace(vm);
    let fns: &[(&'static str, u8, crate::vm::NativeFn)] = &[
        ("defineProperty", 3, define_property),
        ("deleteProperty", 2, delete_property),
        ("apply", 3, apply),
        ("construct", 2, construct),
        ("get", 2, get),
        ("getOwnPropertyDescriptor", 2, get_own_property_descriptor),
        ("getPrototypeOf", 1, get_prototype_of),
        ("has", 2, has),
        ("isExtensible", 1, is_extensible),
        ("ownKeys", 1, own_keys),
        ("preventExtensions", 1, prevent_extensions),
        ("set", 3, set),
        ("setPrototypeOf", 2, set_prototype_of),
    ];
    for &(name, len, f) in fns {
        let fv = method(vm, r, name, len, f);
        if name == "apply" || name == "construct" {
            super::frameless(vm, fv);
        }
    }
    super::global(vm, "Reflect", r);
    r
}
