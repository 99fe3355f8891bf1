//! String objects: a view (buffer, length) of a shared, append-only byte
//! buffer, so that building a string with `+=` is amortised linear.
//!
//! `a + b` where `a` ends exactly where its buffer's written bytes end
//! pushes `b`'s bytes onto that buffer and makes a new, longer view of it;
//! `a` itself still sees only its own prefix, which nothing ever writes to
//! again. When the buffer is full (or `a` is not its last view) the result
//! gets a fresh buffer of twice the length it needs, so a loop of appends
//! copies each byte O(1) times on average, as a `Vec` does.
//!
//! Buffers are not heap objects: each is owned by the string objects that
//! view it (`Rc`), and freed when the collector has freed the last of them.
//! They never move once made, so a `&str` taken from a string stays valid
//! while its object is alive.

use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::rc::Rc;

/// The smallest buffer a concatenation makes (a few appends fit at once).
const MIN_BUFFER: usize = 32;

/// An append-only byte buffer: bytes `[0, used)` are written, valid UTF-8
/// and never written again; bytes `[used, cap)` are not yet written.
pub struct StrBuf {
    ptr: NonNull<u8>,
    cap: usize,
    used: Cell<usize>,
    /// The last collection that counted this buffer as live (see `Tracer`).
    pub(super) epoch: Cell<u32>,
}

impl StrBuf {
    fn with_capacity(cap: usize) -> StrBuf {
        let mut v = ManuallyDrop::new(Vec::<u8>::with_capacity(cap));
        let cap = v.capacity();
        // A Vec's pointer is never null (dangling but aligned when empty).
        let ptr = NonNull::new(v.as_mut_ptr()).unwrap_or(NonNull::dangling());
        StrBuf { ptr, cap, used: Cell::new(0), epoch: Cell::new(0) }
    }

    fn from_string(s: String) -> StrBuf {
        let mut v = ManuallyDrop::new(s.into_bytes());
        let (cap, used) = (v.capacity(), v.len());
        let ptr = NonNull::new(v.as_mut_ptr()).unwrap_or(NonNull::dangling());
        StrBuf { ptr, cap, used: Cell::new(used), epoch: Cell::new(0) }
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Appends `text` after the written bytes. `text` may lie in this very
    /// buffer (`s + s`): it is then inside `[0, used)`, which the write
    /// does not touch.
    fn push(&self, text: &str) {
        let used = self.used.get();
        let room = self.cap - used;
        assert!(text.len() <= room, "StrBuf::push beyond capacity");
        // SAFETY: `[used, used + len)` is inside the allocation (checked
        // above) and not yet written, so no `&str` handed out covers it (every
        // view covers a prefix of `[0, used)`); `text` is a valid `&str`, so
        // the written bytes stay UTF-8. `copy` (memmove) would be correct
        // even if the ranges overlapped, which they cannot.
        unsafe { std::ptr::copy(text.as_ptr(), self.ptr.as_ptr().add(used), text.len()) };
        self.used.set(used + text.len());
    }

    /// The first `len` bytes.
    fn prefix(&self, len: usize) -> &str {
        debug_assert!(len <= self.used.get());
        let len = len.min(self.used.get());
        // SAFETY: bytes `[0, used)` are initialised, valid UTF-8 (whole `&str`s
        // were pushed, and a view's length always falls between two pushes),
        // and never written or moved again while the buffer lives, which is at
        // least as long as `&self`.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), len)) }
    }
}

impl Drop for StrBuf {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `cap` came from a `Vec<u8>` that was never freed
        // (ManuallyDrop); length 0 because u8 needs no drop.
        drop(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), 0, self.cap) });
    }
}

/// A string object's payload: the first `len` bytes of `buf`.
pub struct JsStr {
    buf: Rc<StrBuf>,
    len: usize,
    /// JavaScript counts UTF-16 code units; computed once.
    utf16_len: usize,
}

impl JsStr {
    /// A string with a buffer of exactly its own size (constants, results of
    /// formatting).
    pub fn new(s: String) -> JsStr {
        let utf16_len = utf16_len(&s);
        let len = s.len();
        JsStr { buf: Rc::new(StrBuf::from_string(s)), len, utf16_len }
    }

    pub fn as_str(&self) -> &str {
        self.buf.prefix(self.len)
    }

    pub fn utf16_len(&self) -> u32 {
        self.utf16_len.min(u32::MAX as usize) as u32
    }

    /// Bytes in the buffer behind this string (shared with other views).
    pub fn buffer(&self) -> &StrBuf {
        &self.buf
    }

    /// `self + right`, and the number of new buffer bytes it allocated (for
    /// the collector's pacing). Appends in place when `self` is the longest
    /// view of its buffer and the buffer has room.
    pub fn append(&self, right: &str) -> (JsStr, usize) {
        let len = self.len + right.len();
        let utf16 = self.utf16_len + utf16_len(right);
        if self.len == self.buf.used.get() && self.buf.cap - self.len >= right.len() {
            self.buf.push(right);
            return (JsStr { buf: self.buf.clone(), len, utf16_len: utf16 }, 0);
        }
        JsStr::joined(self.as_str(), right, utf16)
    }

    /// `left + right` in a fresh buffer with room to grow.
    pub fn concat(left: &str, right: &str) -> (JsStr, usize) {
        JsStr::joined(left, right, utf16_len(left) + utf16_len(right))
    }

    fn joined(left: &str, right: &str, utf16: usize) -> (JsStr, usize) {
        let len = left.len() + right.len();
        let buf = StrBuf::with_capacity(len.saturating_mul(2).max(MIN_BUFFER));
        buf.push(left);
        buf.push(right);
        let cap = buf.cap;
        (JsStr { buf: Rc::new(buf), len, utf16_len: utf16 }, cap)
    }
}

fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_in_place_keeps_older_views() {
        let (ab, _) = JsStr::concat("a", "b");
        let (abc, charged) = ab.append("c");
        assert_eq!(charged, 0, "room in the buffer: no new bytes");
        assert!(Rc::ptr_eq(&ab.buf, &abc.buf));
        // `ab` is no longer the longest view: appending to it copies.
        let (abd, charged) = ab.append("d");
        assert!(charged > 0);
        assert_eq!((ab.as_str(), abc.as_str(), abd.as_str()), ("ab", "abc", "abd"));
    }

    #[test]
    fn append_to_itself_and_grow() {
        let mut s = JsStr::new("xy".to_string());
        for _ in 0..10 {
            let text = s.as_str().to_string();
            let view = &s;
            s = view.append(view.as_str()).0;
            assert_eq!(s.as_str(), text.repeat(2));
        }
        assert_eq!(s.as_str().len(), 2 << 10);
        assert_eq!(s.utf16_len(), 2 << 10);
    }

    #[test]
    fn utf16_lengths_add_up() {
        let (s, _) = JsStr::concat("é", "😀");
        assert_eq!(s.utf16_len(), 3);
        assert_eq!(s.append("x").0.utf16_len(), 4);
    }
}
