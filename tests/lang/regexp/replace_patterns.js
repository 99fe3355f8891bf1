// Replacement patterns: $1..$99, $&, $`, $', $$, $<name>, and literals.
const s = "John Smith";
console.log(s.replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log(s.replace(/o/, "[$&]"), s.replace(/o/, "[$`]"), s.replace(/o/, "[$']"), s.replace(/o/, "$$"));
console.log("abc".replace(/(b)/, "$0|$1|$2|$10|$01|$00"));
console.log("2020-12-01".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y> $<zz>|$<y"));
console.log("abc".replace(/b/, "$<x>"), "abc".replace("b", "$<x>|$1|$&"));
console.log("aaa".replace(/a/g, "$'"), "abc".replace(/$/, "!"), "abc".replace(/^/, "!"));
console.log("abcdefghijkl".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, "$11-$10-$1$2"));
console.log("x".replace(/x/, "$"), "x".replace(/x/, "a$"), "x".replace(/(x)?y|x/, "[$1]"));
// expect: Smith, John
// expect: J[o]hn Smith J[J]hn Smith J[hn Smith]hn Smith J$hn Smith
// expect: a$0|b|$2|b0|b|$00c
// expect: 01/12/2020 |$<y
// expect: a$<x>c a$<x>|$1|bc
// expect: aaa abc! !abc
// expect: k-j-abl
// expect: $ a$ []
