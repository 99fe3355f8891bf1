//! `CompiledCode`: one function's machine code and what the VM needs to
//! know about it (entry points per bytecode pc, call sites to patch) and
//! what `--print-asm` needs to explain it (which stencil is where, which
//! hole was filled with what).

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use super::abi::{ALLOC_CACHE_ENTRY, ALLOC_CACHE_WAYS, CALL_CACHE_ENTRY, CALL_CACHE_WAYS, POLY_CASES};
use super::compile::hole_note;
use super::decode::decode_registers;
use super::memory::CodeMemory;
use super::stencils::{HoleKind, Stencil};
use crate::bytecode::FuncProto;
use crate::value::NEVER_BITS;

/// The state of a lazy call site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallSiteState {
    /// Never patched: the guard is NEVER, every call takes the `call` helper.
    Stub,
    /// Calls whose callee value equals `guard` jump straight to `target`.
    Patched { guard: u64, target: usize },
    /// Saw several callees; the VM decided to leave it generic (unpatched).
    Generic,
}

/// One `Call` instruction in compiled code.
#[derive(Debug, Clone)]
pub struct CallSite {
    pub pc: u32,
    /// Code offsets of the guard and target imm64s.
    pub guard_offset: u32,
    pub target_offset: u32,
    pub(crate) state: Cell<CallSiteState>,
    /// The polymorphic cache the stencil's cold part scans once the site
    /// is generic: (guard, entry) pairs as in the patched site, filled by
    /// the call helper (`add_call_case`); `NEVER_BITS` guards are empty
    /// (no function code is at an odd address). Data, not code: adding a
    /// case writes no executable memory.
    pub cache: [Cell<[u64; 2]>; CALL_CACHE_WAYS as usize],
}

const _: () = assert!(
    std::mem::size_of::<[Cell<[u64; 2]>; CALL_CACHE_WAYS as usize]>() == (CALL_CACHE_WAYS * CALL_CACHE_ENTRY) as usize
);

impl Default for CallSite {
    fn default() -> CallSite {
        CallSite {
            pc: 0,
            guard_offset: 0,
            target_offset: 0,
            state: Cell::new(CallSiteState::Stub),
            cache: std::array::from_fn(|_| Cell::new([NEVER_BITS, 0])),
        }
    }
}

impl CallSite {
    pub fn state(&self) -> CallSiteState {
        self.state.get()
    }
}

/// One `AllocThis` instruction (a base class constructor's `this`) in
/// compiled code: the new.targets it has seen and the root shape of the
/// objects each constructs (`new.target.prototype`'s), which the
/// `alloc_this` stencil scans before it allocates inline. A class's
/// `prototype` is neither writable nor configurable, so a new.target
/// fixes the shape for good; the construct helper fills the pairs
/// (`learn_alloc_this`) and pins each new.target it records, so that no
/// other object can come to live at a cached address. Empty pairs hold
/// `NEVER_BITS` (no object is at that address).
#[derive(Debug)]
pub struct AllocSite {
    pub pc: u32,
    pub cache: [Cell<[u64; 2]>; ALLOC_CACHE_WAYS as usize],
    /// How many pairs it has recorded (it stops at `ALLOC_SITE_LEARNS`).
    pub learned: Cell<u8>,
}

/// The most new.targets one `alloc_this` site records (and pins): past
/// that, a site that keeps meeting fresh classes (a class made per call)
/// leaves the rest to the helper instead of pinning every one.
pub const ALLOC_SITE_LEARNS: u8 = 8;

const _: () = assert!(
    std::mem::size_of::<[Cell<[u64; 2]>; ALLOC_CACHE_WAYS as usize]>()
        == (ALLOC_CACHE_WAYS * ALLOC_CACHE_ENTRY) as usize
);

impl Default for AllocSite {
    fn default() -> AllocSite {
        AllocSite { pc: 0, cache: std::array::from_fn(|_| Cell::new([NEVER_BITS, 0])), learned: Cell::new(0) }
    }
}

