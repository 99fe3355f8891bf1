//! The ABI shared by the stencil generator (`build/stencils.rs`) and the JIT
//! at run time. This one file is compiled twice: into the build script (via
//! `#[path]`) and into the library, so the context offsets, tagged-value
//! constants and hole kinds the stencils were assembled with cannot drift
//! from the ones the compiler patches with.
#![allow(dead_code)]

/// Offsets of the fields of `JitCtx` (see `ctx.rs`, which asserts them).
pub const CTX_VM: i32 = 0;
pub const CTX_STACK_END: i32 = 8;
pub const CTX_HWM: i32 = 16;
pub const CTX_NATIVE_LIMIT: i32 = 24;
pub const CTX_INTERRUPT: i32 = 32;
pub const CTX_FAULT_PC: i32 = 36;
/// `*mut heap::Lab` of heap doubles (see "Doubles" below).
pub const CTX_LAB: i32 = 40;
/// The value bits of `String.prototype` (undefined until the JIT attaches
/// to a VM with built-ins): where `get_named` reads a string's methods.
pub const CTX_STRING_PROTO: i32 = 48;
/// `*mut heap::Lab` of the objects' size class: the inline `new_object`
/// stencil bumps it (see "Objects" below).
pub const CTX_OBJ_LAB: i32 = 56;
/// `*mut heap::Lab` of the wide objects' size class (`WIDE_CELL`): the
/// `new_object_wide` stencil bumps it.
pub const CTX_WIDE_LAB: i32 = 64;

/// Doubles (checked against `crate::heap` by `jit/layout.rs`): a `Lab` is
/// `{ top, limit }`; a heap double is a 16-byte cell whose header word is
/// `DOUBLE_HEADER_LO | DOUBLE_HEADER_HI << 32` and whose f64 follows it.
pub const LAB_TOP: i32 = 0;
pub const LAB_LIMIT: i32 = 8;
pub const DOUBLE_TAG: u8 = 1;
pub const DOUBLE_CELL: i32 = 16;
pub const DOUBLE_HEADER_LO: u32 = 1;
pub const DOUBLE_HEADER_HI: u32 = 1;
/// From a double's value (tagged pointer) to its f64.
pub const DOUBLE_VALUE_DISP: i32 = CELL_HEADER - PTR_TAG as i32;
/// A double made for a register that is only ever read as a number
/// (`jit::owned`) has byte `OWNED_BOX` at this displacement of its value
/// (the header's `owned` byte), and may be overwritten in place: its
/// header's upper half is `DOUBLE_HEADER_HI | OWNED_HI_BIT`.
pub const DOUBLE_OWNED_DISP: i32 = 5 - PTR_TAG as i32;
pub const OWNED_BOX: u8 = 1;
pub const OWNED_HI_BIT: u32 = (OWNED_BOX as u32) << 8;

/// Objects allocated inline (checked against `crate::heap` by
/// `jit/layout.rs`): a cell of `OBJECT_CELL` bytes copied from the
/// template (`heap::ObjectTemplate`, the `ObjectTemplate` hole), whose
/// slots pointer (at `OBJ_SLOTS_DISP` from the value) is then aimed at the
/// copy's inline slots (`OBJ_INLINE_DISP`).
pub const OBJECT_CELL: i32 = 128;
pub const OBJ_INLINE_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 88;
/// A wide object's cell (`heap::WideTemplate`, the `WideTemplate` hole),
/// bumped from the LAB at `CTX_WIDE_LAB`: an object literal with more
/// than `INLINE_SLOTS` properties (`new_object_wide`).
pub const WIDE_CELL: i32 = 160;

/// Bytes from a value-stack slot to its frame-link word (`Slots::with_links`:
/// 8 × the stack's slot count; `jit/layout.rs` checks it against the VM).
/// The call stencil writes the callee's link at `[r13 + LINK_OFFSET]`.
pub const LINK_OFFSET: i32 = (1 << 20) * 8;

/// Tagged-value constants the stencils compare against (checked against
/// `crate::value` by a unit test).
pub const V_UNDEFINED: u64 = 0x03;
pub const V_NULL: u64 = 0x07;
pub const V_FALSE: u64 = 0x0b;
pub const V_TRUE: u64 = 0x0f;
pub const V_HOLE: u64 = 0x13;
pub const V_EXCEPTION: u64 = 0x17;
pub const V_NEVER: u64 = 0x1f;

