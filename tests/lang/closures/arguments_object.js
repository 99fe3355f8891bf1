// `arguments` in non-arrow functions.
function f() { return arguments; }
console.log(f(1));
console.log(f(1, "two", [3]));
console.log(f());
function count() { return arguments.length; }
console.log(count(), count(1, 2, 3));
function second(a) { return arguments[1]; }
console.log(second(1, 2));
function sum() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(sum(1, 2, 3, 4));
// expect: [Arguments] { '0': 1 }
// expect: [Arguments] { '0': 1, '1': 'two', '2': [ 3 ] }
// expect: [Arguments] {}
// expect: 0 3
// expect: 2
// expect: 10
function iter() { const out = []; for (const a of arguments) out.push(a); return [out, [...arguments]]; }
console.log(iter(1, 2, 3));
function forward() { return Math.max(...arguments); }
console.log(forward(3, 9, 4));
// expect: [ [ 1, 2, 3 ], [ 1, 2, 3 ] ]
// expect: 9
