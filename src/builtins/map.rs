//! `Map`, `Set`, `WeakMap` and `WeakSet`: constructors (from any
//! iterable), `get set add has delete clear size forEach keys values
//! entries` and `[Symbol.iterator]`. The storage is `heap::collection::Table`
//! (insertion order, SameValueZero keys, O(1) operations); the weak kinds
//! hold their keys strongly, which no program can observe (`WeakRef` and
//! `FinalizationRegistry` are strong too: builtins/weakref.rs), and accept only objects and
//! non-registered symbols as keys, as node does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ErrorKind, JsResult};
use crate::heap::collection::{CollKind, IterKind, IterSource, SharedTable, Table};
use crate::heap::shape::HIDDEN;
use crate::heap::{JsObject, ObjClass, ObjKind};
use crate::iteration::new_builtin_iter;
use crate::property;
use crate::value::Value;
use crate::vm::{NativeFn, Vm};

use super::arg;

const KINDS: [CollKind; 4] = [CollKind::Map, CollKind::Set, CollKind::WeakMap, CollKind::WeakSet];

pub fn install(vm: &mut Vm) {
    let ctors: [NativeFn; 4] = [map_ctor, set_ctor, weak_map_ctor, weak_set_ctor];
    let sym = vm.realm.intrinsics.sym_iterator;
    for (i, (kind, ctor)) in KINDS.into_iter().zip(ctors).enumerate() {
        let object_proto = vm.realm.object_proto;
        let shape = vm.shapes.root(object_proto);
        let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
        vm.realm.intrinsics.coll_protos[i] = proto;
        let f = vm.native_constructor(kind.name(), 0, ctor);
        super::constant(vm, f, "prototype", proto);
        property::define_named(vm, proto, "constructor", HIDDEN, f);
        let tag = vm.static_string(kind.name());
        super::symbol::to_string_tag(vm, proto, tag);
        let m = &METHODS[i];
        if kind.is_set() {
            let f = super::method(vm, proto, "add", 1, m.add.expect("sets add"));
            if kind == CollKind::Set {
                vm.pin_value(f);
                vm.realm.intrinsics.coll_adders[1] = f;
            }
        } else {
            super::method(vm, proto, "get", 1, m.get.expect("maps get"));
            let f = super::method(vm, proto, "set", 2, m.set.expect("maps set"));
            if kind == CollKind::Map {
                vm.pin_value(f);
                vm.realm.intrinsics.coll_adders[0] = f;
            }
        }
        super::method(vm, proto, "has", 1, m.has);
        super::method(vm, proto, "delete", 1, m.delete);
        if let Some(strong) = &m.strong {
            super::method(vm, proto, "clear", 0, strong.clear);
            super::method(vm, proto, "forEach", 1, strong.for_each);
            let getter = vm.native_function("get size", 0, strong.size);
            if let Some(o) = proto.as_object() {
                let a = vm.atoms.intern("size");
                property::define_accessor(vm, o, a, false, getter, crate::heap::shape::CONFIGURABLE);
            }
            let entries = super::method(vm, proto, "entries", 0, strong.entries);
            if kind == CollKind::Set {
                let values = super::method(vm, proto, "values", 0, strong.values);
                property::define_named(vm, proto, "keys", HIDDEN, values);
                super::symbol::symbol_method(vm, proto, sym, values);
            } else {
                super::method(vm, proto, "keys", 0, strong.keys);
                super::method(vm, proto, "values", 0, strong.values);
                super::symbol::symbol_method(vm, proto, sym, entries);
            }
        }
        super::global(vm, kind.name(), f);
    }
}

