// typeof does not protect against the temporal dead zone.
console.log(typeof undeclared); // expect: undefined
console.log(typeof z);
let z = 1;
// expect error: ReferenceError: Cannot access 'z' before initialization
