//! String objects: JavaScript strings are sequences of UTF-16 code units
//! (lone surrogates included). A string is a view (buffer, length) of a
//! shared, append-only buffer, so that building a string with `+=` is
//! amortised linear.
//!
//! A buffer holds one byte per unit when every unit is below 0x100 (Latin-1,
//! the common case: no text grows in memory) and two bytes per unit
//! otherwise, as V8's one-byte and two-byte strings do. Joining a two-byte
//! string to a one-byte buffer makes a fresh two-byte buffer.
//!
//! `a + b` where `a` ends exactly where its buffer's written units end
//! pushes `b`'s units onto that buffer and makes a new, longer view of it;
//! `a` itself still sees only its own prefix, which nothing ever writes to
//! again. When the buffer is full (or `a` is not its last view, or `b` does
//! not fit one byte per unit) the result gets a fresh buffer of twice the
//! length it needs, so a loop of appends copies each unit O(1) times on
//! average, as a `Vec` does.
//!
//! Buffers are not heap objects: each is owned by the string objects that
//! view it (counted, `BufRef`), and freed when the collector has freed the
//! last of them. A buffer is one allocation: its header, then its units.
//! They never move once made, so a slice taken from a string stays valid
//! while its object is alive.

use std::borrow::Cow;
use std::cell::Cell;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::ptr::NonNull;

/// The smallest buffer a concatenation makes (a few appends fit at once).
const MIN_BUFFER: usize = 32;

/// The units of a string as stored: one byte each (Latin-1) or two.
#[derive(Clone, Copy, Debug)]
pub enum Units<'a> {
    Latin1(&'a [u8]),
    Wide(&'a [u16]),
}

impl<'a> Units<'a> {
    pub fn len(self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Wide(w) => w.len(),
        }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    pub fn get(self, i: usize) -> Option<u16> {
        match self {
            Units::Latin1(b) => b.get(i).map(|&b| b as u16),
            Units::Wide(w) => w.get(i).copied(),
        }
    }

    pub fn iter(self) -> impl Iterator<Item = u16> + 'a {
        let (narrow, wide) = match self {
            Units::Latin1(b) => (b, &[][..]),
            Units::Wide(w) => (&[][..], w),
        };
        narrow.iter().map(|&b| b as u16).chain(wide.iter().copied())
    }

    /// Whether every unit fits one byte.
    fn fits_latin1(self) -> bool {
        match self {
            Units::Latin1(_) => true,
            Units::Wide(w) => w.iter().all(|&u| u < 0x100),
        }
    }

    fn is_ascii(self) -> bool {
        match self {
            Units::Latin1(b) => b.is_ascii(),
            Units::Wide(w) => w.iter().all(|&u| u < 0x80),
        }
    }

    /// The units as text for output: a lone surrogate becomes U+FFFD, as
    /// node writes it.
    pub fn to_string_lossy(self) -> Cow<'a, str> {
        match self {
            Units::Latin1(b) if b.is_ascii() => {
                // ASCII bytes are UTF-8.
                Cow::Borrowed(std::str::from_utf8(b).unwrap_or_default())
            }
            Units::Latin1(b) => Cow::Owned(b.iter().map(|&b| b as char).collect()),
            Units::Wide(w) => Cow::Owned(String::from_utf16_lossy(w)),
        }
    }

    /// Compares code unit by code unit, as JavaScript's `<` does.
    pub fn cmp_units(self, other: Units<'_>) -> Ordering {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => a.cmp(b),
            (Units::Wide(a), Units::Wide(b)) => a.cmp(b),
            _ => self.iter().cmp(other.iter()),
        }
    }

    pub fn eq_units(self, other: Units<'_>) -> bool {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => a == b,
            (Units::Wide(a), Units::Wide(b)) => a == b,
            _ => self.len() == other.len() && self.iter().eq(other.iter()),
        }
    }
}

