// JSON.stringify's replacer: a function called for every key (the root's
// key is ""), or an array naming the keys to keep.
function double(key, value) {
  return typeof value === "number" ? value * 2 : value;
}
console.log(JSON.stringify({ a: 1, b: [2, 3], c: "x" }, double)); // expect: {"a":2,"b":[4,6],"c":"x"}
var seen = [];
function record(key, value) {
  seen.push(key === "" ? "(root)" : key);
  return value;
}
JSON.stringify({ a: { b: 1 }, c: [5] }, record);
console.log(JSON.stringify(seen)); // expect: ["(root)","a","b","c","0"]
function dropStrings(key, value) {
  return typeof value === "string" ? undefined : value;
}
console.log(JSON.stringify({ a: "x", b: 2, c: ["y", 3] }, dropStrings)); // expect: {"b":2,"c":[null,3]}
function holderCheck(key, value) {
  if (key === "inner") return this.outer + value;
  return value;
}
console.log(JSON.stringify({ outer: 10, inner: 5 }, holderCheck)); // expect: {"outer":10,"inner":15}
function replaceRoot(key, value) {
  return key === "" ? [1, 2] : value;
}
console.log(JSON.stringify({ ignored: true }, replaceRoot)); // expect: [1,2]
function toUndefined() {}
console.log(JSON.stringify({ a: 1 }, toUndefined)); // expect: undefined
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 }, 1: "one" }, ["a", "c", 1, "a"])); // expect: {"a":1,"c":{"a":3},"1":"one"}
console.log(JSON.stringify({ b: 1, a: 2 }, ["a", "b"])); // expect: {"a":2,"b":1}
console.log(JSON.stringify([{ a: 1, b: 2 }], ["b"])); // expect: [{"b":2}]
console.log(JSON.stringify({ a: 1 }, [], 2)); // expect: {}
console.log(JSON.stringify({ a: 1, b: 2 }, [Object("b"), {}, true])); // expect: {"b":2}
console.log(JSON.stringify({ a: 1 }, "not a replacer")); // expect: {"a":1}
