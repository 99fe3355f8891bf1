// A class declaration is not hoisted like a function.
console.log(typeof C === "undefined" ? "no" : "yes");
class C {}
// expect error: ReferenceError: Cannot access 'C' before initialization
