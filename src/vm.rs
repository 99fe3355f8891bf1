//! The virtual machine's state: heap, value stack, globals, every function
//! prototype, options and statistics. Both tiers run against one `Vm`.

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::error::JsError;
use crate::heap::{Heap, JsStr, ObjKind, Slots};
use crate::source::Source;
use crate::value::Value;

/// Value stack size in slots. Every frame of both tiers lives here.
pub const STACK_SLOTS: usize = 1 << 20;
/// Capacity of the global table (its slots never move: compiled code holds
/// their addresses). 16M slots reserve 128 MiB of address space, but the
/// block comes from zeroed pages that cost nothing until a global is used.
pub const MAX_GLOBALS: usize = 1 << 24;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    Off,
    On,
    Eager,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub jit: JitMode,
    /// Calls (or loop iterations) before a function is compiled.
    pub jit_threshold: u32,
    pub gc_stress: bool,
    pub print_bytecode: bool,
    pub print_asm: bool,
    pub trace_jit: bool,
    pub stats: bool,
    /// Ablation switches: each turns one JIT technique off.
    pub smi_fast_paths: bool,
    pub call_patching: bool,
    pub fall_through: bool,
    pub osr: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            jit: JitMode::On,
            jit_threshold: 1000,
            gc_stress: false,
            print_bytecode: false,
            print_asm: false,
            trace_jit: false,
            stats: false,
            smi_fast_paths: true,
            call_patching: true,
            fall_through: true,
            osr: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalKind {
    /// Referenced somewhere but never declared.
    Undeclared,
    Var,
    Let,
    Const,
    Function,
}

pub struct Globals {
    pub slots: Slots,
    pub names: Vec<Rc<str>>,
    pub kinds: Vec<GlobalKind>,
    index: HashMap<Rc<str>, u32>,
}

impl Globals {
    fn new() -> Globals {
        Globals { slots: Slots::new(MAX_GLOBALS), names: Vec::new(), kinds: Vec::new(), index: HashMap::new() }
    }

    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    /// The slot for `name`, reserving an undeclared one if needed.
    pub fn slot(&mut self, name: &Rc<str>) -> Result<u32, String> {
        if let Some(g) = self.lookup(name) {
            return Ok(g);
        }
        if self.names.len() >= MAX_GLOBALS {
            return Err(format!("too many global variables (at most {})", MAX_GLOBALS));
        }
        let g = self.names.len() as u32;
        self.slots.set(g as usize, Value::HOLE);
        self.names.push(name.clone());
        self.kinds.push(GlobalKind::Undeclared);
        self.index.insert(name.clone(), g);
        Ok(g)
    }

    pub fn get(&self, g: u32) -> Value {
        self.slots.get(g as usize)
    }
}

/// An interpreter frame that is waiting for a callee to return.
pub struct Frame {
    pub proto: Rc<FuncProto>,
    pub pc: usize,
    pub base: usize,
    /// The caller's register that receives the result.
    pub dst: u8,
}

/// The interpreter's frame records. Slots are reused in place rather than
/// pushed and popped: building a `Frame` and moving it into a `Vec` costs a
/// store-forwarding stall on every call, which showed up as a fifth of
/// fib's run time.
#[derive(Default)]
pub struct Frames {
    slots: Vec<Frame>,
    depth: usize,
}

impl Frames {
    #[inline]
    pub fn len(&self) -> usize {
        self.depth
    }

    pub fn is_empty(&self) -> bool {
        self.depth == 0
    }

    #[inline]
    pub fn push(&mut self, proto: Rc<FuncProto>, pc: usize, base: usize, dst: u8) {
        if let Some(f) = self.slots.get_mut(self.depth) {
            f.proto = proto;
            f.pc = pc;
            f.base = base;
            f.dst = dst;
        } else {
            self.slots.push(Frame { proto, pc, base, dst });
        }
        self.depth += 1;
    }

    /// The caller's record; `proto` is swapped out for `replace_with`.
    #[inline]
    pub fn pop(&mut self, replace_with: &mut Rc<FuncProto>) -> (usize, usize, u8) {
        self.depth -= 1;
        let f = &mut self.slots[self.depth];
        std::mem::swap(&mut f.proto, replace_with);
        (f.pc, f.base, f.dst)
    }

    pub fn truncate(&mut self, depth: usize) {
        self.depth = self.depth.min(depth);
    }

    /// Drops the records above the current depth (they keep functions alive).
    pub fn clear(&mut self) {
        self.slots.clear();
        self.depth = 0;
    }
}

#[derive(Default, Debug, Clone)]
pub struct Stats {
    pub interp_calls: u64,
    pub jit_entries: u64,
    pub osr_entries: u64,
}

pub struct Vm {
    pub opts: Options,
    pub heap: Heap,
    pub stack: Slots,
    /// One past the highest stack slot any frame has used: the GC scans
    /// `[0, hwm)`. Slots above a returning frame keep stale but valid values.
    pub hwm: usize,
    pub globals: Globals,
    pub protos: Vec<Rc<FuncProto>>,
    pub frames: Frames,
    pub out: Box<dyn Write>,
    pub stats: Stats,
    /// The lowest native stack address the VM may use before reporting
    /// "Maximum call stack size exceeded".
    pub native_limit: usize,
    pub jit: crate::jit::JitState,
    /// Strings the VM itself hands out (typeof results), made once.
    statics: HashMap<&'static str, Value>,
}

