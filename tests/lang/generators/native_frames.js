// The frame of a generator's built-in method names the generator
// function as the receiver's type, as V8 does (`at g.throw`), and a
// property or method named `yield` is an ordinary name.
function* g() { yield* { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; } }; } }; }
const t = g();
t.next();
try { t.throw(new Error("x")); } catch (e) { console.log(e.message, e.stack.split("\n")[2].trim()); } // expect: The iterator does not provide a 'throw' method. at g.throw (<anonymous>)
const o = { yield: 1, *gen() { yield this.yield; } };
console.log([...o.gen()], o.yield); // expect: [ 1 ] 1
