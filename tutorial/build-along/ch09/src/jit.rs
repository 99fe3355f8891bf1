//! The JIT: stitches a function together from stencils.

// ANCHOR: new
use std::cell::{Cell, RefCell};
use std::io;

use crate::jit_memory::{from_compiled_code, JitMemory};
use crate::language::{check, Function, Op};
use crate::stencils::{copy_and_patch, Hole, Stencil, Stencils};

pub struct Jit {
    program: Vec<Function>,
    stencils: Stencils,
    memory: JitMemory,
    /// Where each function's code starts in `memory`.
    entries: RefCell<Vec<usize>>,
    /// How many times compiled code called `add_helper` or `sub_helper`.
    pub helper_calls: Cell<u64>,
}

impl Jit {
    /// Checks `program` and compiles all of it. Boxed: compiled code holds
    /// the JIT's address.
    pub fn new(program: Vec<Function>) -> io::Result<Box<Jit>> {
        check(&program).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let jit = Box::new(Jit {
            program,
            stencils: Stencils::assemble(),
            memory: JitMemory::new(1 << 20)?,
            entries: RefCell::new(Vec::new()),
            helper_calls: Cell::new(0),
        });
        for f in 0..jit.program.len() {
            let entry = jit.compile(f)?;
            jit.entries.borrow_mut().push(entry);
        }
        Ok(jit)
    }

    /// Runs function `f`'s compiled code.
    pub fn call(&self, f: usize, arg: i64) -> i64 {
        let entry = self.entries.borrow()[f];
        self.memory.call(entry, arg)
    }
    // ANCHOR_END: new

    // ANCHOR: stencil_for
    fn stencil_for(&self, op: Op) -> &Stencil {
        let s = &self.stencils;
        match op {
            Op::Const(_) => &s.constant,
            Op::Load(_) => &s.load,
            Op::Store(_) => &s.store,
            Op::Add(_) | Op::Sub(_) => &s.arithmetic,
            Op::Less(_) => &s.less,
            Op::Jump(_) => &s.jump,
            Op::JumpIfZero(_) => &s.jump_if_zero,
            Op::Call(_) => &s.call,
            Op::Return => &s.exit,
        }
    }
    // ANCHOR_END: stencil_for

    // ANCHOR: compile
    /// Stitches function `f`: a prologue, then one stencil per instruction,
    /// each with its holes patched, falling through from one to the next.
    fn compile(&self, f: usize) -> io::Result<usize> {
        let function = &self.program[f];
        let s = &self.stencils;
        // Stencils have fixed sizes, so where each instruction's code will
        // start is known before anything is copied: jumps need no fix-ups.
        let mut at = s.enter.bytes.len() + (function.locals - 1) * (s.constant.bytes.len() + s.store.bytes.len());
        let mut starts = Vec::new();
        for &op in &function.code {
            starts.push(at as i64);
            at += self.stencil_for(op).bytes.len();
        }
        let mut code = Vec::with_capacity(at);
        let frame = 8 * (function.locals | 1) as i64;
        copy_and_patch(&mut code, &s.enter, |_| frame);
        for local in 1..function.locals {
            copy_and_patch(&mut code, &s.constant, |_| 0);
            copy_and_patch(&mut code, &s.store, |_| 8 * local as i64);
        }
        for &op in &function.code {
            // Each instruction has at most one operand, and its stencil's
            // holes other than helper and JIT all take that operand.
            let operand = match op {
                Op::Const(n) => n,
                Op::Load(l) | Op::Store(l) | Op::Add(l) | Op::Sub(l) | Op::Less(l) => 8 * l as i64,
                Op::Jump(target) | Op::JumpIfZero(target) => starts[target],
                Op::Call(g) => g as i64,
                Op::Return => 0,
            };
            let helper = match op {
                Op::Add(_) => add_helper as *const () as i64,
                Op::Sub(_) => sub_helper as *const () as i64,
                _ => call_helper as *const () as i64,
            };
            copy_and_patch(&mut code, self.stencil_for(op), |hole| match hole {
                Hole::Helper => helper,
                Hole::Jit => self as *const Jit as i64,
                _ => operand,
            });
        }
        self.memory.append(&code)
    }
}
// ANCHOR_END: compile

// ANCHOR: helper_fns
extern "sysv64" fn add_helper(a: i64, b: i64, jit: *const Jit) -> i64 {
    let jit = from_compiled_code(jit);
    jit.helper_calls.set(jit.helper_calls.get() + 1);
    a.saturating_add(b)
}

extern "sysv64" fn sub_helper(a: i64, b: i64, jit: *const Jit) -> i64 {
    let jit = from_compiled_code(jit);
    jit.helper_calls.set(jit.helper_calls.get() + 1);
    a.saturating_sub(b)
}

extern "sysv64" fn call_helper(arg: i64, f: u32, jit: *const Jit) -> i64 {
    from_compiled_code(jit).call(f as usize, arg)
}
// ANCHOR_END: helper_fns
