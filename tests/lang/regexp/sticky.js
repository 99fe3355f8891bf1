// The sticky flag matches only at lastIndex.
const y = /\d+/y;
const s = "12 345";
console.log(y.exec(s)[0], y.lastIndex);
console.log(y.exec(s), y.lastIndex);
y.lastIndex = 3;
console.log(y.exec(s)[0], y.lastIndex);
const t = /foo/y;
t.lastIndex = 1;
console.log(t.test("xfoo"), t.lastIndex, t.test("xfoo"), t.lastIndex);
console.log("a,b,,c".split(/,/y));
console.log("aaa".replace(/a/y, "b"), "aaa".replace(/a/gy, "b"), "baa".replace(/a/gy, "c"));
// expect: 12 2
// expect: null 0
// expect: 345 6
// expect: true 4 false 0
// expect: [ 'a', 'b', '', 'c' ]
// expect: baa bbb baa
