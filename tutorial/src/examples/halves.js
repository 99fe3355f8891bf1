let x = 0;
for (let i = 0; i < 300000; i++) {
  x = x + 0.5;
}
console.log(x); // expect: 150000
