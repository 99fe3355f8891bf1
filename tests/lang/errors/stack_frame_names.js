// Frame names as V8 writes them: names inferred from property
// assignments, `[as key]` when found under another key, accessors, names
// that are no identifier, computed names, and built-ins' own frames
// (`JSON.parse`, `new Map`), without the tail-calling `call`/`apply`.
function frame(f, line = 1) {
  try {
    f();
  } catch (e) {
    const l = e.stack.split("\n")[line].trim();
    console.log(l.includes("(") ? l.slice(0, l.indexOf(" (")) : "(location only)");
  }
}
function F() {}
F.m = function () {
  throw new Error();
};
F.n = function named() {
  throw new Error();
};
F.prototype.pm = function () {
  throw new Error();
};
const obj = { deep: {} };
obj.deep.q = function () {
  throw new Error();
};
obj.a = obj.b = () => {
  throw new Error();
};
const k = "kk";
obj[k] = function () {
  throw new Error();
};
const sym = Symbol("sym");
const o = {
  get g() {
    throw new Error();
  },
  ["a b"]() {
    throw new Error();
  },
  [sym]() {
    throw new Error();
  },
};
class C {
  static get sg() {
    throw new Error();
  }
  m() {
    throw new Error();
  }
}
const x = { y: obj.deep.q };
frame(() => F.m()); // expect: at F.m
frame(() => F.m.call(new C())); // expect: at F.m
frame(() => F.n()); // expect: at Function.named [as n]
frame(() => new F().pm()); // expect: at F.pm
frame(() => obj.deep.q()); // expect: at obj.deep.q
frame(() => x.y()); // expect: at obj.deep.q [as y]
frame(() => obj.b()); // expect: at obj.a.obj.b
frame(() => obj[k]()); // expect: at obj.<computed> [as kk]
frame(() => o.g); // expect: at get g [as g]
frame(() => o["a b"]()); // expect: at a b
frame(() => o[sym]()); // expect: at [sym]
frame(() => C.sg); // expect: at get sg [as sg]
frame(() => new C().m.call(1)); // expect: at Number.m
frame(() => JSON.parse("{bad")); // expect: at JSON.parse
frame(() => JSON.parse("[1]", () => new C().m()), 3); // expect: at JSON.parse
frame(() => new Map(5)); // expect: at new Map
frame(() => "x".repeat(-1)); // expect: at String.repeat
frame(() => Math.max({ valueOf: () => new C().m() }), 3); // expect: at Math.max
frame(() => new C().m.apply(null), 2); // expect: (location only)
frame(() => Reflect.apply(F.m, null, []), 2); // expect: (location only)
