// Sticky and `^`-anchored regexps: a failing search ends at its start
// position (regress would try every later one: `(?:P)|()`, src/regexp.rs
// Program), with the groups, named groups, lastIndex and u-mode steps of
// the plain search.
const out = [];
const s = "x".repeat(1e6);
let fails = 0; for (let i = 0; i < 100; i++) fails += !/^y/.test(s); out.push(["anchored", fails]);
const r = /y/y; fails = 0; for (let i = 0; i < 100; i++) { r.lastIndex = 0; fails += !r.test(s); } out.push(["sticky", fails, r.lastIndex]);
const tok = /(?<num>\d+)|(?<id>[a-z]+)|(?<ws>\s+)|(?<op>[-+*\/()])/y;
const src = "foo + 12*(bar - 7) qux"; let m; tok.lastIndex = 0; const toks = [];
while ((m = tok.exec(src)) !== null) toks.push(Object.entries(m.groups).filter(([k, v]) => v !== undefined).map(([k, v]) => k + ":" + v).join() + "@" + m.index + "-" + tok.lastIndex);
out.push(toks.join(" "));
out.push(JSON.stringify("abc".match(/^(a)(?<x>b)?/)), JSON.stringify("zabc".match(/^a/)), JSON.stringify("a\nb".match(/^b/m)));
out.push(JSON.stringify(/^(?:a|b)c/.exec("bc")), JSON.stringify(/^a|b/.exec("xb")), JSON.stringify(/(^a)|b/.exec("xb")));
const g = /^a/g; out.push(g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex);
const sy = /a/y; sy.lastIndex = 1; out.push(sy.test("ba"), sy.lastIndex, sy.test("ba"), sy.lastIndex);
out.push("aaa".replace(/^a/g, "X"), "a-a-a".split(/^a/).length, "aXbX".replace(/X/y, "_"));
out.push(JSON.stringify([..."abab".matchAll(/^ab/g)].map(m => m.index)));
const e = /(?:)/y; e.lastIndex = 2; out.push(JSON.stringify(e.exec("abc")), e.lastIndex);
out.push(/^$/.test(""), /^\^/.test("^x"), /^[|]/.test("|"), /^(a|b)/.exec("b")[1], /^a\|b/.test("a|b"));
out.push(JSON.stringify(/(?<=^a)b/y.exec("ab")), /\u{1F600}/uy.test("😀"));
const u = /./uy; u.lastIndex = 1; out.push(JSON.stringify(u.exec("😀x")), u.lastIndex);
for (const x of out) console.log(typeof x === "string" ? x : JSON.stringify(x));
// expect: ["anchored",100]
// expect: ["sticky",100,0]
// expect: id:foo@0-3 ws: @3-4 op:+@4-5 ws: @5-6 num:12@6-8 op:*@8-9 op:(@9-10 id:bar@10-13 ws: @13-14 op:-@14-15 ws: @15-16 num:7@16-17 op:)@17-18 ws: @18-19 id:qux@19-22
// expect: ["ab","a","b"]
// expect: null
// expect: ["b"]
// expect: ["bc"]
// expect: ["b"]
// expect: ["b",null]
// expect: true
// expect: 1
// expect: false
// expect: 0
// expect: true
// expect: 2
// expect: false
// expect: 0
// expect: Xaa
// expect: 2
// expect: aXbX
// expect: [0]
// expect: [""]
// expect: 2
// expect: true
// expect: true
// expect: true
// expect: b
// expect: true
// expect: null
// expect: true
// expect: ["😀"]
// expect: 2
