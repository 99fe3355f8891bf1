//! Executable memory: the only `unsafe` code of the build-along JIT.
//!
//! W^X: the pages are writable or executable, never both at once. Writing
//! flips them to read-write, copies, and flips them back to read-execute.

// ANCHOR: memory
use std::cell::{Cell, RefCell};
use std::io;

use memmap2::{Mmap, MmapMut};

pub struct JitMemory {
    /// Read-execute pages; `None` only while a write has them read-write.
    pages: RefCell<Option<Mmap>>,
    /// Where the pages start; `mprotect` never moves them.
    base: usize,
    len: usize,
    used: Cell<usize>,
}

impl JitMemory {
    pub fn new(len: usize) -> io::Result<JitMemory> {
        let pages = MmapMut::map_anon(len)?.make_exec()?;
        let base = pages.as_ptr() as usize;
        Ok(JitMemory { pages: RefCell::new(Some(pages)), base, len, used: Cell::new(0) })
    }

    /// Copies `bytes` after the code already here; returns their offset.
    pub fn append(&self, bytes: &[u8]) -> io::Result<usize> {
        let at = self.used.get();
        if at + bytes.len() > self.len {
            return Err(io::Error::new(io::ErrorKind::OutOfMemory, "JIT memory is full"));
        }
        self.write(at, bytes)?;
        self.used.set(at + bytes.len());
        Ok(at)
    }

    /// Overwrites bytes already written: flip to read-write, copy, flip back.
    pub fn write(&self, at: usize, bytes: &[u8]) -> io::Result<()> {
        let mut slot = self.pages.borrow_mut();
        let mut writable = slot.take().expect("pages are mapped").make_mut()?;
        writable[at..at + bytes.len()].copy_from_slice(bytes);
        *slot = Some(writable.make_exec()?);
        Ok(())
    }
    // ANCHOR_END: memory

    // ANCHOR: offsets
    /// Where the next `append` will put its bytes.
    pub fn used(&self) -> usize {
        self.used.get()
    }

    /// A copy of the bytes at `at`: read-execute pages can be read too.
    pub fn read(&self, at: usize, len: usize) -> Vec<u8> {
        self.pages.borrow().as_ref().expect("pages are mapped")[at..at + len].to_vec()
    }

    /// The offset of an address inside this memory.
    pub fn offset_of(&self, address: usize) -> usize {
        assert!(address >= self.base && address - self.base <= self.used.get(), "{address:#x} is not JIT code");
        address - self.base
    }
    // ANCHOR_END: offsets

    // ANCHOR: call
    /// Calls the function whose machine code starts at `offset`.
    ///
    /// The JIT promises itself that every offset it calls is the start of a
    /// complete function taking one `i64` in rdi and returning one in rax,
    /// per the System V ABI. No type can check that promise.
    pub fn call(&self, offset: usize, arg: i64) -> i64 {
        assert!(offset < self.used.get(), "no code at offset {offset}");
        // SAFETY: the pages are mapped read-execute for as long as `self`
        // lives (`write` flips them back before returning, and no write runs
        // while we are here unless compiled code asks for it), and the bytes
        // at `offset` are a function with this signature (see above).
        let function: extern "sysv64" fn(i64) -> i64 = unsafe { std::mem::transmute(self.base + offset) };
        function(arg)
    }
}
// ANCHOR_END: call

// ANCHOR: from_compiled_code
/// The value behind a pointer that compiled code hands to a helper.
///
/// The JIT bakes the address of itself, boxed so that it never moves, into
/// the code it compiles; that code lives in the JIT's own memory, so it
/// cannot run after the JIT is gone.
pub fn from_compiled_code<'a, T>(pointer: *const T) -> &'a T {
    // SAFETY: `pointer` is the address of a live, boxed `T` (see above), and
    // helpers only read through it (mutation goes through `Cell`/`RefCell`).
    unsafe { &*pointer }
}
// ANCHOR_END: from_compiled_code
