// An uncaught error with own properties: node prints them after the stack
// as inspect does (`{ code: 'E1', ... }`); stitch prints the same block
// under the place it was thrown (the whole report: src/uncaught.rs tests).
const e = new TypeError("bad input");
e.code = "E_BAD";
e.detail = { at: [1, 2] };
console.log("before"); // expect: before
throw e;
// expect error:   code: 'E_BAD',
