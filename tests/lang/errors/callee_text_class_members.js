// V8 prints a class expression in a callee as one `(intermediate value)`
// per heritage and per member of its member lists (methods, accessors,
// computed fields, private members; not the constructor, plain fields or
// static blocks), at least one.
const k = "z";
const cases = [
  () => (class {}).x(),
  () => (class { #p; m() {} }).x(),
  () => (class { a() {} b() {} c() {} }).x(),
  () => (class extends Object { a() {} }).x(),
  () => (class { constructor() {} x = 1; static y = 2; static {} a() {} }).x(),
  () => (class { [k] = 1; get #a() { return 1; } set #a(v) {} }).x(),
  () => (0, class { a() {} b() {} }).x(),
];
for (const c of cases) {
  try {
    c();
  } catch (e) {
    console.log(e.message);
  }
}
// expect: (intermediate value).x is not a function
// expect: (intermediate value)(intermediate value).x is not a function
// expect: (intermediate value)(intermediate value)(intermediate value).x is not a function
// expect: (intermediate value)(intermediate value).x is not a function
// expect: (intermediate value).x is not a function
// expect: (intermediate value)(intermediate value)(intermediate value).x is not a function
// expect: (0 , (intermediate value)(intermediate value)).x is not a function
