// Sloppy-mode functions declared in blocks of a nested function are its
// own (block- and function-scoped by Annex B), not the outer binding.
function f() {
  let helper = 'outer';
  const g = () => {
    { function helper() { return 'block'; } }
    return helper();
  };
  const h = () => {
    if (true) { function other() { return helper; } return other(); }
  };
  return [g(), h(), helper];
}
console.log(f().join(' '));
// expect: block outer outer
