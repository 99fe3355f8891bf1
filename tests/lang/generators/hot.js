// Hot code around generators: the callers get compiled, the generator bodies stay interpreted; both print the same.
function* range(n) { for (let i = 0; i < n; i++) yield i; }
function sumOf(it) { let s = 0; for (const x of it) s += x; return s; }
let total = 0;
for (let k = 0; k < 300; k++) total += sumOf(range(k % 20));
console.log(total);
function* squares() { let i = 0; while (true) { const r = yield i * i; if (r) i = r; else i++; } }
const sq = squares();
let acc = 0;
for (let k = 0; k < 5000; k++) acc = (acc + sq.next(k % 100 === 0 ? 1 : 0).value) % 1000003;
console.log(acc);
const nums = [];
for (let k = 0; k < 100; k++) nums.push(...range(3));
console.log(nums.length, nums.slice(0, 6));
// expect: 17100
// expect: 907452
// expect: 300 [ 0, 1, 2, 0, 1, 2 ]
