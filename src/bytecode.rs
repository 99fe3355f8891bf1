//! Bytecode: a register machine, one `FuncProto` per function.
//!
//! Registers are the slots of the function's frame on the VM's value stack:
//! parameters first (`r0..nparams`), then locals and temporaries. Both tiers
//! read and write the same slots, so execution can switch tiers at any
//! instruction boundary. A call puts the callee in `r[func]` and its arguments
//! in `r[func+1..]`, which become the callee's `r0..`: arguments are never
//! copied.

use std::cell::{Cell, OnceCell};
use std::ptr::NonNull;
use std::rc::Rc;

use crate::ast::Span;
use crate::source::Source;
use crate::value::Value;

/// A frame register. 255 registers per function (as in Lua) keeps every
/// instruction in 8 bytes, so the interpreter fetches one word per dispatch.
pub type Reg = u8;

/// Registers a function may use.
pub const MAX_REGS: usize = 255;

/// What an instruction's operand is (the kinds of `src/instructions.rs`,
/// which says what each means to the decoder and the listing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    Dst,
    A,
    B,
    Base,
    Argc,
    Const,
    Imm,
    Global,
    GlobalSlot,
    Target,
    Counter,
    Error,
    C,
    Site,
    Depth,
    Slot,
}

/// The Rust type of an operand of kind `$k`.
#[rustfmt::skip]
macro_rules! operand_type {
    (Dst) => { Reg };
    (A) => { Reg };
    (B) => { Reg };
    (Base) => { Reg };
    (Argc) => { u8 };
    (Const) => { u32 };
    (Imm) => { i16 };
    (Global) => { u32 };
    (GlobalSlot) => { u32 };
    (Target) => { u32 };
    (Counter) => { u16 };
    (Error) => { crate::error::ErrorKind };
    (C) => { Reg };
    (Site) => { u32 };
    (Depth) => { u8 };
    (Slot) => { u8 };
}

pub(crate) mod fused;
pub use fused::Inst;

/// The operand `every_op` gives kind `$k`: registers 0..=2, constant 0,
/// global 0, jump target 0.
#[rustfmt::skip]
macro_rules! sample_operand {
    (Dst) => { 0 };
    (A) => { 1 };
    (B) => { 2 };
    (Base) => { 1 };
    (Argc) => { 1 };
    (Const) => { 0 };
    (Imm) => { 1 };
    (Global) => { 0 };
    (GlobalSlot) => { 0 };
    (Target) => { 0 };
    (Counter) => { 0 };
    (Error) => { crate::error::ErrorKind::TypeError };
    (C) => { 2 };
    (Site) => { 0 };
    (Depth) => { 1 };
    (Slot) => { 0 };
}

/// Everything in this module that lists the instructions, from the table.
macro_rules! define_ops {
    ($(
        $(#[$doc:meta])*
        $name:ident { $($field:ident : $kind:ident),* $(,)? }
            => $fast:ident $(or $slow:ident if $cond:ident)* $(, listed $fmt:literal)?;
    )*) => {
        /// Every operation (declared in `src/instructions.rs`). Jump targets
        /// are instruction indices in the same function.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $(
                $(#[$doc])*
                $name { $($field: operand_type!($kind)),* },
            )*
        }

        /// How many opcodes there are.
        pub const NUM_OPS: usize = [$(stringify!($name)),*].len();

        /// Every opcode's name, indexed by `Op::index`.
        pub const OP_NAMES: [&str; NUM_OPS] = [$(stringify!($name)),*];

        /// One instruction of every opcode, in `Op::index` order, using
        /// registers 0..=2, constant 0 and jump target 0: valid for a
        /// function of 3 or more registers and 1 or more constants. The
        /// JIT's warm-up compiles it (it reaches every stencil) and tests
        /// check every opcode with it.
        pub fn every_op() -> Vec<Op> {
            vec![$(Op::$name { $($field: sample_operand!($kind)),* }),*]
        }

        impl Op {
            /// A dense number per opcode (for per-opcode statistics).
            pub fn index(&self) -> usize {
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                enum Ix { $($name,)* }
                match self { $(Op::$name { .. } => Ix::$name as usize,)* }
            }

            /// The operand of kind `kind`, if the instruction has one.
            pub fn operand(&self, kind: OperandKind) -> Option<i64> {
                match *self {
                    $(Op::$name { $($field),* } => {
                        $(if OperandKind::$kind == kind {
                            return Some($field as i64);
                        })*
                    })*
                }
                None
            }

            fn target_mut(&mut self) -> Option<&mut u32> {
                match self {
                    $(Op::$name { $($field),* } => {
                        $(if let Some(t) = target_ref!($kind, $field) {
                            return Some(t);
                        })*
                    })*
                }
                None
            }

            /// The operands as text, for listings; `konst` gives the text of
            /// a constant or a property site operand (the listing knows how
            /// values print and what each site names).
            pub fn operand_text(&self, konst: &dyn Fn(OperandKind, u32) -> String) -> String {
                let k = konst;
                match *self {
                    $(Op::$name { $($field),* } => {
                        listed!(k, [$($field: $kind),*] $($fmt)?)
                    })*
                }
            }
        }
    };
}

