//! The report of an uncaught exception (`driver` prints it): an error
//! object by its header and place, any other value inspected as node
//! shows it. Apart from `stack` because it needs the printer (`show`),
//! which itself reads `stack` to print an error.

use crate::error::{ErrorKind, JsError};
use crate::heap::ObjClass;
use crate::value::Value;
use crate::vm::Vm;

/// The pending exception as the report for an uncaught error: an error
/// object prints as `Name: message` at the place it was thrown; any other
/// value as node's REPL shows it (`Uncaught 'text'`, `Uncaught { code: 3 }`).
pub fn report(vm: &mut Vm) -> JsError {
    let at = vm.exception_location();
    let Some(v) = vm.exception() else { return vm.take_report() };
    if v.as_error().is_some() {
        return vm.take_report();
    }
    let is_error = v.as_object().is_some_and(|o| matches!(o.class, ObjClass::Error(_)));
    let mut report = JsError::new(ErrorKind::Error, "");
    if is_error && crate::stack::header_needs_getters(vm, v) {
        // `name` or `message` is a getter: node prints the `stack` its
        // first read made, running them (the exception taken first, so
        // that they run as ordinary code).
        let _ = vm.take_exception();
        let mut s = vm.scope();
        s.root(v);
        if let Some(o) = v.as_object() {
            crate::stack::settle(&mut s, v);
            let stack = s.realm.stack;
            if let Some(text) = o.get_named(stack).filter(|t| t.is_string()) {
                let text = crate::format::to_string(text);
                report.headline = Some(text.lines().next().unwrap_or("").to_string());
            }
        }
        drop(s);
        report.at = at;
        return report;
    }
    if is_error {
        let name = match crate::stack::data_property(vm, v, vm.realm.name) {
            Some(n) if n != Value::UNDEFINED => crate::format::to_string(n),
            _ => "Error".into(),
        };
        report.kind = kind_named(&name).unwrap_or(ErrorKind::Error);
        report.message = match crate::stack::data_property(vm, v, vm.realm.message) {
            Some(m) if m != Value::UNDEFINED => crate::format::to_string(m),
            _ => String::new(),
        };
        let headline = crate::stack::header(vm, v);
        if headline != report.headline() {
            report.headline = Some(headline);
        }
    } else {
        report.headline = Some(crate::show::inspect(vm, v));
    }
    report.at = at;
    let _ = vm.take_exception();
    report
}

fn kind_named(name: &str) -> Option<ErrorKind> {
    use ErrorKind::*;
    [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]
        .into_iter()
        .find(|k| k.name() == name)
}
