//! The instruction table: every bytecode instruction, declared once.
//!
//! This one file is compiled twice, like `src/jit/abi.rs`: into the library
//! and into the build script (via `#[path]`). Everything that lists the
//! instructions is derived from the table by handing `for_each_op!` a macro
//! that receives every row: the `Op` enum, `OP_NAMES`, `Op::index`,
//! `every_op`, the bytecode listing, jump-target access (`src/bytecode.rs`);
//! the JIT's decoder, which picks each instruction's stencil and feeds its
//! holes (`src/jit/decode.rs`); and the list of instructions each stencil
//! serves (`build/stencils.rs`). Adding an instruction is one row here, its
//! semantics (an interpreter arm, and `exec_generic` or `jump_taken` for the
//! JIT's slow path) and its stencil, if it is not served by `SLOW`.
//!
//! A row is
//!
//! ```text
//! /// doc
//! Name { field: Kind, ... } => FAST [or SLOW if CONDITION] [, listed "FORMAT"];
//! ```
//!
//! **Operand kinds** fix each field's Rust type, what the JIT's decoder does
//! with it, how the listing prints it and the value `every_op` gives it:
//!
//! | kind | type | decoder input | listing | `every_op` |
//! |---|---|---|---|---|
//! | `Dst` | `Reg` | `IN_DST` (the register written) | `r1` | r0 |
//! | `A` | `Reg` | `IN_A` (first source; a call's callee) | `r1` | r1 |
//! | `B` | `Reg` | `IN_B` (second source) | `r1` | r2 |
//! | `Base` | `Reg` | none: the first of `argc` registers (the helper reads them) | `r1` | r1 |
//! | `Argc` | `u8` | none | `argc=1` | 1 |
//! | `Const` | `u32` | `IN_PAYLOAD`: the constant's bits | `k0 (value)` | k0 |
//! | `Imm` | `i16` | `IN_PAYLOAD`: the immediate as a Smi | `imm=1` | 1 |
//! | `Global` | `u32` | none: the helper looks the global up | `g=0` | g0 |
//! | `GlobalSlot` | `u32` | `IN_PAYLOAD`: the global's slot address | `g=0` | g0 |
//! | `Target` | `u32` | `IN_TARGET`: a jump target (instruction index) | `->5` | 0 |
//! | `Counter` | `u16` | none: the loop's back-edge counter (OSR) | `counter=0` | 0 |
//! | `Error` | `ErrorKind` | none: the kind of error a helper raises | `TypeError` | TypeError |
//! | `C` | `Reg` | `IN_C` (a third source) | `r1` | r2 |
//! | `Site` | `u32` | none: a property site (`FuncProto::sites`: its name and inline cache) | `.name ic0` | ic0 |
//! | `Depth` | `u8` | `IN_AUX`: how many context parents to walk | `1` | 1 |
//! | `Slot` | `u8` | `IN_PAYLOAD`: a context slot | `0` | 0 |
//!
//! (`argc=1`, `g=0` …: the field's own name, then its value.) A new kind is
//! a line in each of `OperandKind`, `operand_type!`, `sample_operand!` and
//! `operand_text!` (`src/bytecode.rs`) and `operand!` (`src/jit/decode.rs`).
//!
//! **Stencils** are named by their id in `jit::stencils::id` (the stencil's
//! name upper-cased). `FAST` serves the instruction; each optional
//! `or OTHER if CONDITION` names a stencil used instead (the first whose
//! condition holds) when
//!
//! * `no_smi`: the compile has `--no-smi-fast-paths` (`SLOW` is then the
//!   slow-only stencil that runs the instruction through a helper);
//! * `no_slot`: the `GlobalSlot` operand has no slot the code may read
//!   directly;
//! * `no_store`: the `GlobalSlot` operand has no slot the code may store to
//!   (a binding that can become read-only must go through the helper);
//! * `no_ic`: the compile has `--no-inline-caches` (property access then
//!   always runs through `exec_op`, with no inline fast path or cache);
//! * `length_site`: the `Site` operand names `length` (an array's length
//!   is not in a slot).
//! * `math_sqrt`, `math_abs`, `math_floor`: the call's callee was just
//!   read as property `sqrt` (...) and the compile inlines `Math`
//!   (`jit::decode::Env::math_call`; the stencil still guards on the
//!   callee).
//! * `char_code_at`: likewise for property `charCodeAt` (a string method:
//!   the stencil also guards on the receiver being a string).
//! * `mod_const`, `mod_const_smi`: the `%`'s divisor register was written
//!   by the instruction just before, a `LoadConst` of a Smi of at least 2
//!   (`x % 7`), with (without) the double paths: the stencil divides by
//!   multiplying with the reciprocal the decoder puts in the payload
//!   (`Env::mod_magic`), and checks the remainder it finds.
//! * `div_const`, `div_const_smi`, `div_const_own`: likewise for a `/`
//!   (`x / 2`): the quotient by the reciprocal, kept when it multiplies
//!   back to the dividend (`_own`: into an owning register).
//! * `from_char_code`, `array_push`, `array_pop`, `string_index_of`: likewise for properties
//!   `fromCharCode`, `push` and `pop` (the push and pop stencils also
//!   guard on the receiver being an extensible array).
//! * `own`: the destination is an owning register (`jit::owned`: a
//!   register every instruction reads only as a number), so a double
//!   result may overwrite the box it holds; `fuse_add_l_own` ...: a fused
//!   pair whose destination is one.
//! * `smi_const`: the right operand of a `===`/`!==` (a jump, or a value)
//!   was loaded with a Smi by the instruction just before, and nothing jumps between them
//!   (`jit::decode::Env::smi_const`): the `_k` stencil compares with the
//!   Smi as an immediate (with the double paths only; `--no-smi-fast-paths`
//!   turns it off with the rest).
//! * `k_const`, `k_own`: the right operand was loaded with a Smi by the
//!   instruction just before (`x + 1`, `i < 10`), nothing jumps between
//!   them, and the left operand is another register
//!   (`jit::decode::Env::k_operand`): the `_k` stencil takes the Smi as an
//!   immediate (`Const` hole) instead of reading its slot (`_k_own`: into
//!   an owning register). `--no-const-operands` turns them off.
//! * `folded`: the `LoadConst`'s register feeds the next instruction's
//!   `_k` stencil and nothing reads it after that
//!   (`jit::decode::Env::folded_const`): `load_const_folded` emits
//!   nothing, and the `_k` stencil stores the constant into the slot
//!   itself, on its cold path, before anything reads the slots.
//! * `known_global`, `folded_global`: the global is an initialized
//!   `const` holding a Smi or an immediate (`jit::compile::GlobalAddr`),
//!   which can never change: the read is `load_const` of that value (no
//!   load, no TDZ check), or nothing when a `_k` stencil takes it as an
//!   immediate and nothing reads the register after (as `folded`).
//! * `no_alloc`: the compile has `--no-inline-alloc` (no inline `{}`, and
//!   `new`/`super(...)` never call a constructor's code directly).
//!
//! **Listing**: by default the name, then each operand as above, separated
//! by spaces (`Add r0 r1 r2`); `listed "FORMAT"` replaces the operands with
//! a `format!` string that names them (`{dst} <- {k}`).
//!
//! The order of the rows is the order of `Op::index`.

