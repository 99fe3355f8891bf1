// Methods that make a new array from a subclass instance make one of the
// subclass (map, filter, slice, splice, concat, flat, flatMap), and so
// do the subclass's own `from` and `of`.
class Stack extends Array {
  sum() {
    return this.reduce((a, b) => a + b, 0);
  }
}
const s = new Stack();
s.push(1, 2, 3, 4);
const doubled = s.map((x) => x * 2);
console.log(doubled instanceof Stack, doubled.sum()); // expect: true 20
console.log(doubled); // expect: Stack(4) [ 2, 4, 6, 8 ]
console.log(s.filter((x) => x % 2)); // expect: Stack(2) [ 1, 3 ]
console.log(s.slice(1, 3).sum()); // expect: 5
console.log(s.concat([5]).sum()); // expect: 15
console.log(Stack.from([4, 5]).sum(), Stack.of(7, 8).sum()); // expect: 9 15
console.log(Stack.from("ab")); // expect: Stack(2) [ 'a', 'b' ]
const holes = new Stack(3);
holes[1] = "x";
console.log(holes.map((v) => v + "!")); // expect: Stack(3) [ <1 empty item>, 'x!', <1 empty item> ]
console.log(s.splice(0, 2), s); // expect: Stack(2) [ 1, 2 ] Stack(2) [ 3, 4 ]
console.log(Array.from(s) instanceof Stack, s.flat() instanceof Stack); // expect: false true
console.log([1, 2].map((x) => x) instanceof Stack); // expect: false
