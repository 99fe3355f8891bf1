// `[]` is a copy of an empty array's template (both tiers, inline in
// compiled code): it must be a fresh, ordinary, growable array each time.
function make() {
  return [];
}
const all = [];
for (let i = 0; i < 3000; i++) {
  const a = make();
  if (i % 3 === 0) a.push(i);
  if (i % 5 === 0) a[2] = "x";
  if (i % 7 === 0) a.length = 4;
  all.push(a);
}
console.log(all[0], all[3], all[5], all[7], all[1]); // expect: [ 0, <1 empty item>, 'x', <1 empty item> ] [ 3 ] [ <2 empty items>, 'x' ] [ <4 empty items> ] []
let n = 0;
for (const a of all) n += a.length;
console.log(n); // expect: 3944
const x = make();
const y = make();
console.log(x === y, Array.isArray(x), x.length, Object.getPrototypeOf(x) === Array.prototype); // expect: false true 0 true
x.name = "named";
y.push(1.5);
console.log(x, y, make()); // expect: [ name: 'named' ] [ 1.5 ] []
Object.freeze(x);

console.log(Object.isFrozen(make()), Object.isFrozen(x)); // expect: false true
// Nested and in object literals.
const t = { a: [], b: [[], []], c: [1, []] };
t.b[1].push(t.a);
console.log(JSON.stringify(t)); // expect: {"a":[],"b":[[],[[]]],"c":[1,[]]}
