// splice of a dense array works on its buffer in place; arrays of other
// shapes (doubles, holes, frozen, accessors, array-likes) take the
// generic algorithm. A sorted insert, the way programs keep a list ordered.
const sorted = [];
for (let i = 0; i < 2000; i++) {
  const v = (i * 7919) % 2003;
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < v) lo = mid + 1; else hi = mid; }
  sorted.splice(lo, 0, v);
}
console.log(sorted.length, sorted.slice(0, 5), sorted.slice(-3), sorted.every((v, i) => i === 0 || sorted[i - 1] <= v));
const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a, a.splice(-1), a, a.splice(1, 0, "x", {y: 1}), a, a.splice(0), a);
const d = [1.5, 2.5, 3.5];
console.log(d.splice(1, 1, 9), d);
const h = [1, , 3];
console.log(h.splice(0, 2), h, [1, 2, 3].splice(5, 1), [1, 2, 3].splice(1, -4, 0));
const f = Object.freeze([1, 2]);
try { f.splice(0, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const like = { length: 2, 0: "a", 1: "b" };
console.log(Array.prototype.splice.call(like, 0, 1, "p", "q"), like);
const objs = [{ v: 1 }, { v: 2 }, { v: 3 }];
console.log(objs.splice(1, 1, { v: 9 }, { v: 8 }).map(o => o.v), objs.map(o => o.v));
// expect: 2000 [ 0, 1, 2, 3, 4 ] [ 2000, 2001, 2002 ] true
// expect: [ 2, 3 ] [] [ 5 ] [] [] [] [ 1, 'x', { y: 1 }, 4 ] []
// expect: [ 2.5 ] [ 1.5, 9, 3.5 ]
// expect: [ 1, <1 empty item> ] [ 3 ] [] []
// expect: TypeError Cannot assign to read only property '0' of object '[object Array]'
// expect: [ 'a' ] { '0': 'p', '1': 'q', '2': 'b', length: 3 }
// expect: [ 2 ] [ 1, 9, 8, 3 ]
