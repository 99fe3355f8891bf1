// Spreading a value that is not iterable into a call's arguments: V8's
// wording differs from an array literal's.
function f() {}
class A {
  constructor() {}
}
class B extends A {
  constructor(x) {
    super(...x);
  }
}
const o = {};
const u = undefined;
const cases = [
  () => f(...5),
  () => f(1, ...o),
  () => new f(...true),
  () => Math.max(...{ [Symbol.iterator]: 1 }),
  () => new B(5),
  () => f(...u),
  () => f(...null),
  () => [...5],
  () => [...null],
  () => [...u],
];
for (const c of cases) {
  try {
    c();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: Spread syntax requires ...iterable[Symbol.iterator] to be a function
// expect: u is not iterable (cannot read property undefined)
// expect: null is not iterable (cannot read property null)
// expect: 5 is not iterable
// expect: null is not iterable
// expect: u is not iterable
f(...5);
// expect error: TypeError: Spread syntax requires ...iterable[Symbol.iterator] to be a function