/// An append-only buffer of `cap` units of one width: units `[0, used)`
/// are written and never written again; `[used, cap)` are not yet written.
///
/// The units live in the same allocation, right after this header (see
/// `BufRef`), so `ptr` always points just past the `BufBox`.
///
/// `repr(C)`: the inline `charCodeAt` stencil reads `wide` and finds the
/// units where `ptr` points, `UNITS_OFFSET` bytes into the allocation
/// (`jit::abi::STRBUF_WIDE`, `BUF_UNITS`, checked by `jit/layout.rs`).
#[repr(C)]
pub struct StrBuf {
    ptr: NonNull<u8>,
    cap: usize,
    used: Cell<usize>,
    /// Two bytes per unit, else one.
    wide: bool,
    /// The last collection that counted this buffer as live (see `Tracer`).
    pub(super) epoch: Cell<u32>,
}

/// Where compiled code finds a buffer's width, and its units (from the
/// start of the allocation: `ptr` always points there).
pub const BUF_UNITS_OFFSET: usize = UNITS_OFFSET;
pub const STRBUF_WIDE_OFFSET: usize = std::mem::offset_of!(StrBuf, wide);
/// Where a string's buffer pointer is in its payload.
pub const JSSTR_BUF_OFFSET: usize = std::mem::offset_of!(JsStr, buf);

/// One allocation per buffer: a reference count, the `StrBuf` and then
/// its units. It was an `Rc<StrBuf>` whose units were a separate `Vec`:
/// two `malloc`s and two `free`s per buffer, and a string's units two
/// dependent loads (and cache lines) away from its buffer's header.
/// json.js makes some 800,000 buffers (one per parsed string).
#[repr(C)]
struct BufBox {
    strong: Cell<usize>,
    /// The allocation's size in bytes (header and units), to free it.
    size: usize,
    buf: StrBuf,
}

const UNITS_OFFSET: usize = std::mem::size_of::<BufBox>();
const _: () = assert!(UNITS_OFFSET.is_multiple_of(8) && std::mem::align_of::<BufBox>() == 8);

/// How far past the address a string's `buf` field holds its `StrBuf`
/// lies (the reference count and size come first). Fixed by `BufBox`'s
/// `repr(C)` layout, so `jit/layout.rs` checks it at compile time (with
/// `Rc` it was std's business and had to be measured at run time).
pub const BUF_HEADER_OFFSET: usize = std::mem::offset_of!(BufBox, buf);

/// A counted reference to a `BufBox`: what `Rc<StrBuf>` was, in one
/// allocation. Not `Send`: the counts are plain cells, as `Rc`'s are.
pub(crate) struct BufRef(NonNull<BufBox>);

impl BufRef {
    /// A buffer for at least `min` units, `want` if memory allows; None
    /// when not even `min` can be had (the caller throws instead of the
    /// process aborting).
    fn try_with_capacity(min: usize, want: usize, wide: bool) -> Option<BufRef> {
        BufRef::alloc(want, wide).or_else(|| BufRef::alloc(min, wide))
    }

    fn alloc(cap: usize, wide: bool) -> Option<BufRef> {
        let unit = if wide { 2 } else { 1 };
        let size = cap.checked_mul(unit)?.checked_add(UNITS_OFFSET)?;
        let raw = match pool::take(size) {
            Some(raw) => raw,
            None => {
                let layout = std::alloc::Layout::from_size_align(size, 8).ok()?;
                // SAFETY: the layout's size is at least the header's, never zero.
                NonNull::new(unsafe { std::alloc::alloc(layout) }.cast::<BufBox>())?
            }
        };
        // SAFETY: `raw` is an allocation of `size >= UNITS_OFFSET` bytes
        // (fresh, or a freed buffer's of that size from the pool), aligned to
        // 8 (BufBox's alignment) and referred to by nothing; the units start
        // right after the header, inside the same allocation.
        unsafe {
            let ptr = NonNull::new_unchecked(raw.as_ptr().cast::<u8>().add(UNITS_OFFSET));
            raw.as_ptr().write(BufBox {
                strong: Cell::new(1),
                size,
                buf: StrBuf { ptr, cap, used: Cell::new(0), wide, epoch: Cell::new(0) },
            });
        }
        Some(BufRef(raw))
    }

    /// A buffer holding exactly these units (aborts if memory runs out, as
    /// the `Vec` it replaces did).
    fn exact(units: Units<'_>, wide: bool) -> BufRef {
        let b = BufRef::alloc(units.len(), wide)
            .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<BufBox>()));
        b.push(units);
        b
    }

    #[cfg(test)]
    fn ptr_eq(a: &BufRef, b: &BufRef) -> bool {
        a.0 == b.0
    }
}

