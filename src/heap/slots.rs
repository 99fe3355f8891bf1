//! The two raw memory areas compiled code also touches: the value stack that
//! holds every frame, and the global table. Both are fixed blocks of value
//! slots that never move.

use crate::value::Value;

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
    /// Words allocated: `len`, or `2 * len` with a link area (`with_links`).
    alloc: usize,
}

impl Slots {
    /// A block of `len` slots holding Smi 0 (all-zero bits, a valid value),
    /// so the allocation comes from zeroed pages that cost nothing until
    /// touched: start-up does not pay for the whole stack.
    pub fn new(len: usize) -> Slots {
        assert!(len.is_power_of_two(), "slot blocks have a power-of-two length");
        // `vec![0u64; n]` takes the standard library's zeroed-allocation
        // path (`alloc_zeroed`) whatever the optimizer does;
        // `vec![Value::smi(0); n]` only got it when LLVM folded the fill
        // loop into `calloc`, which an unrelated change once undid (a
        // 256 MiB memset at every start-up, 150 million instructions).
        debug_assert_eq!(Value::smi(0).to_bits(), 0);
        let words: Box<[u64]> = vec![0u64; len].into_boxed_slice();
        let ptr = Box::into_raw(words) as *mut Value;
        Slots { ptr, len, alloc: len }
    }

    /// A block of `len` slots followed by `len` *link* words: the link of
    /// the frame whose base is slot `i` is the word `len + i`, at a constant
    /// distance (`8 * len` bytes) from the slot, so compiled code writes it
    /// relative to its frame register. A link is `(delta << 32) | pc`: the
    /// caller's frame base is `delta / 8` slots below, and it was at
    /// instruction `pc`; 0 marks the bottom frame. Links are raw words, not
    /// values: the collector never scans them.
    pub fn with_links(len: usize) -> Slots {
        let mut s = Slots::new(len * 2);
        s.len = len;
        s
    }

    /// The link word of the frame at `base` (see `with_links`).
    pub fn link(&self, base: usize) -> u64 {
        debug_assert!(self.alloc == 2 * self.len);
        // SAFETY: `base` is masked into the link area allocated by `with_links`.
        unsafe { *(self.ptr.add(self.len + (base & (self.len - 1))) as *const u64) }
    }

    /// Sets the link word of the frame at `base`.
    pub fn set_link(&self, base: usize, link: u64) {
        debug_assert!(self.alloc == 2 * self.len);
        // SAFETY: as in `link`; link words are plain data no reference aliases.
        unsafe { *(self.ptr.add(self.len + (base & (self.len - 1))) as *mut u64) = link }
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
    /// A copyable handle on the link words (`with_links`), for the
    /// interpreter's call sequence: writing a link through it needs no
    /// reload of the block's fields through `&mut Vm` (three loads and a
    /// shift on every call).
    pub fn links(&self) -> LinkView {
        assert!(self.alloc == 2 * self.len, "the block was made by `with_links`");
        LinkView { ptr: self.ptr.wrapping_add(self.len) as *mut u64, mask: self.len - 1 }
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
        // SAFETY: ptr/alloc came from Box<[u64]>::into_raw in `new`
        // (`Value` is a transparent u64, so the layout is the same).
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(self.ptr as *mut u64, self.alloc)) });
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

/// The link words of a `with_links` block (see `Slots::links`). Like a
/// `SlotView`, it never outlives the block, which the VM owns for its life.
#[derive(Clone, Copy)]
pub struct LinkView {
    ptr: *mut u64,
    mask: usize,
}

impl LinkView {
    /// Sets the link word of the frame at `base` (`Slots::set_link`).
    #[inline(always)]
    pub fn set(self, base: usize, link: u64) {
        // SAFETY: `links` made the view from a block with a link area of
        // `mask + 1` words (a power of two), and the mask keeps the index
        // in it; link words are plain data no reference aliases.
        unsafe { *self.ptr.add(base & self.mask) = link }
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
        // `base <= len - FRAME_WINDOW`, with the subtraction on the view's
        // own length, which the interpreter's loop holds unchanged: LLVM
        // computes the limit once per loop, and the test on every call is
        // one compare (the checked `base + FRAME_WINDOW` was seven
        // instructions with its overflow test).
        if self.len.checked_sub(FRAME_WINDOW).is_some_and(|limit| base <= limit) {
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
