// %s inspects an object one level deep (maps, sets, dates and boxed
// primitives too), unless its toString is the program's own: then it is
// String(v), as node's hasBuiltInToString decides.
console.log("%s|%s", new Map([[1, { a: { b: 1 } }]]), new Set([[1, [2]]])); // expect: Map(1) { 1 => [Object] }|Set(1) { [Array] }
console.log("%s|%s|%s", new Date(0), new String("ab"), new Number(3)); // expect: 1970-01-01T00:00:00.000Z|[String: 'ab']|[Number: 3]
class P {
  toString() {
    return "P!";
  }
}
class Q extends P {}
console.log("%s|%s|%s", new P(), new Q(), [new P()]); // expect: P!|P!|[ P {} ]
const own = { toString() { return "own"; } };
console.log("%s|%s", own, Object.create(own)); // expect: own|own
class M extends Map {
  toString() {
    return "M!";
  }
}
console.log("%s %s", new M(), new M()); // expect: M! M!
const f = () => 1;
f.toString = () => "ftostr";
console.log("%s|%s", f, () => 2); // expect: ftostr|() => 2
console.log("%s", { a: 1, toString: 5 }, own); // expect: { a: 1, toString: 5 } { toString: [Function: toString] }
// Only what a %s consumes is converted: toString runs once, in order.
let calls = 0;
const counted = { toString() { calls++; return "c" + calls; } };
console.log("%j %s %s", counted, counted, counted, calls); // expect: {} c1 c2 0
console.log(calls); // expect: 2
