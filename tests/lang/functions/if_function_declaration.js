// Sloppy code may write a function declaration as an `if` branch (Annex
// B.3.3): it behaves as if it were alone in a block.
console.log(typeof ff, typeof gg); // expect: undefined undefined
if (1) function ff() { return "ff"; }
console.log(ff()); // expect: ff
if (0) ; else function gg() { return "gg"; }
console.log(gg()); // expect: gg
if (0) function hh() {} else function ii() { return "ii"; }
console.log(typeof hh, ii()); // expect: undefined ii
function scope() { if (true) function local() { return "local"; } return local(); }
console.log(scope()); // expect: local
