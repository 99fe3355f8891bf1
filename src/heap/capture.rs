//! What an error object keeps of the frames that were live when it was
//! made (its `stack`, rendered lazily by `crate::stack`). It lives with the
//! heap because an error object holds one; `stack` reads and writes it,
//! and depends on the rest of the runtime, which the heap must not.

use crate::bytecode::FuncProto;
use std::rc::Rc;

/// The frames an error's `stack` lists, read from the live frames when the
/// error is made (or located) and turned into text only when the string is
/// first needed (`materialize`, `text`): most errors a program throws are
/// caught and dropped without anyone reading `stack`, and formatting the
/// places and the header was most of the cost of making one (V8 defers it
/// the same way). The header (`Name: message`) is read at that point too,
/// as V8 does, so a `name` or `message` set after construction shows.
pub struct Capture(pub(crate) Rc<[Frame]>);

/// One captured frame: what its line needs, read while the frame was live.
#[derive(Clone)]
pub(crate) enum Frame {
    /// A script function at `pc`, with its receiver's prefix (`Point.`,
    /// `new `), which reads the receiver's prototype chain now.
    Script(Rc<FuncProto>, u32, Option<String>),
    Native(u32, Option<String>),
    /// A line made at once (a frame whose function has no slot to read).
    Text(String),
    /// One of node's own frames below the program's (`crate::stack::host_lines`).
    Host(&'static str),
}

/// The same frame: the same function (by identity), pc and prefix.
impl PartialEq for Frame {
    fn eq(&self, other: &Frame) -> bool {
        match (self, other) {
            (Frame::Script(a, pa, ra), Frame::Script(b, pb, rb)) => Rc::ptr_eq(a, b) && pa == pb && ra == rb,
            (Frame::Native(a, ra), Frame::Native(b, rb)) => a == b && ra == rb,
            (Frame::Text(a), Frame::Text(b)) => a == b,
            (Frame::Host(a), Frame::Host(b)) => a == b,
            _ => false,
        }
    }
}
