// Array methods that write to `this` fail on a string (or its wrapper): its
// characters and length are read-only, and V8 names the first one written.
const tries = {
  push: () => Array.prototype.push.call("abc", "d"),
  pushNothing: () => Array.prototype.push.call("abc"),
  reverse: () => Array.prototype.reverse.call("ab"),
  sort: () => Array.prototype.sort.call("ba"),
  pop: () => Array.prototype.pop.call("abc"),
  popEmpty: () => Array.prototype.pop.call(""),
  shift: () => Array.prototype.shift.call("abc"),
  unshift: () => Array.prototype.unshift.call("abc", 1),
  fillWrapper: () => Array.prototype.fill.call(new String("ab"), 0),
  copyWithin: () => Array.prototype.copyWithin.call("abc", 0, 1),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
// expect: push TypeError Cannot assign to read only property 'length' of object '[object String]'
// expect: pushNothing TypeError Cannot assign to read only property 'length' of object '[object String]'
// expect: reverse TypeError Cannot assign to read only property '0' of object '[object String]'
// expect: sort TypeError Cannot assign to read only property '0' of object '[object String]'
// expect: pop TypeError Cannot delete property '2' of [object String]
// expect: popEmpty TypeError Cannot assign to read only property 'length' of object '[object String]'
// expect: shift TypeError Cannot assign to read only property '0' of object '[object String]'
// expect: unshift TypeError Cannot assign to read only property '2' of object '[object String]'
// expect: fillWrapper TypeError Cannot assign to read only property '0' of object '[object String]'
// expect: copyWithin TypeError Cannot assign to read only property '0' of object '[object String]'
// Nothing written, nothing refused; reading methods see the characters.
console.log(Array.prototype.reverse.call("a"), Array.prototype.sort.call("a")); // expect: [String: 'a'] [String: 'a']
console.log(Array.prototype.map.call("ab", (c) => c + c), Array.prototype.join.call("abc", "-")); // expect: [ 'aa', 'bb' ] a-b-c
