//! CommonJS modules, as node loads them. The main script runs with
//! `module`, `exports`, `require`, `__filename` and `__dirname` in scope;
//! `require(path)` reads another file, compiles it as the body of a
//! function of those five parameters (`compiler::compile_module`), runs it
//! once and returns its `module.exports`, cached by absolute path in
//! `require.cache` (a cycle sees the exports filled so far, as in node).
//! A relative path is resolved against the file of the code that calls
//! `require`; `.js`, `.json` and `/index.js` are tried as node tries them.
//! Of node's own modules only `assert` (written in JavaScript:
//! src/modules/assert.js), `perf_hooks` and `process` exist.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::builtins::arg;
use crate::error::{ErrorKind, JsResult, Thrown};
use crate::heap::shape::DEFAULT_ATTRS;
use crate::property;
use crate::source::Source;
use crate::value::Value;
use crate::vm::Vm;

/// node's `assert`, loaded (like a file) the first time it is required.
const ASSERT_SOURCE: &str = include_str!("modules/assert.js");
const EVENTS_SOURCE: &str = include_str!("modules/events.js");
const UTIL_SOURCE: &str = include_str!("modules/util.js");
/// The global `structuredClone`, loaded the first time it is called.
const STRUCTURED_CLONE_SOURCE: &str = include_str!("modules/structured_clone.js");

/// Declares the main script's module bindings. `exports` is the script's
/// `this` and `module.exports` starts as that object, so a script that
/// ends with `module.exports = …` runs. In node they are the module
/// wrapper's parameters, not properties of the global object, so they are
/// not visible through `globalThis` here either.
pub fn install(vm: &mut Vm) {
    let exports = vm.realm.module_this;
    let module = crate::builtins::namespace(vm);
    let require = vm.native_function("require", 1, require);
    let cache = crate::builtins::namespace(vm);
    property::define_named(vm, require, "cache", DEFAULT_ATTRS, cache);
    property::define_named(vm, require, "main", DEFAULT_ATTRS, module);
    vm.realm.module_cache = cache;
    vm.realm.builtin_modules = crate::builtins::namespace(vm);
    let clone = vm.native_function("structuredClone", 1, structured_clone);
    crate::builtins::global(vm, "structuredClone", clone);
    // node's own modules hand out the built-ins, not whatever a script's
    // globals of those names hold later.
    vm.realm.node_modules = [require, global_value(vm, "process"), global_value(vm, "performance")];
    let mut names = vec![("module", module), ("exports", exports), ("require", require)];
    let id = vm.static_string(".");
    property::define_named(vm, module, "id", DEFAULT_ATTRS, id);
    if let Some(path) = vm.opts.script.clone() {
        let file = absolute(Path::new(&path));
        let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
        let file = pinned_string(vm, &file.display().to_string());
        let dir = pinned_string(vm, &dir.display().to_string());
        property::define_named(vm, module, "filename", DEFAULT_ATTRS, file);
        names.push(("__filename", file));
        names.push(("__dirname", dir));
    }
    property::define_named(vm, module, "exports", DEFAULT_ATTRS, exports);
    property::define_named(vm, module, "loaded", DEFAULT_ATTRS, Value::FALSE);
    // The wrapper's `arguments` (node -e code and the REPL have none).
    if names.len() == 5 {
        let items = names.iter().map(|&(_, v)| v).collect::<Vec<_>>();
        let items = vec![items[1], items[2], items[0], items[3], items[4]];
        let wrapper = vm.native_function("", 5, module_wrapper);
        let args = crate::closure::module_arguments(vm, items, wrapper);
        vm.pin_value(args);
        names.push(("arguments", args));
    }
    for (name, v) in names {
        crate::builtins::global(vm, name, v);
        if let Ok(g) = vm.globals.slot(&name.into()) {
            vm.globals.make_invisible(g);
        }
    }
}

/// What a script's `arguments.callee` is (node's module wrapper, which
/// stitch does not run again).
fn module_wrapper(_vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

fn pinned_string(vm: &mut Vm, s: &str) -> Value {
    let v = vm.string(s.to_string());
    vm.pin_value(v);
    v
}

fn vm_str(vm: &mut Vm, s: &str) -> Value {
    vm.string(s.to_string())
}

fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| std::env::current_dir().map(|d| d.join(p)).unwrap_or(p.to_path_buf()))
}

