function double(x) { return x * 2; }
function square(x) { return x * x; }
let op = double;
function apply(n) { return op(n); }
let total = 0;
for (let i = 0; i < 3000; i++) {
  if (i === 2000) op = square;
  total = total + apply(i);
}
console.log(total); // expect: 6334831500
