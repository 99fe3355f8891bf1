// exec returns the match, its groups, index, input and groups; null when none.
const m = /(\d+)-(\d+)?/.exec("ab 12- cd");
console.log(m);
console.log(m.length, m.index, m.input, m.groups, m[2]);
console.log(/x/.exec("abc"));
console.log(/a/.exec(), /undefined/.exec());
// expect: [
// expect:   '12-',
// expect:   '12',
// expect:   undefined,
// expect:   index: 3,
// expect:   input: 'ab 12- cd',
// expect:   groups: undefined
// expect: ]
// expect: 3 3 ab 12- cd undefined undefined
// expect: null
// expect: null [ 'undefined', index: 0, input: 'undefined', groups: undefined ]