/// Where a relative `require` starts: the directory of the file whose code
/// calls it (the working directory for `-e` code and the REPL).
fn caller_dir(vm: &Vm) -> PathBuf {
    let file = crate::stack::caller_source(vm).map(|s| s.name.clone()).or_else(|| vm.opts.script.clone());
    match file {
        Some(f) if Path::new(&f).is_file() => {
            absolute(Path::new(&f)).parent().map(Path::to_path_buf).unwrap_or_default()
        }
        _ => std::env::current_dir().unwrap_or_default(),
    }
}

/// The file `spec` names, as node's resolution tries it (`x`, `x.js`,
/// `x.json`, `x/index.js`).
fn resolve(dir: &Path, spec: &str) -> Option<PathBuf> {
    let base = dir.join(spec);
    let with = |ext: &str| {
        let mut s = base.clone().into_os_string();
        s.push(ext);
        PathBuf::from(s)
    };
    [base.clone(), with(".js"), with(".json"), base.join("index.js")]
        .into_iter()
        .find(|p| p.is_file())
        .map(|p| absolute(&p))
}

fn module_error(vm: &mut Vm, message: &str, code: &str) -> Thrown {
    let e = vm.error_value(ErrorKind::Error, message);
    let mut s = vm.scope();
    let r = s.root(e);
    let code = vm_str(&mut s, code);
    let e = s.get(r);
    property::define_named(&mut s, e, "code", DEFAULT_ATTRS, code);
    s.throw_value(e)
}

fn require(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let spec = match arg(args, 0).as_js_str() {
        Some(s) => s.to_string_lossy().into_owned(),
        None => {
            let got = received(vm, arg(args, 0));
            let msg = format!("The \"id\" argument must be of type string. Received {got}");
            return Err(module_error(vm, &msg, "ERR_INVALID_ARG_TYPE"));
        }
    };
    if spec.is_empty() {
        let msg = "The argument 'id' must be a non-empty string. Received ''";
        return Err(module_error(vm, msg, "ERR_INVALID_ARG_VALUE"));
    }
    let name = spec.strip_prefix("node:").unwrap_or(&spec);
    let relative =
        spec.starts_with("./") || spec.starts_with("../") || spec.starts_with('/') || spec == "." || spec == "..";
    if !relative {
        return builtin_module(vm, name, &spec);
    }
    let Some(path) = resolve(&caller_dir(vm), &spec) else {
        let msg = format!("Cannot find module '{spec}'");
        return Err(module_error(vm, &msg, "MODULE_NOT_FOUND"));
    };
    let key = path.display().to_string();
    if let Some(cached) = cached_exports(vm, vm.realm.module_cache, &key)? {
        return Ok(cached);
    }
    let text = match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => return Err(module_error(vm, &format!("Cannot read module '{key}': {e}"), "MODULE_NOT_FOUND")),
    };
    if path.extension().is_some_and(|e| e == "json") {
        let t = vm_str(vm, &text);
        let v = crate::builtins::json_parse(vm, Value::UNDEFINED, &[t])?;
        let mut s = vm.scope();
        let r = s.root(v);
        let cache = s.realm.module_cache;
        let module = new_module(&mut s, cache, &key)?;
        let v = s.get(r);
        let k = property::key_of_str(&mut s, "exports");
        property::set(&mut s, module, k, v)?;
        return Ok(v);
    }
    run_module(vm, vm.realm.module_cache, &key, text)
}

/// `cache[key].exports`, if that module was loaded (or is loading).
fn cached_exports(vm: &mut Vm, cache: Value, key: &str) -> JsResult<Option<Value>> {
    let k = property::key_of_str(vm, key);
    let module = property::get(vm, cache, k)?;
    if module.as_object().is_none() {
        return Ok(None);
    }
    let e = property::key_of_str(vm, "exports");
    property::get(vm, module, e).map(Some)
}

/// A new `module` object for file `key`, entered in `cache`.
fn new_module(vm: &mut Vm, cache: Value, key: &str) -> JsResult<Value> {
    let mut s = vm.scope();
    let module = s.new_object();
    let rm = s.root(module);
    let exports = s.new_object();
    let re = s.root(exports);
    let id = vm_str(&mut s, key);
    let ri = s.root(id);
    let (module, exports, id) = (s.get(rm), s.get(re), s.get(ri));
    property::define_named(&mut s, module, "id", DEFAULT_ATTRS, id);
    property::define_named(&mut s, module, "filename", DEFAULT_ATTRS, id);
    property::define_named(&mut s, module, "exports", DEFAULT_ATTRS, exports);
    property::define_named(&mut s, module, "loaded", DEFAULT_ATTRS, Value::FALSE);
    let k = property::key_of_str(&mut s, key);
    property::set(&mut s, cache, k, module)?;
    Ok(module)
}

