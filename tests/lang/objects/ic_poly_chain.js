// A property read that meets 2, 3, 4 and then 5 shapes: compiled code
// patches a chain of up to four cases (own slots, prototype methods two
// levels up, getters) and goes generic past four. Prototypes changed after
// the cases were patched, deleted properties and dictionary-mode objects
// must still read what JavaScript says.

class Base {
  get doubled() { return this.v * 2; }
  hello() { return "base hello " + this.v; }
}
class A extends Base { tag() { return "A"; } }
class B extends Base { tag() { return "B"; } }
class C extends B { }
class D extends C { hello() { return "D hello"; } }

function readV(o) { return o.v; }
function readTag(o) { return o.tag(); }
function readHello(o) { return o.hello(); }
function readDoubled(o) { return o.doubled; }

function run(objs, rounds) {
  let total = 0;
  let last = "";
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < objs.length; i++) {
      const o = objs[i];
      total += readV(o) + readDoubled(o);
      last = readTag(o) + readHello(o);
    }
  }
  return total + " " + last;
}

const a = new A(); a.v = 1;
const b = new B(); b.v = 2;
const c = new C(); c.v = 3;
const d = new D(); d.v = 4;
const plain = { v: 5, tag() { return "P"; }, hello() { return "P hello"; }, get doubled() { return 50; } };

// Two, three, four, five shapes.
console.log(run([a, b], 300));
// expect: 2700 Bbase hello 2
console.log(run([a, b, c], 300));
// expect: 5400 Bbase hello 3
console.log(run([a, b, c, d], 300));
// expect: 9000 BD hello
console.log(run([a, b, c, d, plain], 300));
// expect: 25500 PP hello

// A prototype changed after the cases were patched: a method replaced, a
// method shadowed on the class between, a getter redefined.
console.log(run([a, b, c, d], 200));
// expect: 6000 BD hello
Base.prototype.hello = function () { return "new base " + this.v; };
console.log(readHello(a), readHello(c), readHello(d));
// expect: new base 1 new base 3 D hello
C.prototype.hello = function () { return "C's own"; };
console.log(readHello(a), readHello(b), readHello(c), readHello(d));
// expect: new base 1 new base 2 C's own D hello
Object.defineProperty(Base.prototype, "doubled", { get() { return this.v * 3; } });
console.log(readDoubled(a), readDoubled(b), readDoubled(c), readDoubled(d));
// expect: 3 6 9 12

// A fresh site warmed on four shapes, then a property deleted and an object
// moved to dictionary mode.
function readW(o) { return o.w; }
const objs = [{ w: 1 }, { x: 0, w: 2 }, { y: 0, z: 0, w: 3 }, Object.create({ w: 4 })];
let sum = 0;
for (let r = 0; r < 500; r++) for (const o of objs) sum += readW(o);
console.log(sum);
// expect: 5000
delete objs[1].w;
console.log(readW(objs[0]), readW(objs[1]), readW(objs[2]), readW(objs[3]));
// expect: 1 undefined 3 4
Object.getPrototypeOf(objs[3]).w = 40;
console.log(readW(objs[3]));
// expect: 40
delete Object.getPrototypeOf(objs[3]).w;
console.log(readW(objs[3]));
// expect: undefined
for (let i = 0; i < 40; i++) objs[2]["k" + i] = i;
delete objs[2].k3;
console.log(readW(objs[2]), readW(objs[0]));
// expect: 3 1

// Getters of several classes at one site, an own getter among them.
const own = { get doubled() { return -1; } };
let g = 0;
for (let r = 0; r < 300; r++) for (const o of [a, b, own]) g += readDoubled(o);
console.log(g);
// expect: 2400
