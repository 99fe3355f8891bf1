// A stack made inside a valueOf called by an operator lists the frames
// below it, in every tier.
function inner() {
  return new Error("from valueOf");
}
const o = {
  valueOf() {
    throw inner();
  },
};
function cmp(a) {
  return a < 1;
}
function add(a) {
  return a + 1;
}
function outer(f) {
  return f(o);
}
function names(e) {
  return e.stack
    .split("\n")
    .slice(1, 5)
    .map(function (l) {
      return l.trim().split(" ")[1];
    })
    .join(" ");
}
for (const f of [cmp, add]) {
  try {
    outer(f);
  } catch (e) {
    console.log(names(e));
  }
}
// expect: inner Object.valueOf cmp outer
// expect: inner Object.valueOf add outer
