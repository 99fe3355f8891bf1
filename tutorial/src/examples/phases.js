// One property site meets 1, 2, 4 and then 8 shapes of object.
function getX(o) {
  return o.x;
}
function phase(kinds, n) {
  const objects = [];
  for (let k = 0; k < kinds; k++) {
    const o = {};
    for (let j = 0; j < k; j++) o["p" + j] = j;
    o.x = k + 1;
    objects.push(o);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += getX(objects[i % kinds]);
  return sum;
}
console.log(phase(1, 8000), phase(2, 8000), phase(4, 8000), phase(8, 8000)); // expect: 8000 12000 20000 36000
