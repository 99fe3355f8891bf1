//! Global functions and constructors that are not a family of their own:
//! `Object`, `Array` and their static methods are in their files; here
//! are `globalThis`-level helpers.

use crate::error::JsResult;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

fn is_array(_vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    Ok(Value::bool(arg(args, 0).as_array().is_some()))
}

fn push(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let Some(a) = this.as_object() else {
        return Err(vm.throw_error(crate::error::ErrorKind::TypeError, "Array.prototype.push called on non-object"));
    };
    for &v in args {
        a.push(v);
    }
    Ok(vm.number(a.length() as f64))
}

pub fn install(vm: &mut Vm) {
    let array = vm.native_function("Array", 1, is_array);
    super::method(vm, array, "isArray", 1, is_array);
    super::global(vm, "Array", array);
    let proto = vm.realm.array_proto;
    super::method(vm, proto, "push", 1, push);
}