/// The table of `this`, which must be a `kind` collection, or node's
/// TypeError naming `method` (`Method Map.prototype.get called on
/// incompatible receiver …`). Each prototype has its own natives
/// (`METHODS`), so that `Map.prototype.has.call(aSet)` and
/// `Map.prototype.get.call(aWeakMap)` fail as in V8.
fn this_table(vm: &mut Vm, this: Value, method: &str, kind: CollKind) -> JsResult<SharedTable> {
    if let Some(ObjClass::Collection(t, k)) = this.as_object().map(|o| &o.class) {
        if *k == kind {
            return Ok(t.clone());
        }
    }
    let name = kind.name();
    let text = crate::iteration::receiver_text(vm, this);
    // A getter is named `get Map.prototype.size`.
    let (get, method) = method.strip_prefix("get ").map_or(("", method), |m| ("get ", m));
    let msg = format!("Method {get}{name}.prototype.{method} called on incompatible receiver {text}");
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn construct(vm: &mut Vm, kind: CollKind, args: &[Value]) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        let msg = format!("Constructor {} requires 'new'", kind.name());
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    let i = KINDS.iter().position(|&k| k == kind).expect("a kind");
    let mut s = vm.scope();
    // A subclass's object has its prototype from the start, so that the
    // entries go through its own `set`/`add`, as the constructor calls
    // `this.set(k, v)` in JavaScript.
    let fallback = s.realm.intrinsics.coll_protos[i];
    let proto = super::proto_from_new_target(&mut s, fallback, Value::UNDEFINED)?;
    let shape = s.shapes.root(proto);
    let table: SharedTable = Rc::new(RefCell::new(Table::default()));
    let obj = s.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Collection(table.clone(), kind))));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(obj);
    }
    let ro = s.root(obj);
    let name = if kind.is_set() { "add" } else { "set" };
    let key = crate::heap::PropKey::Name(s.atoms.intern(name));
    let adder = property::get(&mut s, obj, key)?;
    if adder.as_callable().is_none() {
        let t = crate::format::debug(adder);
        let o = crate::iteration::receiver_text(&s, s.get(ro));
        let msg = format!("'{t}' returned for property '{name}' of object '{o}' is not a function");
        return Err(s.throw_error(ErrorKind::TypeError, &msg));
    }
    let builtin = s.realm.intrinsics.coll_adders.contains(&adder);
    let radder = s.root(adder);
    let text = crate::iteration::describe(iterable);
    if crate::iteration::iterator_method(&mut s, iterable)?.is_none() {
        let msg = format!("{text} is not iterable (cannot read property Symbol(Symbol.iterator))");
        return Err(s.throw_error(ErrorKind::TypeError, &msg));
    }
    crate::objects::for_each(&mut s, iterable, &text, |vm, item| {
        if !builtin && kind.is_set() {
            let s = vm.scope();
            let (f, this) = (s.get(radder), s.get(ro));
            drop(s);
            crate::calls::call_function(vm, f, this, &[item])?;
            return Ok(());
        }
        if kind.is_set() {
            let item = check_key(vm, kind, item)?;
            // The map may have survived a collection since it was made (the
            // iteration allocates): stores into it go through the barrier.
            crate::heap::write_barrier(obj);
            let grown = table.borrow_mut().set(item, item);
            vm.heap.charge_growth(crate::heap::is_old(obj), grown);
            return Ok(());
        }
        if item.as_object().is_none() {
            let t = crate::iteration::receiver_text(vm, item);
            return Err(vm.throw_error(ErrorKind::TypeError, &format!("Iterator value {t} is not an entry object")));
        }
        let mut s = vm.scope();
        let ri = s.root(item);
        let k = crate::objects::get_index(&mut s, item, Value::smi(0))?;
        let rk = s.root(k);
        let item = s.get(ri);
        let v = crate::objects::get_index(&mut s, item, Value::smi(1))?;
        let k = s.get(rk);
        if !builtin {
            let (f, this) = (s.get(radder), s.get(ro));
            crate::calls::call_function(&mut s, f, this, &[k, v])?;
            return Ok(());
        }
        let k = check_key(&mut s, kind, k)?;
        crate::heap::write_barrier(obj);
        let grown = table.borrow_mut().set(k, v);
        s.heap.charge_growth(crate::heap::is_old(obj), grown);
        Ok(())
    })?;
    Ok(s.get(ro))
}

/// A weak collection's key must be an object or a non-registered symbol.
fn check_key(vm: &mut Vm, kind: CollKind, k: Value) -> JsResult<Value> {
    let ok = k.as_object().is_some() || k.as_symbol().is_some_and(|s| !s.registered);
    match kind {
        CollKind::WeakMap if !ok => Err(vm.throw_error(ErrorKind::TypeError, "Invalid value used as weak map key")),
        CollKind::WeakSet if !ok => Err(vm.throw_error(ErrorKind::TypeError, "Invalid value used in weak set")),
        _ => Ok(k),
    }
}

fn map_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, CollKind::Map, args)
}
fn set_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, CollKind::Set, args)
}
fn weak_map_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, CollKind::WeakMap, args)
}
fn weak_set_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, CollKind::WeakSet, args)
}

/// The natives of one prototype: the same algorithms bound to its kind.
struct Methods {
    get: Option<NativeFn>,
    set: Option<NativeFn>,
    add: Option<NativeFn>,
    has: NativeFn,
    delete: NativeFn,
    /// Those of `Map` and `Set` only (the weak kinds cannot be walked).
    strong: Option<StrongMethods>,
}

struct StrongMethods {
    clear: NativeFn,
    for_each: NativeFn,
    size: NativeFn,
    entries: NativeFn,
    keys: NativeFn,
    values: NativeFn,
}

/// `fn name(vm, this, args)` calling `imp(vm, this, args, kind)`: a native
/// per (algorithm, kind), since a native has no other way to know which
/// prototype it was taken from.
macro_rules! bound {
    ($imp:ident, $kind:ident) => {{
        fn f(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
            $imp(vm, this, args, CollKind::$kind)
        }
        f as NativeFn
    }};
}