/// `Some(field)` for a `Target` operand (others are never asked).
macro_rules! target_ref {
    (Target, $f:ident) => {
        Some($f)
    };
    ($k:ident, $f:ident) => {{
        let _ = $f;
        None::<&mut u32>
    }};
}

/// One operand as listing text.
#[rustfmt::skip]
macro_rules! operand_text {
    ($konst:ident, Dst, $f:ident) => { format!("r{}", $f) };
    ($konst:ident, A, $f:ident) => { format!("r{}", $f) };
    ($konst:ident, B, $f:ident) => { format!("r{}", $f) };
    ($konst:ident, Base, $f:ident) => { format!("r{}", $f) };
    ($konst:ident, C, $f:ident) => { format!("r{}", $f) };
    ($konst:ident, Const, $f:ident) => { $konst(OperandKind::Const, $f) };
    ($konst:ident, Site, $f:ident) => { $konst(OperandKind::Site, $f) };
    ($konst:ident, Target, $f:ident) => { format!("->{}", $f) };
    ($konst:ident, Error, $f:ident) => { $f.name().to_string() };
    ($konst:ident, Depth, $f:ident) => { $f.to_string() };
    ($konst:ident, Slot, $f:ident) => { $f.to_string() };
    ($konst:ident, $k:ident, $f:ident) => { format!("{}={}", stringify!($f), $f) };
}

/// An instruction's operands as listing text: the row's format, or each
/// operand in order.
macro_rules! listed {
    ($konst:ident, [$($f:ident : $k:ident),*] $fmt:literal) => {
        format!($fmt, $($f = operand_text!($konst, $k, $f)),*)
    };
    ($konst:ident, [$($f:ident : $k:ident),*]) => {{
        let parts: Vec<String> = vec![$(operand_text!($konst, $k, $f)),*];
        parts.join(" ")
    }};
}

crate::instructions::for_each_op!(define_ops);

/// One entry of a function's exception table: a throw at a pc in
/// `start..end` continues at `target` with the thrown value in register
/// `depth`. Registers are allocated like a stack, so `depth` is also how
/// many registers are live at the handler: those above it were temporaries
/// of the code that threw. Entries are innermost first; the first whose
/// range holds the pc wins. Both tiers unwind through this table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: Reg,
    /// A handler whose code ends in `Rethrow` (a `finally`'s throw pad, a
    /// `for...of` closer) also gets the place the value was thrown from,
    /// as a token (`Vm::catch_exception`) in register `depth + 1`: the
    /// place travels with the pending completion, so a throw caught inside
    /// the finally block (or the iterator's `return`) cannot replace it.
    pub keeps_place: bool,
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

