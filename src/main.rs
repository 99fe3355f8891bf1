//! The `stitch` command: run a file, a string (`-e`), or the REPL.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::rc::Rc;

use clap::{Parser, ValueEnum};

use stitch::source::Source;
use stitch::vm::{JitMode, Options, Vm};

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Jit {
    Off,
    On,
    Eager,
}

/// A JavaScript subset with a bytecode interpreter and a copy-and-patch JIT.
#[derive(Parser, Debug)]
#[command(name = "stitch", version, about)]
struct Cli {
    /// Script to run, then its arguments (`process.argv`): as with node,
    /// everything after the file is the script's, options too. Without a
    /// file (and without -e) stitch starts a REPL.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE [ARGS]")]
    script: Vec<String>,
    /// Run this code instead of a file (what follows is its `process.argv`).
    #[arg(short = 'e', long = "eval", value_name = "CODE")]
    eval: Option<String>,
    /// Tier 1: off (interpreter only), on (compile hot code), eager (compile
    /// every function at its first call and top-level code before it runs;
    /// straight-line code too big for the caches stays interpreted).
    #[arg(long, value_enum, default_value = "on")]
    jit: Jit,
    /// Calls or loop iterations before a function is compiled.
    #[arg(long, value_name = "N", default_value_t = Options::default().jit_threshold)]
    jit_threshold: u32,
    /// Print every function's bytecode to stderr before running.
    #[arg(long)]
    print_bytecode: bool,
    /// Print each compiled function's machine code to stderr.
    #[arg(long)]
    print_asm: bool,
    /// Trace compiles, call-site patches and OSR entries on stderr.
    #[arg(long)]
    trace_jit: bool,
    /// Print JIT and GC statistics to stderr at exit.
    #[arg(long)]
    stats: bool,
    /// Print every hidden class (shape) the program made to stderr at exit.
    #[arg(long)]
    print_shapes: bool,
    /// Collect garbage before every allocation (alternately minor and major).
    #[arg(long)]
    gc_stress: bool,
    /// Ablation: no generations (every collection marks the whole heap).
    #[arg(long)]
    no_generational: bool,
    /// Ablation: no inline Smi fast paths (every operator calls its helper).
    #[arg(long)]
    no_smi_fast_paths: bool,
    /// Ablation: call sites stay generic (never patched to direct calls).
    #[arg(long)]
    no_call_patching: bool,
    /// Ablation: keep the jump at the end of every stencil.
    #[arg(long)]
    no_fall_through: bool,
    /// Ablation: no on-stack replacement at loop headers.
    #[arg(long)]
    no_osr: bool,
    /// Turn off inline caches at property sites (both tiers).
    #[arg(long)]
    no_inline_caches: bool,
    /// Ablation: no double paths in the arithmetic and comparison stencils
    /// (a non-Smi operand calls the helper).
    #[arg(long)]
    no_double_fast_paths: bool,
    /// Ablation: calls of Math.sqrt, abs, floor, ceil, round, trunc, min,
    /// max, String.prototype.charCodeAt, String.fromCharCode,
    /// Array.prototype.push, Array.prototype.pop and
    /// String.prototype.indexOf stay generic calls (not inline)
    #[arg(long)]
    no_inline_math: bool,
    /// Ablation: also make each error's `stack` string when the error is
    /// made, and drop it (the cost of eager stacks; output unchanged)
    #[arg(long)]
    eager_stacks: bool,
    /// Ablation: a compiled function without exception handlers calls the
    /// unwind helper on a throw (instead of returning to its caller at once)
    #[arg(long)]
    no_exc_return: bool,
    /// Compiled code allocates `{}` through a helper (no inline bump) and
    /// calls class constructors for `new`/`super(...)` through the runtime
    #[arg(long)]
    no_inline_alloc: bool,
    /// Ablation: compiled code boxes every double result anew (never
    /// overwrites the box of a register that only arithmetic reads)
    #[arg(long)]
    no_reuse_doubles: bool,
    /// Ablation: compiled code reads a constant operand from its register
    /// (never an immediate of a `_k` stencil; every `LoadConst` stores)
    #[arg(long)]
    no_const_operands: bool,
    /// Ablation: freed small malloc blocks (elements, stores, string
    /// buffers) go back to the system allocator, not to stitch's
    /// size-classed free lists
    #[arg(long)]
    no_small_alloc: bool,
    /// Append a line per compiled function and trampoline to
    /// /tmp/perf-<pid>.map, so that `perf report` names JIT code.
    #[arg(long)]
    perf_map: bool,
}

