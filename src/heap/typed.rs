//! The storage of `ArrayBuffer` and the typed arrays (ARCHITECTURE.md,
//! "Typed arrays").
//!
//! A buffer owns its bytes: a boxed slice made once at the buffer's full
//! length and never reallocated (stitch has no resizable or detachable
//! buffers), dropped with the buffer's cell. A typed array is a *view*:
//! the buffer object (a value the view traces, so the bytes live as long
//! as any view of them), its element type, byte offset and length, and a
//! pointer to its first byte. Since the slice never moves and the view
//! keeps its owner alive, the pointer stays valid for the view's whole
//! life, and an element access is one bounds check and one load: no
//! borrow of the buffer, no lookup through it. Elements are not values:
//! a read converts the stored bytes to a number, a write converts the
//! number to the element type (ToInt32-style wrapping for the integer
//! types, clamping for `Uint8Clamped`, rounding to f32 for `Float32`).
//! So a typed array has no holes and no elements kind: its object's
//! dense-element fields stay empty and every fast path for arrays misses
//! on it at its bounds check, before it reads anything.

use std::cell::Cell;

use super::Tracer;
use crate::value::Value;

/// The nine element types, in the order of the global constructors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedKind {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float32,
    Float64,
}

impl TypedKind {
    pub const ALL: [TypedKind; 9] = [
        TypedKind::Int8,
        TypedKind::Uint8,
        TypedKind::Uint8Clamped,
        TypedKind::Int16,
        TypedKind::Uint16,
        TypedKind::Int32,
        TypedKind::Uint32,
        TypedKind::Float32,
        TypedKind::Float64,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TypedKind::Int8 => "Int8Array",
            TypedKind::Uint8 => "Uint8Array",
            TypedKind::Uint8Clamped => "Uint8ClampedArray",
            TypedKind::Int16 => "Int16Array",
            TypedKind::Uint16 => "Uint16Array",
            TypedKind::Int32 => "Int32Array",
            TypedKind::Uint32 => "Uint32Array",
            TypedKind::Float32 => "Float32Array",
            TypedKind::Float64 => "Float64Array",
        }
    }

    /// Its index in `ALL` (and in the intrinsics' tables).
    pub fn index(self) -> usize {
        self as usize
    }

    /// `BYTES_PER_ELEMENT`.
    pub fn size(self) -> usize {
        match self {
            TypedKind::Int8 | TypedKind::Uint8 | TypedKind::Uint8Clamped => 1,
            TypedKind::Int16 | TypedKind::Uint16 => 2,
            TypedKind::Int32 | TypedKind::Uint32 | TypedKind::Float32 => 4,
            TypedKind::Float64 => 8,
        }
    }

    /// The little-endian bytes that store number `d` (the first `size()`
    /// of the result).
    pub fn encode(self, d: f64) -> [u8; 8] {
        let mut out = [0u8; 8];
        let int = || crate::numconv::to_int32(d);
        match self {
            TypedKind::Int8 | TypedKind::Uint8 => out[0] = int() as u8,
            TypedKind::Uint8Clamped => out[0] = clamp_u8(d),
            TypedKind::Int16 | TypedKind::Uint16 => out[..2].copy_from_slice(&(int() as u16).to_le_bytes()),
            TypedKind::Int32 | TypedKind::Uint32 => out[..4].copy_from_slice(&int().to_le_bytes()),
            TypedKind::Float32 => out[..4].copy_from_slice(&(d as f32).to_le_bytes()),
            TypedKind::Float64 => out = d.to_le_bytes(),
        }
        out
    }

    /// The number the little-endian bytes `b` (at least `size()` of them)
    /// store.
    pub fn decode(self, b: &[u8]) -> f64 {
        match self {
            TypedKind::Int8 => b[0] as i8 as f64,
            TypedKind::Uint8 | TypedKind::Uint8Clamped => b[0] as f64,
            TypedKind::Int16 => i16::from_le_bytes([b[0], b[1]]) as f64,
            TypedKind::Uint16 => u16::from_le_bytes([b[0], b[1]]) as f64,
            TypedKind::Int32 => i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            TypedKind::Uint32 => u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            TypedKind::Float32 => f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64,
            TypedKind::Float64 => f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        }
    }

    /// What `d` reads back as once stored (`Math.fround` for Float32,
    /// the wrap or clamp for the integer types).
    pub fn coerce(self, d: f64) -> f64 {
        self.decode(&self.encode(d))
    }
}

