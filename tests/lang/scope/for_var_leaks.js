// A var in the for header is visible after the loop.
for (var i = 0; i < 3; i++) {}
console.log(i); // expect: 3
for (var j = 10; j > 0; j -= 4) {}
console.log(j); // expect: -2
