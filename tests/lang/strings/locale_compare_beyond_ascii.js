// localeCompare beyond ASCII, as ICU's root collation orders it: letters
// with a stroke next to their base letter, ß as ss, compatibility forms
// as what they stand for, symbols and currency signs before the digits.
var sort = (xs) => xs.slice().sort((a, b) => a.localeCompare(b)).join(" ");
console.log(sort(["Lodz", "Łódź", "Lyon", "Oslo", "Øst", "Ozean", "Dubrovnik", "Đakovo", "Dzeta"])); // expect: Đakovo Dubrovnik Dzeta Lodz Łódź Lyon Oslo Øst Ozean
console.log(sort(["Strasse", "Straße", "Strasbourg", "Strauss"])); // expect: Strasbourg Strasse Straße Strauss
console.log(sort(["fjord", "ﬁsh", "fire", "½", "2", "1", "€", "😀", "a"])); // expect: 😀 € 1 ½ 2 a fire ﬁsh fjord
console.log("a\u00a0b".localeCompare("a b") > 0, "ı".localeCompare("i") > 0, "ı".localeCompare("j") < 0); // expect: true true true
