//! `%GeneratorPrototype%`: `next`, `return`, `throw` (src/generators.rs
//! runs them), `[Symbol.iterator]` from `%IteratorPrototype%`, and the
//! `Generator` tag node prints (`Object [Generator] {}`).

use crate::error::JsResult;
use crate::generators::{resume, Mode};
use crate::heap::shape::HIDDEN;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// Makes `%GeneratorPrototype%`, inheriting from `iter_proto`
/// (`%IteratorPrototype%`, whose `[Symbol.iterator]()` returns `this`).
pub fn install(vm: &mut Vm, iter_proto: Value) {
    let shape = vm.shapes.root(iter_proto);
    let p = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    for (name, f) in [("next", next as crate::vm::NativeFn), ("return", return_), ("throw", throw)] {
        let f = vm.native_function(name, 1, f);
        property::define_named(vm, p, name, HIDDEN, f);
        if name == "next" {
            vm.realm.intrinsics.gen_next = f;
        }
    }
    let tag = vm.static_string("Generator");
    super::symbol::to_string_tag(vm, p, tag);
    vm.realm.intrinsics.gen_proto = p;
    // %GeneratorFunction.prototype%: an ordinary object (node prints it
    // `Function [GeneratorFunction] {}`) between generator functions and
    // Function.prototype; its `prototype` is %GeneratorPrototype%.
    let fp = vm.realm.function_proto;
    let shape = vm.shapes.root(fp);
    let gf = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    property::define_named(vm, gf, "prototype", crate::heap::shape::CONFIGURABLE, p);
    property::define_named(vm, p, "constructor", crate::heap::shape::CONFIGURABLE, gf);
    let tag = vm.static_string("GeneratorFunction");
    super::symbol::to_string_tag(vm, gf, tag);
    vm.realm.intrinsics.gen_fn_proto = gf;
    super::function::install_hidden_constructor(vm, "GeneratorFunction", gf);
    // %AsyncFunction.prototype%: between async functions and
    // Function.prototype, tagged so that node's printer and
    // `Object.prototype.toString` name them `AsyncFunction`.
    let shape = vm.shapes.root(fp);
    let af = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    let tag = vm.static_string("AsyncFunction");
    super::symbol::to_string_tag(vm, af, tag);
    vm.realm.intrinsics.async_fn_proto = af;
    super::function::install_hidden_constructor(vm, "AsyncFunction", af);
    vm.realm.intrinsics.throw_ = vm.atoms.intern("throw");
    install_async(vm);
}

/// `%AsyncIteratorPrototype%` (`[Symbol.asyncIterator]() { return this }`),
/// `%AsyncGeneratorPrototype%` (`next`, `return`, `throw`: src/async_gen.rs)
/// and `%AsyncGeneratorFunction.prototype%`.
fn install_async(vm: &mut Vm) {
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let aip = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    let self_fn = vm.native_function("[Symbol.asyncIterator]", 0, |_, this, _| Ok(this));
    let sym = vm.realm.intrinsics.sym_async_iterator;
    super::symbol::symbol_method(vm, aip, sym, self_fn);
    let shape = vm.shapes.root(aip);
    let p = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    for (name, f) in [("next", async_next as crate::vm::NativeFn), ("return", async_return), ("throw", async_throw)] {
        let f = vm.native_function(name, 1, f);
        property::define_named(vm, p, name, HIDDEN, f);
    }
    let tag = vm.static_string("AsyncGenerator");
    super::symbol::to_string_tag(vm, p, tag);
    vm.realm.intrinsics.async_gen_proto = p;
    let fp = vm.realm.function_proto;
    let shape = vm.shapes.root(fp);
    let gf = vm.pin(crate::heap::JsObject::new(shape, crate::heap::ObjClass::Plain));
    property::define_named(vm, gf, "prototype", crate::heap::shape::CONFIGURABLE, p);
    property::define_named(vm, p, "constructor", crate::heap::shape::CONFIGURABLE, gf);
    let tag = vm.static_string("AsyncGeneratorFunction");
    super::symbol::to_string_tag(vm, gf, tag);
    vm.realm.intrinsics.async_gen_fn_proto = gf;
    super::function::install_hidden_constructor(vm, "AsyncGeneratorFunction", gf);
}

fn async_next(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    crate::async_gen::request(vm, this, Mode::Next, arg(args))
}

fn async_return(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    crate::async_gen::request(vm, this, Mode::Return, arg(args))
}

fn async_throw(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    crate::async_gen::request(vm, this, Mode::Throw, arg(args))
}

fn arg(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::UNDEFINED)
}

fn next(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    resume(vm, this, Mode::Next, arg(args))
}

fn return_(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    resume(vm, this, Mode::Return, arg(args))
}

fn throw(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    resume(vm, this, Mode::Throw, arg(args))
}
