//! The virtual machine's state: heap, value stack, globals, every function
//! prototype, options and statistics. Both tiers run against one `Vm`.

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

pub use crate::bytecode::GlobalKind;
use crate::bytecode::{FuncProto, Linker};
use crate::error::{ErrorKind, ErrorObj, JsError, JsResult, Thrown};
use crate::heap::shape::HIDDEN;
use crate::heap::{
    Atom, Atoms, Callable, FrameRef, Heap, JsObject, JsStr, ObjClass, ObjKind, Shape, Shapes, Slots, Tracer,
};
use crate::value::Value;

/// The longest string, in UTF-16 code units: V8's limit on 64-bit
/// machines (2**29 - 24), so the same programs run out of string length.
pub const MAX_STRING_LENGTH: u64 = (1 << 29) - 24;

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
    /// Minor collections between major ones (`--no-generational`: every
    /// collection is major).
    pub generational: bool,
    pub print_bytecode: bool,
    pub print_asm: bool,
    pub trace_jit: bool,
    pub stats: bool,
    /// Ablation switches: each turns one JIT technique off.
    pub smi_fast_paths: bool,
    pub call_patching: bool,
    pub fall_through: bool,
    pub osr: bool,
    /// Inline caches at property sites (`--no-inline-caches` turns them off
    /// in both tiers: every access takes the full lookup).
    pub inline_caches: bool,
    /// Double paths in the arithmetic and comparison stencils (SSE2, inline
    /// allocation of the results): `--no-double-fast-paths` turns them off.
    pub double_fast_paths: bool,
    /// Calls of `Math.sqrt`, `Math.abs`, `Math.floor` and `charCodeAt`
    /// compiled inline (guarded on the callee): `--no-inline-math` turns
    /// them off.
    pub inline_math: bool,
    /// Errors keep their frames and make their `stack` string on first
    /// use (`stack::Capture`); off (`--eager-stacks`, an ablation): the
    /// string is also made, and dropped, when the error is made.
    pub lazy_stacks: bool,
    /// A compiled function without exception handlers returns EXCEPTION
    /// from its exception exit at once (`exc_return`); off
    /// (`--no-exc-return`): it asks the unwind helper, as one with
    /// handlers does.
    pub exc_return: bool,
    /// `{}` allocated inline by compiled code (a copy of a template cell
    /// bumped from the objects' LAB), and `new`/`super(...)` of a compiled
    /// class constructor called directly: `--no-inline-alloc` turns both
    /// off (the interpreter's `{}` bumps the same LAB either way).
    pub inline_alloc: bool,
    /// A double result stored into a register that owns its doubles
    /// (`jit::owned`) overwrites the box the register holds instead of
    /// boxing anew; `--no-reuse-doubles` (an ablation) turns it off.
    pub reuse_doubles: bool,
    /// A Smi constant operand of an arithmetic operation or a compare is
    /// an immediate in compiled code, its `LoadConst` left out when the
    /// register is dead (`jit::decode::Env::k_operand`, `folded_const`);
    /// `--no-const-operands` (an ablation) turns it off.
    pub const_operands: bool,
    /// `--perf-map`: name compiled code for Linux perf in
    /// `/tmp/perf-<pid>.map` (jit/perf_map.rs).
    pub perf_map: bool,
    /// The script's path as given (`process.argv[1]`, absolute), none for
    /// `-e` and the REPL, and the arguments after it (`process.argv[2..]`).
    pub script: Option<String>,
    pub script_args: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            jit: JitMode::On,
            jit_threshold: 1000,
            gc_stress: false,
            generational: true,
            print_bytecode: false,
            print_asm: false,
            trace_jit: false,
            stats: false,
            smi_fast_paths: true,
            call_patching: true,
            fall_through: true,
            osr: true,
            inline_caches: true,
            double_fast_paths: true,
            inline_math: true,
            lazy_stacks: true,
            exc_return: true,
            inline_alloc: true,
            reuse_doubles: true,
            const_operands: true,
            perf_map: false,
            script: None,
            script_args: Vec::new(),
        }
    }
}

pub struct Globals {
    pub slots: Slots,
    pub names: Vec<Rc<str>>,
    pub kinds: Vec<GlobalKind>,
    /// Whether each global is a property of the global object
    /// (src/global_object.rs): the built-ins and implicit globals, not the
    /// script's declarations.
    pub visible: Vec<bool>,
    /// Whether each visible global is an enumerable property of the global
    /// object: those a script made (`x = 1`, `globalThis.x = 1`) and the
    /// host functions node makes enumerable (`setTimeout` …), not the
    /// language's built-ins.
    pub enumerable: Vec<bool>,
    /// The visible globals in the order they became properties of the
    /// global object, its key order (a deleted one is taken out).
    pub visible_order: Vec<u32>,
    index: HashMap<Rc<str>, u32>,
}