/// Calls `$m! { rows }` with every row of the table, in order.
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            Mov { dst: Dst, src: A } => MOV;
            /// Any constant: Smi, double, string, function, undefined, null, booleans.
            LoadConst { dst: Dst, k: Const } => LOAD_CONST or LOAD_CONST_FOLDED if folded, listed "{dst} <- {k}";
            GetGlobal { dst: Dst, g: GlobalSlot } => GET_GLOBAL or SLOW if no_slot or LOAD_CONST_FOLDED if folded_global or LOAD_CONST if known_global;
            /// Assignment to an existing global (TDZ and const checked at run time).
            SetGlobal { g: GlobalSlot, src: A } => SET_GLOBAL or SLOW if no_store;
            /// The declaration of a global: creates or initialises the binding.
            InitGlobal { g: Global, src: A } => SLOW;

            Add { dst: Dst, a: A, b: B } => ADD or SLOW if no_smi or ADD_SMI if no_double or FUSE_ADD_ADD_L_OWN if fuse_add_l_own or FUSE_ADD_ADD_L if fuse_add_l or FUSE_ADD_ADD_R_OWN if fuse_add_r_own or FUSE_ADD_ADD_R if fuse_add_r or FUSE_ADD_SUB_L_OWN if fuse_sub_l_own or FUSE_ADD_SUB_L if fuse_sub_l or FUSE_ADD_SUB_R_OWN if fuse_sub_r_own or FUSE_ADD_SUB_R if fuse_sub_r or FUSE_ADD_MUL_L_OWN if fuse_mul_l_own or FUSE_ADD_MUL_L if fuse_mul_l or FUSE_ADD_MUL_R_OWN if fuse_mul_r_own or FUSE_ADD_MUL_R if fuse_mul_r or FUSE_ADD_DIV_L_OWN if fuse_div_l_own or FUSE_ADD_DIV_L if fuse_div_l or FUSE_ADD_DIV_R_OWN if fuse_div_r_own or FUSE_ADD_DIV_R if fuse_div_r or ADD_K_OWN if k_own or ADD_K if k_const or ADD_OWN if own;
            /// `a + imm`: the compiler's form of `x + 1`, `x - 1`, `x++`.
            AddImm { dst: Dst, a: A, imm: Imm } => ADD_IMM or SLOW if no_smi or ADD_IMM_SMI if no_double or ADD_IMM_OWN if own;
            Sub { dst: Dst, a: A, b: B } => SUB or SLOW if no_smi or SUB_SMI if no_double or FUSE_SUB_ADD_L_OWN if fuse_add_l_own or FUSE_SUB_ADD_L if fuse_add_l or FUSE_SUB_ADD_R_OWN if fuse_add_r_own or FUSE_SUB_ADD_R if fuse_add_r or FUSE_SUB_SUB_L_OWN if fuse_sub_l_own or FUSE_SUB_SUB_L if fuse_sub_l or FUSE_SUB_SUB_R_OWN if fuse_sub_r_own or FUSE_SUB_SUB_R if fuse_sub_r or FUSE_SUB_MUL_L_OWN if fuse_mul_l_own or FUSE_SUB_MUL_L if fuse_mul_l or FUSE_SUB_MUL_R_OWN if fuse_mul_r_own or FUSE_SUB_MUL_R if fuse_mul_r or FUSE_SUB_DIV_L_OWN if fuse_div_l_own or FUSE_SUB_DIV_L if fuse_div_l or FUSE_SUB_DIV_R_OWN if fuse_div_r_own or FUSE_SUB_DIV_R if fuse_div_r or SUB_K_OWN if k_own or SUB_K if k_const or SUB_OWN if own;
            Mul { dst: Dst, a: A, b: B } => MUL or SLOW if no_smi or MUL_SMI if no_double or FUSE_MUL_ADD_L_OWN if fuse_add_l_own or FUSE_MUL_ADD_L if fuse_add_l or FUSE_MUL_ADD_R_OWN if fuse_add_r_own or FUSE_MUL_ADD_R if fuse_add_r or FUSE_MUL_SUB_L_OWN if fuse_sub_l_own or FUSE_MUL_SUB_L if fuse_sub_l or FUSE_MUL_SUB_R_OWN if fuse_sub_r_own or FUSE_MUL_SUB_R if fuse_sub_r or FUSE_MUL_MUL_L_OWN if fuse_mul_l_own or FUSE_MUL_MUL_L if fuse_mul_l or FUSE_MUL_MUL_R_OWN if fuse_mul_r_own or FUSE_MUL_MUL_R if fuse_mul_r or FUSE_MUL_DIV_L_OWN if fuse_div_l_own or FUSE_MUL_DIV_L if fuse_div_l or FUSE_MUL_DIV_R_OWN if fuse_div_r_own or FUSE_MUL_DIV_R if fuse_div_r or MUL_K_OWN if k_own or MUL_K if k_const or MUL_OWN if own;
            Div { dst: Dst, a: A, b: B } => DIV or SLOW if no_smi or DIV_CONST_SMI if div_const_smi or DIV_SMI if no_double or DIV_CONST_OWN if div_const_own or DIV_CONST if div_const or FUSE_DIV_ADD_L_OWN if fuse_add_l_own or FUSE_DIV_ADD_L if fuse_add_l or FUSE_DIV_ADD_R_OWN if fuse_add_r_own or FUSE_DIV_ADD_R if fuse_add_r or FUSE_DIV_SUB_L_OWN if fuse_sub_l_own or FUSE_DIV_SUB_L if fuse_sub_l or FUSE_DIV_SUB_R_OWN if fuse_sub_r_own or FUSE_DIV_SUB_R if fuse_sub_r or FUSE_DIV_MUL_L_OWN if fuse_mul_l_own or FUSE_DIV_MUL_L if fuse_mul_l or FUSE_DIV_MUL_R_OWN if fuse_mul_r_own or FUSE_DIV_MUL_R if fuse_mul_r or FUSE_DIV_DIV_L_OWN if fuse_div_l_own or FUSE_DIV_DIV_L if fuse_div_l or FUSE_DIV_DIV_R_OWN if fuse_div_r_own or FUSE_DIV_DIV_R if fuse_div_r or DIV_OWN if own;
            Mod { dst: Dst, a: A, b: B } => MOD or SLOW if no_smi or MOD_CONST_SMI if mod_const_smi or MOD_SMI if no_double or MOD_CONST if mod_const;
            Pow { dst: Dst, a: A, b: B } => SLOW;
            BitAnd { dst: Dst, a: A, b: B } => BIT_AND or SLOW if no_smi;
            BitOr { dst: Dst, a: A, b: B } => BIT_OR or SLOW if no_smi;
            BitXor { dst: Dst, a: A, b: B } => BIT_XOR or SLOW if no_smi;
            Shl { dst: Dst, a: A, b: B } => SHL or SLOW if no_smi;
            Shr { dst: Dst, a: A, b: B } => SHR or SLOW if no_smi;
            UShr { dst: Dst, a: A, b: B } => USHR or SLOW if no_smi;
            // Loose and strict equality agree on two Smis; the slow path
            // tells them apart.
            Eq { dst: Dst, a: A, b: B } => STRICT_EQ or SLOW if no_smi or STRICT_EQ_SMI if no_double;
            Ne { dst: Dst, a: A, b: B } => STRICT_NE or SLOW if no_smi or STRICT_NE_SMI if no_double;
            StrictEq { dst: Dst, a: A, b: B } => IDENTICAL or SLOW if no_smi or IDENTICAL_SMI if no_double or IDENTICAL_K if smi_const;
            StrictNe { dst: Dst, a: A, b: B } => NOT_IDENTICAL or SLOW if no_smi or NOT_IDENTICAL_SMI if no_double or NOT_IDENTICAL_K if smi_const;
            Lt { dst: Dst, a: A, b: B } => LT or SLOW if no_smi or LT_SMI if no_double;
            Le { dst: Dst, a: A, b: B } => LE or SLOW if no_smi or LE_SMI if no_double;
            Gt { dst: Dst, a: A, b: B } => GT or SLOW if no_smi or GT_SMI if no_double;
            Ge { dst: Dst, a: A, b: B } => GE or SLOW if no_smi or GE_SMI if no_double;
            /// `a in b`
            In { dst: Dst, a: A, b: B } => SLOW;
            /// `a instanceof b`
            InstanceOf { dst: Dst, a: A, b: B } => INSTANCE_OF;

            Neg { dst: Dst, src: A } => NEG or SLOW if no_smi or NEG_SMI if no_double;
            /// Unary `+`, and the old value of a postfix `x++`.
            ToNumber { dst: Dst, src: A } => TO_NUMBER or SLOW if no_smi;
            Not { dst: Dst, src: A } => NOT;
            BitNot { dst: Dst, src: A } => BIT_NOT or SLOW if no_smi;
            Typeof { dst: Dst, src: A } => SLOW;
            /// `typeof name` for a global: no ReferenceError when it was never declared.
            TypeofGlobal { dst: Dst, g: Global } => SLOW;
            /// `x.length` (strings, functions; undefined for other primitives).
            GetLength { dst: Dst, src: A } => SLOW;

            Jump { target: Target } => JUMP;
            /// A loop's back edge: counts iterations for on-stack replacement and
            /// polls for an interrupt (Ctrl-C), then jumps to the loop header.
            Loop { target: Target, counter: Counter } => LOOP;
            JumpIfTrue { src: A, target: Target } => JUMP_IF_TRUE;
            JumpIfFalse { src: A, target: Target } => JUMP_IF_FALSE;
            /// Jumps when `src` is neither null nor undefined (for `??`).
            JumpIfNotNullish { src: A, target: Target } => JUMP_IF_NOT_NULLISH;
            /// Fused compare-and-branch: jumps when the comparison is false.
            JumpIfNotLt { a: A, b: B, target: Target } => JUMP_IF_NOT_LT or SLOW_COND if no_smi or JUMP_IF_NOT_LT_SMI if no_double or JUMP_IF_NOT_LT_K if k_const;
            JumpIfNotLe { a: A, b: B, target: Target } => JUMP_IF_NOT_LE or SLOW_COND if no_smi or JUMP_IF_NOT_LE_SMI if no_double or JUMP_IF_NOT_LE_K if k_const;
            JumpIfNotGt { a: A, b: B, target: Target } => JUMP_IF_NOT_GT or SLOW_COND if no_smi or JUMP_IF_NOT_GT_SMI if no_double or JUMP_IF_NOT_GT_K if k_const;
            JumpIfNotGe { a: A, b: B, target: Target } => JUMP_IF_NOT_GE or SLOW_COND if no_smi or JUMP_IF_NOT_GE_SMI if no_double or JUMP_IF_NOT_GE_K if k_const;
            JumpIfNotEq { a: A, b: B, target: Target } => JUMP_IF_NOT_EQ or SLOW_COND if no_smi or JUMP_IF_NOT_EQ_SMI if no_double;
            JumpIfNotNe { a: A, b: B, target: Target } => JUMP_IF_NOT_NE or SLOW_COND if no_smi or JUMP_IF_NOT_NE_SMI if no_double;
            JumpIfNotStrictEq { a: A, b: B, target: Target } => JUMP_IF_NOT_STRICT_EQ or SLOW_COND if no_smi or JUMP_IF_NOT_STRICT_EQ_SMI if no_double or JUMP_IF_NOT_STRICT_EQ_K if smi_const;
            JumpIfNotStrictNe { a: A, b: B, target: Target } => JUMP_IF_NOT_STRICT_NE or SLOW_COND if no_smi or JUMP_IF_NOT_STRICT_NE_SMI if no_double or JUMP_IF_NOT_STRICT_NE_K if smi_const;

            /// `r[dst] = r[func](r[func+1], ..., r[func+argc])`.
            Call { dst: Dst, func: A, argc: Argc } => CALL or CALL_SQRT if math_sqrt or CALL_ABS if math_abs or CALL_FLOOR if math_floor or CALL_CEIL if math_ceil or CALL_ROUND if math_round or CALL_TRUNC if math_trunc or CALL_MIN if math_min or CALL_MAX if math_max or CALL_CHAR_CODE_AT if char_code_at or CALL_FROM_CHAR_CODE if from_char_code or CALL_PUSH if array_push or CALL_POP if array_pop or CALL_INDEX_OF if string_index_of;
            Return { src: A } => RETURN;
            /// `console.log(r[base], ..., r[base+argc-1])`.
            Print { base: Base, argc: Argc } => SLOW;
            /// Throws a new error of `kind` whose message is string constant `k`
            /// (the compiler's static TDZ and const errors).
            Throw { kind: Error, k: Const } => SLOW;

            /// `dst = obj.name`, the name and inline cache being property site `site`.
            GetNamed { dst: Dst, obj: A, site: Site } => GET_NAMED or SLOW if no_ic or GET_LENGTH if length_site or GET_NAMED_PROTO if proto_site;
            /// `obj.name = src`.
            SetNamed { obj: A, src: B, site: Site } => SET_NAMED or SLOW if no_ic;
            /// `dst = obj[key]`.
            GetIndex { dst: Dst, obj: A, key: B } => GET_INDEX or SLOW if no_ic;
            /// `obj[key] = src`.
            SetIndex { obj: A, key: B, src: C } => SET_INDEX or SLOW if no_ic;
            /// `dst = delete obj.name`.
            DeleteNamed { dst: Dst, obj: A, site: Site } => SLOW;
            /// `dst = delete obj[key]`.
            DeleteIndex { dst: Dst, obj: A, key: B } => SLOW;
            /// `dst = this` (the slot below the frame).
            LoadThis { dst: Dst } => LOAD_THIS;
            /// `dst = {}`, an object literal with `size` named properties (a
            /// hint: more than `heap::object::INLINE` gets a wide cell).
            NewObject { dst: Dst, size: Argc } => NEW_OBJECT or SLOW if no_alloc or NEW_OBJECT_WIDE if wide_object;
            /// `dst = [r[base], ..., r[base+argc-1]]` (a HOLE register is a hole).
            NewArray { dst: Dst, base: Base, argc: Argc } => SLOW or NEW_ARRAY if empty_array;
            /// Appends `r[base..base+argc]` to array `arr` (long literals).
            ArrayAppend { arr: A, base: Base, argc: Argc } => SLOW;
            /// Appends every item of iterable `src` to array `arr` (`[...src]`).
            ArraySpread { arr: A, src: B } => SLOW;
            /// Copies the own enumerable properties of `src` into `obj` (`{...src}`).
            ObjectSpread { obj: A, src: B } => SLOW;
            /// An object pattern's rest element: copies the own enumerable properties
            /// of `src` into `obj` but for the keys in `r[base..base+argc]`, whose
            /// getters are never called.
            ObjectRest { obj: A, src: B, base: Base, argc: Argc } => SLOW;
            /// `dst` = an iterator over the enumerable keys of `src` (`for...in`).
            IterKeys { dst: Dst, src: A } => SLOW;
            /// `dst` = an iterator over the values of `src` (`for...of`).
            IterValues { dst: Dst, src: A } => SLOW;
            /// Jumps to `target` when iterator `iter` is done, else puts its next item in `dst`.
            IterNext { dst: Dst, iter: A, target: Target } => SLOW_COND;
            /// `r[dst] = r[func](...r[args])`, `this` in `r[func+1]` (a call with spread).
            CallSpread { dst: Dst, func: A, args: B } => SLOW;
            /// `r[dst] = new r[func](r[func+2], ..., r[func+1+argc])`.
            New { dst: Dst, func: A, argc: Argc } => NEW_CALL or SLOW if no_alloc;
            /// `r[dst] = new r[func](...r[args])`.
            NewSpread { dst: Dst, func: A, args: B } => SLOW;

            // Closures (`src/closure.rs`; ARCHITECTURE.md, "Closures").
            /// `dst` = a new context of `size` slots (HOLE) whose parent is `r[parent]`.
            NewContext { dst: Dst, parent: A, size: Argc } => SLOW;
            /// `dst` = a copy of context `r[src]` (a `for (let …)` loop's next iteration).
            CopyContext { dst: Dst, src: A } => SLOW;
            /// `dst` = the environment of the running closure (`r[-2]`'s context).
            LoadEnv { dst: Dst } => LOAD_ENV;
            /// `dst` = slot `slot` of the context `depth` parents up from `r[ctx]`.
            GetScoped { dst: Dst, ctx: A, depth: Depth, slot: Slot } => GET_SCOPED, listed "{dst} <- {ctx}^{depth}[{slot}]";
            /// Slot `slot` of the context `depth` parents up from `r[ctx]` = `r[src]`.
            SetScoped { ctx: A, src: B, depth: Depth, slot: Slot } => SET_SCOPED, listed "{ctx}^{depth}[{slot}] <- {src}";
            /// Throws `ReferenceError: Cannot access 'NAME' before initialization`
            /// (NAME: string constant `k`) when `r[src]` is HOLE.
            CheckHole { src: A, k: Const } => CHECK_HOLE;
            /// `dst` = a new closure of the function constant `k` over context `r[ctx]`.
            Closure { dst: Dst, k: Const, ctx: A } => SLOW;
            /// `dst` = an `arguments` object of the argument array `r[src]`.
            Arguments { dst: Dst, src: A } => SLOW;
            /// `dst` = the items of argument array `r[src]` from index `from` (a rest parameter).
            RestArgs { dst: Dst, src: A, from: Argc } => SLOW;
            /// Links `arguments[index]` (a sloppy function's mapped
            /// `arguments`, in `args`) with the parameter in context `ctx`'s `slot`.
            MapArgument { args: A, ctx: B, slot: Slot, index: Argc } => SLOW;
            /// Mapped parameter `index` was assigned `src`: `arguments[index]` follows.
            SyncArgument { args: A, src: B, index: Argc } => SLOW;
            /// `dst` = the running function itself (`r[-2]`: a named function
            /// expression's own name).
            LoadCallee { dst: Dst } => SLOW;
            /// `dst = String(src)` (ToString, as a template's substitution).
            ToStr { dst: Dst, src: A } => SLOW;
            /// The iterator of an array pattern over `src`; when `src` is not
            /// iterable, the TypeError quotes string `k` (V8's
            /// "x is not iterable") or, for undefined `k`, describes the value.
            DestructureIter { dst: Dst, src: A, k: Const } => SLOW;
            /// Throws `Cannot destructure {k} as it is undefined.` (or null)
            /// when `src` is nullish (an object pattern's value).
            DestructureCheck { src: A, k: Const } => SLOW;
            /// `throw src`.
            ThrowValue { src: A } => THROW_VALUE;
            /// Throws `src` again when a `finally` block ends after a throw
            /// (the error keeps the location of the throw it caught).
            Rethrow { src: A } => THROW_VALUE;
            // Classes and accessors (src/classes.rs has their semantics).
            /// Defines `r[func]` (a function constant: a fresh copy is made, whose
            /// home object is `obj`) as property `r[key]` of `obj`; `kind`: 0 a
            /// method, 1 a getter, 2 a setter, plus 4 when enumerable (object literals);
            /// 8: `r[func]` is a plain value, defined as an enumerable data property.
            DefineMethod { obj: A, key: B, func: C, kind: Imm } => SLOW;
            /// `dst` = a new class whose constructor is a copy of function constant
            /// `r[ctor]`, extending `r[parent]` (HOLE: no `extends`).
            NewClass { dst: Dst, ctor: A, parent: B } => SLOW;
            /// `dst = this` as strict code sees it (the slot below the frame, raw).
            LoadReceiver { dst: Dst } => LOAD_RECEIVER;
            /// A base class constructor's `this`: a new object whose prototype is
            /// `r[nt].prototype` (`nt`: new.target).
            AllocThis { dst: Dst, nt: A } => ALLOC_THIS or SLOW if no_alloc;
            /// ReferenceError unless `r[src]` (a derived constructor's `this`) is bound.
            CheckThis { src: A } => CHECK_THIS;
            /// Binds a derived constructor's `this` (`r[dst]`) to `r[src]` after
            /// `super(...)`; ReferenceError if already bound.
            BindThis { dst: Dst, src: A } => BIND_THIS;
            /// A constructor's result from returned value `r[dst]` and `this` in `r[this]`
            /// (`derived`: 1 in a derived class, whose `this` may be unbound).
            CtorResult { dst: Dst, this: A, derived: Imm } => CTOR_RESULT;
            /// `dst` = the running constructor's parent class (its prototype).
            SuperCtor { dst: Dst } => SUPER_CTOR or SLOW if no_ic;
            /// `dst` = the parent class of constructor `r[src]` (`super(...)` in an
            /// arrow, which is given its constructor).
            SuperCtorOf { dst: Dst, src: A } => SUPER_CTOR_OF or SLOW if no_ic;
            /// `super(...)`: constructs `r[func]` with `r[func+2..]` as arguments and
            /// `r[func+1]` as new.target.
            SuperCall { dst: Dst, func: A, argc: Argc } => SUPER_CALL or SLOW if no_alloc;
            /// A derived class's implicit constructor: `super(...arguments)`.
            SuperForward { dst: Dst } => SLOW;
            /// `dst = super[r[key]]`, read with `r[this]` as the receiver.
            GetSuper { dst: Dst, this: A, key: B } => SLOW;
            /// `super[r[key]] = r[src]`, with `r[this]` as the receiver.
            SetSuper { this: A, key: B, src: C } => SLOW;
            /// `dst = super[r[key]]` in a static initialiser: home object and
            /// receiver are the class `r[home]`.
            GetSuperStatic { dst: Dst, home: A, key: B } => SLOW;
            /// `super[r[key]] = r[src]` in a static initialiser (class `r[home]`).
            SetSuperStatic { home: A, key: B, src: C } => SLOW;
            // Private class members (src/private.rs, src/compiler/private.rs).
            /// Defines private name `site` of `obj` as `r[src]` (a field, a method or
            /// a holder, as the name was declared); TypeError when already there.
            DefinePrivate { obj: A, src: B, site: Site } => SLOW;
            /// Defines private accessor `site` of `obj`: getter `r[get]`, setter
            /// `r[set]` (undefined: none).
            DefinePrivateAccessor { obj: A, get: B, set: C, site: Site } => SLOW;
            /// `dst = #name in r[obj]` (`site` names `#name`).
            HasPrivate { dst: Dst, obj: A, site: Site } => SLOW;
            // The same for a class that may be evaluated more than once: the
            // private name is this evaluation's atom, in register `key`.
            /// `dst` = the atom private name `k` (a Smi, the compiled atom) has
            /// in this evaluation of its class.
            NewPrivateName { dst: Dst, k: Const } => SLOW;
            /// `dst = r[obj].#name`, `#name` being atom `r[key]`.
            GetPrivate { dst: Dst, obj: A, key: B, site: Site } => SLOW;
            /// `r[obj].#name = r[src]`, `#name` being atom `r[key]`.
            SetPrivate { obj: A, src: B, key: C, site: Site } => SLOW;
            /// `DefinePrivate` of atom `r[key]`.
            DefinePrivateKey { obj: A, src: B, key: C, site: Site } => SLOW;
            /// `DefinePrivateAccessor` of atom `r[key]`: getter `r[pair]`, setter
            /// `r[pair+1]`.
            DefinePrivateAccessorKey { obj: A, pair: B, key: C, site: Site } => SLOW;
            /// `dst = #name in r[obj]`, `#name` being atom `r[key]`.
            HasPrivateKey { dst: Dst, obj: A, key: B, site: Site } => SLOW;
            /// `dst` = the home object of the running function (a class
            /// constructor's: its prototype).
            LoadHome { dst: Dst } => SLOW;
            /// `dst` = a copy of function constant `r[func]` whose home object is `r[home]`.
            MakeMethod { dst: Dst, func: A, home: B } => SLOW;
            /// `dst = ToPropertyKey(src)` (a class member's computed key, converted once).
            ToKey { dst: Dst, src: A } => SLOW;
            /// A plain function's first instruction when it reads `new.target`:
            /// takes what `new` left in `Vm::new_target` (undefined for a call).
            LoadNewTarget { dst: Dst } => SLOW;
            /// `super(...list)`: constructs `r[func]` with the items of array `r[args]`
            /// and `r[func+1]` as new.target.
            SuperCallSpread { dst: Dst, func: A, args: B } => SLOW;
            /// `__proto__: src` in an object literal: `obj`'s prototype becomes
            /// `src` when it is an object or null (else nothing happens).
            SetProto { obj: A, src: B } => SLOW;
            // The iterator protocol (src/iteration.rs).
            /// IteratorClose: calls `return` of the iterator behind loop iterator
            /// `r[iter]` (a `for...of` or array pattern left early; `throwing`: 1
            /// when an exception is leaving, whose value wins).
            IterClose { iter: A, throwing: Imm } => SLOW;
            /// `dst` = a new RegExp of pattern `k` (a string constant) and flag
            /// bits `flags` (`crate::regexp`): a regex literal's evaluation.
            NewRegExp { dst: Dst, k: Const, flags: Imm } => SLOW;
            // Generators (src/generators.rs, src/compiler/generators.rs); they
            // run in the interpreter only, so no stencil but `SLOW` serves them.
            /// A generator function's call, its parameters bound: `dst` = a new
            /// generator object holding a copy of this frame, to resume after the
            /// `Return` that follows (which hands the object to the caller).
            GenStart { dst: Dst } => SLOW;
            /// Suspends the generator: `next()` gives `r[src]` (`raw` 0: as
            /// `{ value, done: false }`; 1: as it is, an inner result of `yield*`).
            /// On resume `r[dst]` is the value sent and `r[dst+1]` how it was sent
            /// (0 `next`, 1 `throw`, 2 `return`).
            Yield { dst: Dst, src: A, raw: Imm } => SLOW;
            /// `yield* src`: `r[dst]` = the iterator of `r[src]`, `r[dst+1]` its `next`.
            DelegateIter { dst: Dst, src: A } => SLOW;
            /// One step of `yield*`: sends `r[pair]` to iterator `r[iter]` the way
            /// `r[pair+1]` says (as `Yield` leaves them); then `r[dst]` is the inner
            /// result to pass on and `r[pair+1]` true, or `r[dst]` is the final value
            /// and `r[pair+1]` 0 (the `yield*` is done) or 2 (the generator returns it).
            DelegateStep { dst: Dst, iter: A, pair: B } => SLOW;
            // `for await` (src/async_gen.rs); only in async functions, so in the
            // interpreter only.
            /// `dst` = the loop iterator of `for await (x of r[src])`.
            AsyncIterValues { dst: Dst, src: A } => SLOW;
            /// `dst` = what one step of `for await` over `r[iter]` awaits.
            AsyncIterNext { dst: Dst, iter: A } => SLOW;
            /// The awaited step result `r[src]`: `r[dst+1]` true when done,
            /// else `r[dst]` its value.
            AsyncIterResult { dst: Dst, src: A, iter: B } => SLOW;
            /// AsyncIteratorClose of `r[iter]` left by `break`/`return`: `r[dst]`
            /// = the result of its `return()` to await, `r[dst+1]` whether there is one.
            AsyncIterClose { dst: Dst, iter: A } => SLOW;
            /// A TypeError unless `r[src]` (an awaited close result) is an object.
            CheckResultObject { src: A } => SLOW;
            /// One step of an async generator's `yield*`: sends `r[pair]` to
            /// iterator `r[iter]` as `r[pair+1]` says; `r[dst]` is then what to
            /// await and `r[pair+1]` 0 (a `next`/`throw` result), 1 (a `return`
            /// result) or 2 (no `return` method: `r[dst]` is the value to return).
            AsyncDelegateCall { dst: Dst, iter: A, pair: B } => SLOW;
            /// The awaited inner result `r[src]` of `yield*`: `r[dst]` its value,
            /// `r[dst+1]` whether it is done (a TypeError unless it is an object).
            AsyncDelegateResult { dst: Dst, src: A } => SLOW;
        }
    };
}
pub(crate) use for_each_op;
