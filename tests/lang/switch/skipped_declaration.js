// A jump to a later clause skips an earlier clause's `let`: reading or
// writing it there is a TDZ ReferenceError at run time, in every tier.
function pick(k) {
  switch (k) {
    case 0:
      let z = 5;
      return z;
    case 1:
      try {
        z = 1;
      } catch (e) {
        return e.name + ": " + e.message;
      }
      return z;
    case 2:
      return typeof z;
  }
}
console.log(pick(0)); // expect: 5
console.log(pick(1)); // expect: ReferenceError: Cannot access 'z' before initialization
try {
  pick(2);
} catch (e) {
  console.log(e.message); // expect: Cannot access 'z' before initialization
}
for (let i = 0; i < 2; i++) {
  switch (i) {
    case 0:
      let q = i;
      q += 10;
      console.log(q); // expect: 10
      break;
    case 1:
      q = 1;
  }
}
// expect error: ReferenceError: Cannot access 'q' before initialization