impl Cli {
    fn options(&self) -> Options {
        Options {
            jit: match self.jit {
                Jit::Off => JitMode::Off,
                Jit::On => JitMode::On,
                Jit::Eager => JitMode::Eager,
            },
            jit_threshold: self.jit_threshold.max(1),
            gc_stress: self.gc_stress,
            generational: !self.no_generational,
            print_bytecode: self.print_bytecode,
            print_asm: self.print_asm,
            trace_jit: self.trace_jit,
            stats: self.stats,
            smi_fast_paths: !self.no_smi_fast_paths,
            call_patching: !self.no_call_patching,
            fall_through: !self.no_fall_through,
            osr: !self.no_osr,
            inline_caches: !self.no_inline_caches,
            double_fast_paths: !self.no_double_fast_paths,
            inline_math: !self.no_inline_math,
            lazy_stacks: !self.eager_stacks,
            exc_return: !self.no_exc_return,
            inline_alloc: !self.no_inline_alloc,
            reuse_doubles: !self.no_reuse_doubles,
            const_operands: !self.no_const_operands,
            perf_map: self.perf_map,
            script: if self.eval.is_some() { None } else { self.script.first().cloned() },
            // With -e there is no script file: the first word is an argument.
            script_args: self.script.iter().skip(usize::from(self.eval.is_none())).cloned().collect(),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Words after the file are the script's, whatever they look like; an
    // option clap does not know, before any file, is a mistake (as node says).
    if let Some(first) = cli.script.first().filter(|w| w.starts_with('-') && w.len() > 1 && cli.eval.is_none()) {
        eprintln!("stitch: bad option: {first} (see stitch --help)");
        return ExitCode::from(2);
    }
    stitch::heap::small_alloc::set_enabled(!cli.no_small_alloc);
    let source = match (cli.script.first(), &cli.eval) {
        (_, Some(code)) => Some(Source::new("[eval]", code.clone())),
        (Some(path), None) => match std::fs::read(path) {
            Ok(bytes) => Some(Source::new(path.clone(), String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => {
                eprintln!("stitch: cannot read {}: {}", path, e);
                return ExitCode::from(2);
            }
        },
        (None, None) => None,
    };
    let opts = cli.options();
    let print_shapes = cli.print_shapes;
    let code = stitch::native_stack::run_with_stack(move || match source {
        Some(source) => run_file(opts, source, print_shapes),
        None => stitch::repl::run(opts),
    });
    ExitCode::from(code)
}

fn run_file(opts: Options, source: Source, print_shapes: bool) -> u8 {
    let out = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let mut vm = Vm::new(opts, out);
    let result = vm.run_source(Rc::new(source), false);
    let _ = vm.out.flush();
    if vm.opts.print_asm {
        eprint!("{}", stitch::jit::asm_listing(&vm));
    }
    if vm.opts.stats {
        eprint!("{}", stitch::stats::report(&vm));
    }
    if print_shapes {
        eprint!("{}", stitch::describe::shape_table(&vm));
    }
    let code = match result {
        Ok(_) => stitch::builtins::exit_code(&mut vm).unwrap_or(0),
        Err(err) => {
            eprint!("{}", err.render(std::io::stderr().is_terminal()));
            stitch::builtins::set_exit_code(&mut vm, 1);
            1
        }
    };
    // node's 'exit' event, whose listeners may change the status.
    let code = match stitch::builtins::emit_exit(&mut vm, code) {
        Ok(c) => c,
        Err(err) => {
            let _ = vm.out.flush();
            eprint!("{}", err.render(std::io::stderr().is_terminal()));
            1
        }
    };
    let _ = vm.out.flush();
    code as u8
}
