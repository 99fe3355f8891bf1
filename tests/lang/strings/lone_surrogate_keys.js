// Lone surrogates as property keys are distinct keys that come back intact (Object.keys, for...in, JSON, console.log).
const k = '\ud800', k2 = 'a\udc00b';
const o = {}; o[k] = 1; o[k2] = 2; o.z = 3;
console.log(Object.keys(o).map(s => s.length));
for (const x in o) console.log(x.charCodeAt(0), x.length);
console.log(JSON.stringify(o));
console.log(JSON.stringify(k), JSON.stringify({[k]: k}));
const m = new Map(); m.set(k, 1); m.set('\ud800', 2); console.log(m.size, m.get(k));
console.log(o[k], k in o, o.hasOwnProperty(k2));
console.log(o);
const o2 = { '\udc00': 1, '\ufffd': 2, '\ud800': 3 }; console.log(Object.keys(o2).length, o2['\ufffd'], JSON.stringify(Object.keys(o2)));
const e = Object.entries({ ['x\udbff']: 1 }); console.log(e[0][0].charCodeAt(1).toString(16), e[0][0] === 'x\udbff');

// expect: [ 1, 3, 1 ]
// expect: 55296 1
// expect: 97 3
// expect: 122 1
// expect: {"\ud800":1,"a\udc00b":2,"z":3}
// expect: "\ud800" {"\ud800":"\ud800"}
// expect: 1 2
// expect: 1 true true
// expect: { '\ud800': 1, 'a\udc00b': 2, z: 3 }
// expect: 3 2 ["\udc00","�","\ud800"]
// expect: dbff true