/// The state of a property site (`get_named`, `set_named`) in compiled code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropSiteState {
    /// The shape guard is 0, which no shape's address is: every access
    /// takes the helper, which patches the site once its inline cache
    /// (`bytecode::PropSite`) is monomorphic on an own property.
    Stub,
    /// Objects whose shape is at address `shape` (shape `shape_id`) read or
    /// write slot `slot` inline.
    Patched { shape: usize, shape_id: u32, slot: u32 },
    /// Saw a second shape: the guard is 0 again for good, and the helper's
    /// polymorphic and megamorphic caches serve the site.
    Generic,
}

/// One `GetNamed` or `SetNamed` instruction in compiled code.
#[derive(Debug, Clone)]
pub struct PropSiteCode {
    pub pc: u32,
    /// Code offsets of the shape guard imm64 and the slot disp32.
    pub shape_offset: u32,
    pub slot_offset: u32,
    /// The code offset of a store's shape-after imm64 (none for a read).
    pub after_offset: Option<u32>,
    pub(crate) state: Cell<PropSiteState>,
    /// A `get_named` site's getter cache: (getter's function code, its
    /// compiled entry) pairs, `NEVER_BITS` guards empty, which the cold
    /// part scans after finding a getter case in the inline cache and
    /// calls directly (the `get_named` helper fills it: `add_getter_case`).
    pub getters: [Cell<[u64; 2]>; CALL_CACHE_WAYS as usize],
    /// A `get_named` site's polymorphic cases, patched in one at a time by
    /// the helper (`add_prop_case`) as the site meets shapes, which the
    /// cold part tries before the shared cache's scan (`PolyCases` hole).
    /// Empty cases have shape 0.
    pub cases: [Cell<PolyCase>; POLY_CASES as usize],
    /// The shape ids of the cases (for the traces and listings).
    pub case_ids: [Cell<u32>; POLY_CASES as usize],
}

/// One case of a polymorphic `get_named` site, in the form its stencil
/// reads (offsets `abi::POLY_*`, checked by `jit/layout.rs`): a receiver
/// shape, the prototypes in between and the holder with the shapes they
/// must have, the slot and whether it holds a getter.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PolyCase {
    pub shape: u64,
    /// Addresses of the in-between prototypes' shape words (`ZERO_WORD`
    /// when unused, whose "shape" is 0).
    pub mid_words: [u64; 2],
    pub mid_shapes: [u64; 2],
    /// The holder's value bits (0 for an own property).
    pub holder: u64,
    pub holder_shape: u64,
    pub slot8: u32,
    pub flags: u32,
}

/// The word an unused mid of a case points at: 0, the "shape" it expects.
pub static ZERO_WORD: u64 = 0;

impl PolyCase {
    pub const EMPTY: PolyCase =
        PolyCase { shape: 0, mid_words: [0; 2], mid_shapes: [0; 2], holder: 0, holder_shape: 0, slot8: 0, flags: 0 };
}

impl Default for PropSiteCode {
    fn default() -> PropSiteCode {
        PropSiteCode {
            pc: 0,
            shape_offset: 0,
            slot_offset: 0,
            after_offset: None,
            state: Cell::new(PropSiteState::Stub),
            getters: std::array::from_fn(|_| Cell::new([NEVER_BITS, 0])),
            cases: std::array::from_fn(|_| Cell::new(PolyCase::EMPTY)),
            case_ids: std::array::from_fn(|_| Cell::new(0)),
        }
    }
}

/// Where a stencil was placed.
#[derive(Debug, Clone)]
pub struct Placed {
    /// Bytecode pc, or `None` for the prologue, the fall-off return and the
    /// exception exit.
    pub pc: Option<u32>,
    pub stencil: &'static Stencil,
    /// The stencil's id (`stencils::ALL[id]`).
    pub id: u8,
    /// Byte range of its hot part (after elision) and of its cold part.
    pub hot: Range<u32>,
    pub cold: Range<u32>,
    /// True when the trailing `jmp` to the next stencil was dropped.
    pub elided: bool,
    /// For a call, its index in `CompiledCode::call_sites`; for a property
    /// site, its index in `CompiledCode::prop_sites` (`NO_SITE` otherwise):
    /// the helpers find their site from the pc in O(1).
    pub(crate) site: u32,
}

