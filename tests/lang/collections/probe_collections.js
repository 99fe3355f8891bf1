var m = new Map([[1, 'a'], ['1', 'b'], [NaN, 'nan'], [-0, 'zero']]);
console.log(m, m.get(NaN), m.get(0), m.get(+0), m.has(-0), [...m.keys()], Object.is([...m.keys()][3], 0));
m.delete(1); m.set(1, 'again'); console.log([...m.entries()], m.size);
var s = new Set([3, 1, 3, 2, 1]); s.add(-0); console.log(s, [...s], s.has(0), Object.is([...s][3], -0));
var order = []; var it = new Set([1, 2, 3]); for (var v of it) { order.push(v); if (v === 1) { it.delete(2); it.add(4); } } console.log(order);
var mm = new Map(); var ko = {}; mm.set(ko, 1).set('k', 2); console.log(mm.get(ko), mm.get({}), mm);
m.forEach(function(v, k, map) { console.log(k, v, map === m, this.t); }, { t: 'this' });
console.log(new Map([[{ a: 1 }, [1, 2]], ['nested', new Map([[1, new Set([2])]])]]));
console.log(new Set(), new Map(), new Set('hello'), new Map(Object.entries({ a: 1, b: 2 })), Object.fromEntries(new Map([['x', 1]])));
var wm = new WeakMap(); var key = {}; wm.set(key, 'w'); console.log(wm.get(key), wm.has({}), wm, new WeakSet([key]));
try { new Map([1]); } catch (e) { console.log(e.message); }
try { Map(); } catch (e) { console.log(e.message); }
try { wm.set(1, 1); } catch (e) { console.log(e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.message); }
class MyMap extends Map { set(k, v) { return super.set(k, v * 2); } } console.log(new MyMap([['a', 1]]), new MyMap([['a', 1]]).get('a'));
console.log([...new Map([[1, 2]])[Symbol.iterator]()], m[Symbol.toStringTag], String(m), typeof m.size, Object.prototype.toString.call(new Set()));
var big = new Map(); for (var i = 0; i < 30; i++) big.set('k' + i, i); console.log(big);
var bigs = new Set(); for (var i = 0; i < 120; i++) bigs.add(i); console.log(bigs);

// expect: Map(4) { 1 => 'a', '1' => 'b', NaN => 'nan', 0 => 'zero' } nan zero zero true [ 1, '1', NaN, 0 ] true
// expect: [ [ '1', 'b' ], [ NaN, 'nan' ], [ 0, 'zero' ], [ 1, 'again' ] ] 4
// expect: Set(4) { 3, 1, 2, 0 } [ 3, 1, 2, 0 ] true false
// expect: [ 1, 3, 4 ]
// expect: 1 undefined Map(2) { {} => 1, 'k' => 2 }
// expect: 1 b true this
// expect: NaN nan true this
// expect: 0 zero true this
// expect: 1 again true this
// expect: Map(2) {
// expect:   { a: 1 } => [ 1, 2 ],
// expect:   'nested' => Map(1) { 1 => Set(1) { 2 } }
// expect: }
// expect: Set(0) {} Map(0) {} Set(4) { 'h', 'e', 'l', 'o' } Map(2) { 'a' => 1, 'b' => 2 } { x: 1 }
// expect: w false WeakMap { <items unknown> } WeakSet { <items unknown> }
// expect: Iterator value 1 is not an entry object
// expect: Constructor Map requires 'new'
// expect: Invalid value used as weak map key
// expect: Method Map.prototype.get called on incompatible receiver #<Object>
// expect: MyMap(1) [Map] { 'a' => 2 } 2
// expect: [ [ 1, 2 ] ] Map [object Map] number [object Set]
// expect: Map(30) {
// expect:   'k0' => 0,
// expect:   'k1' => 1,
// expect:   'k2' => 2,
// expect:   'k3' => 3,
// expect:   'k4' => 4,
// expect:   'k5' => 5,
// expect:   'k6' => 6,
// expect:   'k7' => 7,
// expect:   'k8' => 8,
// expect:   'k9' => 9,
// expect:   'k10' => 10,
// expect:   'k11' => 11,
// expect:   'k12' => 12,
// expect:   'k13' => 13,
// expect:   'k14' => 14,
// expect:   'k15' => 15,
// expect:   'k16' => 16,
// expect:   'k17' => 17,
// expect:   'k18' => 18,
// expect:   'k19' => 19,
// expect:   'k20' => 20,
// expect:   'k21' => 21,
// expect:   'k22' => 22,
// expect:   'k23' => 23,
// expect:   'k24' => 24,
// expect:   'k25' => 25,
// expect:   'k26' => 26,
// expect:   'k27' => 27,
// expect:   'k28' => 28,
// expect:   'k29' => 29
// expect: }
// expect: Set(120) {
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
// expect:   ... 20 more items
// expect: }
