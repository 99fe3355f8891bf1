// The interpreter fuses a constant stored in a property (`ConstSetNamed`)
// and a call of a global function with its first argument stepped or
// loaded (`GlobalConstArg`, `GlobalConstGetNamed`). Their fast paths are
// cache hits and Smi steps; these cases miss them (setters, frozen and
// non-extensible objects, new shapes, doubles, strings, getters, unbound
// globals) and must run the plain instruction, throwing from the line
// that threw.
"use strict";
function leaf() {
  return { left: null, right: null };
}
function mark(o) {
  o.seen = true;
  o.count = 0;
  return o;
}
console.log(leaf(), leaf(), mark({}), mark({ a: 1 }), mark({ seen: 1, count: 2 }));
let setterSaw = [];
const withSetter = {
  set seen(v) {
    setterSaw.push(v);
  },
};
console.log(mark(withSetter).count, setterSaw);
for (const o of [Object.freeze({ seen: 0 }), Object.preventExtensions({})]) {
  try {
    mark(o);
  } catch (e) {
    console.log(e.constructor.name, e.message, e.stack.split("\n")[1].trim().split(":")[1]);
  }
}
function down(n) {
  if (n <= 0) return n;
  return down(n - 1);
}
console.log(down(3), down(2.5), down(-0), down(2147483647 - 2147483640));
function twice(s) {
  return s <= 0 ? [s, typeof s] : twice(s - 1);
}
console.log(twice("3"), twice(true));
const items = [];
function walk(node) {
  if (node === null) return 0;
  items.push(node.v);
  return 1 + walk(node.next);
}
console.log(walk({ v: 1, next: { v: 2, next: null } }), items);
const lazy = {
  v: 9,
  get next() {
    return { v: 10, next: null };
  },
};
console.log(walk(lazy), items);
try {
  walk({ v: 1, next: undefined });
} catch (e) {
  console.log(e.constructor.name, e.message, e.stack.split("\n")[1].trim().split(":")[1]);
}
function callsMissing(x) {
  return missingFunction(x.v);
}
try {
  callsMissing({ v: 1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function callsLater(n) {
  return later(n - 1);
}
try {
  callsLater(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const later = (n) => n * 2;
console.log(callsLater(5), callsLater(0.5));
// expect: { left: null, right: null } { left: null, right: null } { seen: true, count: 0 } { a: 1, seen: true, count: 0 } { seen: true, count: 0 }
// expect: 0 [ true ]
// expect: TypeError Cannot assign to read only property 'seen' of object '#<Object>' 13
// expect: TypeError Cannot add property seen, object is not extensible 13
// expect: 0 -0.5 -0 0
// expect: [ 0, 'number' ] [ 0, 'number' ]
// expect: 2 [ 1, 2 ]
// expect: 2 [ 1, 2, 9, 10 ]
// expect: TypeError Cannot read properties of undefined (reading 'v') 44
// expect: ReferenceError missingFunction is not defined
// expect: ReferenceError Cannot access 'later' before initialization
// expect: 8 -1
