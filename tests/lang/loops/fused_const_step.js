// A loop whose step adds a constant (`i += 2`) ends `LoadConst; Add; Loop`,
// which the interpreter runs as one instruction on two Smis. Off that path
// (a step past int32, a double, a string, an object with valueOf) the plain
// `Add` runs, and the loop must still count and stop where node does.
function stepTwo(limit) {
  let n = 0;
  for (let d = 3; d < limit; d += 2) n++;
  return n;
}
console.log(stepTwo(0), stepTwo(4), stepTwo(5), stepTwo(1000));
function pastInt32() {
  let seen = [];
  for (let x = 2147483640; x < 2147483660; x += 5) seen.push(x);
  return seen.join(" ");
}
console.log(pastInt32());
function halves() {
  let s = 0;
  for (let x = 0; x < 3; x += 0.5) s++;
  return s;
}
console.log(halves());
function letters() {
  let s = "";
  for (let x = "a"; x.length < 6; x += "b") s = x;
  return s;
}
console.log(letters());
function stringStep() {
  const out = [];
  for (let x = "1"; out.length < 3; x += 1) out.push(x);
  return out.join(",");
}
console.log(stringStep());
let calls = 0;
function objectStep() {
  const o = { valueOf() { calls++; return 7; } };
  let last;
  for (let x = o; typeof x !== "number" || x < 30; x += 10) last = x;
  return last;
}
console.log(objectStep(), calls);
function negative() {
  let n = 0;
  for (let i = 10; i > -10; i += -3) n += i;
  return n;
}
console.log(negative());
function whileStep(limit) {
  let i = 0;
  let total = 0;
  while (i < limit) {
    total += i;
    i += 3;
  }
  return total;
}
let sum = 0;
for (let r = 0; r < 3000; r++) sum += whileStep(20);
console.log(sum);
// expect: 0 1 1 499
// expect: 2147483640 2147483645 2147483650 2147483655
// expect: 6
// expect: abbbb
// expect: 1,11,111
// expect: 27 1
// expect: 7
// expect: 189000