/// `Placed::site` of a unit that is not a call site.
pub(crate) const NO_SITE: u32 = u32::MAX;

impl Default for Placed {
    fn default() -> Placed {
        Placed {
            pc: None,
            stencil: &super::stencils::SLOW,
            id: super::stencils::id::SLOW,
            hot: 0..0,
            cold: 0..0,
            elided: false,
            site: NO_SITE,
        }
    }
}

/// What went into a hole, for the disassembly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HoleNote {
    Slot(u32),
    /// `r13 + 8*n` for a call's argument base (negative: back).
    FrameShift(i32),
    FrameEnd(u16),
    Const(u32),
    /// A `const` global's value taken as an immediate (global, bits).
    GlobalConst(u32, u64),
    SmiImm(i16),
    Global(u32),
    Proto,
    Pc(u32),
    Helper(&'static str),
    /// The built-in an inline `Math` call site guards on.
    MathGuard(&'static str),
    /// The VM's table of one-unit strings (inline `String.fromCharCode`).
    UnitStrings,
    /// `u64::MAX / d + 1` for a `%` by the constant d (`mod_const`).
    ModMagic(u64),
    CallGuard(u32),
    CallTarget(u32),
    /// A property site's shape guard and slot offset (by pc).
    ShapeGuard(u32),
    SlotOffset(u32),
    ShapeAfter(u32),
    /// A captured variable's access: parents walked, context slot.
    CtxDepth(u8),
    CtxSlot(u8),
    /// A `get_named_proto` site's holder object and its shape (by pc).
    Holder(u32),
    HolderShape(u32),
    IcEntries(u32),
    CallCache(u32),
    /// A `get_named` site's getter cache (by pc).
    GetterCache(u32),
    /// A `get_named` site's polymorphic cases (by pc).
    PolyCases(u32),
    /// The template cell an inline `{}` copies (`heap::ObjectTemplate`).
    ObjectTemplate,
    /// The template cell of a wide object literal (`heap::WideTemplate`).
    WideTemplate,
    /// The template cell of `[]`.
    ArrayTemplate,
    /// An `alloc_this` site's (new.target, shape) pairs (by pc).
    AllocCache(u32),
    /// The function's `super(...)` cache (`FuncProto::super_ctor_cache`).
    SuperCache,
    /// A jump to the hot code of a bytecode pc (`pc == len`: the fall-off).
    ToPc(u32),
    /// A jump to the cold part of the stencil at this pc (None: prologue).
    ToCold(Option<u32>),
    ToExcExit,
}

/// A filled hole: absolute code offset, width, kind and what went in.
#[derive(Debug, Clone, Copy)]
pub struct PatchedHole {
    pub offset: u32,
    /// Read by the tests that check listings against the code.
    #[cfg_attr(not(test), allow(dead_code))]
    pub width: u8,
    pub kind: HoleKind,
    pub note: HoleNote,
}

/// Compile statistics.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompileStats {
    /// Bytecode instructions compiled.
    pub instructions: usize,
    /// Total machine code bytes (hot + cold + exits).
    pub code_bytes: usize,
    pub hot_bytes: usize,
    pub cold_bytes: usize,
    /// `jmp` to the next stencil dropped by fall-through.
    pub elided_jumps: usize,
    pub holes: usize,
    /// Call sites compiled as inline `Math` functions (`call_sqrt`...).
    pub math_calls: usize,
    /// Time `compile` took (decode, place, copy, patch, publish), in
    /// time-stamp-counter ticks (see `clock`).
    pub compile_ticks: u64,
}

impl CompileStats {
    pub fn compile_ns(&self) -> u64 {
        super::clock::to_ns(self.compile_ticks)
    }
}

