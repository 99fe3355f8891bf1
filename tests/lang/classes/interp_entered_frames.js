// `new` of a class, `super(...)` and cached getters run as frames of the
// interpreter's loop (no Rust recursion): depth, arguments, results,
// exceptions through them, and each kind of constructor.
class Node {
  constructor(depth) {
    this.depth = depth;
    this.kid = depth > 0 ? new Node(depth - 1) : null;
  }
  get size() { return this.kid === null ? 1 : 1 + this.kid.size; }
}
console.log(new Node(2000).size);
class P { constructor(a, b, c) { this.sum = (a || 0) + (b || 0) + (c || 0); this.n = arguments.length; } }
class Q extends P {}
class R extends Q { constructor(...xs) { super(...xs); this.r = xs.length; } }
class S extends Q { constructor(a) { super(a, 10); } }
console.log(new Q(1, 2, 3), new Q(), new R(4, 5), new S(7));
// A constructor that returns an object; one that returns a primitive.
class Boxed { constructor(v) { this.v = v; return { other: v }; } }
class Plain { constructor(v) { this.v = v; return 42; } }
console.log(new Boxed(1), new Plain(2));
// A throw in a constructor and in a getter reaches the caller's handler.
class Bad { constructor(x) { if (x < 0) throw new RangeError("negative " + x); this.x = x; } }
class Sub extends Bad { constructor(x) { super(x); this.y = 1; } }
for (const x of [1, -1]) {
  try { console.log(new Sub(x)); } catch (e) { console.log("caught", e.message); }
}
class G {
  constructor(n) { this.n = n; }
  get inv() { if (this.n === 0) throw new Error("zero"); return 1 / this.n; }
  get args() { return arguments.length; }
}
const gs = [new G(2), new G(4), new G(0)];
let acc = 0;
for (let i = 0; i < 3; i++) {
  try { acc += gs[i].inv + gs[i].args; } catch (e) { console.log("getter threw", e.message, acc); }
}
// A getter that itself constructs and reads getters.
class Pair { constructor(a, b) { this.a = a; this.b = b; } get swapped() { return new Pair(this.b, this.a); } get first() { return this.a; } }
let p = new Pair(1, 2);
for (let i = 0; i < 5; i++) p = p.swapped;
console.log(p.first, p);
// new.target seen through entered frames.
class T { constructor() { this.t = new.target === T ? "T" : "sub"; } }
class U extends T {}
console.log(new T().t, new U().t);
// expect: 2001
// expect: Q { sum: 6, n: 3 } Q { sum: 0, n: 0 } R { sum: 9, n: 2, r: 2 } S { sum: 17, n: 2 }
// expect: { other: 1 } Plain { v: 2 }
// expect: Sub { x: 1, y: 1 }
// expect: caught negative -1
// expect: getter threw zero 0.75
// expect: 2 Pair { a: 2, b: 1 }
// expect: T sub
