// Arrows are not constructors.
const f = () => 1;
console.log(f());
new f();
// expect: 1
// expect error: TypeError: f is not a constructor
