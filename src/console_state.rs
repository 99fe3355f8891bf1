//! What the console remembers between calls (`group`'s indentation,
//! `count`'s counters, `time`'s timers): data the VM owns and
//! `builtins/console.rs` works on, kept below both so the VM need not
//! import the built-ins.

use std::collections::HashMap;
use std::time::Instant;

/// What the console remembers between calls.
#[derive(Default)]
pub struct ConsoleState {
    /// Spaces before each line (`group`).
    pub indent: usize,
    /// `count`'s counters, by label.
    pub counts: HashMap<String, u64>,
    /// `time`'s timers, by label.
    pub timers: HashMap<String, Instant>,
    /// Whether a warning was written (node adds its `--trace-warnings`
    /// hint to the first only).
    pub warned: bool,
}
