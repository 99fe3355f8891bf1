// push() with nothing to push: a frozen array's read-only length still
// throws (V8), a merely read-only length does not.
for (const f of [() => Object.freeze([]).push(), () => Object.freeze([1]).push(), () => { const a = [1]; Object.defineProperty(a, 'length', { writable: false }); return a.push() }, () => Object.seal([1]).push(), () => Object.preventExtensions([1]).push(), () => Array.prototype.push.call(Object.freeze({ length: 0 })), () => Object.freeze([]).unshift(), () => Object.freeze([1]).pop(), () => Object.freeze([]).pop(), () => Object.freeze([]).shift(), () => Object.freeze([]).splice(0, 0), () => Object.freeze([]).reverse(), () => Object.freeze([]).sort(), () => Object.freeze([]).fill(1), () => Object.freeze([]).copyWithin(0, 0)]) {
  try { console.log(f()) } catch (e) { console.log(e.name, e.message) }
}
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: 1
// expect: 1
// expect: 1
// expect: TypeError Cannot assign to read only property 'length' of object '#<Object>'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot delete property '0' of [object Array]
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: TypeError Cannot assign to read only property 'length' of object '[object Array]'
// expect: []
// expect: []
// expect: []
// expect: []