macro_rules! strong {
    ($kind:ident) => {
        Some(StrongMethods {
            clear: bound!(clear, $kind),
            for_each: bound!(for_each, $kind),
            size: bound!(size, $kind),
            entries: bound!(entries, $kind),
            keys: bound!(keys, $kind),
            values: bound!(values, $kind),
        })
    };
}

/// In `KINDS` order.
const METHODS: [Methods; 4] = [
    Methods {
        get: Some(bound!(get, Map)),
        set: Some(bound!(set, Map)),
        add: None,
        has: bound!(has, Map),
        delete: bound!(delete, Map),
        strong: strong!(Map),
    },
    Methods {
        get: None,
        set: None,
        add: Some(bound!(add, Set)),
        has: bound!(has, Set),
        delete: bound!(delete, Set),
        strong: strong!(Set),
    },
    Methods {
        get: Some(bound!(get, WeakMap)),
        set: Some(bound!(set, WeakMap)),
        add: None,
        has: bound!(has, WeakMap),
        delete: bound!(delete, WeakMap),
        strong: None,
    },
    Methods {
        get: None,
        set: None,
        add: Some(bound!(add, WeakSet)),
        has: bound!(has, WeakSet),
        delete: bound!(delete, WeakSet),
        strong: None,
    },
];

fn get(vm: &mut Vm, this: Value, args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "get", kind)?;
    let v = t.borrow().get(arg(args, 0));
    Ok(v.unwrap_or(Value::UNDEFINED))
}

fn set(vm: &mut Vm, this: Value, args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "set", kind)?;
    let k = check_key(vm, kind, arg(args, 0))?;
    crate::heap::write_barrier(this);
    let grown = t.borrow_mut().set(k, arg(args, 1));
    vm.heap.charge_growth(crate::heap::is_old(this), grown);
    Ok(this)
}

fn add(vm: &mut Vm, this: Value, args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "add", kind)?;
    let k = check_key(vm, kind, arg(args, 0))?;
    crate::heap::write_barrier(this);
    let grown = t.borrow_mut().set(k, k);
    vm.heap.charge_growth(crate::heap::is_old(this), grown);
    Ok(this)
}

fn has(vm: &mut Vm, this: Value, args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "has", kind)?;
    let found = t.borrow().has(arg(args, 0));
    Ok(Value::bool(found))
}

fn delete(vm: &mut Vm, this: Value, args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "delete", kind)?;
    let found = t.borrow_mut().delete(arg(args, 0));
    Ok(Value::bool(found))
}

fn clear(vm: &mut Vm, this: Value, _args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "clear", kind)?;
    t.borrow_mut().clear();
    Ok(Value::UNDEFINED)
}

fn size(vm: &mut Vm, this: Value, _args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "get size", kind)?;
    let n = t.borrow().len();
    Ok(Value::smi(n as i32))
}

/// `forEach(f, thisArg)`: `f(value, key, collection)` for each entry, in
/// order, seeing entries added and not those deleted during the walk.
fn for_each(vm: &mut Vm, this: Value, args: &[Value], kind: CollKind) -> JsResult<Value> {
    let t = this_table(vm, this, "forEach", kind)?;
    let f = arg(args, 0);
    if f.as_callable().is_none() {
        let text = crate::iteration::describe(f);
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("{text} is not a function")));
    }
    let this_arg = arg(args, 1);
    t.borrow().register_iterator();
    let mut pos = 0;
    let result = (|| {
        loop {
            let Some((next, k, v)) = t.borrow().next_from(pos) else { return Ok(()) };
            pos = next;
            let v = if kind.is_set() { k } else { v };
            // `this`, `f` and `this_arg` are the native's arguments (rooted
            // by its frame); k and v are in the table until the call runs.
            crate::calls::call_function(vm, f, this_arg, &[v, k, this])?;
        }
    })();
    t.borrow().unregister_iterator();
    result.map(|()| Value::UNDEFINED)
}

fn iter(vm: &mut Vm, this: Value, method: &str, kind: CollKind, what: IterKind) -> JsResult<Value> {
    let t = this_table(vm, this, method, kind)?;
    Ok(new_builtin_iter(vm, IterSource::Table(t, kind.is_set()), what))
}

fn entries(vm: &mut Vm, this: Value, _args: &[Value], kind: CollKind) -> JsResult<Value> {
    iter(vm, this, "entries", kind, IterKind::Entries)
}

fn keys(vm: &mut Vm, this: Value, _args: &[Value], kind: CollKind) -> JsResult<Value> {
    iter(vm, this, "keys", kind, IterKind::Keys)
}

fn values(vm: &mut Vm, this: Value, _args: &[Value], kind: CollKind) -> JsResult<Value> {
    iter(vm, this, "values", kind, IterKind::Values)
}
