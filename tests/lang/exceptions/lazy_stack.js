// An error's `stack` is made on first use (stitch keeps the frames until
// then): the header reads `name` and `message` at that point, as V8 does,
// and the property behaves as an ordinary writable, configurable,
// non-enumerable data property whenever a program looks at it.
function frame(line) {
  const t = line.trim();
  return t.slice(0, t.indexOf("(") + 1) + t.slice(t.lastIndexOf("/") + 1);
}
function make(m) {
  return new Error(m);
}
// Changed before the first read: the header shows the new values.
const a = make("first");
a.message = "second";
a.name = "Renamed";
console.log(a.stack.split("\n")[0]);
// Read once, then changed: the string stays as first made.
const b = make("kept");
const first = b.stack;
b.message = "changed";
console.log(b.stack === first, b.stack.split("\n")[0]);
// A subclass that names itself in its constructor.
class MyErr extends Error {
  constructor(m) {
    super(m);
    this.name = "MyErr";
  }
}
console.log(new MyErr("own name").stack.split("\n")[0]);
// A runtime error whose message is changed in the handler.
try {
  null.x;
} catch (e) {
  e.message = "patched";
  console.log(e.stack.split("\n")[0]);
}
// The frames are those live when the error was made, whenever it is read.
function outer() {
  return make("deep");
}
const c = outer();
(function later() {
  const lines = c.stack.split("\n");
  console.log(frame(lines[1]), frame(lines[2]));
})();
// A data property to every observer.
const d = make("desc");
const desc = Object.getOwnPropertyDescriptor(d, "stack");
console.log(typeof desc.value, desc.writable, desc.enumerable, desc.configurable, "get" in desc);
console.log(desc.value === d.stack);
console.log(Object.getOwnPropertyNames(make("x")), Object.keys(make("x")), JSON.stringify(make("x")));
console.log(make("x").hasOwnProperty("stack"), "stack" in make("x"));
// Written before it is read, written after, deleted, redefined.
const w = make("w");
w.stack = 42;
console.log(w.stack, typeof Object.getOwnPropertyDescriptor(w, "stack").value);
const w2 = make("w2");
w2.stack;
w2.stack = "replaced";
console.log(w2.stack);
const del = make("del");
console.log(delete del.stack, del.stack, Object.getOwnPropertyNames(del));
const re = make("re");
Object.defineProperty(re, "stack", { value: "fixed" });
re.stack = "ignored";
console.log(re.stack, Object.getOwnPropertyDescriptor(re, "stack").writable);
// Frozen and sealed errors keep a readable, unchangeable string.
const fr = Object.freeze(make("frozen"));
fr.stack = "no";
console.log(fr.stack.split("\n")[0], Object.isFrozen(fr));
const se = Object.seal(make("sealed"));
se.stack = "yes";
console.log(se.stack, Object.isSealed(se));
// An object inheriting from an error reads the error's stack and writes
// its own.
const base = make("proto");
const child = Object.create(base);
console.log(child.stack.split("\n")[0], Object.getOwnPropertyNames(child));
child.stack = "mine";
console.log(child.stack, base.stack.split("\n")[0], Object.getOwnPropertyNames(child));
// Many errors, some read: each reads its own frames.
let lines = 0;
for (let i = 0; i < 50; i++) {
  const e = make("n" + i);
  if (i % 7 === 0) lines += e.stack.split("\n")[0] === "Error: n" + i ? 1 : 0;
}
console.log(lines);
// console.log of an error shows its stack without changing it.
const shown = make("shown");
shown.message = "after";
console.log(String(shown).length, Object.getOwnPropertyDescriptor(shown, "stack").value.split("\n")[0]);
// expect: Renamed: second
// expect: true Error: kept
// expect: MyErr: own name
// expect: TypeError: patched
// expect: at make (lazy_stack.js:10:10) at outer (lazy_stack.js:39:10)
// expect: string true false true false
// expect: true
// expect: [ 'stack', 'message' ] [] {}
// expect: true true
// expect: 42 number
// expect: replaced
// expect: true undefined [ 'message' ]
// expect: ignored true
// expect: Error: frozen true
// expect: yes true
// expect: Error: proto []
// expect: mine Error: proto [ 'stack' ]
// expect: 8
// expect: 12 Error: after
