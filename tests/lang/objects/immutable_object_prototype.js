// Object.prototype's prototype cannot be changed (an immutable prototype
// object): a TypeError of its own, not the cycle check's.
for (const f of [() => Object.setPrototypeOf(Object.prototype, {}), () => { Object.prototype.__proto__ = {} }, () => Reflect.setPrototypeOf(Object.prototype, {}), () => Object.setPrototypeOf(Object.prototype, null)]) {
  try { console.log(f()) } catch (e) { console.log(e.name, e.message) }
}
// expect: TypeError Immutable prototype object 'Object.prototype' cannot have their prototype set
// expect: TypeError Immutable prototype object 'Object.prototype' cannot have their prototype set
// expect: false
// expect: [Object: null prototype] {}
