// An assignment used as a statement leaves its value in the target's own
// register (no copy into a temporary no one reads); as an expression it
// still yields the value. Every kind of target, both ways.
function locals(a) {
  let x = 1;
  let y;
  x = a;
  x += 2;
  y = x = x * 3;
  const z = [x, y][1];
  let w = z;
  w = w + (w = 10);
  return [x, y, z, w];
}
console.log(locals(4));
// expect: [ 18, 18, 18, 28 ]

var g = 0;
function globals(v) {
  g = v;
  g += 1;
  g = (v = v + 100);
  return [g, v];
}
console.log(globals(5), g);
// expect: [ 105, 105 ] 105

function captured() {
  let n = 0;
  let m = 1;
  const bump = (k) => {
    n = k;
    n *= 2;
    m = n = n + 1;
    return m;
  };
  return [bump(3), n, m];
}
console.log(captured());
// expect: [ 7, 7, 7 ]

function props(o, k) {
  const v = 2;
  o.a = v;
  o[k] = v;
  o.a += 5;
  o[k] *= 3;
  o.b = o.c = v;
  return o;
}
console.log(props({}, "k"));
// expect: { a: 7, k: 6, c: 2, b: 2 }

function patterns(p) {
  let a, b;
  [a, b] = p;
  ({ a } = { a: b });
  return [a, b];
}
console.log(patterns([1, 2]));
// expect: [ 2, 2 ]

function indexed(arr) {
  let t = 0;
  for (let i = 0; i < arr.length; i++) {
    const e = arr[i];
    t = t + e;
  }
  let last = arr[arr.length - 1];
  last = arr[last];
  return [t, last];
}
console.log(indexed([0, 1, 2]));
// expect: [ 3, 2 ]

let seen = [];
const logger = {
  set v(x) {
    seen.push(x);
  },
};
function setter(x) {
  logger.v = x;
  logger.v = x + 1;
  return seen;
}
console.log(setter(1));
// expect: [ 1, 2 ]

function constant() {
  const c = 1;
  c = 2;
}
try {
  constant();
} catch (e) {
  console.log(e.message);
}
// expect: Assignment to constant variable.

function deadZone() {
  x = 1;
  let x;
}
try {
  deadZone();
} catch (e) {
  console.log(e.message);
}
// expect: Cannot access 'x' before initialization
