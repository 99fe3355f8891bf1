// matchAll: an iterator of exec results; a non-global regexp throws.
const s = "test1 test22 test333";
for (const m of s.matchAll(/t(e)(st(\d?))/g)) {
  console.log(m[0], m[1], m[2], m[3], m.index);
}
const it = "a1b2".matchAll(/\d/g);
console.log(it, typeof it.next, Object.prototype.toString.call(it));
console.log([..."a1b2c3".matchAll(/[a-z](?<d>\d)/g)].map((m) => m.groups.d).join(""));
console.log(Array.from("xyz".matchAll("y"), (m) => m.index));
const re = /o/g;
re.lastIndex = 3;
console.log([..."foo boo".matchAll(re)].map((m) => m.index), re.lastIndex);
try {
  "abc".matchAll(/b/);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
// expect: test1 e st1 1 0
// expect: test2 e st2 2 6
// expect: test3 e st3 3 13
// expect: Object [RegExp String Iterator] {} function [object RegExp String Iterator]
// expect: 123
// expect: [ 1 ]
// expect: [ 5, 6 ] 3
// expect: true String.prototype.matchAll called with a non-global RegExp argument