/// What the compiler needs from the VM it compiles for, so that it
/// produces prototypes and constants without naming the VM (`vm.rs`
/// implements it; the driver hands the VM over). Constants are permanent
/// objects, made as the compiler meets them; a script's globals are
/// declared only once the whole script compiled.
/// What a private name of a class is, for its run-time checks and
/// messages (`src/private.rs`).
#[derive(Clone, Debug)]
pub struct PrivateInfo {
    pub kind: PrivateKind,
    pub is_static: bool,
    /// The class's name as V8's messages give it (`.` when anonymous).
    pub class: Rc<str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivateKind {
    Field,
    Method,
    /// A getter, a setter or both.
    Accessor {
        get: bool,
        set: bool,
    },
    /// Where a class keeps an instance method (or a getter, a setter) for
    /// its constructor to install: on the prototype, never named by code.
    Holder,
}

pub trait Linker {
    /// A number constant (a Smi, or a permanent heap double).
    fn constant_number(&mut self, d: f64) -> Value;
    /// A string constant (a permanent string) of UTF-16 code units.
    fn constant_string(&mut self, units: &[u16]) -> Value;
    /// A BigInt constant (a permanent BigInt) of its decimal digits.
    fn constant_bigint(&mut self, decimal: &str) -> Value;
    /// A function object for a compiled function (a permanent object).
    fn constant_function(&mut self, proto: Rc<FuncProto>) -> Value;
    /// Adds a compiled function to the VM's list of functions.
    fn register(&mut self, proto: FuncProto) -> Rc<FuncProto>;
    /// The global slot of `name`, reserving an undeclared one if needed.
    fn global_slot(&mut self, name: &Rc<str>) -> Result<u32, String>;
    /// The global slot of `name`, if it has one.
    fn global_lookup(&self, name: &str) -> Option<u32>;
    fn global_kind(&self, g: u32) -> GlobalKind;
    fn set_global_kind(&mut self, g: u32, kind: GlobalKind);
    fn global_value(&self, g: u32) -> Value;
    fn set_global_value(&mut self, g: u32, v: Value);
    /// The interned number of a property name.
    fn atom(&mut self, name: &str) -> u32;
    /// A fresh private name (`#x` of one class), described by `info`.
    fn private_atom(&mut self, name: &str, info: PrivateInfo) -> u32;
    /// A tagged template's strings array (frozen, with a frozen `raw`
    /// array): one object per template site, made once.
    fn template_object(&mut self, cooked: &[Option<Rc<[u16]>>], raw: &[Rc<[u16]>]) -> Value;
}

/// A function's tier-1 code, as an untyped address: the JIT stores its
/// `&'static CompiledCode` here and casts it back (`jit::code_of`), so that
/// checking for compiled code on every interpreted call stays one load,
/// with no lookup and no import of the JIT here.
#[derive(Default)]
pub struct Tier1Slot(Cell<Option<NonNull<()>>>);

impl Tier1Slot {
    /// Whether the function has compiled code.
    #[inline(always)]
    pub fn is_set(&self) -> bool {
        self.0.get().is_some()
    }

    #[inline(always)]
    pub(crate) fn get(&self) -> Option<NonNull<()>> {
        self.0.get()
    }

