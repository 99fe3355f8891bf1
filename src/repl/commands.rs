//! Meta-commands: lines that start with `:` look inside the VM and the JIT
//! (`:bytecode`, `:asm`, `:stencils`, `:stats`, `:trace`, `:perf-map`), change its
//! settings (`:set`), or manage the session (`:time`, `:load`, `:reset`,
//! `:quit`).

use std::fmt::Write as _;
use std::rc::Rc;
use std::time::Instant;

use super::editor::SET_OPTIONS;
use super::Session;
use crate::bytecode::FuncProto;
use crate::jit::{CallSiteState, CompiledCode};
use crate::source::Source;
use crate::vm::{JitMode, Vm};

pub struct Command {
    pub name: &'static str,
    /// Argument synopsis (also the editor's hint).
    pub args: &'static str,
    pub help: &'static str,
}

pub const COMMANDS: &[Command] = &[
    Command { name: "help", args: "", help: "this list" },
    Command { name: "bytecode", args: "NAME", help: "a function's bytecode (without NAME: the last entry's)" },
    Command {
        name: "asm",
        args: "NAME",
        help: "a function's machine code, by stencil, with its call sites (without NAME: what is compiled)",
    },
    Command { name: "stencils", args: "[NAME]", help: "the stencil library: sizes and holes; one stencil's code" },
    Command { name: "stats", args: "", help: "what the JIT, the interpreter and the GC have done" },
    Command {
        name: "describe",
        args: "EXPR",
        help: "an object's hidden class: shape, transitions, slots, elements kind",
    },
    Command { name: "ic", args: "NAME", help: "a function's property sites: cache state, hits, shapes seen" },
    Command { name: "trace", args: "on|off", help: "print each compile, call-site patch and OSR entry" },
    Command {
        name: "perf-map",
        args: "on|off",
        help: "name compiled code for Linux perf in /tmp/perf-<pid>.map (like --perf-map)",
    },
    Command { name: "set", args: "OPTION VALUE", help: "change a setting (without arguments: show them)" },
    Command { name: "time", args: "EXPR", help: "run EXPR; print its wall time and which tier ran it" },
    Command { name: "load", args: "FILE", help: "run a file in this session" },
    Command { name: "reset", args: "", help: "forget all definitions and compiled code (settings stay)" },
    Command { name: "quit", args: "", help: "leave (so does Ctrl-D)" },
];

/// What the REPL does after a command.
#[derive(Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// Runs one meta-command line (it starts with `:`).
pub fn run(s: &mut Session, line: &str) -> Flow {
    let line = line.trim();
    let (name, arg) = match line[1..].split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (&line[1..], ""),
    };
    match name {
        "help" | "h" | "?" => print!("{}", help()),
        "bytecode" => bytecode(s, arg),
        "asm" => asm(s, arg),
        "stencils" => stencils(arg),
        "stats" => print!("{}", crate::stats::report(&s.vm)),
        "describe" => describe(s, arg),
        "ic" => ic(s, arg),
        "trace" => trace(s, arg),
        "set" => set(s, arg),
        "time" => time(s, arg),
        "load" => load(s, arg),
        "reset" => {
            s.reset();
            println!("Session reset: definitions, compiled code and statistics are gone; settings are kept.");
        }
        "perf-map" => perf_map(s, arg),
        "quit" | "exit" | "q" => return Flow::Quit,
        _ => eprintln!("Unknown command :{} (:help lists them)", name),
    }
    Flow::Continue
}

fn help() -> String {
    let mut out = String::from("Meta-commands:\n");
    for c in COMMANDS {
        let head = if c.args.is_empty() { format!(":{}", c.name) } else { format!(":{} {}", c.name, c.args) };
        let _ = writeln!(out, "  {:<20} {}", head, c.help);
    }
    out.push_str(":set options:\n");
    for (opt, vals) in SET_OPTIONS {
        let vals = if vals.is_empty() { "N".to_string() } else { vals.join("|") };
        let _ = writeln!(out, "  {:<20} {}", opt, vals);
    }
    out.push_str(
        "Keys: Enter runs the entry, or continues it on a `... ` line while it is unfinished;\n\
         Tab completes; Up/Down recall history; Ctrl-C clears the line, or stops running code\n\
         at its next loop back edge; Ctrl-D leaves.\n",
    );
    out
}

