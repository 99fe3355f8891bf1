//! The clock that times compiles: the CPU's time-stamp counter, converted
//! to nanoseconds at the rate it is seen to run at.
//!
//! Why not `Instant`: reading it is a `clock_gettime` call, which on this
//! kind of VM costs 150 ns or more when its code and data are not in cache,
//! as they are not at a compile (measured with rdtsc around `Instant::now`:
//! 300–350 ticks at 2.1 GHz). Part of that lands inside the interval being
//! timed, so a 13-instruction function would be charged 10–20 ns per
//! bytecode for the timer alone. Reading the counter takes a few
//! nanoseconds.
//!
//! The counter runs at a constant rate on every x86-64 CPU of the last
//! fifteen years (`constant_tsc` in /proc/cpuinfo); the rate is measured,
//! not assumed: `to_ns` divides the ticks and the `Instant` time elapsed
//! since `start` (the JIT's start, or the first use), so the longer the
//! process has run the more exact it is (within 0.1% after 0.1 ms).

use std::sync::OnceLock;
use std::time::Instant;

/// When the clock started, in both units.
static ORIGIN: OnceLock<(Instant, u64)> = OnceLock::new();

/// The time-stamp counter now.
#[inline(always)]
pub fn ticks() -> u64 {
    // SAFETY: `rdtsc` exists on every x86-64 CPU and only reads a counter.
    unsafe { core::arch::x86_64::_rdtsc() }
}

/// Starts the clock (idempotent): the rate is measured from here on.
pub fn start() {
    ORIGIN.get_or_init(|| (Instant::now(), ticks()));
}

/// `t` ticks in nanoseconds, at the rate measured since `start`.
pub fn to_ns(t: u64) -> u64 {
    let &(i0, k0) = ORIGIN.get_or_init(|| (Instant::now(), ticks()));
    let ns = i0.elapsed().as_nanos();
    let dk = ticks().wrapping_sub(k0) as u128;
    if dk == 0 || ns == 0 {
        return 0;
    }
    (t as u128 * ns / dk) as u64
}
