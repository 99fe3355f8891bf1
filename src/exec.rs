//! What both tiers execute the same way: the full semantics of every
//! instruction that is not control flow (`exec_generic`, the interpreter's
//! less frequent operations and compiled code's `exec_op` helper), the
//! conditions of jumps (`jump_taken`), and the frame and call checks and
//! errors both tiers raise. Tier 0 (`interpreter.rs`) and tier 1 (`jit/`)
//! sit side by side above this module and take nothing from each other
//! for their slow paths.

use crate::bytecode::{FuncProto, Op};
pub use crate::calls::{
    call_function, call_native, construct_native, enter_frame, pad_args, stack_overflow, ARGS_AFTER_FUNC,
};
use crate::error::{ErrorKind, JsResult, Thrown};
use crate::ops::{self, Arith, Bitwise, Cmp};
use crate::value::Value;
use crate::vm::{GlobalKind, Vm};

pub use crate::callee_text::{call_printer, destructured_text};

/// `TypeError: <callee text> is not a function`, quoting the source like V8.
pub fn not_a_function(vm: &mut Vm, proto: &FuncProto, pc: usize) -> Thrown {
    let text = proto.callee_text(pc);
    vm.throw_error(ErrorKind::TypeError, &format!("{} is not a function", text))
}

/// Executes any instruction that neither jumps nor calls, with full
/// semantics. The interpreter sends its less frequent operations here, and
/// compiled code reaches it through the `exec_op` slow-path helper.
pub fn exec_generic(vm: &mut Vm, proto: &FuncProto, base: usize, op: Op, pc: usize) -> JsResult<()> {
    let r = exec_op(vm, proto, base, op, pc);
    // (A class's accessors, `__proto__` in a literal … may have changed a
    // prototype under cached adds.)
    vm.check_stores();
    r
}

