// Loop bodies with their own let/const bindings shadowing outer ones.
let v = "outer";
let log = "";
for (let i = 0; i < 3; i++) {
  let v = i * 2;
  const w = v + 1;
  log += v + "/" + w + " ";
}
console.log(log, v); // expect: 0/1 2/3 4/5  outer
let i = 0;
while (i < 2) {
  let i2 = i;
  {
    let i2 = "inner";
    log = i2;
  }
  i = i2 + 1;
}
console.log(i, log); // expect: 2 inner
