// AggregateError(errors, message, options): an Error subclass holding the
// errors (from any iterable) in a non-enumerable `errors` array, which
// node prints as `[errors]`; Promise.any rejects with one.
const e = new AggregateError([new RangeError("x"), 1], "many", { cause: "c" });
console.log(e.message, e.errors.length, e.name, e instanceof Error, e instanceof AggregateError); // expect: many 2 AggregateError true true
console.log(Object.keys(e), Object.getOwnPropertyNames(e)); // expect: [] [ 'stack', 'message', 'cause', 'errors' ]
console.log(AggregateError.name, AggregateError.length, Object.getPrototypeOf(AggregateError) === Error); // expect: AggregateError 2 true
const n = AggregateError(new Set(["a"]), "no new");
console.log(n.message, n.errors, String(n)); // expect: no new [ 'a' ] AggregateError: no new
e.stack = "AggregateError: many";
e.errors[0].stack = "RangeError: x";
console.log(e); // expect: [AggregateError: many] {
// expect:   [cause]: 'c',
// expect:   [errors]: [ [RangeError: x], 1 ]
// expect: }
class Sub extends AggregateError {}
const s = new Sub([]);
console.log(s instanceof AggregateError, s.constructor.name, s.errors, s.message === ""); // expect: true Sub [] true
try {
  new AggregateError(5);
} catch (err) {
  console.log(err.constructor.name, err.message); // expect: TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
}
Promise.any([Promise.reject(1)]).catch((r) => console.log(r instanceof AggregateError, r.message, r.errors)); // expect: true All promises were rejected [ 1 ]
