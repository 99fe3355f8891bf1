//! The heap: boxed objects behind tagged pointers, a precise mark-sweep
//! collector, and the two raw memory areas compiled code also touches
//! (the value stack that holds every frame, and the global table).
//!
//! Objects never move, so a pointer baked into machine code (a constant, a
//! call site's expected callee) stays valid as long as something roots it.

use std::cell::{Cell, UnsafeCell};
use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::value::{Value, TAG_PTR};

pub struct JsStr {
    text: Box<str>,
    /// JavaScript counts UTF-16 code units; computed once.
    utf16_len: u32,
}

impl JsStr {
    pub fn new(s: String) -> JsStr {
        let utf16_len = s.encode_utf16().count() as u32;
        JsStr { text: s.into_boxed_str(), utf16_len }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    pub fn utf16_len(&self) -> u32 {
        self.utf16_len
    }
}

pub enum ObjKind {
    Double(f64),
    Str(JsStr),
    Function(Rc<FuncProto>),
    /// A thrown runtime error (`TypeError: …`); references its message.
    Error(crate::error::ErrorObj),
    /// A slot on the free list.
    Free,
}

/// An error object must not make every heap slot bigger than a string.
const _: () = assert!(std::mem::size_of::<crate::error::ErrorObj>() <= std::mem::size_of::<JsStr>());

#[repr(C, align(8))]
pub struct Obj {
    pub marked: Cell<bool>,
    pub kind: ObjKind,
}

/// Reads the object behind a pointer value.
#[inline(always)]
pub fn deref(v: Value) -> &'static Obj {
    debug_assert!(v.is_ptr());
    // SAFETY: a Value with the pointer tag is only ever made by `Heap::alloc`
    // from a slot of a chunk the heap owns until the VM is dropped, and the
    // collector frees a slot only when no root (stack up to its high-water
    // mark, globals, constants) refers to it, so any Value a caller can hold
    // points to a live object.
    unsafe { &*((v.0 & !TAG_PTR) as *const Obj) }
}

#[derive(Default, Clone, Copy, Debug)]
pub struct GcStats {
    pub collections: u64,
    pub allocated: u64,
    pub freed: u64,
}

/// Objects live in fixed-size chunks of slots that never move; free slots
/// are kept on a free list. Allocation is a pop and a store, freeing a push:
/// no malloc per object, which matters because every double that leaves
/// Smi range is a heap object.
pub struct Heap {
    chunks: Vec<Box<[UnsafeCell<Obj>]>>,
    free: Vec<*mut Obj>,
    live: usize,
    since_gc: usize,
    threshold: usize,
    /// Collect before every allocation (`--gc-stress`).
    pub stress: bool,
    pub stats: GcStats,
}

const MIN_THRESHOLD: usize = 1 << 16;
const CHUNK_SLOTS: usize = 1 << 12;

impl Heap {
    pub fn new(stress: bool) -> Heap {
        Heap {
            chunks: Vec::new(),
            free: Vec::new(),
            live: 0,
            since_gc: 0,
            threshold: MIN_THRESHOLD,
            stress,
            stats: GcStats::default(),
        }
    }

    /// True when the next allocation should be preceded by a collection.
    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.stress || self.since_gc >= self.threshold
    }

    /// Allocates without collecting: callers run `Vm::maybe_gc` first.
    #[inline]
    pub fn alloc(&mut self, kind: ObjKind) -> Value {
        let p = match self.free.pop() {
            Some(p) => p,
            None => self.grow(),
        };
        // SAFETY: `p` is a slot on the free list: it belongs to a live chunk
        // and no Value refers to it, so nothing else reads it while we write.
        unsafe {
            std::ptr::write(std::ptr::addr_of_mut!((*p).kind), kind);
            (*p).marked.set(false);
        }
        self.live += 1;
        self.since_gc += 1;
        self.stats.allocated += 1;
        Value(p as u64 | TAG_PTR)
    }

    #[cold]
    fn grow(&mut self) -> *mut Obj {
        let chunk: Box<[UnsafeCell<Obj>]> =
            (0..CHUNK_SLOTS).map(|_| UnsafeCell::new(Obj { marked: Cell::new(false), kind: ObjKind::Free })).collect();
        self.free.extend(chunk.iter().rev().map(UnsafeCell::get));
        self.chunks.push(chunk);
        self.free.pop().expect("a fresh chunk has free slots")
    }

    pub fn live(&self) -> usize {
        self.live
    }

    /// Marks one root and what it references. The only object that holds
    /// another is an error (its message, a string that holds nothing), so
    /// this recurses at most one level; a function's prototype constants
    /// are roots on their own.
    #[inline]
    pub fn mark(v: Value) {
        if v.is_ptr() {
            let obj = deref(v);
            if !obj.marked.replace(true) {
                if let ObjKind::Error(e) = &obj.kind {
                    Heap::mark(e.message);
                }
            }
        }
    }

    /// Frees every unmarked object and clears the marks of the rest.
    pub fn sweep(&mut self) {
        let mut freed = 0;
        for chunk in &self.chunks {
            for cell in chunk.iter() {
                let p = cell.get();
                // SAFETY: the slot belongs to a chunk we own. Live objects are
                // only read (their mark is a Cell); an unmarked object is
                // unreachable from every root, so no Value refers to it and
                // replacing its contents cannot be observed.
                unsafe {
                    if matches!((*p).kind, ObjKind::Free) {
                        continue;
                    }
                    if (*p).marked.get() {
                        (*p).marked.set(false);
                    } else {
                        drop(std::ptr::replace(std::ptr::addr_of_mut!((*p).kind), ObjKind::Free));
                        self.free.push(p);
                        freed += 1;
                    }
                }
            }
        }
        self.live -= freed;
        self.stats.freed += freed as u64;
        self.stats.collections += 1;
        self.since_gc = 0;
        self.threshold = MIN_THRESHOLD.max(self.live);
    }
}

