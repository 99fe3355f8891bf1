// Array and object patterns in var/let/const: defaults, holes, rest, nesting.
let [a, b = 2, , d, ...rest] = [1, undefined, 3, 4, 5, 6];
console.log(a, b, d, rest);
const { x, y: why = "dflt", z: { deep } = { deep: "d" }, ...others } = { x: 1, w: 2, v: 3 };
console.log(x, why, deep, others);
var [[n1, n2], { m }] = [[10, 20], { m: 30 }];
console.log(n1, n2, m);
const [c1, c2] = "hé";
console.log(c1, c2);
let [e1, e2 = e1 * 10] = [4];
console.log(e1, e2);
const { length } = "abcd";
console.log(length);
const key = "dyn";
const { [key]: dynamic, ["lit" + "eral"]: lit = "none", 0: zero } = { dyn: "D", 0: "Z" };
console.log(dynamic, lit, zero);
let [] = [], {} = {};
const [f = function () {}, g = function named() {}] = [];
console.log(f.name, g.name);
const { h = function () {} } = {};
console.log(h.name);
let p = 1, [q] = [p + 1], r = q + 1;
console.log(p, q, r);
var [undefinedTwice] = [undefined];
console.log(undefinedTwice);
const [h1, ...[h2, h3]] = [1, 2, 3];
console.log(h1, h2, h3);
// expect: 1 2 4 [ 5, 6 ]
// expect: 1 dflt d { w: 2, v: 3 }
// expect: 10 20 30
// expect: h é
// expect: 4 40
// expect: 4
// expect: D none Z
// expect: f named
// expect: h
// expect: 1 2 3
// expect: undefined
// expect: 1 2 3
