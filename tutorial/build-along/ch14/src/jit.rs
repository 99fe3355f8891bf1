//! The JIT: runs a function in the interpreter until it is hot, then
//! stitches it together from stencils; call sites patch themselves into
//! direct calls. It keeps a trace of what it did, counts it, and can list
//! the code it stitched.

// ANCHOR: new
use std::cell::{Cell, RefCell};
use std::io;

use crate::jit_memory::{from_compiled_code, JitMemory};
use crate::language::{check, interpret, Function, Op};
use crate::stencils::{copy_and_patch, Hole, Stencil, Stencils};
use crate::watch::{bump, disassemble, CodeMap, Stats};

/// The stub is the first code in the JIT's memory.
const STUB: usize = 0;

pub struct Jit {
    program: Vec<Function>,
    stencils: Stencils,
    memory: JitMemory,
    /// Where each function's code starts in `memory`, once compiled.
    entries: RefCell<Vec<Option<usize>>>,
    /// A function is compiled on its `threshold`-th call.
    threshold: u32,
    /// How many times each function has been called while not compiled.
    calls: Vec<Cell<u32>>,
    /// What the JIT did, counted.
    pub stats: Stats,
    /// One line per compile and per patched call site, in order.
    trace: RefCell<Vec<String>>,
    /// What the compiler knew about each compiled function, for `listing`.
    maps: RefCell<Vec<Option<CodeMap>>>,
    /// Whether the stub patches call sites (switched off to measure what
    /// patching buys).
    pub patch_calls: bool,
}

impl Jit {
    /// Checks `program` and writes the stub; functions are compiled on
    /// their `threshold`-th call. Boxed: compiled code holds the JIT's address.
    pub fn new(program: Vec<Function>, threshold: u32) -> io::Result<Box<Jit>> {
        check(&program).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let jit = Box::new(Jit {
            entries: RefCell::new(vec![None; program.len()]),
            maps: RefCell::new(program.iter().map(|_| None).collect()),
            calls: program.iter().map(|_| Cell::new(0)).collect(),
            threshold,
            program,
            stencils: Stencils::assemble(),
            memory: JitMemory::new(1 << 20)?,
            stats: Stats::default(),
            trace: RefCell::new(Vec::new()),
            patch_calls: true,
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
            Some(entry) => {
                bump(&self.stats.entries, 1);
                self.memory.call(entry, arg)
            }
            None => self.interpret(f, arg),
        }
    }

    /// Interprets `f`; the functions it calls go through `call`, so they
    /// tier up on their own.
    fn interpret(&self, f: usize, arg: i64) -> i64 {
        bump(&self.stats.interpreted, 1);
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

    // ANCHOR: watch
    /// The trace so far: one line per compile and per patched call site.
    pub fn trace(&self) -> Vec<String> {
        self.trace.borrow().clone()
    }

    fn log(&self, line: String) {
        self.trace.borrow_mut().push(line);
    }

    /// The machine code of `f` as it is now, decoded; `None` if `f` has
    /// not been compiled.
    pub fn listing(&self, f: usize) -> Option<String> {
        let maps = self.maps.borrow();
        let map = maps[f].as_ref()?;
        let bytes = self.memory.read(map.entry, map.len);
        let callee = |entry: usize| match self.entries.borrow().iter().position(|&e| e == Some(entry)) {
            Some(g) => format!("function {g}"),
            None => format!("{entry:#x}"),
        };
        Some(disassemble(&format!("function {f}"), &self.program[f].code, map, &bytes, &callee))
    }

    /// The function and instruction whose code holds `offset`.
    fn locate(&self, offset: usize) -> Option<(usize, usize)> {
        let maps = self.maps.borrow();
        maps.iter().enumerate().find_map(|(f, map)| {
            let map = map.as_ref()?;
            let at = offset.checked_sub(map.entry).filter(|&at| at < map.len)?;
            Some((f, map.pc_at(at)?))
        })
    }
    // ANCHOR_END: watch

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
        // Every hole filled, for the listing: where, what for, what value.
        let mut holes = Vec::new();
        let mut stitch = |code: &mut Vec<u8>, stencil: &Stencil, value: &dyn Fn(Hole) -> i64| {
            let start = code.len();
            copy_and_patch(code, stencil, value);
            holes.extend(stencil.holes.iter().map(|&(hole, at)| (start + at, hole, value(hole))));
        };
        let frame = 8 * (function.locals | 1) as i64;
        stitch(&mut code, &s.enter, &|_| frame);
        for local in 1..function.locals {
            stitch(&mut code, &s.constant, &|_| 0);
            stitch(&mut code, &s.store, &|_| 8 * local as i64);
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
            stitch(&mut code, self.stencil_for(op), &|hole| match hole {
                Hole::Helper => helper,
                Hole::Jit => self as *const Jit as i64,
                Hole::Target if matches!(op, Op::Call(_)) => STUB as i64 - base,
                _ => operand,
            });
        }
        let entry = self.memory.append(&code)?;
        bump(&self.stats.compiled, 1);
        bump(&self.stats.code_bytes, code.len() as u64);
        bump(&self.stats.holes, holes.len() as u64);
        self.log(format!(
            "compile function {f}: {} instructions -> {} bytes at {entry:#x}, {} holes",
            function.code.len(),
            code.len(),
            holes.len()
        ));
        let starts = starts.iter().map(|&start| start as usize).collect();
        self.maps.borrow_mut()[f] = Some(CodeMap { entry, len: code.len(), starts, holes });
        Ok(entry)
    }
}
// ANCHOR_END: compile

// ANCHOR: helpers
extern "sysv64" fn add_helper(a: i64, b: i64, jit: *const Jit) -> i64 {
    let jit = from_compiled_code(jit);
    bump(&jit.stats.helper_calls, 1);
    a.saturating_add(b)
}

extern "sysv64" fn sub_helper(a: i64, b: i64, jit: *const Jit) -> i64 {
    let jit = from_compiled_code(jit);
    bump(&jit.stats.helper_calls, 1);
    a.saturating_sub(b)
}
// ANCHOR_END: helpers

// ANCHOR: lazy_call
/// Where a call site goes until it is patched: its `call` reaches the stub,
/// which adds the call's return address (the end of the call site, right
/// after the rel32 to patch) and jumps here.
extern "sysv64" fn lazy_call(arg: i64, f: u32, site_end: usize, jit: *const Jit) -> i64 {
    let jit = from_compiled_code(jit);
    bump(&jit.stats.stub_calls, 1);
    let f = f as usize;
    let Some(entry) = jit.entry(f) else {
        // Not hot yet: the site stays unpatched and keeps asking.
        return jit.interpret(f, arg);
    };
    if !jit.patch_calls {
        // The site stays as it is, and every call through it comes here.
        bump(&jit.stats.entries, 1);
        return jit.memory.call(entry, arg);
    }
    // From now on the site calls `f`'s code directly.
    let site_end = jit.memory.offset_of(site_end);
    let distance = i32::try_from(entry as i64 - site_end as i64).expect("JIT memory is smaller than 2 GiB");
    jit.memory.write(site_end - 4, &distance.to_le_bytes()).expect("pages flip between writable and executable");
    bump(&jit.stats.patched, 1);
    if let Some((caller, pc)) = jit.locate(site_end - 4) {
        jit.log(format!(
            "patch function {caller} pc {pc}: call site at {:#x} -> function {f} at {entry:#x}",
            site_end - 5
        ));
    }
    bump(&jit.stats.entries, 1);
    jit.memory.call(entry, arg)
}
// ANCHOR_END: lazy_call
