// JSON.stringify's third argument: a number of spaces (at most 10) or a
// string (its first 10 characters). Each result is printed as a JSON
// string, so its line breaks show as \n.
var v = { a: 1, b: [1, 2, { c: [] }], d: {}, e: "x" };
console.log(JSON.stringify(JSON.stringify(v, null, 2))); // expect: "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2,\n    {\n      \"c\": []\n    }\n  ],\n  \"d\": {},\n  \"e\": \"x\"\n}"
console.log(JSON.stringify(JSON.stringify(v, null, "\t"))); // expect: "{\n\t\"a\": 1,\n\t\"b\": [\n\t\t1,\n\t\t2,\n\t\t{\n\t\t\t\"c\": []\n\t\t}\n\t],\n\t\"d\": {},\n\t\"e\": \"x\"\n}"
console.log(JSON.stringify(JSON.stringify([1, [2, [3]]], null, 1))); // expect: "[\n 1,\n [\n  2,\n  [\n   3\n  ]\n ]\n]"
console.log(JSON.stringify(JSON.stringify(v, null, 0))); // expect: "{\"a\":1,\"b\":[1,2,{\"c\":[]}],\"d\":{},\"e\":\"x\"}"
console.log(JSON.stringify(JSON.stringify(v, null, -3))); // expect: "{\"a\":1,\"b\":[1,2,{\"c\":[]}],\"d\":{},\"e\":\"x\"}"
console.log(JSON.stringify(JSON.stringify(v, null, ""))); // expect: "{\"a\":1,\"b\":[1,2,{\"c\":[]}],\"d\":{},\"e\":\"x\"}"
console.log(JSON.stringify(JSON.stringify({ deep: { er: 1 } }, null, 20))); // expect: "{\n          \"deep\": {\n                    \"er\": 1\n          }\n}"
console.log(JSON.stringify(JSON.stringify({ deep: { er: 1 } }, null, "abcdefghijklmnop"))); // expect: "{\nabcdefghij\"deep\": {\nabcdefghijabcdefghij\"er\": 1\nabcdefghij}\n}"
console.log(JSON.stringify(JSON.stringify({ a: 1 }, null, 2.9))); // expect: "{\n  \"a\": 1\n}"
console.log(JSON.stringify(JSON.stringify({ a: 1 }, null, "  "))); // expect: "{\n  \"a\": 1\n}"
console.log(JSON.stringify(JSON.stringify({ a: 1 }, null, true))); // expect: "{\"a\":1}"
console.log(JSON.stringify(JSON.stringify({ a: 1 }, null, Object(3)))); // expect: "{\n   \"a\": 1\n}"
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify(5, null, 2)); // expect: [] {} 5
console.log(JSON.stringify(JSON.stringify({ u: undefined, v: 1 }, null, 2))); // expect: "{\n  \"v\": 1\n}"
console.log(JSON.stringify(JSON.stringify({ u: undefined }, null, 2))); // expect: "{}"
