//! Contexts: the heap objects that hold captured variables (V8's design).
//!
//! A scope whose bindings some closure captures allocates a context when
//! it is entered: a parent pointer (the enclosing scope's context, or the
//! closure environment of the running function) and one slot per captured
//! binding. A closure keeps the context it was created in (`JsObject::env`);
//! a captured variable is reached by walking `depth` parents and reading
//! slot `index`. Compiled code reads both fields directly
//! (`OFFSET_PARENT`, `OFFSET_SLOTS`, checked against `jit::abi`).

use std::cell::Cell;

use super::{Trace, Tracer};
use crate::value::Value;

pub const OFFSET_PARENT: usize = 0;
pub const OFFSET_SLOTS: usize = 8;

#[repr(C)]
pub struct Context {
    parent: Cell<Value>,
    /// A leaked `Box<[Value]>` of `len` slots, freed by `Drop`.
    slots: *mut Value,
    len: u32,
    /// In its cell (`placed` ran): from then on a store needs the barrier.
    placed: Cell<bool>,
}

const _: () = assert!(std::mem::offset_of!(Context, parent) == OFFSET_PARENT);
const _: () = assert!(std::mem::offset_of!(Context, slots) == OFFSET_SLOTS);

impl Context {
    /// A context of `n` slots, each HOLE (a `let` in its dead zone; the
    /// compiler initialises `var`s and parameters explicitly).
    pub fn new(parent: Value, n: usize) -> Context {
        Context::from_values(parent, vec![Value::HOLE; n])
    }

    pub fn from_values(parent: Value, values: Vec<Value>) -> Context {
        let b: Box<[Value]> = values.into_boxed_slice();
        let len = b.len() as u32;
        let slots = Box::into_raw(b) as *mut Value;
        Context { parent: Cell::new(parent), slots, len, placed: Cell::new(false) }
    }

    pub(super) fn mark_placed(&self) {
        self.placed.set(true);
    }

    #[inline]
    pub fn parent(&self) -> Value {
        self.parent.get()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Slot `i` (undefined out of range: the compiler never emits one).
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        if i < self.len as usize {
            // SAFETY: `slots` points at `len` initialised values owned by
            // this context, and `i` is in range.
            unsafe { *self.slots.add(i) }
        } else {
            Value::UNDEFINED
        }
    }

    #[inline]
    pub fn set(&self, i: usize, v: Value) {
        if i < self.len as usize {
            if self.placed.get() {
                super::write_barrier_payload(self);
            }
            // SAFETY: as in `get`; the VM is single-threaded and no reference
            // into the slots is ever handed out.
            unsafe { *self.slots.add(i) = v }
        }
    }

    /// All slots, copied (for a per-iteration copy of a loop's context).
    pub fn values(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.slots, self.len as usize);
        // SAFETY: `slots`/`len` came from `Box::into_raw` in `from_values`
        // and are freed only here, once.
        drop(unsafe { Box::from_raw(slice) });
    }
}

impl Trace for Context {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.parent.get());
        for i in 0..self.len() {
            t.mark(self.get(i));
        }
    }
}
