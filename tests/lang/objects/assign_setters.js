// Object.assign writes with [[Set]]: a setter on the target, its class or its
// prototype chain receives the value instead of being reported read-only.
const tgt = { set v(x) { console.log("setter", x); } };
Object.assign(tgt, { v: 5 }); // expect: setter 5
class C { set w(x) { console.log("class setter", x); } }
Object.assign(new C(), { w: 1 }); // expect: class setter 1
const p = Object.create({ set z(x) { this.seen = x * 2; } });
Object.assign(p, { z: 2 });
console.log(Object.keys(p), p.seen); // expect: [ 'seen' ] 4
let n = 0;
const counted = { get g() { return ++n; } };
console.log(Object.assign({}, counted, null, "xy"), n); // expect: { '0': 'x', '1': 'y', g: 1 } 1
Object.assign({ get only() { return 1; } }, { only: 2 });
// expect error: TypeError: Cannot set property only of #<Object> which has only a getter
