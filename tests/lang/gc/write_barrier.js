// Young objects stored into old ones must survive minor collections, through
// every store path: the write barrier remembers the old object. Each test
// makes its targets old (garbage in between forces collections), stores
// fresh values into them, makes more garbage (more collections, which would
// free an unremembered young value and hand its cell to the garbage), then
// checks every stored value.
// A megabyte of string buffers forces a collection with few allocations
// (so that --gc-stress, which collects before every one, stays quick), then
// small objects take the cells a wrongly freed value would have left.
function churn() {
  let s = 0;
  for (let k = 0; k < 5; k++) s += ("ab" + k).repeat(60000).length;
  for (let i = 0; i < 150; i++) {
    const o = { a: i * 0.5, b: "x" + i, c: [i, i + 0.25] };
    s += o.a;
  }
  return s;
}
function fresh(i) {
  return { v: i + 0.5, s: "s" + i };
}
function ok(v, i) {
  return v !== undefined && v !== null && v.v === i + 0.5 && v.s === "s" + i;
}
function count(n, get) {
  let good = 0;
  for (let i = 0; i < n; i++) if (ok(get(i), i)) good++;
  return good;
}
const N = 40;
function test(name, make, store, get) {
  const olds = [];
  for (let i = 0; i < N; i++) olds.push(make(i));
  churn();
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < N; i++) store(olds[i], fresh(i), i);
    churn();
  }
  console.log(name, count(N, (i) => get(olds[i], i)));
}

function setP(o, v) { o.p = v; }
test("in-object", () => ({ p: null, q: 1 }), setP, (o) => o.p);
test("added", () => ({ q: 1 }), (o, v) => { o["n" + (o.q++ % 1)] = v; }, (o) => o.n0);
function many() {
  const o = {};
  for (let k = 0; k < 20; k++) o["k" + k] = k;
  return o;
}
test("overflow", many, (o, v) => { o.k17 = v; }, (o) => o.k17);
test("overflow-add", many, (o, v, i) => { o["z" + i] = v; }, (o, i) => o["z" + i]);
test("dictionary", () => { const o = many(); delete o.k3; return o; }, (o, v) => { o.k9 = v; }, (o) => o.k9);
test("computed", () => ({}), (o, v, i) => { o["c" + (i % 7)] = v; }, (o, i) => o["c" + (i % 7)]);

function setIndex(a, v) { a[1] = v; }
test("element", () => [0, 0, 0], setIndex, (a) => a[1]);
test("element-hole", () => new Array(5), (a, v) => { a[3] = v; }, (a) => a[3]);
test("push", () => [], (a, v) => { a.push(v); }, (a) => a[a.length - 1]);
test("unshift", () => [1], (a, v) => { a.unshift(v); }, (a) => a[0]);
test("splice", () => [1, 2, 3], (a, v) => { a.splice(1, 1, v); }, (a) => a[1]);
test("sort", () => [], (a, v) => {
  a.length = 0;
  a.push(7, v, 3);
  a.sort((x, y) => (typeof x === "object" ? -1 : typeof y === "object" ? 1 : x - y));
}, (a) => a[0]);
test("reverse", () => [1, 2], (a, v) => { a[0] = 5; a[1] = v; a.reverse(); }, (a) => a[0]);
test("fill", () => [0, 0], (a, v) => { a.fill(v); }, (a) => a[1]);
test("sparse", () => [], (a, v) => { a[100000] = v; }, (a) => a[100000]);
test("length-grow", () => [1], (a, v) => { a.length = 4; a[2] = v; }, (a) => a[2]);

function counter() {
  let held = null;
  return { set(v) { held = v; }, get() { return held; } };
}
test("closure", counter, (c, v) => c.set(v), (c) => c.get());
function loopClosures() {
  const fs = [];
  for (let k = 0; k < 2; k++) {
    let x = null;
    fs.push((v) => { if (v !== undefined) x = v; return x; });
  }
  return fs;
}
test("loop-closure", loopClosures, (fs, v) => { fs[1](v); }, (fs) => fs[1]());
function sloppyArgs(a) {
  arguments[0] = fresh(a);
  churn();
  return a;
}
console.log("arguments", ok(sloppyArgs(3), 3));

test("map", () => new Map(), (m, v, i) => { m.set(i, v); }, (m, i) => m.get(i));
test("map-key", () => new Map(), (m, v) => { m.clear(); m.set(v, 1); }, (m) => m.keys().next().value);
test("set", () => new Set(), (s, v) => { s.clear(); s.add(v); }, (s) => s.values().next().value);
test("weakmap", () => new WeakMap(), (m, v, i) => {
  m.key = m.key || {};
  m.set(m.key, v);
}, (m) => m.get(m.key));

class Box {
  field = null;
  #secret = null;
  put(v) { this.field = v; this.#secret = v; }
  secret() { return this.#secret; }
  static shared = null;
}
test("class-field", () => new Box(), (b, v) => b.put(v), (b) => b.field);
test("private-field", () => new Box(), (b, v) => b.put(v), (b) => b.secret());
Box.shared = null;
churn();
Box.shared = fresh(9);
churn();
console.log("static-field", ok(Box.shared, 9));

test("accessor", () => ({}), (o, v) => {
  Object.defineProperty(o, "g", { get: () => v, configurable: true });
}, (o) => o.g);
test("define", () => ({}), (o, v) => {
  Object.defineProperty(o, "d", { value: v, writable: true, configurable: true });
}, (o) => o.d);
test("assign", () => ({}), (o, v) => { Object.assign(o, { a: v }); }, (o) => o.a);
test("proto", () => ({}), (o, v) => { Object.setPrototypeOf(o, v); }, (o) => Object.getPrototypeOf(o));
test("nested", () => ({ inner: { slot: null } }), (o, v) => { o.inner.slot = v; }, (o) => o.inner.slot);
test("json", () => ({}), (o, v, i) => { o.j = JSON.parse(JSON.stringify(v)); }, (o) => o.j);
test("double", () => ({ d: 0 }), (o, v) => { o.d = v.v + 1; o.s = v.s; }, (o) => ({ v: o.d - 1, s: o.s }));

var globalVar = null;
let globalLet = null;
churn();
globalVar = fresh(1);
globalLet = fresh(2);
churn();
console.log("globals", ok(globalVar, 1), ok(globalLet, 2));

// expect: in-object 40
// expect: added 40
// expect: overflow 40
// expect: overflow-add 40
// expect: dictionary 40
// expect: computed 40
// expect: element 40
// expect: element-hole 40
// expect: push 40
// expect: unshift 40
// expect: splice 40
// expect: sort 40
// expect: reverse 40
// expect: fill 40
// expect: sparse 40
// expect: length-grow 40
// expect: closure 40
// expect: loop-closure 40
// expect: arguments true
// expect: map 40
// expect: map-key 40
// expect: set 40
// expect: weakmap 40
// expect: class-field 40
// expect: private-field 40
// expect: static-field true
// expect: accessor 40
// expect: define 40
// expect: assign 40
// expect: proto 40
// expect: nested 40
// expect: json 40
// expect: double 40
// expect: globals true true
