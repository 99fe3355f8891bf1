//! `process`: the part of node's process object that scripts reach for
//! when they are not modules: `argv`, `env`, `exit` and `exitCode`,
//! `stdout.write`/`stderr.write` (output without a line break),
//! `hrtime`, `nextTick`, `on`/`once`/`off` (the `'exit'` event), `memoryUsage`, `uptime`, `cwd`, and the constant
//! facts (`platform`, `arch`, `pid`, `version`). Nothing here loads a
//! module: `require` stays refused by the compiler with its own message.

use std::io::{IsTerminal, Write};
use std::time::Instant;

use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::DEFAULT_ATTRS;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use super::arg;

/// When the process started, for `uptime` and `hrtime`'s origin.
static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn start() -> Instant {
    *START.get_or_init(Instant::now)
}

/// node's ERR_INVALID_ARG_TYPE: a TypeError whose `code` says so.
fn invalid_arg(vm: &mut Vm, name: &str, expected: &str, got: Value) -> crate::error::Thrown {
    invalid_arg_in(vm, super::error::NodeErrorStyle::Hidden, name, expected, got)
}

/// `invalid_arg` made in `style` (a stream's `write` makes it directly,
/// not through a validator).
fn invalid_arg_in(
    vm: &mut Vm,
    style: super::error::NodeErrorStyle,
    name: &str,
    expected: &str,
    got: Value,
) -> crate::error::Thrown {
    let received = received(vm, got);
    let msg = format!("The \"{name}\" argument must be {expected}. Received {received}");
    let err = super::error::node_error(vm, style, ErrorKind::TypeError, "ERR_INVALID_ARG_TYPE", &msg);
    vm.throw_value(err)
}

/// How node's argument errors name what they got.
pub(crate) fn received(vm: &mut Vm, v: Value) -> String {
    if v == Value::UNDEFINED {
        return "undefined".into();
    }
    if v == Value::NULL {
        return "null".into();
    }
    if let Some(f) = v.as_callable() {
        return format!("function {}", property::function_name(vm, f));
    }
    if let Some(o) = v.as_object() {
        return format!("an instance of {}", super::object::constructor_name(vm, o));
    }
    format!("type {} ({})", crate::ops::type_of(v), crate::show::inspect(vm, v))
}

/// What a stream's `write` was given, as text: node's streams take strings
/// (and byte buffers, which stitch does not have).
fn chunk_text(vm: &mut Vm, args: &[Value]) -> JsResult<String> {
    let chunk = arg(args, 0);
    if !chunk.is_string() {
        let expected = "of type string or an instance of Buffer, TypedArray, or DataView";
        return Err(invalid_arg_in(vm, super::error::NodeErrorStyle::Class, "chunk", expected, chunk));
    }
    Ok(crate::format::to_string(chunk))
}

/// `process.stdout.write(chunk)`: the text as it is, no line break.
fn stdout_write(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let text = chunk_text(vm, args)?;
    // A closed stdout (e.g. piped into `head`) is not the program's error.
    let _ = vm.out.write_all(text.as_bytes());
    vm.event.wrote = true;
    Ok(Value::TRUE)
}

/// `process.stderr.write(chunk)`: stdout is flushed first so that the two
/// streams interleave as node's (synchronous on pipes and files) do.
fn stderr_write(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let text = chunk_text(vm, args)?;
    let _ = vm.out.flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
    vm.event.wrote = true;
    Ok(Value::TRUE)
}

/// The exit status `exit()` without an argument, and the end of the
/// script, use: `process.exitCode` when it is set.
pub fn exit_code(vm: &mut Vm) -> Option<i32> {
    let process = vm.realm.process;
    let key = property::key_of_str(vm, "exitCode");
    let v = property::get(vm, process, key).ok()?;
    code_of(vm, v)
}

fn code_of(vm: &mut Vm, v: Value) -> Option<i32> {
    if v == Value::UNDEFINED || v == Value::NULL {
        return None;
    }
    let n = crate::ops::to_number(vm, v).ok()?;
    (n.is_finite()).then_some(n as i64 as i32)
}

