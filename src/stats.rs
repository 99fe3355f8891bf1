//! `--stats` and the REPL's `:stats`: what the VM and the JIT did.

use std::fmt::Write;

use crate::vm::Vm;

pub fn report(vm: &Vm) -> String {
    let mut out = String::new();
    let gc = vm.heap.stats;
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
    out.push_str(&crate::jit::stats_report(vm));
    out
}
