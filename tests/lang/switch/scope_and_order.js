// The case block is one scope; case expressions run in order until a match.
let log = [];
function t(v) {
  log.push(v);
  return v;
}
switch (3) {
  case t(1):
    console.log("no");
  case t(3):
    let x = "inner";
    console.log(x);
  case t(4):
    console.log("falls");
}
console.log(log);
let x = "outer";
switch (x) {
  case "outer": {
    let x = 1;
    console.log(x);
  }
}
console.log(x);
switch (1) {}
switch ({}) { default: console.log("only default"); }
const o = {};
switch (o) { case {}: console.log("no"); break; case o: console.log("same object"); }
// expect: inner
// expect: falls
// expect: [ 1, 3 ]
// expect: 1
// expect: outer
// expect: only default
// expect: same object
