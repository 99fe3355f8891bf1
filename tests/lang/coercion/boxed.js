// new String/Number/Boolean make wrapper objects, printed as node does.
const s = new String("ab"), n = new Number(-0), b = new Boolean(false);
console.log(s, n, b, [s, new Number(1.5)], { s });
console.log(typeof s, s.length, s[1], s + "c", n + 1, b ? "truthy" : "falsy", b.valueOf());
console.log(s == "ab", s === "ab", s instanceof String, Object.prototype.toString.call(n));
console.log(Object("x"), Object(2), Object(true), Object(Symbol("q")));
console.log(JSON.stringify([s, n, b]), `${s}`, String(b), b.toString(), n.toFixed(1));
s.extra = 1;
console.log(s);
class Str extends String {}
console.log(new Str("z"), new Str("z").length);
console.log(String(1), Number("2"), Boolean(0));
// expect: [String: 'ab'] [Number: -0] [Boolean: false] [ [String: 'ab'], [Number: 1.5] ] { s: [String: 'ab'] }
// expect: object 2 b abc 1 truthy false
// expect: true false true [object Number]
// expect: [String: 'x'] [Number: 2] [Boolean: true] [Symbol: Symbol(q)]
// expect: ["ab",0,false] ab false false 0.0
// expect: [String: 'ab'] { extra: 1 }
// expect: [String (Str): 'z'] 1
// expect: 1 2 false
