//! Classes at run time: `[[Construct]]` with a new.target, making a class
//! (its constructor function and prototype object), defining methods and
//! accessors, and what a class constructor does with `this` and `super`.
//! Both tiers run these through `exec_generic` (the compiler's side is
//! `compiler/classes.rs`).
//!
//! How a constructor call is laid out: `new C(args)` puts `C` in the callee
//! slot as any call does, and *new.target* in the `this` slot. A class
//! constructor makes its own `this` from it (`AllocThis`: a base class) or
//! gets it from `super(...)` (a derived class), which constructs the parent
//! with the same new.target. So `new`, `super(...)` and a subclass of a
//! built-in (`class L extends Array`) all go through `construct_with`, and
//! the object a native constructor returns takes its prototype from
//! new.target, whatever the native is.

use std::cell::Cell;

use crate::bytecode::FnKind;
use crate::calls::call_function_as;
use crate::error::{ErrorKind, JsResult, Thrown};
use crate::heap::shape::{PropKey, ACCESSOR, CONFIGURABLE, DEFAULT_ATTRS, HIDDEN};
use crate::heap::{Callable, JsObject, ObjClass, ObjKind};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// Whether `new f` may be evaluated: a built-in constructor, a function
/// declaration or expression, or a class.
pub fn is_constructor(vm: &Vm, f: Value) -> bool {
    match f.as_callable() {
        Some(Callable::Native(i)) => vm.natives[*i as usize].constructor,
        Some(Callable::Script(p)) => p.is_constructor(),
        None => false,
    }
}

pub use crate::calls::called_without_new;

/// `[[Construct]](f, args, new_target)`; `f` is a constructor.
pub fn construct_with(vm: &mut Vm, f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let rnt = s.root(new_target);
    match f.as_callable() {
        Some(Callable::Native(_)) => {
            let saved = std::mem::replace(&mut s.new_target, new_target);
            let r = call_function_as(&mut s, f, Value::UNDEFINED, args, true);
            s.new_target = saved;
            let obj = r?;
            let nt = s.get(rnt);
            // A subclass of a built-in: the object the built-in made takes
            // its prototype from new.target (`class L extends Array`).
            if nt != f {
                if let Some(o) = obj.as_object() {
                    let r = s.root(obj);
                    let proto = prototype_of(&mut s, nt)?;
                    if proto != Value::UNDEFINED {
                        o.set_proto(&mut s.shapes, proto);
                    }
                    return Ok(s.get(r));
                }
            }
            Ok(obj)
        }
        Some(Callable::Script(p)) if p.kind.is_class_ctor() => {
            if p.kind == FnKind::DerivedDefault {
                s.forward_argc = args.len();
            }
            call_function_as(&mut s, f, new_target, args, true)
        }
        Some(Callable::Script(p)) => {
            let reads_new_target = p.info.new_target;
            let proto = prototype_of(&mut s, new_target)?;
            let proto = if proto == Value::UNDEFINED { s.realm.object_proto } else { proto };
            let obj = s.new_object_with_proto(proto);
            let r = s.root(obj);
            // Taken by the function's first instruction (`LoadNewTarget`).
            if reads_new_target {
                s.new_target = s.get(rnt);
            }
            let result = call_function_as(&mut s, f, obj, args, true);
            s.new_target = Value::UNDEFINED;
            let result = result?;
            let obj = s.get(r);
            Ok(if result.as_object().is_some() { result } else { obj })
        }
        None => Err(s.throw_error(ErrorKind::TypeError, "internal error: not a constructor")),
    }
}

/// The `this` of `new f(...)` for a plain function `f`: an object
/// inheriting from `f.prototype`, or from Object.prototype when that is not
/// an object.
pub fn plain_this(vm: &mut Vm, f: Value) -> JsResult<Value> {
    // A function's `prototype` is a data property (never an accessor: it
    // cannot be reconfigured), made by its first read (`property::get`).
    let key = vm.realm.prototype;
    let p = match f.as_object().and_then(|o| o.get_named(key)) {
        Some(p) => p,
        None => property::get(vm, f, PropKey::Name(key))?,
    };
    let p = if p.as_object().is_some() { p } else { vm.realm.object_proto };
    Ok(vm.new_object_with_proto(p))
}

