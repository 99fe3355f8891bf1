var people = []; for (var i = 0; i < 30; i++) people.push({ age: i % 4, id: i });
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.id).join(','));
console.log(people.slice().sort((a, b) => a.age > b.age).map(p => p.id).join(','));
console.log(people.slice().sort((a, b) => (a.age < b.age ? -1 : a.age > b.age ? 1 : 0)).map(p => p.id).join(','));
console.log(people.slice().sort(() => 0).map(p => p.id).join(','));
console.log([3, 1, 10, 2, 21].sort(), [3, 1, 10, 2].sort((a, b) => b - a), ['b', 'a', 'C', 'B'].sort(), [true, false, 'x', null, undefined, 5].sort());
console.log([3, , 1, undefined, 2].sort(), [3, , 1, undefined, 2].sort((a, b) => b - a), [, , 1].sort().length);
console.log([5, 1, 4].sort((a, b) => String(a - b)), [5, 1, 4].sort((a, b) => a < b ? 'yes' : 'no'), [5, 1, 4].sort((a, b) => NaN));
console.log(['10', 9, '8', 1e21, -1].sort(), [0, -0, 0].sort().map(x => Object.is(x, -0)), [NaN, 1, NaN, 0].sort((a, b) => a - b));
console.log([1, 2, 3].toSorted ? [3, 1, 2].toSorted() : 'none', [1, 2, 3].reverse(), Array.prototype.sort.call({ 0: 'b', 1: 'a', length: 2 }));
var big = []; for (var i = 0; i < 100; i++) big.push((i * 37) % 101); big.sort((a, b) => a - b); console.log(big.slice(0, 10), big[99]);
var words = 'the quick brown fox jumps over the lazy dog'.split(' '); console.log(words.sort((a, b) => a.length - b.length));

// expect: 0,4,8,12,16,20,24,28,1,5,9,13,17,21,25,29,2,6,10,14,18,22,26,3,7,11,15,19,23,27
// expect: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29
// expect: 0,4,8,12,16,20,24,28,1,5,9,13,17,21,25,29,2,6,10,14,18,22,26,3,7,11,15,19,23,27
// expect: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29
// expect: [ 1, 10, 2, 21, 3 ] [ 10, 3, 2, 1 ] [ 'B', 'C', 'a', 'b' ] [ 5, false, null, true, 'x', undefined ]
// expect: [ 1, 2, 3, undefined, <1 empty item> ] [ 3, 2, 1, undefined, <1 empty item> ] 3
// expect: [ 1, 4, 5 ] [ 5, 1, 4 ] [ 5, 1, 4 ]
// expect: [ -1, '10', 1e+21, '8', 9 ] [ false, true, false ] [ NaN, 1, NaN, 0 ]
// expect: [ 1, 2, 3 ] [ 3, 2, 1 ] { '0': 'a', '1': 'b', length: 2 }
// expect: [
// expect:   0, 1, 2, 3, 4,
// expect:   5, 6, 7, 8, 9
// expect: ] 100
// expect: [
// expect:   'the',   'fox',
// expect:   'the',   'dog',
// expect:   'over',  'lazy',
// expect:   'quick', 'brown',
// expect:   'jumps'
// expect: ]
