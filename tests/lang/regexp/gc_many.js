// Many short-lived regexps and results: the collector frees their programs.
let total = 0;
for (let i = 0; i < 3000; i++) {
  const re = new RegExp("(\\d)" + (i % 50), "g");
  const s = "x" + i + " y" + (i * 7) + " z" + (i % 13);
  for (const m of s.matchAll(re)) total += m[1].length;
  total += s.replace(/\d/g, "").length + s.split(/\s/).length;
}
console.log(total);
// expect: 26082