/// `f.prototype` if it is an object, else undefined.
fn prototype_of(vm: &mut Vm, f: Value) -> JsResult<Value> {
    let key = PropKey::Name(vm.realm.prototype);
    let p = property::get(vm, f, key)?;
    Ok(if p.as_object().is_some() { p } else { Value::UNDEFINED })
}

/// A fresh function object running `template`'s code, with home object
/// `home` and prototype `proto`.
fn function_with_home(vm: &mut Vm, template: Value, home: Value, proto: Value) -> JsResult<Value> {
    let Some(c) = template.as_callable().cloned() else {
        return Err(vm.throw_error(ErrorKind::TypeError, "internal error: not a function"));
    };
    // A generator method inherits from %GeneratorFunction.prototype%
    // where a plain one would from Function.prototype.
    let (generator, is_async) = match &c {
        Callable::Script(p) => (p.info.generator, p.info.is_async),
        Callable::Native(_) => (false, false),
    };
    let proto = match proto == vm.realm.function_proto {
        true if generator && is_async => vm.realm.intrinsics.async_gen_fn_proto,
        true if generator => vm.realm.intrinsics.gen_fn_proto,
        true if is_async => vm.realm.intrinsics.async_fn_proto,
        _ => proto,
    };
    let shape = vm.shapes.root(proto);
    // A closure's copy keeps its environment (a class in a function
    // captures the function's variables).
    let o = JsObject::new(shape, ObjClass::Method(c, Cell::new(home)));
    o.set_env(template.as_object().map_or(Value::UNDEFINED, |t| t.env()));
    Ok(vm.alloc(ObjKind::Object(o)))
}

/// A copy of method `template` whose home object is `home` (a private
/// method, kept where its class installs it from).
pub fn method_copy(vm: &mut Vm, template: Value, home: Value) -> JsResult<Value> {
    let fproto = vm.realm.function_proto;
    function_with_home(vm, template, home, fproto)
}

/// `class extends parent {}` (parent HOLE: no `extends`): the constructor
/// (a copy of `template`) and its prototype object.
pub fn new_class(vm: &mut Vm, template: Value, parent: Value) -> JsResult<Value> {
    let mut s = vm.scope();
    let (proto_parent, ctor_parent) = if parent == Value::HOLE {
        (s.realm.object_proto, s.realm.function_proto)
    } else if parent == Value::NULL {
        (Value::NULL, s.realm.function_proto)
    } else if is_constructor(&s, parent) {
        let key = PropKey::Name(s.realm.prototype);
        let pp = property::get(&mut s, parent, key)?;
        if pp.as_object().is_none() && pp != Value::NULL {
            let msg = format!("Class extends value does not have valid prototype property {}", value_text(&s, pp));
            return Err(s.throw_error(ErrorKind::TypeError, &msg));
        }
        (pp, parent)
    } else {
        let msg = format!("Class extends value {} is not a constructor or null", value_text(&s, parent));
        return Err(s.throw_error(ErrorKind::TypeError, &msg));
    };
    let proto = s.new_object_with_proto(proto_parent);
    let rp = s.root(proto);
    let ctor = function_with_home(&mut s, template, proto, ctor_parent)?;
    let rc = s.root(ctor);
    let (Some(c), Some(p)) = (ctor.as_object(), proto.as_object()) else { return Ok(ctor) };
    let (a_proto, a_ctor) = (s.realm.prototype, s.realm.constructor);
    let (pv, cv) = (s.get(rp), s.get(rc));
    c.add_named(&mut s.shapes, a_proto, 0, pv);
    p.add_named(&mut s.shapes, a_ctor, HIDDEN, cv);
    Ok(s.get(rc))
}

