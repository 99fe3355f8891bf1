//! The JIT: runs a function in the interpreter until it is hot, then
//! stitches it together from stencils; call sites patch themselves into
//! direct calls.

// ANCHOR: new
use std::cell::{Cell, RefCell};
use std::io;

use crate::jit_memory::{from_compiled_code, JitMemory};
use crate::language::{check, interpret, Function, Op};
use crate::stencils::{copy_and_patch, Hole, Stencil, Stencils};

/// The stub is the first code in the JIT's memory.
const STUB: usize = 0;

pub struct Jit {
    program: Vec<Function>,
    stencils: Stencils,
    memory: JitMemory,
    /// Where each function's code starts in `memory`, once compiled.
    entries: RefCell<Vec<Option<usize>>>,
    /// How many times compiled code took a slow path (`add_helper`, `sub_helper`).
    pub helper_calls: Cell<u64>,
    /// How many times a call site went through the stub.
    pub stub_calls: Cell<u64>,
    /// A function is compiled on its `threshold`-th call.
    threshold: u32,
    /// How many times each function has been called while not compiled.
    calls: Vec<Cell<u32>>,
    /// How many calls the interpreter ran.
    pub interpreted: Cell<u64>,
}

impl Jit {
    /// Checks `program` and writes the stub; functions are compiled on
    /// their `threshold`-th call. Boxed: compiled code holds the JIT's address.
    pub fn new(program: Vec<Function>, threshold: u32) -> io::Result<Box<Jit>> {
        check(&program).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let jit = Box::new(Jit {
            entries: RefCell::new(vec![None; program.len()]),
            calls: program.iter().map(|_| Cell::new(0)).collect(),
            threshold,
            interpreted: Cell::new(0),
            program,
            stencils: Stencils::assemble(),
            memory: JitMemory::new(1 << 20)?,
            helper_calls: Cell::new(0),
            stub_calls: Cell::new(0),
        });
        let mut stub = Vec::new();
        copy_and_patch(&mut stub, &jit.stencils.stub, |hole| match hole {
            Hole::Jit => &*jit as *const Jit as i64,
            _ => lazy_call as *const () as i64,
        });
        assert_eq!(jit.memory.append(&stub)?, STUB);
        Ok(jit)
    }

    /// Runs function `f`: its compiled code if it has some or is hot now,
    /// else the interpreter.
    pub fn call(&self, f: usize, arg: i64) -> i64 {
        match self.entry(f) {
            Some(entry) => self.memory.call(entry, arg),
            None => self.interpret(f, arg),
        }
    }

    /// Interprets `f`; the functions it calls go through `call`, so they
    /// tier up on their own.
    fn interpret(&self, f: usize, arg: i64) -> i64 {
        self.interpreted.set(self.interpreted.get() + 1);
        interpret(&self.program, f, arg, &|g, x| self.call(g, x))
    }

    /// Where `f`'s code starts, counting this call and compiling `f` when
    /// the count reaches the threshold; `None` while `f` is not hot yet (or
    /// the JIT's memory is full).
    fn entry(&self, f: usize) -> Option<usize> {
        let entry = self.entries.borrow()[f];
        if entry.is_some() {
            return entry;
        }
        let calls = self.calls[f].get() + 1;
        self.calls[f].set(calls);
        if calls < self.threshold {
            return None;
        }
        let entry = self.compile(f).ok();
        self.entries.borrow_mut()[f] = entry;
        entry
    }

    pub fn is_compiled(&self, f: usize) -> bool {
        self.entries.borrow()[f].is_some()
    }
    // ANCHOR_END: new

    fn stencil_for(&self, op: Op) -> &Stencil {
        let s = &self.stencils;
        match op {
            Op::Const(_) => &s.constant,
            Op::Load(_) => &s.load,
            Op::Store(_) => &s.store,
            Op::Add(_) => &s.add,
            Op::Sub(_) => &s.sub,
            Op::Less(_) => &s.less,
            Op::Jump(_) => &s.jump,
            Op::JumpIfZero(_) => &s.jump_if_zero,
            Op::Call(_) => &s.call,
            Op::Return => &s.exit,
        }
    }

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
        // The code will go here; the stub's position is counted from it.
        let base = self.memory.used() as i64;
        for &op in &function.code {
            // Each instruction has at most one operand, and its stencil's
            // holes other than helper, JIT and a call's target take it.
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
                _ => 0,
            };
            copy_and_patch(&mut code, self.stencil_for(op), |hole| match hole {
                Hole::Helper => helper,
                Hole::Jit => self as *const Jit as i64,
                Hole::Target if matches!(op, Op::Call(_)) => STUB as i64 - base,
                _ => operand,
            });
        }
        self.memory.append(&code)
    }
}
// ANCHOR_END: compile

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

// ANCHOR: lazy_call
/// Where a call site goes until it is patched: its `call` reaches the stub,
/// which adds the call's return address (the end of the call site, right
/// after the rel32 to patch) and jumps here.
extern "sysv64" fn lazy_call(arg: i64, f: u32, site_end: usize, jit: *const Jit) -> i64 {
    let jit = from_compiled_code(jit);
    jit.stub_calls.set(jit.stub_calls.get() + 1);
    let f = f as usize;
    let Some(entry) = jit.entry(f) else {
        // Not hot yet: the site stays unpatched and keeps asking.
        return jit.interpret(f, arg);
    };
    // From now on the site calls `f`'s code directly.
    let site_end = jit.memory.offset_of(site_end);
    let distance = i32::try_from(entry as i64 - site_end as i64).expect("JIT memory is smaller than 2 GiB");
    jit.memory.write(site_end - 4, &distance.to_le_bytes()).expect("pages flip between writable and executable");
    jit.memory.call(entry, arg)
}
// ANCHOR_END: lazy_call
