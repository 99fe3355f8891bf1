// A sloppy function with simple parameters gets `arguments.callee`: the
// function itself (a hidden own property, after `length`).
function fact(n) {
  return n <= 1 ? 1 : n * arguments.callee(n - 1);
}
console.log(fact(5)); // expect: 120
const anon = function () {
  return arguments.callee;
};
console.log(anon() === anon); // expect: true
function names() {
  return Object.getOwnPropertyNames(arguments).join();
}
console.log(names(1, 2), Object.keys((function () { return arguments; })(7)).join()); // expect: 0,1,length,callee 0
function inArrow() {
  return (() => arguments.callee)();
}
console.log(inArrow() === inArrow); // expect: true
function counted() {
  arguments.callee.count = (arguments.callee.count || 0) + 1;
  return arguments.callee.count;
}
counted();
counted();
console.log(counted()); // expect: 3
function hot(x) {
  return arguments.length + (arguments.callee === hot ? 1 : 0);
}
let sum = 0;
for (let i = 0; i < 3000; i++) sum += hot(i);
console.log(sum); // expect: 6000
console.log(hot.call(null, 1, 2), hot.bind(null)(), hot.apply(null, [])); // expect: 3 1 1
