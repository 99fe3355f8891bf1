//! The interactive prompt.

use std::io::Write;
use std::rc::Rc;

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

use crate::source::Source;
use crate::vm::{Options, Vm};

/// Runs the REPL until Ctrl-D; returns the process exit code.
pub fn run(opts: Options) -> u8 {
    let mut vm = Vm::new(opts, Box::new(std::io::stdout()));
    let mut editor = match DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("stitch: cannot start the line editor: {}", e);
            return 2;
        }
    };
    println!("stitch {} — JavaScript subset with a copy-and-patch JIT. Ctrl-D exits.", env!("CARGO_PKG_VERSION"));
    let mut n = 0;
    loop {
        match editor.readline("> ") {
            Ok(line) => {
                if line.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(line.as_str());
                n += 1;
                let source = Rc::new(Source::new(format!("REPL{}", n), line));
                match vm.run_source(source, true) {
                    Ok(v) => println!("{}", crate::format::debug(v)),
                    Err(e) => eprint!("{}", e.render(false)),
                }
                let _ = vm.out.flush();
            }
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => return 0,
            Err(e) => {
                eprintln!("stitch: {}", e);
                return 1;
            }
        }
    }
}
