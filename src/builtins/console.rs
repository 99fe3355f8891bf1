//! `console`: `log` (and its aliases), writing what node writes: `log`,
//! `info` and `debug` to stdout, `error` and `warn` to stderr; and the
//! rest of node's Console that a program's output shows: `group` /
//! `groupCollapsed` / `groupEnd` (every line, on either stream, indented
//! by two spaces a level, the lines of a multi-line text too), `assert`,
//! `count` / `countReset`, `time` / `timeLog` / `timeEnd`, `dir` (util.inspect
//! with the options given), `table` (console/table.rs) and `trace`. What node reports with
//! `process.emitWarning` (a count or timer that does not exist) is written
//! to stderr at once, where node writes it after the current job.

use std::io::Write;
use std::time::Instant;

use crate::error::JsResult;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

mod table;

fn log(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = crate::show::console_line(vm, args)?;
    crate::exec::write_line(vm, &line, false);
    Ok(Value::UNDEFINED)
}

fn error(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let line = crate::show::console_line(vm, args)?;
    crate::exec::write_line(vm, &line, true);
    Ok(Value::UNDEFINED)
}

/// node's `process.emitWarning(text)` as it shows on stderr.
fn warning(vm: &mut Vm, text: &str) {
    let _ = vm.out.flush();
    let mut err = std::io::stderr();
    let _ = writeln!(err, "(node:{}) Warning: {text}", std::process::id());
    if !vm.console_state.warned {
        vm.console_state.warned = true;
        let _ = writeln!(err, "(Use `node --trace-warnings ...` to show where the warning was created)");
    }
}

fn group(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if !args.is_empty() {
        log(vm, this, args)?;
    }
    vm.console_state.indent += 2;
    Ok(Value::UNDEFINED)
}

fn group_end(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    vm.console_state.indent = vm.console_state.indent.saturating_sub(2);
    Ok(Value::UNDEFINED)
}

/// `console.assert(value, ...data)`: nothing when `value` is truthy, else
/// `console.warn` of the data with the first item made
/// `Assertion failed: ${data[0]}` (a template literal: a string, so
/// `%` directives in it still apply).
fn assert(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if arg(args, 0).truthy() {
        return Ok(Value::UNDEFINED);
    }
    let mut data: Vec<Value> = args.iter().skip(1).copied().collect();
    let mut s = vm.scope();
    for &v in &data {
        s.root(v);
    }
    let head = match data.first() {
        None => "Assertion failed".to_string(),
        Some(&v) => {
            let t = crate::ops::to_js_string(&mut s, v)?;
            format!("Assertion failed: {}", crate::format::lossy(t))
        }
    };
    let head = s.string(head);
    if data.is_empty() {
        data.push(head);
    } else {
        data[0] = head;
    }
    let line = crate::show::console_line(&mut s, &data)?;
    crate::exec::write_line(&mut s, &line, true);
    Ok(Value::UNDEFINED)
}

/// A label argument: `${label}`, 'default' when absent.
fn label(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    match arg(args, 0) {
        v if v == Value::UNDEFINED => Ok("default".into()),
        v => {
            let t = crate::ops::to_js_string(vm, v)?;
            Ok(crate::format::lossy(t).into_owned())
        }
    }
}

fn count(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let label = label(vm, args)?;
    let n = vm.console_state.counts.entry(label.clone()).or_insert(0);
    *n += 1;
    let line = format!("{label}: {n}");
    crate::exec::write_line(vm, &line, false);
    Ok(Value::UNDEFINED)
}

fn count_reset(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let label = label(vm, args)?;
    match vm.console_state.counts.get_mut(&label) {
        Some(n) => *n = 0,
        None => warning(vm, &format!("Count for '{label}' does not exist")),
    }
    Ok(Value::UNDEFINED)
}

fn time(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let label = label(vm, args)?;
    match vm.console_state.timers.entry(label) {
        std::collections::hash_map::Entry::Occupied(e) => {
            let text = format!("Label '{}' already exists for console.time()", e.key());
            warning(vm, &text);
        }
        std::collections::hash_map::Entry::Vacant(e) => {
            e.insert(Instant::now());
        }
    }
    Ok(Value::UNDEFINED)
}

/// node's `formatTime`: `0.123ms` (three decimals at most), `1.234s`,
/// `1:02.345 (m:ss.mmm)`, `1:02:03.456 (h:mm:ss.mmm)`.
fn format_time(ms: f64) -> String {
    if ms < 1000.0 {
        return format!("{}ms", crate::inspect::number_text((ms * 1000.0).round() / 1000.0));
    }
    if ms < 60_000.0 {
        return format!("{:.3}s", ms / 1000.0);
    }
    let hours = (ms / 3_600_000.0).floor();
    let minutes = ((ms % 3_600_000.0) / 60_000.0).floor();
    let seconds = (ms % 60_000.0) / 1000.0;
    let secs = format!("{seconds:06.3}");
    if hours != 0.0 {
        format!("{hours}:{minutes:02}:{secs} (h:mm:ss.mmm)")
    } else {
        format!("{minutes}:{secs} (m:ss.mmm)")
    }
}