/// Compiles and runs a module's source once; returns its `module.exports`.
fn run_module(vm: &mut Vm, cache: Value, key: &str, text: String) -> JsResult<Value> {
    let source = Rc::new(Source::new(key.to_string(), text));
    let program = match crate::parser::parse(&source) {
        Ok(p) => p,
        Err(e) => return Err(compile_error(vm, e)),
    };
    let proto = match crate::compiler::compile_module(vm, &source, program) {
        Ok(p) => p,
        Err(e) => return Err(compile_error(vm, e)),
    };
    if vm.opts.print_bytecode {
        for p in vm.protos.iter().filter(|p| Rc::ptr_eq(&p.source, &source)) {
            eprint!("{}", crate::listing::listing(p));
        }
    }
    let f = vm.constant_function(proto);
    let mut s = vm.scope();
    let module = new_module(&mut s, cache, key)?;
    let rm = s.root(module);
    let exports_key = property::key_of_str(&mut s, "exports");
    let exports = property::get(&mut s, module, exports_key)?;
    let re = s.root(exports);
    let file = Path::new(key);
    let dir = file.parent().map(|d| d.display().to_string()).unwrap_or_default();
    let file_v = vm_str(&mut s, key);
    let rf = s.root(file_v);
    let dir_v = vm_str(&mut s, &dir);
    let require = s.realm.node_modules[0];
    let (module, exports, file_v) = (s.get(rm), s.get(re), s.get(rf));
    crate::calls::call_function(&mut s, f, exports, &[exports, require, module, file_v, dir_v])?;
    let module = s.get(rm);
    property::define_named(&mut s, module, "loaded", DEFAULT_ATTRS, Value::TRUE);
    property::get(&mut s, module, exports_key)
}

/// A module that does not parse or compile throws the SyntaxError into the
/// program that required it, with the place in its message.
fn compile_error(vm: &mut Vm, e: crate::error::JsError) -> Thrown {
    let place = match &e.at {
        Some((src, span)) => {
            let (line, col) = src.line_col(span.start as usize);
            format!(" ({}:{}:{})", src.name, line, col)
        }
        None => String::new(),
    };
    vm.throw_error(e.kind, &format!("{}{}", e.message, place))
}

/// node's own modules that stitch has.
fn builtin_module(vm: &mut Vm, name: &str, spec: &str) -> JsResult<Value> {
    match name {
        "process" => Ok(vm.realm.node_modules[1]),
        "perf_hooks" => {
            let performance = vm.realm.node_modules[2];
            let mut s = vm.scope();
            let r = s.root(performance);
            let o = s.new_object();
            let p = s.get(r);
            property::define_named(&mut s, o, "performance", DEFAULT_ATTRS, p);
            Ok(o)
        }
        "assert" => builtin_js(vm, "node:assert", ASSERT_SOURCE),
        "events" => builtin_js(vm, "node:events", EVENTS_SOURCE),
        "util" => util_module(vm),
        _ => {
            let msg = format!(
                "stitch does not support node's '{spec}' module (it can require files, 'assert', 'events' and 'util')"
            );
            Err(module_error(vm, &msg, "MODULE_NOT_FOUND"))
        }
    }
}

/// How node's argument checks describe a value of the wrong type.
fn received(vm: &mut Vm, v: Value) -> String {
    if let Some(c) = v.as_callable() {
        return format!("function {}", property::function_name(vm, c));
    }
    match crate::ops::type_of(v) {
        "undefined" => "undefined".into(),
        "object" if v.as_object().is_none() => "null".into(),
        "object" => {
            let key = property::key_of_str(vm, "constructor");
            let ctor = property::get(vm, v, key).unwrap_or(Value::UNDEFINED);
            match ctor.as_callable().map(|c| property::function_name(vm, c)) {
                Some(n) if !n.is_empty() => format!("an instance of {n}"),
                _ => "an instance of Object".into(),
            }
        }
        t => {
            let shown = crate::ops::to_js_string(vm, v)
                .ok()
                .and_then(|s| s.as_js_str().map(|s| s.to_string_lossy().into_owned()));
            format!("type {t} ({})", shown.unwrap_or_default())
        }
    }
}

