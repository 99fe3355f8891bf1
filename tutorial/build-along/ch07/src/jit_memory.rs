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
