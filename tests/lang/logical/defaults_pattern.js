// || and ?? used for missing arguments.
function greet(name, greeting) {
  greeting = greeting || "Hello";
  name = name ?? "world";
  return greeting + ", " + name;
}
console.log(greet()); // expect: Hello, world
console.log(greet("Ann")); // expect: Hello, Ann
console.log(greet("Bo", "Hi")); // expect: Hi, Bo
console.log(greet("", "")); // expect: Hello,
function count(n) { return n ?? 10; }
console.log(count(0), count(), count(null), count(3)); // expect: 0 10 10 3
