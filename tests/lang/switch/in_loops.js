// switch inside a hot loop: break leaves the switch, continue the loop.
function count(n) {
  let a = 0, b = 0, c = 0;
  for (let i = 0; i < n; i++) {
    switch (i % 4) {
      case 0:
        a++;
        continue;
      case 1:
      case 2:
        b++;
        break;
      default:
        c++;
    }
    c += 10;
  }
  return [a, b, c];
}
console.log(count(3000));
let k = 0;
while (true) {
  switch (k) {
    case 5:
      break;
    default:
      k++;
      continue;
  }
  break;
}
console.log(k);
// expect: [ 750, 1500, 23250 ]
// expect: 5