/// The object layout the property stencils read (checked against
/// `crate::heap` by `jit/layout.rs`). An object value is the address of
/// its cell plus `TAG_PTR`; the cell is an 8-byte header whose first byte
/// is the kind tag, then the `JsObject` payload.
pub const PTR_TAG: u64 = 1;
/// The header tag of an object with properties (`heap::ObjKind::Object`).
pub const OBJECT_TAG: u8 = 3;
/// Where the payload starts in a cell.
pub const CELL_HEADER: i32 = 8;
/// Displacements from an object value (tagged pointer) to its header tag
/// and the payload fields (`heap::object::OFFSET_*`).
pub const OBJ_TAG_DISP: i32 = -(PTR_TAG as i32);
pub const OBJ_SHAPE_DISP: i32 = CELL_HEADER - PTR_TAG as i32;
pub const OBJ_SLOTS_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 8;
pub const OBJ_ELEMENTS_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 16;
pub const OBJ_ELEMENTS_LEN_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 24;
pub const OBJ_FLAGS_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 32;
pub const OBJ_KIND_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 33;
pub const OBJ_LENGTH_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 28;
/// A script function's code pointer (`heap::object::OFFSET_CODE`): what a
/// patched call site guards on, and the closure's context (`OFFSET_ENV`).
pub const OBJ_CODE_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 40;
pub const OBJ_ENV_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 48;
/// The write barrier (`heap::write_barrier`): the header's age byte, its
/// values, and where a cell's chunk (its address masked with `CHUNK_MASK`)
/// keeps its dirty byte. A store into an object whose age is `AGE_OLD`
/// sets it to `AGE_REMEMBERED` and sets the chunk's dirty byte.
pub const OBJ_AGE_DISP: i32 = 1 - PTR_TAG as i32;
pub const AGE_OLD: u8 = 1;
pub const AGE_REMEMBERED: u8 = 2;
pub const CHUNK_MASK: i32 = -(16 << 10);
pub const CHUNK_DIRTY: i32 = 384;
/// A context's parent and slots pointer (`heap::context::OFFSET_*`).
pub const CTX_PARENT_DISP: i32 = CELL_HEADER - PTR_TAG as i32;
pub const CTX_SLOTS_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 8;
/// The flags bits of a frozen object and of an array
/// (`heap::object::{FROZEN, ARRAY}`).
pub const OBJ_FROZEN: u8 = 1;
pub const OBJ_NOT_EXTENSIBLE: u8 = 2;
pub const OBJ_ARRAY: u8 = 4;
/// An array whose `length` is read-only (`heap::object::LENGTH_READONLY`).
pub const OBJ_LENGTH_READONLY: u8 = 128;
/// A string's header tag (`heap::ObjKind::String`) and the displacement
/// from a string value to its length in UTF-16 units (`JsStr::len`, a
/// usize: `JsStr` is `repr(C)` with the buffer pointer first).
pub const STRING_TAG: u8 = 2;
pub const STR_LEN_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 8;
/// And to where its units start in its buffer (`JsStr::start`, a u32: a
/// slice shares its parent's buffer, `JsStr::sliced`).
pub const STR_START_DISP: i32 = CELL_HEADER - PTR_TAG as i32 + 20;
/// The inline `charCodeAt` (`call_char_code_at`): from a string value to
/// its buffer pointer (`JsStr::buf`, first), from that to the `StrBuf`
/// (`heap::string::BUF_HEADER_OFFSET`: past the count and size of the
/// one-allocation `BufBox`), and in the `repr(C)` `StrBuf` its
/// two-bytes-per-unit flag. The units start `BUF_UNITS` bytes into the
/// allocation, always (`StrBuf::ptr` points there), so the stencil adds
/// that instead of loading the pointer: one dependent load less between
/// the string and its unit.
pub const STR_BUF_DISP: i32 = CELL_HEADER - PTR_TAG as i32;
pub const RC_VALUE_OFFSET: i32 = 16;
pub const STRBUF_WIDE: i32 = 24;
pub const BUF_UNITS: i32 = 48;
/// A mapped `arguments` object (`heap::object::MAPPED`): element stores
/// take the slow path, which also writes the parameter.
pub const OBJ_MAPPED: u8 = 8;
/// The elements kinds that any value may be stored into without a
/// transition (`heap::object::ElementsKind::{Packed, Holey}`).
pub const KIND_PACKED: u8 = 2;
pub const KIND_HOLEY: u8 = 5;
/// The double kinds (`PACKED_DOUBLE`, `HOLEY_DOUBLE`) as a bit mask of
/// kind numbers: their elements are raw f64s (`heap::object::Store::raw`).
pub const KIND_DOUBLE_MASK: u32 = 1 << 1 | 1 << 4;
/// A hole in raw double elements, and the NaN every stored NaN becomes
/// (`heap::object::{HOLE_NAN_BITS, CANONICAL_NAN_BITS}`).
pub const HOLE_NAN: u64 = 0xfff7_ffff_fff7_ffff;
pub const CANONICAL_NAN: u64 = 0x7ff8_0000_0000_0000;

