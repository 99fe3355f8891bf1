// The global object lists the globals a script makes (by assignment or
// through the object) as enumerable own properties, in the order they
// were made, after node's own enumerable globals; the built-ins are not
// enumerable; its tag is `global`.
globalThis.made = 1;
implicit = 2;
var declared = 3; // a module's own variable, not a property
var keys = Object.keys(globalThis);
console.log(keys.slice(keys.indexOf("made"))); // expect: [ 'made', 'implicit' ]
console.log(keys.includes("setTimeout"), keys.includes("Math"), keys.includes("declared")); // expect: true false false
for (var k in globalThis) if (k === "made" || k === "implicit") console.log("for-in", k);
// expect: for-in made
// expect: for-in implicit
console.log(Object.getOwnPropertyDescriptor(globalThis, "made")); // expect: { value: 1, writable: true, enumerable: true, configurable: true }
console.log(Object.getOwnPropertyDescriptor(globalThis, "Array").enumerable, Object.getOwnPropertyDescriptor(globalThis, "Array").writable); // expect: false true
console.log(globalThis.propertyIsEnumerable("implicit"), globalThis.propertyIsEnumerable("JSON")); // expect: true false
console.log(Object.getOwnPropertyNames(globalThis).includes("Object")); // expect: true
delete globalThis.made;
globalThis.made = 4;
keys = Object.keys(globalThis);
console.log(keys.slice(keys.indexOf("implicit"))); // expect: [ 'implicit', 'made' ]
console.log(Object.prototype.toString.call(globalThis), String(globalThis)); // expect: [object global] [object global]
