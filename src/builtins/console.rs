//! `console`: `log` (and its aliases), writing what node writes.

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

pub fn install(vm: &mut Vm) {
    let console = super::namespace(vm);
    for name in ["log", "info", "debug", "error", "warn"] {
        super::method(vm, console, name, 0, log);
    }
    vm.realm.console = console;
    super::global(vm, "console", console);
}
