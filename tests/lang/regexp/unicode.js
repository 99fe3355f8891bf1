// u mode matches code points; without it, code units.
console.log("😀".match(/./g).length, "😀".match(/./gu).length);
console.log(/^.$/u.test("😀"), /^.$/.test("😀"), /\u{1F600}/u.test("😀"), /\u{61}/.test("a"), /\u{61}/.test("u".repeat(61)));
console.log("é".match(/\w/), /\p{L}+/u.exec("¡hola señor!")[0], /[\u00e0-\u00ff]+/.exec("voilà")[0]);
console.log("ÀB".replace(/à/i, "a"), /σ/i.test("Σ"), /k/iu.test("\u212A"), /k/i.test("\u212A"));
console.log("a😀b".split(/(?:)/u), "a😀b".replace(/(?:)/gu, "|"));
console.log("caf\u00e9 ça".match(/\S+/g), "x\u2028y".split(/\s/));
// expect: 2 1
// expect: true false true false true
// expect: null hola à
// expect: aB true true false
// expect: [ 'a', '😀', 'b' ] |a|😀|b|
// expect: [ 'café', 'ça' ] [ 'x', 'y' ]
