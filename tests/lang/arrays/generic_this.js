// The methods are generic: through .call they work on array-likes and strings.
var P = Array.prototype;
var o = {length: 3, 0: "a", 1: "b", 2: "c"};
console.log(P.join.call(o, "-"), P.map.call(o, function (x) { return x + x; })); // expect: a-b-c [ 'aa', 'bb', 'cc' ]
console.log(P.slice.call("hello", 1, 3), P.map.call("abc", function (c) { return c + "!"; })); // expect: [ 'e', 'l' ] [ 'a!', 'b!', 'c!' ]
console.log(P.indexOf.call("hello", "l"), P.includes.call({length: 1, 0: NaN}, NaN)); // expect: 2 true
console.log(P.push.call(o, "d"), o.length, o[3]); // expect: 4 4 d
console.log(P.reverse.call({length: 2, 0: 1})); // expect: { '1': 1, length: 2 }
console.log(P.sort.call({length: 3, 0: "c", 2: "a"})); // expect: { '0': 'a', '1': 'c', length: 3 }
console.log(P.filter.call({length: "2", 0: 1, 1: 2}, function () { return true; })); // expect: [ 1, 2 ]
console.log([1, 2] + "", [[]] + [[1]], [1, [2, 3]] + ""); // expect: 1,2 1 1,2,3
console.log(P.splice.call({length: 3, 0: 1, 1: 2, 2: 3}, 1, 1)); // expect: [ 2 ]
console.log(P.fill.call({length: 2}, 7)); // expect: { '0': 7, '1': 7, length: 2 }
console.log(P.at.call("xyz", -1), P.every.call({}, function () { return false; })); // expect: z true
var boxed = P.concat.call(1, 2);
console.log(boxed.length, typeof boxed[0], boxed[0] + 1, boxed[1]); // expect: 2 object 2 2
