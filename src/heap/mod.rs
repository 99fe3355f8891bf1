//! The heap: objects behind tagged pointers, and a precise, non-moving
//! mark-sweep collector paced by bytes.
//!
//! * **Layout.** Every object is an 8-byte `Obj` header (its kind's tag, a
//!   mark bit, a "permanent" bit) followed by its kind's payload, and takes
//!   the smallest size class that fits (16 bytes for a double, 32 for a
//!   string view). Each size class has chunks of equal cells and allocates
//!   by bumping through runs of free cells (`lab`): no malloc per object,
//!   which matters because every double outside Smi range is an object.
//!   Objects never move, so a pointer baked into machine code stays valid.
//! * **Kinds.** `object_kinds!` below lists them; a kind is a payload type
//!   with a `Trace` impl that marks the values it holds. Adding one is a line
//!   in the list plus the impl (ARCHITECTURE.md, "The heap").
//! * **Marking** starts from the roots the VM hands a `Tracer` and follows
//!   references with an explicit gray worklist, so deep structures need no
//!   recursion. A reference is pushed unread and its header read when it
//!   comes off the worklist, through a ring of prefetched entries
//!   (`Tracer::drain`), so cache misses overlap. Mark bits live in side bitmaps at each chunk's start
//!   (`bitmap`). **Sweeping** reads them a word per 64 cells, drops only
//!   the dead payloads that own memory and records the runs of free cells.
//! * **Generations** (sticky mark bits; ARCHITECTURE.md, "Generations").
//!   The sweep leaves survivors marked: marked means old. A minor
//!   collection traces only unmarked (young) objects, from the roots and
//!   from the old objects the write barrier remembered (`write_barrier`:
//!   an age byte in the header, a dirty byte per chunk), and sweeps only
//!   the chunks allocated into since the last sweep. A major collection
//!   clears the marks first and traces everything.
//! * **Pacing.** A minor collection is due every `NURSERY` bytes allocated
//!   (cells plus malloc'd buffers and elements; 4 MiB for a small heap), a
//!   major one when the old bytes have grown by half since the last major
//!   and past `MIN_OLD`. Without
//!   generations every collection is major, due when the bytes allocated
//!   reach `GROWTH` times the bytes that survived, but at least `MIN_HEAP`.
//! * **Small blocks.** What payloads own outside their cells (elements,
//!   an object's store, string buffers) is malloc'd; blocks of at most
//!   512 bytes go through size-classed free lists (`small_alloc`, the
//!   global allocator), so the thousands a minor collection's sweep
//!   frees cost a push each and are the next ones allocated.
//! * **Permanent objects** (constants the compiler makes, `typeof` names) are
//!   never freed and never traced, so a collection does not rescan every
//!   function's constant table. They may only refer to permanent objects.

mod bitmap;
pub mod capture;
pub mod collection;
pub mod context;
pub mod lab;
pub mod object;
pub mod promise_parts;
pub mod shape;
mod slots;
pub mod small_alloc;
pub mod string;
pub mod typed;

use std::alloc::Layout;
use std::ptr::NonNull;
use std::rc::Rc;

pub use lab::Lab;
pub use object::{Callable, JsObject, ObjClass};
pub use shape::{Atom, Atoms, PropKey, Shape, Shapes};
pub use slots::{FrameRef, LinkView, SlotView, Slots, FRAME_WINDOW};
pub use string::{JsStr, StrBuf, Units};

use crate::bytecode::FuncProto;
use crate::value::{Value, FALSE_BITS, NULL_BITS, TAG_PTR, TRUE_BITS, UNDEFINED_BITS};

/// Marks the values an object holds. Called once per live object per
/// collection, from the collector's worklist (never recursively).
pub trait Trace {
    fn trace(&self, t: &mut Tracer);
    /// Set when `trace` does nothing, so marking need not queue the object.
    const LEAF: bool = false;
}

/// A type that can be an object's payload (one per kind).
pub trait Payload: Trace + 'static {
    const TAG: u8;
    /// Runs once the payload is in its cell (at its final address).
    fn placed(&self) {}
    /// Whether freeing it must drop it (it owns memory).
    fn owns(&self) -> bool;
}