/// A compiled function. Immortal, like its machine code (the arena never
/// frees): `compile` cuts it from a pre-allocated chunk
/// (`compile::immortal_table`) and `FuncProto.jit` refers to it, so a
/// patched call site elsewhere can never outlive its target.
pub struct CompiledCode {
    pub(crate) mem: CodeMemory,
    pub(crate) name: Rc<str>,
    /// (Immortal, like `placed`.)
    pub(crate) sites: &'static [CallSite],
    /// The property sites with inline caches (immortal too).
    pub(crate) prop_sites: &'static [PropSiteCode],
    /// The `alloc_this` sites (immortal too).
    pub(crate) alloc_sites: &'static [AllocSite],
    /// The prologue, one entry per bytecode pc (`placed[pc + 1]`), the
    /// fall-off (pc `len`) and the exception exit.
    /// (Immortal, like the code: see `compile::immortal_table`.)
    pub(crate) placed: &'static [Placed],
    pub(crate) stats: CompileStats,
    /// The address of the `Helpers` table the code calls (see
    /// `compiled_with`).
    pub(crate) helpers: usize,
    /// Entries into this code that direct calls were patched to
    /// (`runtime::direct_entry`): (argument count, or `u8::MAX` for all
    /// parameters given; construct entry or pad entry; address). Made when
    /// a site first needs one, immortal like the code.
    pub(crate) entries: std::cell::RefCell<Vec<(u8, bool, usize)>>,
}

impl CompiledCode {
    /// Whether this code calls the helpers of `helpers`. The VM runs only
    /// code compiled with its own helpers (`runtime::HELPERS`): code made
    /// for other helpers (the unit tests' mocks) would have them read the
    /// VM's context as something else.
    pub fn compiled_with(&self, helpers: &super::Helpers) -> bool {
        self.helpers == helpers as *const super::Helpers as usize
    }

    /// The function entry (the prologue), for `enter` and for patching a
    /// caller's call site.
    pub fn entry(&self) -> *const u8 {
        self.mem.as_ptr()
    }

    /// The address to enter at bytecode `pc` via `enter_osr` (state as after
    /// the prologue). Any instruction boundary is valid; loop headers are
    /// the intended use.
    pub fn osr_entry(&self, pc: u32) -> Option<*const u8> {
        let off = self.pc_offset(pc)?;
        Some(self.mem.as_ptr().wrapping_add(off as usize))
    }

    /// Code offset of a pc's hot stencil (pc `len` is the fall-off).
    pub fn pc_offset(&self, pc: u32) -> Option<u32> {
        let p = self.placed.get(pc as usize + 1)?;
        p.pc.map(|_| p.hot.start)
    }

    /// A copy of the machine code as it is now (call sites included).
    pub fn code(&self) -> Vec<u8> {
        self.mem.bytes()
    }

    pub fn stats(&self) -> &CompileStats {
        &self.stats
    }

    #[cfg(test)]
    pub fn placed(&self) -> &[Placed] {
        self.placed
    }

    /// Every filled hole, in code order, and what went into it
    /// (recomputed from the bytecode: the compiler records nothing per hole).
    pub fn holes(&self, proto: &FuncProto) -> Vec<PatchedHole> {
        let mut out = Vec::with_capacity(self.stats.holes);
        // A `const` global's value is not in the bytecode: the bytes say it.
        let mut bytes: Option<Vec<u8>> = None;
        for u in self.placed {
            let hot_len = u.hot.end - u.hot.start;
            let op = u.pc.and_then(|pc| proto.code.get(pc as usize));
            let d = u.pc.map(|pc| decode_registers(proto, pc)).unwrap_or_default();
            for h in u.stencil.holes {
                if !h.cold && h.offset >= hot_len {
                    continue;
                }
                if let Ok(mut note) = hole_note(proto, u.pc, op, &d, h.kind) {
                    let offset = if h.cold { u.cold.start } else { u.hot.start } + h.offset;
                    if let (HoleNote::GlobalConst(g, _), 8) = (note, h.width) {
                        let code = bytes.get_or_insert_with(|| self.mem.bytes());
                        let at = offset as usize;
                        let word = code.get(at..at + 8).and_then(|b| b.try_into().ok()).map(u64::from_le_bytes);
                        note = HoleNote::GlobalConst(g, word.unwrap_or(0));
                    }
                    out.push(PatchedHole { offset, width: h.width, kind: h.kind, note });
                }
            }
        }
        out.sort_by_key(|h| h.offset);
        out
    }

