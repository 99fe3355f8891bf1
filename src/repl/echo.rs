//! How the REPL shows results: a value as node's REPL echoes it (strings
//! quoted, `undefined` after a declaration, `[Function: f]`), and an error
//! as `Uncaught ReferenceError: x is not defined` with where it happened.

use crate::error::{ErrorKind, JsError};
use crate::value::{Value, NULL_BITS, UNDEFINED_BITS};

const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const GREY: &str = "\x1b[90m";
const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const RESET: &str = "\x1b[0m";

/// The echo of an entry's value, colored like node's when `color`.
pub fn value(vm: &crate::vm::Vm, v: Value, color: bool) -> String {
    let text = crate::show::inspect(vm, v);
    if !color {
        return text;
    }
    let style = match v.to_bits() {
        UNDEFINED_BITS => GREY,
        NULL_BITS => BOLD,
        _ if v.is_smi() => YELLOW,
        _ if v.is_string() => GREEN,
        _ if v.is_function() => CYAN,
        _ if v.as_object().is_some() => "", // node colours the parts; stitch leaves objects plain
        _ => YELLOW,                        // doubles, booleans
    };
    format!("{}{}{}", style, text, RESET)
}

/// An error report: the headline, then where it happened (source name,
/// line and column, the line with a caret). An interrupt is not a
/// JavaScript error, so it is not "Uncaught".
pub fn error(e: &JsError, color: bool) -> String {
    let headline = match e.kind {
        ErrorKind::Interrupted => e.headline(),
        _ => format!("Uncaught {}", e.headline()),
    };
    let headline = if color { format!("{}{}{}", RED, headline, RESET) } else { headline };
    format!("{}\n{}{}", headline, e.snippet(), e.details_text())
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::error::{ErrorKind, JsError};
    use crate::source::Source;
    use crate::value::Value;

    #[test]
    fn values_and_errors() {
        let vm = crate::vm::Vm::new(Default::default(), Box::new(std::io::sink()));
        assert_eq!(super::value(&vm, Value::UNDEFINED, false), "undefined");
        assert_eq!(super::value(&vm, Value::smi(3), true), "\x1b[33m3\x1b[0m");
        let src = Rc::new(Source::new("REPL2", "x + 1"));
        let e = JsError::new(ErrorKind::ReferenceError, "x is not defined").at(&src, crate::ast::Span::new(0, 1));
        assert_eq!(
            super::error(&e, false),
            "Uncaught ReferenceError: x is not defined\n    at REPL2:1:1\n  |\n1 | x + 1\n  | ^\n"
        );
    }
}