impl std::ops::Deref for BufRef {
    type Target = StrBuf;
    #[inline(always)]
    fn deref(&self) -> &StrBuf {
        // SAFETY: the box lives while any `BufRef` to it does (counted).
        unsafe { &self.0.as_ref().buf }
    }
}

impl Clone for BufRef {
    #[inline(always)]
    fn clone(&self) -> BufRef {
        // SAFETY: as in `deref`.
        let strong = unsafe { &self.0.as_ref().strong };
        strong.set(strong.get() + 1);
        BufRef(self.0)
    }
}

impl Drop for BufRef {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: as in `deref`; the last reference frees the allocation
        // with the layout it was made with (size recorded, alignment 8).
        // The units need no drop.
        unsafe {
            let boxed = self.0.as_ref();
            let n = boxed.strong.get() - 1;
            boxed.strong.set(n);
            if n == 0 {
                pool::give(self.0, boxed.size);
            }
        }
    }
}

/// Freed buffers of the size a short concatenation makes, kept for the
/// next one. A tokenizer builds each token's text with `+` from `""`: a
/// buffer per token, and the collector frees them by the thousand, so
/// `malloc` and `free` of that one size were a few percent of json.js,
/// and the freed chunks in the allocator's fast bins were what a later
/// large request (an array growing past 1,000 elements) paid to merge
/// (`malloc_consolidate`). One size only: anything else goes to the
/// allocator as before.
mod pool {
    use super::{BufBox, MIN_BUFFER, UNITS_OFFSET};
    use std::cell::RefCell;
    use std::ptr::NonNull;

    /// The one size kept: a one-byte buffer of `MIN_BUFFER` units.
    const SIZE: usize = UNITS_OFFSET + MIN_BUFFER;
    /// At most this many (320 KiB): a burst of frees beyond it goes back
    /// to the allocator.
    const MAX: usize = 4096;

    struct Pool(Vec<NonNull<BufBox>>);

    impl Drop for Pool {
        fn drop(&mut self) {
            for raw in self.0.drain(..) {
                // SAFETY: every pooled block was allocated with this layout
                // (`give` keeps only blocks of `SIZE` bytes) and is referred
                // to by nothing.
                unsafe { std::alloc::dealloc(raw.as_ptr().cast::<u8>(), layout()) };
            }
        }
    }

    fn layout() -> std::alloc::Layout {
        std::alloc::Layout::from_size_align(SIZE, 8).unwrap_or(std::alloc::Layout::new::<BufBox>())
    }

    thread_local! {
        static POOL: RefCell<Pool> = const { RefCell::new(Pool(Vec::new())) };
    }

    /// A block of `size` bytes from the pool, if it keeps that size and has one.
    #[inline]
    pub(super) fn take(size: usize) -> Option<NonNull<BufBox>> {
        if size != SIZE {
            return None;
        }
        POOL.try_with(|p| p.borrow_mut().0.pop()).ok().flatten()
    }

    /// Frees a block of `size` bytes (allocated with alignment 8), or keeps
    /// it for `take`.
    ///
    /// # Safety
    /// `raw` is such a block and nothing refers to it any more.
    #[inline]
    pub(super) unsafe fn give(raw: NonNull<BufBox>, size: usize) {
        if size == SIZE {
            let kept = POOL.try_with(|p| {
                let mut p = p.borrow_mut();
                if p.0.len() < MAX {
                    p.0.push(raw);
                    true
                } else {
                    false
                }
            });
            if kept == Ok(true) {
                return;
            }
        }
        // SAFETY: by the caller's contract, made with this size and alignment.
        unsafe {
            std::alloc::dealloc(raw.as_ptr().cast::<u8>(), std::alloc::Layout::from_size_align_unchecked(size, 8))
        };
    }
}

impl StrBuf {
    /// Bytes allocated for the units (for the collector's pacing).
    pub fn capacity(&self) -> usize {
        if self.wide {
            self.cap * 2
        } else {
            self.cap
        }
    }

    /// Whether `units` can be pushed here: room, and a width that holds them.
    #[inline(always)]
    fn can_take(&self, units: Units<'_>) -> bool {
        self.cap - self.used.get() >= units.len() && (self.wide || matches!(units, Units::Latin1(_)))
    }

