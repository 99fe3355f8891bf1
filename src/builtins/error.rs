//! `Error` and its native subclasses (`TypeError`, `RangeError`,
//! `ReferenceError`, `SyntaxError`, `EvalError`, `URIError`):
//! constructible with or without `new`, with `message`, `cause` (from the
//! options argument), `name` on the prototypes, `Error.prototype.toString`
//! and a `stack` (`stack.rs`).
//!
//! The errors the runtime raises (`Vm::throw_error`) are the same objects:
//! `Vm::error_value` makes an object of the kind's prototype, which this
//! file creates and records in `Realm::error_protos`.
//!
//! Subclassing hook: a constructor takes the prototype of the object it
//! makes from `vm.new_target` (the constructor `new` was applied to) when
//! that is set, so `class E extends Error` reaches here through `super(...)`
//! with `new_target` = `E` and gets an `E.prototype` object.

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::HIDDEN;
use crate::heap::{Callable, PropKey};
use crate::property;
use crate::value::Value;
use crate::vm::{NativeFn, Vm};

use super::arg;

/// The kinds with a constructor, in the order they are installed.
const KINDS: [ErrorKind; 7] = [
    ErrorKind::Error,
    ErrorKind::TypeError,
    ErrorKind::RangeError,
    ErrorKind::ReferenceError,
    ErrorKind::SyntaxError,
    ErrorKind::EvalError,
    ErrorKind::URIError,
];

pub fn install(vm: &mut Vm) {
    let ctors: [NativeFn; 7] = [error, type_error, range_error, reference_error, syntax_error, eval_error, uri_error];
    let object_proto = vm.realm.object_proto;
    let mut base_ctor = Value::UNDEFINED;
    for (kind, ctor) in KINDS.into_iter().zip(ctors) {
        let parent =
            if kind == ErrorKind::Error { object_proto } else { vm.realm.error_protos[ErrorKind::Error as usize] };
        let shape = vm.shapes.root(parent);
        let proto = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
        vm.realm.error_protos[kind as usize] = proto;
        let f = vm.native_constructor(kind.name(), 1, ctor);
        property::define_named(vm, f, "prototype", 0, proto);
        property::define_named(vm, proto, "constructor", HIDDEN, f);
        let name = vm.static_string(kind.name());
        property::define_named(vm, proto, "name", HIDDEN, name);
        let empty = vm.static_string("");
        property::define_named(vm, proto, "message", HIDDEN, empty);
        if kind == ErrorKind::Error {
            super::method(vm, proto, "toString", 0, to_string);
            if let Some(f) = proto.as_object().and_then(|p| p.get_named(vm.realm.to_string)) {
                vm.pin_value(f);
                vm.realm.intrinsics.error_to_string = f;
            }
            super::method(vm, f, "captureStackTrace", 2, capture_stack_trace);
            let limit = Value::smi(crate::stack::STACK_LIMIT as i32);
            property::define_named(vm, f, "stackTraceLimit", crate::heap::shape::DEFAULT_ATTRS, limit);
            vm.pin_value(f);
            vm.realm.error_ctor = f;
            base_ctor = f;
        } else if let (Some(o), true) = (f.as_object(), base_ctor != Value::UNDEFINED) {
            // `Object.getPrototypeOf(TypeError) === Error`.
            o.set_proto(&mut vm.shapes, base_ctor);
        }
        super::global(vm, kind.name(), f);
    }
    install_aggregate_error(vm, base_ctor);
    // The accessor every error's `stack` starts as (`stack::Capture`).
    let get = vm.native_function("get stack", 0, crate::stack::lazy_get);
    let set = vm.native_function("set stack", 1, crate::stack::lazy_set);
    let pair = property::new_accessor_pair(vm, get, set);
    vm.pin_value(pair);
    vm.realm.lazy_stack = pair;
}

