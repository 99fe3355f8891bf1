// FinalizationRegistry: register/unregister as node answers them; the
// cleanup callback never runs in stitch (targets are held strongly), and
// node does not run it before this program ends either.
const f = new FinalizationRegistry(() => console.log('cleanup'));
console.log(f);
console.log(typeof FinalizationRegistry, FinalizationRegistry.length, FinalizationRegistry.name);
console.log(Object.getOwnPropertyNames(FinalizationRegistry.prototype));
for (const k of Object.getOwnPropertyNames(FinalizationRegistry.prototype)) {
  const d = Object.getOwnPropertyDescriptor(FinalizationRegistry.prototype, k);
  console.log(k, typeof d.value, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}
console.log(Object.prototype.toString.call(f), `${f}`);
const o = {};
const token = {};
console.log(f.register({}, 1), f.register({}, 2, token), f.register(o, 'held', token), f.register(o, undefined, undefined));
console.log(f.unregister(token), f.unregister(token), f.unregister({}));
const s = Symbol('s');
f.register(s, 1, s);
console.log(f.unregister(s), f.unregister(s));
for (const t of ['abc', 1.5, null, true, Symbol.for('q'), -0]) {
  try { f.unregister(t); } catch (e) { console.log(e.constructor.name, e.message); }
  try { f.register({}, 1, t); } catch (e) { console.log(e.constructor.name, e.message); }
  try { f.register(t, 1); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { f.register(o, o); } catch (e) { console.log(e.message); }
try { f.register(s, s); } catch (e) { console.log(e.message); }
try { new FinalizationRegistry(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new FinalizationRegistry({}); } catch (e) { console.log(e.message); }
try { FinalizationRegistry(() => {}); } catch (e) { console.log(e.message); }
try { FinalizationRegistry.prototype.register.call({}, {}); } catch (e) { console.log(e.message); }
try { FinalizationRegistry.prototype.unregister.call(new WeakRef({}), {}); } catch (e) { console.log(e.message); }
try { FinalizationRegistry.prototype.register.call(1); } catch (e) { console.log(e.message); }
class R extends FinalizationRegistry {}
const r = new R(() => {});
console.log(r, r instanceof FinalizationRegistry, r.register({}, 0, token), r.unregister(token));
// expect: FinalizationRegistry {}
// expect: function 1 FinalizationRegistry
// expect: [ 'constructor', 'register', 'unregister' ]
// expect: constructor function 1 FinalizationRegistry true false true
// expect: register function 2 register true false true
// expect: unregister function 1 unregister true false true
// expect: [object FinalizationRegistry] [object FinalizationRegistry]
// expect: undefined undefined undefined undefined
// expect: true false false
// expect: true false
// expect: TypeError Invalid unregisterToken ('abc')
// expect: TypeError Invalid unregisterToken ('abc')
// expect: TypeError FinalizationRegistry.prototype.register: invalid target
// expect: TypeError Invalid unregisterToken ('1.5')
// expect: TypeError Invalid unregisterToken ('1.5')
// expect: TypeError FinalizationRegistry.prototype.register: invalid target
// expect: TypeError Invalid unregisterToken ('null')
// expect: TypeError Invalid unregisterToken ('null')
// expect: TypeError FinalizationRegistry.prototype.register: invalid target
// expect: TypeError Invalid unregisterToken ('true')
// expect: TypeError Invalid unregisterToken ('true')
// expect: TypeError FinalizationRegistry.prototype.register: invalid target
// expect: TypeError Invalid unregisterToken ('Symbol(q)')
// expect: TypeError Invalid unregisterToken ('Symbol(q)')
// expect: TypeError FinalizationRegistry.prototype.register: invalid target
// expect: TypeError Invalid unregisterToken ('0')
// expect: TypeError Invalid unregisterToken ('0')
// expect: TypeError FinalizationRegistry.prototype.register: invalid target
// expect: FinalizationRegistry.prototype.register: target and holdings must not be same
// expect: FinalizationRegistry.prototype.register: target and holdings must not be same
// expect: TypeError FinalizationRegistry: cleanup must be callable
// expect: FinalizationRegistry: cleanup must be callable
// expect: Constructor FinalizationRegistry requires 'new'
// expect: Method FinalizationRegistry.prototype.register called on incompatible receiver #<Object>
// expect: Method FinalizationRegistry.prototype.unregister called on incompatible receiver #<WeakRef>
// expect: Method FinalizationRegistry.prototype.register called on incompatible receiver 1
// expect: R [FinalizationRegistry] {} true undefined true
