// Line comments and block comments are ignored.
/* a block comment
   spanning lines */
console.log(1); // expect: 1
console.log(/* inline */ 2); // expect: 2
let x = 3; /* trailing */ console.log(x); // expect: 3
/**/ console.log(4); // expect: 4
console.log(5 /* // nested line comment marker */ + 1); // expect: 6
// console.log(99);