/// Declares the object kinds: the `ObjKind` enum that allocation takes, a
/// tag per kind, and the dispatch from a tag to the payload's type for
/// tracing and dropping. Adding a kind is one line here and a `Trace` impl.
macro_rules! object_kinds {
    ($( $(#[$attr:meta])* $name:ident($ty:ty) = $tag:literal, )*) => {
        /// What an allocation holds.
        pub enum ObjKind {
            $( $(#[$attr])* $name($ty), )*
        }

        $( $(#[$attr])* impl Payload for $ty {
            const TAG: u8 = $tag;
            fn placed(&self) { <$ty as Placed>::placed(self) }
            fn owns(&self) -> bool { <$ty as Placed>::owns(self) }
        } )*

        impl ObjKind {
            /// Marks the values this payload holds (roots of a collection that
            /// runs while it is being allocated).
            pub fn trace(&self, t: &mut Tracer) {
                match self {
                    $( $(#[$attr])* ObjKind::$name(x) => x.trace(t), )*
                }
            }
        }

        impl Heap {
            #[inline(always)]
            fn place(&mut self, kind: ObjKind, permanent: bool) -> Value {
                match kind {
                    $( $(#[$attr])* ObjKind::$name(x) => self.place_payload(x, permanent), )*
                }
            }
        }

        /// Traces the payload of the live object at `p`.
        ///
        /// # Safety
        /// `p` points to a cell of this heap (a freed one is skipped).
        unsafe fn trace_object(p: *const Obj, t: &mut Tracer) {
            // SAFETY: the header is always initialised; a tag other than
            // FREE says which payload type `place_payload` wrote after it,
            // and that payload is still there (freeing sets the tag to FREE).
            match unsafe { (*p).tag } {
                $( $(#[$attr])* $tag => unsafe { (*(p as *const ObjCell<$ty>)).payload.trace(t) }, )*
                _ => {}
            }
        }

        /// Drops the payload of the object at `p` and marks its cell free.
        ///
        /// # Safety
        /// `p` points to a live object that nothing will read again.
        unsafe fn free_object(p: *mut Obj) {
            // SAFETY: as in `trace_object`; the caller guarantees the payload
            // is unreachable, so dropping it in place is its last use.
            match unsafe { (*p).tag } {
                $( $(#[$attr])* $tag => unsafe {
                    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(p as *mut ObjCell<$ty>)).payload))
                }, )*
                _ => {}
            }
            // SAFETY: the cell is ours (see above); the header is plain data.
            unsafe { (*p).tag = FREE };
        }
    };
}

object_kinds! {
    Double(f64) = 1,
    Str(JsStr) = 2,
    // Every object with properties: plain objects, arrays, functions.
    Object(JsObject) = 3,
    // A thrown runtime error (`TypeError: …`); references its message.
    Error(crate::error::ErrorObj) = 4,
    // A scope's captured variables (closures): parent context and slots.
    Context(crate::heap::context::Context) = 5,
    // A symbol: its description (heap/collection.rs).
    Symbol(crate::heap::collection::SymbolData) = 6,
    // A BigInt primitive: its digits live in a buffer the payload owns, as
    // a string's do (`num_bigint::BigInt`'s vector), dropped by the sweep.
    BigInt(num_bigint::BigInt) = 7,
    // Two references: lets the unit tests trace through objects.
    #[cfg(test)]
    TestPair(tests::Pair) = 250,
}

/// What a payload does once at its final address (only objects, whose
/// slots pointer may point into themselves, do anything), and whether it
/// owns memory that freeing it must drop (`bitmap`: the sweeper visits
/// only dead owners).
trait Placed: Sized {
    fn placed(&self) {}
    fn owns(&self) -> bool {
        std::mem::needs_drop::<Self>()
    }
}
impl Placed for f64 {}
impl Placed for JsStr {}
impl Placed for crate::error::ErrorObj {}
impl Placed for context::Context {
    fn placed(&self) {
        self.mark_placed();
    }
    fn owns(&self) -> bool {
        true
    }
}
impl Placed for collection::SymbolData {}
impl Placed for num_bigint::BigInt {
    // Its digits are a heap buffer, even for small values once grown.
    fn owns(&self) -> bool {
        true
    }
}
// Objects keep their rare parts boxed (`object::Store`) and their elements
// in a buffer of their own, to fit 128 bytes:
// the size of every tree node, record and closure.
const _: () = assert!(std::mem::size_of::<ObjCell<JsObject>>() <= 128);
impl Placed for JsObject {
    fn placed(&self) {
        self.sync();
        self.mark_placed();
    }
    fn owns(&self) -> bool {
        self.owns_memory()
    }
}

/// Records that the object, placed in its cell, now owns memory (it made
/// its boxed store), so the sweeper must drop it when it dies.
pub(super) fn object_owns_memory(o: &JsObject) {
    let cell = (o as *const JsObject as usize) - std::mem::offset_of!(ObjCell<JsObject>, payload);
    // SAFETY: the caller passes an object that is in its cell (its slots
    // pointer is set, which only `placed` does), so `cell` is a cell of a
    // chunk of the class its header names: the objects' class, or the wide
    // one (`Heap::alloc_wide_object`), whose cells are larger.
    unsafe {
        let class = (*std::ptr::with_exposed_provenance::<Obj>(cell)).class as usize;
        bitmap::set_owner(cell, CLASSES[class])
    };
}
#[cfg(test)]
impl Placed for tests::Pair {}

/// Numbers for the printer: it reads raw double elements with only a
/// shared borrow of the VM and runs no code (so no collection), yet hands
/// values around. A number that is no Smi gets a look-alike of a heap
/// double here, outside the heap: permanent (the collector never marks
/// it) and never a store target (no barrier touches it). The values live
/// as long as this arena; the printer drops both together.
#[derive(Default)]
pub struct ScratchDoubles {
    // Boxed: a value points into its cell, which must not move when the
    // vector grows.
    #[allow(clippy::vec_box)]
    cells: std::cell::RefCell<Vec<Box<ObjCell<f64>>>>,
}

impl ScratchDoubles {
    pub fn number(&self, d: f64) -> Value {
        if let Some(v) = Value::smi_from_f64(d) {
            return v;
        }
        let header = Obj {
            tag: <f64 as Payload>::TAG,
            age: AGE_OLD,
            permanent: true,
            class: class_of(std::mem::size_of::<ObjCell<f64>>()) as u8,
            leaf: true,
            owned: 0,
        };
        let cell = Box::new(ObjCell { header, payload: d });
        let p = (&*cell as *const ObjCell<f64>).expose_provenance();
        self.cells.borrow_mut().push(cell);
        // SAFETY: `p` is an 8-aligned cell with an initialised double
        // header, which every accessor reads as `deref` and `payload` do;
        // it is permanent, so `Tracer::visit` returns before touching chunk
        // bitmaps, and it stays allocated (the box does not move) while the
        // arena lives, which outlives every value the printer makes.
        unsafe { Value::from_bits(p as u64 | TAG_PTR) }
    }
}

/// The tag of a free cell.
const FREE: u8 = 0;

/// The header every object starts with.
#[repr(C, align(8))]
pub struct Obj {
    tag: u8,
    /// `AGE_YOUNG`, `AGE_OLD` or `AGE_REMEMBERED` (see "Generations" at
    /// `Heap`): what the write barrier tests. Marks themselves are in the
    /// chunks' bitmaps (`bitmap`).
    age: u8,
    permanent: bool,
    /// Index into `CLASSES`.
    class: u8,
    /// `Trace::LEAF` of its kind.
    leaf: bool,
    /// `OWNED_BOX` on a heap double that compiled code made for a register
    /// only ever read as a number (`jit::owned`), which it may overwrite
    /// in place; 0 on everything else. A named field, not padding, so that
    /// every header Rust writes clears it and a reused cell never inherits
    /// it.
    owned: u8,
}

/// The `owned` byte of a double that compiled code may overwrite in place.
pub const OWNED_BOX: u8 = 1;

/// One object: its header, then its payload.
#[repr(C)]
struct ObjCell<T> {
    header: Obj,
    payload: T,
}

/// Where an object's payload starts in its cell, and where its kind tag
/// is (compiled code reads both: `jit::abi`).
pub const OBJECT_PAYLOAD_OFFSET: usize = std::mem::offset_of!(ObjCell<JsObject>, payload);
const _: () = assert!(std::mem::offset_of!(Obj, tag) == 0);
/// Where a string's payload starts (compiled code reads its length).
pub const STRING_PAYLOAD_OFFSET: usize = std::mem::offset_of!(ObjCell<JsStr>, payload);

/// The header of a fresh heap double (tag, unmarked, collectable, class 0,
/// leaf), as one little-endian word: compiled code writes it when it
/// allocates a double inline (`jit::abi::DOUBLE_HEADER_*`).
pub const DOUBLE_HEADER: u64 = <f64 as Payload>::TAG as u64
    | (class_of(std::mem::size_of::<ObjCell<f64>>()) as u64) << 24
    | (<f64 as Trace>::LEAF as u64) << 32;
/// Where the `owned` byte is in the header (compiled code tests and sets it).
pub const OWNED_OFFSET: usize = 5;
/// The header of a double compiled code made for an owning register
/// (`jit::owned`): `DOUBLE_HEADER` with `owned` set.
pub const OWNED_DOUBLE_HEADER: u64 = DOUBLE_HEADER | (OWNED_BOX as u64) << (8 * OWNED_OFFSET);
/// The size of a heap double's cell, and where its f64 is.
pub const DOUBLE_CELL: usize = CLASSES[class_of(std::mem::size_of::<ObjCell<f64>>())];
pub const DOUBLE_PAYLOAD_OFFSET: usize = std::mem::offset_of!(ObjCell<f64>, payload);
const _: () = {
    assert!(std::mem::offset_of!(Obj, age) == OBJ_AGE_OFFSET);
    assert!(DOUBLE_HEADER >> 8 & 0xff == AGE_YOUNG as u64);
    assert!(std::mem::offset_of!(Obj, owned) == OWNED_OFFSET);
    assert!(std::mem::size_of::<Obj>() == 8);
    assert!(std::mem::offset_of!(Obj, permanent) == 2);
    assert!(std::mem::offset_of!(Obj, class) == 3);
    assert!(std::mem::offset_of!(Obj, leaf) == 4);
    assert!(std::mem::size_of::<Obj>() == 8);
    // The 16-byte class holds doubles only: its sweep (`bitmap`) frees a
    // cell without dropping its payload.
    assert!(CLASSES[0] == bitmap::CELL && class_of(std::mem::size_of::<ObjCell<f64>>()) == 0);
    assert!(class_of(std::mem::size_of::<ObjCell<JsStr>>()) > 0);
    assert!(class_of(std::mem::size_of::<ObjCell<JsObject>>()) > 0);
    assert!(class_of(std::mem::size_of::<ObjCell<crate::error::ErrorObj>>()) > 0);
    assert!(class_of(std::mem::size_of::<ObjCell<context::Context>>()) > 0);
};

/// The size of an object's cell (`JsObject`'s class), and that class.
pub const OBJECT_CELL: usize = CLASSES[OBJECT_CLASS];
const OBJECT_CLASS: usize = class_of(std::mem::size_of::<ObjCell<JsObject>>());

/// The size of a wide object's cell (an object literal with more than
/// `object::INLINE` named properties), and that class: the struct's
/// in-object slots run on to the end of the cell, `object::WIDE` of them.
pub const WIDE_CELL: usize = CLASSES[WIDE_CLASS];
const WIDE_CLASS: usize = OBJECT_CLASS + 1;
const _: () = {
    assert!(OBJECT_CELL == OBJECT_PAYLOAD_OFFSET + object::OFFSET_INLINE + object::INLINE * 8);
    assert!(WIDE_CELL == OBJECT_PAYLOAD_OFFSET + object::OFFSET_INLINE + object::WIDE * 8);
};

/// The image of a fresh plain object's cell, as `place_payload` leaves
/// it (header young, unmarked, not an owner; payload placed, no store),
/// for one shape: what `{}` copies in both tiers (`Heap::bump_object`,
/// the `new_object` stencil), or, `WORDS` words wide, what an object
/// literal with more than `object::INLINE` properties copies
/// (`new_object_wide`). Its slots pointer is its own; a copy re-aims it
/// at the copy's in-object slots.
#[repr(C, align(16))]
pub struct CellTemplate<const WORDS: usize>([u64; WORDS]);
/// `{}`'s template: an object's usual cell.
pub type ObjectTemplate = CellTemplate<{ OBJECT_CELL / 8 }>;
/// A wide object literal's template.
pub type WideTemplate = CellTemplate<{ WIDE_CELL / 8 }>;

impl<const WORDS: usize> CellTemplate<WORDS> {
    /// The size class of the cell.
    const CLASS: usize = {
        let c = class_of(WORDS * 8);
        assert!(CLASSES[c] == WORDS * 8 && (c == OBJECT_CLASS || c == WIDE_CLASS));
        c
    };

    /// The template of a plain object of `shape` (a root shape whose
    /// capacity is what the cell holds, but for the VM's placeholder
    /// before its realm exists), leaked: compiled code holds its
    /// address for as long as it lives.
    pub fn leak(shape: &'static Shape) -> &'static CellTemplate<WORDS> {
        Self::leak_of(JsObject::new(shape, ObjClass::Plain))
    }

    /// The template of an empty array of `shape` (`[]`).
    pub fn leak_array(shape: &'static Shape) -> &'static CellTemplate<WORDS> {
        Self::leak_of(JsObject::array(shape, Vec::new()))
    }

    fn leak_of(o: JsObject) -> &'static CellTemplate<WORDS> {
        let t: &'static mut CellTemplate<WORDS> = Box::leak(Box::new(CellTemplate([0; WORDS])));
        let p = t.0.as_mut_ptr() as *mut ObjCell<JsObject>;
        // SAFETY: the template is 16-aligned and `WORDS * 8` bytes, at
        // least the size of an `ObjCell<JsObject>` (`CLASS` is the objects'
        // class or the wide one above it).
        // The object is never dropped: a plain object or an array without
        // a store owns nothing, so its copies may be freed without a drop, as the
        // sweeper does for non-owners.
        unsafe {
            std::ptr::write(
                p,
                ObjCell {
                    header: Obj {
                        tag: <JsObject as Payload>::TAG,
                        age: AGE_YOUNG,
                        permanent: false,
                        class: Self::CLASS as u8,
                        leaf: <JsObject as Trace>::LEAF,
                        owned: 0,
                    },
                    payload: o,
                },
            );
            let payload = &(*p).payload;
            <JsObject as Payload>::placed(payload);
            debug_assert!(!<JsObject as Payload>::owns(payload));
        }
        t
    }
}

/// An object allocated since the last collection: not marked, and no
/// barrier needed when it is written (a minor collection traces it anyway
/// if it is reachable).
pub const AGE_YOUNG: u8 = 0;
/// An object that survived a collection (its mark bit is set): a minor
/// collection does not trace it, so storing a reference into it must
/// remember it.
pub const AGE_OLD: u8 = 1;
/// An old object written since the last collection: the next minor
/// collection traces it (its chunk is dirty).
pub const AGE_REMEMBERED: u8 = 2;
/// Where the age byte is in the header (compiled code's barrier tests it).
pub const OBJ_AGE_OFFSET: usize = 1;
/// Chunks are aligned to this; the dirty byte is at `CHUNK_DIRTY` in each.
pub const CHUNK_SIZE: usize = CHUNK_BYTES;
pub const CHUNK_DIRTY: usize = bitmap::DIRTY;

/// The write barrier: an old object that may now refer to a young one is
/// remembered (its age says so and its chunk is dirty), so the next minor
/// collection traces it. Call it on every store of a value into an object
/// that may have survived a collection; it costs a byte compare when the
/// object is young or already remembered.
///
/// # Safety
/// `cell` is the address of a live object's cell (header included).
#[inline(always)]
unsafe fn barrier_cell(cell: usize) {
    let h = std::ptr::with_exposed_provenance_mut::<u8>(cell + OBJ_AGE_OFFSET);
    // SAFETY: the caller passes a live cell: its header is initialised, and
    // its chunk (found by masking, chunks are aligned) begins with the
    // bitmaps and the dirty byte, which only the heap touches.
    unsafe {
        if *h == AGE_OLD {
            *h = AGE_REMEMBERED;
            *std::ptr::with_exposed_provenance_mut::<u8>((cell & !(CHUNK_BYTES - 1)) + CHUNK_DIRTY) = 1;
        }
    }
}

/// The write barrier on an object value (anything but a pointer is
/// ignored).
#[inline(always)]
pub fn write_barrier(v: Value) {
    if v.is_ptr() {
        // SAFETY: a pointer value names a cell of this heap (`deref`).
        unsafe { barrier_cell(obj_ptr(v).expose_provenance()) }
    }
}

/// The write barrier on a payload known to be in its cell (`placed` ran).
#[inline(always)]
pub(super) fn write_barrier_payload<T: Payload>(payload: &T) {
    let cell = (payload as *const T as usize) - std::mem::offset_of!(ObjCell<T>, payload);
    // SAFETY: the caller's payload is in its cell, so `cell` is that cell.
    unsafe { barrier_cell(cell) }
}

/// Whether the payload's cell survived a collection (old or remembered).
pub(super) fn payload_is_old<T: Payload>(payload: &T) -> bool {
    let cell = (payload as *const T as usize) - std::mem::offset_of!(ObjCell<T>, payload);
    // SAFETY: the caller's payload is in its cell, so `cell` is that cell,
    // whose header (the age byte included) is initialised.
    unsafe { *std::ptr::with_exposed_provenance::<u8>(cell + OBJ_AGE_OFFSET) != AGE_YOUNG }
}

/// Whether a value is an object that survived a collection (anything but
/// a pointer is not).
pub fn is_old(v: Value) -> bool {
    // SAFETY: a pointer value names a live cell of this heap (`deref`),
    // whose header is initialised.
    v.is_ptr()
        && unsafe {
            *std::ptr::with_exposed_provenance::<u8>(obj_ptr(v).expose_provenance() + OBJ_AGE_OFFSET) != AGE_YOUNG
        }
}

impl Obj {
    /// The tag of this object's kind (`Payload::TAG`).
    pub fn tag(&self) -> u8 {
        self.tag
    }
}

/// The address of the object a pointer value refers to, with the
/// provenance its allocation exposed (`place_payload` made the value with an
/// `as` cast, which exposes it).
#[inline(always)]
fn obj_ptr(v: Value) -> *mut Obj {
    std::ptr::with_exposed_provenance_mut((v.to_bits() & !TAG_PTR) as usize)
}

/// Asks for the cache lines of the cell at `p` (its header, and the
/// second line, where an object's inline slots and store pointer are).
#[inline(always)]
fn prefetch(p: *const Obj) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint: it never faults, whatever the address.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
        _mm_prefetch::<_MM_HINT_T0>((p as *const i8).wrapping_add(64));
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Asks for the cache lines of the `len` bytes at `p`, for a write.
#[inline(always)]
fn prefetch_bytes(p: *const u8, len: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint: it never faults, whatever the address.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
        _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(len - 1) as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (p, len);
}

/// How many dead cells (sweep) or string buffers (marking) wait, their
/// buffers' lines prefetched, before they are touched: as many misses
/// overlap as the core has fill buffers for, about.
const PREFETCH_RING: usize = 8;

/// Dead cells the sweep frees `PREFETCH_RING` cells late. Freeing a dead
/// string drops its buffer's reference count, a line in a `malloc`ed
/// block nowhere near the cell: on json.js, whose tokenizer leaves some
/// 25,000 dead strings per parse, that one decrement was a fifth of the
/// sweep's samples. Pushing a string prefetches its buffer box, so the
/// misses of eight overlap. Frees are only delayed within a chunk
/// (`flush`), and nothing allocates while the sweep runs.
struct DeadRing {
    cells: [*mut Obj; PREFETCH_RING],
    pushed: usize,
}

impl DeadRing {
    fn new() -> DeadRing {
        DeadRing { cells: [std::ptr::null_mut(); PREFETCH_RING], pushed: 0 }
    }

    /// Queues the dead cell at `p`, freeing the one queued
    /// `PREFETCH_RING` pushes ago.
    ///
    /// # Safety
    /// As `free_object`'s: `p` is a dead cell nothing reads again.
    #[inline(always)]
    unsafe fn push(&mut self, p: *mut Obj) {
        // SAFETY: by the caller's contract the header and payload are
        // initialised (the tag says which payload follows it).
        if unsafe { (*p).tag } == <JsStr as Payload>::TAG {
            // SAFETY: the tag says a `JsStr` payload follows the header.
            let (addr, len) = unsafe { (*(p as *const ObjCell<JsStr>)).payload.buffer_box() };
            prefetch_bytes(addr, len);
        }
        let slot = self.pushed % PREFETCH_RING;
        if self.pushed >= PREFETCH_RING {
            // SAFETY: queued by `push`, under the same contract, and not
            // freed yet (each slot is freed once, before it is reused).
            unsafe { free_object(self.cells[slot]) };
        }
        self.cells[slot] = p;
        self.pushed += 1;
    }

    /// Frees the cells still queued.
    ///
    /// # Safety
    /// As `push`'s, for every queued cell.
    unsafe fn flush(&mut self) {
        for k in self.pushed.saturating_sub(PREFETCH_RING)..self.pushed {
            // SAFETY: queued by `push` and not freed yet.
            unsafe { free_object(self.cells[k % PREFETCH_RING]) };
        }
        self.pushed = 0;
    }
}

/// Reads the header behind a pointer value.
///
/// # Safety
/// `v` must be a pointer value made by this VM's heap. Its object may have
/// been freed since (a stale stack slot above the live frames can hold such
/// a value): chunks are never given back and every cell always holds an
/// initialised header, so reading it is still defined; only the payload is
/// gone, and the header's tag then says `FREE`.
#[inline(always)]
unsafe fn deref(v: Value) -> &'static Obj {
    debug_assert!(v.is_ptr());
    // SAFETY: by the caller's contract the address (tag cleared) is a cell
    // of a chunk the heap owns and never frees, 8-byte aligned, whose header
    // is always initialised; the header is only read, or its mark `Cell` set.
    unsafe { &*obj_ptr(v) }
}

/// Whether `v` is a heap double that compiled code made for a register
/// owning its doubles (`jit::owned`): one it may overwrite in place.
pub fn is_owned_double(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    // SAFETY: `v` is a pointer value of this VM's heap (a stack slot's), so
    // `deref`'s contract holds, even for a stale slot's freed cell.
    let h = unsafe { deref(v) };
    h.tag == <f64 as Payload>::TAG && h.owned == OWNED_BOX
}

/// The payload of the object `v` points to, if `v` is a pointer to a `T`.
#[inline(always)]
fn payload<T: Payload>(v: Value) -> Option<&'static T> {
    if !v.is_ptr() {
        return None;
    }
    let p = obj_ptr(v) as *const ObjCell<T>;
    // SAFETY: a pointer value names a live object (the invariant stated at
    // `deref`: values are only made by `place_payload`, and the collector
    // frees an object only when no root reaches it). Its tag says which
    // payload type `place_payload` wrote after the header, so the cast
    // reads a `T` only when one is there.
    unsafe {
        if (*p).header.tag == T::TAG {
            Some(&(*p).payload)
        } else {
            None
        }
    }
}

/// The value of an object reached through its payload.
pub fn value_of_object(o: &'static JsObject) -> Value {
    let cell = (o as *const JsObject as usize) - std::mem::offset_of!(ObjCell<JsObject>, payload);
    // SAFETY: every `&'static JsObject` is a payload reference made by
    // `payload` from a live cell, so backing up to the cell's start gives
    // the address `place_payload` tagged, and the object is live.
    unsafe { Value::from_bits(std::ptr::with_exposed_provenance::<u8>(cell).expose_provenance() as u64 | TAG_PTR) }
}

/// The typed views of an object value. They live here, not in value.rs,
/// because they are the only place outside the collector that reads object
/// memory.
impl Value {
    /// The header of the object this value points to, if it is a pointer.
    #[inline(always)]
    pub fn obj(self) -> Option<&'static Obj> {
        // SAFETY: as in `payload`.
        self.is_ptr().then(|| unsafe { deref(self) })
    }

    /// The f64 of a heap double (not of a Smi: see `as_number`).
    #[inline(always)]
    pub fn as_double(self) -> Option<f64> {
        payload::<f64>(self).copied()
    }

    /// The string object this value points to, if it is a string.
    #[inline]
    pub fn as_js_str(self) -> Option<&'static JsStr> {
        payload::<JsStr>(self)
    }

    /// The script function this value refers to, if it is one.
    #[inline]
    pub fn as_function(self) -> Option<&'static Rc<FuncProto>> {
        match payload::<JsObject>(self)?.callable()? {
            Callable::Script(p) => Some(p),
            Callable::Native(_) => None,
        }
    }

    /// The object this value points to (plain objects, arrays, functions).
    #[inline(always)]
    pub fn as_object(self) -> Option<&'static JsObject> {
        payload::<JsObject>(self)
    }

    /// What calling this value runs, if it is callable.
    #[inline]
    pub fn as_callable(self) -> Option<&'static Callable> {
        payload::<JsObject>(self)?.callable()
    }

    /// The script function this value is, as the reference its frames
    /// keep (`FuncProto::immortal`), if it has been called before: the
    /// interpreter's call tests this first (one load past the object's
    /// tag), and a first call, a native or anything else takes
    /// `as_callable`.
    #[inline(always)]
    pub fn as_called_script(self) -> Option<&'static Rc<FuncProto>> {
        payload::<JsObject>(self)?.script_proto()?.immortal.get().copied()
    }

    /// The context (captured variables) this value points to, if it is one.
    #[inline]
    pub fn as_context(self) -> Option<&'static context::Context> {
        payload::<context::Context>(self)
    }

    /// The array this value points to, if it is one.
    #[inline]
    pub fn as_array(self) -> Option<&'static JsObject> {
        payload::<JsObject>(self).filter(|o| o.is_array())
    }

    /// The symbol this value is, if it is one.
    #[inline]
    pub fn as_symbol(self) -> Option<&'static collection::SymbolData> {
        payload::<collection::SymbolData>(self)
    }

    /// The BigInt this value is, if it is one.
    #[inline]
    pub fn as_bigint(self) -> Option<&'static num_bigint::BigInt> {
        payload::<num_bigint::BigInt>(self)
    }

    /// Whether this value is a BigInt.
    #[inline]
    pub fn is_bigint(self) -> bool {
        self.as_bigint().is_some()
    }

    /// The error object this value points to, if it is one.
    #[inline]
    pub fn as_error(self) -> Option<&'static crate::error::ErrorObj> {
        payload::<crate::error::ErrorObj>(self)
    }

    /// The number this value holds, if it is a number (Smi or heap double).
    #[inline(always)]
    pub fn as_number(self) -> Option<f64> {
        if self.is_smi() {
            return Some(self.as_smi() as f64);
        }
        self.as_double()
    }

    pub fn is_function(self) -> bool {
        self.as_callable().is_some()
    }

    pub fn is_number(self) -> bool {
        self.as_number().is_some()
    }

    pub fn is_string(self) -> bool {
        self.as_js_str().is_some()
    }

    /// JavaScript ToBoolean.
    #[inline]
    pub fn truthy(self) -> bool {
        match self.to_bits() {
            TRUE_BITS => true,
            FALSE_BITS | UNDEFINED_BITS | NULL_BITS => false,
            _ if self.is_smi() => self.to_bits() != 0,
            _ if self.is_ptr() => match (self.as_double(), self.as_js_str()) {
                (Some(d), _) => !(d.is_nan() || d == 0.0),
                (_, Some(s)) => !s.is_empty(),
                _ => self.as_bigint().is_none_or(|b| b.sign() != num_bigint::Sign::NoSign),
            },
            _ => false,
        }
    }
}

