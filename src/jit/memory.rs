//! Executable memory: a code arena under W^X with two views of the same
//! pages.
//!
//! Each chunk of the arena is a memfd (an anonymous in-memory file) mapped
//! twice: once read+write (the compiler copies stencils and fills holes
//! there, and call sites are patched there) and once read+execute (the only
//! address code runs from). No mapping is ever writable and executable, so
//! the process still obeys W^X: `/proc/self/maps` shows one `rw-s` and one
//! `r-xs` line per chunk, never `rwx`. Both views are created, populated
//! and never changed again, so compiling a function and patching a call
//! site make no system call at all: a compile bump-allocates its bytes in
//! the current chunk and writes them; they are executable (through the other
//! view) as soon as they are written. x86-64 keeps instruction fetch
//! coherent with stores to the same physical memory, whatever the virtual
//! address used for the store.
//!
//! The JIT's design notes suggested the classic alternative: write into a
//! private read+write mapping, then `mprotect` it to read+execute, and flip
//! it back (and forth again) for every patch. That costs a `mmap` and an
//! `mprotect` per compiled function, two `mprotect`s (plus a TLB shootdown)
//! per patched call site, and page faults on fresh pages: tens of
//! microseconds for a function that takes a microsecond to copy and patch.
//!
//! Functions never move and are never freed (their code lives as long as
//! the process, which is fine for this VM); when a chunk is full a new one
//! is added. Every chunk is pre-faulted (`MAP_POPULATE`, memmap2's
//! `populate()`) when it is made, so writing code never takes a page fault
//! either. memmap2 makes both views (`map_mut` and `map_exec` on the
//! memfd's `File`); the only system call made here directly is
//! `memfd_create`.

use std::fs::File;
use std::io;
use std::os::fd::{FromRawFd, OwnedFd};
use std::sync::Mutex;

use memmap2::{Mmap, MmapMut, MmapOptions};

/// A chunk's size (a function bigger than this gets a chunk of its own).
/// Small enough that making the first one, at VM start, costs well under a
/// millisecond even where a fresh page costs microseconds (every page is
/// allocated and zeroed up front); large enough for the code of most
/// programs.
const CHUNK: usize = 64 << 10;
/// Functions start on a cache line, so writing one never touches a line
/// another function is executing from.
const ALIGN: usize = 64;

/// One memfd mapped twice. The maps own the two views (memmap2 unmaps on
/// drop, and a chunk is never dropped: the arena is a static that keeps
/// every chunk). Addresses are also kept as integers: the chunk is shared
/// by every thread's compiles (tests compile in parallel) through the
/// arena's mutex, and code is written and run through raw addresses that
/// outlive any borrow of the arena.
struct Chunk {
    /// Held only to keep the views mapped.
    _views: (MmapMut, Mmap),
    rw: usize,
    rx: usize,
    size: usize,
    used: usize,
}

/// Every chunk ever made (their code is live); the last one is being
/// filled.
struct Arena {
    chunks: Vec<Chunk>,
}

static ARENA: Mutex<Arena> = Mutex::new(Arena { chunks: Vec::new() });

fn os_err(what: &str, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {}", what, e))
}

