// Callbacks that allocate, and that empty the array they run over: what the
// methods hold meanwhile stays alive (run under --gc-stress by the suite).
function boxes(n) { var out = []; for (var i = 0; i < n; i++) out.push({v: i, s: "s" + i}); return out; }
function wrap(x) { return {inner: [x.s, x.v * 1.5]}; }
var mapped = boxes(200).map(wrap);
console.log(mapped.length, mapped[199].inner[0], mapped[199].inner[1]); // expect: 200 s199 298.5
function emptyAndKeep(x, i, arr) { arr.length = 0; boxes(50); return true; }
var src = boxes(5);
var kept = src.filter(emptyAndKeep);
console.log(kept.length, src.length, kept[0].s); // expect: 1 0 s0
var found = boxes(10).find(function (x, i, arr) { arr.length = 0; boxes(50); return true; });
console.log(found.s); // expect: s0
function byV(a, b) { boxes(20); return b.v - a.v; }
var sorted = boxes(100).sort(byV);
console.log(sorted[0].s, sorted[99].s); // expect: s99 s0
var victim = boxes(30);
function clearing(a, b) { victim.length = 0; boxes(10); return a.v - b.v; }
victim.sort(clearing);
console.log(victim.length, victim[0].s, victim[29].s); // expect: 30 s0 s29
function acc(a, x) { return a + x.s.length + ",".length; }
console.log(boxes(100).reduce(acc, 0), boxes(100).reduceRight(acc, 0)); // expect: 390 390
function pairUp(x) { return [x.s, [x.v]]; }
var flat = boxes(50).flatMap(pairUp);
console.log(flat.length, flat[98], flat[99]); // expect: 100 s49 [ 49 ]
var texts = [];
for (var i = 0; i < 100; i++) texts.push("t" + (i * 37 % 100));
texts.sort();
console.log(texts.slice(0, 3).join(), texts.concat(texts).length); // expect: t0,t1,t10 200
var s = Array.from("stress test", function (c) { return c + c; });
console.log(s.join(""), Array.from({length: 3}, function (u, i) { return {k: i}; })[2].k); // expect: ssttrreessss  tteesstt 2
var words = boxes(40).map(function (b) { return b.s; });
console.log(words.toSorted().slice(0, 3).join(), words.with(0, "w").slice(0, 2).join(), words.join("").length); // expect: s0,s1,s10 w,s1 110
