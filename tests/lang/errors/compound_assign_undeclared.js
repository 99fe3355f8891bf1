// += reads the variable first, so an undeclared name is a ReferenceError.
let ok = 1;
ok += 1;
console.log(ok); // expect: 2
notDeclared += 1;
// expect error: ReferenceError: notDeclared is not defined
