// A pattern in a for (;;) head's declaration.
for (let [i, step] = [0, 2]; i < 6; i += step) console.log(i);
outer: for (let { n, m = 1 } = { n: 3 }; n > 0; n--) {
  for (;;) {
    if (n == 2) continue outer;
    console.log(n, m);
    break;
  }
}
// expect: 0
// expect: 2
// expect: 4
// expect: 3 1
// expect: 1 1