/// `timeLog` / `timeEnd`: `label: 1.234ms` (and `timeLog`'s data, as
/// console.log shows extra arguments), or node's warning for a label
/// that was never started.
fn time_report(vm: &mut Vm, args: &[Value], method: &str, end: bool) -> JsResult<Value> {
    let label = label(vm, args)?;
    let Some(start) = vm.console_state.timers.get(&label).copied() else {
        warning(vm, &format!("No such label '{label}' for console.{method}()"));
        return Ok(Value::UNDEFINED);
    };
    if end {
        vm.console_state.timers.remove(&label);
    }
    let text = format!("{label}: {}", format_time(start.elapsed().as_secs_f64() * 1000.0));
    let mut s = vm.scope();
    for &v in args {
        s.root(v);
    }
    let head = s.string(text);
    let mut data = vec![head];
    data.extend(args.iter().skip(1).copied());
    let line = crate::show::console_line(&mut s, &data)?;
    crate::exec::write_line(&mut s, &line, false);
    Ok(Value::UNDEFINED)
}

fn time_log(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    time_report(vm, args, "timeLog", false)
}

fn time_end(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    time_report(vm, args, "timeEnd", true)
}

/// `console.dir(v, options)`: util.inspect of `v` (a string is quoted)
/// with the options' `depth` (a number, or null/Infinity for no limit)
/// and `showHidden`.
fn dir(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = arg(args, 0);
    let options = arg(args, 1);
    let mut opts = crate::inspect::Options::default();
    if options.as_object().is_some() {
        let mut s = vm.scope();
        s.root(v);
        s.root(options);
        let key = crate::property::key_of_str(&mut s, "depth");
        let depth = crate::property::get(&mut s, options, key)?;
        if depth == Value::NULL {
            opts.depth = None;
        } else if let Some(d) = depth.as_number() {
            opts.depth = if d.is_infinite() && d > 0.0 { None } else { Some(d.max(0.0) as usize) };
        }
        let key = crate::property::key_of_str(&mut s, "showHidden");
        opts.show_hidden = crate::property::get(&mut s, options, key)?.truthy();
    }
    let text = crate::show::inspect_with(vm, v, &opts)?;
    crate::exec::write_line(vm, &text, false);
    Ok(Value::UNDEFINED)
}

/// `console.trace(...data)`: `Trace: <data as console.log formats it>` and
/// the frames of the caller, on stderr.
fn trace(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let message = crate::show::console_line(vm, args)?;
    let mut s = vm.scope();
    let e = s.error_value(crate::error::ErrorKind::Error, "");
    s.root(e);
    let native_frame = s.calling.0;
    crate::stack::capture_above_native(&mut s, e, native_frame);
    let text = e.as_object().and_then(|eo| crate::stack::text(&s, eo)).unwrap_or_default();
    let frames = text.find('\n').map_or("", |i| &text[i..]);
    let head = if message.is_empty() { "Trace".to_string() } else { format!("Trace: {message}") };
    crate::exec::write_line(&mut s, &format!("{head}{frames}"), true);
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
    super::method(vm, console, "dir", 0, dir);
    super::method(vm, console, "time", 0, time);
    super::method(vm, console, "timeEnd", 0, time_end);
    super::method(vm, console, "timeLog", 0, time_log);
    super::method(vm, console, "trace", 0, trace);
    super::method(vm, console, "assert", 0, assert);
    super::method(vm, console, "count", 0, count);
    super::method(vm, console, "countReset", 0, count_reset);
    super::method(vm, console, "group", 0, group);
    super::method(vm, console, "groupEnd", 0, group_end);
    super::method(vm, console, "groupCollapsed", 0, group);
    super::method(vm, console, "table", 1, table::table);
    vm.realm.console = console;
    super::global(vm, "console", console);
}

#[cfg(test)]
mod tests {
    use super::format_time;

    #[test]
    fn times_read_as_node_writes_them() {
        assert_eq!(format_time(0.0521), "0.052ms");
        assert_eq!(format_time(12.0), "12ms");
        assert_eq!(format_time(1234.5678), "1.235s");
        assert_eq!(format_time(62_345.0), "1:02.345 (m:ss.mmm)");
        assert_eq!(format_time(3_723_456.0), "1:02:03.456 (h:mm:ss.mmm)");
    }
}
