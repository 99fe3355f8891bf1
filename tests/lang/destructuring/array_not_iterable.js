let o = 5;
const [a] = o;
// expect error: TypeError: o is not iterable
