// A global regexp's exec loop advances lastIndex; a failed exec resets it.
const re = /o(\w)/g;
const s = "foo boo zoom";
let m;
while ((m = re.exec(s)) !== null) {
  console.log(m[0], m[1], m.index, re.lastIndex);
}
console.log(re.lastIndex);
re.lastIndex = 5;
console.log(re.exec(s)[0], re.lastIndex);
re.lastIndex = 100;
console.log(re.test(s), re.lastIndex);
const plain = /o/;
plain.lastIndex = 3;
console.log(plain.exec(s).index, plain.lastIndex);
console.log(Object.getOwnPropertyNames(/a/), Object.keys(/a/));
// expect: oo o 1 3
// expect: oo o 5 7
// expect: oo o 9 11
// expect: 0
// expect: oo 7
// expect: false 0
// expect: 1 3
// expect: [ 'lastIndex' ] []
