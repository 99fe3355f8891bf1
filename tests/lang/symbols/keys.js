// Symbols as property keys: computed keys, o[sym], not listed by for-in,
// Object.keys or JSON, copied by spread and Object.assign.
const id = Symbol("id"), hidden = Symbol("hidden");
const o = { name: "x", [id]: 7 };
o[hidden] = "h";
console.log(o[id], o[hidden], id in o, Object.keys(o), JSON.stringify(o));
for (const k in o) console.log("key", k);
console.log(o, { ...o }, Object.assign({}, o)[id]);
class Tagged { constructor() { this[id] = 1; } get [Symbol.for("g")]() { return 2; } }
const t = new Tagged();
console.log(t[id], t[Symbol.for("g")], t);
delete o[id];
console.log(id in o, o);
const arr = [1, 2];
arr[id] = "meta";
console.log(arr[id], arr.length, arr);
console.log(Object.getOwnPropertyNames(o), Object.entries(o));
// expect: 7 h true [ 'name' ] {"name":"x"}
// expect: key name
// expect: { name: 'x', [Symbol(id)]: 7, [Symbol(hidden)]: 'h' } { name: 'x', [Symbol(id)]: 7, [Symbol(hidden)]: 'h' } 7
// expect: 1 2 Tagged { [Symbol(id)]: 1 }
// expect: false { name: 'x', [Symbol(hidden)]: 'h' }
// expect: meta 2 [ 1, 2, [Symbol(id)]: 'meta' ]
// expect: [ 'name' ] [ [ 'name', 'x' ] ]
