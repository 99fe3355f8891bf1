// The interpreter's call tests a callee's code word first, for a script
// function called before (`Value::as_called_script`); a first call, a
// native, a bound function, a method with a home object and a class
// constructor (even one `new` has already run) take the full test.
class Point {
  constructor(x) {
    this.x = x;
  }
  get double() {
    return this.x * 2;
  }
  scale(k) {
    return new Point(this.x * k);
  }
}
const p = new Point(2);
console.log(p.scale(3).x, p.scale(4).double, new Point(5).x);
for (let i = 0; i < 3; i++) {
  try {
    Point(i);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
function add(a, b) {
  return a + b;
}
const add1 = add.bind(null, 1);
const obj = { m(v) { return super.toString === Object.prototype.toString ? v + 1 : v; } };
let s = 0;
for (let i = 0; i < 5; i++) {
  s = add(s, i);
  s = add1(s);
  s = obj.m(s);
  s = Math.max(s, add(i, 0));
}
console.log(s);
// A callee that is not a function, after the same site called one.
const fs = [add, add, 7];
for (const f of fs) {
  try {
    console.log(f(1, 2));
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
// The frames the fast path enters are in the stack trace.
function inner() {
  return new Error("here").stack.split("\n").slice(1, 3).map((l) => l.trim().split(" ")[1]);
}
function outer() {
  return inner();
}
outer();
console.log(outer());
// expect: 6 16 5
// expect: TypeError Class constructor Point cannot be invoked without 'new'
// expect: TypeError Class constructor Point cannot be invoked without 'new'
// expect: TypeError Class constructor Point cannot be invoked without 'new'
// expect: 20
// expect: 3
// expect: 3
// expect: TypeError f is not a function
// expect: [ 'inner', 'outer' ]
