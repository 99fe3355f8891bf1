//! node's timers: `setTimeout`/`setInterval` return a `Timeout` object,
//! `setImmediate` an `Immediate`, with node's own properties
//! (`_idleTimeout`, `_onTimeout`, `_timerArgs`, `_repeat`, `_destroyed`
//! and the internal symbols `refed`, `kHasPrimitive`, `asyncId`,
//! `triggerId`) and methods: `ref`, `unref`, `hasRef`, `refresh`, `close`
//! and `[Symbol.toPrimitive]` (the timer's id, which `clearTimeout` then
//! accepts as a number or a string, as node's `knownTimersById`). An
//! `unref()`ed timer or immediate does not keep the loop alive
//! (`EventLoop::alive`). The loop itself is src/promise.rs.

use std::time::Duration;

use super::arg;
use crate::error::{ErrorKind, JsResult};
use crate::event_loop::{Immediate, Timer};
use crate::heap::shape::{DEFAULT_ATTRS, HIDDEN};
use crate::heap::PropKey;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

const REFED: usize = 0;
const HAS_PRIMITIVE: usize = 1;
const ASYNC_ID: usize = 2;
const TRIGGER_ID: usize = 3;

pub fn install(vm: &mut Vm) {
    for (i, name) in ["refed", "kHasPrimitive", "asyncId", "triggerId"].into_iter().enumerate() {
        let desc = vm.static_string(name);
        let sym = super::symbol::new_symbol(vm, desc, false);
        vm.pin_value(sym);
        if let Some(PropKey::Name(a)) = property::symbol_key(vm, sym) {
            vm.event.timer_syms[i] = a;
        }
    }
    let object_proto = vm.realm.object_proto;

    let proto = vm.new_object_with_proto(object_proto);
    vm.pin_value(proto);
    let ctor = vm.native_function("Timeout", 5, not_constructible);
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    super::method(vm, proto, "refresh", 0, refresh);
    super::method(vm, proto, "unref", 0, unref);
    super::method(vm, proto, "ref", 0, ref_);
    super::method(vm, proto, "hasRef", 0, has_ref);
    super::method(vm, proto, "close", 0, close);
    let tp = vm.native_function("[Symbol.toPrimitive]", 0, to_primitive);
    if let Some(o) = proto.as_object() {
        let key = PropKey::Name(vm.realm.intrinsics.to_primitive);
        property::define(vm, o, key, HIDDEN, tp);
    }
    vm.event.timeout_proto = proto;

    let proto = vm.new_object_with_proto(object_proto);
    vm.pin_value(proto);
    let ctor = vm.native_function("Immediate", 2, not_constructible);
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    super::method(vm, proto, "ref", 0, ref_);
    super::method(vm, proto, "unref", 0, unref);
    super::method(vm, proto, "hasRef", 0, has_ref);
    vm.event.immediate_proto = proto;

    for (name, length, f) in [
        ("setTimeout", 2, set_timeout as crate::vm::NativeFn),
        ("setInterval", 2, set_interval),
        ("clearTimeout", 1, clear_timer),
        ("clearInterval", 1, clear_timer),
        ("setImmediate", 4, set_immediate),
        ("clearImmediate", 1, clear_immediate),
    ] {
        let f = vm.native_function(name, length, f);
        super::global(vm, name, f);
    }
}

fn not_constructible(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Err(vm.throw_error(ErrorKind::TypeError, "Illegal constructor"))
}

fn sym(vm: &Vm, which: usize) -> PropKey {
    PropKey::Name(vm.event.timer_syms[which])
}

fn put(vm: &mut Vm, o: Value, name: &str, v: Value) {
    property::define_named(vm, o, name, DEFAULT_ATTRS, v);
}

fn put_sym(vm: &mut Vm, o: Value, which: usize, v: Value) {
    let key = sym(vm, which);
    if let Some(obj) = o.as_object() {
        property::define(vm, obj, key, DEFAULT_ATTRS, v);
    }
}

fn get_own(vm: &mut Vm, o: Value, key: PropKey) -> Value {
    match o.as_object() {
        Some(obj) => property::get_own(vm, obj, key).unwrap_or(Value::UNDEFINED),
        None => Value::UNDEFINED,
    }
}

/// The timer id of a `Timeout` or `Immediate` object (its async id).
fn id_of(vm: &mut Vm, o: Value) -> Option<u32> {
    o.as_object()?;
    let key = sym(vm, ASYNC_ID);
    let v = get_own(vm, o, key);
    v.is_smi().then(|| v.as_smi() as u32)
}

/// libuv's loop time as node's `_idleStart` shows it: whole milliseconds
/// since the process started.
fn loop_ms() -> f64 {
    crate::builtins::date::process_ms().floor()
}

/// A timer's delay as node takes it: a number of milliseconds from 1 to
/// 2^31-1, anything else 1.
fn delay_of(vm: &mut Vm, v: Value) -> JsResult<f64> {
    let d = crate::ops::to_number(vm, v)?;
    Ok(if (1.0..=2147483647.0).contains(&d) { d } else { 1.0 })
}