    /// Appends `units` after the written ones. `units` may lie in this very
    /// buffer (`s + s`): they are then inside `[0, used)`, which the write
    /// does not touch.
    #[inline]
    fn push(&self, units: Units<'_>) {
        assert!(self.can_take(units), "StrBuf::push beyond capacity or width");
        let used = self.used.get();
        match (self.wide, units) {
            (false, Units::Latin1(&[byte])) => {
                // One unit (`s + String.fromCharCode(c)`, a tokenizer's
                // step): a store rather than a call of memmove.
                // SAFETY: `used` is inside the allocation (checked above)
                // and not yet written, as below.
                unsafe { self.ptr.as_ptr().add(used).write(byte) };
            }
            (false, Units::Latin1(b)) => {
                // SAFETY: `[used, used + len)` is inside the allocation
                // (checked above) and not yet written, so no slice handed out
                // covers it (every view covers a range inside `[0, used)`). `copy`
                // (memmove) would be correct even if the ranges overlapped,
                // which they cannot.
                unsafe { std::ptr::copy(b.as_ptr(), self.ptr.as_ptr().add(used), b.len()) };
            }
            (true, Units::Wide(w)) => {
                // SAFETY: as above, in units of u16; the units start 8-aligned
                // (`UNITS_OFFSET`), so the pointer is aligned for u16.
                unsafe { std::ptr::copy(w.as_ptr(), self.ptr.as_ptr().cast::<u16>().add(used), w.len()) };
            }
            (true, Units::Latin1(b)) => {
                let dst = self.ptr.as_ptr().cast::<u16>();
                for (k, &byte) in b.iter().enumerate() {
                    // SAFETY: as above: `used + k` is inside the allocation,
                    // unwritten, and aligned; `b` is in another buffer (a
                    // one-byte one), so reading it while writing is sound.
                    unsafe { dst.add(used + k).write(byte as u16) };
                }
            }
            (false, Units::Wide(_)) => unreachable!("checked by can_take"),
        }
        self.used.set(used + units.len());
    }

    /// The `len` units from unit `start`.
    #[inline(always)]
    fn range(&self, start: usize, len: usize) -> Units<'_> {
        debug_assert!(start + len <= self.used.get());
        let start = start.min(self.used.get());
        let len = len.min(self.used.get() - start);
        if self.wide {
            // SAFETY: units `[0, used)` are initialised and never written or
            // moved again while the buffer lives, which is at least as long
            // as `&self`, and `[start, start + len)` lies inside them
            // (clamped above); the units start 8-aligned, so aligned for u16.
            Units::Wide(unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().cast::<u16>().add(start), len) })
        } else {
            // SAFETY: as above, one byte per unit.
            Units::Latin1(unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().add(start), len) })
        }
    }
}

/// A string object's payload: the first `len` units of `buf`.
///
/// A string is two bytes per unit only when one of its units needs it:
/// constructors narrow what fits one byte, and a two-byte buffer is only
/// made by joining a two-byte string (so its every view includes that
/// string's wide unit). `Hash` relies on this.
///
/// `repr(C)`: compiled code reads `len` (`jit::abi::STR_LEN_DISP`).
#[repr(C)]
pub struct JsStr {
    buf: BufRef,
    pub(crate) len: usize,
    /// Every unit is below 0x80, so the one-byte units are also UTF-8
    /// (`as_ascii_str`). Known when the string is made; false may also
    /// mean "not known" (a slice of a string that was not ASCII).
    ascii: bool,
    /// Where the string's units start in the buffer: 0, except for a
    /// slice that shares its parent's buffer (`sliced`). Compiled code
    /// reads it (`jit::abi::STR_START_DISP`).
    start: u32,
}

/// The shortest slice that shares its parent's buffer instead of copying
/// (V8's `SlicedString::kMinLength`): shorter ones are cheap to copy and
/// do not keep a large buffer alive.
const SLICE_MIN: usize = 13;

/// Where compiled code finds `JsStr::start` (`jit::abi::STR_START_DISP`).
pub const JSSTR_START_OFFSET: usize = std::mem::offset_of!(JsStr, start);

