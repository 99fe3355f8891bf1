// A catch parameter of a nested function is its own, but the outer `e`
// referenced elsewhere in the same function is still captured.
function run() {
  let e = 'outer e';
  let results = [];
  const f = () => {
    try { throw new Error('boom'); } catch (e) { results.push(e.message); }
    try { throw { e: 'pattern' }; } catch ({ e }) { results.push(e); }
    return e;
  };
  results.push(f());
  e = 'changed';
  results.push(f());
  return results.join(', ');
}
console.log(run());
for (let n = 0; n < 2; n++) {
  try { throw n; } catch (e) {
    const get = () => e;
    console.log(get());
  }
}
// expect: boom, pattern, outer e, boom, pattern, changed
// expect: 0
// expect: 1
