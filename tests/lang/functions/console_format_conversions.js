// console.log's %d is Number(v) (an object's valueOf, run once), %i and
// %f parse String(v) (an object's toString); %% is a percent sign; extra
// arguments follow, separated by spaces.
const o = { valueOf() { return 42; }, toString() { return "S"; } };
console.log("%d|%i|%f", o, o, o); // expect: 42|NaN|NaN
console.log("%i|%f|%d", { toString() { return "7.5"; } }, { toString() { return "2.25"; } }, [3]); // expect: 7|2.25|3
console.log("%d", { valueOf() { console.log("valueOf ran"); return -0; } }, "x"); // expect: valueOf ran
// expect: -0 x
console.log("%s %d", { toString() { return "T"; } }, { valueOf() { return 9; } }); // expect: T 9
console.log("%d %i %f", "12.5", "12.5", "12.5"); // expect: 12.5 12 12.5
console.log("100%% done", 1, 2); // expect: 100% done 1 2
console.log("%s and %s", "a"); // expect: a and %s
console.log("%c styled", "color: red"); // expect:  styled
console.log("%j|%o", { a: 1 }, [1]); // expect: {"a":1}|[ 1, [length]: 1 ]
console.log("%x %", 1); // expect: %x % 1