impl JsStr {
    /// A string with a buffer of exactly its own size (constants, results of
    /// formatting). The text is copied into the buffer's allocation.
    pub fn new(s: String) -> JsStr {
        if s.is_ascii() {
            let len = s.len();
            return JsStr { buf: BufRef::exact(Units::Latin1(s.as_bytes()), false), len, ascii: true, start: 0 };
        }
        if s.chars().all(|c| (c as u32) < 0x100) {
            let bytes: Vec<u8> = s.chars().map(|c| c as u8).collect();
            return JsStr::owned_latin1(&bytes, false);
        }
        JsStr::owned_wide(&s.encode_utf16().collect::<Vec<u16>>())
    }

    /// `s` as UTF-16 code units. (Named like `FromStr::from_str`, which
    /// cannot fail here, so it is a plain constructor.)
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> JsStr {
        JsStr::new(s.to_string())
    }

    /// A string of these code units (lone surrogates allowed), one byte per
    /// unit when they all fit.
    pub fn from_units(units: &[u16]) -> JsStr {
        JsStr::from_view(Units::Wide(units))
    }

    /// As `from_units` (the units are copied into the buffer).
    pub fn from_units_vec(units: Vec<u16>) -> JsStr {
        JsStr::from_units(&units)
    }

    /// A string of Latin-1 units (each byte is the code unit).
    pub fn from_latin1(bytes: Vec<u8>) -> JsStr {
        JsStr::from_latin1_slice(&bytes)
    }

    fn from_latin1_slice(bytes: &[u8]) -> JsStr {
        JsStr::owned_latin1(bytes, bytes.is_ascii())
    }

