// console.log formats its first argument like node's util.format when more
// arguments follow: %s %d %i %f %j %o %c and %%.
console.log("%d", 1.5); // expect: 1.5
console.log("%i", 1.5); // expect: 1
console.log("%s!", "a", "b"); // expect: a! b
console.log("%%", 1); // expect: % 1
console.log("50%", "done"); // expect: 50% done
console.log("%d %d", 1); // expect: 1 %d
console.log("%s", -0); // expect: -0
console.log("%d", "12px"); // expect: NaN
console.log("%f", "3.5e1x"); // expect: 35
console.log("%c[", "color: red", 1); // expect: [ 1
console.log("a%sb"); // expect: a%sb
console.log("%o", "s"); // expect: 's'
console.log("%j", "s"); // expect: "s"
console.log("%i", -0.5); // expect: -0
console.log("x", "%d", 3); // expect: x %d 3
console.log("%s and %s", 1, true); // expect: 1 and true
