// Array.prototype.sort follows V8's TimSort step for step: the same comparator calls in the same order, so comparators that are not consistent orders, or that log, match node.
console.log([5, 1, 4].sort((a, b) => a > b), [3, 1, 2].sort((a, b) => b > a));
console.log([5, 1, 4, 2, 3].sort(() => -1), [5, 1, 4, 2, 3].sort(() => 1), [1, 2, 3].sort(() => NaN));
const calls = [];
[3, 1, 2, 5, 4].sort((a, b) => { calls.push(a + '' + b); return a - b; });
console.log(calls.join(' '));
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const n of [10, 33, 64, 65, 100, 300, 1000]) {
  const a = Array.from({ length: n }, () => Math.floor(rnd() * 50));
  const b = a.slice().sort((x, y) => x > y);
  const c = a.slice().sort((x, y) => rnd() - 0.5);
  let count = 0;
  const d = a.slice().sort((x, y) => { count++; return x - y; });
  const objs = a.map((v, i) => ({ v: v % 5, i }));
  objs.sort((p, q) => p.v - q.v);
  const stable = objs.every((o, i) => i === 0 || objs[i - 1].v < o.v || objs[i - 1].i < o.i);
  console.log(n, b.slice(0, 12).join(','), c.slice(0, 12).join(','), d.slice(0, 8).join(','), count, stable);
}
const runs = [];
for (let i = 0; i < 200; i++) runs.push(i % 17 < 9 ? i : 200 - i);
let k = 0;
runs.sort((a, b) => { k++; return a - b; });
console.log(k, runs.slice(0, 10).join(','));
const words = ['pear', 'Apple', 'fig', 'apple', 'Fig', 'banana', undefined, 'cherry', , 'date'];
console.log(words.sort(), words.length);
console.log([10, 9, 1, 100, 25, undefined, -1].sort(), [3, 2, 1].sort(undefined));
try { [1, 2].sort(5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
// expect: [ 5, 1, 4 ] [ 3, 1, 2 ]
// expect: [ 3, 2, 4, 1, 5 ] [ 5, 1, 4, 2, 3 ] [ 1, 2, 3 ]
// expect: 13 21 23 21 52 53 43 45
// expect: 10 29,14,27,49,33,26,43,45,3,49 49,45,33,3,49,27,14,29,43,26 3,14,26,27,29,33,43,45 24 true
// expect: 33 43,40,41,37,1,16,7,32,19,14,39,15 10,14,16,20,27,32,29,30,39,11,28,19 1,4,7,10,11,14,14,14 125 true
// expect: 64 22,9,11,8,29,29,15,32,6,42,5,49 45,42,24,31,4,11,33,9,22,0,27,6 0,1,2,3,3,4,4,5 302 true
// expect: 65 16,27,1,24,27,17,0,36,20,7,19,24 46,16,36,15,24,19,8,8,33,7,22,20 0,0,0,1,1,2,5,6 309 true
// expect: 100 14,39,12,32,35,42,22,20,10,24,47,11 14,28,1,42,26,24,0,6,36,0,40,7 0,0,1,1,3,3,3,4 536 true
// expect: 300 30,17,42,3,12,27,3,19,10,45,23,34 42,27,42,5,32,1,31,45,0,30,21,24 0,0,0,0,0,0,0,0 2075 true
// expect: 1000 5,25,44,45,31,41,20,7,21,41,24,45 35,25,41,14,30,49,13,5,45,4,21,24 0,0,0,0,0,0,0,0 8380 true
// expect: 1116 0,1,1,2,2,3,3,4,4,5
// expect: [
// expect:   'Apple',   'Fig',
// expect:   'apple',   'banana',
// expect:   'cherry',  'date',
// expect:   'fig',     'pear',
// expect:   undefined, <1 empty item>
// expect: ] 10
// expect: [ -1, 1, 10, 100, 25, 9, undefined ] [ 1, 2, 3 ]
// expect: TypeError: The comparison function must be either a function or undefined
