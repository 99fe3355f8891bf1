// A subclass of Map or Set: the constructor stores its entries through
// the subclass's own set/add, as JavaScript's constructors call this.set.
class M extends Map {
  set(k, v) { console.log("set", k, v); return super.set(k, v * 2); }
}
const m = new M([[1, 2], [3, 4]]);
console.log(m.get(1), m.size, m, m instanceof Map);
class S extends Set {
  add(v) { console.log("add", v); return super.add(v + 1); }
}
const s = new S([1, 2]);
console.log(s.has(2), s);
class Plain extends Map {}
console.log(new Plain([["a", 1]]));
class NoAdd extends Set {}
NoAdd.prototype.add = 5;
try { new NoAdd([1]); } catch (e) { console.log(e.constructor.name, e.message); }
const seen = [];
class Log extends Set { add(v) { seen.push(v); return this; } }
const l = new Log("abc");
console.log(seen, l.size);
// expect: set 1 2
// expect: set 3 4
// expect: 4 2 M(2) [Map] { 1 => 4, 3 => 8 } true
// expect: add 1
// expect: add 2
// expect: true S(2) [Set] { 2, 3 }
// expect: Plain(1) [Map] { 'a' => 1 }
// expect: TypeError '5' returned for property 'add' of object '#<NoAdd>' is not a function
// expect: [ 'a', 'b', 'c' ] 0
