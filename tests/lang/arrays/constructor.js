// Array as a function and as a constructor, Array.isArray, Array.of, Array.from.
console.log(Array(3).length); // expect: 3
console.log(new Array(3)); // expect: [ <3 empty items> ]
console.log(Array(3).join("-")); // expect: --
console.log(new Array(0).length); // expect: 0
console.log(Array(1, 2)); // expect: [ 1, 2 ]
console.log(new Array("3")); // expect: [ '3' ]
console.log(Array()); // expect: []
console.log(new Array(2, "x", true)); // expect: [ 2, 'x', true ]
console.log(Array(5).indexOf(undefined)); // expect: -1
console.log(Array(5).includes(undefined)); // expect: true
console.log(Array.isArray([]), Array.isArray(new Array(2)), Array.isArray({length: 0}), Array.isArray("ab")); // expect: true true false false
console.log(Array.isArray(), Array.isArray(null)); // expect: false false
console.log(Array.of(7), Array.of(1, 2, 3), Array.of()); // expect: [ 7 ] [ 1, 2, 3 ] []
console.log(Array.from([1, 2, 3])); // expect: [ 1, 2, 3 ]
console.log(Array.from([1, , 3])); // expect: [ 1, undefined, 3 ]
console.log(Array.from("héllo")); // expect: [ 'h', 'é', 'l', 'l', 'o' ]
console.log(Array.from("a😀b").length); // expect: 3
console.log(Array.from({length: 3})); // expect: [ undefined, undefined, undefined ]
console.log(Array.from({length: 2, 0: "a", 1: "b", 2: "c"})); // expect: [ 'a', 'b' ]
console.log(Array.from({length: 3}, function (v, i) { return i * i; })); // expect: [ 0, 1, 4 ]
console.log(Array.from([1, 2], function (v) { return v * this.k; }, {k: 10})); // expect: [ 10, 20 ]
console.log(Array.from(5), Array.from({}), Array.from(true)); // expect: [] [] []
console.log([] instanceof Array, Array.prototype.constructor === Array, [].constructor === Array); // expect: true true true
console.log(Array.length, Array.name, Array.prototype.push.length, Array.prototype.slice.length); // expect: 1 Array 1 2
var big = new Array(100000);
big[99999] = 1;
console.log(big.length, big[99999], big[0]); // expect: 100000 1 undefined
var huge = new Array(4294967295);
console.log(huge.length); // expect: 4294967295
