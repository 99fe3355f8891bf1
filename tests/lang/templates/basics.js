// Template literals: substitutions, nesting, escapes, line continuations.
let a = 5, b = "x", n = null, u;
console.log(`a=${a} b=${b} sum=${a + 1} n=${n} u=${u}`);
console.log(`nested ${`inner ${a * 2} ${`deep ${b}`}`} done`);
console.log(`${a}${b}`, `${""}`, ``, `plain`);
console.log(`\u0041\x42\u{43} \t|\\|\`|\$|$|{}|$ {a}|\${a}`);
console.log(`line one \
continued`);
console.log(`two
lines`);
console.log(`${[1, 2, [3, 4]]} ${{}} ${true} ${-0} ${1e21} ${0.1 + 0.2}`);
let s = "s";
for (let i = 0; i < 3; i++) s = `${s}<${i}>`;
console.log(s);
console.log(`${`${`${a}`}`}`.length, typeof `${a}`);
// expect: a=5 b=x sum=6 n=null u=undefined
// expect: nested inner 10 deep x done
// expect: 5x   plain
// expect: ABC 	|\|`|$|$|{}|$ {a}|${a}
// expect: line one continued
// expect: two
// expect: lines
// expect: 1,2,3,4 [object Object] true 0 1e+21 0.30000000000000004
// expect: s<0><1><2>
// expect: 1 string