/// `AggregateError(errors, message, options)`: an Error subclass whose
/// objects hold the errors in a (non-enumerable) `errors` array. It is
/// no `ErrorKind`: the runtime never raises one by itself.
fn install_aggregate_error(vm: &mut Vm, error_ctor: Value) {
    let parent = vm.realm.error_protos[ErrorKind::Error as usize];
    let shape = vm.shapes.root(parent);
    let proto = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    vm.realm.intrinsics.aggregate_error_proto = proto;
    let f = vm.native_constructor("AggregateError", 2, aggregate_error);
    property::define_named(vm, f, "prototype", 0, proto);
    property::define_named(vm, proto, "constructor", HIDDEN, f);
    let name = vm.static_string("AggregateError");
    property::define_named(vm, proto, "name", HIDDEN, name);
    let empty = vm.static_string("");
    property::define_named(vm, proto, "message", HIDDEN, empty);
    if let (Some(o), true) = (f.as_object(), error_ctor != Value::UNDEFINED) {
        o.set_proto(&mut vm.shapes, error_ctor);
    }
    super::global(vm, "AggregateError", f);
}

fn aggregate_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = std::mem::replace(&mut vm.new_target, Value::UNDEFINED);
    let proto = vm.realm.intrinsics.aggregate_error_proto;
    let e = make(vm, proto, target, arg(args, 1), arg(args, 2))?;
    let mut s = vm.scope();
    let er = s.root(e);
    // The errors, listed after the message and cause are in place.
    let list = s.new_array(Vec::new());
    let rl = s.root(list);
    let errors = arg(args, 0);
    let text = crate::iteration::describe(errors);
    if crate::iteration::iterator_method(&mut s, errors)?.is_none() {
        let msg = format!("{text} is not iterable (cannot read property Symbol(Symbol.iterator))");
        return Err(s.throw_error(ErrorKind::TypeError, &msg));
    }
    crate::objects::for_each(&mut s, errors, &text, |vm, item| {
        let s = vm.scope();
        let list = s.get(rl);
        drop(s);
        if let Some(a) = list.as_object() {
            crate::heap::write_barrier(list);
            a.push(&mut vm.heap, item);
        }
        Ok(())
    })?;
    let (e, list) = (s.get(er), s.get(rl));
    property::define_named(&mut s, e, "errors", HIDDEN, list);
    let native_frame = s.calling.0;
    crate::stack::capture_above_constructor(&mut s, e, native_frame, target);
    Ok(e)
}

/// `new Error(message, options)` for `kind`.
fn construct(vm: &mut Vm, kind: ErrorKind, args: &[Value]) -> JsResult<Value> {
    let target = std::mem::replace(&mut vm.new_target, Value::UNDEFINED);
    let proto = vm.realm.error_protos[kind as usize];
    let e = make(vm, proto, target, arg(args, 0), arg(args, 1))?;
    let mut s = vm.scope();
    s.root(e);
    let native_frame = s.calling.0;
    crate::stack::capture_above_constructor(&mut s, e, native_frame, target);
    Ok(e)
}

/// An error object with `message` and the `cause` of `options`, whose
/// prototype is `new.target.prototype` (a subclass, or the constructor
/// itself under `new`), else `proto`; no stack yet.
fn make(vm: &mut Vm, mut proto: Value, target: Value, message: Value, options: Value) -> JsResult<Value> {
    if matches!(target.as_callable(), Some(Callable::Script(_) | Callable::Native(_))) {
        // The constructors' own `prototype` is read from its slot (no
        // getter can run there); anything else takes the full [[Get]].
        let p = match crate::objects::own_prototype(vm, target) {
            Some(p) => p,
            None => {
                let mut s = vm.scope();
                s.root(message);
                s.root(options);
                let key = PropKey::Name(s.realm.prototype);
                property::get(&mut s, target, key)?
            }
        };
        if p.as_object().is_some() {
            proto = p;
        }
    }
    let mut s = vm.scope();
    let opts = s.root(options);
    let message = if message == Value::UNDEFINED { None } else { Some(crate::ops::to_js_string(&mut s, message)?) };
    let e = s.new_error(proto, message);
    let er = s.root(e);
    let options = s.get(opts);
    if let Some(o) = options.as_object() {
        let key = property::key_of_str(&mut s, "cause");
        if property::has_key(&mut s, o, key) {
            let cause = property::get(&mut s, options, key)?;
            let e = s.get(er);
            if let Some(eo) = e.as_object() {
                property::define(&mut s, eo, key, HIDDEN, cause);
            }
        }
    }
    Ok(s.get(er))
}