#[inline(always)]
fn exec_op(vm: &mut Vm, proto: &FuncProto, base: usize, op: Op, pc: usize) -> JsResult<()> {
    // What this instruction calls (a constructor, a native, a valueOf)
    // links its frame to this one.
    vm.calling = (base, pc as u32);
    let stack = vm.stack.view();
    let globals = vm.globals.slots.view();
    macro_rules! r {
        ($reg:expr) => {
            stack.get(base + $reg as usize)
        };
    }
    macro_rules! set {
        ($reg:expr, $v:expr) => {{
            let v = $v;
            stack.set(base + $reg as usize, v)
        }};
    }
    match op {
        Op::Mov { dst, src } => set!(dst, r!(src)),
        Op::LoadConst { dst, k } => set!(dst, proto.consts[k as usize]),
        Op::GetGlobal { dst, g } => {
            let mut v = globals.get(g as usize);
            if v == Value::HOLE {
                v = read_unbound_global(vm, g)?;
            }
            set!(dst, v);
        }
        Op::SetGlobal { g, src } => set_global(vm, g, r!(src), proto.strict)?,
        Op::InitGlobal { g, src } => globals.set(g as usize, r!(src)),
        Op::Add { dst, a, b } => set!(dst, ops::add(vm, r!(a), r!(b))?),
        Op::AddImm { dst, a, imm } => set!(dst, ops::add_imm(vm, r!(a), imm)?),
        Op::Sub { dst, a, b } => set!(dst, ops::arith(vm, Arith::Sub, r!(a), r!(b))?),
        Op::Mul { dst, a, b } => set!(dst, ops::arith(vm, Arith::Mul, r!(a), r!(b))?),
        Op::Div { dst, a, b } => set!(dst, ops::arith(vm, Arith::Div, r!(a), r!(b))?),
        Op::Mod { dst, a, b } => set!(dst, ops::arith(vm, Arith::Mod, r!(a), r!(b))?),
        Op::Pow { dst, a, b } => set!(dst, ops::arith(vm, Arith::Pow, r!(a), r!(b))?),
        Op::BitAnd { dst, a, b } => set!(dst, ops::bitwise(vm, Bitwise::And, r!(a), r!(b))?),
        Op::BitOr { dst, a, b } => set!(dst, ops::bitwise(vm, Bitwise::Or, r!(a), r!(b))?),
        Op::BitXor { dst, a, b } => set!(dst, ops::bitwise(vm, Bitwise::Xor, r!(a), r!(b))?),
        Op::Shl { dst, a, b } => set!(dst, ops::bitwise(vm, Bitwise::Shl, r!(a), r!(b))?),
        Op::Shr { dst, a, b } => set!(dst, ops::bitwise(vm, Bitwise::Shr, r!(a), r!(b))?),
        Op::UShr { dst, a, b } => set!(dst, ops::bitwise(vm, Bitwise::UShr, r!(a), r!(b))?),
        Op::Eq { dst, a, b } => set!(dst, Value::bool(ops::loose_equals(vm, r!(a), r!(b))?)),
        Op::Ne { dst, a, b } => set!(dst, Value::bool(!ops::loose_equals(vm, r!(a), r!(b))?)),
        Op::StrictEq { dst, a, b } => set!(dst, Value::bool(strict_eq(r!(a), r!(b)))),
        Op::StrictNe { dst, a, b } => set!(dst, Value::bool(!strict_eq(r!(a), r!(b)))),
        Op::Lt { dst, a, b } => set!(dst, Value::bool(ops::compare(vm, Cmp::Lt, r!(a), r!(b))?)),
        Op::Le { dst, a, b } => set!(dst, Value::bool(ops::compare(vm, Cmp::Le, r!(a), r!(b))?)),
        Op::Gt { dst, a, b } => set!(dst, Value::bool(ops::compare(vm, Cmp::Gt, r!(a), r!(b))?)),
        Op::Ge { dst, a, b } => set!(dst, Value::bool(ops::compare(vm, Cmp::Ge, r!(a), r!(b))?)),

        Op::In { dst, a, b } => set!(dst, Value::bool(crate::property::has(vm, r!(a), r!(b))?)),
        Op::InstanceOf { dst, a, b } => set!(dst, Value::bool(crate::objects::instance_of(vm, r!(a), r!(b))?)),
        Op::GetNamed { dst, obj, site } => set!(dst, crate::ic::get_named(vm, &proto.sites[site as usize], r!(obj))?),
        Op::SetNamed { obj, src, site } => {
            crate::ic::set_named(vm, &proto.sites[site as usize], r!(obj), r!(src), proto.strict)?
        }
        Op::GetIndex { dst, obj, key } => set!(dst, crate::objects::get_index(vm, r!(obj), r!(key))?),
        Op::SetIndex { obj, key, src } => crate::objects::set_index(vm, r!(obj), r!(key), r!(src), proto.strict)?,
        Op::DeleteNamed { dst, obj, site } => {
            let key = crate::heap::PropKey::Name(proto.sites[site as usize].atom);
            set!(dst, Value::bool(delete(vm, r!(obj), key, proto.strict)?))
        }
        Op::DeleteIndex { dst, obj, key } => {
            let key = crate::property::to_key(vm, r!(key))?;
            set!(dst, Value::bool(delete(vm, r!(obj), key, proto.strict)?))
        }
        Op::NewContext { dst, parent, size } => set!(dst, crate::closure::new_context(vm, r!(parent), size as usize)),
        Op::CopyContext { dst, src } => set!(dst, crate::closure::copy_context(vm, r!(src))),
        Op::LoadEnv { dst } => set!(dst, crate::closure::env_of(stack.get(base.wrapping_sub(ARGS_AFTER_FUNC)))),
        Op::GetScoped { dst, ctx, depth, slot } => set!(dst, crate::closure::get_scoped(r!(ctx), depth, slot)),
        Op::SetScoped { ctx, src, depth, slot } => crate::closure::set_scoped(r!(ctx), depth, slot, r!(src)),
        Op::CheckHole { src, k } => crate::closure::check_hole(vm, r!(src), proto.consts[k as usize])?,
        Op::Closure { dst, k, ctx } => set!(dst, crate::closure::new_closure(vm, proto.consts[k as usize], r!(ctx))),
        Op::Arguments { dst, src } => set!(dst, crate::closure::arguments_object(vm, r!(src))),
        Op::LoadCallee { dst } => set!(dst, stack.get(base.wrapping_sub(ARGS_AFTER_FUNC))),
        Op::MapArgument { args, ctx, slot, index } => crate::closure::map_argument(r!(args), r!(ctx), slot, index),
        Op::SyncArgument { args, src, index } => crate::closure::sync_argument(vm, r!(args), index, r!(src)),
        Op::RestArgs { dst, src, from } => set!(dst, crate::closure::rest_args(vm, r!(src), from as usize)),
        Op::LoadThis { dst } => set!(dst, this_value(vm, stack.get(base.wrapping_sub(1)))?),
        Op::NewObject { dst, size } => set!(dst, vm.new_literal(size)),
        Op::NewArray { dst, argc: 0, .. } => set!(dst, vm.new_empty_array()),
        Op::NewArray { dst, base: first, argc } => {
            let items: Vec<Value> = (0..argc as usize).map(|i| r!(first as usize + i)).collect();
            set!(dst, vm.new_array(items))
        }
        Op::ArrayAppend { arr, base: first, argc } => {
            if let Some(a) = r!(arr).as_object() {
                for i in 0..argc as usize {
                    let v = r!(first as usize + i);
                    let n = a.length();
                    if v == Value::HOLE {
                        a.set_length(n + 1);
                    } else {
                        a.set_index(&mut vm.heap, n, v);
                    }
                }
            }
        }
        Op::ArraySpread { arr, src } => crate::objects::spread_into(vm, r!(arr), r!(src), &proto.iter_text(pc))?,
        Op::ObjectSpread { obj, src } => crate::objects::copy_props(vm, r!(obj), r!(src))?,
        Op::ObjectRest { obj, src, base: first, argc } => {
            let mut excluded = Vec::with_capacity(argc as usize);
            for i in 0..argc as usize {
                excluded.push(crate::property::to_key(vm, r!(first as usize + i))?);
            }
            crate::objects::copy_props_except(vm, r!(obj), r!(src), &excluded)?
        }
        Op::IterKeys { dst, src } => set!(dst, crate::objects::iter_keys(vm, r!(src))),
        Op::IterValues { dst, src } => set!(dst, crate::objects::iter_values(vm, r!(src), &proto.iter_text(pc))?),
        Op::CallSpread { dst, func, args } => {
            // The message quotes the callee, as a plain call's does.
            if r!(func).as_callable().is_none() {
                return Err(not_a_function(vm, proto, pc));
            }
            let list = crate::objects::list_of(vm, r!(args));
            set!(dst, call_function(vm, r!(func), r!(func as usize + 1), &list)?)
        }
        Op::New { dst, func, argc } => {
            // A few arguments are copied to the Rust stack (`new E(msg)`
            // must not pay an allocation); the callee may move the VM's.
            let mut few = [Value::UNDEFINED; 4];
            let many: Vec<Value>;
            let list: &[Value] = if argc as usize <= few.len() {
                for (i, v) in few.iter_mut().enumerate().take(argc as usize) {
                    *v = r!(func as usize + ARGS_AFTER_FUNC + i);
                }
                &few[..argc as usize]
            } else {
                many = (0..argc as usize).map(|i| r!(func as usize + ARGS_AFTER_FUNC + i)).collect();
                &many
            };
            set!(dst, crate::objects::construct(vm, proto, pc, r!(func), list)?)
        }
        Op::NewSpread { dst, func, args } => {
            let list = crate::objects::list_of(vm, r!(args));
            set!(dst, crate::objects::construct(vm, proto, pc, r!(func), &list)?)
        }
        Op::ToStr { dst, src } => set!(dst, ops::to_js_string(vm, r!(src))?),
        Op::IterClose { iter, throwing } => crate::objects::iter_close(vm, r!(iter), throwing != 0)?,
        // An async function is a generator whose start runs it (src/async_fn.rs).
        Op::GenStart { dst } if proto.info.is_async && proto.info.generator => {
            set!(dst, crate::generators::start_with(vm, proto, base, pc, true)?)
        }
        Op::GenStart { dst } if proto.info.is_async => set!(dst, crate::async_fn::start(vm, proto, base, pc)?),
        Op::GenStart { dst } => set!(dst, crate::generators::start(vm, proto, base, pc)?),
        // Only the interpreter suspends a generator (it never reaches
        // compiled code: the JIT refuses generator functions).
        Op::Yield { .. } => {
            return Err(vm.throw_error(ErrorKind::TypeError, "internal error: a yield outside the interpreter"))
        }
        Op::DelegateIter { dst, src } => {
            let (it, next) = crate::delegation::delegate_iter(vm, r!(src))?;
            set!(dst, it);
            set!(dst as usize + 1, next);
        }
        Op::DelegateStep { dst, iter, pair } => {
            use crate::delegation::Step;
            use crate::generators::Mode;
            let mode = match r!(pair as usize + 1).as_smi() {
                1 => Mode::Throw,
                2 => Mode::Return,
                _ => Mode::Next,
            };
            let step = crate::delegation::delegate_step(vm, r!(iter), r!(iter as usize + 1), r!(pair), mode)?;
            let (v, how) = match step {
                Step::Yield(r) => (r, Value::TRUE),
                Step::Done(v) => (v, Value::smi(0)),
                Step::Return(v) => (v, Value::smi(2)),
            };
            set!(dst, v);
            set!(pair as usize + 1, how);
        }
        Op::AsyncIterValues { dst, src } => {
            set!(dst, crate::async_gen::iter_values(vm, r!(src), &proto.iter_text(pc))?)
        }
        Op::AsyncIterNext { dst, iter } => set!(dst, crate::async_gen::iter_next(vm, r!(iter))?),
        Op::AsyncIterResult { dst, src, iter } => match crate::async_gen::iter_result_value(vm, r!(iter), r!(src))? {
            Some(v) => {
                set!(dst, v);
                set!(dst as usize + 1, Value::FALSE);
            }
            None => set!(dst as usize + 1, Value::TRUE),
        },
        Op::AsyncIterClose { dst, iter } => {
            let r = crate::async_gen::iter_close(vm, r!(iter))?;
            set!(dst, r.unwrap_or(Value::UNDEFINED));
            set!(dst as usize + 1, Value::bool(r.is_some()));
        }
        Op::CheckResultObject { src } => crate::async_gen::check_result_object(vm, r!(src))?,
        Op::AsyncDelegateCall { dst, iter, pair } => {
            let mode = r!(pair as usize + 1).as_smi();
            let (v, how) = crate::async_gen::delegate_call(vm, r!(iter), mode, r!(pair))?;
            set!(dst, v);
            set!(pair as usize + 1, Value::smi(how));
        }
        Op::AsyncDelegateResult { dst, src } => {
            let (v, done) = crate::async_gen::delegate_result(vm, r!(src))?;
            set!(dst, v);
            set!(dst as usize + 1, Value::bool(done));
        }
        Op::DestructureIter { dst, src, k } => {
            // Printed by the compiler (`Compiler::iterable_text`); made
            // into a message only when the value is not iterable.
            let text = || proto.consts[k as usize].as_js_str().map(|s| s.view().to_string_lossy().into_owned());
            set!(dst, crate::objects::destructure_iter(vm, r!(src), text)?)
        }
        Op::DestructureCheck { src, k } => {
            // The message's text is made only for the error (every
            // `const {a, b} = this` ran the source printer before).
            if r!(src).is_nullish() {
                let what = proto.consts[k as usize].as_js_str().map(|s| destructured_text(&s.view().to_string_lossy()));
                crate::objects::destructure_check(vm, r!(src), &what.unwrap_or_default())?
            }
        }
        Op::DefineMethod { obj, key, func, kind } => {
            crate::classes::define_method(vm, r!(obj), r!(key), r!(func), kind)?
        }
        Op::NewClass { dst, ctor, parent } => set!(dst, crate::classes::new_class(vm, r!(ctor), r!(parent))?),
        Op::LoadReceiver { dst } => set!(dst, stack.get(base.wrapping_sub(1))),
        Op::AllocThis { dst, nt } => set!(dst, crate::classes::alloc_this(vm, r!(nt))?),
        Op::CheckThis { src } => {
            if r!(src) == Value::HOLE {
                return Err(crate::classes::this_unbound(vm));
            }
        }
        Op::BindThis { dst, src } => {
            if r!(dst) != Value::HOLE {
                return Err(crate::classes::super_called_twice(vm));
            }
            set!(dst, r!(src))
        }
        Op::CtorResult { dst, this, derived } => {
            set!(dst, crate::classes::ctor_result(vm, r!(dst), r!(this), derived != 0)?)
        }
        Op::SuperCtor { dst } => {
            set!(dst, crate::classes::super_ctor_cached(vm, proto, stack.get(base.wrapping_sub(2)))?)
        }
        Op::SuperCtorOf { dst, src } => set!(dst, crate::classes::super_ctor_cached(vm, proto, r!(src))?),
        Op::SuperCall { dst, func, argc } => {
            let list: Vec<Value> = (0..argc as usize).map(|i| r!(func as usize + ARGS_AFTER_FUNC + i)).collect();
            set!(dst, crate::classes::construct_with(vm, r!(func), &list, r!(func as usize + 1))?)
        }
        Op::SuperForward { dst } => {
            let argc = std::mem::take(&mut vm.forward_argc);
            let list: Vec<Value> = (0..argc).map(|i| r!(i)).collect();
            let parent = crate::classes::super_ctor(vm, stack.get(base.wrapping_sub(2)))?;
            let nt = stack.get(base.wrapping_sub(1));
            set!(dst, crate::classes::construct_with(vm, parent, &list, nt)?)
        }
        Op::DefinePrivate { obj, src, site } => {
            let site = &proto.sites[site as usize];
            crate::private::define(vm, site, site.atom, r!(obj), r!(src))?
        }
        Op::DefinePrivateAccessor { obj, get, set, site } => {
            let site = &proto.sites[site as usize];
            crate::private::define_accessor(vm, site, site.atom, r!(obj), r!(get), r!(set))?
        }
        Op::HasPrivate { dst, obj, site } => {
            let site = &proto.sites[site as usize];
            set!(dst, crate::private::has(vm, site, site.atom, r!(obj))?)
        }
        Op::NewRegExp { dst, k, flags } => {
            set!(dst, crate::regexp_object::literal(vm, proto.consts[k as usize], flags as u8)?)
        }
        Op::NewPrivateName { dst, k } => {
            let atom = crate::private::key_atom(proto.consts[k as usize]);
            set!(dst, crate::private::new_name(vm, atom))
        }
        Op::GetPrivate { dst, obj, key, site } => {
            let site = &proto.sites[site as usize];
            if crate::private::key_atom(r!(key)) == site.atom {
                set!(dst, crate::ic::get_named(vm, site, r!(obj))?)
            } else {
                set!(dst, crate::private::get_with_key(vm, site, r!(key), r!(obj))?)
            }
        }
        Op::SetPrivate { obj, src, key, site } => {
            let site = &proto.sites[site as usize];
            if crate::private::key_atom(r!(key)) == site.atom {
                crate::ic::set_named(vm, site, r!(obj), r!(src), proto.strict)?
            } else {
                crate::private::set_with_key(vm, site, r!(key), r!(obj), r!(src))?
            }
        }
        Op::DefinePrivateKey { obj, src, key, site } => {
            let atom = crate::private::key_atom(r!(key));
            crate::private::define(vm, &proto.sites[site as usize], atom, r!(obj), r!(src))?
        }
        Op::DefinePrivateAccessorKey { obj, pair, key, site } => {
            let atom = crate::private::key_atom(r!(key));
            let (g, s) = (r!(pair), r!(pair as usize + 1));
            crate::private::define_accessor(vm, &proto.sites[site as usize], atom, r!(obj), g, s)?
        }
        Op::HasPrivateKey { dst, obj, key, site } => {
            let atom = crate::private::key_atom(r!(key));
            set!(dst, crate::private::has(vm, &proto.sites[site as usize], atom, r!(obj))?)
        }
        Op::LoadHome { dst } => {
            let f = stack.get(base.wrapping_sub(2));
            set!(dst, f.as_object().map_or(Value::UNDEFINED, |o| o.home()))
        }
        Op::SuperCallSpread { dst, func, args } => {
            let list = crate::objects::list_of(vm, r!(args));
            set!(dst, crate::classes::construct_with(vm, r!(func), &list, r!(func as usize + 1))?)
        }
        Op::SetProto { obj, src } => {
            let (o, p) = (r!(obj), r!(src));
            if let (Some(o), true) = (o.as_object(), p.as_object().is_some() || p == Value::NULL) {
                o.set_proto(&mut vm.shapes, p);
            }
        }
        Op::LoadNewTarget { dst } => set!(dst, std::mem::replace(&mut vm.new_target, Value::UNDEFINED)),
        Op::ToKey { dst, src } => {
            let key = crate::property::to_key(vm, r!(src))?;
            set!(dst, crate::property::key_value(vm, key))
        }
        Op::MakeMethod { dst, func, home } => set!(dst, crate::classes::method_copy(vm, r!(func), r!(home))?),
        Op::SetSuper { this, key, src } => {
            let f = stack.get(base.wrapping_sub(2));
            crate::classes::set_super(vm, f, r!(this), r!(key), r!(src), proto.strict)?
        }
        Op::GetSuperStatic { dst, home, key } => {
            set!(dst, crate::classes::get_super_of(vm, r!(home), r!(home), r!(key))?)
        }
        Op::SetSuperStatic { home, key, src } => {
            crate::classes::set_super_of(vm, r!(home), r!(home), r!(key), r!(src), true)?
        }
        Op::GetSuper { dst, this, key } => {
            set!(dst, crate::classes::get_super(vm, stack.get(base.wrapping_sub(2)), r!(this), r!(key))?)
        }
        Op::Neg { dst, src } => set!(dst, ops::negate(vm, r!(src))?),
        Op::ToNumber { dst, src } => set!(dst, ops::to_number_value(vm, r!(src))?),
        Op::Not { dst, src } => set!(dst, Value::bool(!r!(src).truthy())),
        Op::BitNot { dst, src } => set!(dst, ops::bit_not(vm, r!(src))?),
        Op::Typeof { dst, src } => set!(dst, type_of_value(vm, r!(src))),
        Op::TypeofGlobal { dst, g } => {
            let v = globals.get(g as usize);
            if v == Value::HOLE && vm.globals.kinds[g as usize] != GlobalKind::Undeclared {
                return Err(unbound_global(vm, g));
            }
            let v = if v == Value::HOLE { inherited_global(vm, g)?.unwrap_or(Value::UNDEFINED) } else { v };
            set!(dst, type_of_value(vm, v));
        }
        Op::GetLength { dst, src } => set!(dst, ops::length(vm, r!(src))?),

        Op::Print { base: first, argc } => print(vm, base + first as usize, argc as usize)?,
        Op::Throw { kind, k } => {
            let message = crate::format::lossy(proto.consts[k as usize]);
            return Err(vm.throw_error(kind, &message));
        }
        Op::ThrowValue { src } => return Err(vm.throw_value(r!(src))),
        Op::Rethrow { src } => return Err(vm.rethrow_value(r!(src), r!(src as usize + 1))),
        Op::Jump { .. }
        | Op::Loop { .. }
        | Op::JumpIfTrue { .. }
        | Op::JumpIfFalse { .. }
        | Op::JumpIfNotNullish { .. }
        | Op::JumpIfNotLt { .. }
        | Op::JumpIfNotLe { .. }
        | Op::JumpIfNotGt { .. }
        | Op::JumpIfNotGe { .. }
        | Op::JumpIfNotEq { .. }
        | Op::JumpIfNotNe { .. }
        | Op::JumpIfNotStrictEq { .. }
        | Op::JumpIfNotStrictNe { .. }
        | Op::IterNext { .. }
        | Op::Call { .. }
        | Op::Return { .. } => unreachable!("control flow is not generic: {:?}", op),
    }
    Ok(())
}

