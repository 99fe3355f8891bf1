//! `--perf-map`: names the JIT's machine code for Linux `perf`.
//!
//! perf turns a sampled instruction address into a symbol through the
//! symbol tables of the binary and libraries mapped there; code made at
//! run time is in none of them, so without help every sample in it reads
//! `[unknown]`. The convention JITs use (node's `--perf-basic-prof`, YJIT's
//! `--yjit-perf`, the JVM's perf-map-agent) is a text file,
//! `/tmp/perf-<pid>.map`, with one `START SIZE name` line per code region,
//! start and size in hex without `0x`, the name running to the end of the
//! line. perf reads it when it reports, after the process is gone, so
//! lines are appended as code is installed and written through at once: a
//! run killed half-way still leaves a map of everything it compiled.
//!
//! The file belongs to the process, like the code arena it describes, so
//! the switch is process-wide: one atomic flag read once per compile when
//! off, the file behind a mutex when on.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

static ON: AtomicBool = AtomicBool::new(false);
static FILE: Mutex<Option<File>> = Mutex::new(None);

/// Where this process's map goes.
pub fn path() -> String {
    format!("/tmp/perf-{}.map", std::process::id())
}

/// True while regions are being written to the map.
pub fn enabled() -> bool {
    ON.load(Ordering::Relaxed)
}

/// Opens (appending to) `/tmp/perf-<pid>.map` and writes the trampolines
/// if they exist already (they are made when the JIT starts, and write
/// themselves if the map is open by then). The VM calls this when it
/// starts (`runtime::attach`), before anything is compiled.
/// Returns false if the map was open already (a second VM, or the REPL's
/// `:reset`): then nothing is written again.
pub(crate) fn open() -> io::Result<bool> {
    let mut slot = FILE.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_some() {
        return Ok(false);
    }
    *slot = Some(OpenOptions::new().create(true).append(true).open(path())?);
    ON.store(true, Ordering::Relaxed);
    drop(slot);
    super::enter::write_perf_map();
    Ok(true)
}

/// Stops writing lines (the file keeps what it has; perf still reads it).
pub fn close() {
    ON.store(false, Ordering::Relaxed);
    *FILE.lock().unwrap_or_else(|e| e.into_inner()) = None;
}

/// One line: `len` bytes of code at `start` are `name`. A failed write
/// turns the map off with a message, once, rather than failing the run:
/// the program's own work does not depend on it.
pub(crate) fn record(start: *const u8, len: usize, name: &str) {
    if !enabled() || len == 0 {
        return;
    }
    let mut slot = FILE.lock().unwrap_or_else(|e| e.into_inner());
    let Some(file) = slot.as_mut() else { return };
    // Newlines would start a bogus line: perf splits on them. One write
    // per line, so that a line is never split by a failure half-way.
    let line = format!("{:x} {:x} {}\n", start as usize, len, name.replace(['\n', '\r'], " "));
    if let Err(e) = file.write_all(line.as_bytes()) {
        eprintln!("stitch: cannot write {}: {}; --perf-map is off", path(), e);
        *slot = None;
        ON.store(false, Ordering::Relaxed);
    }
}
