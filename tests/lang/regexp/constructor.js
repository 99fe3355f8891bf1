// RegExp(...) and new RegExp(...), also from a RegExp.
const a = /ab/g;
console.log(RegExp(a) === a, new RegExp(a) === a, new RegExp(a), new RegExp(a, "i"), RegExp(a, "y"));
console.log(new RegExp("a+", "gi"), RegExp("x"), new RegExp(), new RegExp(undefined, "g"), new RegExp(12));
console.log(typeof RegExp, RegExp.length, RegExp.name, RegExp.prototype.constructor === RegExp);
console.log(a instanceof RegExp, {} instanceof RegExp, typeof a, Object.prototype.toString.call(a));
class Words extends RegExp {
  count(s) { return (s.match(this) || []).length; }
}
const w = new Words("\\w+", "g");
console.log(w.count("one two three"), w instanceof RegExp, w.flags, w);
const c = new RegExp(a);
c.lastIndex = 2;
console.log(a.lastIndex, c.lastIndex);
// expect: true false /ab/g /ab/i /ab/y
// expect: /a+/gi /x/ /(?:)/ /(?:)/g /12/
// expect: function 2 RegExp true
// expect: true false object [object RegExp]
// expect: 3 true g Words /\w+/g
// expect: 0 2
