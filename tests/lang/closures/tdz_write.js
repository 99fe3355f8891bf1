// Assigning a captured `let` before its declaration throws too.
function f() {
  const write = () => { value = 2; };
  write();
  let value = 1;
}
f();
// expect error: ReferenceError: Cannot access 'value' before initialization
