// A constant and the copy after it fuse in the interpreter (`ConstMov`).
// Fusing a property store with the copy after it (an assignment
// statement) and a chain of two loads `o.a.b` was measured and not kept
// (chapter 21); these cases, which miss the inline caches (new shapes,
// setters, getters, a prototype) and throw from either half, guard any
// later attempt, and each throw must name the right line.
function store(o, v) {
  let r;
  o.x = v;
  r = 1;
  return [o.x, r];
}
const shapes = [{ x: 0 }, { y: 1, x: 0 }, {}, Object.freeze({ x: 5 })];
for (const o of shapes) console.log(store(o, 7));
let seen = 0;
const withSetter = {
  set x(v) {
    seen = v * 2;
  },
  get x() {
    return seen;
  },
};
console.log(store(withSetter, 4), seen);
function chain(o) {
  return o.a.b;
}
const inner = { b: "plain" };
console.log(chain({ a: inner }), chain({ z: 0, a: { c: 1, b: 2 } }));
const proto = { a: { b: "from proto" } };
console.log(chain(Object.create(proto)));
const getters = {
  get a() {
    return {
      get b() {
        return "getter b";
      },
    };
  },
};
console.log(chain(getters), chain({ a: "str" }), chain({ a: [1, 2] }));
function copyConst(n) {
  let a = 0;
  let b = null;
  for (let i = 0; i < n; i++) {
    b = a;
    a = i;
  }
  return [a, b];
}
console.log(copyConst(3), copyConst(0));
try {
  chain({});
} catch (e) {
  console.log(e.constructor.name, e.message, e.stack.split("\n")[1].trim().split(":")[1]);
}
try {
  chain(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function storeThrows(o) {
  let r;
  o.x = 1;
  r = 2;
  return r;
}
try {
  storeThrows({
    set x(v) {
      throw new Error("from setter");
    },
  });
} catch (e) {
  console.log(e.message, e.stack.split("\n")[2].trim().split(":")[1]);
}
const throwing = {
  get a() {
    throw new Error("from getter");
  },
};
try {
  chain(throwing);
} catch (e) {
  console.log(e.message, e.stack.split("\n")[2].trim().split(":")[1]);
}
// expect: [ 7, 1 ]
// expect: [ 7, 1 ]
// expect: [ 7, 1 ]
// expect: [ 5, 1 ]
// expect: [ 8, 1 ] 8
// expect: plain 2
// expect: from proto
// expect: getter b undefined undefined
// expect: [ 2, 1 ] [ 0, null ]
// expect: TypeError Cannot read properties of undefined (reading 'b') 26
// expect: TypeError Cannot read properties of null (reading 'a')
// expect: from setter 64
// expect: from getter 26
