//! stitch: a JavaScript subset with a bytecode interpreter (tier 0) and a
//! copy-and-patch baseline JIT for x86-64 (tier 1). See ARCHITECTURE.md.

pub mod ast;
pub mod async_fn;
pub mod builtins;
pub mod bytecode;
pub mod callee_text;
pub mod calls;
pub mod classes;
pub mod closure;
pub mod compiler;
pub mod console_state;
pub mod datetime;
pub mod delegation;
pub mod describe;
pub mod diagnostic;
pub mod driver;
pub mod error;
pub mod event_loop;
pub mod exec;
pub mod format;
pub mod generators;
pub mod global_object;
pub mod heap;
pub mod ic;
pub mod inspect;
pub mod instructions;
pub mod interpreter;
pub mod interrupt;
pub mod iteration;
pub mod jit;
pub mod keytext;
pub mod lexer;
pub mod listing;
pub mod modules;
pub mod native_stack;
pub mod numconv;
pub mod objects;
pub mod ops;
pub mod parser;
pub mod pow;
pub mod private;
pub mod promise;
pub mod property;
pub mod regexp;
pub mod regexp_object;
pub mod repl;
pub mod show;
pub mod source;
pub mod stack;
pub mod stats;
pub(crate) mod tier1;
pub mod uncaught;
pub mod value;
pub mod vm;

#[cfg(test)]
mod unwind_tests;