impl Globals {
    fn new() -> Globals {
        Globals {
            slots: Slots::new(MAX_GLOBALS),
            names: Vec::new(),
            kinds: Vec::new(),
            visible: Vec::new(),
            enumerable: Vec::new(),
            visible_order: Vec::new(),
            index: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    /// Makes global `g` a property of the global object, last in its key
    /// order.
    pub fn make_visible(&mut self, g: u32, enumerable: bool) {
        let i = g as usize;
        if self.visible[i] {
            self.visible_order.retain(|&x| x != g);
        }
        self.visible[i] = true;
        self.enumerable[i] = enumerable;
        self.visible_order.push(g);
    }

    /// Takes global `g` off the global object.
    pub fn make_invisible(&mut self, g: u32) {
        let i = g as usize;
        if self.visible[i] {
            self.visible_order.retain(|&x| x != g);
        }
        self.visible[i] = false;
        self.enumerable[i] = false;
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
        self.visible.push(false);
        self.enumerable.push(false);
        self.index.insert(name.clone(), g);
        Ok(g)
    }

    pub fn get(&self, g: u32) -> Value {
        self.slots.get(g as usize)
    }
}

/// `Tiers::back_edge`: (VM, function, loop counter, frame base, loop header pc).
pub type BackEdgeHook = fn(&mut Vm, &Rc<FuncProto>, u16, usize, usize) -> JsResult<Option<Value>>;

/// How the two tiers reach each other without importing each other: the
/// interpreter's ways into tier 1 (each called only when the JIT is on),
/// and tier 1's way back into the interpreter. The driver wires them
/// (`Vm::new`: `interpreter::run`, then `jit::attach`); `Tiers::NONE`
/// runs everything in the interpreter.
#[derive(Clone, Copy)]
pub struct Tiers {
    /// On an interpreted call, with the callee's frame ready at `base`:
    /// counts the call, compiles the callee at the threshold, and runs it
    /// compiled if it can (`None`: the interpreter runs it).
    pub call: fn(&mut Vm, &Rc<FuncProto>, usize) -> Option<JsResult<Value>>,
    /// On an interpreted loop back edge (`proto`, loop `counter`, frame
    /// `base`, loop header `pc`): counts and, at the threshold, continues
    /// the function in compiled code (`Some(v)`: it returned `v` there).
    pub back_edge: BackEdgeHook,
    /// Marks what compiled code keeps alive (callees of patched call sites).
    pub mark_roots: fn(&Vm, &mut Tracer),
    /// Puts compiled code's patched stores back to stubs
    /// (`Vm::check_stores`: a prototype changed under cached adds).
    pub reset_stores: fn(&Vm),
    /// Tier 0's entry, for compiled code calling a function that is not
    /// compiled (`interpreter::run`).
    pub interpret: fn(&mut Vm, Rc<FuncProto>, usize) -> JsResult<Value>,
    /// Tier 0 from instruction `pc`: how a generator continues
    /// (`interpreter::resume`; generators run in the interpreter only).
    pub resume: fn(&mut Vm, Rc<FuncProto>, usize, usize) -> JsResult<Value>,
}

/// Where a suspended generator continues: the instruction after its
/// `Yield`, the register that receives the value sent (and the next one,
/// how it was sent), and whether the yielded value is a ready result object.
#[derive(Clone, Copy, Debug)]
pub struct Suspend {
    pub pc: u32,
    pub dst: crate::bytecode::Reg,
    /// 0: a `yield` (or an `await`); 1: a `yield*`'s ready result object;
    /// 2: an async generator's `yield`.
    pub raw: u8,
}

impl Tiers {
    /// No tier 1: everything stays in the interpreter.
    pub const NONE: Tiers = Tiers {
        call: |_, _, _| None,
        back_edge: |_, _, _, _, _| Ok(None),
        mark_roots: |_, _| {},
        reset_stores: |_| {},
        interpret: |vm, _, _| Err(vm.throw_error(ErrorKind::TypeError, "internal error: no interpreter")),
        resume: |vm, _, _, _| Err(vm.throw_error(ErrorKind::TypeError, "internal error: no interpreter")),
    };
}

/// A built-in function: `f(vm, this, args)`.
pub type NativeFn = fn(&mut Vm, Value, &[Value]) -> JsResult<Value>;

/// A built-in function's description (`Callable::Native` indexes a table
/// of these).
pub struct Native {
    pub name: &'static str,
    /// Its `length` (the number of declared parameters).
    pub length: u8,
    pub call: NativeFn,
    /// May be called with `new` (`Array`, `Object`, …).
    pub constructor: bool,
    /// Listed in no stack trace: `Function.prototype.call`/`apply` and
    /// `Reflect.apply`, which V8 runs as tail calls.
    pub frameless: bool,
}

/// `WeakRef`'s and `FinalizationRegistry`'s internal slots (private
/// atoms) and prototypes (pinned): builtins/weakref.rs.
#[derive(Clone, Copy)]
pub struct WeakRealm {
    pub target: Atom,
    pub cells: Atom,
    pub weakref_proto: Value,
    pub registry_proto: Value,
}

impl Default for WeakRealm {
    fn default() -> Self {
        WeakRealm { target: 0, cells: 0, weakref_proto: Value::UNDEFINED, registry_proto: Value::UNDEFINED }
    }
}

/// `TextEncoder`'s and `TextDecoder`'s internal slots (private atoms), their
/// constructors and prototypes, and the encodings' names (pinned):
/// builtins/encoding.rs.
#[derive(Clone, Copy)]
pub struct TextRealm {
    pub encoder: Atom,
    pub decoder: Atom,
    pub state: Atom,
    pub encoder_ctor: Value,
    pub decoder_ctor: Value,
    pub encoder_proto: Value,
    pub decoder_proto: Value,
    pub names: [Value; 4],
}

impl Default for TextRealm {
    fn default() -> Self {
        let u = Value::UNDEFINED;
        TextRealm {
            encoder: 0,
            decoder: 0,
            state: 0,
            encoder_ctor: u,
            decoder_ctor: u,
            encoder_proto: u,
            decoder_proto: u,
            names: [u; 4],
        }
    }
}

/// The objects every program starts with, and the empty shapes of the
/// objects the language makes most.
pub struct Realm {
    pub object_proto: Value,
    pub function_proto: Value,
    pub array_proto: Value,
    pub string_proto: Value,
    pub number_proto: Value,
    pub boolean_proto: Value,
    /// `{}`'s shape, an array's, a function's.
    pub object_shape: &'static Shape,
    /// A fresh `{}`'s cell, which both tiers copy (`Heap::bump_object`).
    pub object_template: &'static crate::heap::ObjectTemplate,
    /// The root shape of object literals with more than `object::INLINE`
    /// named properties (Object.prototype, `object::WIDE` in-object
    /// slots), and their cell's template (`Vm::new_literal`).
    pub wide_shape: &'static Shape,
    pub wide_template: &'static crate::heap::WideTemplate,
    /// A fresh `[]`'s cell (an array of `array_shape`, no elements), which
    /// both tiers copy.
    pub array_template: &'static crate::heap::ObjectTemplate,
    pub array_shape: &'static Shape,
    pub function_shape: &'static Shape,
    /// An `arguments` object's shape (`length`, hidden), made by the first
    /// one (so that start-up makes no more shapes than it did).
    pub arguments_shape: Option<&'static Shape>,
    /// A sloppy function's (simple parameters): `length`, then `callee`.
    pub arguments_callee_shape: Option<&'static Shape>,
    /// An unmapped one's (strict code, non-simple parameters): `length`,
    /// then `callee` an accessor that throws.
    pub arguments_strict_shape: Option<&'static Shape>,
    /// That accessor's pair (getter and setter both %ThrowTypeError%),
    /// pinned and shared by every unmapped `arguments` object.
    pub strict_callee: Option<Value>,
    /// %ThrowTypeError% itself (pinned), which a sloppy write ignores as
    /// V8 does.
    pub throw_type_error: Option<Value>,
    /// Names the runtime looks up by itself.
    pub length: Atom,
    pub name: Atom,
    pub prototype: Atom,
    pub constructor: Atom,
    pub to_string: Atom,
    pub value_of: Atom,
    pub to_json: Atom,
    /// A sloppy function's own `arguments` and `caller` (`property::has_legacy_own`).
    pub arguments: Atom,
    pub caller: Atom,
    /// Private atoms marking a function whose virtual `name` or `length`
    /// was deleted (`property::virtual_fn_prop`): a hidden own property
    /// that no key list shows.
    pub name_deleted: Atom,
    pub length_deleted: Atom,
    /// The `console` object (the compiler emits `Print` for
    /// `console.log(...)` while `console` is this object).
    pub console: Value,
    /// node's `process` object (builtins/process.rs), whose `exitCode`
    /// the end of a script reads.
    pub process: Value,
    /// `this` at the top level of a script (node's `module.exports`).
    pub module_this: Value,
    /// `require.cache`: loaded modules by absolute path (pinned).
    pub module_cache: Value,
    /// What `require` returns for itself, 'process' and 'perf_hooks'.
    pub node_modules: [Value; 3],
    /// The exports of stitch's own JavaScript modules (`assert`, …), by name.
    pub builtin_modules: Value,
    /// `this` in a function called without a receiver: sloppy-mode
    /// JavaScript passes the global object.
    pub global_this: Value,
    /// How many shapes the built-ins made (a program's come after).
    pub builtin_shapes: usize,
    /// `Error.prototype`, `TypeError.prototype`, … by `ErrorKind` (set by
    /// builtins/error.rs): what errors the runtime raises inherit from.
    pub error_protos: [Value; crate::error::ERROR_KINDS],
    /// Names error objects have.
    pub message: Atom,
    pub stack: Atom,
    /// The accessor pair every new error's `stack` starts as (getter and
    /// setter `stack::lazy_get`, `lazy_set`; set by builtins/error.rs):
    /// the string is made on first use.
    pub lazy_stack: Value,
    /// The `Error` constructor, whose `stackTraceLimit` bounds new stacks
    /// (pinned).
    pub error_ctor: Value,
    /// Symbols, maps, sets and iterators (builtins/symbol.rs, map.rs, …).
    pub intrinsics: crate::heap::collection::Intrinsics,
    /// `WeakRef` and `FinalizationRegistry`: their internal slots' private
    /// atoms and their prototypes (builtins/weakref.rs).
    pub weak: WeakRealm,
    /// `TextEncoder` and `TextDecoder` (builtins/encoding.rs).
    pub text: TextRealm,
    /// The private atom of node's errors' `code` (`builtins::error::
    /// node_error`; 0 until the first), which their `stack` header shows
    /// (`TypeError [ERR_X]: …`), their prototypes' shared `toString`, and
    /// those prototypes by code (pinned).
    pub node_code: Atom,
    pub node_error_to_string: Value,
    pub node_error_protos: Vec<(String, Value)>,
    /// The `Math` functions,
    /// `String.prototype.charCodeAt`, `String.fromCharCode`,
    /// `Array.prototype.push` and `Array.prototype.pop` as installed (pinned): what an inline call
    /// site compares its callee with (`jit::decode::INLINE_MATH` order).
    pub inline_math: [Value; INLINE_BUILTINS],
}

/// How many built-ins call sites may be compiled inline for
/// (`jit::INLINE_MATH`, which asserts the two agree; the VM does not
/// import the JIT).
pub const INLINE_BUILTINS: usize = 13;

/// Where `String.prototype.charCodeAt` is in `Realm::inline_math`, for
/// the interpreter's inline `s.charCodeAt(i)` (`jit::INLINE_MATH` checks
/// the name at compile time). A literal here went stale once when
/// `INLINE_MATH` grew, and the interpreter's hit compared with `ceil`.
pub const INLINE_CHAR_CODE_AT: usize = 8;

/// Where `String.fromCharCode` is in `Realm::inline_math`, for the
/// interpreter's inline `String.fromCharCode(c)` (checked like
/// `INLINE_CHAR_CODE_AT`).
pub const INLINE_FROM_CHAR_CODE: usize = 9;

/// Where `Array.prototype.push` and `pop` are in `Realm::inline_math`,
/// for the interpreter's inline `a.push(v)` and `a.pop()` (checked like
/// `INLINE_CHAR_CODE_AT`).
pub const INLINE_PUSH: usize = 10;
pub const INLINE_POP: usize = 11;

/// An interpreter frame that is waiting for a callee to return. Four
/// words (the return pc and the destination register share one), so a
/// call writes four and a return reads four, and a record's address is a
/// shift, not a multiply by five (chapter 21, "A leaner frame record").
pub struct Frame {
    /// A copy, not a clone: functions are immortal (`FuncProto::immortal`).
    pub proto: &'static Rc<FuncProto>,
    pub base: usize,
    /// The registers at `base`, checked when the frame was entered: a
    /// return need not check them again.
    pub regs: FrameRef,
    /// The return pc in the low 32 bits (a function has fewer than 2^32
    /// instructions), the caller's register that receives the result in
    /// the next 8.
    ret: u64,
}

/// A popped frame record: the caller's `(proto, pc, base, registers, dst)`
/// and whether the callee ran under `new` as a plain function.
pub type CallerRecord = (&'static Rc<FuncProto>, usize, usize, FrameRef, u8, bool);

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

    /// Records the caller of a frame being entered. `construct`: the
    /// callee is a plain function under `new`, whose result stands only
    /// if it is an object (else the `this` in its receiver slot).
    #[inline]
    pub fn push(
        &mut self,
        proto: &'static Rc<FuncProto>,
        pc: usize,
        base: usize,
        regs: FrameRef,
        dst: u8,
        construct: bool,
    ) {
        let ret = (pc as u32) as u64 | (dst as u64) << 32 | (construct as u64) << 40;
        if let Some(f) = self.slots.get_mut(self.depth) {
            f.proto = proto;
            f.base = base;
            f.regs = regs;
            f.ret = ret;
        } else {
            self.slots.push(Frame { proto, base, regs, ret });
        }
        self.depth += 1;
    }

    /// The caller's record: `(proto, pc, base, registers, dst)`, if the
    /// stack is deeper than `entry` (the interpreter pops only the frames
    /// it pushed: one compare, where `len() == entry` and then a checked
    /// decrement were two).
    #[inline]
    pub fn pop_above(&mut self, entry: usize) -> Option<CallerRecord> {
        if self.depth <= entry {
            return None;
        }
        self.depth -= 1;
        let f = self.slots.get(self.depth)?;
        Some((f.proto, f.ret as u32 as usize, f.base, f.regs, (f.ret >> 32) as u8, f.ret >> 40 != 0))
    }

    pub fn truncate(&mut self, depth: usize) {
        self.depth = self.depth.min(depth);
    }

    /// Drops the records above the current depth.
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
    /// A bound above every live frame of the interpreter: entering a frame
    /// raises it to the frame's end; a return lowers it to the returning
    /// frame's window, and so does a slow path of compiled code to its
    /// frame's (`innermost_frame`). The GC scans `[0, hwm)`, and up to
    /// compiled code's own mark, which only prologues raise.
    pub hwm: usize,
    /// The highest either mark has been since the last collection (folded
    /// in whenever one is lowered): the stack above the scanned part is
    /// cleared up to here at each collection (`collect_with`).
    pub stack_peak: usize,
    pub globals: Globals,
    pub protos: Vec<Rc<FuncProto>>,
    pub frames: Frames,
    pub out: Box<dyn Write>,
    /// console's groups, counters and timers (`builtins::console`).
    pub console_state: crate::console_state::ConsoleState,
    pub stats: Stats,
    /// The lowest native stack address the VM may use before reporting
    /// "Maximum call stack size exceeded".
    pub native_limit: usize,
    /// How the tiers reach each other (installed by the driver).
    pub(crate) tiers: Tiers,
    /// Tier 1's state.
    pub(crate) jit: crate::tier1::JitState,
    /// Compiled regular expressions by pattern and flags.
    pub regexps: crate::regexp::Cache,
    /// The last successful match, for `RegExp.$1` and its kin (a root).
    pub last_match: crate::regexp::LastMatch,
    /// The last one-byte, non-ASCII buffer a regexp searched, widened to
    /// UTF-16 (regress searches `&str` or `&[u16]`): a lexer's repeated
    /// searches of one text (and of its slices) widen it once
    /// (`builtins::regexp::subject_of`). The string keeps the buffer alive.
    pub regexp_wide: Option<(crate::heap::JsStr, std::rc::Rc<[u16]>)>,
    /// Strings the VM itself hands out (typeof results), made once.
    statics: HashMap<&'static str, Value>,
    /// The value being thrown while an exception unwinds (a GC root):
    /// `Some` exactly while a `Thrown` is on its way up, in either tier.
    exception: Option<Value>,
    /// Values rooted by Rust code (`Vm::scope`).
    roots: Vec<Value>,
    /// Objects that live as long as the VM: prototypes, built-ins, and
    /// function objects of compiled code (constants may name them).
    pinned: Vec<Value>,
    /// Promise jobs, timers and unhandled rejections (src/promise.rs).
    pub event: crate::event_loop::EventLoop,
    pub atoms: Atoms,
    /// The private names of the classes compiled so far (src/private.rs).
    pub privates: HashMap<u32, crate::bytecode::PrivateInfo>,
    /// The compiled private atoms whose class has been evaluated (its
    /// next evaluation makes fresh ones: `private::new_name`).
    pub private_evaluated: std::collections::HashSet<u32>,
    pub shapes: Shapes,
    pub natives: Vec<Native>,
    pub realm: Realm,
    /// `new.target` of the native running as a constructor (else undefined).
    pub new_target: Value,
    /// How many arguments `new` passed to a derived class's implicit
    /// constructor, whose first instruction (`SuperForward`) reads them.
    pub forward_argc: usize,
    /// The megamorphic inline cache: (shape, name) → slot, for every site.
    pub mega: Box<[crate::bytecode::MegaEntry]>,
    /// The one-unit strings of Latin-1, made once (`s[i]`, `charAt`, …).
    unit_strings: Vec<Value>,
    atom_strings: HashMap<Atom, Value, foldhash::fast::FixedState>,
    /// `Math.random`'s generator, seeded the same on every run.
    pub rng: crate::numconv::math::Rng,
    /// Exceptions: where the pending one was thrown (the first instruction
    /// it left).
    exception_at: Option<Place>,
    /// The places handed to handlers as tokens (`catch_exception`): a
    /// token is an index here, a Smi in a register that the GC and the
    /// generators' saved frames carry like any value. Interned, so a loop
    /// that throws through a `finally` adds one entry per throw site.
    places: Vec<Place>,
    place_ids: HashMap<(usize, u32, u32), u32>,
    /// The script running at the bottom of the stack (its frame's link is
    /// 0), for stack traces.
    pub script: Option<Rc<FuncProto>>,
    /// The frame (base, pc) that is calling out of the program into Rust:
    /// set by the generic paths and natives, so that a callback's frame
    /// links to it (`calls::call_function`). `NATIVE_PC` marks a native.
    pub calling: (usize, u32),
    /// The frames (bases) of built-in constructors running under `new`,
    /// innermost last: their stack lines read `new Map`.
    pub native_news: Vec<usize>,
    /// Run when a native whose frame is at the given base throws
    /// (`stack::native_threw`, which the driver sets: stack.rs sits above
    /// calls.rs, which runs natives).
    pub native_threw: fn(&mut Vm, usize),
    /// `JSON.stringify` and an object's own keys in JavaScript's order,
    /// for the printer's `%j` and `showHidden` (src/show.rs); set by the
    /// builtins, which sit above the printer.
    pub json_stringify: NativeFn,
    pub own_keys_of: fn(&mut Vm, Value, bool) -> JsResult<Vec<crate::heap::PropKey>>,
    /// Set by a generator's `Yield` as it leaves the interpreter: where it
    /// resumes (src/generators.rs reads and clears it).
    pub suspended: Option<Suspend>,
    /// The empty shape of each kind's errors (by `ErrorKind`, filled on
    /// first use): spares `new_error` the hash lookup of `Shapes::root`.
    error_roots: [Option<&'static Shape>; crate::error::ERROR_KINDS],
    /// The shapes each kind's errors go through as `new_error` makes them
    /// (the root, with the lazy `stack`, with `message` too): two
    /// transition searches (`Shapes::add`) fewer per error. Filled once
    /// the lazy accessor exists (the attributes of `stack` depend on it).
    error_shapes: [Option<(&'static Shape, &'static Shape, &'static Shape)>; crate::error::ERROR_KINDS],
}

/// Where an exception was thrown: a source and the span of the instruction.
type Place = (Rc<crate::source::Source>, crate::ast::Span);

/// The `pc` of a native's frame in links and `Vm::calling`.
pub const NATIVE_PC: u32 = u32::MAX;

/// A frame link word (`Slots::with_links`): the frame at `callee` was
/// called by the frame at `caller` from instruction `pc`.
#[inline]
pub fn frame_link(caller: usize, callee: usize, pc: u32) -> u64 {
    ((callee.wrapping_sub(caller) as u64).wrapping_mul(8) << 32) | pc as u64
}

impl Vm {
    /// A VM with no tier 1 attached and no native stack limit: the
    /// driver's `Vm::new` (src/driver.rs) completes it.
    pub(crate) fn unattached(opts: Options, out: Box<dyn Write>) -> Box<Vm> {
        let mut heap = Heap::new(opts.gc_stress);
        heap.generational = opts.generational;
        let mut shapes = Shapes::default();
        let placeholder = shapes.root(Value::NULL);
        let realm = Realm {
            object_proto: Value::NULL,
            function_proto: Value::NULL,
            array_proto: Value::NULL,
            string_proto: Value::NULL,
            number_proto: Value::NULL,
            boolean_proto: Value::NULL,
            object_shape: placeholder,
            object_template: crate::heap::ObjectTemplate::leak(placeholder),
            // (No wide root yet: Object.prototype's root is shape#1, as
            // the book's transcripts say; the realm makes the wide one.)
            wide_shape: placeholder,
            wide_template: crate::heap::WideTemplate::leak(placeholder),
            array_template: crate::heap::ObjectTemplate::leak_array(placeholder),
            array_shape: placeholder,
            function_shape: placeholder,
            arguments_shape: None,
            arguments_callee_shape: None,
            arguments_strict_shape: None,
            strict_callee: None,
            throw_type_error: None,
            length: 0,
            name: 0,
            prototype: 0,
            constructor: 0,
            to_string: 0,
            value_of: 0,
            to_json: 0,
            arguments: 0,
            caller: 0,
            name_deleted: 0,
            length_deleted: 0,
            console: Value::UNDEFINED,
            process: Value::UNDEFINED,
            module_this: Value::UNDEFINED,
            module_cache: Value::UNDEFINED,
            node_modules: [Value::UNDEFINED; 3],
            builtin_modules: Value::UNDEFINED,
            global_this: Value::UNDEFINED,
            builtin_shapes: 0,
            error_protos: [Value::NULL; crate::error::ERROR_KINDS],
            message: 0,
            stack: 0,
            lazy_stack: Value::UNDEFINED,
            error_ctor: Value::UNDEFINED,
            intrinsics: Default::default(),
            weak: Default::default(),
            text: Default::default(),
            node_code: 0,
            node_error_to_string: Value::UNDEFINED,
            node_error_protos: Vec::new(),
            inline_math: [Value::UNDEFINED; INLINE_BUILTINS],
        };
        let mut vm = Box::new(Vm {
            opts,
            heap,
            stack: Slots::with_links(STACK_SLOTS),
            hwm: 0,
            stack_peak: 0,
            globals: Globals::new(),
            protos: Vec::new(),
            frames: Frames::default(),
            out,
            console_state: Default::default(),
            stats: Stats::default(),
            native_limit: 0,
            tiers: Tiers::NONE,
            jit: crate::tier1::JitState::default(),
            regexps: Default::default(),
            last_match: Default::default(),
            regexp_wide: None,
            statics: HashMap::new(),
            exception: None,
            roots: Vec::new(),
            pinned: Vec::new(),
            event: Default::default(),
            atoms: Atoms::default(),
            privates: HashMap::new(),
            private_evaluated: Default::default(),
            shapes,
            natives: Vec::new(),
            realm,
            new_target: Value::UNDEFINED,
            forward_argc: 0,
            mega: vec![Default::default(); crate::bytecode::MEGA_ENTRIES].into_boxed_slice(),
            rng: crate::numconv::math::Rng::new(0x0057_17c4),
            unit_strings: Vec::new(),
            atom_strings: HashMap::default(),
            exception_at: None,
            places: Vec::new(),
            place_ids: HashMap::new(),
            script: None,
            calling: (0, NATIVE_PC),
            native_news: Vec::new(),
            native_threw: |_, _| {},
            json_stringify: |_, _, _| Ok(Value::UNDEFINED),
            own_keys_of: |_, _, _| Ok(Vec::new()),
            suspended: None,
            error_roots: [None; crate::error::ERROR_KINDS],
            error_shapes: [None; crate::error::ERROR_KINDS],
        });
        vm.make_realm();
        vm
    }

    /// The prototypes and the shapes of the objects the language makes.
    /// Their methods are installed by `builtins::install`.
    fn make_realm(&mut self) {
        let null_shape = self.shapes.root(Value::NULL);
        let object_proto = self.pin(JsObject::new(null_shape, ObjClass::Plain));
        let object_shape = self.shapes.root(object_proto);
        let proto = |vm: &mut Vm| vm.pin(JsObject::new(object_shape, ObjClass::Plain));
        // Function.prototype is itself a function (`typeof` says so) that
        // takes anything and returns undefined; not a constructor.
        let nothing = self.natives.len() as u32;
        self.natives.push(Native {
            name: "",
            length: 0,
            call: |_, _, _| Ok(Value::UNDEFINED),
            constructor: false,
            frameless: false,
        });
        let function_proto = self.pin(JsObject::new(object_shape, ObjClass::Function(Callable::Native(nothing))));
        // Array.prototype is itself an array (`Array.isArray` says so),
        // empty and of length 0.
        let array_proto = self.pin(JsObject::new(object_shape, ObjClass::Array));
        let string_proto = proto(self);
        let number_proto = proto(self);
        let boolean_proto = proto(self);
        let r = &mut self.realm;
        r.object_proto = object_proto;
        r.function_proto = function_proto;
        r.array_proto = array_proto;
        r.string_proto = string_proto;
        r.number_proto = number_proto;
        r.boolean_proto = boolean_proto;
        r.object_shape = object_shape;
        r.object_template = crate::heap::ObjectTemplate::leak(object_shape);
        r.wide_shape = self.shapes.root_sized(object_proto, crate::heap::object::WIDE as u8);
        r.wide_template = crate::heap::WideTemplate::leak(r.wide_shape);
        r.array_shape = self.shapes.root(array_proto);
        r.array_template = crate::heap::ObjectTemplate::leak_array(r.array_shape);
        r.function_shape = self.shapes.root(function_proto);
        let module_this = self.pin(JsObject::new(object_shape, ObjClass::Plain));
        self.realm.module_this = module_this;
        let global_this = self.pin(JsObject::new(object_shape, ObjClass::Plain));
        if let Some(g) = global_this.as_object() {
            // Never cached: its properties are the global slots.
            g.to_dictionary(&mut self.shapes);
        }
        self.realm.global_this = global_this;
        let mut atom = |s: &str| self.atoms.intern(s);
        let (length, name, prototype, constructor) =
            (atom("length"), atom("name"), atom("prototype"), atom("constructor"));
        let (to_string, value_of, to_json) = (atom("toString"), atom("valueOf"), atom("toJSON"));
        let (message, stack) = (atom("message"), atom("stack"));
        let (arguments, caller) = (atom("arguments"), atom("caller"));
        let name_deleted = self.atoms.intern_private("#<name deleted>");
        let length_deleted = self.atoms.intern_private("#<length deleted>");
        let r = &mut self.realm;
        (r.arguments, r.caller) = (arguments, caller);
        (r.name_deleted, r.length_deleted) = (name_deleted, length_deleted);
        (r.length, r.name, r.prototype, r.constructor) = (length, name, prototype, constructor);
        (r.to_string, r.value_of, r.to_json) = (to_string, value_of, to_json);
        (r.message, r.stack) = (message, stack);
    }

    /// The string of an interned name, made once (names are immortal).
    pub fn atom_string(&mut self, a: Atom) -> Value {
        if let Some(&v) = self.atom_strings.get(&a) {
            return v;
        }
        let name = self.atoms.name(a);
        let s = if crate::keytext::is_escaped(name) {
            JsStr::from_units(&crate::keytext::decode(name))
        } else {
            JsStr::from_str(name)
        };
        let v = self.heap.alloc_permanent(ObjKind::Str(s));
        self.atom_strings.insert(a, v);
        v
    }

    /// The string of one UTF-16 unit; Latin-1 ones are made once.
    pub fn unit_string(&mut self, u: u16) -> Value {
        if u < 256 {
            return self.unit_strings()[u as usize];
        }
        self.string_from_units(vec![u])
    }

    /// The 256 permanent one-unit strings of the Latin-1 units, made on
    /// first use. The vector is never resized afterwards, so its address is
    /// fixed for the VM's life: the inline `String.fromCharCode` stencil
    /// loads from it (`jit::abi::HoleKind::UnitStrings`).
    pub fn unit_strings(&mut self) -> &[Value] {
        if self.unit_strings.is_empty() {
            self.unit_strings = (0..256u16)
                .map(|c| self.heap.alloc_permanent(ObjKind::Str(JsStr::from_latin1(vec![c as u8]))))
                .collect();
        }
        &self.unit_strings
    }

    /// The address of `unit_strings`, or 0 before it is made.
    pub fn unit_strings_addr(&self) -> u64 {
        if self.unit_strings.is_empty() {
            0
        } else {
            self.unit_strings.as_ptr() as u64
        }
    }

    /// Allocates an object that lives as long as the VM.
    pub fn pin(&mut self, o: JsObject) -> Value {
        let v = self.alloc(ObjKind::Object(o));
        self.pinned.push(v);
        v
    }

    /// Keeps `v` alive as long as the VM (a symbol used as a property key,
    /// a registered symbol).
    pub fn pin_value(&mut self, v: Value) {
        self.pinned.push(v);
    }

    /// A new empty plain object (`{}`).
    #[inline(always)]
    pub fn new_object(&mut self) -> Value {
        // A copy of the template by bump, as compiled code's `new_object`
        // stencil makes it; a full LAB or a due collection takes `alloc`.
        // The slow path is a call of its own: inline, its frame (a whole
        // payload built on the stack) made every bump save five registers
        // and reserve 272 bytes, about 20 of the 50 instructions callgrind
        // counted per object on binarytrees.
        if !self.heap.wants_gc() {
            if let Some(v) = self.heap.bump_object(self.realm.object_template) {
                return v;
            }
        }
        self.new_object_slow()
    }

    #[cold]
    #[inline(never)]
    fn new_object_slow(&mut self) -> Value {
        let shape = self.realm.object_shape;
        self.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Plain)))
    }

    /// An object literal's object, to get `size` named properties: one
    /// with more than fit an object's usual cell gets a wide cell
    /// (`object::WIDE` in-object slots), as V8 sizes a literal's map by
    /// its properties, so that none of them go to an overflow vector.
    #[inline(always)]
    pub fn new_literal(&mut self, size: u8) -> Value {
        if size as usize <= crate::heap::object::INLINE {
            return self.new_object();
        }
        if !self.heap.wants_gc() {
            if let Some(v) = self.heap.bump_object(self.realm.wide_template) {
                return v;
            }
        } else {
            self.collect_with(|_| {});
        }
        let shape = self.realm.wide_shape;
        self.heap.alloc_wide_object(shape)
    }

    /// A new object whose prototype is `proto` (an object or null).
    pub fn new_object_with_proto(&mut self, proto: Value) -> Value {
        let shape = self.shapes.root(proto);
        // `{}`'s bump and copy, then the shape: building the payload and
        // placing it (`alloc`) was half the time of a loop of `new P(i)`.
        let v = self.new_object();
        if let Some(o) = v.as_object() {
            o.set_root_shape(shape);
        }
        v
    }

    /// A new array holding `items` (HOLE marks a hole). The items are kept
    /// alive by the allocation itself.
    pub fn new_array(&mut self, items: Vec<Value>) -> Value {
        let shape = self.realm.array_shape;
        // The elements live outside the cell: charged, so that arrays
        // dropped in a loop (`new Array(1000000)`) pace collections.
        self.heap.charge(items.capacity() * 8);
        self.alloc(ObjKind::Object(JsObject::array(shape, items)))
    }

    /// `[]`: a copy of the array template by bump, as compiled code's
    /// `new_array` stencil makes it; a full LAB or a due collection takes
    /// `new_array`.
    #[inline(always)]
    pub fn new_empty_array(&mut self) -> Value {
        if !self.heap.wants_gc() {
            if let Some(v) = self.heap.bump_object(self.realm.array_template) {
                return v;
            }
        }
        self.new_empty_array_slow()
    }

    #[cold]
    #[inline(never)]
    fn new_empty_array_slow(&mut self) -> Value {
        self.new_array(Vec::new())
    }

    /// A built-in constructor (`new` may call it; `vm.new_target` says
    /// whether it did).
    pub fn native_constructor(&mut self, name: &'static str, length: u8, call: NativeFn) -> Value {
        let f = self.native_function(name, length, call);
        if let Some(n) = self.natives.last_mut() {
            n.constructor = true;
        }
        f
    }

    /// A function object for a built-in, pinned.
    pub fn native_function(&mut self, name: &'static str, length: u8, call: NativeFn) -> Value {
        let i = self.natives.len() as u32;
        self.natives.push(Native { name, length, call, constructor: false, frameless: false });
        let shape = self.realm.function_shape;
        self.pin(JsObject::new(shape, ObjClass::Function(Callable::Native(i))))
    }

    /// A number value: a Smi when the double is an int32 other than -0.
    #[inline]
    pub fn number(&mut self, d: f64) -> Value {
        if let Some(v) = Value::smi_from_f64(d) {
            return v;
        }
        self.alloc(ObjKind::Double(d))
    }

    /// `number` for the interpreter's arithmetic arms, inlined there: the
    /// Smi rule, else a bump of the doubles' LAB (`Heap::bump_double`), and
    /// only when that is full the out-of-line `alloc` (which may collect;
    /// the operands are already f64s, so nothing needs rooting).
    #[inline(always)]
    pub fn number_inline(&mut self, d: f64) -> Value {
        if let Some(v) = Value::smi_from_f64(d) {
            return v;
        }
        match self.heap.bump_double(d) {
            Some(v) => v,
            None => self.boxed_double(d),
        }
    }

    #[cold]
    #[inline(never)]
    fn boxed_double(&mut self, d: f64) -> Value {
        self.alloc(ObjKind::Double(d))
    }

    /// A string value of this text.
    pub fn string(&mut self, s: String) -> Value {
        self.alloc_string(JsStr::new(s))
    }

    /// A string value of these UTF-16 code units (lone surrogates allowed).
    pub fn string_from_units(&mut self, units: Vec<u16>) -> Value {
        self.alloc_string(JsStr::from_units_vec(units))
    }

    /// `string_from_units` for text that may be near the length limit: no
    /// memory for it is node's `RangeError: Invalid string length`, not an
    /// abort.
    pub fn try_string_from_units(&mut self, units: Vec<u16>) -> JsResult<Value> {
        match JsStr::try_from_units(&units) {
            Some(s) => {
                drop(units);
                Ok(self.alloc_string(s))
            }
            None => Err(self.throw_error(ErrorKind::RangeError, "Invalid string length")),
        }
    }

    /// A string value of Latin-1 units (each byte is a code unit).
    pub fn string_from_latin1(&mut self, bytes: Vec<u8>) -> Value {
        self.alloc_string(JsStr::from_latin1(bytes))
    }

    /// A string value of a payload made elsewhere (`JsStr::slice`, ...).
    pub fn alloc_string(&mut self, s: JsStr) -> Value {
        self.heap.charge(s.buffer().capacity());
        self.alloc(ObjKind::Str(s))
    }

    /// `a + b` when either side is a string: appends in place when `a` is a
    /// string that ends its buffer (see `heap::JsStr::append`), so building
    /// a string with `+=` is amortised linear.
    /// A result longer than V8's limit (`MAX_STRING_LENGTH` UTF-16 code
    /// units) throws `RangeError: Invalid string length`, as node does,
    /// instead of growing until memory runs out.
    pub fn concat(&mut self, a: Value, b: Value) -> JsResult<Value> {
        let len16 = |v: Value| match v.as_js_str() {
            Some(s) => s.len() as u64,
            None => 0,
        };
        if len16(a) + len16(b) > MAX_STRING_LENGTH {
            return Err(self.throw_error(ErrorKind::RangeError, "Invalid string length"));
        }
        // The payload owns its buffer outright (not through `a` or `b`), so
        // neither needs to survive the collection `alloc` may run.
        let joined = match (a.as_js_str(), b.as_js_str()) {
            // Strings are values: `"" + s` is `s` itself (a string being
            // built from "" starts without a buffer of its own).
            (Some(left), Some(_)) if left.is_empty() => return Ok(b),
            (Some(_), Some(right)) if right.is_empty() => return Ok(a),
            (Some(left), Some(right)) => left.append(right),
            // `s += i` needs no allocation for the digits.
            (Some(left), None) if b.is_smi() => left.append_str(smi_text(b.as_smi(), &mut [0; 11])),
            (Some(left), None) => left.append_str(&crate::format::to_string(b)),
            (None, Some(right)) => JsStr::concat(&JsStr::new(crate::format::to_string(a)), right),
            (None, None) => {
                let left = JsStr::new(crate::format::to_string(a));
                left.append_str(&crate::format::to_string(b))
            }
        };
        // Out of memory for the result: the error node gives when a string
        // cannot be made, instead of aborting the process.
        let Some((s, new_bytes)) = joined else {
            return Err(self.throw_error(ErrorKind::RangeError, "Invalid string length"));
        };
        self.heap.charge(new_bytes);
        Ok(self.alloc(ObjKind::Str(s)))
    }

    /// `a + b` for two strings when no collection is due: what the `add`
    /// stencil's cold part calls directly for a tokenizer's `s += c`,
    /// instead of the generic slow path (`helper_exec_op` decoding the
    /// instruction, `ops::add` testing numbers first). None, having
    /// changed nothing, when either is not a string, a collection is due
    /// or the join would throw: the generic `+` then does all of that.
    #[inline(always)]
    pub fn concat_strings_uncollected(&mut self, a: Value, b: Value) -> Option<Value> {
        let (left, right) = (a.as_js_str()?, b.as_js_str()?);
        if left.is_empty() {
            return Some(b);
        }
        if right.is_empty() {
            return Some(a);
        }
        if self.heap.wants_gc() || left.len() as u64 + right.len() as u64 > MAX_STRING_LENGTH {
            return None;
        }
        let (s, new_bytes) = left.append(right)?;
        self.heap.charge(new_bytes);
        Some(self.heap.alloc(ObjKind::Str(s)))
    }

    /// Allocates an object, collecting first when one is due. The values the
    /// payload holds are roots of that collection, so a caller may build a
    /// payload from values it holds nowhere else: they are kept alive. Any
    /// other value held across this call must be rooted (`Vm::scope`).
    #[inline(always)]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        if self.heap.wants_gc() {
            self.collect_keeping(&kind);
        }
        self.heap.alloc(kind)
    }