/// Size classes in bytes. Every kind's cell must fit the largest.
const CLASSES: [usize; 9] = [16, 24, 32, 48, 64, 96, 128, 160, 176];
const CHUNK_BYTES: usize = 16 << 10;
/// The heap may grow by this many times the live bytes between collections.
/// 1 keeps the heap within about twice the live data: on binarytrees (a
/// 17 MB tree kept for the whole run) 2 peaked at 147 MB RSS against
/// node's 88 MB, 1 at 89 MB, for about 15% more time in the program
/// (twice the collections, each marking the same live tree).
const GROWTH: usize = 1;
/// The least allocation (bytes) between two collections.
const MIN_HEAP: usize = 1 << 20;
/// The most allocation between two minor collections. The nursery is
/// half the old space a major collection allows (at least `MIN_HEAP`), so
/// a small program's heap stays as small as it was without generations,
/// and old space plus nursery stay within about twice the live bytes, as
/// `GROWTH` keeps them without generations. On binarytrees, 4 MiB promoted
/// more of each tree under construction (412 minor and 46 major
/// collections), 16 MiB peaked at 104 MB RSS against node's 88-91; 8 MiB
/// made 200 minor and 29 major collections at 78 MB.
const NURSERY: usize = 8 << 20;
/// The least old space a major collection allows, and so (halved) the
/// least nursery: 4 MiB. Both were 1 MiB, and json.js (each round parses
/// a 1.5 MB document, then drops it) promoted nearly every document
/// under construction, so old space filled with dead documents and 84 of
/// its 229 collections were major. With 8 MiB: 76 minor and 25 major
/// collections (16 MiB: 45 and 8, but 65 MB peak RSS against 37; node's
/// is 80 MB).
const MIN_OLD: usize = 8 << 20;

