// Object.defineProperty with data descriptors, and what reads them.
var o = { a: 1 };
Object.defineProperty(o, "hidden", { value: 42 });
console.log(o.hidden, JSON.stringify(Object.keys(o)), JSON.stringify(Object.getOwnPropertyNames(o))); // expect: 42 ["a"] ["a","hidden"]
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, "hidden"))); // expect: {"value":42,"writable":false,"enumerable":false,"configurable":false}
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, "a"))); // expect: {"value":1,"writable":true,"enumerable":true,"configurable":true}
console.log(Object.getOwnPropertyDescriptor(o, "nope")); // expect: undefined
o.hidden = 7; // not writable: ignored
console.log(o.hidden, o.propertyIsEnumerable("hidden"), o.propertyIsEnumerable("a")); // expect: 42 false true
Object.defineProperty(o, "a", { enumerable: false });
console.log(JSON.stringify(Object.keys(o)), o.a); // expect: [] 1
Object.defineProperty(o, "a", { value: 5, enumerable: true });
console.log(JSON.stringify(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, "a"))); // expect: {"a":5} {"value":5,"writable":true,"enumerable":true,"configurable":true}
var ro = {};
Object.defineProperty(ro, "x", { value: 1, writable: false, enumerable: true, configurable: true });
ro.x = 2;
console.log(ro.x); // expect: 1
Object.defineProperty(ro, "x", { value: 3 }); // configurable: may still change
console.log(ro.x); // expect: 3
var order = { first: 1, second: 2, third: 3 };
Object.defineProperty(order, "second", { value: "two", writable: false });
console.log(JSON.stringify(order), JSON.stringify(Object.keys(order))); // expect: {"first":1,"second":"two","third":3} ["first","second","third"]
var arr = [1, 2, 3];
Object.defineProperty(arr, "length", { value: 1 });
console.log(JSON.stringify(arr), JSON.stringify(Object.getOwnPropertyNames(arr))); // expect: [1] ["0","length"]
var r = Object.defineProperty({}, 7, { value: "seven", enumerable: true });
console.log(JSON.stringify(r)); // expect: {"7":"seven"}
var many = Object.defineProperties({}, { p: { value: 1, enumerable: true }, q: { value: 2 } });
console.log(JSON.stringify(many), many.q); // expect: {"p":1} 2
console.log(JSON.stringify(Object.getOwnPropertyNames("ab"))); // expect: ["0","1","length"]
console.log(Object.defineProperty.length, Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a")); // expect: 3 true false true
function f(a, b) {}
Object.defineProperty(f, "name", { value: "renamed" });
f.name = "ignored";
console.log(f.name, f.length, JSON.stringify(Object.getOwnPropertyDescriptor(f, "name"))); // expect: renamed 2 {"value":"renamed","writable":false,"enumerable":false,"configurable":true}
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(f, "length")), JSON.stringify(Object.getOwnPropertyDescriptor(f, "prototype"))); // expect: {"value":2,"writable":false,"enumerable":false,"configurable":true} {"value":{},"writable":true,"enumerable":false,"configurable":false}
console.log(JSON.stringify(Object.getOwnPropertyDescriptor([1], "length")), JSON.stringify(Object.getOwnPropertyDescriptor("ab", 0))); // expect: {"value":1,"writable":true,"enumerable":false,"configurable":false} {"value":"a","writable":false,"enumerable":true,"configurable":false}
