// toReversed, toSorted, toSpliced, with: a changed copy, the original untouched; copyWithin.
var a = [3, 1, 2];
console.log(a.toReversed(), a.toSorted(), a); // expect: [ 2, 1, 3 ] [ 1, 2, 3 ] [ 3, 1, 2 ]
function desc(x, y) { return y - x; }
console.log(a.toSorted(desc), [10, 9, 1].toSorted(), [undefined, 2, , 1].toSorted()); // expect: [ 3, 2, 1 ] [ 1, 10, 9 ] [ 1, 2, undefined, undefined ]
console.log([1, , 3].toReversed(), [].toReversed(), [1].toSorted()); // expect: [ 3, undefined, 1 ] [] [ 1 ]
console.log(a.toSpliced(1, 1), a.toSpliced(1, 0, "x", "y"), a.toSpliced(-1), a.toSpliced(), a); // expect: [ 3, 2 ] [ 3, 'x', 'y', 1, 2 ] [ 3, 1 ] [ 3, 1, 2 ] [ 3, 1, 2 ]
console.log([1, , 3].toSpliced(0, 1), a.toSpliced(5, 1, "end"), a.toSpliced(0, -3, 0)); // expect: [ undefined, 3 ] [ 3, 1, 2, 'end' ] [ 0, 3, 1, 2 ]
console.log(a.with(0, "z"), a.with(-1, "z"), a.with(1.5, "w"), [1, , 3].with(0, 0), a); // expect: [ 'z', 1, 2 ] [ 3, 1, 'z' ] [ 3, 'w', 2 ] [ 0, undefined, 3 ] [ 3, 1, 2 ]
console.log(a.toReversed() === a, a.toSorted() !== a); // expect: false true
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2)); // expect: [ 4, 5, 3, 4, 5 ] [ 1, 1, 2, 3, 5 ] [ 1, 2, 3, 1, 2 ]
console.log([1, 2, 3, 4, 5].copyWithin(0, 1, -1), [1, , 3].copyWithin(0, 1), [1, 2, 3].copyWithin(5, 0)); // expect: [ 2, 3, 4, 4, 5 ] [ <1 empty item>, 3, 3 ] [ 1, 2, 3 ]
var c = [1, 2, 3];
console.log(c.copyWithin(1, 0) === c, c); // expect: true [ 1, 1, 2 ]
var like = {length: 2, 0: "b", 1: "a", toSorted: Array.prototype.toSorted, with: Array.prototype.with};
console.log(like.toSorted(), like.with(0, "c")); // expect: [ 'a', 'b' ] [ 'c', 'a' ]
