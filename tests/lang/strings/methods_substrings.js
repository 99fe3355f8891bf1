// slice, substring and substr: negative, NaN, fractional, swapped and
// out-of-range indices behave as in JavaScript.
let s = "abcdef";
console.log(s.slice(1, 3), s.slice(2), s.slice(-2), s.slice(-4, -1), s.slice(3, 1) + "|", s.slice(), s.slice(-99, 2)); // expect: bc cdef ef cde | abcdef ab
console.log(s.slice(NaN, 2), s.slice(1.7, 3.9), s.slice("1", "4"), s.slice(2, undefined), s.slice(0, -0) + "|", s.slice(4, 99)); // expect: ab bc bcd cdef | ef
console.log(s.slice(Infinity) + "|", s.slice(-Infinity, Infinity), s.slice(0, null) + "|"); // expect: | abcdef |
console.log(s.substring(1, 3), s.substring(3, 1), s.substring(-5, 2), s.substring(2), s.substring(NaN, 3), s.substring(4, -1)); // expect: bc bc ab cdef abc abcd
console.log(s.substring(), s.substring(99), s.substring(2, 2) + "|", s.substring(1.5, "4"), s.substring(Infinity, 0)); // expect: abcdef  | bcd abcdef
console.log(s.substr(1, 3), s.substr(-3), s.substr(-3, 2), s.substr(2), s.substr(1, -1) + "|", s.substr(99) + "|"); // expect: bcd def de cdef | |
console.log(s.substr(NaN, 2), s.substr(-99, 2), s.substr(4, 99), s.substr(0, Infinity), s.substr(2, NaN) + "|"); // expect: ab ab ef abcdef |
let e = "x😀y";
console.log(e.slice(1, 3) === "😀", e.slice(1, 2) === "\uD83D", e.slice(2).length, e.substring(0, 2).charCodeAt(1), e.substr(-2)); // expect: true true 2 55357 �y
console.log(e.slice(2, 3) + "", e.slice(0, 2).length); // expect: � 2
let w = "αβγδ";
console.log(w.slice(1, 3), w.substring(3, 1), w.substr(-1), w.slice(-2).length); // expect: βγ βγ δ 2
let parts = "";
let csv = "10,20,30";
let start = 0;
for (let i = 0; i <= csv.length; i++) {
  if (i === csv.length || csv[i] === ",") {
    parts += "<" + csv.slice(start, i) + ">";
    start = i + 1;
  }
}
console.log(parts); // expect: <10><20><30>
