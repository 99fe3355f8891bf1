// Element reads and writes: the dense fast path and everything it must
// leave to the slow path (holes, out of range, negative and non-integer
// keys, strings, appends, elements kind changes).
function get(a, i) { return a[i]; }
function set(a, i, v) { a[i] = v; }
function show(a) {
  let s = "" + a.length + ":";
  for (let i = 0; i < a.length; i++) { s = s + " " + a[i]; }
  return s;
}

function run(n) {
  const a = [1, 2, 3, 4];
  let s = 0;
  for (let i = 0; i < n; i++) {
    set(a, i % 4, get(a, (i + 1) % 4) + 1);
    s = s + get(a, i % 4);
  }
  return s;
}
console.log(run(2000)); // expect: 673666

const holes = [1, , 3];
console.log(get(holes, 1), get(holes, 5), get(holes, -1)); // expect: undefined undefined undefined
console.log(get(holes, 1.5), get(holes, "0")); // expect: undefined 1
console.log(get("abc", 1)); // expect: b
set(holes, 1, 2);
console.log(show(holes)); // expect: 3: 1 2 3
set(holes, 4, 5);
console.log(show(holes)); // expect: 5: 1 2 3 undefined 5
set(holes, -1, 6);
console.log(show(holes), holes[-1]); // expect: 5: 1 2 3 undefined 5 6

const mixed = [1, 2, 3];
for (let i = 0; i < 1500; i++) { set(mixed, i % 3, i); }
set(mixed, 0, "s");
set(mixed, 1, 1.5);
set(mixed, 2, mixed);
console.log(get(mixed, 0), get(mixed, 1), get(mixed, 2) === mixed); // expect: s 1.5 true

const obj = { 0: "a", 1: "b" };
set(obj, 1, "c");
console.log(get(obj, 0) + get(obj, 1)); // expect: ac
let t = 0;
for (let i = 0; i < 1500; i++) { t = t + get(obj, i % 2).length; }
console.log(t); // expect: 1500
