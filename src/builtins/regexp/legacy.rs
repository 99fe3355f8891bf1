//! The legacy static properties of `RegExp` (`RegExp.$1` … `$9`,
//! `lastMatch` / `$&`, `lastParen` / `$+`, `leftContext` / `` $` ``,
//! `rightContext` / `$'`, `input` / `$_`): accessors that read the last
//! successful match of any regexp (`Vm::last_match`), which every
//! RegExpBuiltinExec that succeeds records (`record`). Old programs and
//! some benchmarks (ARES-6's Basic lexer: `line = RegExp.rightContext`)
//! rely on them, and V8 has them (Annex B proposal). As in V8, the
//! setters of all but `input` do nothing, `input`'s sets what `input`
//! reads and nothing else, and before any match every one reads "".

use crate::error::JsResult;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// Notes a successful match of `m` on string `sv` as the last one.
pub(super) fn record(vm: &mut Vm, sv: Value, m: &regress::Match) {
    let last = &mut vm.last_match;
    last.subject = sv;
    last.input = sv;
    last.groups.clear();
    last.groups.extend(m.groups());
}

// What a getter reads: the capture group 1..=9, or one of these.
const LAST_MATCH: usize = 0;
const LAST_PAREN: usize = 10;
const LEFT: usize = 11;
const RIGHT: usize = 12;

/// The piece of the last subject that getter `WHAT` reads ("" before any
/// match, or for a group that did not take part).
fn get<const WHAT: usize>(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let sv = vm.last_match.subject;
    let Some(s) = sv.as_js_str() else { return Ok(super::super::string::empty(vm)) };
    let groups = &vm.last_match.groups;
    let whole = groups.first().cloned().flatten().unwrap_or(0..0);
    let range = match WHAT {
        LEFT => Some(0..whole.start),
        RIGHT => Some(whole.end..s.len()),
        LAST_PAREN => groups.last().filter(|_| groups.len() > 1).cloned().flatten(),
        n => groups.get(n).cloned().flatten(),
    };
    Ok(match range {
        Some(r) => super::super::string::substring_of(vm, sv, s, r.start, r.end),
        None => super::super::string::empty(vm),
    })
}

/// `RegExp.input` / `RegExp.$_`: the last subject, or what was assigned.
fn get_input(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let v = vm.last_match.input;
    if v == Value::UNDEFINED {
        return Ok(super::super::string::empty(vm));
    }
    Ok(v)
}

fn set_input(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let v = crate::ops::to_js_string(vm, super::arg(args, 0))?;
    vm.last_match.input = v;
    Ok(Value::UNDEFINED)
}

fn set_nothing(_vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// Installs the accessors on the constructor, in node's order.
pub(super) fn install(vm: &mut Vm, ctor: Value) {
    type Pair = (&'static str, &'static str, &'static str, crate::vm::NativeFn, crate::vm::NativeFn);
    let list: [Pair; 19] = [
        ("input", "get input", "set input", get_input, set_input),
        ("$_", "get $_", "set $_", get_input, set_input),
        ("lastMatch", "get lastMatch", "set lastMatch", get::<LAST_MATCH>, set_nothing),
        ("$&", "get $&", "set $&", get::<LAST_MATCH>, set_nothing),
        ("lastParen", "get lastParen", "set lastParen", get::<LAST_PAREN>, set_nothing),
        ("$+", "get $+", "set $+", get::<LAST_PAREN>, set_nothing),
        ("leftContext", "get leftContext", "set leftContext", get::<LEFT>, set_nothing),
        ("$`", "get $`", "set $`", get::<LEFT>, set_nothing),
        ("rightContext", "get rightContext", "set rightContext", get::<RIGHT>, set_nothing),
        ("$'", "get $'", "set $'", get::<RIGHT>, set_nothing),
        ("$1", "get $1", "set $1", get::<1>, set_nothing),
        ("$2", "get $2", "set $2", get::<2>, set_nothing),
        ("$3", "get $3", "set $3", get::<3>, set_nothing),
        ("$4", "get $4", "set $4", get::<4>, set_nothing),
        ("$5", "get $5", "set $5", get::<5>, set_nothing),
        ("$6", "get $6", "set $6", get::<6>, set_nothing),
        ("$7", "get $7", "set $7", get::<7>, set_nothing),
        ("$8", "get $8", "set $8", get::<8>, set_nothing),
        ("$9", "get $9", "set $9", get::<9>, set_nothing),
    ];
    let Some(o) = ctor.as_object() else { return };
    for (name, get_name, set_name, g, s) in list {
        let getter = vm.native_function(get_name, 0, g);
        let setter = vm.native_function(set_name, 1, s);
        let a = vm.atoms.intern(name);
        property::define_accessor(vm, o, a, false, getter, crate::heap::shape::CONFIGURABLE);
        property::define_accessor(vm, o, a, true, setter, crate::heap::shape::CONFIGURABLE);
    }
}