/// The function `name` names, or a message saying why there is none.
fn function(s: &Session, name: &str) -> Option<Rc<FuncProto>> {
    if name.is_empty() {
        eprintln!("Which function? (e.g. :asm fib)");
        return None;
    }
    let found = s.vm.function_named(name);
    if found.is_none() {
        eprintln!("No function named {}", name);
    }
    found
}

fn bytecode(s: &Session, name: &str) {
    if !name.is_empty() {
        if let Some(p) = function(s, name) {
            print!("{}", crate::listing::listing(&p));
        }
        return;
    }
    let Some(last) = &s.last_source else {
        eprintln!("Nothing has run yet (:bytecode NAME shows a function)");
        return;
    };
    for p in s.vm.protos.iter().filter(|p| Rc::ptr_eq(&p.source, last)) {
        print!("{}", crate::listing::listing(p));
    }
}

/// A patched call site's callee, by name.
fn callee_name(vm: &Vm, guard: u64) -> Option<String> {
    vm.function_with_bits(guard).map(|p| if p.name.is_empty() { "(anonymous)".to_string() } else { p.name.to_string() })
}

fn display_name(p: &FuncProto) -> String {
    if p.is_script {
        format!("top-level code of {}", p.source.name)
    } else {
        p.name.to_string()
    }
}

fn sites_summary(vm: &Vm, code: &CompiledCode) -> String {
    if code.sites.is_empty() {
        return "no call sites".to_string();
    }
    let states: Vec<String> = code
        .sites
        .iter()
        .map(|site| match site.state() {
            CallSiteState::Stub => "stub".to_string(),
            CallSiteState::Generic => "generic".to_string(),
            CallSiteState::Patched { guard, .. } => {
                format!("patched -> {}", callee_name(vm, guard).unwrap_or_else(|| "?".into()))
            }
        })
        .collect();
    format!("call sites: {}", states.join(", "))
}

fn asm(s: &Session, name: &str) {
    if name.is_empty() {
        if s.vm.jit.compiled.is_empty() {
            println!("Nothing is compiled yet.");
        }
        for p in &s.vm.jit.compiled {
            if let Some(code) = crate::jit::code_of(p) {
                println!(
                    "{:<28} {:>6} bytes  {}",
                    display_name(p),
                    code.stats().code_bytes,
                    sites_summary(&s.vm, code)
                );
            }
        }
        return;
    }
    let Some(p) = function(s, name) else { return };
    let code = crate::jit::code_of(&p);
    match code {
        Some(code) => print!("{}", code.disassemble_with(&p, &|g| callee_name(&s.vm, g))),
        None if p.info.is_async => println!("{} is never compiled: {}.", p.name, crate::jit::ASYNC_REFUSAL),
        None if p.info.generator => {
            println!("{} is never compiled: {}.", p.name, crate::jit::GENERATOR_REFUSAL)
        }
        None if p.jit_failed.get() => println!("The JIT could not compile {} (:trace on says why).", p.name),
        None if s.vm.opts.jit == JitMode::Off => {
            println!("{} is not compiled, and the JIT is off (:set jit on).", p.name)
        }
        None => println!(
            "{} is not compiled yet: {} calls so far; it compiles at {} (:set threshold N, or :set jit eager).",
            p.name,
            p.calls.get(),
            s.vm.opts.jit_threshold
        ),
    }
}

fn stencils(name: &str) {
    let all = crate::jit::stencils::ALL;
    if !name.is_empty() {
        match crate::jit::stencils::by_name(name) {
            Some(st) => print!("{}", crate::jit::stencil_listing(st)),
            None => {
                let names: Vec<&str> = all.iter().map(|s| s.name).collect();
                eprintln!("No stencil named {}. Stencils: {}", name, names.join(" "));
            }
        }
        return;
    }
    println!("{:<22} {:>4} {:>5} {:>6}  serves", "stencil", "hot", "cold", "holes");
    let (mut hot, mut cold) = (0, 0);
    for st in all {
        hot += st.hot.len();
        cold += st.cold.len();
        let ops = if st.ops.is_empty() { "-".to_string() } else { st.ops.join(" ") };
        println!("{:<22} {:>4} {:>5} {:>6}  {}", st.name, st.hot.len(), st.cold.len(), st.holes.len(), ops);
    }
    println!("{} stencils, {} hot + {} cold bytes. :stencils NAME shows one, with its holes.", all.len(), hot, cold);
}

