// An object pattern's rest element copies what the pattern did not take,
// without calling the taken properties' getters again; numeric, computed
// and symbol keys are left out by their property keys.
const order = [];
const src = {
  get a() { order.push("get a"); return 1; },
  get b() { order.push("get b"); return undefined; },
  get c() { order.push("get c"); delete this.d; return 3; },
  d: 4,
  e: 5,
};
const { a, b = (order.push("default b"), 2), ...rest } = src;
console.log(a, b, rest, order);
const sym = Symbol("s");
const k = "y";
const { 1: one, [k]: y, [sym]: s, ...others } = { 1: "one", x: "x", y: "y", [sym]: "sym", 2: "two" };
console.log(one, y, s, others);
const { length, ...chars } = "abc";
console.log(length, chars);
const { 0: first, ...restChars } = "xyz";
console.log(first, restChars);
function f({ a, ...r }) { return r; }
console.log(f({ a: 1, b: 2 }), f([9, 8]));
// expect: 1 2 { c: 3, e: 5 } [ 'get a', 'get b', 'default b', 'get c' ]
// expect: one y sym { '2': 'two', x: 'x' }
// expect: 3 { '0': 'a', '1': 'b', '2': 'c' }
// expect: x { '1': 'y', '2': 'z' }
// expect: { b: 2 } { '0': 9, '1': 8 }