/// The nursery for an old space that may grow to `major_threshold`.
const fn nursery(major_threshold: usize) -> usize {
    let n = major_threshold / 2;
    if n < MIN_HEAP {
        MIN_HEAP
    } else if n > NURSERY {
        NURSERY
    } else {
        n
    }
}

/// A major collection is due when the old bytes have grown by 1/this of
/// what the last major one left (1/2: 29 major collections on
/// binarytrees; 3/4: 22, and 104 MB RSS).
const OLD_GROWTH_DIVISOR: usize = 2;

const fn class_of(size: usize) -> usize {
    let mut i = 0;
    while i < CLASSES.len() {
        if size <= CLASSES[i] {
            return i;
        }
        i += 1;
    }
    panic!("object kind larger than the largest size class");
}

#[derive(Default, Clone, Copy, Debug)]
pub struct GcStats {
    pub collections: u64,
    /// Of `collections`, the major ones (the rest are minor), and the time
    /// they took (of `gc_nanos`).
    pub major_collections: u64,
    pub major_nanos: u64,
    /// Objects allocated and freed.
    pub allocated: u64,
    pub freed: u64,
    /// Bytes allocated: object cells plus string buffers.
    pub bytes_allocated: u64,
    /// The most bytes the heap held at once, live or not yet collected.
    pub peak_bytes: u64,
    pub gc_nanos: u64,
    /// Of `allocated`, the plain objects (`{}`, and class instances in
    /// compiled code) made by a bump and a copy of the template
    /// (`Heap::bump_object`, the `new_object` and `alloc_this` stencils)
    /// rather than through `place_payload`.
    pub inline_objects: u64,
}

