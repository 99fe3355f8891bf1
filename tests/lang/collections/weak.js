// WeakMap and WeakSet: object keys only.
const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, 1).set(k2, 2);
console.log(wm.get(k1), wm.get(k2), wm.has({}), wm.delete(k1), wm.has(k1));
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.add(k2) === ws, ws.has(k2), ws.delete(k2), ws.has(k2));
try { wm.set(1, 2); } catch (e) { console.log(e.message); }
try { ws.add("s"); } catch (e) { console.log(e.message); }
console.log(wm.get(5), wm.has("x"), typeof WeakMap.prototype.clear);
// expect: 1 2 false true false
// expect: true true true true false
// expect: Invalid value used as weak map key
// expect: Invalid value used in weak set
// expect: undefined false undefined
