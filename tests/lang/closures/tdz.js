// A closure that runs before its captured `let` is initialised throws.
function f() {
  const read = () => value;
  console.log(typeof read);
  read();
  let value = 1;
}
f();
// expect: function
// expect error: ReferenceError: Cannot access 'value' before initialization