fn new_id(vm: &mut Vm) -> u32 {
    let id = vm.event.next_id;
    vm.event.next_id += 1;
    id
}

/// Queues timer `id` of object `obj` to run `delay` ms from the loop's time.
#[allow(clippy::too_many_arguments)]
fn schedule(
    vm: &mut Vm,
    id: u32,
    obj: Value,
    callback: Value,
    args: Vec<Value>,
    delay: f64,
    repeat: bool,
    refed: bool,
) {
    let delay = Duration::from_secs_f64(delay / 1000.0);
    let now = *vm.event.now.get_or_insert_with(std::time::Instant::now);
    let seq = vm.event.next_seq;
    vm.event.next_seq += 1;
    vm.event.timers.push(Timer {
        id,
        due: now + delay,
        seq,
        callback,
        args,
        repeat: repeat.then_some(delay),
        obj,
        refed,
    });
}

fn add_timer(vm: &mut Vm, args: &[Value], interval: bool) -> JsResult<Value> {
    let f = arg(args, 0);
    super::promise::check_callback(vm, f)?;
    let delay = delay_of(vm, arg(args, 1))?;
    let extra = args.get(2..).unwrap_or(&[]).to_vec();
    let mut s = vm.scope();
    let proto = s.event.timeout_proto;
    let obj = s.new_object_with_proto(proto);
    s.root(obj);
    let id = new_id(&mut s);
    let d = s.number(delay);
    put(&mut s, obj, "_idleTimeout", d);
    put(&mut s, obj, "_idlePrev", Value::NULL);
    put(&mut s, obj, "_idleNext", Value::NULL);
    let start = s.number(loop_ms());
    put(&mut s, obj, "_idleStart", start);
    put(&mut s, obj, "_onTimeout", f);
    let targs = if extra.is_empty() { Value::UNDEFINED } else { s.new_array(extra.clone()) };
    put(&mut s, obj, "_timerArgs", targs);
    put(&mut s, obj, "_repeat", if interval { d } else { Value::NULL });
    put(&mut s, obj, "_destroyed", Value::FALSE);
    put_sym(&mut s, obj, REFED, Value::TRUE);
    put_sym(&mut s, obj, HAS_PRIMITIVE, Value::FALSE);
    put_sym(&mut s, obj, ASYNC_ID, Value::smi(id as i32));
    put_sym(&mut s, obj, TRIGGER_ID, Value::smi(1));
    schedule(&mut s, id, obj, f, extra, delay, interval, true);
    Ok(obj)
}

fn set_timeout(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    add_timer(vm, args, false)
}

fn set_interval(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    add_timer(vm, args, true)
}

/// `setImmediate(f, ...args)`: `f` runs in the loop's next check phase,
/// after the timers that are due (`promise::event_loop`).
fn set_immediate(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    super::promise::check_callback(vm, f)?;
    let extra = args.get(1..).unwrap_or(&[]).to_vec();
    let mut s = vm.scope();
    let proto = s.event.immediate_proto;
    let obj = s.new_object_with_proto(proto);
    s.root(obj);
    let id = new_id(&mut s);
    put(&mut s, obj, "_idleNext", Value::NULL);
    put(&mut s, obj, "_idlePrev", Value::NULL);
    put(&mut s, obj, "_onImmediate", f);
    let argv = if extra.is_empty() { Value::UNDEFINED } else { s.new_array(extra.clone()) };
    put(&mut s, obj, "_argv", argv);
    put(&mut s, obj, "_destroyed", Value::FALSE);
    put_sym(&mut s, obj, REFED, Value::TRUE);
    put_sym(&mut s, obj, ASYNC_ID, Value::smi(id as i32));
    put_sym(&mut s, obj, TRIGGER_ID, Value::smi(1));
    s.event.immediates.push_back(Immediate { id, callback: f, args: extra, obj, refed: true });
    Ok(obj)
}

fn clear_immediate(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let o = arg(args, 0);
    if let Some(id) = id_of(vm, o) {
        if vm.event.immediates.iter().any(|i| i.id == id && i.obj == o) {
            vm.event.immediates.retain(|i| i.id != id);
            put(vm, o, "_destroyed", Value::TRUE);
            put_sym(vm, o, REFED, Value::NULL);
            put(vm, o, "_onImmediate", Value::NULL);
        }
    }
    Ok(Value::UNDEFINED)
}

/// `clearTimeout(t)`/`clearInterval(t)`: a `Timeout`, or the number (or
/// numeric string) its `[Symbol.toPrimitive]` gave.
fn clear_timer(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let t = arg(args, 0);
    let obj = if t.as_number().is_some() || t.is_string() {
        let n = crate::ops::to_number(vm, t)?;
        let found = vm.event.timers.iter().find(|x| x.id as f64 == n).map(|x| x.obj);
        match found {
            Some(o) => {
                let key = sym(vm, HAS_PRIMITIVE);
                if get_own(vm, o, key) != Value::TRUE {
                    return Ok(Value::UNDEFINED);
                }
                o
            }
            None => return Ok(Value::UNDEFINED),
        }
    } else {
        t
    };
    let timeout_proto = vm.event.timeout_proto;
    let Some(o) = obj.as_object() else { return Ok(Value::UNDEFINED) };
    let key = property::key_of_str(vm, "_onTimeout");
    // node clears only a timer whose `_onTimeout` is still set (an
    // `Immediate` passed here is left alone).
    if o.proto() != timeout_proto || property::get_own(vm, o, key).is_none_or(|f| f == Value::NULL) {
        return Ok(Value::UNDEFINED);
    }
    put(vm, obj, "_onTimeout", Value::NULL);
    unenroll(vm, obj);
    Ok(Value::UNDEFINED)
}

