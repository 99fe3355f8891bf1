// ${o} converts with ToString (toString before valueOf), unlike "" + o.
const o = {
  toString() { return "from toString"; },
  valueOf() { return 42; },
};
console.log(`${o}`, "" + o, `${[o, o]}`);
const v = { valueOf() { return 7; } };
console.log(`${v}`, v + 1);
function build(n) {
  let out = 0;
  for (let i = 0; i < n; i++) out += `${i}:${o}`.length;
  return out;
}
console.log(build(2000));
// expect: from toString 42 from toString,from toString
// expect: [object Object] 8
// expect: 34890