    /// # Safety
    ///
    /// `code` must point to a `'static` `jit::CompiledCode` (what
    /// `jit::code_of` reads it back as).
    pub(crate) unsafe fn set(&self, code: NonNull<()>) {
        self.0.set(Some(code));
    }
}

/// What V8 says of a value a spread or `for...of` cannot iterate; the
/// words depend on where the value is (V8 prints the expression with its
/// CallPrinter, src/compiler/callee_print.rs).
#[derive(Clone, Debug)]
pub enum IterText {
    /// `TEXT is not iterable`: an array literal's spread, `for...of`, a
    /// declaration's array pattern. TEXT is the expression as printed; for
    /// a call, `f is not a function or its return value`.
    Quote(std::rc::Rc<str>),
    /// The one spread of a call's arguments, the last: a nullish value is
    /// `TEXT is not iterable (cannot read property null)`, anything else
    /// "Spread syntax requires ...iterable[Symbol.iterator] to be a
    /// function" (V8's CallWithSpread).
    CallSpread(std::rc::Rc<str>),
    /// Another spread among a call's arguments: V8 finds no expression to
    /// print and describes the value (`object is not iterable (cannot read
    /// property Symbol(Symbol.iterator))`).
    Describe,
}

/// Where a function stands in tiering; the JIT owns what hangs off `jit`.
pub struct FuncProto {
    pub name: Rc<str>,
    /// For an anonymous function assigned to a property, the name V8's
    /// name inferrer gives it for stack frames (`F.m = function () {}`:
    /// `F.m`; `X.prototype.m`: `X.m`); its `name` stays empty.
    pub inferred_name: Rc<str>,
    pub nparams: u16,
    /// Frame size in slots: parameters, locals and temporaries.
    pub nregs: u16,
    /// Code and constants are immortal (leaked): functions are never freed
    /// (machine code elsewhere may call them), and a `'static` slice lets the
    /// interpreter keep the current function's code in a local across calls
    /// without reference counting.
    /// Strict code: a write the object refuses (read-only, not
    /// extensible, a getter without setter), an assignment to an
    /// undeclared name and a failed `delete` throw instead of doing nothing.
    pub strict: bool,
    pub code: &'static [Op],
    pub consts: &'static [Value],
    /// The interpreter's copy of `code`, with common pairs fused
    /// (`bytecode/fused.rs`); the same length, index for index.
    pub fused: &'static [Inst],
    /// The source span of each instruction (the line table).
    pub spans: Vec<Span>,
    /// The exception table (empty until the language has `try`).
    pub handlers: Vec<Handler>,
    pub source: Rc<Source>,
    /// The whole function text, for `String(f)`.
    pub text: Span,
    /// True for the top-level code of a script or REPL line.
    pub is_script: bool,
    /// Interpreter calls so far (tier-up counter).
    pub calls: Cell<u32>,
    /// One back-edge counter per loop (OSR).
    pub loop_counters: Vec<Cell<u32>>,
    /// Compiled code, once the JIT has produced it: opaque here (bytecode
    /// knows nothing of machine code); only `jit/` reads and sets it.
    pub jit: Tier1Slot,
    /// The JIT refused this function (reason is traced); never retried.
    pub jit_failed: Cell<bool>,
    /// The property sites (`Site` operands): each names a property and
    /// holds its inline cache.
    pub sites: Vec<PropSite>,
    /// The source text an error of the instruction at a pc quotes, where it
    /// is not the instruction's own span (`o.f is not a function` points
    /// at `f` but quotes `o.f`), sorted by pc.
    pub quotes: Vec<(u32, Span)>,
    /// A call's or `new`'s callee as V8 prints it, where that differs
    /// from what `callee_text::call_printer` makes of the quoted source
    /// (src/compiler/callee_print.rs), sorted by pc.
    pub callee_texts: Vec<(u32, std::rc::Rc<str>)>,
    /// How a spread or `for...of` names a value it cannot iterate, where
    /// the compiler printed it (see `IterText`), sorted by pc.
    pub iter_texts: Vec<(u32, IterText)>,
    /// The `AddImm`s that are a binary `x - k` and the `ToNumber`s that
    /// are a unary `+x`, sorted by pc: with a BigInt operand these throw,
    /// where the same instructions of `++`/`--` compute on the BigInt
    /// (read only then: `ops::is_number_only_site`).
    pub number_only: Vec<u32>,
    /// What closures, arrows and parameter lists add (`.length`, …).
    pub info: FnInfo,
    /// Plain function, method or class constructor (what `new` and a call
    /// may do with it).
    pub kind: FnKind,
    /// A reference to this function that lives forever (see `immortal`).
    pub immortal: OnceCell<&'static Rc<FuncProto>>,
    /// `super(...)`'s cache: the shape (address) of the last constructor
    /// whose parent `SuperCtor`/`SuperCtorOf` found to be a constructor,
    /// and that parent's bits; 0 (no shape) until then. The shape fixes
    /// the parent (its prototype), so compiled code's `super_ctor` stencil
    /// answers from here with one compare (ARCHITECTURE.md, "Classes and
    /// accessors").
    pub super_ctor_cache: Cell<[u64; 2]>,
}

/// A function's facts beyond its code (closures, `src/compiler/closures.rs`).
#[derive(Clone, Copy, Debug, Default)]
pub struct FnInfo {
    /// `.length`: the parameters before the first default or rest.
    pub length: u16,
    /// An arrow function: lexical `this`, not a constructor.
    pub arrow: bool,
    /// A method of an object literal (not a constructor either).
    pub method: bool,
    /// The last parameter register (`nparams - 1`) receives an array of
    /// every argument (for `arguments` and a rest parameter); calls of
    /// such a function are never patched (they build the array in Rust).
    pub args_array: bool,
    /// What that register receives is the `arguments` object rather than
    /// an array (it reads `arguments` and has no rest parameter).
    pub args_object: bool,
    /// That object has `callee`, the function itself (sloppy code with a
    /// simple parameter list: a mapped `arguments`).
    pub args_callee: bool,
    /// It reads `new.target` (itself or in its arrows): `new` hands it
    /// over in `Vm::new_target`, which its first instruction takes
    /// (`LoadNewTarget`).
    pub new_target: bool,
    /// A generator function (`function*`, `*m()`): a call makes a
    /// generator object, which runs the body in the interpreter only.
    pub generator: bool,
    /// An async function: its code is a generator's whose `GenStart`
    /// runs it and returns a promise (src/async_fn.rs); interpreter only.
    pub is_async: bool,
}

/// What a function is, for calls and `new`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FnKind {
    /// A function declaration or expression: callable and constructible.
    #[default]
    Normal,
    /// A method, getter or setter: callable, not a constructor.
    Method,
    /// A base class's constructor: only `new` may call it; it makes its
    /// own `this` from new.target (which `new` passes in the `this` slot).
    BaseCtor,
    /// A derived class's constructor: `this` is bound by `super(...)`.
    DerivedCtor,
    /// A derived class without a constructor: forwards its arguments.
    DerivedDefault,
}

