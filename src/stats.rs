//! `--stats` and the REPL's `:stats`: what the VM and the JIT did.

use std::fmt::Write;

use crate::vm::Vm;

pub fn report(vm: &Vm) -> String {
    let mut out = String::new();
    let gc = vm.heap.current_stats();
    let _ = writeln!(out, "== stitch stats ==");
    let _ = writeln!(out, "interpreter calls      {}", vm.stats.interp_calls);
    let _ = writeln!(
        out,
        "gc                     {} collections, {} objects allocated, {} freed, {} live",
        gc.collections,
        gc.allocated,
        gc.freed,
        vm.heap.live()
    );
    let _ = writeln!(
        out,
        "gc bytes               {} allocated, peak heap {}, {:.1} µs in collections",
        bytes(gc.bytes_allocated),
        bytes(gc.peak_bytes.max(vm.heap.heap_bytes() as u64)),
        gc.gc_nanos as f64 / 1000.0
    );
    if gc.collections > 0 {
        let _ = writeln!(
            out,
            "gc generations         {} minor ({:.1} µs), {} major ({:.1} µs)",
            gc.collections - gc.major_collections,
            (gc.gc_nanos - gc.major_nanos) as f64 / 1000.0,
            gc.major_collections,
            gc.major_nanos as f64 / 1000.0
        );
    }
    if gc.inline_objects > 0 {
        let _ = writeln!(
            out,
            "inline allocation      {} objects by bump and template copy (`{{}}`, wide literals and `[]` in both tiers, class instances in compiled code)",
            gc.inline_objects
        );
    }
    out.push_str(&crate::jit::stats_report(vm));
    out
}

/// A byte count in the largest unit that keeps it at least 1.
fn bytes(n: u64) -> String {
    match n {
        n if n >= 10 << 20 => format!("{} MiB", n >> 20),
        n if n >= 10 << 10 => format!("{} KiB", n >> 10),
        n => format!("{} B", n),
    }
}
