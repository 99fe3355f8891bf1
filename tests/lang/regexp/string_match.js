// String.prototype.match with and without g, and with a string argument.
console.log("a1b22c333".match(/\d+/g));
console.log("a1b22c333".match(/\d+/));
console.log("abc".match(/x/g), "abc".match(/x/));
console.log("a.b".match("."), "abc".match(), "x+y".match("\\+"));
console.log("aaa".match(/a*?/g), "abc".match(/(?:)/g));
const g = /b/g;
g.lastIndex = 2;
console.log("abab".match(g), g.lastIndex);
// expect: [ '1', '22', '333' ]
// expect: [ '1', index: 1, input: 'a1b22c333', groups: undefined ]
// expect: null null
// expect: [ 'a', index: 0, input: 'a.b', groups: undefined ] [ '', index: 0, input: 'abc', groups: undefined ] [ '+', index: 1, input: 'x+y', groups: undefined ]
// expect: [ '', '', '', '' ] [ '', '', '', '' ]
// expect: [ 'b', 'b' ] 0