/// `this` as a sloppy-mode function sees it: undefined and null become
/// the global object, a primitive its wrapper object.
#[inline]
pub fn this_value(vm: &mut Vm, receiver: Value) -> JsResult<Value> {
    if receiver.is_nullish() {
        Ok(vm.realm.global_this)
    } else if !crate::ops::is_primitive(receiver) {
        Ok(receiver)
    } else {
        // A sloppy function called on a primitive sees it boxed.
        Ok(crate::property::wrap_primitive(vm, receiver))
    }
}

/// The condition of a conditional jump: true when the jump is taken.
pub fn jump_taken(vm: &mut Vm, base: usize, op: Op) -> JsResult<bool> {
    let stack = vm.stack.view();
    let r = |reg: u8| stack.get(base + reg as usize);
    Ok(match op {
        Op::JumpIfTrue { src, .. } => r(src).truthy(),
        Op::JumpIfFalse { src, .. } => !r(src).truthy(),
        Op::JumpIfNotNullish { src, .. } => !r(src).is_nullish(),
        Op::JumpIfNotLt { a, b, .. } => !ops::compare(vm, Cmp::Lt, r(a), r(b))?,
        Op::JumpIfNotLe { a, b, .. } => !ops::compare(vm, Cmp::Le, r(a), r(b))?,
        Op::JumpIfNotGt { a, b, .. } => !ops::compare(vm, Cmp::Gt, r(a), r(b))?,
        Op::JumpIfNotGe { a, b, .. } => !ops::compare(vm, Cmp::Ge, r(a), r(b))?,
        Op::JumpIfNotEq { a, b, .. } => !ops::loose_equals(vm, r(a), r(b))?,
        Op::JumpIfNotNe { a, b, .. } => ops::loose_equals(vm, r(a), r(b))?,
        Op::JumpIfNotStrictEq { a, b, .. } => !strict_eq(r(a), r(b)),
        Op::JumpIfNotStrictNe { a, b, .. } => strict_eq(r(a), r(b)),
        Op::IterNext { dst, iter, .. } => match crate::objects::iter_next(vm, r(iter))? {
            Some(v) => {
                stack.set(base + dst as usize, v);
                false
            }
            None => true,
        },
        Op::Jump { .. } | Op::Loop { .. } => true,
        _ => false,
    })
}

