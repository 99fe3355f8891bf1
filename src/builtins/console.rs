//! `console`: `log` (and its aliases), writing what node writes: `log`,
//! `info` and `debug` to stdout, `error` and `warn` to stderr.

use std::io::Write;

use crate::error::JsResult;
use crate::value::Value;
use crate::vm::Vm;

fn log(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut line = crate::show::console_line(vm, args)?;
    line.push('\n');
    // A closed stdout (e.g. piped into `head`) is not the program's error.
    let _ = vm.out.write_all(line.as_bytes());
    Ok(Value::UNDEFINED)
}

/// `console.error` / `console.warn`: stdout is flushed first so that the
/// two streams interleave as node's (synchronous on pipes and files) do.
fn error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let mut line = crate::show::console_line(vm, args)?;
    line.push('\n');
    let _ = vm.out.flush();
    let _ = std::io::stderr().write_all(line.as_bytes());
    Ok(Value::UNDEFINED)
}

pub fn install(vm: &mut Vm) {
    let console = super::namespace(vm);
    for name in ["log", "info", "debug"] {
        super::method(vm, console, name, 0, log);
    }
    for name in ["error", "warn"] {
        super::method(vm, console, name, 0, error);
    }
    vm.realm.console = console;
    super::global(vm, "console", console);
}
