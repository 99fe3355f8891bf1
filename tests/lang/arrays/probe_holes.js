var a = [1, , 3, , 5];
console.log(a, a.length, 1 in a, a[1], Object.keys(a));
console.log(a.map(x => x * 2), a.filter(() => true), a.forEach(x => x), a.some(x => x === undefined), a.every(x => x !== undefined));
console.log(a.reduce((s, x) => s + x, 0), a.indexOf(undefined), a.includes(undefined), a.find(x => x === undefined), a.findIndex(x => x === undefined));
console.log(a.join('-'), a.toString(), String([null, undefined, 1]), [, 'a'].concat([, 'b']), [...a], Array.from(a), a.slice(1, 3), a.entries().next());
console.log(a.flat(), [[1, , 2], , [3]].flat(), a.flatMap(x => [x]), a.fill(0, 1, 2), a.keys().next(), [...a.keys()], [...[, 1].values()]);
console.log(JSON.stringify([, 1]), a.lastIndexOf(undefined), Object.entries([, 'x']), [, , ,].length, [1, 2, ,].length);
var b = [1, 2, 3]; delete b[1]; console.log(b, b.length, b.reverse(), b.copyWithin(0, 2), b.splice(0, 1), b);
var c = []; c[5] = 'x'; console.log(c, c.length, c.indexOf('x'), c.findLast(x => true), c.at(-1));
var big = []; big[2 ** 32 - 2] = 'last'; console.log(big.length, big[4294967294], Object.keys(big));
var over = []; over[2 ** 32 - 1] = 'notindex'; over[-1] = 'neg'; over['1.0'] = 'str'; console.log(over.length, over, Object.keys(over));
try { var l = []; l.length = 2 ** 32; } catch (e) { console.log(e.name, e.message); }
try { var l = []; l.length = -1; } catch (e) { console.log(e.name, e.message); }
try { var l = []; l.length = 1.5; } catch (e) { console.log(e.name, e.message); }
var l2 = [1, 2, 3, 4]; l2.length = 2; console.log(l2, l2[3]); l2.length = 4; console.log(l2); l2.length = '1'; console.log(l2);
console.log(Array(3), Array(3).length, Array(3, 4), Array('3'), new Array(2).fill().map((_, i) => i), Array.of(7), Array.apply(null, Array(2)));
console.log(Array.from({ length: 3 }), Array.from({ length: 2, 0: 'a', 1: 'b' }), Array.from('héllo'), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])), Array.from([1, 2], x => x * 10), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from({ length: '2' }), Array.from(5), Array.from(true));
var sp = []; sp[1e6] = 1; sp[10] = 2; console.log(sp.length, sp.indexOf(1), sp.reduce((a, x) => a + x), Object.keys(sp));
console.log([1, 2, 3].includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), [0].indexOf(-0));

// expect: [ 1, <1 empty item>, 3, <1 empty item>, 5 ] 5 false undefined [ '0', '2', '4' ]
// expect: [ 2, <1 empty item>, 6, <1 empty item>, 10 ] [ 1, 3, 5 ] undefined false true
// expect: 9 -1 true undefined 1
// expect: 1--3--5 1,,3,,5 ,,1 [ <1 empty item>, 'a', <1 empty item>, 'b' ] [ 1, undefined, 3, undefined, 5 ] [ 1, undefined, 3, undefined, 5 ] [ <1 empty item>, 3 ] { value: [ 0, 1 ], done: false }
// expect: [ 1, 3, 5 ] [ 1, 2, 3 ] [ 1, 3, 5 ] [ 1, 0, 3, <1 empty item>, 5 ] { value: 0, done: false } [ 0, 1, 2, 3, 4 ] [ undefined, 1 ]
// expect: [null,1] -1 [ [ '1', 'x' ] ] 3 3
// expect: [ <1 empty item>, 1 ] 3 [ <1 empty item>, 1 ] [ <1 empty item>, 1 ] [ 1 ] [ <1 empty item>, 1 ]
// expect: [ <5 empty items>, 'x' ] 6 5 x x
// expect: 4294967295 last [ '4294967294' ]
// expect: 0 [ '4294967295': 'notindex', '-1': 'neg', '1.0': 'str' ] [ '4294967295', '-1', '1.0' ]
// expect: RangeError Invalid array length
// expect: RangeError Invalid array length
// expect: RangeError Invalid array length
// expect: [ 1, 2 ] undefined
// expect: [ 1, 2, <2 empty items> ]
// expect: [ 1 ]
// expect: [ <3 empty items> ] 3 [ 3, 4 ] [ '3' ] [ 0, 1 ] [ 7 ] [ undefined, undefined ]
// expect: [ undefined, undefined, undefined ] [ 'a', 'b' ] [ 'h', 'é', 'l', 'l', 'o' ] [ 1, 2 ] [ [ 1, 2 ] ] [ 10, 20 ] [ 0, 1, 4 ]
// expect: [ undefined, undefined ] [] []
// expect: 1000001 1000000 3 [ '10', '1000000' ]
// expect: false true -1 true 0
