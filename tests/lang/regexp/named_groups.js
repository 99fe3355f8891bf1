// Named groups: groups objects (null prototype), backreferences, absent groups.
const m = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/.exec("on 2021-07!");
console.log(m.groups, m.groups.year, m.groups.day, Object.getPrototypeOf(m.groups));
console.log(/(?<c>.)\k<c>/.test("abba"), /(?<c>.)\k<c>/.test("abc"));
const { groups: { a, b } } = /(?<a>x)(?<b>y)/.exec("xy");
console.log(a, b);
console.log(/(a)|(b)/.exec("b"));
// expect: [Object: null prototype] { year: '2021', month: '07', day: undefined } 2021 undefined null
// expect: true false
// expect: x y
// expect: [ 'b', undefined, 'b', index: 0, input: 'b', groups: undefined ]