fn on_off(arg: &str) -> Option<bool> {
    match arg {
        "on" | "true" | "1" => Some(true),
        "off" | "false" | "0" => Some(false),
        _ => None,
    }
}

fn trace(s: &mut Session, arg: &str) {
    match on_off(arg) {
        Some(b) => s.vm.opts.trace_jit = b,
        None if arg.is_empty() => {}
        None => {
            eprintln!("Usage: :trace on|off");
            return;
        }
    }
    println!("JIT trace is {}.", if s.vm.opts.trace_jit { "on" } else { "off" });
}

fn perf_map(s: &mut Session, arg: &str) {
    match on_off(arg) {
        Some(on) => {
            if let Err(e) = crate::jit::set_perf_map(&mut s.vm, on) {
                eprintln!("{}", e);
                return;
            }
        }
        None if arg.is_empty() => {}
        None => {
            eprintln!("Usage: :perf-map on|off");
            return;
        }
    }
    if s.vm.opts.perf_map {
        println!("perf map is on: {}", crate::jit::perf_map::path());
    } else {
        println!("perf map is off.");
    }
}

fn settings(s: &Session) -> String {
    let o = &s.vm.opts;
    let b = |v: bool| if v { "on" } else { "off" };
    let jit = match o.jit {
        JitMode::Off => "off",
        JitMode::On => "on",
        JitMode::Eager => "eager",
    };
    format!(
        "jit {}, threshold {}, smi-fast-paths {}, call-patching {}, fall-through {}, osr {}, inline-caches {}, print-bytecode {}, trace {}\n",
        jit,
        o.jit_threshold,
        b(o.smi_fast_paths),
        b(o.call_patching),
        b(o.fall_through),
        b(o.osr),
        b(o.inline_caches),
        b(o.print_bytecode),
        b(o.trace_jit)
    )
}

fn set(s: &mut Session, arg: &str) {
    let mut parts = arg.split_whitespace();
    let (Some(opt), Some(val), None) = (parts.next(), parts.next(), parts.next()) else {
        if !arg.is_empty() {
            eprintln!("Usage: :set OPTION VALUE (:help lists the options)");
        }
        print!("{}", settings(s));
        return;
    };
    let o = &mut s.vm.opts;
    let flag = |v: &str| on_off(v).ok_or_else(|| format!("{} is on or off", opt));
    let result: Result<(), String> = match opt {
        "jit" => match val {
            "off" => {
                o.jit = JitMode::Off;
                Ok(())
            }
            "on" | "eager" => match crate::jit::init() {
                Ok(()) => {
                    o.jit = if val == "on" { JitMode::On } else { JitMode::Eager };
                    Ok(())
                }
                Err(e) => Err(format!("the JIT is unavailable here: {}", e)),
            },
            _ => Err("jit is off, on or eager".to_string()),
        },
        "threshold" => match val.parse::<u32>() {
            Ok(n) if n >= 1 => {
                o.jit_threshold = n;
                Ok(())
            }
            _ => Err("threshold is a number of calls or loop iterations, at least 1".to_string()),
        },
        "smi-fast-paths" => flag(val).map(|b| o.smi_fast_paths = b),
        "call-patching" => flag(val).map(|b| o.call_patching = b),
        "fall-through" => flag(val).map(|b| o.fall_through = b),
        "osr" => flag(val).map(|b| o.osr = b),
        "inline-caches" => flag(val).map(|b| o.inline_caches = b),
        "double-fast-paths" => flag(val).map(|b| o.double_fast_paths = b),
        "inline-math" => flag(val).map(|b| o.inline_math = b),
        "inline-alloc" => flag(val).map(|b| o.inline_alloc = b),
        "reuse-doubles" => flag(val).map(|b| o.reuse_doubles = b),
        "const-operands" => flag(val).map(|b| o.const_operands = b),
        "print-bytecode" => flag(val).map(|b| o.print_bytecode = b),
        "trace" => flag(val).map(|b| o.trace_jit = b),
        _ => Err(format!("Unknown option {} (:help lists them)", opt)),
    };
    if let Err(e) = result {
        eprintln!("{}", e);
        return;
    }
    print!("{}", settings(s));
    let compiled = s.vm.jit.compiled.len();
    if compiled > 0 && matches!(opt, "smi-fast-paths" | "fall-through" | "call-patching" | "double-fast-paths") {
        println!(
            "({} compiled function{} keep{} the code {} had; :reset starts afresh.)",
            compiled,
            if compiled == 1 { "" } else { "s" },
            if compiled == 1 { "s" } else { "" },
            if compiled == 1 { "it" } else { "they" }
        );
    }
}

