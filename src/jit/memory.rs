//! Executable memory: a code arena under W^X with two views of the same
//! pages.
//!
//! Each chunk of the arena is shared anonymous memory mapped twice: once
//! read+write (the compiler copies stencils and fills holes there, and
//! call sites are patched there) and once read+execute (the only address
//! code runs from). No mapping is ever writable and executable, so the
//! process still obeys W^X: `/proc/self/maps` shows one `rw-s` and one
//! `r-xs` line per chunk, never `rwx`. Both views are created, populated
//! and never changed again, so compiling a function and patching a call
//! site make no system call at all: a compile bump-allocates its bytes in
//! the current chunk and writes them; they are executable (through the
//! other view) as soon as they are written. x86-64 keeps instruction fetch
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
//! How the second view is made: `mmap(MAP_SHARED | MAP_ANONYMOUS)` gives
//! the read+write view, and `mremap` with an old size of 0, which on a
//! shared mapping maps the same pages again at a new address, gives the
//! other, which `mprotect` then makes read+execute (it was never writable
//! and executable at once). The arena was first a `memfd` mapped twice
//! (memmap2's `map_mut` and `map_exec`); Linux perf, though, looks for a
//! JIT's symbols (`--perf-map`, perf_map.rs) only in mappings it takes
//! for anonymous memory, and a memfd is a file to it, whose samples it
//! leaves `[unknown]`. Shared anonymous memory is what the kernel names
//! `/dev/zero (deleted)`, which perf does take for anonymous memory.
//! memmap2 makes no shared anonymous maps and no second view of one, so
//! these are three libc calls.
//!
//! Functions never move and are never freed (their code lives as long as
//! the process, which is fine for this VM); when a chunk is full a new one
//! is added. Every chunk is pre-faulted (`MAP_POPULATE` for the pages,
//! `MADV_POPULATE_READ` for the second view's page tables) when it is
//! made, so writing code never takes a page fault either.

use std::io;
use std::ptr;
use std::sync::Mutex;

/// A chunk's size (a function bigger than this gets a chunk of its own).
/// Small enough that making the first one, at VM start, costs well under a
/// millisecond even where a fresh page costs microseconds (every page is
/// allocated and zeroed up front); large enough for the code of most
/// programs.
const CHUNK: usize = 64 << 10;
/// Functions start on a cache line, so writing one never touches a line
/// another function is executing from.
const ALIGN: usize = 64;

/// One piece of shared memory mapped twice, never unmapped (the arena is
/// a static that keeps every chunk). Addresses are kept as integers: the
/// chunk is shared by every thread's compiles (tests compile in parallel)
/// through the arena's mutex, and code is written and run through raw
/// addresses that outlive any borrow of the arena.
struct Chunk {
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

impl Chunk {
    // ANCHOR: chunk_new
    fn new(size: usize) -> io::Result<Chunk> {
        let flags = libc::MAP_SHARED | libc::MAP_ANONYMOUS | libc::MAP_POPULATE;
        // SAFETY: a fresh mapping at an address the kernel picks, so it
        // replaces nothing; only the arena will hold its address.
        let rw = unsafe { libc::mmap(ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, flags, -1, 0) };
        if rw == libc::MAP_FAILED {
            return Err(os_err("mapping the code arena", io::Error::last_os_error()));
        }
        let undo = |what: &str| {
            let e = os_err(what, io::Error::last_os_error());
            // SAFETY: `rw` is the mapping made above, of `size` bytes, and
            // nothing has been handed out from it yet.
            unsafe { libc::munmap(rw, size) };
            e
        };
        // SAFETY: `rw` is a shared mapping of `size` bytes; an old size of
        // 0 leaves it in place and maps its pages a second time at a new
        // address the kernel picks.
        let rx = unsafe { libc::mremap(rw, 0, size, libc::MREMAP_MAYMOVE) };
        if rx == libc::MAP_FAILED {
            // Valgrind refuses the second view (an old size of 0 is EINVAL
            // under it): there, two views of a memfd, as the arena first
            // was, so that `valgrind --tool=callgrind --smc-check=all`
            // counts compiled code's instructions.
            let e = undo("mapping the execute view");
            return Chunk::memfd(size).map_err(|_| e);
        }
        // SAFETY: `rx` is the second view just made, `size` bytes, which
        // nothing has written through or run yet.
        if unsafe { libc::mprotect(rx, size, libc::PROT_READ | libc::PROT_EXEC) } != 0 {
            let e = undo("making the execute view executable");
            // SAFETY: as above, for the second view.
            unsafe { libc::munmap(rx, size) };
            return Err(e);
        }
        // Fills the execute view's page tables now (MAP_POPULATE filled
        // only the first view's). Linux before 5.14 lacks the advice: the
        // first run of each page then takes a minor fault, nothing worse.
        // SAFETY: advice on the view just made; it changes no contents.
        unsafe { libc::madvise(rx, size, libc::MADV_POPULATE_READ) };
        Ok(Chunk { rw: rw as usize, rx: rx as usize, size, used: 0 })
    }
    // ANCHOR_END: chunk_new

    /// The two views as two mappings of a memfd (for where `mremap`
    /// cannot map shared anonymous memory twice: valgrind). Perf leaves
    /// the samples of such code unnamed; valgrind needs `--smc-check=all`
    /// to see patches written through the other view.
    fn memfd(size: usize) -> io::Result<Chunk> {
        // SAFETY: a new anonymous file; the name is a C string literal.
        let fd = unsafe { libc::memfd_create(c"stitch-jit".as_ptr(), libc::MFD_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        let map = |prot| {
            // SAFETY: maps the file at an address the kernel picks, so it
            // replaces nothing; the arena keeps the mapping for good.
            let p = unsafe { libc::mmap(ptr::null_mut(), size, prot, libc::MAP_SHARED, fd, 0) };
            if p == libc::MAP_FAILED {
                Err(io::Error::last_os_error())
            } else {
                Ok(p as usize)
            }
        };
        // SAFETY: `fd` is the file just made; its size is set once, before
        // it is mapped. The mappings keep the file alive after the close.
        let sized = unsafe { libc::ftruncate(fd, size as libc::off_t) } == 0;
        let views = if sized {
            map(libc::PROT_READ | libc::PROT_WRITE).and_then(|rw| Ok((rw, map(libc::PROT_READ | libc::PROT_EXEC)?)))
        } else {
            Err(io::Error::last_os_error())
        };
        // SAFETY: `fd` is ours and closed once.
        unsafe { libc::close(fd) };
        let (rw, rx) = views?;
        Ok(Chunk { rw, rx, size, used: 0 })
    }
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
