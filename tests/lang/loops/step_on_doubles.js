// A loop's `i++`/`i--` step and its back edge run as one instruction in
// the interpreter while the counter is a Smi; a double, a string or a
// counter past the Smi range takes the plain step and still loops right.
let c = 0;
for (var i = -0.5; i > -5.5; i--) c++;
console.log(c, i); // expect: 5 -5.5
function up() {
  let n = 0;
  for (let j = 0.5; j < 5.5; j++) n++;
  return n;
}
console.log(up(), up()); // expect: 5 5
function edge() {
  let n = 0;
  let last = 0;
  for (let k = 2147483645; k < 2147483650; k++) {
    n++;
    last = k;
  }
  return [n, last];
}
console.log(edge()); // expect: [ 5, 2147483649 ]
let s = "";
for (let t = "1"; t < 4; t++) s += typeof t;
console.log(s); // expect: stringnumbernumber
let w = 0;
for (let d = 0; d < 3; d += 0.5) w++;
console.log(w); // expect: 6