/// The counters that tell which tier ran.
struct Counters {
    entries: u64,
    osr: u64,
    compiled: usize,
}

impl Counters {
    fn of(s: &Session) -> Counters {
        Counters { entries: s.vm.jit.stats.entries, osr: s.vm.jit.stats.osr_entries, compiled: s.vm.jit.compiled.len() }
    }
}

fn n_entries(n: u64, what: &str) -> String {
    format!("{} {}{}", n, what, if n == 1 { "entry" } else { "entries" })
}

fn describe(s: &mut Session, expr: &str) {
    if expr.is_empty() {
        eprintln!("Usage: :describe EXPR");
        return;
    }
    let source = Source::new(s.next_name(), expr);
    match s.evaluate(source) {
        Ok(v) => {
            print!("{}", crate::describe::describe(&s.vm, v));
            s.run_jobs();
        }
        Err(e) => s.report(Err(e)),
    }
}

fn ic(s: &mut Session, name: &str) {
    if name.is_empty() {
        eprintln!("Usage: :ic NAME");
        return;
    }
    match s.vm.function_named(name) {
        Some(p) => {
            print!("{}", crate::describe::ic_report(&p));
            // What compiled code patched from that feedback.
            if let Some(code) = crate::jit::code_of(&p).filter(|c| !c.prop_sites_report().is_empty()) {
                print!("compiled property sites:\n{}", code.prop_sites_report());
            }
        }
        None => eprintln!("No function named {}", name),
    }
}

fn time(s: &mut Session, expr: &str) {
    if expr.is_empty() {
        eprintln!("Usage: :time EXPR");
        return;
    }
    let before = Counters::of(s);
    let source = Source::new(s.next_name(), expr);
    let start = Instant::now();
    let result = s.evaluate(source);
    let elapsed = start.elapsed();
    s.report(result);
    let after = Counters::of(s);
    let entries = after.entries - before.entries;
    let osr = after.osr - before.osr;
    let tier = match (entries, osr) {
        (0, 0) => "interpreter".to_string(),
        (0, n) => format!("interpreter, then compiled code by OSR ({})", n_entries(n, "OSR ")),
        (e, n) => format!("compiled code ({}, {})", n_entries(e, ""), n_entries(n, "OSR ")),
    };
    let newly: Vec<String> = s.vm.jit.compiled[before.compiled..].iter().map(|p| display_name(p)).collect();
    let ms = elapsed.as_secs_f64() * 1000.0;
    let wall = if ms < 1.0 { format!("{:.1} µs", ms * 1000.0) } else { format!("{:.3} ms", ms) };
    print!("time: {}  tier: {}", wall, tier);
    if !newly.is_empty() {
        print!("; compiled now: {}", newly.join(", "));
    }
    println!();
}

fn load(s: &mut Session, path: &str) {
    if path.is_empty() {
        eprintln!("Usage: :load FILE");
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => {
            let source = Source::new(path, String::from_utf8_lossy(&bytes).into_owned());
            let result = s.evaluate(source);
            s.report(result);
        }
        Err(e) => eprintln!("Cannot read {}: {}", path, e),
    }
}