/// `===`, with the Smi case first.
#[inline]
pub fn strict_eq(x: Value, y: Value) -> bool {
    if Value::both_smi(x, y) {
        return x == y;
    }
    // An immediate (undefined, null, a boolean) equals only itself: the
    // common `x === null` needs no look at the heap.
    if (!x.is_ptr() && !x.is_smi()) || (!y.is_ptr() && !y.is_smi()) {
        return x == y;
    }
    ops::strict_equals(x, y)
}

/// Reads a global that holds no value: an undeclared name may still be a
/// property the global object inherits from Object.prototype (`toString`,
/// `constructor`, `__proto__` …, as node's free names resolve there);
/// otherwise node's ReferenceError.
pub fn read_unbound_global(vm: &mut Vm, g: u32) -> JsResult<Value> {
    if let Some(v) = inherited_global(vm, g)? {
        return Ok(v);
    }
    Err(unbound_global(vm, g))
}

/// What an undeclared global `g` reads from the global object's
/// prototypes (its own, then Object.prototype), if one has it.
fn inherited_global(vm: &mut Vm, g: u32) -> JsResult<Option<Value>> {
    if vm.globals.kinds[g as usize] != GlobalKind::Undeclared {
        return Ok(None);
    }
    let name = vm.globals.names[g as usize].clone();
    let key = crate::property::key_of_str(vm, &name);
    let this = vm.realm.global_this;
    let Some(first) = this.as_object().and_then(|o| o.proto().as_object()) else { return Ok(None) };
    let mut cur = first;
    loop {
        if crate::property::get_own(vm, cur, key).is_some() {
            return crate::property::get_with_receiver(vm, first, key, this).map(Some);
        }
        match cur.proto().as_object() {
            Some(p) => cur = p,
            None => return Ok(None),
        }
    }
}

