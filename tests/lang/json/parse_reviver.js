// JSON.parse's reviver sees every value bottom-up (the root last, with
// key ""); undefined deletes the property.
var order = [];
function log(key, value) {
  order.push(key === "" ? "(root)" : key);
  return value;
}
JSON.parse('{"a":{"b":1,"c":[2,3]},"d":4}', log);
console.log(JSON.stringify(order)); // expect: ["b","0","1","c","a","d","(root)"]
function dropOdd(key, value) {
  return typeof value === "number" && value % 2 === 1 ? undefined : value;
}
console.log(JSON.stringify(JSON.parse('{"a":1,"b":2,"c":[1,2,3]}', dropOdd))); // expect: {"b":2,"c":[null,2,null]}
function dates(key, value) {
  return key === "when" ? "date:" + value : value;
}
console.log(JSON.parse('{"when":"2024","what":"x"}', dates).when); // expect: date:2024
function wholesale(key, value) {
  return key === "" ? "replaced" : value;
}
console.log(JSON.parse("[1,2]", wholesale)); // expect: replaced
function thisIsHolder(key, value) {
  if (key === "b") return this.a + value;
  return value;
}
console.log(JSON.stringify(JSON.parse('{"a":10,"b":5}', thisIsHolder))); // expect: {"a":10,"b":15}
console.log(JSON.parse("[1]", 5)[0]); // expect: 1