/// An inline cache's entries as the cold part of the `get_named` stencil
/// reads them: `bytecode::IcEntry` is `repr(C)` and a
/// site's `IC_WAYS` entries are an array of them (`Cell` adds nothing);
/// checked by `jit/layout.rs`.
pub const IC_WAYS_ABI: i32 = 4;
pub const IC_ENTRY_SIZE: i32 = 64;
pub const IC_SHAPE: i32 = 0;
pub const IC_SLOT: i32 = 8;
pub const IC_KIND: i32 = 12;
pub const IC_HOLDER: i32 = 16;
pub const IC_HOLDER_SHAPE: i32 = 24;
pub const IC_MIDS: i32 = 32;
pub const IC_MID_OBJS: i32 = 48;
/// `bytecode::IcKind::{Own, Proto}` as bytes.
pub const IC_KIND_OWN: u8 = 0;
pub const IC_KIND_PROTO: u8 = 1;
/// `bytecode::IcKind::{OwnGetter, ProtoGetter}`: the slot holds an
/// accessor pair, whose getter the `get_named` cold part calls directly.
pub const IC_KIND_OWN_GETTER: u8 = 3;
/// `bytecode::IcKind::Add`: a store that adds the property (its next
/// shape in `holder_shape`), served by `set_named`'s cold scan.
pub const IC_KIND_ADD: u8 = 2;
/// In-object slots (`heap::object::INLINE`).
pub const INLINE_SLOTS: i32 = 4;
pub const IC_KIND_PROTO_GETTER: u8 = 4;
/// An accessor pair keeps its getter in the `env` field as well
/// (`JsObject::set_accessor_half`): a fixed offset, where the pair's
/// `ObjClass` payload is a Rust enum's, whose layout is not.
pub const PAIR_GETTER_DISP: i32 = OBJ_ENV_DISP;

/// A polymorphic `get_named` site's patched cases as its cold part reads
/// them (`code::PolyCase`, `repr(C)`, four in a row in the immortal
/// property-site table; checked by `jit/layout.rs`).
pub const POLY_CASES: i32 = 4;
pub const POLY_CASE_SIZE: i32 = 64;
pub const POLY_SHAPE: i32 = 0;
/// Two addresses of shape words (a prototype's between the receiver and
/// the holder, or a static 0 for none) and the shapes they must hold.
pub const POLY_MID_WORDS: i32 = 8;
pub const POLY_MID_SHAPES: i32 = 24;
/// The holder object (0: the receiver itself) and the shape it must have.
pub const POLY_HOLDER: i32 = 40;
pub const POLY_HOLDER_SHAPE: i32 = 48;
/// 8 × the slot, and the case's flags.
pub const POLY_SLOT8: i32 = 56;
pub const POLY_FLAGS: i32 = 60;
/// A case whose property is on a prototype (mids and holder checked).
pub const POLY_FLAG_PROTO: u32 = 1;
/// A case whose slot holds an accessor pair: its getter is called.
pub const POLY_FLAG_GETTER: u32 = 2;
/// A prototype case with one prototype between the receiver and the
/// holder (`POLY_FLAG_MID1`), or two (both flags).
pub const POLY_FLAG_MID1: u32 = 4;
pub const POLY_FLAG_MID2: u32 = 8;

