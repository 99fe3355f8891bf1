// Built-ins write strictly: pushing onto a frozen array throws.
var a = Object.freeze([3, 1, 2]);
a[3] = 4;
console.log(a.length); // expect: 3
a.push(4);
// expect error: TypeError: Cannot add property 3, object is not extensible
