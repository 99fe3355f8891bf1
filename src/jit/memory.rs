//! Executable memory under W^X: a mapping is either writable or executable,
//! never both. Code is written into a fresh anonymous read-write mapping,
//! which is then made read+execute; patching flips it to read+write for the
//! few stores and back to read+execute.

use std::io;

use memmap2::{Mmap, MmapMut};

/// One function's machine code (or the trampolines).
pub struct CodeMemory {
    map: Mmap,
    len: usize,
}

impl CodeMemory {
    /// Maps `code` read+execute.
    pub fn new(code: &[u8]) -> io::Result<CodeMemory> {
        let mut rw = MmapMut::map_anon(code.len().max(1))?;
        rw[..code.len()].copy_from_slice(code);
        let map = rw.make_exec()?;
        Ok(CodeMemory { map, len: code.len() })
    }

    pub fn as_ptr(&self) -> *const u8 {
        self.map.as_ptr()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The code bytes (readable in both states).
    pub fn bytes(&self) -> &[u8] {
        &self.map[..self.len]
    }

    /// Writes little-endian 64-bit words at the given offsets. No code from
    /// this mapping may run meanwhile (single-threaded: a helper called from
    /// this code may patch it, since the code is suspended in the call).
    pub fn patch_u64(&self, writes: &[(usize, u64)]) -> io::Result<()> {
        for &(off, _) in writes {
            if off + 8 > self.len {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "patch outside the code"));
            }
        }
        let base = self.map.as_ptr() as *mut u8;
        let size = self.map.len();
        // SAFETY: `base..base+size` is exactly our own mapping (page-aligned
        // start from mmap). Dropping execute while we write is what W^X asks;
        // nothing executes from it until the second mprotect restores it.
        if unsafe { libc::mprotect(base as *mut libc::c_void, size, libc::PROT_READ | libc::PROT_WRITE) } != 0 {
            return Err(io::Error::last_os_error());
        }
        for &(off, value) in writes {
            // SAFETY: off + 8 <= len (checked above) and the mapping is now
            // writable; the store may be unaligned.
            unsafe { std::ptr::write_unaligned(base.add(off) as *mut u64, value) };
        }
        // SAFETY: as above; back to read+execute.
        if unsafe { libc::mprotect(base as *mut libc::c_void, size, libc::PROT_READ | libc::PROT_EXEC) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
}