    fn from_view(units: Units<'_>) -> JsStr {
        JsStr::try_from_view(units)
            .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<BufBox>()))
    }

    /// `from_units`, or None when memory for the buffer runs out (a string
    /// near the length limit: the caller throws node's RangeError).
    pub fn try_from_units(units: &[u16]) -> Option<JsStr> {
        JsStr::try_from_view(Units::Wide(units))
    }

    fn try_from_view(units: Units<'_>) -> Option<JsStr> {
        let len = units.len();
        Some(match units {
            Units::Latin1(b) => {
                let buf = BufRef::alloc(len, false)?;
                buf.push(units);
                JsStr { buf, len, ascii: b.is_ascii(), start: 0 }
            }
            Units::Wide(w) if units.fits_latin1() => {
                // Narrowed a chunk at a time into the buffer: a copy of the
                // whole text as bytes first would double the peak.
                let buf = BufRef::alloc(len, false)?;
                let mut chunk = [0u8; 4096];
                for part in w.chunks(chunk.len()) {
                    for (d, &u) in chunk.iter_mut().zip(part) {
                        *d = u as u8;
                    }
                    buf.push(Units::Latin1(&chunk[..part.len()]));
                }
                JsStr { buf, len, ascii: units.is_ascii(), start: 0 }
            }
            Units::Wide(_) => {
                let buf = BufRef::alloc(len, true)?;
                buf.push(units);
                JsStr { buf, len, ascii: false, start: 0 }
            }
        })
    }

    fn owned_latin1(bytes: &[u8], ascii: bool) -> JsStr {
        JsStr { buf: BufRef::exact(Units::Latin1(bytes), false), len: bytes.len(), ascii, start: 0 }
    }

    fn owned_wide(units: &[u16]) -> JsStr {
        debug_assert!(!Units::Wide(units).fits_latin1(), "a two-byte string holds a wide unit");
        JsStr { buf: BufRef::exact(Units::Wide(units), true), len: units.len(), ascii: false, start: 0 }
    }

    /// The length in UTF-16 code units (JavaScript's `length`).
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The units as stored.
    #[inline]
    pub fn view(&self) -> Units<'_> {
        self.buf.range(self.start as usize, self.len)
    }

    /// The code unit at `i`, or None past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<u16> {
        self.view().get(i)
    }

    /// The code unit at `i`; `i` must be below `len()` (0 past the end, so
    /// a caller's mistake is a wrong answer, not a crash).
    #[inline]
    pub fn unit_at(&self, i: usize) -> u16 {
        debug_assert!(i < self.len, "unit_at({i}) of a string of {} units", self.len);
        self.get(i).unwrap_or(0)
    }

    /// All code units, widened when stored one byte each.
    pub fn units(&self) -> Cow<'_, [u16]> {
        match self.view() {
            Units::Wide(w) => Cow::Borrowed(w),
            Units::Latin1(b) => Cow::Owned(b.iter().map(|&b| b as u16).collect()),
        }
    }

    pub fn iter_units(&self) -> impl Iterator<Item = u16> + '_ {
        self.view().iter()
    }

    /// Units `[start, end)` as a new string (clamped to the length; empty
    /// when `start >= end`).
    pub fn slice(&self, start: usize, end: usize) -> JsStr {
        let end = end.min(self.len);
        let start = start.min(end);
        match self.view() {
            Units::Latin1(b) => JsStr::from_latin1_slice(&b[start..end]),
            Units::Wide(w) => JsStr::from_units(&w[start..end]),
        }
    }

    /// Units `[start, end)` (`start < end <= len`) as a view of this
    /// string's buffer, with no copy: what `slice`/`substring` return for
    /// a piece of a one-byte string at least `SLICE_MIN` long, so that a
    /// tokenizer consuming its input with `s = s.slice(k)` is linear, as
    /// in V8 (sliced strings). None where a copy is made instead: short
    /// pieces, and two-byte buffers (a two-byte string must hold a unit
    /// that needs two bytes, which a piece may not: see `JsStr`).
    pub fn sliced(&self, start: usize, end: usize) -> Option<JsStr> {
        if end > self.len || start >= end || end - start < SLICE_MIN || self.buf.wide {
            return None;
        }
        let from = u32::try_from(self.start as usize + start).ok()?;
        Some(JsStr { buf: self.buf.clone(), len: end - start, ascii: self.ascii, start: from })
    }

    /// Where this string starts in its buffer (nonzero for a slice).
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Every written unit of this string's buffer, as a string (which
    /// keeps the buffer alive): what a widening shared by all the strings
    /// that view the buffer is made from (`builtins::regexp::subject_of`).
    pub fn whole_buffer(&self) -> JsStr {
        JsStr { buf: self.buf.clone(), len: self.buf.used.get(), ascii: false, start: 0 }
    }

    /// Whether both view the same buffer.
    pub fn shares_buffer(&self, other: &JsStr) -> bool {
        self.buf.0 == other.buf.0
    }

    /// The string as text for output: lone surrogates become U+FFFD, as
    /// node writes them. Borrowed when the string is ASCII.
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        match self.as_ascii_str() {
            Some(s) => Cow::Borrowed(s),
            None => self.view().to_string_lossy(),
        }
    }

    /// The units when stored one byte each.
    pub fn as_latin1(&self) -> Option<&[u8]> {
        match self.view() {
            Units::Latin1(b) => Some(b),
            Units::Wide(_) => None,
        }
    }

    /// The string as `&str` when it is ASCII (free: no scan, no copy).
    #[inline]
    pub fn as_ascii_str(&self) -> Option<&str> {
        match (self.ascii, self.view()) {
            // SAFETY: `ascii` is only set for units all below 0x80 (checked
            // where each string is made, from its parts' flags when joined),
            // and ASCII bytes are UTF-8.
            (true, Units::Latin1(b)) => Some(unsafe { std::str::from_utf8_unchecked(b) }),
            _ => None,
        }
    }

    /// Bytes in the buffer behind this string (shared with other views).
    pub fn buffer(&self) -> &StrBuf {
        &self.buf
    }

    /// Where the buffer's allocation starts, and how far its header (the
    /// reference count and the `StrBuf`) runs: what the sweep prefetches
    /// before dropping a dead string (`heap::DeadRing`).
    pub(super) fn buffer_box(&self) -> (*const u8, usize) {
        (self.buf.0.as_ptr().cast::<u8>().cast_const(), UNITS_OFFSET)
    }

    /// `self + right`, and the number of new buffer bytes it allocated (for
    /// the collector's pacing). Appends in place when `self` is the longest
    /// view of its buffer and the buffer has room of the right width.
    #[inline]
    /// None when memory runs out (see `joined`).
    pub fn append(&self, right: &JsStr) -> Option<(JsStr, usize)> {
        self.append_units(right.view(), right.ascii)
    }

    /// `self + text`.
    pub fn append_str(&self, text: &str) -> Option<(JsStr, usize)> {
        if text.is_ascii() {
            return self.append_units(Units::Latin1(text.as_bytes()), true);
        }
        self.append(&JsStr::from_str(text))
    }

    #[inline]
    fn append_units(&self, right: Units<'_>, right_ascii: bool) -> Option<(JsStr, usize)> {
        let len = self.len + right.len();
        let ascii = self.ascii && right_ascii;
        if self.start as usize + self.len == self.buf.used.get() && self.buf.can_take(right) {
            self.buf.push(right);
            return Some((JsStr { buf: self.buf.clone(), len, ascii, start: self.start }, 0));
        }
        JsStr::joined(self.view(), right, ascii)
    }

    /// `left + right` in a fresh buffer with room to grow.
    pub fn concat(left: &JsStr, right: &JsStr) -> Option<(JsStr, usize)> {
        JsStr::joined(left.view(), right.view(), left.ascii && right.ascii)
    }

    /// A fresh buffer holding both, with room to grow when memory allows:
    /// None when even the exact length cannot be allocated (node keeps
    /// such strings as ropes; stitch throws rather than abort).
    #[inline(never)]
    fn joined(left: Units<'_>, right: Units<'_>, ascii: bool) -> Option<(JsStr, usize)> {
        let len = left.len() + right.len();
        let wide = matches!(left, Units::Wide(_)) || matches!(right, Units::Wide(_));
        let buf = BufRef::try_with_capacity(len, len.saturating_mul(2).max(MIN_BUFFER), wide)?;
        buf.push(left);
        buf.push(right);
        let bytes = buf.capacity();
        Some((JsStr { buf, len, ascii, start: 0 }, bytes))
    }
}

