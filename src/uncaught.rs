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
        let details = crate::show::error_tail(vm, v);
        return JsError { details, ..vm.take_report() };
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
        report.details = crate::show::error_tail(&s, v);
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
        let headline = stored_header(vm, v).unwrap_or_else(|| crate::stack::header(vm, v));
        if headline != report.headline() {
            report.headline = Some(headline);
        }
        report.details = crate::show::error_tail(vm, v);
    } else {
        report.headline = Some(crate::show::inspect(vm, v));
    }
    report.at = at;
    let _ = vm.take_exception();
    report
}

/// The header of an error's `stack` once it is a string (read, or
/// written by the program): node prints the stack, whose header was made
/// when it was first read (`AssertionError [ERR_ASSERTION]: ...`, made
/// before `name` was set back) or is what the program stored. None while
/// the stack is still lazy: its header would be made from the error's
/// `name` and `message` now, as `stack::header` makes it.
fn stored_header(vm: &Vm, v: Value) -> Option<String> {
    let o = v.as_object()?;
    if crate::stack::text(vm, o).is_some() {
        return None;
    }
    let stack = o.get_named(vm.realm.stack).filter(|s| s.is_string())?;
    let text = crate::format::to_string(stack);
    Some(match text.find("\n    at ") {
        Some(i) => text[..i].to_string(),
        None => text,
    })
}

fn kind_named(name: &str) -> Option<ErrorKind> {
    use ErrorKind::*;
    [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]
        .into_iter()
        .find(|k| k.name() == name)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::source::Source;
    use crate::vm::{Options, Vm};

    /// The whole report of the error `code` leaves uncaught.
    fn report_of(code: &str) -> String {
        let mut vm = Vm::new(Options::default(), Box::new(std::io::sink()));
        match vm.run_source(Rc::new(Source::new("t.js", code)), false) {
            Ok(_) => "no error".into(),
            Err(e) => e.render(false),
        }
    }

    /// node prints an uncaught error with `inspect`, so its own properties,
    /// `[cause]` and `[errors]` follow the stack as a block; stitch prints
    /// the same block under the place it was thrown.
    #[test]
    fn own_properties_cause_and_errors_follow_the_place() {
        let r = report_of("const e = new Error('boom'); e.code = 'E1'; e.info = { a: [1, 2] };\nthrow e;");
        assert_eq!(
            r,
            "Uncaught Error: boom\n    at t.js:2:1\n  |\n2 | throw e;\n  | ^^^^^^^^\n{\n  code: 'E1',\n  info: { a: [ 1, 2 ] }\n}\n"
        );
        let r = report_of("throw new Error('outer', { cause: 'str' });");
        assert!(r.ends_with("^\n{\n  [cause]: 'str'\n}\n"), "{r}");
        let r =
            report_of("const i = new TypeError('in'); i.stack = 'TypeError: in';\nthrow new Error('o', { cause: i });");
        assert!(r.ends_with("^\n{\n  [cause]: [TypeError: in]\n}\n"), "{r}");
        let r = report_of("const a = new AggregateError([1, 'x'], 'agg');\nthrow a;");
        assert!(r.starts_with("Uncaught AggregateError: agg\n"), "{r}");
        assert!(r.ends_with("^\n{\n  [errors]: [ 1, 'x' ]\n}\n"), "{r}");
        let r = report_of("class E extends Error { constructor() { super('m'); this.field = 42; } }\nthrow new E();");
        assert!(r.starts_with("Uncaught Error: m\n"), "{r}");
        assert!(r.ends_with("^\n{\n  field: 42\n}\n"), "{r}");
        // Runtime errors too, and a circular cause keeps its reference mark.
        let r = report_of("try { null.x } catch (e) { e.code = 1; throw e; }");
        assert!(r.ends_with("^\n{\n  code: 1\n}\n"), "{r}");
        let r = report_of("const e = new Error('self'); e.cause = e; e.stack = 'Error: self'; throw e;");
        assert!(r.ends_with("^\n<ref *1> { cause: [Circular *1] }\n"), "{r}");
        // A stack already made keeps the header it was made with.
        let r = report_of("const e = new Error('x'); e.stack; e.name = 'Custom'; throw e;");
        assert!(r.starts_with("Uncaught Error: x\n"), "{r}");
        let r = report_of("const e = new Error('x'); e.name = 'Custom'; throw e;");
        assert!(r.starts_with("Uncaught Custom: x\n"), "{r}");
        // Without extra properties, nothing follows.
        let r = report_of("throw new RangeError('plain');");
        assert!(r.ends_with("^^^\n"), "{r}");
    }
}