/// ToUint8Clamp: NaN is 0, the rest clamped to 0..=255 and rounded half
/// to even.
fn clamp_u8(d: f64) -> u8 {
    if d.is_nan() || d <= 0.0 {
        return 0;
    }
    if d >= 255.0 {
        return 255;
    }
    let f = d.floor();
    let half = f + 0.5;
    let r = if d < half {
        f
    } else if d > half {
        f + 1.0
    } else if f % 2.0 == 0.0 {
        f
    } else {
        f + 1.0
    };
    r as u8
}

/// An `ArrayBuffer`'s bytes (`ObjClass::ArrayBuffer`). Cells, since views
/// write them through shared references; boxed, so they never move.
pub struct Bytes {
    data: Box<[Cell<u8>]>,
}

impl Bytes {
    /// `len` zero bytes.
    pub fn zeroed(len: usize) -> Bytes {
        Bytes { data: (0..len).map(|_| Cell::new(0)).collect() }
    }

    pub fn from_vec(v: Vec<u8>) -> Bytes {
        Bytes { data: v.into_iter().map(Cell::new).collect() }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// A copy of bytes `from..to` (clamped to the buffer).
    pub fn copy(&self, from: usize, to: usize) -> Vec<u8> {
        let to = to.min(self.data.len());
        self.data.get(from.min(to)..to).unwrap_or(&[]).iter().map(Cell::get).collect()
    }

    /// Where byte `offset` is (`offset <= len`): what a view keeps.
    fn ptr_at(&self, offset: usize) -> *mut u8 {
        debug_assert!(offset <= self.data.len());
        // A `Cell<u8>` is a `u8` in an `UnsafeCell`, so writing through a
        // pointer made from the shared slice is allowed; `wrapping_add`
        // stays in (or one past) the allocation by the assertion above.
        (self.data.as_ptr() as *mut u8).wrapping_add(offset)
    }

    /// Bytes held outside the cell (paced by the collector like elements).
    pub fn trace(&self, t: &mut Tracer) {
        t.external(self.data.len());
    }
}

/// A typed array's state (`ObjClass::Typed`).
pub struct View {
    pub kind: TypedKind,
    /// The `ArrayBuffer` object whose bytes these are; traced, so the
    /// bytes `data` points into live as long as the view does.
    pub buffer: Value,
    /// In bytes, from the buffer's start.
    pub offset: u32,
    /// In elements.
    pub length: u32,
    data: *mut u8,
}

impl View {
    /// A view of `length` elements of `kind` from byte `offset` of `bytes`,
    /// which `buffer` owns. None when they do not fit in the buffer (the
    /// constructor reports the RangeError before asking).
    pub fn new(kind: TypedKind, buffer: Value, bytes: &Bytes, offset: u32, length: u32) -> Option<View> {
        let end = offset as usize + length as usize * kind.size();
        if end > bytes.len() {
            return None;
        }
        Some(View { kind, buffer, offset, length, data: bytes.ptr_at(offset as usize) })
    }

    pub fn byte_length(&self) -> usize {
        self.length as usize * self.kind.size()
    }

    /// The bytes of element `i`, or None past the end.
    #[inline(always)]
    fn at(&self, i: u32) -> Option<*mut u8> {
        if i >= self.length {
            return None;
        }
        Some(self.data.wrapping_add(i as usize * self.kind.size()))
    }

    /// Element `i` as a number, or None past the end (JavaScript's
    /// undefined: a typed array has no holes and looks no further).
    #[inline]
    pub fn get(&self, i: u32) -> Option<f64> {
        let p = self.at(i)?;
        let mut b = [0u8; 8];
        // SAFETY: `p` is element `i` of this view, inside the buffer's byte
        // slice (`new` checked that the view fits, `at` that `i` is below
        // its length); the slice lives while `buffer` does, which this
        // view keeps alive, and never moves. A byte-wise copy, so no
        // alignment is needed; the VM is single-threaded, so no write
        // races it.
        unsafe { std::ptr::copy_nonoverlapping(p, b.as_mut_ptr(), self.kind.size()) };
        Some(self.kind.decode(&b))
    }