    #[cold]
    #[inline(never)]
    fn collect_keeping(&mut self, kind: &ObjKind) {
        self.collect_with(|t| kind.trace(t));
    }

    /// A constant for the compiler: a permanent object (never freed, never
    /// traced), so the constant table being built needs no rooting and no
    /// collection ever rescans constant tables.
    pub fn constant_string(&mut self, s: &str) -> Value {
        self.heap.alloc_permanent(ObjKind::Str(JsStr::from_str(s)))
    }

    /// A constant string of UTF-16 code units (a string literal's value).
    pub fn constant_units(&mut self, units: &[u16]) -> Value {
        self.heap.alloc_permanent(ObjKind::Str(JsStr::from_units(units)))
    }

    /// The shape a new function object running `proto` starts with: a
    /// generator function inherits from %GeneratorFunction.prototype%.
    pub fn function_shape_of(&mut self, proto: &FuncProto) -> &'static Shape {
        if proto.info.generator && proto.info.is_async {
            let p = self.realm.intrinsics.async_gen_fn_proto;
            return self.shapes.root(p);
        }
        if proto.info.generator {
            let p = self.realm.intrinsics.gen_fn_proto;
            return self.shapes.root(p);
        }
        if proto.info.is_async {
            let p = self.realm.intrinsics.async_fn_proto;
            return self.shapes.root(p);
        }
        self.realm.function_shape
    }

    /// A function object for the compiler. Not permanent (a function may
    /// get properties that refer to collectable objects) but pinned: it
    /// lives as long as the VM, like the constant tables naming it.
    pub fn constant_function(&mut self, proto: Rc<FuncProto>) -> Value {
        let shape = self.function_shape_of(&proto);
        self.pin(JsObject::new(shape, ObjClass::Function(Callable::Script(proto))))
    }

    /// A permanent string made once, e.g. the result of `typeof`.
    pub fn static_string(&mut self, s: &'static str) -> Value {
        if let Some(&v) = self.statics.get(s) {
            return v;
        }
        let v = self.heap.alloc_permanent(ObjKind::Str(JsStr::new(s.to_string())));
        self.statics.insert(s, v);
        v
    }

    pub fn constant_number(&mut self, d: f64) -> Value {
        match Value::smi_from_f64(d) {
            Some(v) => v,
            None => self.heap.alloc_permanent(ObjKind::Double(d)),
        }
    }

    /// A BigInt constant (a permanent object) of its decimal digits.
    pub fn constant_bigint(&mut self, decimal: &str) -> Value {
        let b = decimal.parse::<num_bigint::BigInt>().unwrap_or_default();
        self.heap.alloc_permanent(ObjKind::BigInt(b))
    }

    /// A BigInt value; its digits' buffer is charged to the pacing, as a
    /// string's is.
    pub fn bigint(&mut self, b: num_bigint::BigInt) -> Value {
        self.heap.charge(b.bits().div_ceil(8) as usize);
        self.alloc(ObjKind::BigInt(b))
    }

    #[inline]
    pub fn maybe_gc(&mut self) {
        if self.heap.wants_gc() {
            self.collect();
        }
    }

    /// A collection now.
    pub fn collect(&mut self) {
        self.collect_with(|_| {});
    }

    /// Marks every root, traces and sweeps. Roots: the value stack up to its
    /// high-water mark, the globals, values rooted by Rust code (`scope`),
    /// `extra` (an object being allocated), and the callees that compiled
    /// call sites have been patched to reach. Constants are permanent
    /// objects, so constant tables are not roots.
    fn collect_with(&mut self, extra: impl FnOnce(&mut Tracer)) {
        let start = std::time::Instant::now();
        let mut t = self.heap.start_collection();
        extra(&mut t);
        let hwm = self.hwm.max(self.jit_hwm()).min(self.stack.len());
        let stack = self.stack.view();
        for i in 0..hwm {
            t.mark(stack.get(i));
        }
        // Registers are not cleared on entry (the compiler writes each
        // before reading it), so a slot above the scanned part may hold a
        // stale reference to an object this collection frees; a later
        // collection scanning higher would mark that free cell -- and the
        // allocator would hand it out already marked, so a minor collection
        // would never trace what the new object refers to. Clearing them
        // now costs the stack's extent since the last collection.
        let peak = self.stack_peak.max(hwm).min(self.stack.len());
        for i in hwm..peak {
            stack.set(i, Value::UNDEFINED);
        }
        self.stack_peak = hwm;
        for g in 0..self.globals.names.len() {
            t.mark(self.globals.get(g as u32));
        }
        for &v in self.roots.iter().chain(&self.pinned) {
            t.mark(v);
        }
        for v in self.event.values() {
            t.mark(v);
        }
        self.shapes.trace(&mut t);
        if let Some(v) = self.exception {
            t.mark(v);
        }
        t.mark(self.last_match.subject);
        t.mark(self.last_match.input);
        (self.tiers.mark_roots)(self, &mut t);
        self.heap.finish_collection(t);
        let nanos = start.elapsed().as_nanos() as u64;
        self.heap.stats.gc_nanos += nanos;
        if self.heap.last_was_major() {
            self.heap.stats.major_nanos += nanos;
        }
    }

    /// Opens a rooting scope: values rooted in it survive every collection
    /// until it is dropped. Use it whenever Rust code holds a value that no
    /// other root reaches across a call that may allocate.
    pub fn scope(&mut self) -> Scope<'_> {
        let base = self.roots.len();
        Scope { vm: self, base }
    }

    /// Says that the frame at `base` is the innermost live frame (compiled
    /// code is calling a slow path from it), so every live frame of either
    /// tier lies below its register window and the collector need not scan
    /// above that. Entering a frame raises the marks again.
    #[inline]
    pub fn innermost_frame(&mut self, base: usize) {
        self.stack_peak = self.stack_peak.max(self.stack_top());
        let top = base.saturating_add(crate::heap::FRAME_WINDOW).min(self.stack.len());
        self.hwm = self.hwm.min(top);
        let p = self.stack.addr(top) as *mut u64;
        if self.jit.ctx.hwm > p {
            self.jit.ctx.hwm = p;
        }
    }

    /// The first stack slot above every live frame of both tiers.
    pub fn stack_top(&self) -> usize {
        self.hwm.max(self.jit_hwm())
    }

    /// Both high-water marks, to restore after a call made from Rust.
    pub fn save_marks(&self) -> (usize, *mut u64) {
        (self.hwm, self.jit.ctx.hwm)
    }

    pub fn restore_marks(&mut self, (hwm, jit): (usize, *mut u64)) {
        self.stack_peak = self.stack_peak.max(self.stack_top());
        self.hwm = hwm;
        self.jit.ctx.hwm = jit;
    }

    /// The high-water mark compiled code keeps in the JIT context.
    fn jit_hwm(&self) -> usize {
        let hwm = self.jit.ctx.hwm;
        if hwm.is_null() {
            0
        } else {
            self.stack.index_of(hwm as *const Value)
        }
    }

    /// Drops the store caches a prototype's change made stale, if one
    /// changed (`Shapes::protos_changed`): called after every native and
    /// every generic instruction (the ways such a change happens), before
    /// anything else can run a cached store. Rare: programs define
    /// accessors on prototypes before they make objects.
    #[inline(always)]
    pub fn check_stores(&mut self) {
        if self.shapes.protos_changed {
            self.forget_stale_stores();
        }
    }

    #[cold]
    #[inline(never)]
    fn forget_stale_stores(&mut self) {
        self.shapes.protos_changed = false;
        for p in &self.protos {
            for site in p.sites.iter() {
                site.forget_adds();
            }
        }
        (self.tiers.reset_stores)(self);
    }

    pub fn register(&mut self, proto: FuncProto) -> Rc<FuncProto> {
        let p = Rc::new(proto);
        self.protos.push(p.clone());
        p
    }

    /// The function named `name`: the one global `name` holds now, else the
    /// most recently defined function of that name (the REPL's `:asm NAME`).
    pub fn function_named(&self, name: &str) -> Option<Rc<FuncProto>> {
        if let Some(p) = self.globals.lookup(name).and_then(|g| self.globals.get(g).as_function()) {
            return Some(p.clone());
        }
        self.protos.iter().rev().find(|p| !p.is_script && &*p.name == name).cloned()
    }

    /// The function whose value has the word `bits` (a patched call site's
    /// guard), found among the values a callee can come from: the globals
    /// and the constants (every function object is a constant). Listings
    /// only: it searches, and it never makes a value from a bare word.
    /// The function code at address `bits` (a patched call site's guard
    /// names the code its callees run, not a function object).
    pub fn function_with_bits(&self, bits: u64) -> Option<&Rc<FuncProto>> {
        self.protos.iter().find(|p| Rc::as_ptr(p) as u64 == bits)
    }

    /// A new error object `kind: message` (no location yet): an ordinary
    /// object inheriting from the kind's prototype (`TypeError.prototype`),
    /// with its own `message`; its `stack` is added where it is located
    /// (`stack::locate`). An interrupt stays an `ErrorObj`, which no
    /// handler catches.
    pub fn error_value(&mut self, kind: ErrorKind, message: &str) -> Value {
        let message = self.string(message.to_string());
        if kind == ErrorKind::Interrupted {
            // `alloc` keeps the payload's values (the message) alive across
            // the collection it may run first.
            return self.alloc(ObjKind::Error(ErrorObj::new(kind, message)));
        }
        let proto = self.realm.error_protos[kind as usize];
        self.new_error(proto, Some(message))
    }

    /// A new error object with prototype `proto` and, when given, an own
    /// non-enumerable `message`.
    pub fn new_error(&mut self, proto: Value, message: Option<Value>) -> Value {
        let mut s = self.scope();
        let m = message.map(|m| s.root(m));
        let kind = s.realm.error_protos.iter().position(|&p| p == proto);
        if let Some((root, with_stack, with_message)) = kind.and_then(|k| s.error_shapes[k]) {
            let e = s.alloc(ObjKind::Object(JsObject::new(root, ObjClass::Error(Default::default()))));
            if let Some(o) = e.as_object() {
                o.add_slot(with_stack, s.realm.lazy_stack);
                if let Some(m) = m {
                    o.add_slot(with_message, s.get(m));
                }
            }
            return e;
        }
        let shape = match kind {
            Some(k) => match s.error_roots[k] {
                Some(shape) => shape,
                None => {
                    let shape = s.shapes.root(proto);
                    s.error_roots[k] = Some(shape);
                    shape
                }
            },
            None => s.shapes.root(proto),
        };
        let e = s.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Error(Default::default()))));
        if let Some(o) = e.as_object() {
            // `stack` first, as V8 orders them: the shared lazy accessor,
            // whose frames are read when the error is made or located
            // (`stack::capture_above_native`, `stack::locate`) and whose
            // text is made on first use.
            let name = s.realm.stack;
            let lazy = s.realm.lazy_stack;
            let attrs = if lazy == Value::UNDEFINED { HIDDEN } else { HIDDEN | crate::heap::shape::ACCESSOR };
            o.add_named(&mut s.shapes, name, attrs, lazy);
            if let Some(m) = m {
                let m = s.get(m);
                let name = s.realm.message;
                o.add_named(&mut s.shapes, name, HIDDEN, m);
            }
            if let Some(k) = kind.filter(|_| lazy != Value::UNDEFINED) {
                let with_stack = s.shapes.add(shape, name, attrs);
                let message = s.realm.message;
                let with_message = s.shapes.add(with_stack, message, HIDDEN);
                s.error_shapes[k] = Some((shape, with_stack, with_message));
            }
        }
        e
    }

    /// Throws a new `kind: message` error: it becomes the pending exception.
    pub fn throw_error(&mut self, kind: ErrorKind, message: &str) -> Thrown {
        let v = self.error_value(kind, message);
        self.throw_value(v)
    }

    /// Throws any value.
    pub fn throw_value(&mut self, v: Value) -> Thrown {
        self.exception = Some(v);
        self.exception_at = None;
        Thrown::pending()
    }

    /// Throws `v` again at the end of a `finally` block (or a closer): it
    /// keeps the place it was first thrown from, the token its handler
    /// stored next to it.
    pub fn rethrow_value(&mut self, v: Value, place: Value) -> Thrown {
        let t = self.throw_value(v);
        if place.is_smi() {
            self.exception_at = self.places.get(place.as_smi() as usize).cloned();
        }
        t
    }

    /// Catches the pending exception for a handler: the value, and with
    /// `keeps_place` the token of its place (undefined when it has none).
    pub fn catch_exception(&mut self, keeps_place: bool) -> (Value, Value) {
        let v = self.exception.take().unwrap_or(Value::UNDEFINED);
        let at = self.exception_at.take();
        let token = match at {
            Some((source, span)) if keeps_place => {
                let key = (Rc::as_ptr(&source) as usize, span.start, span.end);
                let next = self.places.len() as u32;
                let id = *self.place_ids.entry(key).or_insert(next);
                if id == next {
                    self.places.push((source, span));
                }
                Value::smi(id as i32)
            }
            _ => Value::UNDEFINED,
        };
        (v, token)
    }

    /// Whether the pending exception has its place (`locate_exception`).
    pub fn is_located(&self) -> bool {
        self.exception_at.is_some()
    }

    /// Where the pending exception was thrown, once located.
    pub fn exception_location(&self) -> Option<(Rc<crate::source::Source>, crate::ast::Span)> {
        self.exception_at.clone()
    }

    /// The pending exception as a `Thrown`, for a tier that learns of it
    /// from an EXCEPTION word. With nothing pending (a bug) it throws an
    /// internal error rather than carrying on.
    pub fn rethrow(&mut self) -> Thrown {
        match self.exception {
            Some(_) => Thrown::pending(),
            None => self.throw_error(ErrorKind::TypeError, "internal error: exception without a value"),
        }
    }

    /// The pending exception, if any (it stays pending).
    pub fn exception(&self) -> Option<Value> {
        self.exception
    }

    /// Catches the pending exception: a handler takes the value.
    /// Sets the pending exception aside while IteratorClose calls an
    /// iterator's `return` (the caller roots the value), for
    /// `resume_exception` to put back with its place.
    pub fn suspend_exception(&mut self) -> Option<(Value, Option<Place>)> {
        let v = self.exception.take()?;
        Some((v, self.exception_at.take()))
    }

    pub fn resume_exception(&mut self, saved: Option<(Value, Option<Place>)>) {
        if let Some((v, at)) = saved {
            self.exception = Some(v);
            self.exception_at = at;
        }
    }

    pub fn take_exception(&mut self) -> Option<Value> {
        self.exception_at = None;
        self.exception.take()
    }

    /// Whether a handler may catch the pending exception. An interrupt
    /// (Ctrl-C) must reach the REPL, so no handler catches it.
    pub fn exception_catchable(&self) -> bool {
        !matches!(self.exception.and_then(Value::as_error), Some(e) if e.kind == ErrorKind::Interrupted)
    }

    /// Gives the pending exception the location of instruction `pc` of
    /// `proto` unless it has one: the place where the error was raised.
    pub fn locate_exception(&mut self, proto: &FuncProto, pc: usize) {
        if self.exception.is_some() && self.exception_at.is_none() {
            let span = proto.spans.get(pc).copied().unwrap_or_default();
            self.exception_at = Some((proto.source.clone(), span));
        }
        if let Some(e) = self.exception.and_then(Value::as_error) {
            if e.at.get().is_none() {
                let span = proto.spans.get(pc).copied().unwrap_or_default();
                let _ = e.at.set(Box::new((proto.source.clone(), span)));
            }
        }
    }

    /// The kind (by its `name`) and message of an error object (one of
    /// `ObjClass::Error`), read without running code; None for any other
    /// value, and for an error whose name is not a built-in kind.
    pub fn error_parts(&self, v: Value) -> Option<(ErrorKind, String)> {
        let o = v.as_object().filter(|o| matches!(o.class, ObjClass::Error(_)))?;
        let text = |a| o.lookup_named(a).filter(|v| *v != Value::UNDEFINED).map(crate::format::to_string);
        let name = text(self.realm.name).unwrap_or_else(|| "Error".into());
        use ErrorKind::*;
        let kind = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]
            .into_iter()
            .find(|k| k.name() == name)?;
        Some((kind, text(self.realm.message).unwrap_or_default()))
    }

    /// Takes the pending exception as the report printed for an uncaught
    /// error (the boundary between thrown values and the CLI or REPL).
    pub fn take_report(&mut self) -> JsError {
        let v = match self.exception.take() {
            Some(v) => v,
            None => return JsError::new(ErrorKind::TypeError, "internal error: exception without a value"),
        };
        if let Some((kind, message)) = self.error_parts(v) {
            let mut r = JsError::new(kind, message);
            r.at = self.exception_location();
            return r;
        }
        match v.as_error() {
            Some(e) => e.report(),
            // Nothing throws other values yet; the exceptions issue decides
            // how node's `Uncaught 42` is reported.
            None => JsError::new(ErrorKind::TypeError, format!("uncaught {}", crate::format::inspect(v))),
        }
    }
}

