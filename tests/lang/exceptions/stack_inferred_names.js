// Anonymous functions and classes inside a stored value take the name V8
// infers from where the value is stored, in stack frames only (their
// `name` stays empty).
function head(f) {
  try {
    f();
  } catch (e) {
    const t = e.stack.split("\n")[1].trim();
    return t.slice(0, t.indexOf(" ("));
  }
}
const arr = [() => { throw new Error(); }];
console.log(head(() => arr[0]()), JSON.stringify(arr[0].name)); // expect: at Array.arr ""
const o = { list: [function () { throw new Error(); }], deep: { k: [() => { throw new Error(); }] } };
console.log(head(() => o.list[0]())); // expect: at o.list
console.log(head(() => o.deep.k[0]())); // expect: at o.deep.k
const pick = o ? () => { throw new Error(); } : null;
console.log(head(() => pick()), JSON.stringify(pick.name)); // expect: at pick ""
const obj = {};
obj.cls = class {
  static m() { throw new Error(); }
  i() { throw new Error(); }
};
console.log(head(() => obj.cls.m())); // expect: at obj.cls.m
console.log(head(() => new obj.cls().i())); // expect: at obj.cls.i
obj.made = class {
  constructor() { throw new Error(); }
};
console.log(head(() => new obj.made())); // expect: at new obj.made
obj.fns = [() => { throw new Error(); }];
console.log(head(() => obj.fns[0]())); // expect: at obj.fns
function pass(f) { return f; }
const viaCall = pass(() => { throw new Error(); });
console.log(head(() => viaCall()).startsWith("at /")); // expect: true
