// Classes declared inside functions, used in loops (every tier compiles them).
function run(n) {
  class Acc {
    constructor() { this.total = 0; }
    add(v) { this.total += v; return this; }
    get half() { return this.total / 2; }
  }
  const acc = new Acc();
  for (let i = 0; i < n; i++) acc.add(i);
  return acc;
}
for (let k = 0; k < 3; k++) {
  const r = run(50 + k);
  console.log(r.total, r.half, r);
}
// Polymorphic method calls at one site across classes with a common base.
class Animal { speak() { return this.name + " makes " + this.sound(); } sound() { return "..."; } }
class Dog extends Animal { constructor() { super(); this.name = "dog"; } sound() { return "woof"; } }
class Cat extends Animal { constructor() { super(); this.name = "cat"; } sound() { return "meow"; } }
class Fish extends Animal { constructor() { super(); this.name = "fish"; } }
const zoo = [new Dog(), new Cat(), new Fish()];
let out = [];
for (let i = 0; i < 30; i++) out.push(zoo[i % 3].speak());
console.log(out.slice(0, 4), out.length);
// expect: 1225 612.5 Acc { total: 1225 }
// expect: 1275 637.5 Acc { total: 1275 }
// expect: 1326 663 Acc { total: 1326 }
// expect: [
// expect:   'dog makes woof',
// expect:   'cat makes meow',
// expect:   'fish makes ...',
// expect:   'dog makes woof'
// expect: ] 30