/// The decimal text of `n`, written into `buf`.
fn smi_text(n: i32, buf: &mut [u8; 11]) -> &str {
    let mut at = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// What the compiler links a script into: the VM's permanent constants,
/// its function list and its global table.
impl Linker for Vm {
    fn constant_number(&mut self, d: f64) -> Value {
        Vm::constant_number(self, d)
    }
    fn constant_string(&mut self, units: &[u16]) -> Value {
        Vm::constant_units(self, units)
    }
    fn constant_bigint(&mut self, decimal: &str) -> Value {
        Vm::constant_bigint(self, decimal)
    }
    fn constant_function(&mut self, proto: Rc<FuncProto>) -> Value {
        Vm::constant_function(self, proto)
    }
    fn register(&mut self, proto: FuncProto) -> Rc<FuncProto> {
        Vm::register(self, proto)
    }
    fn global_slot(&mut self, name: &Rc<str>) -> Result<u32, String> {
        self.globals.slot(name)
    }
    fn global_lookup(&self, name: &str) -> Option<u32> {
        self.globals.lookup(name)
    }
    fn global_kind(&self, g: u32) -> GlobalKind {
        self.globals.kinds.get(g as usize).copied().unwrap_or(GlobalKind::Undeclared)
    }
    fn set_global_kind(&mut self, g: u32, kind: GlobalKind) {
        if let Some(k) = self.globals.kinds.get_mut(g as usize) {
            *k = kind;
        }
    }
    fn global_value(&self, g: u32) -> Value {
        self.globals.get(g)
    }
    fn set_global_value(&mut self, g: u32, v: Value) {
        self.globals.slots.set(g as usize, v);
    }
    fn atom(&mut self, name: &str) -> u32 {
        self.atoms.intern(name)
    }
    fn private_atom(&mut self, name: &str, info: crate::bytecode::PrivateInfo) -> u32 {
        let a = self.atoms.intern_private(name);
        self.privates.insert(a, info);
        a
    }
    fn template_object(&mut self, cooked: &[Option<Rc<[u16]>>], raw: &[Rc<[u16]>]) -> Value {
        // Pinned (the site holds it forever); the strings are permanent,
        // and the raw array is pinned before the second allocation.
        let raw_items: Vec<Value> = raw.iter().map(|s| self.constant_units(s)).collect();
        let raw_arr = self.new_array(raw_items);
        self.pinned.push(raw_arr);
        let items: Vec<Value> =
            cooked.iter().map(|s| s.as_ref().map_or(Value::UNDEFINED, |s| self.constant_units(s))).collect();
        let arr = self.new_array(items);
        self.pinned.push(arr);
        let raw_name = self.atoms.intern("raw");
        if let Some(o) = arr.as_object() {
            // Not enumerable, writable or configurable, as in JavaScript.
            o.add_named(&mut self.shapes, raw_name, 0, raw_arr);
        }
        for v in [raw_arr, arr] {
            if let Some(o) = v.as_object() {
                o.freeze(&mut self.shapes);
            }
        }
        arr
    }
}

/// A rooting scope (`Vm::scope`): derefs to the VM, so code inside it
/// allocates through it; values it roots are read back through their
/// `Rooted` handles after any allocation. Dropping the scope unroots them.
pub struct Scope<'vm> {
    vm: &'vm mut Vm,
    base: usize,
}