/// Throws the error for reading a global that holds no value yet.
pub fn unbound_global(vm: &mut Vm, g: u32) -> Thrown {
    let name = &vm.globals.names[g as usize];
    let message = match vm.globals.kinds[g as usize] {
        // A built-in of JavaScript or node that stitch does not provide.
        GlobalKind::Undeclared if crate::compiler::JS_BUILTINS.contains(&&**name) => {
            format!("stitch does not support `{}` (a JavaScript built-in)", name)
        }
        GlobalKind::Undeclared => format!("{} is not defined", name),
        _ => format!("Cannot access '{}' before initialization", name),
    };
    vm.throw_error(ErrorKind::ReferenceError, &message)
}

/// `delete obj[key]`; in strict code a property that cannot be removed is
/// V8's TypeError instead of `false`.
fn delete(vm: &mut Vm, obj: Value, key: crate::heap::PropKey, strict: bool) -> JsResult<bool> {
    let done = crate::property::delete(vm, obj, key)?;
    if !done && strict {
        let k = crate::property::key_text(vm, key);
        // A string (primitive or wrapped) is V8's `[object String]`.
        let boxed = obj
            .as_object()
            .is_some_and(|o| matches!(o.class, crate::heap::object::ObjClass::Boxed(p) if p.is_string()));
        let text = if obj.is_string() || boxed {
            "[object String]".to_string()
        } else {
            crate::property::receiver_text(vm, obj)
        };
        let msg = format!("Cannot delete property '{}' of {}", k, text);
        return Err(vm.throw_error(ErrorKind::TypeError, &msg));
    }
    Ok(done)
}

