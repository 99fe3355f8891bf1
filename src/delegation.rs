//! The steps of `yield*` (`DelegateIter`, `DelegateStep`): opening the
//! inner iterator and passing each `next`, `throw` or `return` on to it,
//! as the specification's GeneratorYield-delegation loop does. Apart from
//! generators.rs because it drives the iterator protocol (iteration.rs),
//! which itself resumes generators directly.

use crate::error::{ErrorKind, JsResult};
use crate::generators::Mode;
use crate::heap::PropKey;
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

/// `yield* src`: the iterator of `src` and its `next`.
pub fn delegate_iter(vm: &mut Vm, src: Value) -> JsResult<(Value, Value)> {
    match crate::iteration::iterator_method(vm, src)? {
        Some(m) => crate::iteration::open(vm, src, m),
        None => {
            let msg = crate::objects::not_iterable_text(vm, src)?;
            Err(vm.throw_error(ErrorKind::TypeError, &msg))
        }
    }
}

/// What one step of `yield*` came to (`DelegateStep`'s two results).
pub enum Step {
    /// The inner iterator yielded: pass its result object on as it is.
    Yield(Value),
    /// It finished: the `yield*` expression's value.
    Done(Value),
    /// The generator must return this value (a `return()` passed through).
    Return(Value),
}

/// One step of `yield*` over iterator `it` (with method `next`): sends
/// `sent` the way `mode` says, as the specification's
/// GeneratorYield-delegation loop does.
pub fn delegate_step(vm: &mut Vm, it: Value, next: Value, sent: Value, mode: Mode) -> JsResult<Step> {
    let method = match mode {
        Mode::Next => next,
        Mode::Throw | Mode::Return => {
            let atom = if mode == Mode::Throw { vm.realm.intrinsics.throw_ } else { vm.realm.intrinsics.return_ };
            let m = property::get(vm, it, PropKey::Name(atom))?;
            if m.is_nullish() {
                if mode == Mode::Return {
                    return Ok(Step::Return(sent));
                }
                // The inner iterator cannot take the exception: it is
                // closed, and the protocol violation is what is thrown.
                crate::iteration::close(vm, it, false)?;
                let msg = "The iterator does not provide a 'throw' method.";
                return Err(vm.throw_error(ErrorKind::TypeError, msg));
            }
            m
        }
    };
    if method.as_callable().is_none() {
        let text = crate::iteration::described(vm, method)?;
        return Err(vm.throw_error(ErrorKind::TypeError, &format!("{text} is not a function")));
    }
    let r = crate::calls::call_function(vm, method, it, &[sent])?;
    let mut s = vm.scope();
    let rr = s.root(r);
    if !crate::iteration::result_done(&mut s, r)? {
        return Ok(Step::Yield(s.get(rr)));
    }
    let (r, value_key) = (s.get(rr), PropKey::Name(s.realm.intrinsics.value));
    let value = property::get(&mut s, r, value_key)?;
    Ok(if mode == Mode::Return { Step::Return(value) } else { Step::Done(value) })
}