/// One size class: chunks of equal cells and the runs of free ones among
/// them (see `lab`).
#[derive(Default)]
struct Class {
    chunks: Vec<NonNull<u8>>,
    /// Per chunk, the cells that survived its last sweep (marked or
    /// permanent): a minor collection sweeps only the touched chunks.
    survivors: Vec<u32>,
    runs: lab::Runs,
}

pub struct Heap {
    classes: [Class; CLASSES.len()],
    /// Each class's bump region. Boxed: compiled code holds the address
    /// of the 16-byte class's (`lab_ptr`).
    labs: Box<[Lab; CLASSES.len()]>,
    /// Per class, how far into its LAB allocations have been charged:
    /// cells between this and `top` were bumped by compiled code.
    charged: [usize; CLASSES.len()],
    live_objects: usize,
    /// Bytes that survived the last collection, and allocated since.
    live_bytes: usize,
    since_gc: usize,
    threshold: usize,
    /// The collector's worklist, kept to reuse its allocation.
    gray: Vec<*const Obj>,
    epoch: u32,
    /// Chunks come from segments of `SEGMENT_CHUNKS` (freed with the heap);
    /// the unused rest of the newest one.
    segments: Vec<NonNull<u8>>,
    spare: std::ops::Range<usize>,
    /// Collect before every allocation (`--gc-stress`).
    pub stress: bool,
    /// Minor collections between major ones (`--no-generational` makes
    /// every collection major).
    pub generational: bool,
    /// The collection in progress (or the last one) is major.
    major: bool,
    /// Old bytes (marked) at which the next collection is a major one.
    major_threshold: usize,
    pub stats: GcStats,
}

impl Heap {
    pub fn new(stress: bool) -> Heap {
        Heap {
            classes: Default::default(),
            labs: Box::default(),
            charged: [0; CLASSES.len()],
            live_objects: 0,
            live_bytes: 0,
            since_gc: 0,
            threshold: nursery(MIN_OLD),
            gray: Vec::new(),
            epoch: 0,
            segments: Vec::new(),
            spare: 0..0,
            stress,
            generational: true,
            major: false,
            major_threshold: MIN_OLD,
            stats: GcStats::default(),
        }
    }

    /// Whether the collection in progress (or the last one) is major.
    pub fn last_was_major(&self) -> bool {
        self.major
    }

    /// True when the next allocation should be preceded by a collection.
    #[inline(always)]
    pub fn wants_gc(&self) -> bool {
        self.stress || self.since_gc >= self.threshold
    }

