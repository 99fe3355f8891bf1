// Only `__proto__: v` (quoted or not) sets a literal's prototype; shorthand
// `{ __proto__ }`, a method `__proto__() {}` and a computed key define an
// own property named __proto__.
const __proto__ = { inh: 1 };
const a = { __proto__ }; console.log(Object.keys(a), a.inh, Object.getPrototypeOf(a) === Object.prototype, a);
const b = { __proto__() { return 'm' } }; console.log(Object.keys(b), typeof b.__proto__, b.__proto__.name, Object.getPrototypeOf(b) === Object.prototype);
const c = { __proto__: __proto__ }; console.log(Object.keys(c), c.inh);
const d = { '__proto__': __proto__ }; console.log(Object.keys(d), d.inh);
const e = { ['__proto__']: __proto__ }; console.log(Object.keys(e), e.inh);
const f = { async __proto__() {}, x: 1 }; console.log(Object.keys(f), Object.getPrototypeOf(f) === Object.prototype);
const g = { __proto__() { return super.toString === Object.prototype.toString } }; console.log(g.__proto__());
const h = { get __proto__() { return 'getter' } }; console.log(h.__proto__, Object.keys(h));
// expect: [ '__proto__' ] undefined true { ['__proto__']: { inh: 1 } }
// expect: [ '__proto__' ] function __proto__ true
// expect: [] 1
// expect: [] 1
// expect: [ '__proto__' ] undefined
// expect: [ '__proto__', 'x' ] true
// expect: true
// expect: getter [ '__proto__' ]
