// A nested function's own `let i` in a block shadows the outer `i` only
// inside that block: outside it, the function still captures the outer one.
function outer() {
  let i = 10;
  const f = () => {
    let r = [];
    for (let i = 0; i < 2; i++) r.push(i);
    { let i = 'inner'; r.push(i); }
    r.push(i);
    return r.join(',');
  };
  i = 11;
  const g = () => i++;
  return [f(), g(), f()];
}
console.log(outer().join(' | '));
{
  let i = 1, s = 'S', x = 'X';
  const h = (s) => { let x = s + '!'; return [i, s, x].join(); };
  console.log(h('arg'), i, s, x);
  for (let i = 0; i < 3; i++) {
    const k = () => i * 2;
    console.log(k());
  }
}
// expect: 0,1,inner,11 | 11 | 0,1,inner,12
// expect: 1,arg,arg! 1 S X
// expect: 0
// expect: 2
// expect: 4
