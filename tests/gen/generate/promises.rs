//! Promises in generated programs: a block that settles a promise from an
//! executor (or throws in it), chains `then`/`catch`/`finally` whose
//! handlers log and sometimes throw, adopts a promise and a thenable, and
//! runs `Promise.all`/`allSettled`/`race`, `queueMicrotask` and
//! `process.nextTick`, so the order of the log and of the lines printed
//! after the script checks the job queue against node's.
//!
//! The block also runs an async function that awaits a value and the
//! block's promise (which may reject into its `try`/`catch`/`finally`)
//! and an async arrow, and an async generator consumed by `for await`,
//! logging into the same list, so `await`'s ticks are checked against
//! `then`'s. It reuses the block's expressions and draws
//! nothing more from the generator's random stream: adding it left every
//! other construct of a seed's program as it was.
//!
//! No rejection is left unhandled: every promise that may reject has a
//! handler attached before the script ends.

use super::super::ast::Stmt;
use super::{Ctx, Gen};

/// The work one promise block is charged.
const BLOCK_COST: u64 = 60;

impl Gen<'_> {
    pub(super) fn promise_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        self.spend(ctx, BLOCK_COST);
        let (p, log) = (self.fresh("pr"), self.fresh("log"));
        let (a, b, c) = (self.expr(ctx, 1), self.expr(ctx, 1), self.expr(ctx, 1));
        let settle = self.rng.weighted(&[(3, "res(x)"), (2, "rej(x)"), (1, "throw x"), (1, "res(Promise.resolve(x))")]);
        let then_body = self.rng.weighted(&[(3, "return v"), (1, "throw v"), (1, "return { then(r) { r(v); } }")]);
        let mut out = String::from("{\n");
        out.push_str(&format!("const {log} = [];\n"));
        out.push_str(&format!(
            "const {p} = new Promise((res, rej) => {{ const x = {a}; {log}.push(\"exec\"); {settle}; }});\n"
        ));
        out.push_str(&format!(
            "const {p}t = {p}.then((v) => {{ {log}.push(\"t\" + typeof v); {then_body}; }}).catch((e) => {{ {log}.push(\"c\" + String(e)); return \"caught\"; }}).finally(() => {log}.push(\"f\"));\n"
        ));
        out.push_str(&format!("queueMicrotask(() => {log}.push(\"q\"));\n"));
        // node's nextTick queue runs before the promise jobs.
        out.push_str(&format!("process.nextTick(() => {log}.push(\"n\"));\n"));
        let which = self.rng.weighted(&[(2, "all"), (2, "allSettled"), (1, "race")]);
        let tag = self.fresh("p");
        out.push_str(&format!(
            "Promise.{which}([{b}, {p}t, Promise.resolve({c}), {p}.catch((e) => typeof e)]).then((v) => console.log(\"{tag}\", Array.isArray(v) ? v.length : typeof v, {log}.join()));\n"
        ));
        let tag = self.fresh("p");
        out.push_str(&format!("{p}.then(null, () => 0); {p}t.then((v) => console.log(\"{tag}\", v, {log}.length));\n"));
        self.async_part(&mut out, &p, &log, (&b.to_string(), &c.to_string()));
        let tag = self.fresh("p");
        out.push_str(&format!("console.log(\"{tag}\", {log}.join());\n"));
        out.push_str("}\n");
        vec![Stmt::Raw(out)]
    }

    /// The async function and arrow of a promise block over its promise
    /// `p` and log `log`, awaiting the expressions `b` and `c`.
    fn async_part(&mut self, out: &mut String, p: &str, log: &str, (b, c): (&str, &str)) {
        let (af, ar) = (self.fresh("af"), self.fresh("ar"));
        out.push_str(&format!(
            "async function {af}(x) {{ {log}.push(\"a0\"); try {{ const v = await x; {log}.push(\"a1\" + typeof v); \
             const w = await {p}; {log}.push(\"a2\" + typeof w); return w; }} catch (e) {{ {log}.push(\"ae\"); throw e; }} \
             finally {{ {log}.push(\"af\"); }} }}\n"
        ));
        out.push_str(&format!(
            "const {ar} = async (y) => {{ await null; {log}.push(\"r\"); return typeof (await y); }};\n"
        ));
        let (t1, t2) = (self.fresh("p"), self.fresh("p"));
        out.push_str(&format!(
            "{af}({b}).then((v) => console.log(\"{t1}\", typeof v, {log}.join()), () => console.log(\"{t1}\", \"rejected\", {log}.join()));\n"
        ));
        out.push_str(&format!("{ar}({c}).then((v) => console.log(\"{t2}\", v, {log}.join()));\n"));
        // An async generator over the same values, consumed by `for await`
        // (a `yield*` over an array with a promise, a rejection caught in
        // the body, a `break` that runs its `finally`).
        let (ag, t3) = (self.fresh("ag"), self.fresh("p"));
        out.push_str(&format!(
            "async function* {ag}(x) {{ {log}.push(\"g0\"); try {{ const s = yield x; {log}.push(\"g1\" + typeof s); \
             yield* [x, Promise.resolve(typeof x)]; yield await {p}; }} catch (e) {{ {log}.push(\"ge\"); yield \"caught\"; }} \
             finally {{ {log}.push(\"gf\"); }} }}\n"
        ));
        out.push_str(&format!(
            "(async () => {{ const seen = []; for await (const v of {ag}({b})) {{ seen.push(typeof v); if (seen.length > 3) break; }} \
             console.log(\"{t3}\", seen.join(), {log}.join()); }})().catch(() => console.log(\"{t3}\", \"threw\"));\n"
        ));
    }
}
