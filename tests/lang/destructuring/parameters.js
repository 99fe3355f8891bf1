// Destructuring parameters of plain functions (bound when the body starts).
function point({ x, y = 0 }, [first, ...others], label) {
  return (label || "none") + ":" + (x + y) + ":" + first + ":" + others.length;
}
console.log(point({ x: 1 }, [5, 6, 7]), point.length);
function swap([a, b]) {
  return [b, a];
}
let s = 0;
for (let i = 0; i < 1500; i++) s += swap([i, 1])[0];
console.log(s);
const f = function ({ name }, { length }) {
  var name;
  return name + length;
};
console.log(f({ name: "n" }, "abc"));
const o = { m({ v }) { return v * 2; } };
console.log(o.m({ v: 21 }));
function nested({ a: { b: [c = "dflt"] } }) {
  return c;
}
console.log(nested({ a: { b: [] } }));
// expect: none:1:5:2 3
// expect: 1500
// expect: n3
// expect: 42
// expect: dflt
