// "is not a function" / "is not a constructor" print the callee the way
// V8's CallPrinter prints its syntax tree, not the source: a comma has a
// space before it, parentheses around a name path go, a template prints
// its substitutions, numeric literals are folded, and what V8 cannot
// print is "(intermediate value)".
var o = { f: 1, g: null };
var a = 1, b = 2;
function msg(thunk) {
  try {
    thunk();
    console.log("no error");
  } catch (e) {
    console.log(e.message);
  }
}
msg(() => (0, o.f)());
msg(() => (0,o.f)());
msg(() => (1, 2, o.f)());
msg(() => (0, o["f"])());
msg(() => (o.f, 1)());
msg(() => (a, (b, o.f))());
msg(() => (void 0, o.f)());
msg(() => (o.f)());
msg(() => (o?.f)());
msg(() => (0, o?.f)());
msg(() => o?.f());
msg(() => o.f?.());
msg(() => o?.["f"]());
msg(() => o?.[a]());
msg(() => o.f`x`);
msg(() => o.f`a${1}b`);
msg(() => `${a}`());
msg(() => `x`());
msg(() => `a${o}b${o.f}`());
msg(() => ((s) => 1)`x`());
msg(() => o[1 + 1]());
msg(() => o[1e21]());
msg(() => o["a b"]());
msg(() => o[o.f]());
msg(() => (o.f ? o.f : 2)());
msg(() => (a = 2)());
msg(() => (o.f += 1)());
msg(() => (a++)());
msg(() => (--a)());
msg(() => ({ a: 1, b: 2 }).a());
msg(() => ({})());
msg(() => [1, , 2]());
msg(() => [o.f][0]());
msg(() => (a + b + o.f)());
msg(() => ((a + b) + o.f)());
msg(() => (a && b && o.f)());
msg(() => (a ?? o.f)());
msg(() => (1 + 2)());
msg(() => (-1)());
msg(() => (!1)());
msg(() => (~1)());
msg(() => (2 ** 3)());
msg(() => (7 >>> 1)());
msg(() => (0.1 + 0.2)());
msg(() => ("a" + "b")());
msg(() => (typeof a)());
msg(() => (-a)());
msg(() => (a instanceof Object)());
msg(() => (function () {})()());
msg(() => new o.constructor().f());
msg(() => (0, o).f());
msg(() => o.f(...[1]));
msg(() => new (0, o.f)());
msg(() => new (o.f)());
msg(() => new (0, o.f)(...[1]));
msg(() => new o["f"]());
msg(() => new (a ? o.f : 2)());
// expect: (0 , o.f) is not a function
// expect: (0 , o.f) is not a function
// expect: (1 , 2 , o.f) is not a function
// expect: (0 , o.f) is not a function
// expect: (o.f , 1) is not a function
// expect: (a , (b , o.f)) is not a function
// expect: ((void 0) , o.f) is not a function
// expect: o.f is not a function
// expect: (intermediate value) is not a function
// expect: (0 , (intermediate value)) is not a function
// expect: o?.f is not a function
// expect: o.f is not a function
// expect: o?.f is not a function
// expect: o?.[a] is not a function
// expect: o.f is not a function
// expect: o.f is not a function
// expect: a is not a function
// expect: "x" is not a function
// expect: oo.f is not a function
// expect: (intermediate value)(...) is not a function
// expect: o[2] is not a function
// expect: o[1e+21] is not a function
// expect: o.a b is not a function
// expect: o[o.f] is not a function
// expect: (intermediate value)(intermediate value)(intermediate value) is not a function
// expect: a is not a function
// expect: o.f is not a function
// expect: (a++) is not a function
// expect: (--a) is not a function
// expect: {(intermediate value)(intermediate value)}.a is not a function
// expect: {} is not a function
// expect: [1,(intermediate value),2] is not a function
// expect: [o.f][0] is not a function
// expect: (a + b + o.f) is not a function
// expect: (a + b + o.f) is not a function
// expect: (a && b && o.f) is not a function
// expect: (a ?? o.f) is not a function
// expect: 3 is not a function
// expect: -1 is not a function
// expect: false is not a function
// expect: -2 is not a function
// expect: 8 is not a function
// expect: 3 is not a function
// expect: 0.30000000000000004 is not a function
// expect: ("a" + "b") is not a function
// expect: (typeof a) is not a function
// expect: (-a) is not a function
// expect: (a instanceof Object) is not a function
// expect: (intermediate value)(...) is not a function
// expect: (intermediate value).f is not a function
// expect: (0 , o).f is not a function
// expect: o.f is not a function
// expect: (0 , o.f) is not a constructor
// expect: o.f is not a constructor
// expect: (0 , o.f) is not a constructor
// expect: o.f is not a constructor
// expect: (intermediate value)(intermediate value)(intermediate value) is not a constructor