    #[cfg(test)]
    pub fn call_sites(&self) -> &[CallSite] {
        self.sites
    }

    /// The call site at `pc`, through the pc's unit (`Placed::site`). The
    /// `call` helper looks its site up on every call that is not patched
    /// (a generic site, or a callee that takes more arguments than it is
    /// given): a linear scan of the sites made a function with thousands
    /// of them quadratic (20,000 statements with 5,000 generic sites ran
    /// 10× slower compiled than interpreted), and a binary search still
    /// cost a quarter of that run in cache misses.
    pub fn alloc_site(&self, pc: u32) -> Option<&AllocSite> {
        let site = self.placed.get(pc as usize + 1)?.site;
        self.alloc_sites.get(site as usize).filter(|s| s.pc == pc)
    }

    pub fn call_site(&self, pc: u32) -> Option<&CallSite> {
        let site = self.placed.get(pc as usize + 1)?.site;
        self.sites.get(site as usize).filter(|s| s.pc == pc)
    }

    /// Points the call site at `pc` to `target` (a `CompiledCode::entry`)
    /// for calls whose callee value is `guard`.
    ///
    /// # Safety
    ///
    /// Calls through the site will jump to `target` with the caller's
    /// context, so: `target` is the entry of a live `CompiledCode` compiled
    /// for the same VM (helpers and globals) as this one, `argc >=
    /// callee.nparams` (compiled code does not pad missing arguments; the
    /// prologue only clears `r[nparams..nregs]`), and `guard` is the value
    /// of that callee and stays alive while the site is patched (mark
    /// `roots()`), so that no other function can take its address and pass
    /// the guard.
    pub unsafe fn patch_call_site(&self, pc: u32, guard: u64, target: *const u8) -> Result<(), String> {
        let site = self.call_site(pc).ok_or_else(|| format!("no call site at pc {}", pc))?;
        // SAFETY: the two offsets are the site's guard and target imm64s
        // (recorded by the compiler), and the caller vouches for `target`
        // and `guard` (see above): the code stays valid.
        unsafe {
            self.mem.patch_u64(&[(site.guard_offset as usize, guard), (site.target_offset as usize, target as u64)])
        }
        .map_err(|e| format!("patching call site at pc {}: {}", pc, e))?;
        site.state.set(CallSiteState::Patched { guard, target: target as usize });
        Ok(())
    }

    /// Back to the stub (every call goes through the `call` helper).
    #[cfg(test)]
    pub fn unpatch_call_site(&self, pc: u32) -> Result<(), String> {
        self.reset_site(pc, CallSiteState::Stub)
    }

    /// Adds (guard, target) to the polymorphic cache of the generic call
    /// site at `pc`; false when the cache is full or the case is there.
    ///
    /// # Safety
    ///
    /// As for `patch_call_site`: the stencil's cold part calls `target`
    /// for every callee whose function code is `guard`.
    pub unsafe fn add_call_case(&self, pc: u32, guard: u64, target: *const u8) -> Result<bool, String> {
        let site = self.call_site(pc).ok_or_else(|| format!("no call site at pc {}", pc))?;
        if site.cache.iter().any(|c| c.get()[0] == guard) {
            return Ok(false);
        }
        let Some(free) = site.cache.iter().find(|c| c.get()[0] == NEVER_BITS) else { return Ok(false) };
        // One store of both words: the code is not running while a helper
        // runs (single thread), so no half-written pair is ever scanned.
        free.set([guard, target as u64]);
        Ok(true)
    }

    /// Adds (getter code, entry) to the getter cache of the `get_named`
    /// site at `pc`; false when it is there already or the cache is full.
    ///
    /// # Safety
    ///
    /// `target` is the compiled entry of the function code `guard`, which
    /// takes no parameters, does not gather its arguments and is not a
    /// class constructor: the site calls it with no arguments.
    pub unsafe fn add_getter_case(&self, pc: u32, guard: u64, target: *const u8) -> Result<bool, String> {
        let site = self.prop_site(pc).ok_or_else(|| format!("no property site at pc {}", pc))?;
        if site.getters.iter().any(|c| c.get()[0] == guard) {
            return Ok(false);
        }
        let Some(free) = site.getters.iter().find(|c| c.get()[0] == NEVER_BITS) else { return Ok(false) };
        // One store of both words, as in `add_call_case`.
        free.set([guard, target as u64]);
        Ok(true)
    }