fn error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::Error, args)
}
fn type_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::TypeError, args)
}
fn range_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::RangeError, args)
}
fn reference_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::ReferenceError, args)
}
fn syntax_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::SyntaxError, args)
}
fn eval_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::EvalError, args)
}
fn uri_error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    construct(vm, ErrorKind::URIError, args)
}

/// `Error.captureStackTrace(o)`, V8's way for a constructor to give any
/// object a `stack`: `o`'s header (`Name: message`) over the frames of the
/// code that called, or of those above the first frame running the
/// optional function argument (none when no frame runs it).
fn capture_stack_trace(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let target = arg(args, 0);
    let Some(o) = target.as_object() else {
        return Err(vm.throw_error(ErrorKind::TypeError, "invalid_argument"));
    };
    let mut s = vm.scope();
    s.root(target);
    let e = s.error_value(ErrorKind::Error, "");
    s.root(e);
    let native_frame = s.calling.0;
    let skip_to = arg(args, 1);
    crate::stack::capture_above_constructor(&mut s, e, native_frame, skip_to);
    let text = e.as_object().and_then(|eo| crate::stack::text(&s, eo)).unwrap_or_default();
    let frames = text.find('\n').map_or("", |i| &text[i..]);
    let out = format!("{}{}", crate::stack::header(&s, target), frames);
    let v = s.string(out);
    if matches!(o.class, crate::heap::ObjClass::Error(_)) {
        crate::stack::materialize(&mut s, o, Some(v));
    } else {
        let key = PropKey::Name(s.realm.stack);
        property::define(&mut s, o, key, HIDDEN, v);
    }
    Ok(Value::UNDEFINED)
}

/// `Error.prototype.toString`: `name: message`, with `Error` for an
/// undefined name and nothing for an empty part.
fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        let text = format!(
            "Method Error.prototype.toString called on incompatible receiver {}",
            crate::format::to_string(this)
        );
        return Err(vm.throw_error(ErrorKind::TypeError, &text));
    }
    let mut s = vm.scope();
    let t = s.root(this);
    let (name_key, message_key) = (PropKey::Name(s.realm.name), PropKey::Name(s.realm.message));
    let name = property::get(&mut s, this, name_key)?;
    let name = if name == Value::UNDEFINED { "Error".to_string() } else { crate::ops::to_string(&mut s, name)? };
    let this = s.get(t);
    let message = property::get(&mut s, this, message_key)?;
    let message = if message == Value::UNDEFINED { String::new() } else { crate::ops::to_string(&mut s, message)? };
    let text = match (name.is_empty(), message.is_empty()) {
        (_, true) => name,
        (true, false) => message,
        _ => format!("{name}: {message}"),
    };
    Ok(s.string(text))
}

/// How one of node's own errors is made, which shows in its prototypes
/// and in the order of its own properties.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NodeErrorStyle {
    /// Thrown by node's C++ bindings: an ordinary error with an own
    /// `code` (`TypeError: …`).
    Binding,
    /// node's `NodeError` class for the code: the error's prototype
    /// inherits from the kind's and has `constructor` (the kind's) and
    /// `toString` (`RangeError [ERR_X]: …`, which the first line of
    /// `stack` shows too). Own properties: `stack`, `message`, `code`
    /// (`code` before `message` for ERR_INVALID_ARG_TYPE).
    Class,
    /// The errors of node's argument validators (`hideStackFrames`): one
    /// more prototype, with only `constructor`, above the class's.
    Hidden,
}

