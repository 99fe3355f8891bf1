// An anonymous function stored under a number key (or a string that is an
// index) is named after the key's text.
var o = { "10": () => 1, 10.5: function () {}, 0x10: class {}, 1e21: () => 2 };
console.log(o[10].name, o[10.5].name, o[16].name, o[1e21].name); // expect: 10 10.5 16 1e+21
console.log([o[10], o[16], o[10.5]]); // expect: [ [Function: 10], [class 16], [Function: 10.5] ]
