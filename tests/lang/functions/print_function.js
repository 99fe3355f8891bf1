// console.log prints functions as [Function: name].
function foo() { return 1; }
function bar(a, b) {}
console.log(foo); // expect: [Function: foo]
console.log(bar); // expect: [Function: bar]
console.log(foo, bar); // expect: [Function: foo] [Function: bar]
let alias = foo;
console.log(alias); // expect: [Function: foo]
console.log("f:", foo); // expect: f: [Function: foo]