/// Defines method, getter or setter `template` (a fresh copy whose home
/// object is `obj`) as property `key` of `obj` (see `Op::DefineMethod`).
pub fn define_method(vm: &mut Vm, obj: Value, key: Value, template: Value, kind: i16) -> JsResult<()> {
    let Some(o) = obj.as_object() else { return Ok(()) };
    let mut s = vm.scope();
    let rkey = s.root(key);
    let prop = property::to_key(&mut s, key)?;
    let key = s.get(rkey);
    drop(s);
    if kind & 16 != 0 && kind & 8 != 0 {
        name_from_key(vm, template, key, "")?;
    }
    let key_value = key;
    let key = prop;
    if kind & 8 != 0 {
        // A data property of a literal (after an accessor of that name, or
        // under a computed key) or a class field: defined, not assigned
        // (no accessor has a say).
        return property::define_field(vm, o, key, template);
    }
    let mut s = vm.scope();
    let fproto = s.realm.function_proto;
    let rkey = s.root(key_value);
    let f = function_with_home(&mut s, template, obj, fproto)?;
    s.root(f);
    if kind & 16 != 0 {
        let prefix = ["", "get ", "set "][(kind & 3) as usize % 3];
        let kv = s.get(rkey);
        name_from_key(&mut s, f, kv, prefix)?;
    }
    let enumerable = kind & 4 != 0;
    match (kind & 3, key) {
        (0, PropKey::Name(a)) => o.redefine(&mut s.shapes, a, if enumerable { DEFAULT_ATTRS } else { HIDDEN }, f),
        (0, PropKey::Index(i)) => o.set_index(&mut s.heap, i, f),
        (k, _) => {
            // An accessor with an index key is kept under its name's atom:
            // elements hold values only.
            let a = match key {
                PropKey::Name(a) => a,
                PropKey::Index(i) => s.atoms.intern(&i.to_string()),
            };
            let attrs = CONFIGURABLE | if enumerable { crate::heap::shape::ENUMERABLE } else { 0 };
            property::define_accessor(&mut s, o, a, k == 2, f, attrs & !ACCESSOR);
        }
    }
    Ok(())
}

/// SetFunctionName for a computed key (`{ [k]() {} }`, `{ [k]: () => 1 }`):
/// an anonymous function or class `f` is named after the key, a symbol's
/// as `[description]`, an accessor's with its `get `/`set ` prefix.
fn name_from_key(vm: &mut Vm, f: Value, key: Value, prefix: &str) -> JsResult<()> {
    if f.as_callable().is_none() {
        return Ok(());
    }
    let mut s = vm.scope();
    let rf = s.root(f);
    let name_key = PropKey::Name(s.realm.name);
    let current = property::get(&mut s, f, name_key)?;
    if current.as_js_str().is_some_and(|t| !t.is_empty()) {
        return Ok(());
    }
    let text = match key.as_symbol() {
        Some(sym) => match sym.description.as_js_str() {
            Some(d) => format!("[{}]", String::from_utf16_lossy(&d.units())),
            None => String::new(),
        },
        None => {
            let k = property::to_key(&mut s, key)?;
            property::key_text(&s, k)
        }
    };
    let name = s.string(format!("{prefix}{text}"));
    let f = s.get(rf);
    property::define_named(&mut s, f, "name", CONFIGURABLE, name);
    Ok(())
}

/// A base constructor's `this`: an object whose prototype is
/// `new_target.prototype` (or Object.prototype).
pub fn alloc_this(vm: &mut Vm, new_target: Value) -> JsResult<Value> {
    // A class's `prototype` is an own data property in a slot: read there,
    // without the generic [[Get]] (which looks for virtual properties and
    // accessors first).
    let own = new_target.as_object().and_then(|f| match f.find(vm.realm.prototype) {
        Some(crate::heap::object::Found::Slot(i, attrs)) if attrs & ACCESSOR == 0 => Some(f.slot(i)),
        _ => None,
    });
    if let Some(proto) = own.filter(|p| p.as_object().is_some()) {
        return Ok(vm.new_object_with_proto(proto));
    }
    let proto = prototype_of(vm, new_target)?;
    let proto = if proto == Value::UNDEFINED { vm.realm.object_proto } else { proto };
    Ok(vm.new_object_with_proto(proto))
}

pub fn this_unbound(vm: &mut Vm) -> Thrown {
    vm.throw_error(
        ErrorKind::ReferenceError,
        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    )
}

pub fn super_called_twice(vm: &mut Vm) -> Thrown {
    vm.throw_error(ErrorKind::ReferenceError, "Super constructor may only be called once")
}

