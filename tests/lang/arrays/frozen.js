// Methods that only read work on frozen arrays; a write that changes nothing passes.
var f = Object.freeze([3, 1, 2]);
console.log(f.map(function (x) { return x * 2; })); // expect: [ 6, 2, 4 ]
console.log(f.slice(1), f.indexOf(2), f.join("-"), f.concat([4])); // expect: [ 1, 2 ] 2 3-1-2 [ 3, 1, 2, 4 ]
console.log(f.fill(0, 3)); // expect: [ 3, 1, 2 ]
var p = Object.preventExtensions([1, 2]);
console.log(p.pop(), p); // expect: 2 [ 1 ]
p[0] = 5;
console.log(p.reverse(), p.sort()); // expect: [ 5 ] [ 5 ]
