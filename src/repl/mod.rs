//! The REPL: a line editor (`editor`), entries evaluated one after another
//! on one VM (definitions and compiled code persist), values echoed like
//! node's REPL (`echo`), meta-commands (`commands`), and Ctrl-C that stops
//! running code without ending the session (`sigint`).

pub mod commands;
pub mod echo;
pub mod editor;
pub mod sigint;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Config, Editor};

use crate::error::JsError;
use crate::source::Source;
use crate::value::Value;
use crate::vm::{Options, Vm};
use commands::Flow;
use editor::{completeness, Completeness, StitchHelper};

/// One REPL session: the VM and how to talk to the user.
pub struct Session {
    pub vm: Box<Vm>,
    /// Write ANSI colors (stdin and stdout are terminals, NO_COLOR unset).
    pub color: bool,
    /// stdin is a terminal: prompts, banner and echoed values.
    pub interactive: bool,
    /// Entries run so far (they are named REPL1, REPL2, …).
    entries: usize,
    /// The source of the last entry (for `:bytecode`).
    pub last_source: Option<Rc<Source>>,
}

impl Session {
    pub fn new(opts: Options, color: bool, interactive: bool) -> Session {
        Session { vm: new_vm(opts), color, interactive, entries: 0, last_source: None }
    }

    /// The name of the next entry: `REPL<n>`.
    pub fn next_name(&mut self) -> String {
        self.entries += 1;
        format!("REPL{}", self.entries)
    }

    /// Runs one entry; Ctrl-C stops it at a loop back edge.
    pub fn evaluate(&mut self, source: Source) -> Result<Value, JsError> {
        let source = Rc::new(source);
        self.last_source = Some(source.clone());
        let result = {
            let _running = sigint::Running::start();
            self.vm.run_source(source, true)
        };
        let _ = self.vm.out.flush();
        result
    }

    /// Echoes a value (when interactive) or reports an error.
    pub fn report(&mut self, result: Result<Value, JsError>) {
        match result {
            Ok(v) if self.interactive => println!("{}", echo::value(&self.vm, v, self.color)),
            Ok(_) => {}
            Err(e) => {
                // The terminal echoed ^C without a newline.
                let newline = self.interactive && e.kind == crate::error::ErrorKind::Interrupted;
                eprint!("{}{}", if newline { "\n" } else { "" }, echo::error(&e, self.color))
            }
        }
        self.run_jobs();
    }

    /// The promise jobs and timers the entry queued, after its value is
    /// echoed (as node's REPL prints `Promise { <pending> }` before the
    /// callbacks run); an error out of them is reported like an entry's.
    pub fn run_jobs(&mut self) {
        let result = {
            let _running = sigint::Running::start();
            crate::promise::run_event_loop(&mut self.vm)
        };
        let _ = self.vm.out.flush();
        if let Err(e) = result {
            eprint!("{}", echo::error(&e, self.color));
        }
    }

    /// A fresh VM with the current settings.
    pub fn reset(&mut self) {
        // The new VM exists before the old one is dropped, so the Ctrl-C
        // handler always has a live interrupt flag to raise.
        let fresh = new_vm(self.vm.opts.clone());
        self.vm = fresh;
        self.last_source = None;
    }

    /// Refreshes what the editor completes and highlights.
    fn update_helper(&self, helper: &mut StitchHelper) {
        let g = &self.vm.globals;
        let mut globals = Vec::new();
        let mut functions = Vec::new();
        for (i, name) in g.names.iter().enumerate() {
            if g.kinds[i] == crate::vm::GlobalKind::Undeclared {
                continue;
            }
            globals.push(name.to_string());
            if g.get(i as u32).is_function() {
                functions.push(name.to_string());
            }
        }
        globals.sort();
        functions.sort();
        helper.globals = globals;
        helper.functions = functions;
    }
}

fn new_vm(opts: Options) -> Box<Vm> {
    Vm::new(opts, Box::new(std::io::stdout()))
}

/// `~/.stitch_history`, when there is a home directory.
fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".stitch_history"))
}

/// Runs the REPL until Ctrl-D or `:quit`; returns the process exit code.
pub fn run(opts: Options) -> u8 {
    let interactive = std::io::stdin().is_terminal();
    let color = interactive && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut session = Session::new(opts, color, interactive);
    sigint::install(interactive);

    let config = Config::builder().auto_add_history(false).max_history_size(10_000).map(|b| b.build());
    let mut editor: Editor<StitchHelper, FileHistory> = match config.and_then(Editor::with_config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("stitch: cannot start the line editor: {}", e);
            return 2;
        }
    };
    editor.set_helper(Some(StitchHelper::new(color)));
    let history = if interactive { history_path() } else { None };
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    if interactive {
        println!(
            "stitch {} — a JavaScript subset with a copy-and-patch JIT. :help lists commands; Ctrl-D exits.",
            env!("CARGO_PKG_VERSION")
        );
    }

    // Earlier lines of an unfinished entry.
    let mut pending = String::new();
    loop {
        if let Some(h) = editor.helper_mut() {
            h.pending.clone_from(&pending);
        }
        let prompt = match (interactive, pending.is_empty()) {
            (false, _) => "",
            (true, true) => "> ",
            (true, false) => "... ",
        };
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                if pending.is_empty() {
                    println!("(To exit, press Ctrl-D or type :quit)");
                }
                pending.clear();
                continue;
            }
            Err(ReadlineError::Eof) => {
                if !pending.is_empty() && !interactive {
                    // Report the unfinished entry's error.
                    let source = Source::new(session.next_name(), std::mem::take(&mut pending));
                    let result = session.evaluate(source);
                    session.report(result);
                }
                break;
            }
            Err(e) => {
                eprintln!("stitch: {}", e);
                return 1;
            }
        };
        if pending.is_empty() && line.trim().is_empty() {
            continue;
        }
        if pending.is_empty() && line.trim_start().starts_with(':') {
            remember(&mut editor, &history, line.trim());
            if commands::run(&mut session, &line) == Flow::Quit {
                break;
            }
        } else {
            let text = if pending.is_empty() { line } else { format!("{}\n{}", pending, line) };
            if completeness(&text) == Completeness::Incomplete {
                pending = text;
                continue;
            }
            pending.clear();
            remember(&mut editor, &history, &text);
            let source = Source::new(session.next_name(), text);
            let result = session.evaluate(source);
            session.report(result);
        }
        if let Some(h) = editor.helper_mut() {
            session.update_helper(h);
        }
    }
    0
}

/// Adds an entry to the history and appends it to the history file
/// (silently skipped when that cannot be written).
fn remember(editor: &mut Editor<StitchHelper, FileHistory>, history: &Option<PathBuf>, entry: &str) {
    if editor.add_history_entry(entry).unwrap_or(false) {
        if let Some(path) = history {
            let _ = editor.append_history(path);
        }
    }
}