/// What `return v` (or falling off the end, v undefined) gives in a
/// class constructor whose `this` is `this`.
pub fn ctor_result(vm: &mut Vm, v: Value, this: Value, derived: bool) -> JsResult<Value> {
    if v.as_object().is_some() {
        return Ok(v);
    }
    if derived && v != Value::UNDEFINED {
        return Err(vm.throw_error(ErrorKind::TypeError, "Derived constructors may only return object or undefined"));
    }
    if this == Value::HOLE {
        return Err(this_unbound(vm));
    }
    Ok(this)
}

/// The parent class of the running constructor `f` (its prototype).
/// `super_ctor`, remembering in `proto`'s super cache which parent `f`'s
/// shape gives (for compiled code's `super_ctor` stencils; the
/// interpreter does not read it).
pub fn super_ctor_cached(vm: &mut Vm, proto: &crate::bytecode::FuncProto, f: Value) -> JsResult<Value> {
    let parent = super_ctor(vm, f)?;
    if let Some(o) = f.as_object() {
        proto.super_ctor_cache.set([o.shape() as *const _ as u64, parent.to_bits()]);
    }
    Ok(parent)
}

pub fn super_ctor(vm: &mut Vm, f: Value) -> JsResult<Value> {
    let parent = f.as_object().map_or(Value::NULL, |o| o.proto());
    if is_constructor(vm, parent) {
        return Ok(parent);
    }
    let name = f.as_callable().map(|c| property::function_name(vm, c)).unwrap_or_default();
    let of = if name.is_empty() { "anonymous class".to_string() } else { name };
    // V8 names Function.prototype (the parent of `extends null`) null.
    // A function that is not a constructor (an arrow, a method, a
    // built-in) goes by its name, an anonymous one as null.
    let text = match parent.as_callable() {
        _ if parent == vm.realm.function_proto => "null".to_string(),
        Some(c) => Some(property::function_name(vm, c)).filter(|n| !n.is_empty()).unwrap_or_else(|| "null".into()),
        None => value_text(vm, parent),
    };
    let msg = format!("Super constructor {} of {} is not a constructor", text, of);
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

/// `super[key]` in a method whose function object is `f`, `this` being
/// `this`.
pub fn get_super(vm: &mut Vm, f: Value, this: Value, key: Value) -> JsResult<Value> {
    let home = f.as_object().map_or(Value::UNDEFINED, |o| o.home());
    get_super_of(vm, home, this, key)
}

/// `super[key]` where the home object is `home` (a static initialiser's:
/// the class).
pub fn get_super_of(vm: &mut Vm, home: Value, this: Value, key: Value) -> JsResult<Value> {
    let key = property::to_key(vm, key)?;
    let Some(base) = home.as_object().and_then(|h| h.proto().as_object()) else {
        return Ok(Value::UNDEFINED);
    };
    property::get_with_receiver(vm, base, key, this)
}

/// `super[key] = v` in function `f` (its home object's prototype is
/// where the lookup starts), with `this` the receiver.
pub fn set_super(vm: &mut Vm, f: Value, this: Value, key: Value, v: Value, strict: bool) -> JsResult<()> {
    let home = f.as_object().map_or(Value::UNDEFINED, |o| o.home());
    set_super_of(vm, home, this, key, v, strict)
}

/// `super[key] = v` where the home object is `home`.
pub fn set_super_of(vm: &mut Vm, home: Value, this: Value, key: Value, v: Value, strict: bool) -> JsResult<()> {
    let key = property::to_key(vm, key)?;
    let base = home.as_object().and_then(|h| h.proto().as_object());
    property::put_super(vm, base, this, key, v, strict)
}

/// A value as V8's messages quote it: `#<Point>` for an object (its
/// constructor's name), ToString of anything else.
fn value_text(vm: &Vm, v: Value) -> String {
    let Some(o) = v.as_object().filter(|o| o.callable().is_none()) else {
        return crate::format::to_string(v);
    };
    let mut cur = o.proto();
    while let Some(p) = cur.as_object() {
        if let Some(c) = p.get_named(vm.realm.constructor).and_then(|c| c.as_callable()) {
            let name = property::function_name(vm, c);
            if !name.is_empty() {
                return format!("#<{}>", name);
            }
        }
        cur = p.proto();
    }
    "#<Object>".into()
}
