// Each prototype's methods accept only their own kind of receiver, and
// say so with V8's message naming their own prototype.
const tries = [
  () => Map.prototype.get.call({}, 1),
  () => Map.prototype.has.call(new Set(), 1),
  () => Map.prototype.get.call(new WeakMap(), {}),
  () => Set.prototype.has.call(1, 1),
  () => Set.prototype.delete.call("s", 1),
  () => Set.prototype.add.call(new WeakSet(), {}),
  () => WeakMap.prototype.get.call(new Map(), {}),
  () => WeakSet.prototype.add.call({}, {}),
  () => Set.prototype.values.call(new Map()),
  () => Map.prototype.keys.call(new Set()),
  () => Set.prototype.forEach.call(new Map(), () => {}),
  () => Map.prototype.clear.call(null),
];
for (const t of tries) {
  try {
    t();
    console.log("ok");
  } catch (e) {
    console.log(e.message);
  }
}
// expect: Method Map.prototype.get called on incompatible receiver #<Object>
// expect: Method Map.prototype.has called on incompatible receiver #<Set>
// expect: Method Map.prototype.get called on incompatible receiver #<WeakMap>
// expect: Method Set.prototype.has called on incompatible receiver 1
// expect: Method Set.prototype.delete called on incompatible receiver s
// expect: Method Set.prototype.add called on incompatible receiver #<WeakSet>
// expect: Method WeakMap.prototype.get called on incompatible receiver #<Map>
// expect: Method WeakSet.prototype.add called on incompatible receiver #<Object>
// expect: Method Set.prototype.values called on incompatible receiver #<Map>
// expect: Method Map.prototype.keys called on incompatible receiver #<Set>
// expect: Method Set.prototype.forEach called on incompatible receiver #<Map>
// expect: Method Map.prototype.clear called on incompatible receiver null
console.log(new Set([1]).keys === Set.prototype.values, [...new Map([[1, 2]]).keys()]); // expect: true [ 1 ]