    /// Allocates without collecting. Only the VM calls this, after
    /// `Vm::alloc` has collected if due (with the payload's own references
    /// kept alive).
    #[inline(always)]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        self.place(kind, false)
    }

    /// A number value (a Smi when the double is an int32 other than -0,
    /// as `Vm::number`), allocated without collecting: what reading a raw
    /// double element boxes with. The caller roots the result before its
    /// next allocation through the VM if nothing else holds it.
    #[inline]
    pub fn number(&mut self, d: f64) -> Value {
        if let Some(v) = Value::smi_from_f64(d) {
            return v;
        }
        // The doubles' LAB first, as the interpreter's arithmetic does.
        match self.bump_double(d) {
            Some(v) => v,
            None => self.alloc(ObjKind::Double(d)),
        }
    }

    /// Allocates an object that is never freed and never traced: constants
    /// of compiled code. Its references must all be permanent too.
    pub fn alloc_permanent(&mut self, kind: ObjKind) -> Value {
        debug_assert!(
            {
                let mut t = Tracer::new(Vec::new(), u32::MAX);
                kind.trace(&mut t);
                // SAFETY: the payload's values were made by this heap.
                t.gray.iter().all(|&p| unsafe { (*p).permanent })
            },
            "a permanent object refers to a collectable one"
        );
        self.place(kind, true)
    }

    /// Counts bytes allocated outside the cells (string buffers) toward the
    /// next collection.
    #[inline]
    pub fn charge(&mut self, bytes: usize) {
        self.since_gc += bytes;
        self.stats.bytes_allocated += bytes as u64;
    }

    /// `charge` for the growth of an object's out-of-line store (a map's
    /// table, an array's elements). An old owner's growth is old space
    /// too: a minor collection does not count it again (the owner's
    /// bytes were counted when it was promoted), so without this an
    /// object promoted small and grown big afterwards hides its size
    /// from the major collection's pacing. A thousand 2000-entry maps,
    /// each promoted while half built, let dead tables pile up to 57 MB
    /// RSS in 3 major collections (12 MB without generations).
    #[inline]
    pub fn charge_growth(&mut self, owner_is_old: bool, bytes: usize) {
        self.charge(bytes);
        if owner_is_old {
            self.live_bytes += bytes;
        }
    }

    #[inline(always)]
    fn place_payload<T: Payload>(&mut self, payload: T, permanent: bool) -> Value {
        let class = const { class_of(std::mem::size_of::<ObjCell<T>>()) };
        self.place_in(payload, permanent, class)
    }

    /// `place_payload` into a cell of `class`, which is at least as large
    /// as the payload's own (a wide object's is larger).
    #[inline(always)]
    fn place_in<T: Payload>(&mut self, payload: T, permanent: bool, class: usize) -> Value {
        const { assert!(std::mem::align_of::<ObjCell<T>>() == 8) };
        debug_assert!(CLASSES[class] >= std::mem::size_of::<ObjCell<T>>());
        let size = CLASSES[class];
        let lab = &mut self.labs[class];
        let p = if lab.limit - lab.top >= size {
            let p = lab.top;
            lab.top += size;
            let bumped = std::mem::replace(&mut self.charged[class], p + size);
            if bumped != p {
                // Compiled code bumped this LAB since we last looked.
                self.charge_cells(class, p - bumped);
            }
            std::ptr::with_exposed_provenance_mut::<Obj>(p)
        } else {
            self.refill(class)
        };
        // SAFETY: `p` came off the free list: a cell of `CLASSES[class] >=
        // size_of::<ObjCell<T>>()` bytes, 8-aligned, inside a chunk we own, that
        // no value refers to; writing a whole cell makes it a live object.
        unsafe {
            std::ptr::write(
                p as *mut ObjCell<T>,
                ObjCell {
                    header: Obj { tag: T::TAG, age: AGE_YOUNG, permanent, class: class as u8, leaf: T::LEAF, owned: 0 },
                    payload,
                },
            )
        };
        // SAFETY: the cell was just initialised with a `T`; it stays put.
        let owns = unsafe {
            let payload = &(*(p as *const ObjCell<T>)).payload;
            payload.placed();
            payload.owns()
        };
        if permanent {
            // SAFETY: `p` is a cell of a chunk of `class`.
            unsafe { bitmap::set_permanent(p.expose_provenance(), size) };
        }
        if owns {
            // SAFETY: as above.
            unsafe { bitmap::set_owner(p.expose_provenance(), size) };
        }
        self.live_objects += 1;
        self.since_gc += size;
        self.stats.allocated += 1;
        self.stats.bytes_allocated += size as u64;
        // SAFETY: `p` is the cell just initialised above, 8-byte aligned, and
        // live until a collection finds it unreachable.
        unsafe { Value::from_bits(p as u64 | TAG_PTR) }
    }

    /// A heap double by bump from the doubles' LAB, or `None` when the LAB
    /// is full (the caller then takes `Vm::alloc`, which refills it and may
    /// collect). The interpreter's arithmetic calls this inline: no
    /// collection can happen here, so the result needs no rooting, and like
    /// compiled code's bumps the cell is charged lazily (`account_lab`).
    #[inline(always)]
    pub fn bump_double(&mut self, d: f64) -> Option<Value> {
        const CLASS: usize = class_of(std::mem::size_of::<ObjCell<f64>>());
        let lab = &mut self.labs[CLASS];
        if lab.limit - lab.top < DOUBLE_CELL {
            return None;
        }
        let p = lab.top;
        lab.top = p + DOUBLE_CELL;
        let cell = std::ptr::with_exposed_provenance_mut::<u64>(p);
        // SAFETY: `[top, limit)` is a run of free cells of the 16-byte class
        // inside a chunk the heap owns (the refill that set up the LAB said
        // so), 8-aligned; no value refers to the cell at `top`. Writing the
        // header word (`DOUBLE_HEADER`, the one compiled code writes) and
        // the f64 after it makes it a live double, exactly what
        // `place_payload` would write; its mark bit lives in the side
        // bitmap, which a LAB's cells have clear.
        unsafe {
            cell.write(DOUBLE_HEADER);
            cell.add(DOUBLE_PAYLOAD_OFFSET / 8).write(d.to_bits());
        }
        // SAFETY: the cell just written is a live double.
        Some(unsafe { Value::from_bits(p as u64 | TAG_PTR) })
    }

    /// Counts `bytes` of cells of `class` that compiled code allocated.
    fn charge_cells(&mut self, class: usize, bytes: usize) {
        let cells = bytes / CLASSES[class];
        self.live_objects += cells;
        self.since_gc += bytes;
        self.stats.allocated += cells as u64;
        self.stats.bytes_allocated += bytes as u64;
        if class == OBJECT_CLASS || class == WIDE_CLASS {
            self.stats.inline_objects += cells as u64;
        }
    }

    /// Charges what compiled code bumped in `class`'s LAB since the heap
    /// last looked.
    fn account_lab(&mut self, class: usize) {
        let top = self.labs[class].top;
        let bumped = std::mem::replace(&mut self.charged[class], top);
        if top > bumped {
            self.charge_cells(class, top - bumped);
        }
    }

    /// Retires every LAB (their unused cells stay free in their chunks,
    /// where the sweeper finds them again).
    fn retire_labs(&mut self) {
        for class in 0..CLASSES.len() {
            self.account_lab(class);
            self.labs[class] = Lab::default();
            self.charged[class] = 0;
        }
    }

    /// The current LAB is used up: takes the next run of free cells (a
    /// fresh chunk if there is none) and allocates its first cell.
    #[cold]
    #[inline(never)]
    fn refill(&mut self, class: usize) -> *mut Obj {
        let size = CLASSES[class];
        self.account_lab(class);
        self.labs[class] = Lab::default();
        self.charged[class] = 0;
        if self.stress {
            // One cell at a time: compiled code always finds its LAB full,
            // so every allocation goes through `Vm::alloc`, which collects.
            if self.classes[class].runs.is_empty() {
                self.grow(class);
            }
            let p = self.classes[class].runs.take_one(size).unwrap_or(0);
            return std::ptr::with_exposed_provenance_mut(p);
        }
        let (start, end) = match self.classes[class].runs.pop() {
            Some(run) => run,
            None => {
                self.grow(class);
                self.classes[class].runs.pop().unwrap_or((0, 0))
            }
        };
        self.labs[class] = Lab { top: start + size, limit: end };
        self.charged[class] = start + size;
        std::ptr::with_exposed_provenance_mut(start)
    }

    /// Adds a fresh zeroed chunk to `class` as one run of free cells.
    fn grow(&mut self, class: usize) {
        if self.spare.is_empty() {
            let (block, start) = new_segment();
            self.segments.push(block);
            self.spare = start..start + SEGMENT_BYTES;
        }
        let at = self.spare.start;
        self.spare.start += CHUNK_BYTES;
        let chunk: NonNull<u8> = NonNull::new(std::ptr::with_exposed_provenance_mut(at)).unwrap_or(NonNull::dangling());
        let size = CLASSES[class];
        let c = &mut self.classes[class];
        c.chunks.push(chunk);
        c.survivors.push(0);
        let start = chunk.as_ptr().expose_provenance();
        // Every chunk begins with its bitmaps.
        c.runs.push(start + bitmap::first_cell(size) * size, start + CHUNK_BYTES / size * size, c.chunks.len() - 1);
    }

    /// The LAB of the objects' size class (`OBJECT_CELL`): the inline
    /// `new_object` stencil bumps it as the double stencils bump theirs.
    pub fn object_lab(&mut self) -> *mut Lab {
        &mut self.labs[OBJECT_CLASS]
    }

    /// The LAB of the wide objects' size class (`WIDE_CELL`), which the
    /// `new_object_wide` stencil bumps.
    pub fn wide_lab(&mut self) -> *mut Lab {
        &mut self.labs[WIDE_CLASS]
    }

    /// A wide plain object (`object::WIDE` in-object slots) of `shape`,
    /// a root shape of that capacity, when `bump_object` found the LAB
    /// full: placed as `place_payload` would, in the wide class.
    pub fn alloc_wide_object(&mut self, shape: &'static Shape) -> Value {
        debug_assert_eq!(shape.capacity as usize, object::WIDE);
        self.place_in(JsObject::new(shape, ObjClass::Plain), false, WIDE_CLASS)
    }

    /// A plain object by bump from its class's LAB, copied from
    /// `template` (`CellTemplate::leak`), or `None` when the LAB is
    /// full (the caller then takes `Vm::alloc`, which refills it and may
    /// collect). What the `new_object` stencils do, in Rust: the
    /// interpreter's `{}` runs it. Charged lazily (`account_lab`), like
    /// compiled code's bumps.
    #[inline(always)]
    pub fn bump_object<const WORDS: usize>(&mut self, template: &CellTemplate<WORDS>) -> Option<Value> {
        let size = WORDS * 8;
        let lab = &mut self.labs[CellTemplate::<WORDS>::CLASS];
        if lab.limit - lab.top < size {
            return None;
        }
        let p = lab.top;
        lab.top = p + size;
        let cell = std::ptr::with_exposed_provenance_mut::<u64>(p);
        // SAFETY: `[top, limit)` is a run of free cells of the objects'
        // class inside a chunk the heap owns, 8-aligned, that no value
        // refers to (as in `bump_double`). The template is the image of a
        // freshly placed plain object with no store (so its cell owns
        // nothing: the owners bit stays clear, as `place_payload` leaves
        // it), young and unmarked; the copy only needs its slots pointer
        // aimed at its own inline slots, which is what `JsObject::sync`
        // would write.
        unsafe {
            std::ptr::copy_nonoverlapping(template.0.as_ptr(), cell, WORDS);
            let slots = p + OBJECT_PAYLOAD_OFFSET + object::OFFSET_INLINE;
            cell.add((OBJECT_PAYLOAD_OFFSET + object::OFFSET_SLOTS) / 8).write(slots as u64);
        }
        // SAFETY: the cell just written is a live object.
        Some(unsafe { Value::from_bits(p as u64 | TAG_PTR) })
    }

    /// The 16-byte class's LAB (heap doubles), for compiled code.
    pub fn double_lab(&mut self) -> *mut Lab {
        &mut self.labs[class_of(std::mem::size_of::<ObjCell<f64>>())]
    }

    /// The statistics, counting the cells compiled code has bumped since
    /// the heap last looked (charged lazily, see `lab`).
    pub fn current_stats(&self) -> GcStats {
        let mut s = self.stats;
        for (c, size) in CLASSES.iter().enumerate() {
            let bumped = self.labs[c].top.saturating_sub(self.charged[c]);
            s.allocated += (bumped / size) as u64;
            s.bytes_allocated += bumped as u64;
            if c == OBJECT_CLASS || c == WIDE_CLASS {
                s.inline_objects += (bumped / size) as u64;
            }
        }
        s
    }

    pub fn live(&self) -> usize {
        let bumped: usize =
            (0..CLASSES.len()).map(|c| self.labs[c].top.saturating_sub(self.charged[c]) / CLASSES[c]).sum();
        self.live_objects + bumped
    }

    /// Starts a collection: the VM marks its roots into the tracer, then
    /// hands it back to `finish_collection`.
    pub fn start_collection(&mut self) -> Tracer {
        self.retire_labs();
        self.stats.peak_bytes = self.stats.peak_bytes.max((self.live_bytes + self.since_gc) as u64);
        self.epoch = self.epoch.wrapping_add(1).max(1);
        // Under --gc-stress seven collections in eight are minor, so that
        // a missing write barrier frees a live young object at once; the
        // eighth is major, so that old objects are swept too (a major at
        // every other allocation made stress runs of allocation-heavy
        // tests cost a minute each, marking every built-in each time).
        self.major = !self.generational
            || if self.stress {
                self.stats.collections.is_multiple_of(8)
            } else {
                self.live_bytes >= self.major_threshold
            };
        let mut t = Tracer::new(std::mem::take(&mut self.gray), self.epoch);
        if self.major {
            for c in &self.classes {
                for chunk in &c.chunks {
                    // SAFETY: a chunk of this heap.
                    unsafe { bitmap::clear_marks(chunk.as_ptr().expose_provenance()) };
                }
            }
        } else {
            self.queue_remembered(&mut t);
        }
        t
    }

    /// Traces every remembered object (a minor collection's roots besides
    /// the VM's) and makes it plain old again: after this
    /// collection everything it refers to is old too.
    fn queue_remembered(&mut self, t: &mut Tracer) {
        for (class, c) in self.classes.iter().enumerate() {
            let size = CLASSES[class];
            for chunk in &c.chunks {
                let chunk = chunk.as_ptr().expose_provenance();
                // SAFETY: a chunk of this class; the LABs are retired.
                if !unsafe { bitmap::take_dirty(chunk) } {
                    continue;
                }
                // SAFETY: as above; marked cells hold initialised headers.
                unsafe {
                    bitmap::marked(chunk, size, |cell| {
                        let p = std::ptr::with_exposed_provenance_mut::<Obj>(cell);
                        if (*p).age == AGE_REMEMBERED {
                            (*p).age = AGE_OLD;
                            // Marked already, so the worklist would skip
                            // it: trace it here. Its out-of-line bytes
                            // were counted when it became old.
                            t.external_off = true;
                            trace_object(p, t);
                            t.external_off = false;
                        }
                    })
                };
            }
        }
    }

    /// Traces everything reachable from the marked roots, frees the rest,
    /// and sets the next collection's threshold from the live bytes.
    pub fn finish_collection(&mut self, mut t: Tracer) {
        t.drain();
        self.gray = std::mem::take(&mut t.gray);
        let survivors = self.sweep();
        let freed = self.live_objects.saturating_sub(survivors);
        self.live_objects = survivors;
        self.stats.freed += freed as u64;
        self.stats.collections += 1;
        self.since_gc = 0;
        if self.major {
            self.stats.major_collections += 1;
            self.live_bytes = t.live_bytes;
            self.major_threshold = MIN_OLD.max(t.live_bytes + t.live_bytes / OLD_GROWTH_DIVISOR);
        } else {
            // A minor collection marked only the young survivors: they join
            // the old bytes.
            self.live_bytes += t.live_bytes;
        }
        self.threshold = if self.generational {
            nursery(self.major_threshold)
        } else {
            MIN_HEAP.max(GROWTH.saturating_mul(t.live_bytes))
        };
    }

    /// Frees every unmarked object, keeps the marks of the rest, and
    /// records each maximal sequence of free cells as a run for the LABs.
    /// (The LABs were retired when the collection started.) A minor
    /// collection sweeps only the chunks LABs went through since the last
    /// sweep: the others hold no young object. Returns how many objects
    /// remain (marked or permanent).
    fn sweep(&mut self) -> usize {
        let mut survivors = 0;
        for (class, c) in self.classes.iter_mut().enumerate() {
            let size = CLASSES[class];
            let from = if self.major {
                c.runs.clear();
                0
            } else {
                c.runs.drop_touched().min(c.chunks.len())
            };
            for (i, chunk) in c.chunks.iter().enumerate().skip(from) {
                let runs = &mut c.runs;
                // SAFETY: a chunk of this class, and the LABs are retired.
                // `free` gets dead owners: cells no root reaches, so
                // nothing reads their payloads again and dropping them
                // cannot be observed.
                let mut dead = DeadRing::new();
                c.survivors[i] = unsafe {
                    bitmap::sweep(
                        chunk.as_ptr().expose_provenance(),
                        size,
                        |p| dead.push(std::ptr::with_exposed_provenance_mut(p)),
                        |s, e| runs.push(s, e, i),
                    )
                } as u32;
                // SAFETY: the ring holds dead cells of this chunk (above).
                unsafe { dead.flush() };
            }
            survivors += c.survivors.iter().map(|&n| n as usize).sum::<usize>();
        }
        survivors
    }

    /// Bytes the heap holds now: what survived the last collection plus what
    /// was allocated since.
    pub fn heap_bytes(&self) -> usize {
        let bumped: usize = (0..CLASSES.len()).map(|c| self.labs[c].top.saturating_sub(self.charged[c])).sum();
        self.live_bytes + self.since_gc + bumped
    }
}