    /// Unpatches and marks the site generic (polymorphic): the VM's
    /// `call` helper should not patch it again.
    pub fn make_call_site_generic(&self, pc: u32) -> Result<(), String> {
        self.reset_site(pc, CallSiteState::Generic)
    }

    fn reset_site(&self, pc: u32, state: CallSiteState) -> Result<(), String> {
        let site = self.call_site(pc).ok_or_else(|| format!("no call site at pc {}", pc))?;
        if matches!(site.state.get(), CallSiteState::Patched { .. }) {
            let stub = [(site.guard_offset as usize, NEVER_BITS), (site.target_offset as usize, 0)];
            // SAFETY: back to the stub the compiler emitted: no value equals
            // the NEVER guard, so the zero target is never jumped to. The
            // code is not running on another thread (`CompiledCode` is
            // neither Send nor Sync) and, on this one, is at most suspended
            // in a helper call.
            unsafe { self.mem.patch_u64(&stub) }.map_err(|e| format!("unpatching call site at pc {}: {}", pc, e))?;
        }
        site.state.set(state);
        Ok(())
    }

    /// The property site at `pc` (a `get_named` or `set_named` stencil).
    pub fn prop_site(&self, pc: u32) -> Option<&PropSiteCode> {
        let site = self.placed.get(pc as usize + 1)?.site;
        self.prop_sites.get(site as usize).filter(|s| s.pc == pc)
    }

    pub fn prop_site_state(&self, pc: u32) -> Option<PropSiteState> {
        self.prop_site(pc).map(|s| s.state.get())
    }

    #[cfg(test)]
    pub fn prop_sites(&self) -> &[PropSiteCode] {
        self.prop_sites
    }

    /// Makes the property site at `pc` read or write slot `slot` inline for
    /// objects whose shape is at address `shape` (`shape_id` is for the
    /// listings).
    ///
    /// # Safety
    ///
    /// The site's code then reads `slots[slot]` of every object value whose
    /// kind tag is Object and whose shape word is `shape`, so: `shape` is
    /// the address of a live (shapes are immortal) shape in the transition
    /// tree, not in dictionary mode, that has a property in slot `slot`
    /// (every object of that shape has that slot), and that property may be
    /// read (`get_named`), or written in place (`set_named`: writable).
    pub unsafe fn patch_prop_site(
        &self,
        pc: u32,
        shape: usize,
        shape_id: u32,
        slot: u32,
        after: usize,
    ) -> Result<(), String> {
        let site = self.prop_site(pc).ok_or_else(|| format!("no property site at pc {}", pc))?;
        let disp = slot.checked_mul(8).filter(|&d| d <= i32::MAX as u32).ok_or("slot out of range")?;
        // SAFETY: the offsets are the site's guard imm64, slot disp32 and
        // (for a store) shape-after imm64, recorded by the compiler; the
        // caller vouches for the triple. The shape-after word is written
        // before the guard, so the guard never admits an object while the
        // other holes are stale.
        unsafe {
            let after_ok = match site.after_offset {
                Some(a) => self.mem.patch_u64(&[(a as usize, after as u64)]),
                None => Ok(()),
            };
            after_ok
                .and_then(|()| self.mem.patch_u32(site.slot_offset as usize, disp))
                .and_then(|()| self.mem.patch_u64(&[(site.shape_offset as usize, shape as u64)]))
        }
        .map_err(|e| format!("patching property site at pc {}: {}", pc, e))?;
        site.state.set(PropSiteState::Patched { shape, shape_id, slot });
        Ok(())
    }