/// A module of stitch's own written in JavaScript, compiled and run the
/// first time it is needed; kept apart from `require.cache`, as node's own
/// modules are.
fn builtin_js(vm: &mut Vm, key: &str, source: &str) -> JsResult<Value> {
    let cache = vm.realm.builtin_modules;
    if let Some(cached) = cached_exports(vm, cache, key)? {
        return Ok(cached);
    }
    run_module(vm, cache, key, source.to_string())
}

/// node's `util`, the printing part: `inspect(value, options)` (the
/// options console.dir and assert use: depth, compact, breakLength,
/// sorted, showHidden, maxArrayLength, maxStringLength; or node's old
/// `(value, showHidden, depth)`) and `format(...)` (console.log's line).
/// Made once, cached as node's own modules are.
fn util_module(vm: &mut Vm) -> JsResult<Value> {
    let cache = vm.realm.builtin_modules;
    if let Some(cached) = cached_exports(vm, cache, "node:util")? {
        return Ok(cached);
    }
    let mut s = vm.scope();
    let module = new_module(&mut s, cache, "node:util")?;
    s.root(module);
    let key = property::key_of_str(&mut s, "exports");
    let exports = property::get(&mut s, module, key)?;
    s.root(exports);
    for (name, length, f) in [("inspect", 2, util_inspect as crate::vm::NativeFn), ("format", 0, util_format)] {
        let fv = s.native_function(name, length, f);
        property::define_named(&mut s, exports, name, DEFAULT_ATTRS, fv);
    }
    // The rest is JavaScript (src/modules/util.js), which requires this
    // module (cached already) and adds to its exports.
    builtin_js(&mut s, "node:util-js", UTIL_SOURCE)?;
    Ok(exports)
}

/// A count option: a number (Infinity: no limit), null (no limit).
fn limit_option(vm: &mut Vm, options: Value, name: &str) -> JsResult<Option<Option<usize>>> {
    let key = property::key_of_str(vm, name);
    let v = property::get(vm, options, key)?;
    Ok(match v.as_number() {
        _ if v == Value::NULL => Some(None),
        Some(d) if d.is_infinite() && d > 0.0 => Some(None),
        Some(d) => Some(Some(d.max(0.0) as usize)),
        None => None,
    })
}

fn util_inspect(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = crate::builtins::arg(args, 0);
    let options = crate::builtins::arg(args, 1);
    let mut opts = crate::inspect::Options::default();
    let mut s = vm.scope();
    s.root(v);
    s.root(options);
    if options.as_object().is_some() {
        if let Some(d) = limit_option(&mut s, options, "depth")? {
            opts.depth = d;
        }
        if let Some(n) = limit_option(&mut s, options, "maxArrayLength")? {
            opts.max_array_length = n.unwrap_or(usize::MAX);
        }
        if let Some(n) = limit_option(&mut s, options, "maxStringLength")? {
            opts.max_string_length = n.unwrap_or(usize::MAX);
        }
        if let Some(n) = limit_option(&mut s, options, "breakLength")? {
            opts.break_length = n.unwrap_or(i32::MAX as usize).min(i32::MAX as usize);
        }
        let key = property::key_of_str(&mut s, "compact");
        let compact = property::get(&mut s, options, key)?;
        if compact == Value::FALSE {
            opts.compact = 0;
        } else if let Some(n) = compact.as_number() {
            opts.compact = n.max(0.0) as usize;
        }
        let key = property::key_of_str(&mut s, "sorted");
        opts.sorted = property::get(&mut s, options, key)?.truthy();
        let key = property::key_of_str(&mut s, "showHidden");
        opts.show_hidden = property::get(&mut s, options, key)?.truthy();
    } else if options != Value::UNDEFINED {
        // The old form: `inspect(value, showHidden, depth)`.
        opts.show_hidden = options.truthy();
        let depth = crate::builtins::arg(args, 2);
        if depth == Value::NULL {
            opts.depth = None;
        } else if let Some(d) = depth.as_number() {
            opts.depth = if d.is_infinite() && d > 0.0 { None } else { Some(d.max(0.0) as usize) };
        }
    }
    let text = crate::show::inspect_with(&mut s, v, &opts)?;
    Ok(vm_str(&mut s, &text))
}

fn util_format(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let text = crate::show::console_line(vm, args)?;
    Ok(vm_str(vm, &text))
}

fn structured_clone(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let f = builtin_js(vm, "node:structuredClone", STRUCTURED_CLONE_SOURCE)?;
    crate::calls::call_function(vm, f, Value::UNDEFINED, args)
}

fn global_value(vm: &Vm, name: &str) -> Value {
    vm.globals.lookup(name).map_or(Value::UNDEFINED, |g| vm.globals.get(g))
}
