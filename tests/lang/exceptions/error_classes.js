// The Error classes: constructible with or without new, message, name,
// cause, toString, prototypes and constructors.
const kinds = [Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];
for (const K of kinds) {
  const a = new K("m");
  const b = K("m");
  console.log(K.name, a.name, a.message, b instanceof K, b instanceof Error, a.constructor === K, String(a));
}
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(Error.prototype.name, Error.prototype.message === "", TypeError.prototype.name, Error.length);
const e = new Error();
console.log(e.message === "", String(e), e.hasOwnProperty("message"), e.hasOwnProperty("stack"));
const c = new Error("with cause", { cause: { id: 7 } });
console.log(c.cause.id, c.hasOwnProperty("cause"), new Error("x", {}).hasOwnProperty("cause"));
console.log(new Error(undefined).hasOwnProperty("message"), new Error(42).message === "42");
console.log(Object.keys(new Error("k")).length, JSON.stringify(new Error("j")));
const custom = new Error("msg");
custom.name = "CustomError";
console.log(String(custom), custom.toString());
console.log(Error.prototype.toString.call({ name: "N", message: "M" }));
console.log(Error.prototype.toString.call({}), Error.prototype.toString.call({ name: "", message: "only" }));
const t = new TypeError("typed");
console.log(t instanceof TypeError, t instanceof RangeError, t instanceof Error, t instanceof Object);
console.log(typeof e.stack, e.stack.split("\n")[0], c.stack.split("\n")[0]);
console.log(Object.getOwnPropertyNames(new Error("x")), Object.getOwnPropertyNames(new TypeError()));
try {
  null.p;
} catch (err) {
  console.log(Object.getOwnPropertyNames(err));
}
try {
  Error.prototype.toString.call(1);
} catch (err) {
  console.log(err.message);
}
// expect: Error Error m true true true Error: m
// expect: TypeError TypeError m true true true TypeError: m
// expect: RangeError RangeError m true true true RangeError: m
// expect: ReferenceError ReferenceError m true true true ReferenceError: m
// expect: SyntaxError SyntaxError m true true true SyntaxError: m
// expect: EvalError EvalError m true true true EvalError: m
// expect: URIError URIError m true true true URIError: m
// expect: true true
// expect: Error true TypeError 1
// expect: true Error false true
// expect: 7 true false
// expect: false true
// expect: 0 {}
// expect: CustomError: msg CustomError: msg
// expect: N: M
// expect: Error only
// expect: true false true true
// expect: string Error Error: with cause
// expect: [ 'stack', 'message' ] [ 'stack' ]
// expect: [ 'stack', 'message' ]
// expect: Method Error.prototype.toString called on incompatible receiver 1
