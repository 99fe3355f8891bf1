// Single- and double-quoted strings are the same kind of value.
console.log("double"); // expect: double
console.log('single'); // expect: single
console.log("it's"); // expect: it's
console.log('say "hi"'); // expect: say "hi"
console.log("a" === 'a'); // expect: true
console.log(""); // expect:
console.log('' === ""); // expect: true
console.log("  padded  " + "|"); // expect:   padded  |
console.log("// not a comment"); // expect: // not a comment
console.log("/* nor this */"); // expect: /* nor this */
