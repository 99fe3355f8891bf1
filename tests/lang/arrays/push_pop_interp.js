// The interpreter's inline `a.push(v)` and `a.pop()` (the Call arm's
// push_pop_hit) against the native call it stands in for: the result,
// kinds changing, holes, a non-writable length, sealed and frozen arrays,
// array-likes, pop's arguments evaluated and ignored, push of zero or two
// values, a method taken off the array, the built-ins replaced and put
// back; and returns through deep frames (the four-word frame record: each
// result lands in its caller's register).
const a = [];
console.log(a.push(1), a.push(2.5), a.push("s"), a.push({ k: 1 }), a);
console.log(a.pop().k, a.pop(), a.pop(), a.pop(), a.pop(), a.length);
const holey = [1, , 3, ,];
console.log(holey.pop(), holey.length, holey.pop(), holey.length, holey);
const fixed = [1, 2];
Object.defineProperty(fixed, "length", { writable: false });
try {
  fixed.push(3);
} catch (e) {
  console.log(e.constructor.name, fixed.length);
}
try {
  fixed.pop();
} catch (e) {
  console.log(e.constructor.name, fixed.length);
}
for (const make of [Object.seal, Object.freeze]) {
  const s = make([1, 2, 3]);
  try {
    console.log(s.pop());
  } catch (e) {
    console.log(make.name, e.constructor.name, s.length);
  }
}
const like = { length: 1, 0: "x", push: Array.prototype.push, pop: Array.prototype.pop };
console.log(like.push("y"), like.length, like.pop(), like.pop(), like.pop(), like.length);
let side = 0;
const b = [4, 5];
console.log(b.pop(side++, side++), side, b.push(), b.push(6, 7), b);
const { push, pop } = Array.prototype;
const c = [9];
console.log(push.call(c, 10), pop.call(c), c);
Array.prototype.push = function (v) {
  return "replaced " + v;
};
console.log([].push(3));
Array.prototype.push = push;
Array.prototype.pop = () => "popped";
console.log([1].pop());
Array.prototype.pop = pop;
console.log([1, 2].pop(), [].pop());
function depth(n, acc) {
  if (n === 0) return acc;
  const r = depth(n - 1, acc + 1);
  return r + 1;
}
console.log(depth(3000, 0));
function tree(d) {
  return d === 0 ? [d] : [tree(d - 1), tree(d - 1)].concat([d]);
}
let count = 0;
const stack = [tree(8)];
while (stack.length > 0) {
  const t = stack.pop();
  for (const x of t) {
    if (Array.isArray(x)) stack.push(x);
    else count += x;
  }
}
console.log(count);
// expect: 1 2 3 4 [ 1, 2.5, 's', { k: 1 } ]
// expect: 1 s 2.5 1 undefined 0
// expect: undefined 3 3 2 [ 1, <1 empty item> ]
// expect: TypeError 2
// expect: TypeError 2
// expect: seal TypeError 3
// expect: freeze TypeError 3
// expect: 2 2 y x undefined 0
// expect: 5 2 1 3 [ 4, 6, 7 ]
// expect: 2 10 [ 9 ]
// expect: replaced 3
// expect: popped
// expect: 2 undefined
// expect: 6000
// expect: 502