/// Takes timer `obj` off the loop, as node's `unenroll`.
fn unenroll(vm: &mut Vm, obj: Value) {
    if let Some(id) = id_of(vm, obj) {
        vm.event.timers.retain(|t| !(t.id == id && t.obj == obj));
    }
    put(vm, obj, "_destroyed", Value::TRUE);
    let m1 = Value::smi(-1);
    put(vm, obj, "_idleTimeout", m1);
}

/// The receiver if it is a `Timeout` or an `Immediate`, else node's
/// TypeError for a method called on something else.
fn receiver(vm: &mut Vm, this: Value, method: &str) -> JsResult<Value> {
    if id_of(vm, this).is_some() {
        return Ok(this);
    }
    let msg = format!("Cannot read properties of {} (reading '{method}')", crate::ops::type_of(this));
    Err(vm.throw_error(ErrorKind::TypeError, &msg))
}

fn set_ref(vm: &mut Vm, this: Value, refed: bool, method: &str) -> JsResult<Value> {
    let o = receiver(vm, this, method)?;
    let key = sym(vm, REFED);
    if get_own(vm, o, key) == Value::NULL {
        return Ok(o); // an immediate that ran or was cleared
    }
    put_sym(vm, o, REFED, Value::bool(refed));
    if let Some(id) = id_of(vm, o) {
        for t in vm.event.timers.iter_mut().filter(|t| t.id == id && t.obj == o) {
            t.refed = refed;
        }
        for i in vm.event.immediates.iter_mut().filter(|i| i.id == id && i.obj == o) {
            i.refed = refed;
        }
    }
    Ok(o)
}

fn ref_(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    set_ref(vm, this, true, "ref")
}

fn unref(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    set_ref(vm, this, false, "unref")
}

fn has_ref(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = receiver(vm, this, "hasRef")?;
    let key = sym(vm, REFED);
    Ok(Value::bool(get_own(vm, o, key) == Value::TRUE))
}

/// `t.refresh()`: the timer starts again from now with its delay; one
/// that already ran (and was not cleared) is scheduled again, under a new
/// id, as node gives it a new async id.
fn refresh(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = receiver(vm, this, "refresh")?;
    let mut s = vm.scope();
    s.root(o);
    let key = property::key_of_str(&mut s, "_idleTimeout");
    let delay = get_own(&mut s, o, key).as_number().unwrap_or(-1.0);
    if delay < 0.0 {
        return Ok(o);
    }
    let start = s.number(loop_ms());
    put(&mut s, o, "_idleStart", start);
    let id = id_of(&mut s, o).unwrap_or(0);
    let now = *s.event.now.get_or_insert_with(std::time::Instant::now);
    let seq = s.event.next_seq;
    if let Some(t) = s.event.timers.iter_mut().find(|t| t.id == id && t.obj == o) {
        t.due = now + Duration::from_secs_f64(delay / 1000.0);
        t.seq = seq;
        s.event.next_seq += 1;
        return Ok(o);
    }
    let key = property::key_of_str(&mut s, "_onTimeout");
    let f = get_own(&mut s, o, key);
    if f.as_callable().is_none() {
        return Ok(o);
    }
    let key = property::key_of_str(&mut s, "_timerArgs");
    let targs = get_own(&mut s, o, key);
    let args = match targs.as_object() {
        Some(a) => {
            let n = a.length();
            (0..n).map(|i| a.get_index(&mut s.heap, i).unwrap_or(Value::UNDEFINED)).collect()
        }
        None => Vec::new(),
    };
    let key = property::key_of_str(&mut s, "_repeat");
    let repeat = get_own(&mut s, o, key).as_number().is_some();
    let key = sym(&s, REFED);
    let refed = get_own(&mut s, o, key) == Value::TRUE;
    let id = new_id(&mut s);
    put_sym(&mut s, o, ASYNC_ID, Value::smi(id as i32));
    put(&mut s, o, "_destroyed", Value::FALSE);
    schedule(&mut s, id, o, f, args, delay, repeat, refed);
    Ok(o)
}

fn close(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = receiver(vm, this, "close")?;
    clear_timer(vm, Value::UNDEFINED, &[o])?;
    Ok(o)
}

/// `+t`: the timer's id; `clearTimeout` accepts it from then on.
fn to_primitive(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let o = receiver(vm, this, "Symbol(Symbol.toPrimitive)")?;
    put_sym(vm, o, HAS_PRIMITIVE, Value::TRUE);
    let key = sym(vm, ASYNC_ID);
    Ok(get_own(vm, o, key))
}
