// shift and unshift on dense arrays work in place; every other shape of
// array still takes the generic algorithm. A queue drained with shift.
const q = [];
for (let i = 0; i < 5000; i++) q.push(i);
let sum = 0, n = 0;
while (q.length) { sum += q.shift(); if (++n % 1000 === 0) q.push(-1); }
console.log(sum, n, q.length);
const a = [1, 2, 3];
console.log(a.unshift(-1, 0), a, a.shift(), a.shift(), a, a.length);
const mixed = [1, 2];
console.log(mixed.unshift("s", {k: 1}, 2.5), mixed, mixed.shift(), mixed);
const doubles = [1.5, 2.5];
console.log(doubles.shift(), doubles.unshift(0.5, 7), doubles);
const holey = [, 1, , 2];
console.log(holey.shift(), holey, holey.length, holey.unshift(9), holey);
const empty = [];
console.log(empty.shift(), empty.unshift(), empty.length, [].unshift(1, 2, 3));
const frozen = Object.freeze([1, 2]);
try { frozen.shift(); } catch (e) { console.log(e.constructor.name, e.message); }
try { frozen.unshift(0); } catch (e) { console.log(e.constructor.name, e.message); }
const ro = [1, 2, 3];
Object.defineProperty(ro, "length", { writable: false });
try { ro.shift(); } catch (e) { console.log(e.constructor.name, e.message, ro); }
const acc = [1, 2, 3];
Object.defineProperty(acc, 1, { get() { return "got"; }, set(v) { console.log("set", v); }, configurable: true });
console.log(acc.shift(), acc);
Array.prototype[0] = "proto";
const h2 = [, "x"];
console.log(h2.shift(), h2);
delete Array.prototype[0];
const like = { length: 3, 0: "a", 1: "b", 2: "c" };
console.log(Array.prototype.shift.call(like), like, Array.prototype.unshift.call(like, "z"), like);
class Q extends Array {}
const sub = Q.from([1, 2, 3]);
console.log(sub.shift(), sub.unshift(0), sub, sub instanceof Q);
const big = Array.from({ length: 20 }, (_, i) => i);
big.unshift(...Array.from({ length: 30 }, (_, i) => -i));
let t = 0;
while (big.length > 3) t += big.shift();
console.log(t, big);
const objs = [{ v: 1 }, { v: 2 }];
objs.unshift({ v: 0 });
console.log(objs.shift().v, objs.map(o => o.v));
// expect: 12497495 5005 0
// expect: 5 [ 1, 2, 3 ] -1 0 [ 1, 2, 3 ] 3
// expect: 5 [ { k: 1 }, 2.5, 1, 2 ] s [ { k: 1 }, 2.5, 1, 2 ]
// expect: 1.5 3 [ 0.5, 7, 2.5 ]
// expect: undefined [ 9, 1, <1 empty item>, 2 ] 3 4 [ 9, 1, <1 empty item>, 2 ]
// expect: undefined 0 0 3
// expect: TypeError Cannot assign to read only property '0' of object '[object Array]'
// expect: TypeError Cannot add property 2, object is not extensible
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]' [ 2, 3, <1 empty item> ]
// expect: set 3
// expect: 1 [ 'got', [Getter/Setter] ]
// expect: proto [ 'x' ]
// expect: a { '0': 'z', '1': 'b', '2': 'c', length: 3 } 3 { '0': 'z', '1': 'b', '2': 'c', length: 3 }
// expect: 1 3 Q(3) [ 0, 2, 3 ] true
// expect: -299 [ 17, 18, 19 ]
// expect: 0 [ 1, 2 ]
