// sort: by string by default (undefined last, holes to the end), with a comparator, stable.
console.log([3, 1, 2].sort(), [10, 9, 1, 100, 25].sort(), ["b", "a", "C", "B"].sort()); // expect: [ 1, 2, 3 ] [ 1, 10, 100, 25, 9 ] [ 'B', 'C', 'a', 'b' ]
console.log([3, undefined, 1, , 2].sort()); // expect: [ 1, 2, 3, undefined, <1 empty item> ]
var h = [3, undefined, 1, , 2];
h.sort();
console.log(h.length, 3 in h, 4 in h, h[3]); // expect: 5 true false undefined
function asc(a, b) { return a - b; }
function desc(a, b) { return b - a; }
console.log([10, 9, 1, 100, 25].sort(asc), [10, 9, 1, 100, 25].sort(desc)); // expect: [ 1, 9, 10, 25, 100 ] [ 100, 25, 10, 9, 1 ]
console.log([true, false, null, "n", 1].sort()); // expect: [ 1, false, 'n', null, true ]
console.log([-1, -2, 0, -0, 1e21, 5].sort()); // expect: [ -1, -2, 0, -0, 1e+21, 5 ]
var people = [];
var names = ["ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou"];
for (var i = 0; i < names.length; i++) people.push({name: names[i], age: 20 + (i * 7) % 3});
function byAge(a, b) { return a.age - b.age; }
people.sort(byAge);
var out = [];
for (var i = 0; i < people.length; i++) out.push(people[i].name + people[i].age);
console.log(out.join(" ")); // expect: ann20 dan20 gus20 jon20 bob21 eve21 hal21 kim21 cid22 fay22 ivy22 lou22
var big = [];
for (var i = 0; i < 1000; i++) big.push((i * 7919) % 1000);
big.sort(asc);
var ok = true;
for (var i = 0; i < 1000; i++) if (big[i] !== i) ok = false;
console.log(ok, big.length); // expect: true 1000
var words = [];
for (var i = 0; i < 300; i++) words.push("w" + ((i * 37) % 300));
words.sort();
console.log(words[0], words[1], words[2], words[299]); // expect: w0 w1 w10 w99
function bad(a, b) { return "x"; }
console.log([3, 1, 2].sort(bad)); // expect: [ 3, 1, 2 ]
function rev(a, b) { return a < b ? 1 : a > b ? -1 : 0; }
console.log(["b", "a", "c"].sort(rev)); // expect: [ 'c', 'b', 'a' ]
console.log(["😀", "\uFFFF", "a"].sort().join() === ["a", "😀", "\uFFFF"].join()); // expect: true
var s = [2, 1];
console.log(s.sort() === s, [].sort(), [1].sort(), [1, 2].sort(undefined)); // expect: true [] [ 1 ] [ 1, 2 ]
var like = {length: 3, 0: "c", 1: "a", 2: "b", sort: Array.prototype.sort};
like.sort();
console.log(like[0], like[1], like[2]); // expect: a b c
