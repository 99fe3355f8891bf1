// console.log prints regexps as node does, alone and inside values.
const r = /a+/gi;
console.log(r, [r, /x/], { r, nested: { deep: { deeper: /y/m } } });
r.extra = 1;
console.log(r, [r]);
console.log(`${/t/}`, "" + /u/y, String(/v\/w/), [/p/, /q/].join("|"));
console.log(JSON.stringify({ r: /a/ }), JSON.stringify([/b/]));
const o = Object.create(null);
o.re = new RegExp("z", "s");
console.log(o);
console.log("%s and %O", /s/, /o/);
// expect: /a+/gi [ /a+/gi, /x/ ] { r: /a+/gi, nested: { deep: { deeper: /y/m } } }
// expect: /a+/gi { extra: 1 } [ /a+/gi { extra: 1 } ]
// expect: /t/ /u/y /v\/w/ /p/|/q/
// expect: {"r":{}} [{}]
// expect: [Object: null prototype] { re: /z/s }
// expect: /s/ and /o/
