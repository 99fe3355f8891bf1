//! Ctrl-C while code runs. At the prompt the terminal is in raw mode and
//! rustyline reads Ctrl-C as a key; while an entry runs the terminal is in
//! cooked mode, Ctrl-C is SIGINT, and this handler (on the `ctrlc` crate's
//! thread) asks both tiers to stop at their next loop back edge or
//! function entry.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// An entry (or `:time`, `:load`) is running.
static RUNNING: AtomicBool = AtomicBool::new(false);
/// Ctrl-C presses during the current run.
static PRESSES: AtomicU32 = AtomicU32::new(0);

/// Installs the handler once. `interactive`: stdin is a terminal; else a
/// Ctrl-C while waiting for input ends the process, as it would without
/// a handler.
pub fn install(interactive: bool) {
    let result = ctrlc::set_handler(move || {
        if RUNNING.load(Ordering::SeqCst) {
            let n = PRESSES.fetch_add(1, Ordering::SeqCst) + 1;
            crate::interrupt::request();
            match n {
                1 => {}
                2 => eprintln!(
                    "\n(still running: code stops at its next loop back edge or call, and this code has not \
                     reached one; press Ctrl-C once more to quit stitch)"
                ),
                _ => std::process::exit(130),
            }
        } else if !interactive {
            std::process::exit(130);
        }
    });
    if let Err(e) = result {
        eprintln!("stitch: Ctrl-C will not interrupt running code ({})", e);
    }
}

/// Marks code as running for as long as it lives; a stale request from
/// before (or after) the run is dropped.
pub struct Running(());

impl Running {
    pub fn start() -> Running {
        crate::interrupt::clear();
        PRESSES.store(0, Ordering::SeqCst);
        RUNNING.store(true, Ordering::SeqCst);
        Running(())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.store(false, Ordering::SeqCst);
        crate::interrupt::clear();
    }
}
