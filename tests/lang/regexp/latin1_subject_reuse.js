// Searching a one-byte text that is not ASCII (é, ü, ©): repeated sticky
// and global searches, of the text and of its slices, of two texts in
// turn, and of a text that grew after it was searched, all see the
// right units (the widening is shared per buffer).
const parts = [];
for (let i = 0; i < 400; i++) parts.push("mötley" + i + (i % 5 ? " " : "© "));
let text = parts.join("");
const word = /\S+/g;
let m, n = 0, len = 0;
while ((m = word.exec(text))) { n++; len += m[0].length; }
console.log(n, len, word.lastIndex);
const sticky = /\s*([^\s©]+|©)/y;
let tokens = [];
while ((m = sticky.exec(text))) tokens.push(m[1]);
console.log(tokens.length, tokens.slice(0, 6).join("|"), tokens.slice(-3).join("|"));
let rest = text, steps = 0;
while (rest.length) {
  const t = /^\s*(\S+)/.exec(rest);
  if (!t) break;
  rest = rest.slice(t[0].length);
  steps++;
}
console.log(steps, JSON.stringify(rest));
const other = "über café naïve résumé ".repeat(20);
let alt = 0;
for (let i = 0; i < 20; i++) {
  alt += (text.match(/©/g) || []).length + (other.match(/é/g) || []).length;
  alt += text.search(/mötley7/) + other.search(/naïve/);
}
console.log(alt);
let grown = "café ".repeat(10);
console.log(grown.match(/é/g).length);
grown += "crème brûlée à la mode ";
console.log(grown.match(/[éèûà]/g).join(""), grown.replace(/é/g, "E").slice(-30), grown.split(/\s+/).length);
const slice = text.slice(3000, 3400);
console.log(slice.match(/mötley\d+/g).length, [...slice.matchAll(/(\d+)©/g)].map(x => x[1]).join(","), /y(\d+)$/.exec(slice.trim()));
// expect: 400 3570 0
// expect: 480 mötley0|©|mötley1|mötley2|mötley3|mötley4 mötley397|mötley398|mötley399
// expect: 400 " "
// expect: 4160
// expect: 10
// expect: ééééééééééèûéà E cafE crème brûlEe à la mode  16
// expect: 39 305,310,315,320,325,330,335,340 null