impl FnKind {
    pub fn is_class_ctor(self) -> bool {
        matches!(self, FnKind::BaseCtor | FnKind::DerivedCtor | FnKind::DerivedDefault)
    }
}

/// What a property site's cache has seen (V8's IC states).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcState {
    /// Never ran (in compiled code: a stub).
    Uninit,
    /// One shape.
    Mono,
    /// Two to `IC_WAYS` shapes.
    Poly,
    /// More: the site uses the VM's global (shape, name) cache.
    Mega,
}

/// Cases one site caches before it goes megamorphic.
pub const IC_WAYS: usize = 4;

/// How a cached case finds the property. (`repr(u8)` with these values:
/// compiled code compares the byte, `jit/abi.rs` `IC_KIND_*`.)
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IcKind {
    /// In the object's own slot.
    Own = 0,
    /// In a slot of its prototype `holder` (whose shape must still be
    /// `holder_shape`).
    Proto = 1,
    /// A store that adds the property: the object moves to the next shape.
    Add,
    /// A getter in the object's own slot / its prototype's: the slot holds
    /// the getter/setter pair, which the interpreter's cache calls. The JIT
    /// never patches these into a site (a patched site loads the slot).
    OwnGetter,
    ProtoGetter,
}

/// One cached case: objects whose shape is at address `shape`. Shapes are
/// immortal, so an address names one for ever; only the runtime, which
/// made them, turns addresses back into shapes.
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct IcEntry {
    pub shape: usize,
    pub slot: u32,
    pub kind: IcKind,
    pub holder: Value,
    pub holder_shape: usize,
    /// For a holder further up than the receiver's prototype: the shapes
    /// the prototypes in between must still have (0: none), which proves
    /// none of them has gained the property (a method of a grandparent
    /// class). Compiled code patches only direct (`[0, 0]`) cases.
    pub mids: [usize; 2],
    /// The prototype objects whose shapes `mids` are (the receiver's
    /// prototype, then its prototype), so that compiled code checks them
    /// without walking shapes (the `get_named` stencil's scan). Alive as long as the
    /// receiver's shape: each is a shape's prototype.
    pub mid_objs: [Value; 2],
}

impl IcEntry {
    pub const EMPTY: IcEntry = IcEntry {
        shape: 0,
        slot: 0,
        kind: IcKind::Own,
        holder: Value::UNDEFINED,
        holder_shape: 0,
        mids: [0, 0],
        mid_objs: [Value::UNDEFINED; 2],
    };

    /// An own-slot case for `shape` (slot 0), to fill in.
    pub const fn with_shape(self, shape: usize) -> IcEntry {
        IcEntry { shape, ..self }
    }
}

/// Entries of the global megamorphic cache (a power of two).
pub const MEGA_ENTRIES: usize = 4096;

/// The megamorphic cache's entry for (shape address, name): here, beside
/// the table, so that `ic` and `private` share it without importing each
/// other.
pub(crate) fn mega_index(shape: usize, atom: u32) -> usize {
    ((shape >> 4) ^ (atom as usize).wrapping_mul(0x9e37_79b9)) & (MEGA_ENTRIES - 1)
}

/// One entry of the megamorphic cache: (shape, name) → own slot, or the
/// slot of a prototype's data property (a method: `this.initialize` at a
/// site every class passes through), checked as an `IcEntry`'s Proto case
/// is: the holder keeps `holder_shape` and the prototypes between keep
/// `mids`.
#[derive(Clone, Copy)]
pub struct MegaEntry {
    pub shape: usize,
    pub atom: u32,
    pub slot: u32,
    /// 0 for an own property.
    pub holder_shape: usize,
    pub holder: Value,
    pub mids: [usize; 2],
}

