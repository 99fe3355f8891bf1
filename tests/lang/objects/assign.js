// Object.assign copies own enumerable properties left to right, returns the target.
var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 }, undefined);
console.log(r === target); // expect: true
console.log(JSON.stringify(target)); // expect: {"a":3,"b":2,"c":4}
console.log(JSON.stringify(Object.assign({}, "ab", [9]))); // expect: {"0":9,"1":"b"}
console.log(JSON.stringify(Object.assign([1, 2, 3], [4, 5]))); // expect: [4,5,3]
var n = Object.assign(7, { x: 1 });
console.log(typeof n); // expect: object
var copy = Object.assign({}, { nested: { deep: 1 } });
copy.nested.deep = 2;
console.log(JSON.stringify(copy)); // expect: {"nested":{"deep":2}}
console.log(Object.assign.length); // expect: 2
