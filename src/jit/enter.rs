//! Entering compiled code from Rust through the two trampoline stencils.
//!
//! `enter` saves the callee-saved registers, sets r12 (context) and r13
//! (frame base) and `call`s a function entry (its prologue). `enter_osr`
//! does the same but jumps into the middle of a body at a bytecode pc, with
//! the stack as the prologue would have left it, so the body's
//! `add rsp, 8; ret` returns into the trampoline.

use std::sync::OnceLock;

use super::ctx::JitCtx;
use super::memory::CodeMemory;
use super::stencils;

struct Trampolines {
    mem: CodeMemory,
    osr_at: usize,
}

static TRAMPOLINES: OnceLock<Result<Trampolines, String>> = OnceLock::new();

fn trampolines() -> &'static Result<Trampolines, String> {
    TRAMPOLINES.get_or_init(|| {
        super::memory::init().map_err(|e| format!("making the code arena: {}", e))?;
        let mut code = stencils::ENTER.hot.to_vec();
        let osr_at = code.len();
        code.extend_from_slice(stencils::ENTER_OSR.hot);
        let mem = CodeMemory::new(&code).map_err(|e| format!("mapping the JIT trampolines: {}", e))?;
        let t = Trampolines { mem, osr_at };
        record_in_perf_map(&t);
        Ok(t)
    })
}

/// The two trampolines' lines in the perf map (`--perf-map`).
fn record_in_perf_map(t: &Trampolines) {
    let at = t.mem.as_ptr();
    super::perf_map::record(at, t.osr_at, "stitch:enter (trampoline into compiled code)");
    let osr_len = t.mem.len() - t.osr_at;
    super::perf_map::record(at.wrapping_add(t.osr_at), osr_len, "stitch:enter_osr (trampoline into a loop)");
}

/// Writes the trampolines to the perf map if they are made already (if
/// not, making them writes them).
pub(crate) fn write_perf_map() {
    if let Some(Ok(t)) = TRAMPOLINES.get() {
        record_in_perf_map(t);
    }
}

/// Maps the trampolines; call once at startup to get an error instead of a
/// panic on the first `enter` if executable memory is unavailable.
pub fn init() -> Result<(), String> {
    trampolines().as_ref().map(|_| ()).map_err(Clone::clone)
}

type EnterFn = unsafe extern "sysv64" fn(*mut JitCtx, *mut u64, *const u8) -> u64;

fn get(osr: bool) -> EnterFn {
    let t = match trampolines() {
        Ok(t) => t,
        Err(e) => panic!("{}", e),
    };
    let addr = t.mem.as_ptr().wrapping_add(if osr { t.osr_at } else { 0 });
    // SAFETY: `addr` is the first byte of the ENTER / ENTER_OSR stencil in a
    // live read+execute mapping that is never unmapped (a static); both
    // follow the System V ABI for `(ctx, frame, code) -> u64`.
    unsafe { std::mem::transmute::<*const u8, EnterFn>(addr) }
}

/// Runs compiled code from a function entry (`CompiledCode::entry`) with
/// `frame` as its r0 and returns its result (EXCEPTION_BITS: an error is
/// pending in the VM).
///
/// # Safety
///
/// This jumps to `code` and lets it write through `frame`, `ctx` and every
/// address compiled into it, so the caller must guarantee that:
/// - `code` is the entry of a live `CompiledCode` (not any address);
/// - `ctx` points to a live `JitCtx` whose `stack_end`/`hwm` describe the
///   value stack that `frame` lies in, with `frame` a slot of it, and whose
///   `vm` is what the helpers the code was compiled with expect (for the
///   VM's `HELPERS`: the live `Vm` that owns that stack);
/// - the global slot addresses the code was compiled with are still valid
///   (they belong to that same VM);
/// - nothing else uses the frame's slots, the context or (for the VM's
///   helpers) the `Vm` until this returns, except through the helpers.
pub unsafe fn enter(ctx: *mut JitCtx, frame: *mut u64, code: *const u8) -> u64 {
    let f = get(false);
    // SAFETY: the caller upholds the contract above; the trampoline
    // preserves every callee-saved register and returns normally (compiled
    // code never unwinds), so this is an ordinary foreign call.
    unsafe { f(ctx, frame, code) }
}

/// Resumes a function in compiled code at `code = CompiledCode::osr_entry(pc)`
/// (on-stack replacement): the frame at `frame` already holds the state the
/// interpreter reached at `pc`.
///
/// # Safety
///
/// As for `enter`, with `code` an OSR entry of a live `CompiledCode`
/// (`osr_entry`) instead of its function entry, and the frame already
/// within `hwm` (it is when the interpreter is running in it).
pub unsafe fn enter_osr(ctx: *mut JitCtx, frame: *mut u64, code: *const u8) -> u64 {
    let f = get(true);
    // SAFETY: as in `enter`; the OSR trampoline builds the post-prologue
    // stack (return address + 8 bytes, rsp ≡ 0 mod 16) before jumping.
    unsafe { f(ctx, frame, code) }
}
