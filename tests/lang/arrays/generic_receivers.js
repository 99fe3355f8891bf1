// Array methods called on other things: the methods V8 writes in Torque
// name themselves for undefined and null, the others fail in ToObject; a
// String object's characters are elements to them; the results of
// methods that return `this` are objects; toString without a join falls
// back to Object.prototype.toString, tag included.
for (const m of ["map", "forEach", "indexOf", "concat", "reduce", "findLast", "join", "slice", "includes"]) {
  try {
    Array.prototype[m].call(null, (x) => x);
  } catch (e) {
    console.log(m, e.message);
  }
}
// expect: map Array.prototype.map called on null or undefined
// expect: forEach Array.prototype.forEach called on null or undefined
// expect: indexOf Array.prototype.indexOf called on null or undefined
// expect: concat Array.prototype.concat called on null or undefined
// expect: reduce Array.prototype.reduce called on null or undefined
// expect: findLast Array.prototype.findLast called on null or undefined
// expect: join Cannot convert undefined or null to object
// expect: slice Cannot convert undefined or null to object
// expect: includes Cannot convert undefined or null to object
const hey = new String("hey");
console.log(Array.prototype.slice.call(hey, 1), Array.prototype.map.call(hey, (c) => c + c)); // expect: [ 'e', 'y' ] [ 'hh', 'ee', 'yy' ]
console.log(Array.prototype.filter.call(hey, (c) => c !== "e"), Array.prototype.lastIndexOf.call(hey, "y")); // expect: [ 'h', 'y' ] 2
console.log(Array.prototype.reverse.call(5), Array.prototype.fill.call(true, 1)); // expect: [Number: 5] [Boolean: true]
console.log(Array.prototype.copyWithin.call("", 0), Array.prototype.sort.call("a")); // expect: [String: ''] [String: 'a']
console.log(Array.prototype.toString.call(new Map()), Array.prototype.toString.call({})); // expect: [object Map] [object Object]
console.log(Array.prototype.toString.call({ [Symbol.toStringTag]: "Tagged" })); // expect: [object Tagged]
Array.prototype.some.call(undefined, () => true);
// expect error: TypeError: Array.prototype.some called on null or undefined