/// A call site's polymorphic cache: `CALL_CACHE_WAYS` pairs of (guard:
/// the callee's function code, entry: its compiled code's address), 16
/// bytes each (`code::CallSite::cache`, checked there).
pub const CALL_CACHE_WAYS: i32 = 4;
pub const CALL_CACHE_ENTRY: i32 = 16;
/// An `alloc_this` site's cache: `ALLOC_CACHE_WAYS` pairs of (new.target's
/// value bits, the `&'static Shape` of the objects it constructs), 16
/// bytes each (`code::AllocSite::cache`, checked there).
pub const ALLOC_CACHE_WAYS: i32 = 4;
pub const ALLOC_CACHE_ENTRY: i32 = 16;

/// What the compiler writes into a hole. Widths: `disp32`/`imm32`/`rel32`
/// holes are 4 bytes, `imm64` holes 8 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HoleKind {
    /// disp32 of `[r13 + disp]`: 8 * the instruction's destination register.
    SlotDst,
    /// disp32: 8 * the first source register (`a`, `src` or `func`).
    SlotA,
    /// disp32: 8 * the second source register (`b`).
    SlotB,
    /// disp32: 8 * the third source register (`SetIndex`'s `src`).
    SlotC,
    /// disp32: 8 * the register the second instruction of a fused
    /// arithmetic pair writes (`fuse_*` stencils, input `IN_AUX`).
    SlotPair,
    /// disp32: 8 * (func + 1), the callee's frame base relative to ours.
    ArgBase,
    /// disp32: -8 * (func + 1), back to our frame after the call.
    NegArgBase,
    /// disp32: 8 * nregs (prologue: one past the frame's last slot).
    FrameEnd,
    /// imm64: the bits of constant `k`.
    Const,
    /// imm64: the Smi bits of AddImm's `imm` (`imm << 32`).
    SmiImm,
    /// imm64: the address of global slot `g`.
    GlobalAddr,
    /// imm64: the `*const FuncProto` passed to helpers.
    Proto,
    /// imm32: the bytecode pc passed to helpers.
    Pc,
    /// imm64: helper addresses.
    HelperExecOp,
    HelperExecCond,
    HelperCall,
    HelperLoopPoll,
    HelperStackOverflow,
    /// imm64: the exception exit's helper (finds the handler for a throw).
    HelperUnwind,
    /// imm64: the property helpers (run the inline cache, then patch the
    /// site's `ShapeGuard` and `SlotOffset`).
    HelperGetNamed,
    HelperSetNamed,
    /// imm64: the function code (`*const FuncProto`) a patched call site
    /// expects its callee to run (initially 0, which no function's is).
    CallGuard,
    /// imm64: the machine-code entry a patched call site calls (initially 0).
    CallTarget,
    /// imm64: the shape a patched property site expects (initially 0,
    /// which no shape's address is, and 0 again once the site is generic).
    ShapeGuard,
    /// disp32: 8 * the slot a patched property site reads or writes.
    SlotOffset,
    /// imm64: the shape a patched store leaves the object with: the guard
    /// itself for an existing property, the next shape for a store that
    /// adds one (a transition, replayed in two stores).
    ShapeAfter,
    /// imm32: how many parents a captured variable's access walks.
    CtxDepth,
    /// disp32: 8 * the context slot a captured variable's access reads or writes.
    CtxSlot,
    /// imm64: the object a `get_named_proto` site reads from (the
    /// receiver's prototype, which the receiver's shape implies).
    Holder,
    /// imm64: the shape that object must still have.
    HolderShape,
    /// imm64: the function objects of `Math.sqrt`, `Math.abs`, `Math.floor`,
    /// `ceil`, `round`, `trunc`, `min`, `max` (pinned built-ins), which an
    /// inline `call_sqrt`... site guards on.
    MathSqrt,
    MathAbs,
    MathFloor,
    MathCeil,
    MathRound,
    MathTrunc,
    MathMin,
    MathMax,
    /// imm64: the function object of `String.prototype.charCodeAt` (pinned),
    /// which an inline `call_char_code_at` site guards on.
    CharCodeAt,
    /// imm64: the function object of `String.fromCharCode` (pinned), which
    /// an inline `call_from_char_code` site guards on.
    FromCharCode,
    /// imm64: the address of the VM's 256 one-unit strings
    /// (`Vm::unit_strings`), where `call_from_char_code` loads its result.
    UnitStrings,
    /// imm64: the function object of `Array.prototype.push` (pinned), which
    /// an inline `call_push` site guards on.
    ArrayPush,
    /// imm64: the address of `jit::inline_builtins::array_push`, the
    /// helper an inline `call_push` site calls with the array and the value.
    HelperArrayPush,
    /// imm64: the function object of `Array.prototype.pop` (pinned), which
    /// an inline `call_pop` site guards on.
    ArrayPop,
    /// imm64: the address of `jit::inline_builtins::array_pop`, the helper
    /// an inline `call_pop` site calls with the array.
    HelperArrayPop,
    /// imm64: the function object of `String.prototype.indexOf` (pinned),
    /// which an inline `call_index_of` site guards on.
    StringIndexOf,
    /// imm64: the address of `jit::inline_builtins::string_index_of`, the
    /// helper an inline `call_index_of` site calls with the two strings.
    HelperStringIndexOf,
    /// imm64: the address of `jit::inline_builtins::string_concat`, which
    /// the `add` stencil's cold part calls when both operands are strings.
    HelperStringConcat,
    /// imm64: the address of `jit::inline_builtins::string_equal`, which
    /// the equality stencils' cold parts call when both operands are
    /// strings.
    HelperStringEqual,
    /// imm64: `u64::MAX / d + 1` for a `%` whose divisor is the constant d
    /// (`mod_const`): the quotient is the high half of its product with
    /// the dividend (Lemire's reciprocal), checked by the remainder.
    ModMagic,
    /// imm64: the address of a `get_named` site's inline-cache entries,
    /// which its cold part scans before calling the helper.
    IcEntries,
    /// imm64: the address of a call site's polymorphic cache
    /// (`code::CallSite::cache`), which the call stencil's cold part scans.
    CallCache,
    /// imm64: the address of a `get_named` site's getter cache
    /// (`code::PropSiteCode::getters`: (getter code, entry) pairs like a
    /// call site's), which the cold part scans to call a getter directly.
    GetterCache,
    /// imm64: the address of a `get_named` site's patched polymorphic cases
    /// (`code::PropSiteCode::cases`), which its cold part tries first.
    PolyCases,
    /// imm64: the address of the template cell a `new_object` stencil
    /// copies (`heap::ObjectTemplate` of a plain `{}`).
    ObjectTemplate,
    /// imm64: the address of the template cell a `new_object_wide` stencil
    /// copies (`heap::WideTemplate`: an object literal with more than
    /// `INLINE_SLOTS` properties).
    WideTemplate,
    /// imm64: the address of the template cell a `new_array` stencil copies
    /// (`[]`: an array with no elements).
    ArrayTemplate,
    /// imm64: the helper of `new` and `super(...)` (`new_call`,
    /// `super_call`): constructs generically, and patches the site when the
    /// callee is a compiled class constructor.
    HelperConstruct,
    /// imm64: the address of an `alloc_this` site's cache of (new.target,
    /// root shape) pairs (`code::AllocSite::cache`), which it scans.
    AllocCache,
    /// imm64: the address of the function's `super(...)` cache
    /// (`FuncProto::super_ctor_cache`: the running constructor's shape and
    /// the parent constructor it gives), which `super_ctor` compares.
    SuperCache,
    /// imm64: the helper of `throw`/`Rethrow` (`throw_value` stencil):
    /// throws and looks the handler up in one call, returning its address
    /// or EXCEPTION.
    HelperThrow,
    /// imm64: the helper of `instanceof` (`instance_of` stencil).
    HelperInstanceOf,
    /// imm64: the helper a construct entry (`construct_entry`) calls first:
    /// makes `this` for `new F(...)` of a plain function F.
    HelperPlainThis,
    /// disp32: where a pad entry's (`pad_entry`) missing arguments start
    /// and end, from the callee's frame (8 * argc, 8 * nparams).
    PadFrom,
    PadTo,
    /// imm64: the helper a gather entry (`gather_entry`) calls: makes the
    /// `arguments` object or rest array of a callee that has one.
    HelperGather,
    /// rel32: the next instruction's stencil (elided when it follows directly).
    Continue,
    /// rel32: the stencil of the instruction's jump target.
    Target,
    /// rel32: this stencil's own cold part (slow path), laid out after the body.
    Cold,
    /// rel32: the function's shared exception exit (finds a handler for
    /// the pc in `ctx.fault_pc` and jumps to it, or returns EXCEPTION).
    ExcExit,
}