impl MegaEntry {
    /// An own data property in `slot` of `shape`.
    pub const fn own(shape: usize, atom: u32, slot: u32) -> MegaEntry {
        MegaEntry { shape, atom, slot, holder_shape: 0, holder: Value::UNDEFINED, mids: [0, 0] }
    }
}

impl Default for MegaEntry {
    fn default() -> MegaEntry {
        MegaEntry::own(0, 0, 0)
    }
}

/// A property site: `o.name` (read, written or deleted) at one place in
/// the code, with its inline cache.
pub struct PropSite {
    pub name: Rc<str>,
    /// The interned name (`heap::Atom`).
    pub atom: u32,
    pub state: Cell<IcState>,
    pub entries: [Cell<IcEntry>; IC_WAYS],
    pub hits: Cell<u64>,
    pub misses: Cell<u64>,
    /// A private name's site (`o.#x`): own properties only, node's
    /// TypeErrors when absent (src/private.rs).
    pub private: bool,
    /// A site that defines rather than assigns (a class field, an object
    /// literal's `key: v`): its misses run CreateDataPropertyOrThrow
    /// (`property::define_field`), so no inherited setter or read-only
    /// property has a say; its hits are the same as an assignment's.
    pub define: bool,
    /// Ids of the shapes the site has seen, in order (`:ic`), at most 8.
    pub seen: std::cell::RefCell<Vec<u32>>,
}

impl PropSite {
    pub fn new(name: Rc<str>, atom: u32) -> PropSite {
        PropSite {
            name,
            atom,
            state: Cell::new(IcState::Uninit),
            entries: [const { Cell::new(IcEntry::EMPTY) }; IC_WAYS],
            hits: Cell::new(0),
            misses: Cell::new(0),
            private: false,
            define: false,
            seen: Default::default(),
        }
    }

    /// Forgets the site's cached adds (`IcKind::Add`), unless it defines
    /// (a definition adds whatever the prototypes hold): a prototype
    /// gained a setter or a read-only property, froze, or changed its
    /// prototype (`Shapes::protos_changed`), and an add cached past it
    /// would skip the setter or the refusal. The receiver's shape cannot
    /// tell (the change is up its prototype chain), so the cases go; the
    /// next store misses and looks again.
    pub fn forget_adds(&self) {
        if self.define {
            return;
        }
        let kept: Vec<IcEntry> =
            self.entries.iter().map(Cell::get).filter(|e| e.shape != 0 && e.kind != IcKind::Add).collect();
        if kept.len() == self.ways() {
            return;
        }
        for (i, cell) in self.entries.iter().enumerate() {
            cell.set(kept.get(i).copied().unwrap_or(IcEntry::EMPTY));
        }
        self.state.set(match kept.len() {
            0 => IcState::Uninit,
            1 => IcState::Mono,
            _ => IcState::Poly,
        });
    }

    /// How many entries are in use.
    pub fn ways(&self) -> usize {
        match self.state.get() {
            IcState::Uninit | IcState::Mega => 0,
            IcState::Mono => 1,
            IcState::Poly => self.entries.iter().take_while(|e| e.get().shape != 0).count(),
        }
    }
}

impl FuncProto {
    /// Whether `new` may call it: not the script, an arrow or a method.
    pub fn is_constructor(&self) -> bool {
        !self.is_script
            && !self.info.arrow
            && !self.info.method
            && !self.info.generator
            && !self.info.is_async
            && self.kind != FnKind::Method
    }

    /// A function made straight from instructions, with no source text
    /// (the JIT's warm-up, tests).
    pub fn synthetic(name: &str, nparams: u16, nregs: u16, code: Vec<Op>, consts: Vec<Value>) -> FuncProto {
        FuncProto {
            name: name.into(),
            inferred_name: "".into(),
            nparams,
            nregs,
            spans: vec![Span::default(); code.len()],
            handlers: Vec::new(),
            fused: Vec::leak(fused::fuse(&code, std::iter::empty())),
            code: Vec::leak(code),
            consts: Vec::leak(consts),
            source: Rc::new(Source::new(name, "")),
            text: Span::default(),
            is_script: false,
            calls: Cell::new(0),
            loop_counters: vec![],
            jit: Tier1Slot::default(),
            jit_failed: Cell::new(false),
            kind: FnKind::Normal,
            strict: false,
            sites: Vec::new(),
            quotes: Vec::new(),
            callee_texts: Vec::new(),
            iter_texts: Vec::new(),
            number_only: Vec::new(),
            info: FnInfo::default(),
            immortal: OnceCell::new(),
            super_ctor_cache: Cell::new([0, 0]),
        }
    }

