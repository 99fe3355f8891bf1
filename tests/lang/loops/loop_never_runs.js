// Loops whose condition is false from the start.
let ran = false;
while (0) ran = true;
for (let i = 10; i < 5; i++) ran = true;
for (; false;) ran = true;
console.log(ran); // expect: false
