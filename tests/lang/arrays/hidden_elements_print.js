// console.log of an array with non-enumerable elements follows node's
// formatArray: a dense prefix prints every own element; after the first
// hole it walks Object.keys, so a hidden element reads as a hole.
const a = [1, 2, 3];
Object.defineProperty(a, 1, { enumerable: false });
console.log(a);
const b = [];
Object.defineProperty(b, 3, { writable: false });
b[0] = 0;
console.log(b, Object.keys(b));
const c = [0, , 2, 3, 4];
Object.defineProperty(c, 3, { enumerable: false, value: 9 });
console.log(c);
const d = [0, 1, , 3, 4, 5];
Object.defineProperty(d, 0, { enumerable: false });
console.log(d);
// expect: [ 1, 2, 3 ]
// expect: [ 0, <3 empty items> ] [ '0' ]
// expect: [ 0, <1 empty item>, 2, <1 empty item>, 4 ]
// expect: [ 0, 1, <2 empty items>, 4, 5 ]
