//! The VM driver, the top of the core: making a VM with both tiers wired
//! together, and running a script from source text to its value — parse,
//! compile to bytecode (linking its constants and globals into the VM),
//! pick the tier for the top-level code, run, and turn an uncaught
//! exception into the report. The REPL and the CLI call it.

use std::io::Write;
use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::error::{JsError, Thrown};
use crate::source::Source;
use crate::value::Value;
use crate::vm::{Options, Vm};

impl Vm {
    /// A VM with the interpreter and the JIT attached (the JIT stays off
    /// with `--jit=off`, and when code memory cannot be made).
    pub fn new(opts: Options, out: Box<dyn Write>) -> Box<Vm> {
        let mut vm = Vm::unattached(opts, out);
        vm.native_limit = crate::native_stack::native_limit();
        vm.tiers.interpret = crate::interpreter::run;
        vm.tiers.resume = crate::interpreter::resume;
        vm.native_threw = crate::stack::native_threw;
        crate::builtins::install(&mut vm);
        // After the built-ins: `require('process')` hands out theirs.
        crate::modules::install(&mut vm);
        vm.realm.builtin_shapes = vm.shapes.count();
        crate::jit::attach(&mut vm);
        vm
    }

    /// Compiles and runs one script (a file, `-e` code, or a REPL line);
    /// returns the value of its last expression statement.
    pub fn run_source(&mut self, source: Rc<Source>, repl: bool) -> Result<Value, JsError> {
        let program = crate::parser::parse(&source)?;
        let script = crate::compiler::compile_script(self, &source, &program, repl)?;
        drop(program); // the tree is not needed to run, and can be big
        if self.opts.print_bytecode {
            for p in self.protos.iter().filter(|p| Rc::ptr_eq(&p.source, &source)) {
                eprint!("{}", crate::listing::listing(p));
            }
        }
        crate::jit::warm_up(self);
        let mut result = match run_script_thrown(self, script) {
            Ok(v) => Ok(v),
            // The REPL reports what an entry threw; a script's exception
            // may go to node's 'uncaughtException' listeners, and then
            // the event loop runs as if the script had ended.
            Err(_) if repl => Err(crate::uncaught::report(self)),
            Err(_) => crate::promise::uncaught(self).map(|()| Value::UNDEFINED),
        };
        if result.is_ok() && !repl {
            // node runs the microtasks and timers once the script returns;
            // an error out of them ends the program as an uncaught one.
            // The REPL runs them after echoing the entry's value.
            if let Err(e) = crate::promise::run_event_loop(self) {
                result = Err(e);
            }
            // node's 'beforeExit': the loop ran dry; what its listeners
            // schedule runs, and then it is emitted again.
            while result.is_ok() && crate::promise::has_listeners(self, "beforeExit") {
                let code = crate::builtins::exit_code(self).unwrap_or(0);
                if crate::promise::emit_event(self, "beforeExit", &[Value::smi(code)]).is_err() {
                    result = crate::promise::uncaught(self).map(|()| Value::UNDEFINED);
                }
                let e = &self.event;
                if !e.alive() && e.jobs.is_empty() && e.ticks.is_empty() {
                    break;
                }
                if let Err(e) = crate::promise::run_event_loop(self) {
                    result = Err(e);
                }
            }
        }
        let _ = self.out.flush();
        result
    }
}

/// Runs a compiled script in a fresh frame at the bottom of the stack. An
/// uncaught exception becomes the report the CLI or REPL prints: this is
/// where thrown values meet `JsError`.
pub fn run_script(vm: &mut Vm, script: Rc<FuncProto>) -> Result<Value, JsError> {
    run_script_thrown(vm, script).map_err(|_: Thrown| crate::uncaught::report(vm))
}

/// `run_script`, the exception still pending when the script throws.
fn run_script_thrown(vm: &mut Vm, script: Rc<FuncProto>) -> crate::error::JsResult<Value> {
    vm.frames.clear();
    // Below the script's frame, as below any function's: the callee slot
    // (undefined) and `this`, which at the top of a node script is the
    // module's exports object.
    let base = crate::exec::ARGS_AFTER_FUNC;
    vm.stack.set(0, Value::UNDEFINED);
    vm.stack.set(1, vm.realm.module_this);
    // The bottom frame: its link is 0 (stack traces end here).
    vm.stack.set_link(base, 0);
    vm.script = Some(script.clone());
    vm.calling = (base, crate::vm::NATIVE_PC);
    // Who runs this code in node: its loader (a file), `-e`'s evaluator,
    // or the REPL; `run_event_loop` reads it too.
    vm.event.host = crate::stack::script_host(&script.source.name);
    let result = match crate::exec::enter_frame(vm, &script, base) {
        Err(thrown) => {
            crate::stack::locate(vm, &script, 0, base);
            Err(thrown)
        }
        Ok(()) => match crate::jit::code_for_script(vm, &script) {
            Some(code) => crate::jit::call_compiled(vm, code, base),
            None => crate::interpreter::run(vm, script, base),
        },
    };
    // The script's frame is gone: a callback the event loop (or the REPL)
    // runs later must not list it below its own frame in a stack trace.
    vm.calling = (base, crate::vm::NATIVE_PC);
    result
}
