//! Build-along checkpoint for chapter 8: a stencil we assembled, patched
//! and ran.

// ANCHOR: main
mod jit_memory;
mod stencils;

use jit_memory::JitMemory;
use stencils::{add_constant, copy_and_patch};

fn main() -> std::io::Result<()> {
    let stencil = add_constant();
    println!("stencil: {:02x?}", stencil.bytes);
    println!("holes: {:?}", stencil.holes);
    let memory = JitMemory::new(4096)?;
    let mut code = Vec::new();
    copy_and_patch(&mut code, &stencil, |_| 1000);
    let add_1000 = memory.append(&code)?;
    println!("add_1000(234) = {}", memory.call(add_1000, 234));
    Ok(())
}
// ANCHOR_END: main

// ANCHOR: tests
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_runs() {
        main().unwrap();
    }
    use stencils::Hole;

    #[test]
    fn finds_the_hole() {
        let stencil = add_constant();
        // mov rax, imm64 is 48 b8 and then the eight bytes of the hole.
        assert_eq!(&stencil.bytes[..2], &[0x48, 0xb8]);
        assert_eq!(stencil.holes, vec![(Hole::Value, 2)]);
    }

    #[test]
    fn copies_run_with_their_own_constants() {
        let stencil = add_constant();
        let memory = JitMemory::new(4096).unwrap();
        for constant in [0, 1000, -7, i64::MIN + 5] {
            let mut code = Vec::new();
            copy_and_patch(&mut code, &stencil, |_| constant);
            let function = memory.append(&code).unwrap();
            for x in [0, 234, -5] {
                assert_eq!(memory.call(function, x), constant + x);
            }
        }
    }
}
// ANCHOR_END: tests

// The book's check that the page shows what main prints (not part of the
// step: the reader's crate does not need it).
#[cfg(test)]
#[path = "../../page_check.rs"]
mod page_check;

#[test]
fn the_page_shows_what_main_prints() {
    page_check::check("tutorial/src/build-along/ch08.md");
}
