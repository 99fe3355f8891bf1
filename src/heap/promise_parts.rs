//! The two reads of promise objects that the stack-trace code shares with
//! `promise.rs` (a promise's state, an element of a closure's data array),
//! here in the heap so that `stack.rs` need not import the promise
//! machinery that reports errors through it.

use std::cell::RefCell;

use super::object::{Elem, ObjClass};
use crate::event_loop::PromiseState;
use crate::value::Value;

/// The state of promise `v`, if it is one.
pub fn state_of(v: Value) -> Option<&'static RefCell<PromiseState>> {
    match &v.as_object()?.class {
        ObjClass::Promise(p) => Some(p),
        _ => None,
    }
}

/// Element `i` of a closure's data array (undefined past its end).
pub fn data_get(data: Value, i: u32) -> Value {
    match data.as_object().and_then(|o| o.element(i)) {
        Some(Elem::Value(v)) => v,
        _ => Value::UNDEFINED,
    }
}
