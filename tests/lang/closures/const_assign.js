// A closure assigning a captured const.
function f() {
  const k = 1;
  const bump = () => { k++; };
  console.log(k);
  bump();
}
f();
// expect: 1
// expect error: TypeError: Assignment to constant variable.
