// A file runs as a CommonJS module, as in node: `exports` is the script's
// `this`, `module.exports` starts as that object, and neither is a property
// of the global object.
console.log(typeof module, typeof exports, module.exports === exports, exports === this);
console.log("module" in globalThis, globalThis.exports);
exports.a = 1;
console.log(this, module.exports);
function Thing() { this.x = 1; }
if (typeof module !== "undefined" && module.exports) module.exports = Thing;
console.log(module.exports === Thing, exports);
// expect: object object true true
// expect: false undefined
// expect: { a: 1 } { a: 1 }
// expect: true { a: 1 }
