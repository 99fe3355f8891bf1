// Every closure of one scope sees the same variables.
function pair() {
  let x = 1;
  const get = () => x;
  const set = (v) => { x = v; };
  return [get, set];
}
const g = pair()[0];
const p = pair();
p[1](42);
console.log(p[0](), g());
// Nested three deep: reads and writes through two contexts.
function a() {
  let depth1 = "a";
  return function b() {
    let depth2 = "b";
    return function c() {
      depth1 += "!";
      depth2 += "?";
      return depth1 + depth2;
    };
  };
}
const c = a()();
console.log(c(), c());
// expect: 42 1
// expect: a!b? a!!b??
