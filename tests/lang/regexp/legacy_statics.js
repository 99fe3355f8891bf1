// RegExp.$1 ... $9, lastMatch, lastParen, leftContext, rightContext, input:
// the last successful match of any regexp, as a lexer that consumes its
// input with `line = RegExp.rightContext` uses them.
console.log(JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.$1, RegExp.leftContext, RegExp.lastParen]));
let line = "  let x1 = 42";
const tokens = [];
while (line.length) {
  if (/^\s+/.test(line)) line = RegExp.rightContext;
  else if (/^([a-z]+)(\d*)/.test(line)) { tokens.push(RegExp.lastMatch + ":" + RegExp.$1 + "/" + RegExp.$2); line = RegExp.rightContext; }
  else if (/^\d+/.test(line)) { tokens.push(+RegExp["$&"]); line = RegExp["$'"]; }
  else { tokens.push(line[0]); line = line.slice(1); }
}
console.log(tokens.join(" "));
console.log("abc".replace(/./g, m => m + RegExp.lastMatch + RegExp.leftContext));
console.log("a1b2".replace(/(\d)/g, "[$1]"), RegExp.$1, RegExp.lastMatch, RegExp.input);
"abc".split(/(?:)/); console.log(JSON.stringify([RegExp.lastMatch, RegExp.leftContext]));
"abc".split(/x/); console.log(JSON.stringify([RegExp.lastMatch, RegExp.leftContext]));
"a-b-c".split(/-/, 1); console.log(JSON.stringify([RegExp.lastMatch, RegExp.leftContext, RegExp.rightContext]));
/q/.test("nothing"); console.log("a failed match keeps", RegExp.lastMatch);
"hello".search(/l+/); console.log("search", RegExp.lastMatch, RegExp["$`"]);
"hello".match(/(h)(e)/); console.log("match", RegExp.lastMatch, RegExp.lastParen, RegExp["$+"], JSON.stringify(RegExp.$3));
[..."abab".matchAll(/a(b)/g)]; console.log("matchAll", RegExp.lastMatch, RegExp.leftContext);
/(a)|(b)/.exec("b"); console.log(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen]));
/(?<n>\d)(\d)?/.exec("a1b"); console.log(RegExp.$1, JSON.stringify([RegExp.$2, RegExp.lastParen]));
RegExp.input = 42; RegExp.$1 = "ignored"; RegExp.lastMatch = "ignored";
console.log(typeof RegExp.input, RegExp.$_, RegExp.$1, RegExp.lastMatch, RegExp.rightContext);
console.log(Object.getOwnPropertyNames(RegExp).join(" "));
const d = Object.getOwnPropertyDescriptor(RegExp, "$1");
console.log(d.get.name, d.set.name, d.enumerable, d.configurable, typeof RegExp.$10);
// expect: ["","","","",""]
// expect: let:let/ x1:x/1 = 42
// expect: acabbcabccab
// expect: a[1]b[2] 2 2 a1b2
// expect: ["","ab"]
// expect: ["","ab"]
// expect: ["-","a","b-c"]
// expect: a failed match keeps -
// expect: search ll he
// expect: match he e e ""
// expect: matchAll ab ab
// expect: ["","b","b"]
// expect: 1 ["",""]
// expect: string 42 1 1 b
// expect: length name prototype input $_ lastMatch $& lastParen $+ leftContext $` rightContext $' $1 $2 $3 $4 $5 $6 $7 $8 $9
// expect: get $1 set $1 false true undefined
