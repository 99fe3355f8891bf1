// A named class expression's own name: seen by its methods, static
// members and nested functions; read-only; in its dead zone in the heritage;
// distinct from an outer binding of the same name.
const X = class Named { m() { return Named.name; } static make() { return new Named(); } };
console.log(new X().m(), X.make() instanceof X, typeof Named);
const C = class C { static who = C.name; static f = () => C; get self() { return C; } };
console.log(C.who, C.f() === C, new C().self === C);
let Outer = 1;
const Y = class Outer { static v() { return Outer; } };
console.log(Outer, Y.v() === Y);
const Z = class K { m() { try { K = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } } };
console.log(new Z().m());
try { const W = class V extends (V, Object) {}; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const makers = [];
for (let i = 0; i < 3; i++) makers.push(class Each { static n = i; static get() { return Each.n; } });
console.log(makers.map((m) => m.get()), makers[0] !== makers[1]);
const anon = class { static k() { return anon.name; } };
console.log(anon.k(), anon.name);
function hot() { let s = 0; for (let i = 0; i < 200; i++) { const T = class T2 { v() { return T2 === T ? 1 : 0; } }; s += new T().v(); } return s; }
console.log(hot());
// expect: Named true undefined
// expect: C true true
// expect: 1 true
// expect: TypeError: Assignment to constant variable.
// expect: ReferenceError: Cannot access 'V' before initialization
// expect: [ 0, 1, 2 ] true
// expect: anon anon
// expect: 200
