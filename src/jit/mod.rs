//! Tier 1 (placeholder until the JIT lands): no function is ever compiled.

use std::rc::Rc;

use crate::bytecode::FuncProto;
use crate::error::JsError;
use crate::value::Value;
use crate::vm::Vm;

pub struct CompiledCode;

#[derive(Default)]
pub struct JitState;

pub fn attach(_vm: &mut Vm, _ptr: *mut Vm) {}
pub fn mark_roots(_vm: &Vm) {}
pub fn stack_hwm(_vm: &Vm) -> usize {
    0
}
pub fn code_for_script(_vm: &mut Vm, _p: &Rc<FuncProto>) -> Option<Rc<CompiledCode>> {
    None
}
#[inline]
pub fn code_for_call(_vm: &mut Vm, _p: &Rc<FuncProto>) -> Option<Rc<CompiledCode>> {
    None
}
pub fn call_compiled(_vm: &mut Vm, _c: &Rc<CompiledCode>, _base: usize) -> Result<Value, JsError> {
    unreachable!()
}
#[inline]
pub fn on_back_edge(
    _vm: &mut Vm,
    _p: &Rc<FuncProto>,
    _counter: u16,
    _base: usize,
    _pc: usize,
) -> Result<Option<Value>, JsError> {
    Ok(None)
}
pub fn stats_report(_vm: &Vm) -> String {
    String::new()
}