impl PartialEq for JsStr {
    /// Lengths first, and a one-unit string (a tokenizer's `c === "0"`)
    /// by its unit: the slices' compare is a call to `memcmp`.
    #[inline]
    fn eq(&self, other: &JsStr) -> bool {
        if self.len != other.len {
            return false;
        }
        if self.len == 1 {
            return self.unit_at(0) == other.unit_at(0);
        }
        self.view().eq_units(other.view())
    }
}

impl Eq for JsStr {}

/// By code units, as JavaScript's `<` compares strings.
impl Ord for JsStr {
    fn cmp(&self, other: &JsStr) -> Ordering {
        self.view().cmp_units(other.view())
    }
}

impl PartialOrd for JsStr {
    fn partial_cmp(&self, other: &JsStr) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// By code units. A two-byte string always holds a unit above 0xFF (see
/// `JsStr`), so equal strings have the same width and hashing the stored
/// bytes is hashing the units.
impl Hash for JsStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self.view() {
            Units::Latin1(b) => {
                state.write_u8(1);
                state.write(b);
            }
            Units::Wide(w) => {
                state.write_u8(2);
                w.iter().for_each(|&u| state.write_u16(u));
            }
        }
    }
}

impl std::fmt::Debug for JsStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

/// The first index `>= from` where `needle` occurs in `hay`.
fn find_in<T: Copy + Eq>(hay: &[T], needle: &[T], from: usize) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return (from <= hay.len()).then_some(from);
    };
    let last = hay.len().checked_sub(needle.len())?;
    // One unit (`s.indexOf(",")`, the commonest search): a scan for it,
    // without a slice comparison (a `memcmp` call) per candidate.
    if needle.len() == 1 {
        return hay.get(from..)?.iter().position(|&u| u == first).map(|i| i + from);
    }
    (from..=last).find(|&i| hay[i] == first && hay[i..i + needle.len()] == *needle)
}

