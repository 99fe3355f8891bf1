// new.target in constructors: the class new was applied to, also in a parent's constructor.
class A {
  constructor() {
    console.log("A sees", new.target.name, new.target === A);
  }
  m() { return new.target; }
}
class B extends A {
  constructor() {
    super();
    console.log("B sees", new.target.name);
  }
}
new A();
new B();
console.log(new A().m());
// A factory on new.target.
class Shape {
  constructor() { this.kind = new.target.name.toLowerCase(); }
}
class Circle extends Shape {}
console.log(new Circle(), new Shape());
// expect: A sees A true
// expect: A sees B false
// expect: B sees B
// expect: A sees A true
// expect: undefined
// expect: Circle { kind: 'circle' } Shape { kind: 'shape' }
