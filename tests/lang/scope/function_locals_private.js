// Function locals do not leak out, and each call has its own.
var shared = "global";
function f() {
  var shared = "local";
  let other = 1;
  return shared + other;
}
console.log(f()); // expect: local1
console.log(shared); // expect: global
console.log(typeof other); // expect: undefined
function counter(n) {
  let c = 0;
  c = c + n;
  return c;
}
console.log(counter(5), counter(5)); // expect: 5 5