impl HoleKind {
    pub const ALL: [HoleKind; 70] = [
        HoleKind::SlotDst,
        HoleKind::SlotA,
        HoleKind::SlotB,
        HoleKind::SlotC,
        HoleKind::SlotPair,
        HoleKind::ArgBase,
        HoleKind::NegArgBase,
        HoleKind::FrameEnd,
        HoleKind::Const,
        HoleKind::SmiImm,
        HoleKind::GlobalAddr,
        HoleKind::Proto,
        HoleKind::Pc,
        HoleKind::HelperExecOp,
        HoleKind::HelperExecCond,
        HoleKind::HelperCall,
        HoleKind::HelperLoopPoll,
        HoleKind::HelperStackOverflow,
        HoleKind::HelperUnwind,
        HoleKind::HelperGetNamed,
        HoleKind::HelperSetNamed,
        HoleKind::CallGuard,
        HoleKind::CallTarget,
        HoleKind::ShapeGuard,
        HoleKind::SlotOffset,
        HoleKind::ShapeAfter,
        HoleKind::CtxDepth,
        HoleKind::CtxSlot,
        HoleKind::Holder,
        HoleKind::HolderShape,
        HoleKind::MathSqrt,
        HoleKind::MathAbs,
        HoleKind::MathFloor,
        HoleKind::MathCeil,
        HoleKind::MathRound,
        HoleKind::MathTrunc,
        HoleKind::MathMin,
        HoleKind::MathMax,
        HoleKind::CharCodeAt,
        HoleKind::FromCharCode,
        HoleKind::UnitStrings,
        HoleKind::ArrayPush,
        HoleKind::HelperArrayPush,
        HoleKind::ArrayPop,
        HoleKind::HelperArrayPop,
        HoleKind::StringIndexOf,
        HoleKind::HelperStringIndexOf,
        HoleKind::HelperStringConcat,
        HoleKind::HelperStringEqual,
        HoleKind::ModMagic,
        HoleKind::IcEntries,
        HoleKind::CallCache,
        HoleKind::GetterCache,
        HoleKind::PolyCases,
        HoleKind::ObjectTemplate,
        HoleKind::WideTemplate,
        HoleKind::ArrayTemplate,
        HoleKind::HelperConstruct,
        HoleKind::AllocCache,
        HoleKind::SuperCache,
        HoleKind::HelperThrow,
        HoleKind::HelperInstanceOf,
        HoleKind::HelperPlainThis,
        HoleKind::PadFrom,
        HoleKind::PadTo,
        HoleKind::HelperGather,
        HoleKind::Continue,
        HoleKind::Target,
        HoleKind::Cold,
        HoleKind::ExcExit,
    ];

