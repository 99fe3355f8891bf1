// Iterating a map while it changes: deleted entries are skipped, added
// ones are visited; forEach passes (value, key, map).
const m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
for (const [k, v] of m) {
  console.log(k, v);
  if (k === 1) m.delete(2);
  if (k === 3 && !m.has(4)) m.set(4, "d");
}
m.forEach(function (v, k, map) { console.log(v, k, map === m, this.tag); }, { tag: "t" });
const it = m.entries();
console.log(it.next(), it);
m.clear();
m.set(9, "z");
console.log(it.next(), it.next());
console.log([...new Map([[1, 2]]).entries()], Array.from(new Map([["x", 1]]).keys()));
const it2 = new Map([["a", 1]])[Symbol.iterator]();
console.log(it2[Symbol.iterator]() === it2, Map.prototype[Symbol.iterator] === Map.prototype.entries);
for (const e of new Map([[{ a: 1 }, [1]]]).entries()) console.log(e);
// expect: 1 a
// expect: 3 c
// expect: 4 d
// expect: a 1 true t
// expect: c 3 true t
// expect: d 4 true t
// expect: { value: [ 1, 'a' ], done: false } [Map Entries] { [ 3, 'c' ], [ 4, 'd' ] }
// expect: { value: [ 9, 'z' ], done: false } { value: undefined, done: true }
// expect: [ [ 1, 2 ] ] [ 'x' ]
// expect: true true
// expect: [ { a: 1 }, [ 1 ] ]
