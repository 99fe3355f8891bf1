// Prefix versus postfix ++ and --.
let i = 5;
console.log(i++); // expect: 5
console.log(i); // expect: 6
console.log(++i); // expect: 7
console.log(i); // expect: 7
console.log(i--); // expect: 7
console.log(--i); // expect: 5
let a = 1;
let b = a++ + a++;
console.log(a, b); // expect: 3 3
let c = ++a + ++a;
console.log(a, c); // expect: 5 9
let d = a-- - --a;
console.log(a, d); // expect: 3 2
let e = 0;
e = e++;
console.log(e); // expect: 0
e = ++e;
console.log(e); // expect: 1
let f = 10;
console.log(-f++); // expect: -10
console.log(- --f); // expect: -10
