// A literal makes a new object each time it is evaluated (its own lastIndex).
function make() { return /a/g; }
const x = make(), y = make();
console.log(x === y, x.source === y.source);
x.exec("aa");
console.log(x.lastIndex, y.lastIndex);
let found = 0;
for (let k = 0; k < 300; k++) {
  if (/^item(\d+)$/.test("item" + k) && /7/.exec(String(k))) found++;
}
console.log(found);
// expect: false true
// expect: 1 0
// expect: 57
