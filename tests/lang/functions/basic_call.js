// Declaring and calling functions.
function add(a, b) { return a + b; }
function greet(name) { return "hi " + name; }
function noParams() { return 42; }
console.log(add(2, 3)); // expect: 5
console.log(greet("bob")); // expect: hi bob
console.log(noParams()); // expect: 42
console.log(add(add(1, 2), add(3, 4))); // expect: 10
console.log(add("a", "b")); // expect: ab
let r = add(10, noParams());
console.log(r); // expect: 52
