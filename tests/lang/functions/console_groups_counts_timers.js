// node's Console beyond log: groups indent every line (multi-line text
// too, on either stream), assert warns (stderr) only when false,
// count/countReset keep a counter per label, dir inspects with the
// options' depth and quotes strings. (time/timeEnd print a time, which a
// test cannot pin: builtins/console.rs tests its format.)
console.group("G1"); // expect: G1
console.log("inside"); // expect:   inside
console.group();
console.log("deeper\nmultiline"); // expect:     deeper
// expect:     multiline
console.groupEnd();
console.groupCollapsed("GC"); // expect:   GC
console.info("info in group"); // expect:     info in group
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log("out"); // expect: out
console.assert(true, "not shown");
console.assert(false, "to stderr %s", "fmt");
console.count(); // expect: default: 1
console.count(); // expect: default: 2
console.count("x"); // expect: x: 1
console.countReset();
console.count(); // expect: default: 1
console.count({ toString() { return "obj"; } }); // expect: obj: 1
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); // expect: { a: [Object] }
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null }); // expect: {
// expect:   a: { b: { c: { d: 1 } } }
// expect: }
console.dir("str"); // expect: 'str'
console.dir({ a: 1 }, { depth: Infinity }); // expect: { a: 1 }
console.trace("to stderr %d", 1);
console.log(typeof console.time, typeof console.timeLog, typeof console.timeEnd); // expect: function function function
