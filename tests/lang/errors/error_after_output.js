// Output produced before an error is kept.
for (let i = 0; i < 3; i++) console.log("line", i);
// expect: line 0
// expect: line 1
// expect: line 2
let limit = 2;
limit();
// expect error: TypeError: limit is not a function
