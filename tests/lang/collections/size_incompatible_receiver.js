// Each kind's size getter is named as V8 names a getter, and refuses
// anything but its own kind.
const size = Object.getOwnPropertyDescriptor(Map.prototype, "size").get;
try {
  size.call({});
} catch (e) {
  console.log(e.message); // expect: Method get Map.prototype.size called on incompatible receiver #<Object>
}
try {
  Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call([]);
} catch (e) {
  console.log(e.message); // expect: Method get Set.prototype.size called on incompatible receiver [object Array]
}
try {
  Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call(new Map());
} catch (e) {
  console.log(e.message); // expect: Method get Set.prototype.size called on incompatible receiver #<Map>
}
console.log(Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call(new Map([[1, 2]]))); // expect: 1
Map.prototype.get.call(new Set(), 1);
// expect error: TypeError: Method Map.prototype.get called on incompatible receiver #<Set>
