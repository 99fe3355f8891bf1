// console.log prints an error's stack and its own extra properties in
// braces, as node does (here without frames, to compare with node).
const e = new Error("printed");
e.stack = "Error: printed";
console.log(e);
e.code = 42;
console.log(e);
const t = new TypeError("typed");
t.stack = "TypeError: typed";
console.log([t]);
const c = new Error("outer", { cause: "inner" });
c.stack = "Error: outer";
console.log(c);
const named = new Error("renamed");
named.name = "MyError";
named.stack = "MyError: renamed";
console.log(named);
// expect: [Error: printed]
// expect: [Error: printed] { code: 42 }
// expect: [ [TypeError: typed] ]
// expect: [Error: outer] { [cause]: 'inner' }
// expect: [Error [MyError]: renamed]
