// Corners: keywords as property names divide, u-mode lastIndex inside a
// surrogate pair steps back, Annex B's legacy syntax without u.
const a = { return: 8, in: 4 };
console.log(a.return / 2 / 1, a.in /2/ 1);
const r = /./gu;
r.lastIndex = 1;
console.log(r.exec("😀a"), r.lastIndex);
console.log(/\u{3}/.test("uuu"), /\k<a>/.test("k<a>"), /[\b]/.test("\b"), /\cJ/.test("\n"), /a{,2}/.test("a{,2}"), /]/.test("]"), /{/.test("{"));
console.log("\ud800x".match(/./gu), /\ud83d/.test("😀"), /\ud83d/u.test("😀"), /[\u{1F600}-\u{1F64F}]/u.test("😃"));
// expect: 4 2
// expect: [ '😀', index: 0, input: '😀a', groups: undefined ] 2
// expect: true true true true true true true
// expect: [ '\ud800', 'x' ] true false true
