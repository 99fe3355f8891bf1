//! Global functions and constructors that are not a family of their own:
//! `Object`, `Array` and their static methods are in their files; here
//! are `globalThis`-level helpers.

use crate::vm::Vm;

pub fn install(_vm: &mut Vm) {}