impl Vm {
    pub fn new(opts: Options, out: Box<dyn Write>) -> Box<Vm> {
        let heap = Heap::new(opts.gc_stress);
        let mut vm = Box::new(Vm {
            opts,
            heap,
            stack: Slots::new(STACK_SLOTS),
            hwm: 0,
            globals: Globals::new(),
            protos: Vec::new(),
            frames: Frames::default(),
            out,
            stats: Stats::default(),
            native_limit: 0,
            jit: crate::jit::JitState::default(),
            statics: HashMap::new(),
        });
        vm.native_limit = crate::native_stack::native_limit();
        let vm_ptr: *mut Vm = &mut *vm;
        crate::jit::attach(&mut vm, vm_ptr);
        vm
    }

    /// A number value: a Smi when the double is an int32 other than -0.
    #[inline]
    pub fn number(&mut self, d: f64) -> Value {
        if let Some(v) = Value::smi_from_f64(d) {
            return v;
        }
        self.maybe_gc();
        self.heap.alloc(ObjKind::Double(d))
    }

    pub fn string(&mut self, s: String) -> Value {
        self.maybe_gc();
        self.heap.alloc(string_kind(s))
    }

    /// A constant for the compiler: allocated without collecting, because the
    /// constant table being built is not yet a root.
    pub fn constant_string(&mut self, s: &str) -> Value {
        self.heap.alloc(string_kind(s.to_string()))
    }

    /// A permanent string (a GC root), e.g. the result of `typeof`.
    pub fn static_string(&mut self, s: &'static str) -> Value {
        if let Some(&v) = self.statics.get(s) {
            return v;
        }
        let v = self.heap.alloc(string_kind(s.to_string()));
        self.statics.insert(s, v);
        v
    }

    pub fn constant_number(&mut self, d: f64) -> Value {
        match Value::smi_from_f64(d) {
            Some(v) => v,
            None => self.heap.alloc(ObjKind::Double(d)),
        }
    }

    #[inline]
    pub fn maybe_gc(&mut self) {
        if self.heap.wants_gc() {
            self.collect();
        }
    }

    /// Mark every root, then sweep. Roots: the value stack up to its
    /// high-water mark, the globals, every prototype's constants, and the
    /// callees that compiled call sites have been patched to reach.
    pub fn collect(&mut self) {
        let hwm = self.hwm.max(self.jit_hwm());
        for i in 0..hwm {
            Heap::mark(self.stack.get(i));
        }
        for g in 0..self.globals.names.len() {
            Heap::mark(self.globals.get(g as u32));
        }
        for p in &self.protos {
            for &k in p.consts {
                Heap::mark(k);
            }
        }
        for &v in self.statics.values() {
            Heap::mark(v);
        }
        crate::jit::mark_roots(self);
        self.heap.sweep();
    }

    /// The high-water mark compiled code keeps in the JIT context.
    fn jit_hwm(&self) -> usize {
        crate::jit::stack_hwm(self)
    }

    pub fn register(&mut self, proto: FuncProto) -> Rc<FuncProto> {
        let p = Rc::new(proto);
        self.protos.push(p.clone());
        p
    }

    /// The function named `name`: the one global `name` holds now, else the
    /// most recently defined function of that name (the REPL's `:asm NAME`).
    pub fn function_named(&self, name: &str) -> Option<Rc<FuncProto>> {
        if let Some(p) = self.globals.lookup(name).and_then(|g| crate::interpreter::callee_proto(self.globals.get(g))) {
            return Some(p.clone());
        }
        self.protos.iter().rev().find(|p| !p.is_script && &*p.name == name).cloned()
    }

    /// Adds the location of instruction `pc` of `proto` to an error.
    pub fn locate(err: JsError, proto: &FuncProto, pc: usize) -> JsError {
        let span = proto.spans.get(pc).copied().unwrap_or_default();
        err.at(&proto.source, span)
    }

    /// Compiles and runs one script (a file, `-e` code, or a REPL line);
    /// returns the value of its last expression statement.
    pub fn run_source(&mut self, source: Rc<Source>, repl: bool) -> Result<Value, JsError> {
        let program = crate::parser::parse(&source)?;
        let script = crate::compiler::compile_script(self, &source, &program, repl)?;
        drop(program); // the tree is not needed to run, and can be big
        if self.opts.print_bytecode {
            for p in self.protos.iter().filter(|p| Rc::ptr_eq(&p.source, &source)) {
                eprint!("{}", p.listing());
            }
        }
        crate::jit::warm_up(self);
        let result = crate::interpreter::run_script(self, script);
        let _ = self.out.flush();
        result
    }
}

fn string_kind(s: String) -> ObjKind {
    ObjKind::Str(JsStr::new(s))
}
