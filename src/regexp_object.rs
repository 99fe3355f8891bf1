//! A RegExp object's making, shared by the `RegExp` constructor
//! (builtins/regexp.rs) and a literal's evaluation (`NewRegExp` in
//! exec.rs), which must not reach into the built-ins.

use std::rc::Rc;

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::WRITABLE;
use crate::heap::{JsObject, ObjClass, ObjKind};
use crate::property;
use crate::regexp::{self, RegExpData};
use crate::value::Value;
use crate::vm::Vm;

/// A new RegExp of `pattern` and `flags` whose prototype is `proto`.
pub fn make(vm: &mut Vm, pattern: Rc<[u16]>, flags: u8, proto: Value) -> JsResult<Value> {
    let program = match vm.regexps.compile(&pattern, flags) {
        Ok(p) => p,
        Err(why) => {
            let msg = regexp::syntax_message(&pattern, &regexp::flags_text(flags), &why);
            return Err(vm.throw_error(ErrorKind::SyntaxError, &msg));
        }
    };
    let shape = vm.shapes.root(proto);
    let data = Box::new(RegExpData { pattern, flags, program });
    let re = vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::RegExp(data))));
    property::define_named(vm, re, "lastIndex", WRITABLE, Value::smi(0));
    Ok(re)
}

/// A regex literal's evaluation (`NewRegExp`): a new object each time.
/// The lexer has checked the pattern, and the cache has its program after
/// the first evaluation.
pub fn literal(vm: &mut Vm, pattern: Value, flags: u8) -> JsResult<Value> {
    let units: Rc<[u16]> = pattern.as_js_str().map(|s| s.units().into_owned().into()).unwrap_or_else(|| Rc::from([]));
    let proto = vm.realm.intrinsics.regexp_proto;
    make(vm, units, flags, proto)
}