/// Chunks are aligned to their size: a double finds its chunk's mark
/// bitmap by masking its address (`bitmap`). They are carved out of 1 MiB
/// segments: allocating each 16 KiB chunk on its own with that alignment
/// left the allocator's padding around every one (peak RSS on binarytrees
/// was 1.6 times the heap's bytes), and a segment is big enough for the
/// allocator to map it directly.
///
///
/// A segment is asked for one chunk longer, with the allocator's own
/// alignment, and aligned inside: so it is `calloc`'s, which takes a block
/// that size from fresh zeroed pages (every cell's tag FREE, which `sweep`
/// and `drop` rely on) without clearing them. `alloc_zeroed` with the
/// chunk alignment went to `posix_memalign` and cleared the megabyte with
/// `memset` (3% of json.js's instructions, in both tiers), touching every
/// page before the first object was placed in it. (Mapping segments
/// directly with `mmap` did as well natively, but under valgrind it left
/// the 128 MiB value stack to a `memset` of its own.)
const SEGMENT_CHUNKS: usize = 64;
const SEGMENT_BYTES: usize = SEGMENT_CHUNKS * CHUNK_BYTES;

fn segment_layout() -> Layout {
    Layout::from_size_align(SEGMENT_BYTES + CHUNK_BYTES, 16).unwrap_or(Layout::new::<[u64; 2]>())
}

