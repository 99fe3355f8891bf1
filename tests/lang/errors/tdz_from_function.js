// A function called before a global let is initialized cannot see it.
function read() { return value; }
console.log("calling"); // expect: calling
read();
let value = 10;
// expect error: ReferenceError: Cannot access 'value' before initialization