    /// The hole's width in bytes.
    pub const fn width(self) -> u8 {
        match self {
            HoleKind::Const
            | HoleKind::SmiImm
            | HoleKind::GlobalAddr
            | HoleKind::Proto
            | HoleKind::HelperExecOp
            | HoleKind::HelperExecCond
            | HoleKind::HelperCall
            | HoleKind::HelperLoopPoll
            | HoleKind::HelperStackOverflow
            | HoleKind::HelperUnwind
            | HoleKind::HelperGetNamed
            | HoleKind::HelperSetNamed
            | HoleKind::CallGuard
            | HoleKind::CallTarget
            | HoleKind::ShapeGuard
            | HoleKind::ShapeAfter
            | HoleKind::Holder
            | HoleKind::HolderShape
            | HoleKind::MathSqrt
            | HoleKind::MathAbs
            | HoleKind::MathFloor
            | HoleKind::MathCeil
            | HoleKind::MathRound
            | HoleKind::MathTrunc
            | HoleKind::MathMin
            | HoleKind::MathMax
            | HoleKind::CharCodeAt
            | HoleKind::FromCharCode
            | HoleKind::UnitStrings
            | HoleKind::ArrayPush
            | HoleKind::HelperArrayPush
            | HoleKind::ArrayPop
            | HoleKind::HelperArrayPop
            | HoleKind::StringIndexOf
            | HoleKind::HelperStringIndexOf
            | HoleKind::HelperStringConcat
            | HoleKind::HelperStringEqual
            | HoleKind::ModMagic
            | HoleKind::IcEntries
            | HoleKind::CallCache
            | HoleKind::GetterCache
            | HoleKind::PolyCases
            | HoleKind::ObjectTemplate
            | HoleKind::WideTemplate
            | HoleKind::ArrayTemplate
            | HoleKind::HelperConstruct
            | HoleKind::AllocCache
            | HoleKind::SuperCache
            | HoleKind::HelperThrow
            | HoleKind::HelperInstanceOf
            | HoleKind::HelperPlainThis
            | HoleKind::HelperGather => 8,
            _ => 4,
        }
    }