/// A fresh zeroed segment: the block (to free with `segment_layout`) and
/// its first `CHUNK_BYTES`-aligned address, `SEGMENT_BYTES` before the end.
fn new_segment() -> (NonNull<u8>, usize) {
    let layout = segment_layout();
    // SAFETY: the layout has a nonzero size.
    let block = NonNull::new(unsafe { std::alloc::alloc_zeroed(layout) })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
    (block, block.as_ptr().expose_provenance().next_multiple_of(CHUNK_BYTES))
}

impl Drop for Heap {
    fn drop(&mut self) {
        let layout = segment_layout();
        for (class, c) in self.classes.iter_mut().enumerate() {
            let size = CLASSES[class];
            for chunk in c.chunks.drain(..) {
                // SAFETY: as in `sweep`; the heap is going away, so no value
                // can be used again. Only owners need dropping (a dead one
                // was dropped and lost its bit when it was swept).
                unsafe {
                    bitmap::owners(chunk.as_ptr().expose_provenance(), size, |p| {
                        free_object(std::ptr::with_exposed_provenance_mut(p))
                    })
                };
            }
        }
        for seg in self.segments.drain(..) {
            // SAFETY: allocated in `new_segment` with this layout, freed
            // once, after the last payload in its chunks was dropped.
            unsafe { std::alloc::dealloc(seg.as_ptr(), layout) };
        }
    }
}

/// Marks objects during a collection. Roots go in through `mark`; the
/// worklist of marked-but-not-yet-traced objects ("gray") replaces
/// recursion, so an arbitrarily deep structure costs heap, not stack.
pub struct Tracer {
    gray: Vec<*const Obj>,
    live_bytes: usize,
    epoch: u32,
    /// Set while a minor collection traces a remembered (old) object:
    /// its elements are old bytes already, and counting them again on
    /// every minor collection made old space look like it grew.
    external_off: bool,
    /// String buffers whose bytes are counted `PREFETCH_RING` strings
    /// late (`buffer`): each count writes the buffer's epoch, a line of a
    /// `malloc`ed block the string's cell only points to.
    bufs: [*const StrBuf; PREFETCH_RING],
    bufs_pushed: usize,
}

impl Tracer {
    fn new(gray: Vec<*const Obj>, epoch: u32) -> Tracer {
        Tracer {
            gray,
            live_bytes: 0,
            epoch,
            external_off: false,
            bufs: [std::ptr::null(); PREFETCH_RING],
            bufs_pushed: 0,
        }
    }

    /// Queues `v` to be marked live and traced, if it is an object. Its
    /// header is not read here but when the collector takes it off the
    /// worklist (`Tracer::drain`), after a prefetch: reading a child's
    /// header at once stalled on a cache miss per edge, three quarters of
    /// the marking time on binarytrees.
    #[inline(always)]
    pub fn mark(&mut self, v: Value) {
        if v.is_ptr() {
            self.gray.push(obj_ptr(v));
        }
    }

    /// Marks everything the worklist reaches. Objects go from the worklist
    /// through a small FIFO ring before their header is read: each is
    /// prefetched as it enters the ring and used `RING` objects later, so
    /// that many cache misses overlap instead of one stalling each edge
    /// (the prefetch-on-grey of Boehm's collector; Garner, Blackburn and
    /// Frampton, "Effective prefetch for mark-sweep garbage collection",
    /// ISMM 2007).
    fn drain(&mut self) {
        const RING: usize = 8;
        let mut ring = [std::ptr::null::<Obj>(); RING];
        let (mut head, mut len) = (0usize, 0usize);
        loop {
            while len < RING {
                let Some(p) = self.gray.pop() else { break };
                prefetch(p);
                ring[(head + len) % RING] = p;
                len += 1;
            }
            if len == 0 {
                self.flush_buffers();
                return;
            }
            let p = ring[head];
            head = (head + 1) % RING;
            len -= 1;
            // SAFETY: only values this heap made are queued (see `visit`).
            unsafe { self.visit(p) };
        }
    }

    /// Marks the object at `p` if it is collectable and not yet marked,
    /// and traces it (queueing its children).
    ///
    /// # Safety
    /// `p` is a cell of this heap: roots and payloads only hold values
    /// this heap made (a stale stack slot may name a freed cell, whose
    /// header is still initialised, and which `trace_object` then skips
    /// by its FREE tag).
    #[inline(always)]
    unsafe fn visit(&mut self, p: *const Obj) {
        // SAFETY: by the caller's contract the header is initialised.
        let obj = unsafe { &*p };
        if obj.permanent {
            return;
        }
        let class = obj.class as usize;
        // SAFETY: a cell of the class its header names.
        if !unsafe { bitmap::mark(p.expose_provenance(), class) } {
            return;
        }
        // SAFETY: as above; the header is plain data only the heap writes.
        unsafe { (*p.cast_mut()).age = AGE_OLD };
        self.live_bytes += CLASSES[class];
        if !obj.leaf {
            // SAFETY: as above.
            unsafe { trace_object(p, self) };
        }
    }

    /// Counts bytes an object holds outside its cell (an array's
    /// elements) as live: the next collection's pacing includes them.
    #[inline]
    pub fn external(&mut self, bytes: usize) {
        if !self.external_off {
            self.live_bytes += bytes;
        }
    }

    /// Counts a string buffer's bytes as live, once per collection: after
    /// `PREFETCH_RING` more buffers (or at the end of `drain`), its lines
    /// prefetched now. Writing the epoch at once stalled on a miss per
    /// live string, a fifth of json.js's collection samples. The buffer
    /// is owned by a cell this collection keeps (or by the payload being
    /// allocated, which `Vm::collect_with` holds until the collection is
    /// over), so it outlives the wait.
    pub fn buffer(&mut self, buf: &StrBuf) {
        let p: *const StrBuf = buf;
        prefetch_bytes(p.cast(), std::mem::size_of::<StrBuf>());
        let slot = self.bufs_pushed % PREFETCH_RING;
        if self.bufs_pushed >= PREFETCH_RING {
            // SAFETY: queued below, alive until the collection ends (above).
            self.count_buffer(unsafe { &*self.bufs[slot] });
        }
        self.bufs[slot] = p;
        self.bufs_pushed += 1;
    }

    #[inline(always)]
    fn count_buffer(&mut self, buf: &StrBuf) {
        if buf.epoch.get() != self.epoch {
            buf.epoch.set(self.epoch);
            self.live_bytes += buf.capacity();
        }
    }

    /// Counts the buffers `buffer` still holds.
    fn flush_buffers(&mut self) {
        for k in self.bufs_pushed.saturating_sub(PREFETCH_RING)..self.bufs_pushed {
            // SAFETY: as in `buffer`.
            self.count_buffer(unsafe { &*self.bufs[k % PREFETCH_RING] });
        }
        self.bufs_pushed = 0;
    }
}

impl Trace for f64 {
    fn trace(&self, _: &mut Tracer) {}
    const LEAF: bool = true;
}

impl Trace for JsStr {
    fn trace(&self, t: &mut Tracer) {
        t.buffer(self.buffer());
    }
}

impl Trace for num_bigint::BigInt {
    fn trace(&self, _: &mut Tracer) {}
    const LEAF: bool = true;
}

impl Trace for crate::error::ErrorObj {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.message);
    }
}

#[cfg(test)]
pub(crate) mod tests;