/// A fresh anonymous in-memory file of `size` bytes. `memfd_create` is a
/// single libc call (libc is already a dependency; a crate for one call
/// would add nothing): everything after it is std's `File`.
fn memfd(size: usize) -> io::Result<File> {
    // SAFETY: the name is a NUL-terminated literal; the call only returns
    // a new fd (or -1).
    let fd = unsafe { libc::memfd_create(c"stitch-jit".as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(os_err("memfd_create", io::Error::last_os_error()));
    }
    // SAFETY: `fd` is a valid fd that nothing else owns.
    let file = File::from(unsafe { OwnedFd::from_raw_fd(fd) });
    file.set_len(size as u64).map_err(|e| os_err("sizing the memfd", e))?;
    Ok(file)
}

impl Chunk {
    // ANCHOR: chunk_new
    fn new(size: usize) -> io::Result<Chunk> {
        let file = memfd(size)?;
        let mut opts = MmapOptions::new();
        opts.len(size).populate();
        // SAFETY (both maps): memmap2's maps are unsafe because another
        // process could change or truncate the file under them; this memfd
        // is ours alone (no name in any file system, close-on-exec, closed
        // when `file` drops here: the mappings keep it alive), and its size
        // never changes. Code is written only through `rw` and run only
        // through `rx`, at offsets the arena hands out once.
        let mut rw = unsafe { opts.map_mut(&file) }.map_err(|e| os_err("mapping the write view", e))?;
        // SAFETY: as above.
        let rx = unsafe { opts.map_exec(&file) }.map_err(|e| os_err("mapping the execute view", e))?;
        let (rw_at, rx_at) = (rw.as_mut_ptr() as usize, rx.as_ptr() as usize);
        Ok(Chunk { _views: (rw, rx), rw: rw_at, rx: rx_at, size, used: 0 })
    }
    // ANCHOR_END: chunk_new
}

/// Makes the arena's first chunk (at VM start, so that no compile pays for
/// it). Idempotent.
pub fn init() -> io::Result<()> {
    let mut arena = ARENA.lock().unwrap_or_else(|e| e.into_inner());
    if arena.chunks.is_empty() {
        arena.chunks.push(Chunk::new(CHUNK)?);
    }
    Ok(())
}

/// One function's machine code (or the trampolines) in the arena: `len`
/// bytes at `rx` (execute view) and `rw` (write view).
pub struct CodeMemory {
    rx: usize,
    rw: usize,
    len: usize,
}

/// Space reserved for a function being compiled: writable until `finish`.
pub struct CodeWriter {
    mem: CodeMemory,
}

impl CodeWriter {
    /// Reserves `len` bytes (zeroed or stale, never executed before they
    /// are written) in the arena.
    pub fn reserve(len: usize) -> io::Result<CodeWriter> {
        let mut arena = ARENA.lock().unwrap_or_else(|e| e.into_inner());
        let fits = |c: &Chunk| c.used.next_multiple_of(ALIGN) + len <= c.size;
        if !arena.chunks.last().is_some_and(fits) {
            let size = (len + ALIGN).next_multiple_of(CHUNK);
            arena.chunks.push(Chunk::new(size)?);
        }
        let chunk = arena.chunks.last_mut().expect("a chunk with room");
        let at = chunk.used.next_multiple_of(ALIGN);
        chunk.used = at + len;
        Ok(CodeWriter { mem: CodeMemory { rx: chunk.rx + at, rw: chunk.rw + at, len } })
    }

    /// The bytes to fill in.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: `reserve` handed these `len` bytes of the write view to
        // this writer alone (the bump pointer moved past them under the
        // arena's lock); the mapping is never unmapped. Nothing executes them
        // before the writer is finished, and nothing else writes them.
        unsafe { std::slice::from_raw_parts_mut(self.mem.rw as *mut u8, self.mem.len) }
    }

    /// The code is complete: it can run from `as_ptr()` from now on.
    pub fn finish(self) -> CodeMemory {
        self.mem
    }
}

impl CodeMemory {
    /// Copies `code` into the arena.
    pub fn new(code: &[u8]) -> io::Result<CodeMemory> {
        let mut w = CodeWriter::reserve(code.len())?;
        w.bytes_mut().copy_from_slice(code);
        Ok(w.finish())
    }

    /// The code's address in the execute view.
    pub fn as_ptr(&self) -> *const u8 {
        self.rx as *const u8
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// A copy of the code bytes as they are now (a copy, not a slice: a
    /// patch may change them through the other view at any time).
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = vec![0u8; self.len];
        // SAFETY: `rx..rx+len` is readable and mapped for the life of the
        // process; `out` is a distinct allocation of the same length.
        unsafe { std::ptr::copy_nonoverlapping(self.rx as *const u8, out.as_mut_ptr(), self.len) };
        out
    }

    /// Writes little-endian 64-bit words at the given offsets through the
    /// write view: no system call, and the execute view sees them at once.
    ///
    /// # Safety
    ///
    /// The bytes are code that may run: after the writes, every instruction
    /// in them must still be valid code whose jumps and calls reach valid
    /// code (the writes replace whole immediates that the code was built to
    /// have patched), and no thread may be executing the bytes being
    /// written (single-threaded: a helper called from this code may patch
    /// it, since the code is suspended in the call).
    pub unsafe fn patch_u64(&self, writes: &[(usize, u64)]) -> io::Result<()> {
        for &(off, _) in writes {
            if off + 8 > self.len {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "patch outside the code"));
            }
        }
        for &(off, value) in writes {
            // SAFETY: off + 8 <= len (checked above), so the store stays
            // inside this function's bytes of the write view, which is
            // mapped for the life of the process; it may be unaligned.
            unsafe { std::ptr::write_unaligned((self.rw + off) as *mut u64, value) };
        }
        Ok(())
    }

    /// Writes a little-endian 32-bit word at `off` through the write view.
    ///
    /// # Safety
    ///
    /// As for `patch_u64`: the word replaces a whole displacement or
    /// immediate that the code was built to have patched.
    pub unsafe fn patch_u32(&self, off: usize, value: u32) -> io::Result<()> {
        if off + 4 > self.len {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "patch outside the code"));
        }
        // SAFETY: off + 4 <= len (checked above): inside this function's
        // bytes of the write view, mapped for the life of the process.
        unsafe { std::ptr::write_unaligned((self.rw + off) as *mut u32, value) };
        Ok(())
    }
}
