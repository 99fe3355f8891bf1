// Immediately invoked functions and closures over their scope.
const counter = (function () {
  let c = 0;
  return function () { return ++c; };
})();
counter();
console.log(counter());
console.log((() => 1 + 2)());
(function (x) { console.log(x * 2); })(21);
const fresh = [];
for (let i = 0; i < 3; i++) fresh.push(function () {});
console.log(fresh[0] === fresh[1], typeof fresh[2]);
// expect: 2
// expect: 3
// expect: 42
// expect: false function