    /// `p` as a `'static` reference, which the interpreter's frame records
    /// copy instead of cloning the `Rc`: functions are never freed (see
    /// `code`), so one leaked clone per function, made on its first call,
    /// keeps it alive for every later one, and a call and its return pay
    /// no reference count (chapter 21). The cost: a function that ran in
    /// the interpreter outlives its `Vm` (its record, line table and
    /// source, on top of the code that was leaked already), which matters
    /// only to a process that makes many VMs, as the tests and the fuzzer
    /// do, and there by kilobytes a program.
    #[inline(always)]
    pub fn immortal(p: &Rc<FuncProto>) -> &'static Rc<FuncProto> {
        match p.immortal.get() {
            Some(&r) => r,
            None => Self::leak_one(p),
        }
    }

    // Out of line: the first call only, kept out of the interpreter's loop.
    #[cold]
    #[inline(never)]
    fn leak_one(p: &Rc<FuncProto>) -> &'static Rc<FuncProto> {
        p.immortal.get_or_init(|| Box::leak(Box::new(p.clone())))
    }

    /// The source text errors of the instruction at `pc` quote.
    pub fn quoted(&self, pc: usize) -> &str {
        let span = match self.quotes.binary_search_by_key(&(pc as u32), |&(p, _)| p) {
            Ok(i) => self.quotes[i].1,
            Err(_) => self.spans.get(pc).copied().unwrap_or_default(),
        };
        self.source.text.get(span.start as usize..span.end as usize).unwrap_or("expression")
    }

    /// The callee of the call or `new` at `pc` as V8's "is not a
    /// function" and "is not a constructor" print it.
    pub fn callee_text(&self, pc: usize) -> String {
        match self.callee_texts.binary_search_by_key(&(pc as u32), |(p, _)| *p) {
            Ok(i) => self.callee_texts[i].1.to_string(),
            Err(_) => crate::callee_text::call_printer(self.quoted(pc)),
        }
    }

    /// How the spread or `for...of` at `pc` words "is not iterable": as
    /// the compiler printed it, else quoting the source.
    pub fn iter_text(&self, pc: usize) -> IterText {
        match self.iter_texts.binary_search_by_key(&(pc as u32), |(p, _)| *p) {
            Ok(i) => self.iter_texts[i].1.clone(),
            Err(_) => IterText::Quote(crate::callee_text::call_printer(self.quoted(pc)).into()),
        }
    }

    /// The handler for a throw at `pc`, if one covers it (and is well
    /// formed: its target and register lie inside the function).
    #[inline]
    pub fn handler_for(&self, pc: usize) -> Option<Handler> {
        if self.handlers.is_empty() {
            return None;
        }
        let pc = pc as u32;
        self.handlers.iter().copied().find(|h| {
            (h.start..h.end).contains(&pc)
                && (h.target as usize) < self.code.len()
                && (h.depth as u16 + h.keeps_place as u16) < self.nregs
        })
    }

    pub fn line_col(&self, pc: usize) -> (usize, usize) {
        let span = self.spans.get(pc).copied().unwrap_or_default();
        self.source.line_col(span.start as usize)
    }
}

const _: () = assert!(std::mem::size_of::<Op>() == 8, "instructions are one word");

/// The interpreter's form of `code` (see `fused.rs`).
pub fn fuse(code: &[Op], handlers: &[Handler]) -> &'static [Inst] {
    Vec::leak(fused::fuse(code, handlers.iter().map(|h| h.target)))
}

impl Op {
    /// The opcode's name, e.g. `"Add"` (used to label stencils).
    pub fn name(&self) -> &'static str {
        OP_NAMES[self.index()]
    }

    /// The jump target, for operations that branch.
    pub fn target(&self) -> Option<u32> {
        let mut op = *self;
        op.target_mut().map(|t| *t)
    }

    pub fn set_target(&mut self, t: u32) {
        if let Some(target) = self.target_mut() {
            *target = t;
        }
    }
}