    /// True for pc-relative jump displacements.
    pub const fn is_rel32(self) -> bool {
        matches!(self, HoleKind::Continue | HoleKind::Target | HoleKind::Cold | HoleKind::ExcExit)
    }
}

// How the compiler fills a hole: `base[kind] + scale * input`, minus the
// address just past the hole for rel32 jumps. The inputs a relocation can
// scale: nothing, the instruction's registers, its constant / immediate /
// global address, its pc, the hot code of the next unit and of its jump
// target, its own cold part. `base` holds what is constant for the function
// (helper addresses, the proto, the exception exit, frame sizes).
pub const IN_NONE: u8 = 0;
pub const IN_DST: u8 = 1;
pub const IN_A: u8 = 2;
pub const IN_B: u8 = 3;
pub const IN_C: u8 = 4;
pub const IN_PAYLOAD: u8 = 5;
pub const IN_PC: u8 = 6;
pub const IN_NEXT: u8 = 7;
pub const IN_TARGET: u8 = 8;
pub const IN_COLD: u8 = 9;
/// A second small operand (a captured variable's depth, or the register a
/// fused arithmetic pair's second instruction writes).
pub const IN_AUX: u8 = 10;
pub const NINPUTS: usize = 11;
/// Hole kinds (the size of the `base` table).
pub const NKINDS: usize = HoleKind::ALL.len();

impl HoleKind {
    /// The relocation of a hole of this kind: (input, scale).
    pub const fn reloc(self) -> (u8, i8) {
        match self {
            HoleKind::SlotDst => (IN_DST, 8),
            HoleKind::SlotA | HoleKind::ArgBase => (IN_A, 8),
            HoleKind::NegArgBase => (IN_A, -8),
            HoleKind::SlotB => (IN_B, 8),
            HoleKind::SlotC => (IN_C, 8),
            HoleKind::Const | HoleKind::SmiImm | HoleKind::GlobalAddr | HoleKind::ModMagic => (IN_PAYLOAD, 1),
            HoleKind::Pc => (IN_PC, 1),
            HoleKind::Continue => (IN_NEXT, 1),
            HoleKind::Target => (IN_TARGET, 1),
            HoleKind::Cold => (IN_COLD, 1),
            HoleKind::CtxDepth => (IN_AUX, 1),
            HoleKind::SlotPair => (IN_AUX, 8),
            HoleKind::CtxSlot => (IN_PAYLOAD, 8),
            // The rest are constant for the function: `base` holds them
            // (a property site's guard and slot start as 0 and are patched
            // per site, see `code::PropSiteState`).
            _ => (IN_NONE, 0),
        }
    }

    /// Whether `base[kind]` can be nonzero (else the generator leaves the
    /// term out).
    pub const fn has_base(self) -> bool {
        self.reloc().0 == IN_NONE || matches!(self, HoleKind::ArgBase | HoleKind::NegArgBase)
    }
}
