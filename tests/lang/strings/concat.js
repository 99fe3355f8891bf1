// String concatenation with +.
console.log("foo" + "bar"); // expect: foobar
console.log("a" + "b" + "c"); // expect: abc
console.log("" + ""); // expect:
console.log("x" + ""); // expect: x
let s = "hello";
s = s + ", " + "world";
console.log(s); // expect: hello, world
let t = s + "!";
console.log(t); // expect: hello, world!
console.log(s); // expect: hello, world
console.log("ab" + "cd" === "abcd"); // expect: true
console.log(("a" + "b") + "c" === "a" + ("b" + "c")); // expect: true
