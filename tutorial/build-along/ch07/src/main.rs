//! Build-along checkpoint for chapter 7: machine code we mapped ourselves.

// ANCHOR: main
mod jit_memory;

use jit_memory::JitMemory;

// ANCHOR: bytes
/// `lea rax, [rdi + 1]` then `ret`: returns its argument plus one.
const ADD_ONE: [u8; 5] = [0x48, 0x8d, 0x47, 0x01, 0xc3];

/// `mov rax, rdi`, `imul rax, rdi`, `ret`: returns its argument squared.
const SQUARE: [u8; 8] = [0x48, 0x89, 0xf8, 0x48, 0x0f, 0xaf, 0xc7, 0xc3];
// ANCHOR_END: bytes

fn main() -> std::io::Result<()> {
    let memory = JitMemory::new(4096)?;
    let add_one = memory.append(&ADD_ONE)?;
    let square = memory.append(&SQUARE)?;
    println!("add_one(41) = {}", memory.call(add_one, 41));
    println!("square(12) = {}", memory.call(square, 12));
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

    #[test]
    fn runs_the_bytes_we_wrote() {
        let memory = JitMemory::new(4096).unwrap();
        let add_one = memory.append(&ADD_ONE).unwrap();
        let square = memory.append(&SQUARE).unwrap();
        assert_eq!(square, ADD_ONE.len());
        for x in [-1, 0, 41, i64::MAX - 1] {
            assert_eq!(memory.call(add_one, x), x + 1);
        }
        for x in [-3, 0, 12, 3_037_000_499] {
            assert_eq!(memory.call(square, x), x * x);
        }
    }

    #[test]
    fn full_memory_is_an_error() {
        let memory = JitMemory::new(4096).unwrap();
        assert!(memory.append(&[0xc3; 4096]).is_ok());
        assert!(memory.append(&ADD_ONE).is_err());
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
    page_check::check("tutorial/src/build-along/ch07.md");
}