/// `process.exit(code)`: `process.exitCode` becomes `code`, the `'exit'`
/// listeners run, what was written so far is flushed and the process ends
/// at once, as node's does (no event loop, no `finally`). Inside an
/// `'exit'` listener it ends the process without running the others.
fn exit(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let given = code_of(vm, arg(args, 0));
    if let Some(c) = given {
        set_exit_code(vm, c);
    }
    let mut code = given.or_else(|| exit_code(vm)).unwrap_or(0);
    if !vm.event.exiting {
        code = match emit_exit(vm, code) {
            Ok(c) => c,
            Err(err) => {
                let _ = vm.out.flush();
                eprint!("{}", err.render(std::io::stderr().is_terminal()));
                1
            }
        };
    }
    let _ = vm.out.flush();
    let _ = std::io::stderr().flush();
    std::process::exit(code & 0xff);
}

/// `process.exitCode = code`.
pub fn set_exit_code(vm: &mut Vm, code: i32) {
    let process = vm.realm.process;
    let v = Value::smi(code);
    let key = property::key_of_str(vm, "exitCode");
    let _ = property::set(vm, process, key, v);
}

/// Emits node's `'exit'` event once, as the process ends with `code`
/// (the script's end, `process.exit`, or an uncaught error, which sets
/// `process.exitCode` to 1 first): each listener is called with the code
/// and `this` the process object, and may change `process.exitCode`,
/// which is then the status. A listener that throws ends the process as
/// an uncaught error does.
pub fn emit_exit(vm: &mut Vm, code: i32) -> Result<i32, crate::error::JsError> {
    if vm.event.exiting {
        return Ok(code);
    }
    vm.event.exiting = true;
    if crate::promise::emit_event(vm, "exit", &[Value::smi(code)]).is_err() {
        return Err(crate::uncaught::report(vm));
    }
    Ok(exit_code(vm).unwrap_or(code))
}

/// node's ERR_INVALID_ARG_TYPE for a listener that is not a function.
fn listener_arg(vm: &mut Vm, args: &[Value]) -> JsResult<(Value, Value)> {
    let (event, f) = (arg(args, 0), arg(args, 1));
    if f.as_callable().is_none() {
        return Err(invalid_arg(vm, "listener", "of type function", f));
    }
    Ok((event, f))
}

/// `process.on(event, f)` (and `addListener`): stitch emits `'exit'`,
/// `'uncaughtException'` and `'unhandledRejection'`; listeners of other
/// events are kept and never called.
fn on(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (event, f) = listener_arg(vm, args)?;
    vm.event.listeners.push((event, f, false));
    Ok(this)
}

/// `process.once(event, f)`.
fn once(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (event, f) = listener_arg(vm, args)?;
    vm.event.listeners.push((event, f, true));
    Ok(this)
}

/// `process.off(event, f)` (and `removeListener`): the last matching
/// registration goes, as node's EventEmitter removes it.
fn off(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (event, f) = listener_arg(vm, args)?;
    if let Some(i) = vm.event.listeners.iter().rposition(|l| crate::promise::same_event(l.0, event) && l.1 == f) {
        vm.event.listeners.remove(i);
    }
    Ok(this)
}

/// `process.emit(event, ...args)`: calls `event`'s listeners in order,
/// `this` the process object; whether it had any.
fn emit(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let rest = args.get(1..).unwrap_or(&[]);
    crate::promise::emit_to(vm, arg(args, 0), this, rest).map(Value::bool)
}

/// `process.prependListener(event, f)`.
fn prepend(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let (event, f) = listener_arg(vm, args)?;
    vm.event.listeners.insert(0, (event, f, false));
    Ok(this)
}

/// `process.removeAllListeners([event])`.
fn remove_all(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    let event = arg(args, 0);
    if args.is_empty() {
        vm.event.listeners.clear();
    } else {
        vm.event.listeners.retain(|l| !crate::promise::same_event(l.0, event));
    }
    Ok(this)
}

/// `process.listeners(event)`: a new array of them.
fn listeners(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let event = arg(args, 0);
    let fs: Vec<Value> =
        vm.event.listeners.iter().filter(|l| crate::promise::same_event(l.0, event)).map(|l| l.1).collect();
    Ok(vm.new_array(fs))
}

