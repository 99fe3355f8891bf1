// A wrapped symbol is serialized as an ordinary object, not dropped.
var b = Object(Symbol("s"));
b.x = 1;
console.log(JSON.stringify(Object(Symbol())), JSON.stringify([Object(Symbol("a"))]), JSON.stringify({ b })); // expect: {} [{}] {"b":{"x":1}}
