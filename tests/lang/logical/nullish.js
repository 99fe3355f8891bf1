// ?? only falls through on null and undefined.
console.log(null ?? 5); // expect: 5
console.log(undefined ?? 5); // expect: 5
console.log(0 ?? 5); // expect: 0
console.log("[" + ("" ?? 5) + "]"); // expect: []
console.log(false ?? 5); // expect: false
console.log(NaN ?? 5); // expect: NaN
console.log(null ?? undefined); // expect: undefined
console.log(null ?? null ?? "c"); // expect: c
console.log(1 ?? x_never_declared); // expect: 1
let u;
console.log(u ?? "default"); // expect: default
console.log((null ?? 0) || "fallback"); // expect: fallback
console.log(null || (undefined ?? "ok")); // expect: ok
