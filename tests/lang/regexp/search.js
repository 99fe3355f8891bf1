// search returns the index of the first match and leaves lastIndex alone.
console.log("hello".search(/l+/), "hello".search(/z/), "a.b".search("."), "abc".search());
const g = /c/g;
g.lastIndex = 2;
console.log("abcabc".search(g), g.lastIndex);
console.log("ABC".search(/b/i), "x\ny".search(/^y/m));
// expect: 2 -1 0 0
// expect: 2 2
// expect: 1 2
