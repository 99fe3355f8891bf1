// reverse, concat, fill.
console.log([1, 2, 3].reverse(), [].reverse(), [1].reverse(), [1, 2, 3, 4].reverse()); // expect: [ 3, 2, 1 ] [] [ 1 ] [ 4, 3, 2, 1 ]
var h = [1, , 3, , ];
console.log(h.reverse(), h.length); // expect: [ <1 empty item>, 3, <1 empty item>, 1 ] 4
var r = [1, 2];
console.log(r.reverse() === r); // expect: true
console.log([1, 2].concat([3, 4], 5, [[6]]), [].concat(), [1].concat("ab", null, undefined)); // expect: [ 1, 2, 3, 4, 5, [ 6 ] ] [] [ 1, 'ab', null, undefined ]
console.log([1, , 3].concat([, 5])); // expect: [ 1, <1 empty item>, 3, <1 empty item>, 5 ]
var c = [1, 2];
var d = c.concat();
d.push(3);
console.log(c, d); // expect: [ 1, 2 ] [ 1, 2, 3 ]
console.log([1, 2, 3].fill(0), [1, 2, 3].fill(9, 1), [1, 2, 3].fill(9, -1), [1, 2, 3, 4].fill(7, 1, 3)); // expect: [ 0, 0, 0 ] [ 1, 9, 9 ] [ 1, 2, 9 ] [ 1, 7, 7, 4 ]
console.log([1, 2, 3].fill(5, 3), [1, 2, 3].fill(5, -10, -2), new Array(3).fill("x"), [].fill(1)); // expect: [ 1, 2, 3 ] [ 5, 2, 3 ] [ 'x', 'x', 'x' ] []
var f = [1, 2];
console.log(f.fill(3) === f); // expect: true
var like = {length: 3, 0: "a", 2: "c", reverse: Array.prototype.reverse, fill: Array.prototype.fill};
like.reverse();
console.log(like[0], like[1], like[2], 1 in like); // expect: c undefined a false
like.fill("z", 1);
console.log(like[0], like[1], like[2]); // expect: c z z
console.log([1, 2].concat({length: 1, 0: "not spread"}).length); // expect: 3
