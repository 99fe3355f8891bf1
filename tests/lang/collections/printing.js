// node's util.inspect rules for maps and sets: sizes, nesting past depth 2,
// line breaking at 80 columns, subclasses, weak collections.
const big = new Map();
for (let i = 0; i < 12; i++) big.set("key" + i, i * 1000);
console.log(big);
const s = new Set();
for (let i = 0; i < 105; i++) s.add(i);
console.log(s);
console.log({ a: new Map([[1, new Map([[2, new Map([[3, new Map()]])]])]]) });
console.log([new Set([1]), new Map([["x", [1, 2, 3]]])]);
class Registry extends Map {}
const r = new Registry([["a", 1]]);
console.log(r, r instanceof Map, r.get("a"));
class Bag extends Set { total() { let t = 0; for (const x of this) t += x; return t; } }
const b = new Bag([1, 2, 3]);
console.log(b, b.total());
console.log(new WeakMap(), new WeakSet(), String(new Map()), `${new Set()}`);
const m = new Map([["long key number one", "a long value to break the line"], ["long key number two", "another long value"]]);
console.log(m);
const withProp = new Map([[1, 2]]);
withProp.extra = true;
console.log(withProp, JSON.stringify(withProp), JSON.stringify({ m: new Map([[1, 2]]) }));
console.log(new Map([[1, 2]]).keys(), new Set(["a"]).entries(), [1, 2].values(), "ab"[Symbol.iterator]());
// expect: Map(12) {
// expect:   'key0' => 0,
// expect:   'key1' => 1000,
// expect:   'key2' => 2000,
// expect:   'key3' => 3000,
// expect:   'key4' => 4000,
// expect:   'key5' => 5000,
// expect:   'key6' => 6000,
// expect:   'key7' => 7000,
// expect:   'key8' => 8000,
// expect:   'key9' => 9000,
// expect:   'key10' => 10000,
// expect:   'key11' => 11000
// expect: }
// expect: Set(105) {
// expect:   0,
// expect:   1,
// expect:   2,
// expect:   3,
// expect:   4,
// expect:   5,
// expect:   6,
// expect:   7,
// expect:   8,
// expect:   9,
// expect:   10,
// expect:   11,
// expect:   12,
// expect:   13,
// expect:   14,
// expect:   15,
// expect:   16,
// expect:   17,
// expect:   18,
// expect:   19,
// expect:   20,
// expect:   21,
// expect:   22,
// expect:   23,
// expect:   24,
// expect:   25,
// expect:   26,
// expect:   27,
// expect:   28,
// expect:   29,
// expect:   30,
// expect:   31,
// expect:   32,
// expect:   33,
// expect:   34,
// expect:   35,
// expect:   36,
// expect:   37,
// expect:   38,
// expect:   39,
// expect:   40,
// expect:   41,
// expect:   42,
// expect:   43,
// expect:   44,
// expect:   45,
// expect:   46,
// expect:   47,
// expect:   48,
// expect:   49,
// expect:   50,
// expect:   51,
// expect:   52,
// expect:   53,
// expect:   54,
// expect:   55,
// expect:   56,
// expect:   57,
// expect:   58,
// expect:   59,
// expect:   60,
// expect:   61,
// expect:   62,
// expect:   63,
// expect:   64,
// expect:   65,
// expect:   66,
// expect:   67,
// expect:   68,
// expect:   69,
// expect:   70,
// expect:   71,
// expect:   72,
// expect:   73,
// expect:   74,
// expect:   75,
// expect:   76,
// expect:   77,
// expect:   78,
// expect:   79,
// expect:   80,
// expect:   81,
// expect:   82,
// expect:   83,
// expect:   84,
// expect:   85,
// expect:   86,
// expect:   87,
// expect:   88,
// expect:   89,
// expect:   90,
// expect:   91,
// expect:   92,
// expect:   93,
// expect:   94,
// expect:   95,
// expect:   96,
// expect:   97,
// expect:   98,
// expect:   99,
// expect:   ... 5 more items
// expect: }
// expect: { a: Map(1) { 1 => Map(1) { 2 => [Map] } } }
// expect: [ Set(1) { 1 }, Map(1) { 'x' => [ 1, 2, 3 ] } ]
// expect: Registry(1) [Map] { 'a' => 1 } true 1
// expect: Bag(3) [Set] { 1, 2, 3 } 6
// expect: WeakMap { <items unknown> } WeakSet { <items unknown> } [object Map] [object Set]
// expect: Map(2) {
// expect:   'long key number one' => 'a long value to break the line',
// expect:   'long key number two' => 'another long value'
// expect: }
// expect: Map(1) { 1 => 2, extra: true } {"extra":true} {"m":{}}
// expect: [Map Iterator] { 1 } [Set Entries] { [ 'a', 'a' ] } Object [Array Iterator] {} Object [String Iterator] {}
