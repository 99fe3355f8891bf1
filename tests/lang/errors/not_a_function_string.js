// Calling a string.
let name = "console.log";
console.log(typeof name); // expect: string
name("hi");
// expect error: TypeError: name is not a function