    /// Puts `case` into the polymorphic cases of the `get_named` site at
    /// `pc`: over the case for the same shape (a stale one: a prototype
    /// changed), else into a free one. Returns its number (1-based), or
    /// None when all are taken.
    ///
    /// # Safety
    ///
    /// The site's cold part then reads, for every object whose shape word
    /// is `case.shape`, the words at `case.mid_words` (addresses that stay
    /// readable: shape words of objects kept alive by immortal shapes, or
    /// `ZERO_WORD`) and, when the shapes there and the holder's match, the
    /// slot `case.slot8 / 8` of the holder (or of the object), calling the
    /// getter when `POLY_FLAG_GETTER` is set: the caller vouches that every
    /// object of that shape, with such prototypes, has that property there.
    pub unsafe fn add_prop_case(&self, pc: u32, case: PolyCase, shape_id: u32) -> Option<usize> {
        let site = self.prop_site(pc)?;
        let i = site
            .cases
            .iter()
            .position(|c| c.get().shape == case.shape)
            .or_else(|| site.cases.iter().position(|c| c.get().shape == 0))?;
        // One store of the whole case: the code is not running while a
        // helper runs (single thread), so no half-written case is read.
        site.cases[i].set(case);
        site.case_ids[i].set(shape_id);
        Some(i + 1)
    }

    /// Unpatches the property site at `pc` for good: every access takes
    /// the helper (and its polymorphic cache) from now on.
    pub fn make_prop_site_generic(&self, pc: u32) -> Result<(), String> {
        let site = self.prop_site(pc).ok_or_else(|| format!("no property site at pc {}", pc))?;
        // Its cases go too: past four shapes the chain would fail its four
        // guards on most accesses before the megamorphic path.
        for c in &site.cases {
            c.set(PolyCase::EMPTY);
        }
        // SAFETY: a zero guard matches no shape, so the slot displacement
        // left behind is never used; the code is at most suspended in a
        // helper call on this thread (`CompiledCode` is neither Send nor Sync).
        unsafe { self.mem.patch_u64(&[(site.shape_offset as usize, 0)]) }
            .map_err(|e| format!("unpatching property site at pc {}: {}", pc, e))?;
        site.state.set(PropSiteState::Generic);
        Ok(())
    }

    /// Puts every patched store back to a stub (a zero guard: the helper
    /// serves it, and patches it again from the inline cache, which
    /// `PropSite::forget_adds` has just cleaned): a patched store may be an add
    /// that a prototype's new setter or read-only property makes wrong.
    /// Returns how many sites were reset.
    pub fn reset_store_sites(&self) -> usize {
        let mut n = 0;
        for site in self.prop_sites.iter().filter(|s| s.after_offset.is_some()) {
            if let PropSiteState::Patched { .. } = site.state.get() {
                // SAFETY: as in `make_prop_site_generic`: a zero guard
                // matches no shape, and the code is not running between a
                // guard and its stores while a helper runs.
                if unsafe { self.mem.patch_u64(&[(site.shape_offset as usize, 0)]) }.is_ok() {
                    site.state.set(PropSiteState::Stub);
                    n += 1;
                }
            }
        }
        n
    }

    pub fn call_site_state(&self, pc: u32) -> Option<CallSiteState> {
        self.call_site(pc).map(|s| s.state.get())
    }
}

impl std::fmt::Debug for CompiledCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CompiledCode({} at {:p}, {} bytes)", self.name, self.mem.as_ptr(), self.mem.len())
    }
}

/// The compiled code of `proto`, if the JIT has made it.
#[inline(always)]
pub fn code_of(proto: &FuncProto) -> Option<&'static CompiledCode> {
    // SAFETY: only `set_code` stores into the slot, and only the address of
    // a `&'static CompiledCode` (the slot's contract).
    proto.jit.get().map(|p| unsafe { &*(p.as_ptr() as *const CompiledCode) })
}

/// Hangs `code` off `proto` (it stays there: compiled code is never freed).
pub fn set_code(proto: &FuncProto, code: &'static CompiledCode) {
    // SAFETY: the address of a `'static` `CompiledCode`, which `code_of`
    // reads it back as.
    unsafe { proto.jit.set(std::ptr::NonNull::from(code).cast()) }
}
