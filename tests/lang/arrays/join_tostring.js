// join (default ',', holes, null and undefined empty; nested arrays) and toString.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [].join(), [5].join("x")); // expect: 1,2,3 123 1 - 2 - 3  5
console.log([null, undefined, 1, , 2].join()); // expect: ,,1,,2
console.log([1, [2, [3, 4]], []].join(";")); // expect: 1;2,3,4;
console.log([true, "s", 1.5, -0, NaN, Infinity].join()); // expect: true,s,1.5,0,NaN,Infinity
console.log([1, 2].join(undefined), [1, 2].join(null), [1, 2].join(0)); // expect: 1,2 1null2 102
console.log([1, 2, 3].toString(), [].toString(), [[]].toString(), [[1], [2]].toString()); // expect: 1,2,3   1,2
console.log(new Array(4).join("ab")); // expect: ababab
var a = [1, 2];
a.push(a);
console.log(a.join()); // expect: 1,2,
console.log([{}].join(), [function f() {}].join().length); // expect: [object Object] 15
var o = {toString: function () { return "O"; }};
console.log([o, o].join("+")); // expect: O+O
var like = {length: 3, 0: "a", 2: "c", join: Array.prototype.join};
console.log(like.join()); // expect: a,,c
var s = [];
for (var i = 0; i < 5; i++) s.push(i);
console.log(s.join("|"), s.length); // expect: 0|1|2|3|4 5
console.log(["é", "😀", "\uD800"].join("").length); // expect: 4
