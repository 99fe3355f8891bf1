// Object literals, property get and set with `.` and `[]`, and the key
// order JavaScript defines: integer-like keys ascending, then names in
// insertion order.
let o = { x: 1, y: 2 };
console.log(o.x, o["y"], o.z); // expect: 1 2 undefined
o.z = 3;
o["w w"] = 4;
console.log(o); // expect: { x: 1, y: 2, z: 3, 'w w': 4 }
let k = { b: 1, 2: "two", a: 2, 1: "one", [1 + 2]: "three" };
console.log(Object.keys(k).join(",")); // expect: 1,2,3,b,a
let name = "x", v = 10;
let s = { name, v, ["computed" + 1]: true, m() { return 5; }, };
console.log(s.name, s.v, s.computed1, s.m()); // expect: x 10 true 5
console.log(o[1], o[true], o[null]); // expect: undefined undefined undefined
o[1] = "a"; o[true] = "b"; o[null] = "c";
console.log(o["1"], o.true, o["null"]); // expect: a b c
let n = {};
n.a = 1; n.a += 2; n.a++; ++n.a;
console.log(n.a); // expect: 5
let idx = [10, 20];
idx[0] += 5; idx[1]--;
console.log(idx); // expect: [ 15, 19 ]
console.log(delete o.x, o.x, "x" in o, "y" in o); // expect: true undefined false true
console.log("length" in [], 0 in [1], 1 in [1]); // expect: true true false
console.log(void 0, void o.y); // expect: undefined undefined
