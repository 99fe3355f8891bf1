// localeCompare is an approximation of node's ICU collation: letters
// compare ignoring case first, then lowercase before uppercase.
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "a".localeCompare("B"), "B".localeCompare("a")); // expect: -1 1 0 -1 1
console.log("a".localeCompare("A"), "A".localeCompare("a"), "abc".localeCompare("abd"), "ab".localeCompare("abc"), "".localeCompare("a")); // expect: -1 1 -1 -1 -1
console.log("apple".localeCompare("Banana"), "10".localeCompare("9"), "x".localeCompare("x"), "hello".localeCompare("Hello")); // expect: -1 -1 0 -1
let names = ["delta", "Alpha", "charlie", "Bravo"];
for (let i = 0; i < names.length; i++) {
  for (let j = i + 1; j < names.length; j++) {
    if (names[j].localeCompare(names[i]) < 0) {
      let t = names[i];
      names[i] = names[j];
      names[j] = t;
    }
  }
}
console.log(names[0], names[1], names[2], names[3]); // expect: Alpha Bravo charlie delta