/// One of node's own errors: an error of `kind` with an enumerable
/// `code`, made as `style` says. The code is in a private slot of its
/// class's prototype, where `stack::header` finds it.
pub(crate) fn node_error(vm: &mut Vm, style: NodeErrorStyle, kind: ErrorKind, code: &str, msg: &str) -> Value {
    if style == NodeErrorStyle::Binding {
        let err = vm.error_value(kind, msg);
        let mut s = vm.scope();
        s.root(err);
        let code = s.string(code.to_string());
        property::define_named(&mut s, err, "code", crate::heap::shape::DEFAULT_ATTRS, code);
        return err;
    }
    let proto = node_error_proto(vm, style, kind, code);
    let message = vm.string(msg.to_string());
    let mut s = vm.scope();
    s.root(message);
    // node's ERR_INVALID_ARG_TYPE has its `code` before its `message`.
    let early = if code != "ERR_INVALID_ARG_TYPE" { Some(message) } else { None };
    let err = s.new_error(proto, early);
    s.root(err);
    let code = s.string(code.to_string());
    property::define_named(&mut s, err, "code", crate::heap::shape::DEFAULT_ATTRS, code);
    if early.is_none() {
        property::define_named(&mut s, err, "message", HIDDEN, message);
    }
    err
}

/// The prototype of node's errors of `code` made in `style` (made once,
/// pinned).
fn node_error_proto(vm: &mut Vm, style: NodeErrorStyle, kind: ErrorKind, code: &str) -> Value {
    if vm.realm.node_code == 0 {
        vm.realm.node_code = vm.atoms.intern_private("#<node error code>");
        vm.realm.node_error_to_string = vm.native_function("toString", 0, node_error_to_string);
    }
    let key = if style == NodeErrorStyle::Hidden { format!("{code} hidden") } else { code.to_string() };
    if let Some(&(_, p)) = vm.realm.node_error_protos.iter().find(|(c, _)| *c == key) {
        return p;
    }
    let parent = match style {
        NodeErrorStyle::Hidden => node_error_proto(vm, NodeErrorStyle::Class, kind, code),
        _ => vm.realm.error_protos[kind as usize],
    };
    let p = vm.new_object_with_proto(parent);
    vm.pin_value(p);
    let kind_proto = vm.realm.error_protos[kind as usize];
    let ctor = kind_proto.as_object().and_then(|o| o.get_named(vm.realm.constructor)).unwrap_or(Value::UNDEFINED);
    property::define_named(vm, p, "constructor", HIDDEN, ctor);
    if style == NodeErrorStyle::Class {
        let f = vm.realm.node_error_to_string;
        property::define_named(vm, p, "toString", HIDDEN, f);
        let c = vm.string(code.to_string());
        vm.pin_value(c);
        if let Some(o) = p.as_object() {
            o.add_named(&mut vm.shapes, vm.realm.node_code, crate::heap::shape::PRIVATE, c);
        }
    }
    vm.realm.node_error_protos.push((key, p));
    p
}

/// A node error's `toString`: `${this.name} [${code}]: ${this.message}`.
fn node_error_to_string(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let code = this.as_object().and_then(|o| o.lookup_named(vm.realm.node_code));
    let Some(code) = code else { return to_string(vm, this, args) };
    let mut s = vm.scope();
    s.root(this);
    let (name, message) = (PropKey::Name(s.realm.name), PropKey::Name(s.realm.message));
    let name = property::get(&mut s, this, name)?;
    let name = crate::ops::to_js_string(&mut s, name)?;
    s.root(name);
    let message = property::get(&mut s, this, message)?;
    let message = crate::ops::to_js_string(&mut s, message)?;
    let text =
        format!("{} [{}]: {}", crate::format::lossy(name), crate::format::lossy(code), crate::format::lossy(message));
    Ok(s.string(text))
}
