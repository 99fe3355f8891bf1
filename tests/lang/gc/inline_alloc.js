// Object literals allocated inline (a bump of the objects' LAB and a copy
// of a template cell, in both tiers): fresh objects filled with up to and
// past the four in-object slots (the fifth makes a boxed store, which the
// sweeper must then drop), stored into old objects (the write barrier),
// kept across many collections and dropped again.
function node(l, r) { return { left: l, right: r }; }
function tree(d) { return d === 0 ? node(null, null) : node(tree(d - 1), tree(d - 1)); }
function check(t) { return t.left === null ? 1 : 1 + check(t.left) + check(t.right); }
const keep = tree(10);
let total = 0;
for (let i = 0; i < 200; i++) total += check(tree(6));
console.log(total, check(keep));
// Five and more properties: the store made after the inline allocation.
function token(k, i) { return { kind: k, value: i, start: i, end: i + 1, line: 1, extra: [i] }; }
const old = [];
for (let i = 0; i < 50; i++) old.push({});
let sum = 0;
for (let i = 0; i < 20000; i++) {
  const t = token("num", i);
  sum += t.end - t.start + t.extra[0] % 3;
  // An old object pointing at a young one.
  old[i % 50].last = t;
  old[i % 50].empty = {};
}
console.log(sum, old[7].last.value, Object.keys(old[7].last).join(), Object.keys(old[3].empty).length);
// Literals are distinct objects with their own slots.
const a = [];
for (let i = 0; i < 3000; i++) a.push({ i });
a[5].i = -1;
console.log(a[4].i, a[5].i, a[6].i, a[2999].i, a[0] === a[1]);
// Empty literals grow every way afterwards.
let grown = 0;
for (let i = 0; i < 3000; i++) {
  const o = {};
  o[i % 5] = i;
  o.x = i;
  if (i % 3 === 0) delete o.x;
  grown += Object.keys(o).length;
}
console.log(grown, JSON.stringify({}), Object.getPrototypeOf({}) === Object.prototype);
// expect: 25400 2047
// expect: 39999 19957 kind,value,start,end,line,extra 0
// expect: 4 -1 6 2999 false
// expect: 5000 {} true