/// A value rooted in a `Scope`: not a `Value`, so it cannot be used
/// without going through the scope, which reads its current root.
#[derive(Clone, Copy, Debug)]
pub struct Rooted {
    index: usize,
}

impl Scope<'_> {
    pub fn root(&mut self, v: Value) -> Rooted {
        self.vm.roots.push(v);
        Rooted { index: self.vm.roots.len() - 1 }
    }

    /// The rooted value (undefined for a handle of a scope already closed).
    pub fn get(&self, r: Rooted) -> Value {
        self.vm.roots.get(r.index).copied().unwrap_or(Value::UNDEFINED)
    }

    pub fn set(&mut self, r: Rooted, v: Value) {
        if let Some(slot) = self.vm.roots.get_mut(r.index) {
            *slot = v;
        }
    }
}

impl std::ops::Deref for Scope<'_> {
    type Target = Vm;
    fn deref(&self) -> &Vm {
        self.vm
    }
}

impl std::ops::DerefMut for Scope<'_> {
    fn deref_mut(&mut self) -> &mut Vm {
        self.vm
    }
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        self.vm.roots.truncate(self.base);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stress_vm() -> Box<Vm> {
        let opts = Options { jit: JitMode::Off, gc_stress: true, ..Options::default() };
        Vm::new(opts, Box::new(std::io::sink()))
    }

    #[test]
    fn a_scope_keeps_values_alive_across_collections() {
        let mut vm = stress_vm();
        let v = vm.number(0.25);
        let mut s = vm.scope();
        let kept = s.root(v);
        for i in 0..100 {
            s.number(i as f64 + 0.5); // collects first: `v` is only rooted
        }
        assert_eq!(s.get(kept).as_double(), Some(0.25));
        drop(s);
        vm.collect();
        assert!(vm.heap.stats.freed >= 100);
    }

    #[test]
    fn an_allocation_keeps_its_payloads_values_alive() {
        use crate::heap::tests::{pair, Pair};
        let mut vm = stress_vm();
        let inner = vm.number(0.75); // held by nothing but the payload below
        let before = vm.heap.stats.collections;
        let p = vm.alloc(ObjKind::TestPair(Pair { a: inner, b: Value::UNDEFINED }));
        assert!(vm.heap.stats.collections > before, "--gc-stress collected first");
        vm.stack.set(0, p);
        vm.hwm = vm.hwm.max(1);
        // Had `inner` been freed, this would reuse its cell.
        vm.number(9.5);
        assert_eq!(pair(p).map(|x| x.a.as_double()), Some(Some(0.75)));
    }

    #[test]
    fn smi_text_is_to_string() {
        for n in [0, 7, -7, 10, 99, -100, i32::MAX, i32::MIN] {
            assert_eq!(super::smi_text(n, &mut [0; 11]), n.to_string());
        }
    }

    #[test]
    fn concat_builds_strings_under_stress() {
        let mut vm = stress_vm();
        let mut s = vm.static_string("");
        let mut expected = String::new();
        for i in 0..500 {
            // `s` lives in a stack slot, as a program's variable would.
            vm.stack.set(0, s);
            vm.hwm = vm.hwm.max(1);
            let piece = if i % 3 == 0 { Value::smi(i) } else { vm.constant_string("ab") };
            s = vm.concat(s, piece).expect("short strings");
            expected.push_str(&crate::format::to_string(piece));
        }
        assert_eq!(s.as_js_str().and_then(JsStr::as_ascii_str), Some(expected.as_str()));
        assert_eq!(s.as_js_str().map(JsStr::len), Some(expected.len()));
        assert!(vm.heap.stats.freed > 400, "old views were collected");
    }
}