impl JsStr {
    /// The first index `>= from` where `needle` occurs (`indexOf`, shared
    /// by the built-in and compiled code's inline `indexOf`).
    pub fn find(&self, needle: &JsStr, from: usize) -> Option<usize> {
        match (self.view(), needle.view()) {
            (Units::Latin1(h), Units::Latin1(n)) => find_in(h, n, from),
            (Units::Wide(h), Units::Wide(n)) => find_in(h, n, from),
            _ => find_in(&self.units(), &needle.units(), from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> JsStr {
        JsStr::from_str(text)
    }

    #[test]
    fn append_in_place_keeps_older_views() {
        let (ab, _) = JsStr::concat(&s("a"), &s("b")).expect("memory");
        let (abc, charged) = ab.append(&s("c")).expect("memory");
        assert_eq!(charged, 0, "room in the buffer: no new bytes");
        assert!(BufRef::ptr_eq(&ab.buf, &abc.buf));
        // `ab` is no longer the longest view: appending to it copies.
        let (abd, charged) = ab.append_str("d").expect("memory");
        assert!(charged > 0);
        assert_eq!((&*ab.to_string_lossy(), &*abc.to_string_lossy(), &*abd.to_string_lossy()), ("ab", "abc", "abd"));
    }

    #[test]
    fn append_to_itself_and_grow() {
        let mut x = s("xy");
        for _ in 0..10 {
            let text = x.to_string_lossy().into_owned();
            let view = &x;
            x = view.append(view).expect("memory").0;
            assert_eq!(x.to_string_lossy(), text.repeat(2));
        }
        assert_eq!(x.len(), 2 << 10);
        assert!(x.as_ascii_str().is_some());
    }

    #[test]
    fn one_byte_unless_a_unit_needs_two() {
        assert!(s("héllo").as_latin1().is_some());
        assert_eq!(s("héllo").as_ascii_str(), None);
        assert_eq!(s("héllo").to_string_lossy(), "héllo");
        assert!(s("😀").as_latin1().is_none());
        assert_eq!(JsStr::from_units(&[0x41, 0xE9]).as_latin1(), Some(&[0x41, 0xE9][..]));
        assert_eq!(s("😀").slice(0, 1).units(), &[0xD83D][..]);
    }

    #[test]
    fn lengths_are_utf16_units() {
        let (x, _) = JsStr::concat(&s("é"), &s("😀")).expect("memory");
        assert_eq!(x.len(), 3);
        assert_eq!(x.append_str("x").expect("memory").0.len(), 4);
        assert_eq!(x.unit_at(1), 0xD83D);
        assert_eq!(x.get(3), None);
    }

    #[test]
    fn surrogate_halves_join_and_print() {
        let hi = JsStr::from_units(&[0xD83D]);
        let lo = JsStr::from_units(&[0xDE00]);
        assert_eq!(hi.to_string_lossy(), "\u{FFFD}");
        let (joined, _) = JsStr::concat(&hi, &lo).expect("memory");
        assert_eq!(joined, s("😀"));
        assert_eq!(joined.to_string_lossy(), "😀");
    }

    #[test]
    fn widening_appends_keep_both_widths_right() {
        // A one-byte buffer cannot take a two-byte unit: a fresh buffer.
        let (a, _) = JsStr::concat(&s("ab"), &s("c")).expect("memory");
        let (b, charged) = a.append_str("→").expect("memory");
        assert!(charged > 0 && b.as_latin1().is_none());
        // A two-byte buffer takes one-byte units in place.
        let (c, charged) = b.append_str("dé").expect("memory");
        assert_eq!(charged, 0);
        assert_eq!(c.to_string_lossy(), "abc→dé");
        assert_eq!(a.to_string_lossy(), "abc");
    }

    #[test]
    fn equality_order_and_hash_are_by_units() {
        use std::collections::hash_map::DefaultHasher;
        let hash = |x: &JsStr| {
            let mut h = DefaultHasher::new();
            x.hash(&mut h);
            h.finish()
        };
        // Equal strings made different ways have one width and one hash.
        let (wide, _) = JsStr::concat(&s("a"), &s("€")).expect("memory");
        let (wide2, _) = s("a€x").slice(0, 1).append(&wide.slice(1, 2)).expect("memory");
        assert!(wide.as_latin1().is_none() && wide2.as_latin1().is_none());
        assert_eq!((&wide, hash(&wide)), (&wide2, hash(&wide2)));
        let narrow = wide.slice(0, 1);
        assert_eq!(narrow.as_latin1(), Some(&b"a"[..]));
        assert_eq!((&narrow, hash(&narrow)), (&s("a"), hash(&s("a"))));
        assert_eq!(JsStr::from_units(&[0x61]), s("a"));
        assert_eq!(hash(&JsStr::from_units_vec(vec![0xE9])), hash(&s("é")));
        // Mixed widths still compare by units (no equal pair exists).
        assert_ne!(s("é"), s("€"));
        // U+FF61 is one unit above every surrogate: it sorts after "😀".
        assert!(s("\u{FF61}") > s("😀"));
        assert!(s("a") < s("ab") && s("ab") < s("b"));
        assert!(s("é") < s("€") && s("\u{7F}") < s("é"));
    }
}
