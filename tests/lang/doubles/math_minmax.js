// Math.min and Math.max with two arguments compiled inline: Smis by their
// words, doubles in SSE2 with NaN and -0/+0 ordered as JavaScript orders
// them (minsd/maxsd do not), results outside Smi range boxed; other
// argument counts, non-numbers and a reassigned Math.max take the call.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
function g(a, b) { return show(Math.min(a, b)) + " " + show(Math.max(a, b)); }
const vs = [0, -0, 1, -1, 2.5, -2.5, NaN, Infinity, -Infinity, 2147483647, -2147483648, 2147483648, 1e300, "3", null];
let out;
for (let k = 0; k < 30; k++) {
  out = [];
  for (const a of vs) {
    const row = [];
    for (const b of vs) row.push(g(a, b));
    out.push(row.join(","));
  }
}
console.log(out.join("\n"));
let s = 0;
for (let i = -1000; i < 1000; i++) s += Math.max(i, 3) + Math.min(i / 2, -1) + Math.max(i * 0.5, i);
console.log(s);
console.log(Math.max(1, 2, 3), Math.min(4), Math.max(), Math.min());
function m(a, b) { return Math.max(a, b); }
for (let i = 0; i < 50; i++) m(i, 1);
const saved = Math.max;
Math.max = (a, b) => a + "|" + b;
console.log(m(1, 2));
Math.max = saved;
console.log(m(1, 2), m(-0, 0), m({ valueOf() { return 7; } }, 2));
// expect: 0 0,-0 0,0 1,-1 0,0 2.5,-2.5 0,NaN NaN,0 Infinity,-Infinity 0,0 2147483647,-2147483648 0,0 2147483648,0 1e+300,0 3,0 0
// expect: -0 0,-0 -0,-0 1,-1 -0,-0 2.5,-2.5 -0,NaN NaN,-0 Infinity,-Infinity -0,-0 2147483647,-2147483648 -0,-0 2147483648,-0 1e+300,-0 3,-0 0
// expect: 0 1,-0 1,1 1,-1 1,1 2.5,-2.5 1,NaN NaN,1 Infinity,-Infinity 1,1 2147483647,-2147483648 1,1 2147483648,1 1e+300,1 3,0 1
// expect: -1 0,-1 -0,-1 1,-1 -1,-1 2.5,-2.5 -1,NaN NaN,-1 Infinity,-Infinity -1,-1 2147483647,-2147483648 -1,-1 2147483648,-1 1e+300,-1 3,-1 0
// expect: 0 2.5,-0 2.5,1 2.5,-1 2.5,2.5 2.5,-2.5 2.5,NaN NaN,2.5 Infinity,-Infinity 2.5,2.5 2147483647,-2147483648 2.5,2.5 2147483648,2.5 1e+300,2.5 3,0 2.5
// expect: -2.5 0,-2.5 -0,-2.5 1,-2.5 -1,-2.5 2.5,-2.5 -2.5,NaN NaN,-2.5 Infinity,-Infinity -2.5,-2.5 2147483647,-2147483648 -2.5,-2.5 2147483648,-2.5 1e+300,-2.5 3,-2.5 0
// expect: NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN,NaN NaN
// expect: 0 Infinity,-0 Infinity,1 Infinity,-1 Infinity,2.5 Infinity,-2.5 Infinity,NaN NaN,Infinity Infinity,-Infinity Infinity,2147483647 Infinity,-2147483648 Infinity,2147483648 Infinity,1e+300 Infinity,3 Infinity,0 Infinity
// expect: -Infinity 0,-Infinity -0,-Infinity 1,-Infinity -1,-Infinity 2.5,-Infinity -2.5,NaN NaN,-Infinity Infinity,-Infinity -Infinity,-Infinity 2147483647,-Infinity -2147483648,-Infinity 2147483648,-Infinity 1e+300,-Infinity 3,-Infinity 0
// expect: 0 2147483647,-0 2147483647,1 2147483647,-1 2147483647,2.5 2147483647,-2.5 2147483647,NaN NaN,2147483647 Infinity,-Infinity 2147483647,2147483647 2147483647,-2147483648 2147483647,2147483647 2147483648,2147483647 1e+300,3 2147483647,0 2147483647
// expect: -2147483648 0,-2147483648 -0,-2147483648 1,-2147483648 -1,-2147483648 2.5,-2147483648 -2.5,NaN NaN,-2147483648 Infinity,-Infinity -2147483648,-2147483648 2147483647,-2147483648 -2147483648,-2147483648 2147483648,-2147483648 1e+300,-2147483648 3,-2147483648 0
// expect: 0 2147483648,-0 2147483648,1 2147483648,-1 2147483648,2.5 2147483648,-2.5 2147483648,NaN NaN,2147483648 Infinity,-Infinity 2147483648,2147483647 2147483648,-2147483648 2147483648,2147483648 2147483648,2147483648 1e+300,3 2147483648,0 2147483648
// expect: 0 1e+300,-0 1e+300,1 1e+300,-1 1e+300,2.5 1e+300,-2.5 1e+300,NaN NaN,1e+300 Infinity,-Infinity 1e+300,2147483647 1e+300,-2147483648 1e+300,2147483648 1e+300,1e+300 1e+300,3 1e+300,0 1e+300
// expect: 0 3,-0 3,1 3,-1 3,2.5 3,-2.5 3,NaN NaN,3 Infinity,-Infinity 3,3 2147483647,-2147483648 3,3 2147483648,3 1e+300,3 3,0 3
// expect: 0 0,-0 0,0 1,-1 0,0 2.5,-2.5 0,NaN NaN,0 Infinity,-Infinity 0,0 2147483647,-2147483648 0,0 2147483648,0 1e+300,0 3,0 0
// expect: 500505.5
// expect: 3 4 -Infinity Infinity
// expect: 1|2
// expect: 2 0 7