/// A fixed block of value slots that never moves: compiled code addresses
/// slots by raw pointer, so neither the value stack nor the global table may
/// reallocate. Every slot always holds a valid Value (initially undefined).
///
/// The length is a power of two and indices are masked rather than
/// bounds-checked: an index is always in bounds, so an access costs one
/// `and` instead of a compare and branch in the interpreter's hot loop.
/// (Callers check real limits, such as a frame fitting on the stack, once
/// per frame.)
pub struct Slots {
    ptr: *mut Value,
    len: usize,
}

impl Slots {
    /// A block of `len` slots holding Smi 0 (all-zero bits, a valid value),
    /// so the allocation comes from zeroed pages that cost nothing until
    /// touched: start-up does not pay for the whole stack.
    pub fn new(len: usize) -> Slots {
        assert!(len.is_power_of_two(), "slot blocks have a power-of-two length");
        let boxed: Box<[Value]> = vec![Value(0); len].into_boxed_slice();
        let ptr = Box::into_raw(boxed) as *mut Value;
        Slots { ptr, len }
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        self.view().get(i)
    }
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) {
        self.view().set(i, v)
    }
    pub fn len(&self) -> usize {
        self.len
    }
    /// A copyable handle for the interpreter's hot loop, which must keep
    /// reaching the slots while it also holds `&mut Vm`.
    pub fn view(&self) -> SlotView {
        SlotView { ptr: self.ptr, len: self.len }
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Address of slot `i`, for compiled code.
    pub fn addr(&self, i: usize) -> *mut Value {
        assert!(i <= self.len);
        self.ptr.wrapping_add(i)
    }
    /// Index of the slot at `addr` (inverse of `addr`).
    pub fn index_of(&self, addr: *const Value) -> usize {
        (addr as usize - self.ptr as usize) / 8
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        // SAFETY: ptr/len came from Box<[Value]>::into_raw in `new`.
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.ptr, self.len)) });
    }
}

/// A non-owning view of a `Slots` block. The VM owns the block for its whole
/// life and only hands views to code that runs inside that life (the
/// interpreter loop), so a view never outlives its memory.
#[derive(Clone, Copy)]
pub struct SlotView {
    ptr: *mut Value,
    len: usize,
}

impl SlotView {
    #[inline(always)]
    pub fn get(self, i: usize) -> Value {
        // SAFETY: the mask keeps the index in bounds (power-of-two length);
        // the block outlives every view (see type docs).
        unsafe { *self.ptr.add(i & (self.len - 1)) }
    }
    #[inline(always)]
    pub fn set(self, i: usize, v: Value) {
        // SAFETY: as in `get`. Slots are plain words shared with compiled
        // code through raw pointers only, so no Rust reference aliases them.
        unsafe { *self.ptr.add(i & (self.len - 1)) = v }
    }
    pub fn len(self) -> usize {
        self.len
    }
    pub fn is_empty(self) -> bool {
        self.len == 0
    }
    pub fn addr(self, i: usize) -> *mut Value {
        assert!(i <= self.len);
        self.ptr.wrapping_add(i)
    }
}

/// Registers per frame the value stack guarantees behind every frame base:
/// a `Reg` is a `u8`, so any register index is in bounds by its type.
pub const FRAME_WINDOW: usize = 256;

/// The registers of one frame: `FRAME_WINDOW` slots starting at a base that
/// was checked against the end of the stack when the view was made, so
/// reading or writing any `u8` register needs no check at all. This is the
/// interpreter's hottest data path.
#[derive(Clone, Copy)]
pub struct FrameRef {
    ptr: *mut Value,
}

impl SlotView {
    /// The frame at `base`, or `None` when fewer than `FRAME_WINDOW` slots
    /// remain above it (the caller reports a stack overflow).
    #[inline(always)]
    pub fn frame(self, base: usize) -> Option<FrameRef> {
        if base.checked_add(FRAME_WINDOW)? <= self.len {
            Some(FrameRef { ptr: self.ptr.wrapping_add(base) })
        } else {
            None
        }
    }
}

impl FrameRef {
    #[inline(always)]
    pub fn get(self, r: u8) -> Value {
        // SAFETY: `frame` checked base + FRAME_WINDOW <= len and r < 256;
        // the stack outlives every view made from it (see SlotView).
        unsafe { *self.ptr.add(r as usize) }
    }
    #[inline(always)]
    pub fn set(self, r: u8, v: Value) {
        // SAFETY: as in `get`.
        unsafe { *self.ptr.add(r as usize) = v }
    }
}