    /// Element `i` of a Float64Array, the interpreter's fast path.
    #[inline(always)]
    pub fn get_f64(&self, i: u32) -> Option<f64> {
        if self.kind != TypedKind::Float64 || i >= self.length {
            return None;
        }
        // SAFETY: as in `get`, for the 8 bytes of element `i`; unaligned,
        // since a buffer's bytes are only byte-aligned.
        Some(unsafe { std::ptr::read_unaligned(self.data.wrapping_add(i as usize * 8) as *const f64) })
    }

    /// Stores number `d` as element `i`; past the end, nothing (false).
    #[inline]
    pub fn set(&self, i: u32, d: f64) -> bool {
        let Some(p) = self.at(i) else { return false };
        let b = self.kind.encode(d);
        // SAFETY: as in `get`: `p` and the `size()` bytes after it are this
        // view's element `i`, which the buffer's cells allow writing
        // through a shared reference.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, self.kind.size()) };
        true
    }

    /// Copies `out.len()` bytes from byte `at` of the view into `out`;
    /// false (nothing read) when they are not all inside it. A DataView's
    /// reads (its view is of bytes, `TypedKind::Uint8`).
    pub fn read_bytes(&self, at: usize, out: &mut [u8]) -> bool {
        if at.checked_add(out.len()).is_none_or(|end| end > self.byte_length()) {
            return false;
        }
        // SAFETY: bytes `at..at + out.len()` are inside this view (checked
        // above), which `new` checked lies inside the buffer's byte slice;
        // the slice lives while `buffer` does (kept alive by this view) and
        // never moves; byte-wise, so unaligned is fine; single-threaded.
        unsafe { std::ptr::copy_nonoverlapping(self.data.wrapping_add(at), out.as_mut_ptr(), out.len()) };
        true
    }

    /// Writes `bytes` at byte `at` of the view; false (nothing written)
    /// when they do not all fit.
    pub fn write_bytes(&self, at: usize, bytes: &[u8]) -> bool {
        if at.checked_add(bytes.len()).is_none_or(|end| end > self.byte_length()) {
            return false;
        }
        // SAFETY: as in `read_bytes`; the buffer's cells allow writing
        // through a shared reference.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.data.wrapping_add(at), bytes.len()) };
        true
    }

    /// Every element, in order.
    pub fn numbers(&self) -> Vec<f64> {
        (0..self.length).filter_map(|i| self.get(i)).collect()
    }

    pub fn trace(&self, t: &mut Tracer) {
        t.mark(self.buffer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_match_javascript() {
        assert_eq!(TypedKind::Int8.coerce(200.0), -56.0);
        assert_eq!(TypedKind::Uint8.coerce(-1.0), 255.0);
        assert_eq!(TypedKind::Uint8Clamped.coerce(300.0), 255.0);
        assert_eq!(TypedKind::Uint8Clamped.coerce(2.5), 2.0);
        assert_eq!(TypedKind::Uint8Clamped.coerce(3.5), 4.0);
        assert_eq!(TypedKind::Uint8Clamped.coerce(f64::NAN), 0.0);
        assert_eq!(TypedKind::Int16.coerce(40000.0), -25536.0);
        assert_eq!(TypedKind::Uint32.coerce(-1.0), 4294967295.0);
        assert_eq!(TypedKind::Int32.coerce(f64::INFINITY), 0.0);
        assert_eq!(TypedKind::Float32.coerce(0.1), 0.10000000149011612);
        assert!(TypedKind::Float64.coerce(f64::NAN).is_nan());
    }

    #[test]
    fn a_view_reads_what_it_wrote() {
        let bytes = Bytes::zeroed(16);
        let v = View::new(TypedKind::Float64, Value::UNDEFINED, &bytes, 8, 1).expect("fits");
        assert!(v.set(0, 2.5));
        assert!(!v.set(1, 1.0));
        assert_eq!(v.get(0), Some(2.5));
        assert_eq!(v.get_f64(0), Some(2.5));
        assert_eq!(v.get(1), None);
        assert_eq!(bytes.copy(8, 16), 2.5f64.to_le_bytes().to_vec());
        assert!(View::new(TypedKind::Int32, Value::UNDEFINED, &bytes, 8, 3).is_none());
    }
}
