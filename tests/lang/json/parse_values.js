// JSON.parse builds values with JavaScript's semantics.
var v = JSON.parse('{"name":"stitch","tags":["js","jit"],"n":3.25,"ok":true,"none":null,"nested":{"deep":[1,[2]]}}');
console.log(v.name, v.tags.length, v.tags[1], v.n, v.ok, v.none, v.nested.deep[1][0]); // expect: stitch 2 jit 3.25 true null 2
console.log(JSON.stringify(Object.keys(v))); // expect: ["name","tags","n","ok","none","nested"]
console.log(JSON.parse("42"), JSON.parse(" -0.5e1 "), JSON.parse("1E2"), JSON.parse("0"), 1 / JSON.parse("-0")); // expect: 42 -5 100 0 -Infinity
console.log(JSON.parse("1e400"), JSON.parse("-1e-400"), JSON.parse("123456789012345678901234567890")); // expect: Infinity -0 1.2345678901234568e+29
console.log(JSON.parse('"esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041\\u00e9"').length); // expect: 23
console.log(JSON.parse('"\\ud83d\\ude00"') === "\ud83d\ude00", JSON.parse('"\\ud800"').length, JSON.parse('"\\uD800"') === "\ud800"); // expect: true 1 true
console.log(JSON.parse("true"), JSON.parse("false"), JSON.parse("null"), JSON.parse(" \t\n\r[ ] ")); // expect: true false null []
console.log(JSON.stringify(JSON.parse('{"b":1,"a":2,"1":3,"b":4}'))); // expect: {"1":3,"b":4,"a":2}
console.log(JSON.stringify(JSON.parse('{"__proto__": {"x": 1}}')), JSON.parse('{"__proto__": 1}').x); // expect: {"__proto__":{"x":1}} undefined
console.log(JSON.parse("[1, 2, 3]").length, typeof JSON.parse("{}"), Array.isArray(JSON.parse("[]"))); // expect: 3 object true
console.log(JSON.parse(1), JSON.parse(true), JSON.parse(null)); // expect: 1 true null
var text = { toString: function () { return "[7]"; } };
console.log(JSON.parse(text)[0]); // expect: 7
var round = { a: [1, { b: "c" }], d: -1.5e-7, e: "\u2028" };
console.log(JSON.stringify(JSON.parse(JSON.stringify(round))) === JSON.stringify(round)); // expect: true