/// `process.listenerCount(event)`.
fn listener_count(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let event = arg(args, 0);
    let n = vm.event.listeners.iter().filter(|l| crate::promise::same_event(l.0, event)).count();
    Ok(Value::smi(n as i32))
}

/// `process.hrtime([previous])`: `[seconds, nanoseconds]` of a monotonic
/// clock, or the time since `previous`.
fn hrtime(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let now = start().elapsed().as_nanos() as i128;
    let prev = arg(args, 0);
    let mut t = now;
    if prev != Value::UNDEFINED {
        let Some(a) = prev.as_array() else {
            return Err(invalid_arg(vm, "time", "an instance of Array", prev));
        };
        let s = a.get_index(&mut vm.heap, 0).unwrap_or(Value::UNDEFINED);
        let ns = a.get_index(&mut vm.heap, 1).unwrap_or(Value::UNDEFINED);
        let s = crate::ops::to_number(vm, s)?;
        let ns = crate::ops::to_number(vm, ns)?;
        t -= (s * 1e9 + ns) as i128;
    }
    let secs = vm.number((t / 1_000_000_000) as f64);
    let nanos = vm.number((t % 1_000_000_000) as f64);
    Ok(vm.new_array(vec![secs, nanos]))
}

/// `process.nextTick(f, ...args)`: runs once the current script or job
/// is done, before the promise jobs (`promise::drain_jobs`).
fn next_tick(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if f.as_callable().is_none() {
        return Err(invalid_arg(vm, "callback", "of type function", f));
    }
    let rest = args.get(1..).unwrap_or(&[]).to_vec();
    vm.event.ticks.push_back((f, rest));
    // node's TickObject takes an async id, as a timer does.
    vm.event.next_id += 1;
    Ok(Value::UNDEFINED)
}

/// `process.memoryUsage()`: the collector's view (the heap's bytes), and
/// the resident set from /proc where Linux has it.
fn memory_usage(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let rss = resident_bytes().unwrap_or(0) as f64;
    let heap = vm.heap.heap_bytes() as f64;
    let o = vm.new_object();
    let mut s = vm.scope();
    s.root(o);
    for (name, n) in [("rss", rss), ("heapTotal", heap), ("heapUsed", heap), ("external", 0.0), ("arrayBuffers", 0.0)] {
        let v = s.number(n);
        property::define_named(&mut s, o, name, DEFAULT_ATTRS, v);
    }
    Ok(o)
}

fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn uptime(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(vm.number(start().elapsed().as_secs_f64()))
}

fn cwd(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let dir = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
    Ok(vm.string(dir))
}

/// A data property as node's objects have them, `v` rooted meanwhile.
fn put(vm: &mut Vm, o: Value, name: &str, v: Value) {
    let mut s = vm.scope();
    s.root(v);
    property::define_named(&mut s, o, name, DEFAULT_ATTRS, v);
}

/// A stream object with one method, `write`.
fn stream(vm: &mut Vm, write: crate::vm::NativeFn, fd: f64) -> Value {
    let o = super::namespace(vm);
    super::method(vm, o, "write", 1, write);
    let fd = vm.number(fd);
    put(vm, o, "fd", fd);
    o
}

fn current_exe() -> String {
    std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "stitch".into())
}

/// `process.argv`, `env` and `execPath` are made on first use: what a
/// program allocates at start-up then does not depend on the machine's
/// environment or paths (the tutorial quotes those counts). The accessor
/// replaces itself with the data property node has.
fn lazy(vm: &mut Vm, process: Value, name: &str, get: crate::vm::NativeFn, set: crate::vm::NativeFn) {
    let Some(o) = process.as_object() else { return };
    let a = vm.atoms.intern(name);
    for (half, f) in [(false, get), (true, set)] {
        let f = vm.native_function(if half { "set" } else { "get" }, u8::from(half), f);
        property::define_accessor(vm, o, a, half, f, crate::heap::shape::ENUMERABLE | crate::heap::shape::CONFIGURABLE);
    }
}