/// Assignment to a global: const and TDZ checks; an undeclared name becomes
/// a new global variable, as in sloppy-mode JavaScript.
pub fn set_global(vm: &mut Vm, g: u32, v: Value, strict: bool) -> JsResult<()> {
    let i = g as usize;
    match vm.globals.kinds[i] {
        GlobalKind::Const if vm.globals.get(g) != Value::HOLE => {
            return Err(vm.throw_error(ErrorKind::TypeError, "Assignment to constant variable."))
        }
        GlobalKind::Let | GlobalKind::Const if vm.globals.get(g) == Value::HOLE => return Err(unbound_global(vm, g)),
        GlobalKind::Undeclared if strict => return Err(unbound_global(vm, g)),
        GlobalKind::Undeclared => {
            vm.globals.kinds[i] = GlobalKind::Var;
            vm.globals.make_visible(g, true);
            // The global object lists its keys by atom.
            let name = vm.globals.names[i].clone();
            vm.atoms.intern(&name);
        }
        _ => {}
    }
    vm.globals.slots.set(i, v);
    Ok(())
}

pub fn type_of_value(vm: &mut Vm, v: Value) -> Value {
    let name = ops::type_of(v);
    vm.static_string(name)
}

/// console.log: arguments separated by spaces, each formatted like node.
#[inline(never)]
pub fn print(vm: &mut Vm, first: usize, argc: usize) -> JsResult<()> {
    let stack = vm.stack.view();
    let args: Vec<Value> = (0..argc).map(|i| stack.get(first + i)).collect();
    let line = crate::show::console_line(vm, &args)?;
    write_line(vm, &line, false);
    Ok(())
}

/// Writes `text` and a newline to stdout (or stderr), indented as the
/// open groups say.
pub fn write_line(vm: &mut Vm, text: &str, to_stderr: bool) {
    use std::io::Write;
    let mut line = String::with_capacity(text.len() + 1);
    let indent = " ".repeat(vm.console_state.indent);
    if indent.is_empty() {
        line.push_str(text);
    } else {
        line.push_str(&indent);
        line.push_str(&text.replace('\n', &format!("\n{indent}")));
    }
    line.push('\n');
    vm.event.wrote = true;
    // A closed stdout (e.g. piped into `head`) is not the program's error.
    if to_stderr {
        // stdout first, so that the two streams interleave as node's
        // (synchronous on pipes and files) do.
        let _ = vm.out.flush();
        let _ = std::io::stderr().write_all(line.as_bytes());
    } else {
        let _ = vm.out.write_all(line.as_bytes());
    }
}
