// Symbol.isConcatSpreadable: concat spreads an object that says so (its
// length and elements) and appends an array that says not.
const sp = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(sp, [2, [3]], 4));
const ns = [5, 6]; ns[Symbol.isConcatSpreadable] = false;
console.log([1].concat(ns).length, [1].concat(ns)[1]);
console.log([].concat({ length: 3, 1: 'x', [Symbol.isConcatSpreadable]: 1 }));
console.log(Array.prototype.concat.call(sp, 'z'));
console.log(typeof Symbol.isConcatSpreadable, Symbol.isConcatSpreadable.toString(), Symbol.isConcatSpreadable.description);
class Sp extends Array { get [Symbol.isConcatSpreadable]() { return false } }
console.log([0].concat(Sp.of(1, 2)).length);
const str = new String('hi'); str[Symbol.isConcatSpreadable] = true; console.log([].concat(str));
console.log([].concat({ length: 'x', [Symbol.isConcatSpreadable]: true }), [1].concat([2], 3, [[4]]));
// expect: [ 1, 'a', 'b', 2, [ 3 ], 4 ]
// expect: 2 [ 5, 6, [Symbol(Symbol.isConcatSpreadable)]: false ]
// expect: [ <1 empty item>, 'x', <1 empty item> ]
// expect: [ 'a', 'b', 'z' ]
// expect: symbol Symbol(Symbol.isConcatSpreadable) Symbol.isConcatSpreadable
// expect: 2
// expect: [ 'h', 'i' ]
// expect: [] [ 1, 2, 3, [ 4 ] ]
