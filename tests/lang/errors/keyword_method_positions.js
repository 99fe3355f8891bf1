// A call of a method named by a reserved word (`it.throw(e)`, `o.new()`)
// is placed at its `(` by V8; a contextual keyword (`of`, `yield`,
// `static`) or `super` at the name, like any other (found by the fuzz:
// a generator's `throw` called from the top level).
const f = function () { throw new Error("e"); };
const o = { throw: f, new: f, return: f, of: f, yield: f, super: f, in: f, static: f };
function at(g) {
  try { g(); } catch (e) { return e.stack.split("\n")[2].replace(/^.*:(\d+:\d+)\)?$/, "$1"); }
}
console.log(at(() => o.throw(1)), at(() => o.new(1))); // expect: 10:29 10:49
console.log(at(() => o.return (1)), at(() => o.in(1))); // expect: 11:31 11:50
console.log(at(() => o.of(1)), at(() => o.yield(1))); // expect: 12:24 12:43
console.log(at(() => o.super(1)), at(() => o.static(1))); // expect: 13:24 13:46
const q = {};
try { q.throw(); } catch (e) { console.log(e.message, e.stack.split("\n")[1].replace(/^.*:(\d+:\d+)\)?$/, "$1")); } // expect: q.throw is not a function 15:14