fn materialize(vm: &mut Vm, name: &str, v: Value) -> JsResult<Value> {
    if let Some(o) = vm.realm.process.as_object() {
        let a = vm.atoms.intern(name);
        let mut s = vm.scope();
        s.root(v);
        o.redefine(&mut s.shapes, a, DEFAULT_ATTRS, v);
    }
    Ok(v)
}

fn argv_get(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let v = argv(vm);
    materialize(vm, "argv", v)
}

fn argv_set(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    materialize(vm, "argv", arg(args, 0)).map(|_| Value::UNDEFINED)
}

fn exec_path_get(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let v = vm.string(current_exe());
    materialize(vm, "execPath", v)
}

fn exec_path_set(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    materialize(vm, "execPath", arg(args, 0)).map(|_| Value::UNDEFINED)
}

fn env_get(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let env = vm.new_object();
    let mut s = vm.scope();
    s.root(env);
    for (k, v) in std::env::vars() {
        let v = s.string(v);
        put(&mut s, env, &k, v);
    }
    drop(s);
    materialize(vm, "env", env)
}

fn env_set(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    materialize(vm, "env", arg(args, 0)).map(|_| Value::UNDEFINED)
}

/// `process.argv`: the engine, then the script's absolute path (none for
/// `-e` and the REPL, as node), then the script's own arguments.
fn argv(vm: &mut Vm) -> Value {
    let mut words = vec![current_exe()];
    if let Some(script) = &vm.opts.script {
        let path = std::path::Path::new(script);
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        words.push(abs.display().to_string());
    }
    words.extend(vm.opts.script_args.iter().cloned());
    // Each string stays rooted while the next is allocated.
    let mut s = vm.scope();
    let mut items = Vec::with_capacity(words.len());
    for w in words {
        let v = s.string(w);
        s.root(v);
        items.push(v);
    }
    s.new_array(items)
}

pub fn install(vm: &mut Vm) {
    start();
    let process = super::namespace(vm);
    vm.realm.process = process;
    lazy(vm, process, "argv", argv_get, argv_set);
    lazy(vm, process, "env", env_get, env_set);
    lazy(vm, process, "execPath", exec_path_get, exec_path_set);
    for (name, text) in [
        ("platform", std::env::consts::OS),
        ("arch", if cfg!(target_arch = "x86_64") { "x64" } else { std::env::consts::ARCH }),
        ("version", concat!("v", env!("CARGO_PKG_VERSION"))),
        ("title", "stitch"),
    ] {
        let v = vm.static_string(text);
        put(vm, process, name, v);
    }
    let versions = super::namespace(vm);
    let own = vm.static_string(env!("CARGO_PKG_VERSION"));
    put(vm, versions, "stitch", own);
    put(vm, process, "versions", versions);
    let pid = vm.number(std::process::id() as f64);
    put(vm, process, "pid", pid);
    property::define_named(vm, process, "exitCode", DEFAULT_ATTRS, Value::UNDEFINED);
    let out = stream(vm, stdout_write, 1.0);
    put(vm, process, "stdout", out);
    let err = stream(vm, stderr_write, 2.0);
    put(vm, process, "stderr", err);
    super::method(vm, process, "exit", 1, exit);
    super::method(vm, process, "on", 2, on);
    super::method(vm, process, "addListener", 2, on);
    super::method(vm, process, "once", 2, once);
    super::method(vm, process, "off", 2, off);
    super::method(vm, process, "removeListener", 2, off);
    super::method(vm, process, "listenerCount", 1, listener_count);
    super::method(vm, process, "emit", 1, emit);
    super::method(vm, process, "prependListener", 2, prepend);
    super::method(vm, process, "removeAllListeners", 1, remove_all);
    super::method(vm, process, "listeners", 1, listeners);
    super::method(vm, process, "hrtime", 1, hrtime);
    super::method(vm, process, "nextTick", 1, next_tick);
    super::method(vm, process, "memoryUsage", 0, memory_usage);
    super::method(vm, process, "uptime", 0, uptime);
    super::method(vm, process, "cwd", 0, cwd);
    let tag = vm.static_string("process");
    super::symbol::to_string_tag(vm, process, tag);
    super::global(vm, "process", process);
}
