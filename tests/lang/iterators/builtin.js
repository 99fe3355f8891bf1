// Built-in iterators: arrays, strings (by code point), maps and sets.
const a = ["x", "y"];
console.log([...a.keys()], [...a.values()], [...a.entries()], a[Symbol.iterator] === a.values);
const it = a.values();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(it, a.entries(), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
const s = "a😀b";
console.log([...s], [...s].length, s[Symbol.iterator]().next(), Array.from("héllo"));
for (const [i, ch] of [..."ab"].entries()) console.log(i, ch);
const m = new Map([["k", 1]]);
const mi = m.keys();
console.log(mi.next(), mi.next(), Object.prototype.toString.call(mi));
const holes = [1, , 3];
console.log([...holes.values()], [...holes.keys()]);
const grow = [1, 2];
for (const x of grow.values()) { if (grow.length < 4) grow.push(x * 10); }
console.log(grow);
// expect: [ 0, 1 ] [ 'x', 'y' ] [ [ 0, 'x' ], [ 1, 'y' ] ] true
// expect: { value: 'x', done: false } { value: 'y', done: false } { value: undefined, done: true } { value: undefined, done: true }
// expect: Object [Array Iterator] {} Object [Array Iterator] {} function true
// expect: [ 'a', '😀', 'b' ] 3 { value: 'a', done: false } [ 'h', 'é', 'l', 'l', 'o' ]
// expect: 0 a
// expect: 1 b
// expect: { value: 'k', done: false } { value: undefined, done: true } [object Map Iterator]
// expect: [ 1, undefined, 3 ] [ 0, 1, 2 ]
// expect: [ 1, 2, 10, 20 ]
