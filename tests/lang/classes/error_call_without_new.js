// A class constructor called without new.
class A {}
console.log("before");
A();
// expect: before
// expect error: TypeError: Class constructor A cannot be invoked without 'new'
