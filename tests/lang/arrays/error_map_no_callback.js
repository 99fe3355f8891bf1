// A callback that is missing is "undefined is not a function", as in node.
console.log([].map(function (x) { return x; }).length); // expect: 0
[1].map();
// expect error: TypeError: undefined is not a function
