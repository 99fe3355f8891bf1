// Arrow functions: expression and block bodies, lexical this and arguments.
const sq = (x) => x * x;
const add = (a, b) => { return a + b; };
const noArgs = () => 7;
const one = x => x + 1;
console.log(sq(4), add(2, 3), noArgs(), one(1));
const obj = {
  v: 5,
  later() {
    const f = () => this.v;
    return f();
  },
  args() {
    const f = () => arguments.length;
    return f(1, 2, 3, 4);
  },
};
console.log(obj.later(), obj.args(9, 9));
const makeObj = () => ({ a: 1 });
console.log(makeObj());
console.log([3, 1, 2].map((x) => x * 10).filter((x) => x > 10));
console.log(((a, b) => a - b)(10, 4));
// expect: 16 5 7 2
// expect: 5 2
// expect: { a: 1 }
// expect: [ 30, 20 ]
// expect: 6
